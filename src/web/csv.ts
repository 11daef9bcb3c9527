// CSV for spreadsheet programs: UTF-8 with BOM (Excel then reads accents right), CRLF rows,
// RFC 4180 quoting, and formula injection defused (a cell starting with = + - @ TAB CR gets a ').
export const BOM = '\uFEFF';

export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
