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
