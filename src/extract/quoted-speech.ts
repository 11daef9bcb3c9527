// Someone else's words inside quotation marks on one line ("...", “...”): a relay's or a tutor's
// copy of what a person said. Pure.

const QUOTED_SPEECH = /"[^"\n]*"|“[^”\n]*”/g;

/** The text with every passage in quotation marks blanked. */
export function withoutQuotedSpeech(text: string): string {
  return text.replace(QUOTED_SPEECH, ' ');
}

/** Position `at` of the line falls inside a passage in quotation marks. */
export function insideQuotedSpeech(line: string, at: number): boolean {
  for (const m of line.matchAll(QUOTED_SPEECH)) {
    if (m.index! > at) return false;
    if (at < m.index! + m[0].length) return true;
  }
  return false;
}
