// What a staff member does to a case. Pure: case + action + context in; the new case, the events
// to append, the reply to send (as ReplyData for renderReply) and what happens to the case's place
// in the staff queue out. No I/O, no clock (`now` is given).
//
// Rules:
// - claim: an open case nobody holds actively (an idle claim may be taken over; the takeover is
//   recorded as an idle release first). Claiming a case one already holds refreshes the claim.
// - resolve, correction, referral, reject, dismiss, ask, edit: only by whoever holds the active claim.
//   Every one of them refreshes the claim's time (activity), or ends the claim.
// - release: by the holder, by an admin, or by "system" once the claim is idle.
// - note: anyone, any time (internal; never sent to the student).
// Outcomes: dismiss -> closed without any reply (a robot's mail held for review, a duplicate);
// ask -> the reply the desk sends on its own, asking for what is missing (a person's mail held for
// review), and the case waits for the student;
// resolve -> resolved (student told "alta tramitada"); referral and reject -> closed;
// correction -> incomplete with the chosen fields cleared (the student's next message fills them
// and the normal flow puts the case back in the queue); the old values stay on the timeline.
import { checkCurp, normalizeCurp } from '../extract/curp.js';
import { checkEmail, normalizeEmail } from '../extract/email.js';
import { checkNss, normalizeNss } from '../extract/nss.js';
import { checkStudentCode, normalizeStudentCode } from '../extract/student-code.js';
import { FIELD_NAMES, type FieldName } from '../extract/types.js';
import type { DeskContact } from '../replies/desk-contact.js';
import type { ReplyBase, ReplyKind } from '../replies/reply-kinds.js';
import { ATTENTION, isOpen, type AcceptedValue, type CaseRecord, type TimelineEvent } from './case-model.js';
import { hasActiveClaim } from './queue-order.js';

export type StaffAction =
  | { type: 'claim' }
  | { type: 'release'; idle?: boolean }
  | { type: 'resolve'; note?: string }
  | { type: 'correction'; fields: FieldName[]; note?: string }
  | { type: 'referral'; note?: string }
  | { type: 'reject'; note?: string }
  | { type: 'dismiss'; note?: string }
  | { type: 'ask'; note?: string }
  | { type: 'edit'; field: FieldName; value: string }
  | { type: 'note'; text: string };
export type StaffActionType = StaffAction['type'];

export interface StaffContext {
  /** The staff member's e-mail, or "system" (idle release). */
  actor: string;
  isAdmin: boolean;
  now: string;
  claimIdleMs: number;
  contact: DeskContact;
  institutionalDomains: string[];
  studentCodePattern: string;
}

export type StaffReplyKind = Extract<ReplyKind, 'resolved' | 'correction' | 'referral' | 'rejected' | 'incomplete'>;

export interface StaffReply {
  kind: StaffReplyKind;
  to: string;
  data: ReplyBase & { folio: string };
}

export const REFUSALS = {
  closed: 'El caso ya está cerrado o resuelto.',
  claimedByOther: 'Otra persona tiene este caso tomado.',
  notClaimed: 'Primero toma el caso (botón «Tomar caso»).',
  noReplyAddress: 'El caso no tiene dirección de respuesta.',
  invalid: 'Revisa los datos del formulario.',
} as const;
export type RefusalCode = keyof typeof REFUSALS;

export type StaffResult =
  | { ok: true; case: CaseRecord; events: TimelineEvent[]; reply: StaffReply | null; staffQueue: 'keep' | 'add' | 'remove' }
  | { ok: false; code: RefusalCode; message: string };

/** An accepted value edited by staff: the usual record plus who did it. */
export type EditedValue = AcceptedValue & { editedBy?: string };

const MAX_NOTE = 2000;

