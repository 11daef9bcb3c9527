// Reads header values out of ParsedMail.headers. Pure.
//
// Contract of ParsedMail.headers (see src/mail/parse-message.ts): names are lower-cased; each
// value is the raw header line as mailparser's headerLines give it ("Auto-Submitted: auto-replied"),
// possibly folded ("\r\n\t..."), and a repeated header is joined with "\n". Other producers
// (tests, a future parser) may store only the value ("auto-replied"). Both forms are accepted.

/** Every occurrence of header `name`, unfolded, "Name:" prefix removed, trimmed. [] when absent. */
export function headerValues(headers: Readonly<Record<string, string>>, name: string): string[] {
  const key = name.toLowerCase();
  const joined = headers[key];
  if (joined === undefined) return [];
  // A newline followed by a space or tab is folding; any other newline starts a new occurrence.
  return joined
    .split(/\r?\n(?![ \t])/)
    .map((occurrence) => unfold(occurrence))
    .map((occurrence) => stripName(occurrence, key))
    .map((occurrence) => occurrence.trim());
}

/** True when header `name` occurs at all (even empty). */
export function hasHeader(headers: Readonly<Record<string, string>>, name: string): boolean {
  return headers[name.toLowerCase()] !== undefined;
}

function unfold(value: string): string {
  return value.replace(/\r?\n[ \t]+/g, ' ');
}

function stripName(value: string, key: string): string {
  const colon = value.indexOf(':');
  if (colon > 0 && value.slice(0, colon).trim().toLowerCase() === key) return value.slice(colon + 1);
  return value;
}
