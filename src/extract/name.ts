// Full name: validation and splitting into given names / surnames with the CURP's help. Pure.
import { matchNameToCurp } from './curp-name.js';
import { makeProblem } from './problems.js';
import { foldLabel, squeeze } from './fold.js';
import type { NameParts, Problem } from './types.js';

const NAME_CHARS = /^[\p{L}\p{M}' ’.,-]+$/u;

/** Trims, collapses spaces, drops surrounding quotes and trailing punctuation; keeps the writing. */
export function normalizeName(raw: string): string {
  let s = squeeze(raw)
    .replace(/^["'“”«»*_\s-]+|["'“”«»*_\s.,;:-]+$/g, '')
    .trim();
  // A generational suffix ("Jr.", "III") is no part of a Mexican name or of the CURP's.
  if (/[rivRIV]$/.test(s)) s = s.replace(/,?\s+(?:jr|sr|jnr|snr|ii|iii|iv)\.?$/i, '').trim();
  // An abbreviated last word keeps its period ("PEÑA ARGÜELLES JESÚS MA.", "Ana López G.").
  const abbrev = /(?:^|\s)(?:\p{L}|ma)\.(?=["'”»*_\s,;:]*$)/iu.exec(squeeze(raw).trim());
  return abbrev && !s.endsWith('.') && /(?:^|\s)(?:\p{L}|ma)$/iu.test(s) ? s + '.' : s;
}

/** Problems of a written full name: it needs a given name and at least one surname, letters only. */
export function checkName(name: string): Problem[] {
  if (!NAME_CHARS.test(name) || /\d/.test(name)) return [makeProblem('name_invalid_chars', { value: name })];
  const words = name.replace(/,/g, ' ').split(/\s+/).filter((w) => /\p{L}{2,}|\p{L}\./u.test(w));
  if (words.length < 2) return [makeProblem('name_incomplete', { value: name })];
  return [];
}

export type NameSplit =
  | { ok: true; parts: NameParts; full: boolean }
  | { ok: false; expected: string };

/** Splits the name using the CURP whatever the order it was written in. */
export function splitName(name: string, curp: string): NameSplit {
  const m = matchNameToCurp(name, curp);
  if (m.kind === 'none') return { ok: false, expected: m.expected };
  return { ok: true, parts: m.parts, full: m.kind === 'full' };
}

/** A name's words, folded (no accents, lower case), of two letters or more. */
export const nameWords = (s: string) => foldLabel(s).split(/[^a-z]+/).filter((w) => w.length > 1);

/** Two words of `name` are words of the address's local part ("tomas.cisneros2908" for Tomás Cisneros Bautista). */
export function addressNames(address: string, name: string): boolean {
  const local = new Set(foldLabel(address.split('@')[0] ?? '').split(/[^a-z]+/));
  return nameWords(name).filter((w) => local.has(w)).length >= 2;
}
