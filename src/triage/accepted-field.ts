// "Accepted" is one rule for every part of the triage: found, and carrying no problem. Pure.
import type { Extraction, FieldName } from '../extract/types.js';

/** A field's value when it was found and carries no problem; null otherwise. */
export function acceptedField(extraction: Pick<Extraction, 'fields' | 'problems'>, field: FieldName): string | null {
  const v = extraction.fields[field];
  return v !== null && !extraction.problems.some((p) => p.field === field) ? v : null;
}

/** The accepted CURP, NSS and code: the values that say which student a message is about. */
export function acceptedIdentifiers(extraction: Pick<Extraction, 'fields' | 'problems'>): string[] {
  return (['curp', 'nss', 'studentCode'] as const).map((f) => acceptedField(extraction, f)).filter((v): v is string => v !== null);
}

/** One of `values` typed in `text`, spaces, hyphens and other separators aside. */
export function typedIn(text: string, values: readonly string[]): boolean {
  if (values.length === 0) return false;
  const plain = plainText(text);
  return values.some((v) => plain.includes(v.toUpperCase()));
}

// The triage asks it of the same writer's text up to four times: its plain form is kept for the last text.
let lastText = '';
let lastPlain = '';
function plainText(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastPlain = text.toUpperCase().replace(/[^A-Z0-9Ñ]/g, '');
  }
  return lastPlain;
}
