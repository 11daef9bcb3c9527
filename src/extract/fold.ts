// Text folding helpers shared by the validators and the finders. Pure.

/** Upper-case, Ñ -> X, accents and diaeresis dropped (CURP rules). */
export function foldForCurp(s: string): string {
  return s
    .toUpperCase()
    .replace(/Ñ/g, 'X')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Lower-case without accents, for matching labels and keywords ("Código" -> "codigo"). */
export function foldLabel(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Collapse runs of whitespace (incl. NBSP) to one space and trim. */
export function squeeze(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
