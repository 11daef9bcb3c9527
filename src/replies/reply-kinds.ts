// The closed set of replies the desk sends, and the data each one needs.
//
// ReplyData contract (what the caller passes to renderReply):
// - Values taken from a message (studentName, received, conflicts, originalSubject) are passed RAW.
//   renderReply masks `received` and `conflicts` itself (mask-value.ts), strips control characters
//   from every value and lets Handlebars escape them in the HTML part. Callers must not pre-mask:
//   masking twice would still be safe, but the caller cannot know the template's masking rule.
// - `problems[].message` (from src/extract/problems.ts) is shown as written, except that any
//   identifier it quotes is masked too (maskIdentifiersIn), so a reply never carries a full CURP/NSS.
// - `missing` lists absent fields; problems with code "missing" are treated as absent too.
// - `contact` is the desk's signature data (DEFAULT_DESK_CONTACT, or from config).
// - Per kind, the fields marked required below must be present; renderReply throws otherwise.
import type { FieldName, Problem } from '../extract/types.js';
import type { DeskContact } from './desk-contact.js';

export const REPLY_KINDS = {
  incomplete: 'incomplete', // fields missing or invalid: ask for exactly those
  acknowledged: 'acknowledged', // all five accepted: folio and what happens next
  status: 'status', // the case is already queued ("¿ya quedó?")
  resolved: 'resolved', // staff completed the alta: next steps
  correction: 'correction', // staff ask to correct chosen fields
  referral: 'referral', // go to the IMSS subdelegación with original documents
  rejected: 'rejected', // status baja/desertor: no coverage
  conflict: 'conflict', // a later message contradicts an accepted value
} as const;
export type ReplyKind = (typeof REPLY_KINDS)[keyof typeof REPLY_KINDS];
export const ALL_REPLY_KINDS: readonly ReplyKind[] = Object.values(REPLY_KINDS);

/** A later message gave `proposed` for a field whose `accepted` value was already recorded. Raw values. */
export interface ConflictItem {
  field: FieldName;
  accepted: string;
  proposed: string;
}

export interface ReplyBase {
  contact: DeskContact;
  /** Subject of the message being answered (raw); becomes "Re: ... [folio]". */
  originalSubject: string;
  folio?: string | null;
  /** The name the student gave, if any; used in the greeting. */
  studentName?: string | null;
  missing?: readonly FieldName[];
  problems?: readonly Problem[];
  /** Values as received (raw); masked before rendering. */
  received?: Partial<Record<FieldName, string | null>>;
  /** Fields staff ask to correct (correction). */
  fields?: readonly FieldName[];
  conflicts?: readonly ConflictItem[];
  /** Optional free text from staff (correction, referral, rejected, resolved). */
  note?: string | null;
}

type WithFolio = ReplyBase & { folio: string };

export interface ReplyDataByKind {
  incomplete: ReplyBase;
  acknowledged: WithFolio;
  status: WithFolio;
  resolved: WithFolio;
  correction: WithFolio & { fields: readonly FieldName[] };
  referral: WithFolio;
  rejected: WithFolio;
  conflict: ReplyBase & { conflicts: readonly ConflictItem[] };
}

export type ReplyData<K extends ReplyKind = ReplyKind> = ReplyDataByKind[K];

export interface RenderedReply {
  subject: string;
  text: string;
  html: string;
}
