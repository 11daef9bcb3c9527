// The single-message decision: automatic mail is ignored; otherwise the extraction decides
// complete (all five fields present and accepted) or incomplete. Pure.
import { extractWithLead } from '../extract/extract-fields.js';
import { FIELD_NAMES, type ExtractOptions, type Extraction, type FieldName, type ParsedMail } from '../extract/types.js';
import { detectAutomatic, type AutomaticVerdict } from './automatic.js';
import type { DecisionKind } from './decision.js';

export interface MessageTriage {
  decision: DecisionKind;
  automatic: AutomaticVerdict;
  extraction: Extraction;
}

export function triageMessage(mail: ParsedMail, options: ExtractOptions): MessageTriage {
  const { extraction, leadText } = extractWithLead(mail, options);
  const automatic = detectAutomatic(mail, options.deskAddresses, { leadText, identifiers: hasValidIdentifier(extraction), identifiersInLead: writesIdentifier(leadText, extraction) });
  if (automatic.automatic) return { decision: 'ignore', automatic, extraction };
  return { decision: isComplete(extraction) ? 'complete' : 'incomplete', automatic, extraction };
}

/** A field's value when it was found and carries no problem; null otherwise. */
export function acceptedField(extraction: Pick<Extraction, 'fields' | 'problems'>, field: FieldName): string | null {
  const v = extraction.fields[field];
  return v !== null && !extraction.problems.some((p) => p.field === field) ? v : null;
}

/** All five fields present and none carries a problem. */
export function isComplete(extraction: Pick<Extraction, 'fields' | 'problems'>): boolean {
  return FIELD_NAMES.every((f) => acceptedField(extraction, f) !== null);
}

/** A CURP, NSS or student code found and accepted: someone writing about one student. */
function hasValidIdentifier(extraction: Pick<Extraction, 'fields' | 'problems'>): boolean {
  return (['curp', 'nss', 'studentCode'] as const).some((f) => acceptedField(extraction, f) !== null);
}

/** The accepted CURP or NSS appears in the writer's new text (spaces and hyphens aside). */
function writesIdentifier(leadText: string, extraction: Pick<Extraction, 'fields' | 'problems'>): boolean {
  const plain = leadText.toUpperCase().replace(/[^A-Z0-9Ñ]/g, '');
  return (['curp', 'nss'] as const).some((f) => {
    const v = acceptedField(extraction, f);
    return v !== null && plain.includes(v.toUpperCase());
  });
}
