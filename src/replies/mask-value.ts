// Masks a received value before it is echoed in a reply. The reply may reach someone other than
// the student (a shared or mistyped address), so identifiers are never shown whole.
//
//   curp  PEGL890909MJCRMS08          -> ***************S08   (last 3 kept)
//   nss   53987417457                 -> ********457
//   studentCode 217758497             -> ******497
//   institutionalEmail lucia.perez1234@alumnos.udg.mx -> lu*************@alumnos.udg.mx
//   fullName Lucía Pérez García       -> L**** P**** G*****
//
// The length is kept (a value too short or too long is itself a hint) up to MAX_MASKED_LENGTH.
// Short values keep proportionally fewer characters (at most a third); a value under 6 characters
// is hidden entirely.
import type { FieldName } from '../extract/types.js';
import { cleanLine } from './sanitize.js';

const MAX_MASKED_LENGTH = 40;
const STAR = '*';

export function maskValue(field: FieldName, value: string): string {
  const v = cleanLine(value, 500);
  if (v === '') return '';
  switch (field) {
    case 'institutionalEmail':
      return maskEmail(v);
    case 'fullName':
      return maskName(v);
    default:
      return maskTail(v.replace(/\s+/g, ''), 3);
  }
}

/** All but the last `keep` characters become "*"; at most a third of the value is kept. */
export function maskTail(value: string, keep: number): string {
  const chars = Array.from(value);
  const visible = chars.length < 6 ? 0 : Math.min(keep, Math.floor(chars.length / 3));
  const hidden = Math.min(chars.length - visible, MAX_MASKED_LENGTH - visible);
  return STAR.repeat(hidden) + chars.slice(chars.length - visible).join('');
}

function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return maskTail(value, 3);
  const local = Array.from(value.slice(0, at));
  const visible = Math.min(2, Math.floor(local.length / 3));
  const hidden = Math.min(local.length - visible, MAX_MASKED_LENGTH);
  const domain = cleanLine(value.slice(at + 1), 60);
  return local.slice(0, visible).join('') + STAR.repeat(hidden) + '@' + domain;
}

function maskName(value: string): string {
  return value
    .split(' ')
    .slice(0, 6)
    .map((word) => {
      const chars = Array.from(word);
      return chars.length <= 1 ? STAR : chars[0] + STAR.repeat(Math.min(chars.length - 1, 15));
    })
    .join(' ');
}

/**
 * Masks identifiers inside free text, e.g. a problem message that quotes the value it complains
 * about ("Tu CURP (PEGL890909MJCRMS09) parece..."). Masked: every received value (any case), any
 * run of digits with optional spaces or hyphens holding 6+ digits (NSS, student codes), and any
 * letters-and-digits word holding 6+ digits (CURP). Short numbers such as years stay readable.
 */
export function maskIdentifiersIn(text: string, received: Partial<Record<FieldName, string | null>> = {}): string {
  let out = text;
  for (const [field, value] of Object.entries(received) as [FieldName, string | null | undefined][]) {
    const v = value ? cleanLine(value, 500) : '';
    if (v.length >= 6 && field !== 'fullName') out = replaceAllInsensitive(out, v, maskValue(field, v));
  }
  out = out.replace(/[A-Za-zÑñ0-9]+/g, (word) => (countDigits(word) >= 6 ? maskTail(word, 3) : word));
  // Then numbers written in groups ("5398 74 1745 7"), each group too short for the pass above.
  return out.replace(/(?<![A-Za-zÑñ0-9*])\d[\d -]{4,}\d(?![A-Za-zÑñ0-9])/g, (run) =>
    countDigits(run) >= 6 ? maskTail(run.replace(/[ -]/g, ''), 3) : run,
  );
}

function countDigits(s: string): number {
  return s.replace(/\D/g, '').length;
}

function replaceAllInsensitive(text: string, needle: string, replacement: string): string {
  const lower = needle.toLowerCase();
  let out = '';
  let from = 0;
  for (let at = text.toLowerCase().indexOf(lower); at >= 0; at = text.toLowerCase().indexOf(lower, from)) {
    out += text.slice(from, at) + replacement;
    from = at + needle.length;
  }
  return out + text.slice(from);
}
