// The case: everything one student's request has gathered, as plain data. Pure types and helpers.
import type { FieldName, FieldSource, NameParts, Problem } from '../extract/types.js';

export const CASE_STATUSES = {
  incomplete: 'incomplete',
  queued: 'queued',
  claimed: 'claimed',
  resolved: 'resolved',
  closed: 'closed',
} as const;
export type CaseStatus = (typeof CASE_STATUSES)[keyof typeof CASE_STATUSES];

/** A value accepted into the case, with where it came from. */
export interface AcceptedValue {
  value: string;
  messageId: string;
  at: string; // ISO time the message was received
  source: FieldSource;
}

export interface FieldConflict {
  field: FieldName;
  accepted: string;
  offered: string;
  messageId: string;
  at: string;
  /** Set once the student was asked about it (asked at most once). */
  askedAt: string | null;
}

/** Why a case needs staff attention before its turn; drives the queue lanes. */
export const ATTENTION = {
  conflict: 'conflict',
  crossCheck: 'cross_check',
  repeatedFollowUps: 'repeated_follow_ups',
  deliveryFailed: 'delivery_failed',
  rateLimited: 'rate_limited',
  merged: 'merged',
  reopened: 'reopened',
  /** Nobody to answer (no usable From / Reply-To): only staff can act on it. */
  noReplyAddress: 'no_reply_address',
  /** A first message nothing places (src/triage/hold.ts): not answered until staff have looked. */
  held: 'held_for_review',
} as const;
export type Attention = (typeof ATTENTION)[keyof typeof ATTENTION];

export interface CaseRecord {
  id: string; // the folio, e.g. IMSS-2026-000123
  status: CaseStatus;
  /** The address automatic replies go to (Reply-To, else From). */
  replyAddress: string;
  /** Every address the student wrote from. */
  addresses: string[];
  fields: Record<FieldName, AcceptedValue | null>;
  nameParts: NameParts | null;
  /** Problems of the latest message, still unresolved (what the last reply asked about). */
  openProblems: Problem[];
  conflicts: FieldConflict[];
  warnings: string[];
  attention: Attention[];
  /** Message-IDs of every inbound message and every reply sent on this case. */
  messageIds: string[];
  /** The latest inbound message, to thread replies to it. */
  lastInbound: { messageId: string | null; references: string[]; subject: string } | null;
  inboundCount: number;
  followUpsWhileQueued: number;
  lastStatusReplyAt: string | null;
  /**
   * When each address (lower case) last got a status reply: the once-a-day limit is per person,
   * so a student whose case another address reached first still hears from the desk. Absent on
   * cases written before it existed; those keep the case-wide limit of lastStatusReplyAt.
   */
  statusRepliesTo?: Record<string, string>;
  firstMessageAt: string;
  createdAt: string;
  updatedAt: string;
  claim: { by: string; at: string } | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

export const TIMELINE_KINDS = {
  messageIn: 'message_in',
  replyPlanned: 'reply_planned',
  replySent: 'reply_sent',
  replyFailed: 'reply_failed',
  replySuppressed: 'reply_suppressed',
  statusChanged: 'status_changed',
  fieldAccepted: 'field_accepted',
  fieldConflict: 'field_conflict',
  fieldEdited: 'field_edited',
  merged: 'merged',
  note: 'note',
  claimed: 'claimed',
  released: 'released',
} as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[keyof typeof TIMELINE_KINDS];

export interface TimelineEvent {
  at: string;
  kind: TimelineKind;
  /** "system" for automatic actions, a staff e-mail for human ones. */
  actor: string;
  detail: Record<string, unknown>;
}

export function isOpen(status: CaseStatus): boolean {
  return status !== 'resolved' && status !== 'closed';
}

export function emptyFields(): Record<FieldName, AcceptedValue | null> {
  return { fullName: null, studentCode: null, nss: null, curp: null, institutionalEmail: null };
}

/** Plain values of the accepted fields (null where missing). */
export function fieldValues(c: Pick<CaseRecord, 'fields'>): Record<FieldName, string | null> {
  return {
    fullName: c.fields.fullName?.value ?? null,
    studentCode: c.fields.studentCode?.value ?? null,
    nss: c.fields.nss?.value ?? null,
    curp: c.fields.curp?.value ?? null,
    institutionalEmail: c.fields.institutionalEmail?.value ?? null,
  };
}

/** "IMSS-2026-000123" from prefix, year and sequence number. */
export function formatFolio(prefix: string, year: number, seq: number): string {
  const body = `${year}-${String(seq).padStart(6, '0')}`;
  return prefix ? `${prefix}-${body}` : body;
}

/** Finds a folio of this desk in a subject line ("Re: ... [IMSS-2026-000123]"). */
export function findFolio(subject: string, prefix: string): string | null {
  const p = prefix ? `${prefix.replace(/[-]/g, '\\-')}-` : '';
  const m = new RegExp(`\\b(${p}\\d{4}-\\d{6})\\b`, 'i').exec(subject);
  return m?.[1] ? m[1].toUpperCase() : null;
}
