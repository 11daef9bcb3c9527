// Cleaning of values that come from a message (or from staff) before they reach a reply.
// Escaping for HTML is Handlebars' job ({{ }}); this only removes what must never appear.

/** Single-line value: control characters (CR, LF, TAB, NUL...) become spaces; trimmed; bounded. */
export function cleanLine(value: string, maxLength = 200): string {
  const line = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return line.length > maxLength ? `${line.slice(0, maxLength - 1).trimEnd()}…` : line;
}

/** Multi-line text (a staff note): line breaks kept as separate lines, other controls removed. */
export function cleanLines(value: string, maxLength = 2000): string[] {
  const bounded = value.length > maxLength ? `${value.slice(0, maxLength - 1)}…` : value;
  return bounded
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => cleanLine(line, maxLength))
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
    .filter((line, i, all) => !(line === '' && i === all.length - 1));
}
