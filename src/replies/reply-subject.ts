// The subject of a reply: "Re: <original subject> [<folio>]". Pure.
//
// - Leading reply/forward prefixes are stripped and a single "Re: " is put back, so "RE: Re: x",
//   "RV: x" (reenviado), "Fwd: x", "Res: x", "Re[2]: x" and "AW: x" all become "Re: x".
// - The folio tag "[IMSS-2026-000123]" is appended once; an existing copy anywhere is removed first.
// - Control characters (CR, LF...) are removed: the result goes into a header.
// - The result is at most MAX_SUBJECT_LENGTH characters; the original part is cut, never the folio.
import { cleanLine } from './sanitize.js';

export const MAX_SUBJECT_LENGTH = 180;
const FALLBACK_SUBJECT = 'Solicitud de alta en el IMSS';
const PREFIX = /^(?:re|rv|fw|fwd|res|tr|aw|wg|r)\s*(?:\[\d+\]|\(\d+\))?\s*:\s*/i;

export function replySubject(original: string, folio?: string | null): string {
  const tag = folio ? `[${cleanLine(folio, 40).replace(/[[\]]/g, '')}]` : '';
  let base = cleanLine(original, 1000);
  if (tag) base = removeAll(base, tag);
  base = stripPrefixes(base);
  if (base === '') base = FALLBACK_SUBJECT;

  const room = MAX_SUBJECT_LENGTH - 'Re: '.length - (tag ? tag.length + 1 : 0);
  if (Array.from(base).length > room) base = `${Array.from(base).slice(0, room - 1).join('').trimEnd()}…`;
  return `Re: ${base}${tag ? ` ${tag}` : ''}`;
}

function stripPrefixes(subject: string): string {
  let s = subject;
  for (let i = 0; i < 20 && PREFIX.test(s); i++) s = s.replace(PREFIX, '');
  return s.trim();
}

function removeAll(subject: string, tag: string): string {
  const lower = tag.toLowerCase();
  let s = subject;
  for (let at = s.toLowerCase().indexOf(lower); at >= 0; at = s.toLowerCase().indexOf(lower)) {
    s = `${s.slice(0, at)} ${s.slice(at + tag.length)}`;
  }
  return s.replace(/\s+/g, ' ').trim();
}