export function applyStaffAction(current: CaseRecord, action: StaffAction, ctx: StaffContext): StaffResult {
  const now = new Date(ctx.now);
  const c = structuredClone(current);
  const events: TimelineEvent[] = [];
  const event = (kind: TimelineEvent['kind'], detail: Record<string, unknown>) => events.push({ at: ctx.now, kind, actor: ctx.actor, detail });
  const refuse = (code: RefusalCode, message: string = REFUSALS[code]): StaffResult => ({ ok: false, code, message });
  const active = hasActiveClaim(c, now, ctx.claimIdleMs);
  const mine = active && c.claim?.by === ctx.actor;
  const note = 'note' in action && typeof action.note === 'string' ? cleanNote(action.note) : '';

  if (action.type === 'note') {
    const text = cleanNote(action.text);
    if (!text) return refuse('invalid', 'Escribe la nota.');
    if (mine) c.claim = { by: ctx.actor, at: ctx.now };
    event('note', { text });
    return { ok: true, case: touch(c, ctx), events, reply: null, staffQueue: 'keep' };
  }
  if (!isOpen(c.status)) return refuse('closed');

  if (action.type === 'claim') {
    if (active && !mine) return refuse('claimedByOther');
    if (c.claim && !active) event('released', { by: c.claim.by, reason: 'idle' });
    const from = c.status;
    c.status = 'claimed';
    c.claim = { by: ctx.actor, at: ctx.now };
    if (!mine) event('claimed', { from });
    return { ok: true, case: touch(c, ctx), events, reply: null, staffQueue: 'keep' };
  }

  if (action.type === 'release') {
    if (!c.claim || c.status !== 'claimed') return refuse('notClaimed', 'El caso no está tomado.');
    const allowed = c.claim.by === ctx.actor || ctx.isAdmin || (!active && (action.idle ?? false));
    if (!allowed) return refuse('claimedByOther');
    event('released', { by: c.claim.by, reason: action.idle ? 'idle' : 'manual' });
    // Back to where it was: queued when the five fields are there, else waiting for the student.
    c.status = FIELD_NAMES.every((f) => c.fields[f] !== null) ? 'queued' : 'incomplete';
    c.claim = null;
    return { ok: true, case: touch(c, ctx), events, reply: null, staffQueue: 'keep' };
  }

  if (!active) return refuse('notClaimed');
  if (!mine) return refuse('claimedByOther');

  if (action.type === 'edit') {
    const checked = checkFieldValue(action.field, action.value, ctx, now);
    if (!checked.ok) return refuse('invalid', checked.message);
    const old = c.fields[action.field];
    if (old?.value === checked.value) return refuse('invalid', 'El valor nuevo es igual al actual.');
    const edited: EditedValue = { value: checked.value, messageId: '', at: ctx.now, source: old?.source ?? 'body', editedBy: ctx.actor };
    c.fields[action.field] = edited;
    c.conflicts = c.conflicts.filter((x) => x.field !== action.field);
    if (c.conflicts.length === 0) c.attention = c.attention.filter((a) => a !== ATTENTION.conflict);
    c.claim = { by: ctx.actor, at: ctx.now };
    event('field_edited', { field: action.field, from: old?.value ?? null, to: checked.value });
    return { ok: true, case: touch(c, ctx), events, reply: null, staffQueue: 'keep' };
  }

  if (action.type === 'dismiss') {
    const from = c.status;
    c.status = 'closed';
    c.claim = null;
    c.attention = [];
    event('status_changed', { from, to: c.status, action: 'dismiss', note: note || null });
    return { ok: true, case: touch(c, ctx), events, reply: null, staffQueue: 'remove' };
  }

  if (!c.replyAddress) return refuse('noReplyAddress');
  const base = replyBase(c, ctx.contact, note);

  if (action.type === 'ask') {
    const missing = FIELD_NAMES.filter((f) => !c.fields[f] && !c.openProblems.some((p) => p.field === f));
    if (missing.length === 0 && c.openProblems.length === 0) return refuse('invalid', 'El caso ya tiene los cinco datos.');
    const received: Partial<Record<FieldName, string>> = {};
    for (const f of FIELD_NAMES) if (c.fields[f]) received[f] = c.fields[f]!.value;
    const from = c.status;
    c.status = 'incomplete';
    c.claim = null;
    c.attention = c.attention.filter((a) => a !== ATTENTION.held);
    event('status_changed', { from, to: c.status, action: 'ask', note: note || null });
    return { ok: true, case: touch(c, ctx), events, reply: { kind: 'incomplete', to: c.replyAddress, data: { ...base, missing, problems: c.openProblems, received } }, staffQueue: c.attention.length ? 'keep' : 'remove' };
  }

  if (action.type === 'correction') {
    const fields = FIELD_NAMES.filter((f) => action.fields.includes(f));
    if (fields.length === 0) return refuse('invalid', 'Elige al menos un dato a corregir.');
    const cleared: Record<string, string | null> = {};
    for (const f of fields) {
      cleared[f] = c.fields[f]?.value ?? null;
      c.fields[f] = null;
    }
    c.conflicts = c.conflicts.filter((x) => !fields.includes(x.field));
    c.openProblems = [];
    c.attention = [];
    c.followUpsWhileQueued = 0;
    c.claim = null;
    const from = c.status;
    c.status = 'incomplete';
    event('status_changed', { from, to: c.status, action: 'correction', fields, cleared, note: note || null });
    // The values asked for that the student had sent: the reply asks to correct those and to send
    // the others, not to "correct" a value nobody gave.
    const sent: Partial<Record<FieldName, string>> = {};
    for (const f of fields) if (cleared[f]) sent[f] = cleared[f]!;
    return { ok: true, case: touch(c, ctx), events, reply: { kind: 'correction', to: c.replyAddress, data: { ...base, fields, received: sent } }, staffQueue: 'remove' };
  }

  const outcome = { resolve: ['resolved', 'resolved'], referral: ['closed', 'referral'], reject: ['closed', 'rejected'] } as const;
  const [status, kind] = outcome[action.type];
  const from = c.status;
  c.status = status;
  c.claim = null;
  c.attention = [];
  if (status === 'resolved') {
    c.resolvedAt = ctx.now;
    c.resolvedBy = ctx.actor;
  }
  event('status_changed', { from, to: status, action: action.type, note: note || null });
  return { ok: true, case: touch(c, ctx), events, reply: { kind, to: c.replyAddress, data: base }, staffQueue: 'remove' };
}

