// Text folding helpers shared by the validators and the finders. Pure.

/** Upper-case, Ñ -> X, accents and diaeresis dropped (CURP rules). */
export function foldForCurp(s: string): string {
  const upper = s.toUpperCase();
  if (ASCII.test(upper)) return upper; // the common case: nothing to fold
  return upper.replace(/Ñ/g, 'X').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const ASCII = /^[\x00-\x7f]*$/;

/** Lower-case without accents, for matching labels and keywords ("Código" -> "codigo"). */
export function foldLabel(s: string): string {
  // The finders fold the same line several times (labels, names, values): remember recent ones,
  // keyed by the string as given (a line split once is the same string object each time, its hash
  // computed once). Results depend only on the argument, so the cache changes nothing but the time.
  let out = FOLDED.get(s);
  if (out !== undefined) return out;
  const lower = s.toLowerCase();
  out = ASCII.test(lower) ? lower : lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (s.length <= 1000) {
    if (FOLDED.size >= 4096) FOLDED.clear();
    FOLDED.set(s, out);
  }
  return out;
}

const FOLDED = new Map<string, string>();

/** Collapse runs of whitespace (incl. NBSP) to one space and trim. */
export function squeeze(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
