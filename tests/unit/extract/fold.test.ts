import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldForCurp, foldLabel } from '../../../src/extract/fold.js';

// The folds as they were written first: NFD, then the combining marks dropped. The table path
// must give the same on every text it takes (all of Latin-1); the rest still goes through NFD.
const byNfd = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const labelByNfd = (s: string) => byNfd(s.toLowerCase());
const curpByNfd = (s: string) => byNfd(s.toUpperCase().replace(/Ñ/g, 'X'));
const latin1 = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i));

describe('foldLabel and foldForCurp', () => {
  it('fold every Latin-1 character as NFD does', () => {
    for (const c of latin1) {
      expect(foldLabel(c), `U+${c.charCodeAt(0).toString(16)}`).toBe(labelByNfd(c));
      expect(foldForCurp(c), `U+${c.charCodeAt(0).toString(16)}`).toBe(curpByNfd(c));
    }
  });

  it('fold any Latin-1 text as NFD does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...latin1), { maxLength: 40 }).map((cs) => cs.join('')), (s) => {
        expect(foldLabel(s)).toBe(labelByNfd(s));
        expect(foldForCurp(s)).toBe(curpByNfd(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('fold text beyond Latin-1 through NFD (combining marks, other scripts, emoji)', () => {
    for (const s of ['Jose\u0301 Pe\u0301rez', 'Ǹicolás Ŝánchez', 'Łukasz Żółć', 'Ana 😊 Núñez', 'İsmail Çelik', 'ÿ Ÿ']) {
      expect(foldLabel(s)).toBe(labelByNfd(s));
      expect(foldForCurp(s)).toBe(curpByNfd(s));
    }
  });

  it('keep the examples the finders rely on', () => {
    expect(foldLabel('Código de Alumno')).toBe('codigo de alumno');
    expect(foldLabel('NÚÑEZ Güereña')).toBe('nunez guerena');
    expect(foldForCurp('Núñez Güereña')).toBe('NUXEZ GUEREXA');
  });
});
