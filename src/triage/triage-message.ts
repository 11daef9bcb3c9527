// The single-message decision: automatic mail is ignored; otherwise the extraction decides
// complete (all five fields present and accepted) or incomplete, and hold.ts says whether a first
// message should wait for staff instead of being answered. Pure.
import { extractWithLead } from '../extract/extract-fields.js';
import { FIELD_NAMES, type ExtractOptions, type Extraction, type ParsedMail } from '../extract/types.js';
import { acceptedField, acceptedIdentifiers, typedIn } from './accepted-field.js';
import { isReceiptSubject } from './automatic-subjects.js';
import { detectAutomatic, type AutomaticVerdict } from './automatic.js';
import type { DecisionKind } from './decision.js';
import { senderKind } from '../extract/sender-kind.js';
import { holdForStaff, writesAsPerson, type HoldReason } from './hold.js';
import { foldLabel } from '../extract/fold.js';

export interface MessageTriage {
  decision: DecisionKind;
  automatic: AutomaticVerdict;
  extraction: Extraction;
  /** Why this message, if it starts a case, should wait for staff rather than be answered. */
  hold: HoldReason | null;
}

export function triageMessage(mail: ParsedMail, options: ExtractOptions): MessageTriage {
  const { extraction, leadText, passedOnText } = extractWithLead(mail, options);
  // The accepted CURP, NSS and code: someone writing about one student. Typed in the writer's new
  // text itself (spaces and hyphens aside), not only in what they quote, they weigh more.
  const identifierValues = acceptedIdentifiers(extraction);
  const kind = senderKind(mail.from?.address, options);
  const automatic = detectAutomatic(mail, options.deskAddresses, {
    leadText,
    identifiers: identifierValues.length > 0,
    identifiersInLead: typedIn(leadText, identifierValues),
    identifierValues,
    fromStudentMailbox: kind === 'student' || kind === 'personal',
    // Only a receipt's subject asks it (automatic.ts): not folded for every message.
    writesAsPerson: isReceiptSubject(mail.subject) && writesAsPerson(foldLabel(leadText)),
    passedOnText,
  });
  // A university office's automated flow relaying a form's answers ("Se registró una respuesta
  // nueva en el formulario ... Este correo lo envía un flujo automatizado. No responda a esta
  // dirección"), a student's values typed in it: a student's request, neither dropped nor answered
  // (the reply would go to the flow): held for staff.
  const relayedForm = automatic.automatic && automatic.reason === 'automatic_text' && identifierValues.length >= 2
    && typedIn(leadText, identifierValues) && kind === 'staff';
  if (relayedForm) return { decision: isComplete(extraction) ? 'complete' : 'incomplete', automatic: { automatic: false }, extraction, hold: 'no_writer' };
  if (automatic.automatic) return { decision: 'ignore', automatic, extraction, hold: null };
  const hold = holdForStaff(mail, extraction, leadText, options);
  return { decision: isComplete(extraction) ? 'complete' : 'incomplete', automatic, extraction, hold };
}

export { acceptedField };

/** All five fields present and none carries a problem. */
export function isComplete(extraction: Pick<Extraction, 'fields' | 'problems'>): boolean {
  return FIELD_NAMES.every((f) => acceptedField(extraction, f) !== null);
}
