// Property-based tests (fast-check): generated valid CURPs and NSS always pass; every
// single-character change is caught or explained, with the name and NSS as context.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCurp, curpCheckDigit, CURP_STATES } from '../../../src/extract/curp.js';
import { curpNameKey, matchNameToCurp } from '../../../src/extract/curp-name.js';
import { checkNss, nssCheckDigit } from '../../../src/extract/nss.js';

const NOW = new Date('2025-10-01T12:00:00Z');
const ALPH = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
const CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const word = fc.constantFrom('López', 'García', 'Núñez', 'Ibarra', 'Ochoa', 'Uribe', 'Peña', 'Zúñiga', 'Ávila', 'Quintero', 'Esparza', 'Muñoz', 'Trujillo', 'Hernández', 'Ruiz', 'Delgado');
const surname = fc.oneof(word, word.map((w) => `de la ${w}`), word.map((w) => `del ${w}`));
const given = fc.oneof(
  fc.constantFrom('Ana', 'Itzel', 'Óscar', 'Ulises', 'Brenda', 'Emiliano', 'Érick', 'Iván', 'Regina', 'Saúl'),
  fc.constantFrom('María Fernanda', 'José Luis', 'Ma. Guadalupe', 'María de los Ángeles', 'J. Refugio', 'Juan Pablo'),
);

const person = fc.record({
  given,
  first: surname,
  second: fc.option(surname, { nil: null, freq: 8 }),
  date: fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2009-12-31T00:00:00Z'), noInvalidDate: true }),
  sex: fc.constantFrom('H', 'M', 'X'),
  state: fc.constantFrom(...CURP_STATES),
  homonym: fc.integer({ min: 0, max: 35 }),
  sub: fc.integer({ min: 1, max: 96 }),
  regDelta: fc.integer({ min: 0, max: 15 }),
  seq: fc.integer({ min: 0, max: 9999 }),
});
type P = typeof person extends fc.Arbitrary<infer T> ? T : never;

function curpOf(p: P): string {
  const k = curpNameKey(p.given, p.first, p.second);
  const y = p.date.getUTCFullYear();
  const homonym = y < 2000 ? String(p.homonym % 10) : 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[p.homonym % 26]!;
  const first17 = k.first4 + pad(y % 100) + pad(p.date.getUTCMonth() + 1) + pad(p.date.getUTCDate()) + p.sex + p.state + k.consonants + homonym;
  return first17 + curpCheckDigit(first17);
}
function nssOf(p: P): string {
  const y = p.date.getUTCFullYear();
  const first10 = pad(p.sub) + pad(Math.min(2025, y + p.regDelta) % 100) + pad(y % 100) + pad(p.seq, 4);
  return first10 + nssCheckDigit(first10);
}
const nameOf = (p: P) => [p.given, p.first, p.second].filter(Boolean).join(' ');

describe('generated identifiers pass', () => {
  it('a valid CURP passes and spells its own name', () => {
    fc.assert(fc.property(person, (p) => {
      const curp = curpOf(p);
      const c = checkCurp(curp, NOW);
      expect(c.problems).toEqual([]);
      expect(c.info?.birthYear).toBe(p.date.getUTCFullYear());
      expect(matchNameToCurp(nameOf(p), curp).kind).toBe('full');
    }), { numRuns: 500 });
  });
  it("a valid NSS passes, alone and against its holder's CURP", () => {
    fc.assert(fc.property(person, (p) => {
      expect(checkNss(nssOf(p), null, NOW).problems).toEqual([]);
      expect(checkNss(nssOf(p), p.date.getUTCFullYear(), NOW).problems).toEqual([]);
    }), { numRuns: 500 });
  });
});

describe('single-character changes', () => {
  it('every change to an NSS is caught', () => {
    fc.assert(fc.property(person, fc.integer({ min: 0, max: 10 }), fc.constantFrom(...'0123456789O '.split('')), (p, i, ch) => {
      const nss = nssOf(p);
      fc.pre(nss[i] !== ch);
      const bad = nss.slice(0, i) + ch + nss.slice(i + 1);
      expect(checkNss(bad, p.date.getUTCFullYear(), NOW).problems.length).toBeGreaterThan(0);
    }), { numRuns: 2000 });
  });

  /**
   * With the name and the NSS as context, a changed CURP is caught (a problem: structure, date,
   * state, check digit, NSS birth year) or explained (the name no longer spells positions 1-4 /
   * 14-16). What slips through is only what no rule can see: a change the check digit is blind to
   * (weight x difference = 0 mod 10) that still reads as a valid CURP for the same name and NSS —
   * day tens (weight 10), sex H<->M, homonym 0<->5 / A<->F... Those are someone else's valid CURP.
   */
  it('every change to a CURP is caught, explained, or invisible to the check digit', () => {
    fc.assert(fc.property(person, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...CHARS), (p, i, ch) => {
      const curp = curpOf(p);
      fc.pre(curp[i] !== ch);
      const bad = curp.slice(0, i) + ch + curp.slice(i + 1);
      const c = checkCurp(bad, NOW);
      const caught = c.problems.length > 0 || (c.info !== null && checkNss(nssOf(p), c.info.birthYear, NOW).problems.length > 0);
      const explained = matchNameToCurp(nameOf(p), bad).kind !== 'full';
      if (caught || explained) return;
      expect(i).toBeLessThan(17);
      const delta = ALPH.indexOf(ch) - ALPH.indexOf(curp[i]!);
      expect(Math.abs(((18 - i) * delta) % 10)).toBe(0);
    }), { numRuns: 3000 });
  });
});
