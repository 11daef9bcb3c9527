// "Accepted" is one rule for every part of the triage: found, and carrying no problem. Pure.
import type { Extraction, FieldName } from '../extract/types.js';

/** A field's value when it was found and carries no problem; null otherwise. */
export function acceptedField(extraction: Pick<Extraction, 'fields' | 'problems'>, field: FieldName): string | null {
  const v = extraction.fields[field];
  return v !== null && !extraction.problems.some((p) => p.field === field) ? v : null;
}