function touch(c: CaseRecord, ctx: StaffContext): CaseRecord {
  c.updatedAt = ctx.now;
  return c;
}

function replyBase(c: CaseRecord, contact: DeskContact, note: string): ReplyBase & { folio: string } {
  return {
    contact,
    originalSubject: c.lastInbound?.subject ?? '',
    folio: c.id,
    studentName: c.nameParts?.givenNames ?? c.fields.fullName?.value ?? null,
    note: note || null,
  };
}

/** Trims, normalises line ends and caps the length of a free-text note. */
export function cleanNote(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/[^\S\n]+$/gm, '').trim().slice(0, MAX_NOTE);
}

/** Normalises and validates a value typed by staff with the same rules as extraction. */
export function checkFieldValue(
  field: FieldName,
  raw: string,
  ctx: Pick<StaffContext, 'institutionalDomains' | 'studentCodePattern'>,
  now: Date,
): { ok: true; value: string } | { ok: false; message: string } {
  const input = raw.trim().slice(0, 200);
  if (!input) return { ok: false, message: 'Escribe el valor nuevo.' };
  const fail = (problems: { message: string }[]) => ({ ok: false as const, message: problems.map((p) => p.message).join(' ') });
  switch (field) {
    case 'fullName': {
      const value = input.replace(/\s+/g, ' ');
      return /\p{L}/u.test(value) ? { ok: true, value } : { ok: false, message: 'El nombre debe tener letras.' };
    }
    case 'curp': {
      const n = normalizeCurp(input, now);
      const problems = checkCurp(n.value, now).problems;
      return problems.length ? fail(problems) : { ok: true, value: n.value };
    }
    case 'nss': {
      const value = normalizeNss(input);
      const problems = checkNss(value, null, now).problems;
      return problems.length ? fail(problems) : { ok: true, value };
    }
    case 'studentCode': {
      const value = normalizeStudentCode(input);
      const problems = checkStudentCode(value, ctx.studentCodePattern);
      return problems.length ? fail(problems) : { ok: true, value };
    }
    case 'institutionalEmail': {
      const value = normalizeEmail(input);
      const problems = checkEmail(value, ctx.institutionalDomains);
      return problems.length ? fail(problems) : { ok: true, value };
    }
  }
}
