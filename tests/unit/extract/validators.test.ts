// Table-driven tests of the validators: CURP, NSS, student code, e-mail, name.
import { describe, expect, it } from 'vitest';
import { checkCurp, curpCheckDigit, normalizeCurp } from '../../../src/extract/curp.js';
import { curpNameKey, matchNameToCurp } from '../../../src/extract/curp-name.js';
import { checkEmail, normalizeEmail } from '../../../src/extract/email.js';
import { checkName, splitName } from '../../../src/extract/name.js';
import { checkNss, normalizeNss, nssCheckDigit } from '../../../src/extract/nss.js';
import { PROBLEM_CODES, PROBLEM_FIELD } from '../../../src/extract/problems.js';
import { checkStudentCode, normalizeStudentCode } from '../../../src/extract/student-code.js';

const NOW = new Date('2025-10-01T12:00:00Z');
const withLuhn = (first10: string) => first10 + String(nssCheckDigit(first10));
const codes = (ps: { code: string }[]) => ps.map((p) => p.code);

describe('CURP', () => {
  const cases: [string, string, string[]][] = [
    ['published valid example', 'PEGL890909MJCRMS08', []],
    ['born abroad (NE)', 'BOXW310820HNERXN09', []],
    ['born 2005, letter at 17', 'MASI050805MVZRLRA8', []],
    ['inconvenient word, X at 2', 'PXNE660720HMCXTN06', []],
    ['published example failing its own check digit', 'SABC560626MDFLRN09', ['curp_check_digit']],
    ['17 characters', 'PEGL890909MJCRMS0', ['curp_format']],
    ['Feb 30', 'PEGL890230MJCRMS08', ['curp_date']],
    ['unknown state', 'PEGL890909MJXRMS08', ['curp_state']],
    ['sex Z', 'PEGL890909ZJCRMS08', ['curp_sex']],
    ['future birth date', 'PEGL300909MJCRMSA8', ['curp_date']],
    ['vowel at position 14', 'PEGL890909MJCAMS08', ['curp_format']],
  ];
  it.each(cases)('%s: %s', (_l, curp, expected) => {
    expect(codes(checkCurp(normalizeCurp(curp, NOW).value, NOW).problems)).toEqual(expected);
  });

  it('check digit of the published examples', () => {
    expect(curpCheckDigit('PEGL890909MJCRMS0')).toBe(8);
    expect(curpCheckDigit('MASI050805MVZRLRA')).toBe(8);
  });

  const norm: [string, string][] = [
    ['pegl890909mjcrms08', 'PEGL890909MJCRMS08'],
    ['PEGL89O9O9MJCRMS08', 'PEGL890909MJCRMS08'], // O typed for 0 in the date
    ['PEGL890909MJCRMSO8', 'PEGL890909MJCRMS08'], // 2089 would be future: O at 17 is zero
    ['PEGL 890909 MJCRMS08', 'PEGL890909MJCRMS08'],
  ];
  it.each(norm)('normalizes %s', (raw, want) => expect(normalizeCurp(raw, NOW).value).toBe(want));

  const keys: [string, string, string | null, string, string][] = [
    ['María Luisa', 'Pérez', 'Hernández', 'PEHL', 'RRS'],
    ['Carlos', 'Mc Gregor', 'López', 'GELC', 'RPR'],
    ['María de los Ángeles', 'Núñez', 'Ibarra', 'NUIA', 'XBN'],
    ['José', 'Ochoa', null, 'OOXJ', 'CXS'],
  ];
  it.each(keys)('name key %s %s %s', (given, first, second, want4, wantC) => {
    const k = curpNameKey(given, first, second);
    expect(k.first4).toBe(want4);
    expect(k.consonants).toBe(wantC);
  });
  it('inconvenient words get X at position 2', () => {
    expect(curpNameKey('Daniel', 'Pedraza', 'Orozco').first4).toBe('PEOD');
    expect(curpNameKey('Ofelia', 'Pérez', 'Domínguez').first4).toBe('PXDO');
  });

  const order: [string, string][] = [
    ['López García, María Fernanda', 'LOGF040101MJCPRRA1'],
    ['LOPEZ GARCIA MARIA FERNANDA', 'LOGF040101MJCPRRA1'],
    ['María Fernanda López García', 'LOGF040101MJCPRRA1'],
  ];
  it.each(order)('matches %s against the CURP in any order', (name, curp) => {
    const m = matchNameToCurp(name, curp);
    expect(m.kind).toBe('full');
    if (m.kind === 'full') expect(m.parts.firstSurname.toUpperCase()).toMatch(/^L[OÓ]PEZ$/);
  });
  // Juan Carlos Hernández Ramírez: HERJ + JN consonants R M N.
  const initials: [string, string][] = [
    ['Juan Carlos, Hernández Ramírez', 'full'], // given names, comma, surnames
    ['Juan Carlos Hernández R.', 'full'], // second surname as an initial: position 15 unchecked
    ['J. Carlos Hernández Ramírez', 'full'], // J. read as the initial of Juan, not as José
    ['Hernández R., J. Carlos', 'initials'], // two initials: one internal consonant left to check
    ['Juan Carlos H. Ramírez', 'none'], // the first surname must be written out
    ['Hernández J.', 'initials'], // one surname and an initial given name: too little to check
  ];
  it.each(initials)('matches %s against HERJ030512HJCRMNA3: %s', (name, kind) => {
    expect(matchNameToCurp(name, 'HERJ030512HJCRMNA3').kind).toBe(kind);
  });
  it('"J." is José when the CURP skips it', () => {
    expect(matchNameToCurp('J. Carlos Hernández Ramírez', 'HERC030512HJCRMRA3').kind).toBe('full');
  });
  it('"López de Ramírez" is a compound first surname only when the CURP has no second surname (fresh93)', () => {
    // A married name: her CURP's third letter is her second surname's (Herrera).
    expect(matchNameToCurp('Leticia López de Ramírez', 'LOHL770421MJCPRT71').kind).toBe('none');
    expect(matchNameToCurp('Leticia López', 'LOHL770421MJCPRT71').kind).toBe('full');
    // A true compound with no second surname (X), and one beside its second surname.
    expect(matchNameToCurp('Ana Ruiz de Velasco', 'RUXA040315MJCZXNA7').kind).toBe('full');
    expect(matchNameToCurp('Ricardo Díaz de León Márquez', 'DIMR040315HJCZRCA1').kind).toBe('full');
  });
  it('a CURP that is not the name is reported', () => {
    expect(splitName('Juan Pérez López', 'LOGF040101MJCPRRA1').ok).toBe(false);
  });
});

