// Text folding helpers shared by the validators and the finders. Pure.
import { stringMemo } from './memo.js';

/** Upper-case, Ñ -> X, accents and diaeresis dropped (CURP rules). */
export function foldForCurp(s: string): string {
  const upper = s.toUpperCase();
  if (ASCII.test(upper)) return upper; // the common case: nothing to fold
  return upper.replace(/Ñ/g, 'X').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const ASCII = /^[\x00-\x7f]*$/;

/** Lower-case without accents, for matching labels and keywords ("Código" -> "codigo"). */
export function foldLabel(s: string): string {
  // The finders fold the same line several times (labels, names, values): remembered by the string
  // as given (a line split once is the same string object each time, its hash computed once).
  return folded(s, foldNow);
}

const folded = stringMemo<string>(4096, 1000);

function foldNow(s: string): string {
  const lower = s.toLowerCase();
  return ASCII.test(lower) ? lower : lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Collapse runs of whitespace (incl. NBSP) to one space and trim. */
export function squeeze(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
