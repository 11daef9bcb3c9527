// Someone else's words inside quotation marks on one line ("...", “...”): a relay's or a tutor's
// copy of what a person said; or on a log's line under their name. Pure.
import { allMatches } from './all-matches.js';

const QUOTED_SPEECH = /"[^"\n]*"|“[^”\n]*”/g;
// ...and a log's entry whose speaker is tagged before it, after its number or time: a webinar's
// questions report ("2. (Rosa M.) Mi hijo es Diego ..., su NSS es ..."), a chat export.
const TAGGED_ENTRY = /^[ \t]*(?:\d{1,3}[.)]|\[?\d{1,2}:\d{2}(?::\d{2})?\]?)[ \t]*\([\p{L}][\p{L}. ]{1,38}\)[ \t].*$/gmu;

/** The text with every passage in quotation marks, and every speaker-tagged log entry, blanked. */
export function withoutQuotedSpeech(text: string): string {
  const unquoted = text.replace(QUOTED_SPEECH, ' ');
  return unquoted.includes('(') ? unquoted.replace(TAGGED_ENTRY, ' ') : unquoted;
}

/** Position `at` of the line falls inside a passage in quotation marks. */
export function insideQuotedSpeech(line: string, at: number): boolean {
  for (const m of allMatches(QUOTED_SPEECH, line)) {
    if (m.index! > at) return false;
    if (at < m.index! + m[0].length) return true;
  }
  return false;
}