describe('NSS', () => {
  const cases: [string, string, number | null, string[]][] = [
    ['valid example 1', '53987417457', 1974, []],
    ['valid example 2', '53916912966', 1969, []],
    ['valid example 3', '72795608040', 1956, []],
    ['valid example 4', '92919084431', 1990, []],
    ['no CURP: only structure', '53987417457', null, []],
    ['check digit', '53987417458', null, ['nss_check_digit']],
    ['10 digits', '5398741745', null, ['nss_format']],
    ['parent: born 74, CURP 2004', '53987417457', 2004, ['nss_parent_suspected']],
    ['near miss: born 74, CURP 1977', '53987417457', 1977, ['nss_birth_year_mismatch']],
    ['97 first pair skips the birth-year check', withLuhn('9715740000'), 2004, []],
    ['97 first pair still checks registration', withLuhn('9798740000'), 2004, ['nss_registration_before_birth']],
  ];
  it.each(cases)('%s', (_l, nss, year, expected) => {
    expect(codes(checkNss(nss, year, NOW).problems)).toEqual(expected);
  });
  it('normalizes separators and O for zero', () => {
    expect(normalizeNss('5398 74 1745 7')).toBe('53987417457');
    expect(normalizeNss('53-98-74-1745-7')).toBe('53987417457');
    expect(normalizeNss('5398741745O')).toBe('53987417450');
  });
  it('registration year in the future', () => {
    // registered "30", born 2004: 2030 is future and 1930 is before birth; the nearer reading wins
    const nss = withLuhn('0130040000');
    expect(codes(checkNss(nss, 2004, NOW).problems)).toEqual(['nss_registration_future']);
  });
});

