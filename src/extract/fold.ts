// Text folding helpers shared by the validators and the finders. Pure.
import { stringMemo } from './memo.js';

/** Upper-case, Ñ -> X, accents and diaeresis dropped (CURP rules). */
export function foldForCurp(s: string): string {
  const upper = s.toUpperCase();
  if (ASCII.test(upper)) return upper; // the common case: nothing to fold
  const x = upper.replace(/Ñ/g, 'X');
  return BEYOND_LATIN1.test(x) ? withoutMarks(x) : x.replace(LATIN1_ACCENTED_UPPER, (c) => LATIN1_BASE[c]!);
}

const ASCII = /^[\x00-\x7f]*$/;
const BEYOND_LATIN1 = /[^\x00-\xff]/;
const withoutMarks = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
// The Latin-1 letters that have a canonical decomposition (a base letter and one combining mark),
// each with its base letter: what NFD and dropping the marks make of them. Every other Latin-1
// character (ß, æ, ø, º, the NBSP...) has none and NFD leaves it alone, so a text within Latin-1
// (nearly every line a student writes) is folded by this table alone, without ICU's NFD and its
// copies; anything beyond Latin-1 still takes the NFD path. Equal on every Latin-1 string
// (tests/unit/extract/fold.test.ts).
const LATIN1_BASE: Record<string, string> = Object.fromEntries(
  [...'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿ'].map((c) => [c, withoutMarks(c)]),
);
// (No Ñ: foldForCurp has made it an X before.)
const LATIN1_ACCENTED_UPPER = /[ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜÝ]/g;
const LATIN1_ACCENTED_LOWER = /[àáâãäåçèéêëìíîïñòóôõöùúûüýÿ]/g;

/** Lower-case without accents, for matching labels and keywords ("Código" -> "codigo"). */
export function foldLabel(s: string): string {
  // The finders fold the same line several times (labels, names, values): remembered by the string
  // as given (a line split once is the same string object each time, its hash computed once).
  return folded(s, foldNow);
}

const folded = stringMemo<string>(4096, 1000);

function foldNow(s: string): string {
  const lower = s.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return BEYOND_LATIN1.test(lower) ? withoutMarks(lower) : lower.replace(LATIN1_ACCENTED_LOWER, (c) => LATIN1_BASE[c]!);
}

/** Collapse runs of whitespace (incl. NBSP) to one space and trim. */
export function squeeze(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
