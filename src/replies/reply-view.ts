// Builds the object a template sees from ReplyData. Pure.
//
// Every key is always present (null or [] when empty), so Handlebars' strict mode can turn a
// misspelt variable in a template into an error. Message-derived values are cleaned of control
// characters and identifiers are masked here; the templates never see a raw CURP or NSS.
import { FIELD_NAMES, type FieldName, type Problem } from '../extract/types.js';
import type { DeskContact } from './desk-contact.js';
import { fieldLabel } from './field-labels.js';
import { maskIdentifiersIn, maskValue } from './mask-value.js';
import type { ReplyBase, ReplyKind } from './reply-kinds.js';
import { replySubject } from './reply-subject.js';
import { cleanLine, cleanLines } from './sanitize.js';

/** Public pages named in the student guide. */
export const REPLY_LINKS = Object.freeze({
  imssDigital: 'https://www.imss.gob.mx/imssdigital',
  curp: 'https://www.gob.mx/curp/',
  subdelegaciones: 'https://www.imss.gob.mx/directorio/?page=296',
});

type HelpFlags = Record<FieldName, boolean> & { any: boolean };

export interface ReplyView {
  kind: ReplyKind;
  subject: string;
  studentName: string | null;
  folio: string | null;
  missing: { label: string }[];
  problems: { label: string; message: string; received: string | null }[];
  /** Every received value, masked, in field order. */
  received: { label: string; value: string }[];
  /** Received values that are neither missing nor have a problem, masked. */
  accepted: { label: string; value: string }[];
  /** Fields staff ask for (correction); `sent` when the student had given a value for it. */
  fields: { label: string; sent: boolean }[];
  /** Every field asked for had been sent (only a correction), or none had (only a request). */
  fieldsAllSent: boolean;
  fieldsNoneSent: boolean;
  conflicts: { label: string; accepted: string; proposed: string }[];
  noteLines: string[];
  help: HelpFlags;
  contact: { office: string; university: string; addressLines: string[]; phones: string; extensions: string; hours: string; email: string; web: string };
  links: typeof REPLY_LINKS;
}

export class ReplyDataError extends Error {
  constructor(readonly kind: ReplyKind, readonly missingKeys: string[]) {
    super(`reply "${kind}" needs ${missingKeys.join(', ')}`);
    this.name = 'ReplyDataError';
  }
}

export function buildReplyView(kind: ReplyKind, data: ReplyBase): ReplyView {
  const folio = data.folio ? cleanLine(data.folio, 40) : null;
  const missingFields = unique([...(data.missing ?? []), ...(data.problems ?? []).filter((p) => p.code === 'missing').map((p) => p.field)]);
  const problems = (data.problems ?? []).filter((p) => p.code !== 'missing' && !missingFields.includes(p.field));
  const fields = unique(data.fields ?? []);
  const conflicts = data.conflicts ?? [];

  requireData(kind, { folio, missingFields, problems, fields, conflicts, contact: data.contact });

  const received = data.received ?? {};
  const helpFields = kind === 'incomplete' ? [...missingFields, ...problems.map((p) => p.field)] : kind === 'correction' ? fields : [];
  return {
    kind,
    subject: replySubject(data.originalSubject, folio),
    studentName: data.studentName ? cleanLine(data.studentName, 80) || null : null,
    folio,
    missing: missingFields.map((f) => ({ label: fieldLabel(f, true) })),
    problems: problems.map((p) => problemView(p, received)),
    received: maskedList(received, () => true),
    accepted: maskedList(received, (f) => !missingFields.includes(f) && !problems.some((p) => p.field === f)),
    fields: fields.map((f) => ({ label: fieldLabel(f, true), sent: !!received[f] })),
    fieldsAllSent: fields.every((f) => !!received[f]),
    fieldsNoneSent: fields.every((f) => !received[f]),
    conflicts: conflicts.map((c) => ({ label: fieldLabel(c.field, true), accepted: maskValue(c.field, c.accepted), proposed: maskValue(c.field, c.proposed) })),
    noteLines: data.note ? cleanLines(data.note) : [],
    help: helpFlags(helpFields),
    contact: contactView(data.contact),
    links: REPLY_LINKS,
  };
}

/** The problem's own message with identifiers masked; the masked value only if the message lacks it. */
function problemView(p: Problem, received: Partial<Record<FieldName, string | null>>): ReplyView['problems'][number] {
  const message = maskIdentifiersIn(cleanLine(p.message, 400), received);
  const raw = received[p.field];
  const masked = raw ? maskValue(p.field, raw) : null;
  return { label: fieldLabel(p.field, true), message, received: masked && !message.includes(masked) ? masked : null };
}

function maskedList(received: Partial<Record<FieldName, string | null>>, keep: (f: FieldName) => boolean): ReplyView['received'] {
  return FIELD_NAMES.flatMap((f) => {
    const v = received[f];
    return v && keep(f) ? [{ label: fieldLabel(f, true), value: maskValue(f, v) }] : [];
  });
}

function helpFlags(fields: readonly FieldName[]): HelpFlags {
  const flags = Object.fromEntries(FIELD_NAMES.map((f) => [f, fields.includes(f)])) as Record<FieldName, boolean>;
  return { ...flags, any: fields.length > 0 };
}

function contactView(c: DeskContact): ReplyView['contact'] {
  return {
    office: cleanLine(c.office),
    university: cleanLine(c.university),
    addressLines: c.addressLines.map((l) => cleanLine(l)),
    phones: c.phones.map((p) => cleanLine(p)).join(', '),
    extensions: c.extensions.map((e) => cleanLine(e)).join(', '),
    hours: cleanLine(c.hours),
    email: cleanLine(c.email),
    web: cleanLine(c.web),
  };
}

interface Checked {
  folio: string | null;
  missingFields: FieldName[];
  problems: Problem[];
  fields: FieldName[];
  conflicts: readonly unknown[];
  contact: DeskContact | undefined;
}

/** The per-kind requirements of ReplyDataByKind, checked at run time for callers with a wide kind. */
function requireData(kind: ReplyKind, d: Checked): void {
  const lacking: string[] = [];
  if (!d.contact) lacking.push('contact');
  const needsFolio = kind !== 'incomplete' && kind !== 'conflict';
  if (needsFolio && !d.folio) lacking.push('folio');
  if (kind === 'incomplete' && d.missingFields.length === 0 && d.problems.length === 0) lacking.push('missing or problems');
  if (kind === 'correction' && d.fields.length === 0) lacking.push('fields');
  if (kind === 'conflict' && d.conflicts.length === 0) lacking.push('conflicts');
  if (lacking.length > 0) throw new ReplyDataError(kind, lacking);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