describe('student code', () => {
  const cases: [string, string[]][] = [
    ['219123456', []],
    ['2191234', ['student_code_aspirante']],
    ['21912345', ['student_code_format']],
    ['2191234567', ['student_code_format']],
  ];
  it.each(cases)('%s', (code, expected) => expect(codes(checkStudentCode(code, '^\\d{9}$'))).toEqual(expected));
  it('configurable pattern', () => expect(checkStudentCode('A1234567', '^[A-Z]\\d{7}$')).toEqual([]));
  it('normalizes a space', () => expect(normalizeStudentCode('219 123456')).toBe('219123456'));
});

describe('institutional e-mail', () => {
  const cases: [string, string[]][] = [
    ['ana.ruiz1234@alumnos.udg.mx', []],
    ['ana@alumnos.udg.mx.evil.com', ['email_domain_lookalike']],
    ['ana@alumnos.udg.com.mx', ['email_domain_typo']], // a public suffix typed after the name
    ['ana@alumnos.udg.com', ['email_domain_typo']],
    ['ana@alumnos.udg.mx.mx', ['email_domain_typo']], // its last label typed twice
    ['ana@alumnos.udg', ['email_domain_typo']], // its last label left off (fresh96)
    ['ana@alumnos.udg.mxx', ['email_domain_typo']], // a letter typed after it (fresh100)
    ['ana@alumnos.udg.edu.mx', ['email_domain_lookalike']], // as other universities write theirs, like udg.edu.mx
    ['ana@alumnos.udg.mx.co', ['email_domain_lookalike']],
    ['ana@alumnos-udg.mx', ['email_domain_lookalike']],
    ['ana@alumnosudg.mx', ['email_domain_lookalike']],
    ['ana@аlumnos.udg.mx', ['email_domain_lookalike']], // Cyrillic а
    ['ana@xn--lumnos-4ve.udg.mx', ['email_domain_lookalike']],
    ['ana@alumno.udg.mx', ['email_domain_typo']],
    ['ana@alumnos.udg.com', ['email_domain_typo']],
    ['ana@gmail.com', ['email_not_institutional']],
    ['ana@academicos.udg.mx', ['email_not_institutional']],
    ['ana.alumnos.udg.mx', ['email_format']],
  ];
  it.each(cases)('%s', (e, expected) => expect(codes(checkEmail(e, ['alumnos.udg.mx']))).toEqual(expected));
  const norm: [string, string][] = [
    ['<Ana.Ruiz@alumnos.udg.mx>', 'ana.ruiz@alumnos.udg.mx'],
    ['mailto:ana@alumnos.udg.mx', 'ana@alumnos.udg.mx'],
    ['ana@alumnos.udg.mx.', 'ana@alumnos.udg.mx'],
  ];
  it.each(norm)('normalizes %s', (raw, want) => expect(normalizeEmail(raw)).toBe(want));
});

describe('name', () => {
  const cases: [string, string[]][] = [
    ['María Fernanda López García', []],
    ["Renata O'Connor", []],
    ['López García, María Fernanda', []],
    ['Ma. Guadalupe Núñez', []],
    ['María', ['name_incomplete']],
    ['Juan Pérez 2', ['name_invalid_chars']],
  ];
  it.each(cases)('%s', (n, expected) => expect(codes(checkName(n))).toEqual(expected));
});

describe('problem codes', () => {
  it('every code names its field and has a Spanish message', () => {
    for (const code of Object.values(PROBLEM_CODES)) expect(PROBLEM_FIELD[code]).toBeTruthy();
  });
});
