import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allMatches } from '../../../src/extract/all-matches.js';

// What matchAll gives, in the form compared: each match's text, groups and index.
const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ all: [...m], index: m.index, groups: m.groups }));

const PATTERNS = [
  /\d+/g,
  /(\p{L}+)(?:['’-](\p{L}+))*/gu,
  /x*/g, // empty matches: the search moves on by one character
  /(?:)/gu, // ...by a whole surrogate pair under the u flag
  /(?<![\p{L}\d])(?<n>\d{2,})(?![\p{L}\d])/gu,
  /^\s*(\w+):/gm,
];

describe('allMatches', () => {
  it('gives what matchAll gives, on chosen texts', () => {
    const texts = ['', 'abc 123 d4 56', "María O'Farrill Gómez-Tagle 2023", 'x xx  xxx', 'a😀b😀😀', 'nss: 1\n cod: 2\nx', '12😀34 5'];
    for (const re of PATTERNS) for (const t of texts) expect(shape(allMatches(re, t)), `${re} on ${JSON.stringify(t)}`).toEqual(shape(t.matchAll(re)));
  });

  it('gives what matchAll gives, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...PATTERNS), (t, re) => {
        expect(shape(allMatches(re, t))).toEqual(shape(t.matchAll(re)));
      }),
    );
  });

  it('starts at the beginning whatever lastIndex was, and leaves it at 0', () => {
    const re = /\d/g;
    re.lastIndex = 3;
    expect(allMatches(re, '1 2 3').map((m) => m[0])).toEqual(['1', '2', '3']);
    expect(re.lastIndex).toBe(0);
  });

  it('refuses an expression without the g flag, as matchAll does', () => {
    expect(() => allMatches(/\d/, '1')).toThrow(TypeError);
    expect(() => '1'.matchAll(/\d/)).toThrow(TypeError);
  });
});
