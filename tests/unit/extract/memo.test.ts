import { describe, expect, it } from 'vitest';
import { stringMemo } from '../../../src/extract/memo.js';

describe('stringMemo', () => {
  it('computes a short key once and a key over the length limit every time', () => {
    const memo = stringMemo<number>(10, 5);
    let calls = 0;
    const len = (s: string) => (calls++, s.length);
    expect([memo('abc', len), memo('abc', len)]).toEqual([3, 3]);
    expect(calls).toBe(1);
    expect([memo('abcdefgh', len), memo('abcdefgh', len)]).toEqual([8, 8]);
    expect(calls).toBe(3);
  });

  it('starts over when full, and still answers what it forgot', () => {
    const memo = stringMemo<string>(2, 10);
    let calls = 0;
    const up = (s: string) => (calls++, s.toUpperCase());
    memo('a', up);
    memo('b', up);
    memo('c', up); // full: cleared, then 'c' kept
    expect(calls).toBe(3);
    expect(memo('c', up)).toBe('C');
    expect(calls).toBe(3);
    expect(memo('a', up)).toBe('A');
    expect(calls).toBe(4);
  });
});
