// The conversation core: one triaged inbound message applied to the student's case.
// Pure: takes the case as it was (or null), returns the case as it must become, the reply to
// send (if any) and whether the case enters the staff queue. No I/O, no clock (`now` is given).
import { checkCurp } from '../extract/curp.js';
import { checkNss } from '../extract/nss.js';
import { FIELD_NAMES, type FieldName, type Problem } from '../extract/types.js';
import type { HoldReason } from './hold.js';
import type { MessageTriage } from './triage-message.js';
import {
  ATTENTION,
  emptyFields,
  isOpen,
  type Attention,
  type CaseRecord,
  type TimelineEvent,
} from './case-model.js';

export const AUTO_REPLY_KINDS = {
  incomplete: 'incomplete',
  acknowledged: 'acknowledged',
  status: 'status',
  conflict: 'conflict',
} as const;
export type AutoReplyKind = (typeof AUTO_REPLY_KINDS)[keyof typeof AUTO_REPLY_KINDS];

export type Outcome = 'complete' | 'incomplete' | 'ignore';

export interface InboundFacts {
  messageId: string | null;
  references: string[];
  subject: string;
  receivedAt: string;
  /** Reply-To if present, else From (lower-cased); null when there is nobody to answer. */
  replyAddress: string | null;
}

export interface ApplyInput {
  existing: CaseRecord | null;
  /** Folio to use if this message starts a new case. */
  newCaseId: string;
  triage: MessageTriage;
  message: InboundFacts;
  now: string;
  /** Automatic replies already sent to this address in the last 24 h. */
  repliesToAddressLast24h: number;
  maxRepliesPerDay: number;
  /** How the existing case was found; 'identifier' from another address means a merge. */
  matchedBy: 'thread' | 'folio' | 'identifier' | 'sender' | null;
}

