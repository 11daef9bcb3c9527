// CURP: normalization, structure, real birth date, state, sex, check digit, century. Pure.
// Rules: /work/shared/domain/identifiers.md.
import { makeProblem, type ProblemCode } from './problems.js';
import type { Problem } from './types.js';

export const CURP_STATES = new Set(
  'AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS NE'.split(' '),
);
const ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** Loose shape used to find CURP-like tokens: letters/digits where people type O for 0. */
export const CURP_SHAPE = /^[A-ZÑ]{4}[0-9O]{6}[A-Z][A-Z]{2}[A-ZÑ]{3}[0-9A-Z][0-9O]$/;
const STRICT = /^[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d$/;

/** The check digit (position 18) for the first 17 characters. */
export function curpCheckDigit(first17: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * (18 - i);
  return (10 - (sum % 10)) % 10;
}

// Digits that a photo's text recognition reads in place of letters: 0 O, 1 I, 5 S, 8 B, 2 Z, 6 G.
const OCR_LETTER: Record<string, string> = { '0': 'O', '1': 'I', '5': 'S', '8': 'B', '2': 'Z', '6': 'G' };
const LETTER_POSITIONS = [0, 1, 2, 3, 10, 11, 12, 13, 14, 15];

/**
 * A CURP read from a photo with digits where its letters go ("O08S140309MJCSTFB1",
 * "A1RV150221MJCVYLA2"): those digits as the letters they stand for, when the check digit then
 * agrees (it covers every character); else null.
 */
export function curpFromOcrDigits(raw: string): string | null {
  const chars = raw.toUpperCase().split('');
  if (chars.length !== 18 || !LETTER_POSITIONS.some((i) => /\d/.test(chars[i]!))) return null;
  for (const i of LETTER_POSITIONS) if (OCR_LETTER[chars[i]!]) chars[i] = OCR_LETTER[chars[i]!]!;
  const mapped = chars.join('');
  return STRICT.test(mapped) && curpCheckDigit(mapped) === Number(mapped[17]) ? mapped : null;
}

export interface CurpInfo {
  birthYear: number;
  birthMonth: number;
  birthDay: number;
  sex: string;
  state: string;
}

export interface CurpNormalized {
  value: string;
  /** Staff notes about what normalization changed. */
  notes: string[];
}

/**
 * Upper-cases, drops spaces/hyphens/dots, reads letter O as zero where only digits are allowed
 * (date, check digit) and at position 17 when the letter would put the birth date in the future.
 */
export function normalizeCurp(raw: string, now: Date): CurpNormalized {
  const notes: string[] = [];
  const written = raw.replace(/[\s.\-‐]/g, '');
  const chars = written.toUpperCase().split('');
  if (chars.length !== 18) return { value: chars.join(''), notes };
  // An Ñ typed among the name's inner consonants (positions 14-16), where the CURP always has X.
  for (const i of [13, 14, 15]) {
    if (chars[i] === 'Ñ') {
      chars[i] = 'X';
      notes.push('CURP: se leyó la Ñ como X, como la escribe la CURP.');
    }
  }
  for (const i of [4, 5, 6, 7, 8, 9, 17]) {
    if (chars[i] === 'O') {
      chars[i] = '0';
      notes.push('CURP: se leyó la letra O como cero en una posición numérica.');
    } else if (chars[i] === 'S' && i < 10) {
      // An S in the date, where only digits go: text recognition's 5.
      chars[i] = '5';
      notes.push('CURP: se leyó la letra S como cinco en una posición numérica.');
    } else if (written[i] === 'l') {
      // A lower-case l (how text recognition reads a 1) in a position that only holds digits.
      chars[i] = '1';
      notes.push('CURP: se leyó la letra l como uno en una posición numérica.');
    }
  }
  // Letters read as digits only where that gives a date: a clave de elector on the CURP's line
  // ("VLMNSL10040616H534") stays as written.
  if (notes.length && !/^\d{6}$/.test(chars.slice(4, 10).join(''))) return { value: written.toUpperCase(), notes: [] };
  if (chars[16] === 'O') {
    const yy = Number(chars.slice(4, 6).join(''));
    if (Number.isFinite(yy) && 2000 + yy > now.getUTCFullYear()) {
      chars[16] = '0';
      notes.push('CURP: la posición 17 era una letra O y se leyó como cero (nacimiento antes de 2000).');
    }
  }
  return { value: chars.join(''), notes: [...new Set(notes)] };
}

function isRealDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export interface CurpCheck {
  problems: Problem[];
  info: CurpInfo | null;
}

// (Helpers live at module level: under tsx, a named closure costs a __name call per call of its parent.)
const failed = (curp: string, code: ProblemCode): CurpCheck => ({ problems: [makeProblem(code, { value: curp })], info: null });

/** Validates a normalized CURP. info is set whenever the birth date could be read. */
export function checkCurp(curp: string, now: Date): CurpCheck {
  if (curp.length !== 18 || !/^[A-Z]{4}\d{6}[A-Z]{6}[0-9A-Z]\d$/.test(curp)) return failed(curp, 'curp_format');
  const sex = curp[10]!;
  if (!'HMX'.includes(sex)) return failed(curp, 'curp_sex');
  if (!STRICT.test(curp)) return failed(curp, 'curp_format');
  const yy = Number(curp.slice(4, 6));
  const year = (/\d/.test(curp[16]!) ? 1900 : 2000) + yy;
  const month = Number(curp.slice(6, 8));
  const day = Number(curp.slice(8, 10));
  if (!isRealDate(year, month, day) || Date.UTC(year, month - 1, day) > now.getTime()) return failed(curp, 'curp_date');
  const state = curp.slice(11, 13);
  if (!CURP_STATES.has(state)) return failed(curp, 'curp_state');
  if (curpCheckDigit(curp) !== Number(curp[17])) {
    return { problems: [makeProblem('curp_check_digit', { value: curp })], info: null };
  }
  return { problems: [], info: { birthYear: year, birthMonth: month, birthDay: day, sex, state } };
}