export interface ApplyResult {
  outcome: Outcome;
  case: CaseRecord | null;
  created: boolean;
  reply: { kind: AutoReplyKind; to: string } | null;
  /** Why no reply was sent, when none is (for the timeline and logs). */
  noReplyReason: string | null;
  enqueueForStaff: boolean;
  events: TimelineEvent[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** What staff read on a held case (Spanish, shown with its warnings). */
const NOT_ANSWERED = 'No se respondió automáticamente: ';
const IF_A_PERSON = 'Si es una persona, respóndele o pide los datos con «Pedir los datos»; si no, «Cerrar sin responder».';
const HELD_WARNINGS: Record<HoldReason, string> = {
  unknown_sender: `${NOT_ANSWERED}el mensaje no trae datos de ningún estudiante y el remitente no es de la universidad ni de un correo personal. Puede ser un correo automático (factura, promoción, aviso). ${IF_A_PERSON}`,
  off_topic: `${NOT_ANSWERED}el mensaje no habla del IMSS ni del seguro, o va dirigido a otra persona (por ejemplo, una tarea para un profesor), y no parece una solicitud de un estudiante a la mesa. Puede ser un correo automático (factura, promoción, aviso), el de un colega sobre otro asunto o uno que llegó aquí por error. ${IF_A_PERSON}`,
  colleague: `${NOT_ANSWERED}el mensaje parece de un colega o de una oficina (una cuenta de la universidad que no es de alumno, o un correo personal que saluda al equipo como «compañeros») y no trae los datos de un estudiante, o no se escribió a la mesa (no está en «Para» ni en «CC»; es una circular a muchos destinatarios). Pedirle los cinco datos no le serviría. Respóndele tú; si es un aviso o una circular, «Cerrar sin responder».`,
  business: `${NOT_ANSWERED}el mensaje parece de un negocio o una oferta (una cotización, un cobro, una factura, precios, alguien que pide permiso para vender u ofrece su ayuda) y no trae datos de ningún estudiante. Pedirle los cinco datos no tendría sentido. Si es publicidad o un cobro, pásalo a quien corresponda y usa «Cerrar sin responder»; si es alguien que pide ayuda, respóndele tú.`,
  no_request: `${NOT_ANSWERED}el mensaje no es una solicitud de alta (da las gracias por una ayuda anterior, avisa o se queja de algo, o lo escribe alguien que dice no ser estudiante) y no trae datos de ningún estudiante. Pedirle los cinco datos no tendría sentido. Si quieres, respóndele tú; si no, «Cerrar sin responder».`,
  suspicious_link: `${NOT_ANSWERED}el mensaje no trae datos de ningún estudiante y sólo ofrece «ver» o «descargar» un documento en una liga cuya dirección imita a un servicio conocido (SharePoint, OneDrive, Google Drive, el IMSS, la universidad…) sin ser suyo. Parece un intento de robo de contraseñas desde una cuenta robada: no abras la liga. Si conoces a quien escribe, avísale por otro medio que su cuenta puede estar comprometida; si no, «Cerrar sin responder».`,
  phishing: `${NOT_ANSWERED}el mensaje no trae datos de ningún estudiante y amenaza con dar de baja una cuenta o el seguro si no se «verifica», se entra a una liga o se manda un mensaje a un WhatsApp, o pide iniciar sesión con la contraseña del correo. La mesa nunca escribe así: parece un fraude (robo de contraseñas o de datos), a veces desde la cuenta robada de un alumno. No abras ligas ni respondas. Si la cuenta es de un alumno, avísale por otro medio que su cuenta puede estar comprometida; si no, «Cerrar sin responder».`,
  several_students: `${NOT_ANSWERED}el mensaje trae datos de varios estudiantes, y una respuesta automática sólo puede pedir los de uno. Responde a quien escribe y abre un caso para cada estudiante, o pide los datos con «Pedir los datos» si es uno solo.`,
  no_writer: `${NOT_ANSWERED}el mensaje parece generado por un sistema: nadie saluda, pregunta ni habla en primera persona, o lo envía un programa (un escáner, el chat o el blog de un sitio) que sólo pasa las palabras de otra persona, y la respuesta le llegaría al programa. Puede ser un aviso, un escaneo o un recordatorio automático. ${IF_A_PERSON}`,
};

export function applyMessage(input: ApplyInput): ApplyResult {
  const { triage, message, now } = input;
  const events: TimelineEvent[] = [];
  const event = (kind: TimelineEvent['kind'], detail: Record<string, unknown> = {}) =>
    events.push({ at: now, kind, actor: 'system', detail });

  if (triage.decision === 'ignore') {
    const reason = triage.automatic.automatic ? triage.automatic.reason : 'ignored';
    if (!input.existing) return { outcome: 'ignore', case: null, created: false, reply: null, noReplyReason: reason, enqueueForStaff: false, events };
    const c = structuredClone(input.existing);
    recordInbound(c, message, now);
    event('message_in', { messageId: message.messageId, automatic: reason });
    return { outcome: 'ignore', case: c, created: false, reply: null, noReplyReason: reason, enqueueForStaff: false, events };
  }

  const reusable = input.existing && input.existing.status !== 'closed';
  const created = !reusable;
  const c: CaseRecord = reusable ? structuredClone(input.existing!) : newCase(input.newCaseId, message, now);
  const previous = c.status;
  recordInbound(c, message, now);
  event('message_in', { messageId: message.messageId, matchedBy: created ? null : input.matchedBy });
  if (!created && input.matchedBy === 'identifier' && message.replyAddress && !c.addresses.includes(message.replyAddress)) {
    addAttention(c, ATTENTION.merged);
    c.warnings = unique([...c.warnings, 'Mensaje de otra dirección con el mismo CURP, NSS o código: se unió a este caso.']);
    event('merged', { reason: 'same_identifier_other_address' });
  }
  if (message.replyAddress && !c.addresses.includes(message.replyAddress)) c.addresses.push(message.replyAddress);

  // Merge fields: a valid new value fills a gap; a different one is a conflict, never an overwrite.
  const { extraction } = triage;
  const troubled = new Set(extraction.problems.map((p) => p.field));
  const newConflicts: FieldName[] = [];
  const caseProblems: Problem[] = [];
  for (const field of FIELD_NAMES) {
    const value = extraction.fields[field];
    if (value === null || troubled.has(field)) continue;
    // An NSS sent after the CURP (its own message holds none to compare with): the case's CURP
    // tells a parent's NSS, as it would in one message.
    if (field === 'nss' && !c.fields.nss && c.fields.curp) {
      const birthYear = checkCurp(c.fields.curp.value, new Date(now)).info?.birthYear ?? null;
      const check = checkNss(value, birthYear, new Date(now));
      if (check.problems.length > 0) {
        caseProblems.push(...check.problems);
        continue;
      }
    }
    const source = extraction.sources[field] ?? 'body';
    const accepted = c.fields[field];
    if (!accepted) {
      c.fields[field] = { value, messageId: message.messageId ?? '', at: message.receivedAt, source };
      event('field_accepted', { field, source });
    } else if (!sameValue(field, accepted.value, value) && source !== 'sender') {
      const known = c.conflicts.some((x) => x.field === field && sameValue(field, x.offered, value));
      if (!known) {
        c.conflicts.push({ field, accepted: accepted.value, offered: value, messageId: message.messageId ?? '', at: message.receivedAt, askedAt: null });
        newConflicts.push(field);
        event('field_conflict', { field });
      }
    }
  }
  if (c.conflicts.length > 0) addAttention(c, ATTENTION.conflict);
  // Problems about a field already accepted are for staff, not a new question to the student.
  c.openProblems = [...extraction.problems, ...caseProblems].filter((p) => !c.fields[p.field]);
  if (extraction.nameParts && !c.nameParts) c.nameParts = extraction.nameParts;
  if (extraction.warnings.length > 0) {
    c.warnings = unique([...c.warnings, ...extraction.warnings]);
    addAttention(c, ATTENTION.crossCheck);
  }

  const complete = FIELD_NAMES.every((f) => c.fields[f] !== null);
  let kind: AutoReplyKind | null = null;
  let noReplyReason: string | null = null;
  let enqueueForStaff = false;

  if (previous === 'incomplete' || created) {
    if (complete) {
      c.status = 'queued';
      enqueueForStaff = true;
      kind = 'acknowledged';
    } else {
      kind = 'incomplete';
    }
  } else if (previous === 'queued' || previous === 'claimed') {
    c.followUpsWhileQueued += 1;
    if (c.followUpsWhileQueued >= 2) addAttention(c, ATTENTION.repeatedFollowUps);
    kind = 'status';
  } else if (previous === 'resolved') {
    c.status = 'queued';
    c.resolvedAt = null;
    c.resolvedBy = null;
    addAttention(c, ATTENTION.reopened);
    enqueueForStaff = true;
    kind = 'status';
  }
  if (newConflicts.length > 0) kind = 'conflict';
  if (c.status !== previous || created) event('status_changed', { from: created ? null : previous, to: c.status });

  const statusTo = message.replyAddress?.toLowerCase() ?? '';
  const lastStatusToThem = c.statusRepliesTo ? c.statusRepliesTo[statusTo] : c.lastStatusReplyAt;
  if (kind === 'status' && lastStatusToThem && Date.parse(now) - Date.parse(lastStatusToThem) < DAY_MS) {
    noReplyReason = 'status_reply_sent_today';
    kind = null;
  }
  // A first message nothing places (hold.ts) waits for staff; so does the next one of the same kind
  // while staff have not looked (a utility sends its bill every month). Staff clear the mark.
  if (kind && triage.hold && (created || c.attention.includes(ATTENTION.held))) {
    noReplyReason = `held_${triage.hold}`;
    kind = null;
    addAttention(c, ATTENTION.held);
    c.warnings = unique([...c.warnings, HELD_WARNINGS[triage.hold]]);
    if (c.status === 'incomplete') enqueueForStaff = true;
  }
  if (kind && !message.replyAddress) {
    noReplyReason = 'no_reply_address';
    kind = null;
    // No reply can ever reach this student: staff must see it rather than wait for an answer.
    addAttention(c, ATTENTION.noReplyAddress);
    if (c.status === 'incomplete') enqueueForStaff = true;
  }
  if (kind && input.repliesToAddressLast24h >= input.maxRepliesPerDay) {
    noReplyReason = 'reply_limit_reached';
    kind = null;
    addAttention(c, ATTENTION.rateLimited);
    if (c.status === 'incomplete') enqueueForStaff = true;
  }
  if (kind === 'status') {
    c.lastStatusReplyAt = now;
    c.statusRepliesTo = { ...c.statusRepliesTo, [statusTo]: now };
  }
  if (kind === 'conflict') for (const x of c.conflicts) if (!x.askedAt) x.askedAt = now;
  if (!kind && noReplyReason) event('reply_suppressed', { reason: noReplyReason });

  c.updatedAt = now;
  const outcome: Outcome = c.status === 'incomplete' ? 'incomplete' : 'complete';
  const reply = kind && message.replyAddress ? { kind, to: message.replyAddress } : null;
  return { outcome, case: c, created, reply, noReplyReason, enqueueForStaff, events };
}

function newCase(id: string, message: InboundFacts, now: string): CaseRecord {
  return {
    id,
    status: 'incomplete',
    replyAddress: message.replyAddress ?? '',
    addresses: [],
    fields: emptyFields(),
    nameParts: null,
    openProblems: [],
    conflicts: [],
    warnings: [],
    attention: [],
    messageIds: [],
    lastInbound: null,
    inboundCount: 0,
    followUpsWhileQueued: 0,
    lastStatusReplyAt: null,
    statusRepliesTo: {},
    firstMessageAt: message.receivedAt,
    createdAt: now,
    updatedAt: now,
    claim: null,
    resolvedAt: null,
    resolvedBy: null,
  };
}

function recordInbound(c: CaseRecord, message: InboundFacts, now: string): void {
  if (message.messageId && !c.messageIds.includes(message.messageId)) c.messageIds.push(message.messageId);
  c.lastInbound = { messageId: message.messageId, references: message.references, subject: message.subject };
  c.inboundCount += 1;
  if (message.replyAddress) c.replyAddress = message.replyAddress;
  c.updatedAt = now;
}

function addAttention(c: CaseRecord, a: Attention): void {
  if (!c.attention.includes(a)) c.attention.push(a);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Values compare without case, accents and spacing for names; exactly otherwise. */
function sameValue(field: FieldName, a: string, b: string): boolean {
  if (field !== 'fullName') return a.toUpperCase() === b.toUpperCase();
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toUpperCase();
  return fold(a) === fold(b);
}

export { isOpen };
