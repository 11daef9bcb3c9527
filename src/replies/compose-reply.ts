// Builds the data of an automatic reply from the case and the triaged message, and renders it.
// Pure apart from reading the template files once.
import { resolve } from 'node:path';
import type { Config } from '../config/index.js';
import { FIELD_NAMES, type FieldName } from '../extract/types.js';
import type { AutoReplyKind } from '../triage/apply-message.js';
import type { CaseRecord } from '../triage/case-model.js';
import type { MessageTriage } from '../triage/triage-message.js';
import { DEFAULT_DESK_CONTACT, withDeskContact, type DeskContact } from './desk-contact.js';
import type { ReplyBase, RenderedReply } from './reply-kinds.js';
import { renderReply } from './render-reply.js';

export function autoReplyData(kind: AutoReplyKind, c: CaseRecord, triage: MessageTriage, contact: DeskContact): ReplyBase & { folio: string } {
  const received: Partial<Record<FieldName, string>> = {};
  for (const f of FIELD_NAMES) {
    const v = c.fields[f]?.value ?? triage.extraction.fields[f];
    if (v) received[f] = v;
  }
  const missing = FIELD_NAMES.filter((f) => !c.fields[f] && !c.openProblems.some((p) => p.field === f));
  return {
    contact,
    originalSubject: c.lastInbound?.subject ?? '',
    folio: c.id,
    studentName: c.nameParts?.givenNames ?? c.fields.fullName?.value ?? null,
    missing,
    problems: c.openProblems,
    received,
    conflicts: kind === 'conflict' ? c.conflicts.filter((x) => x.askedAt === c.updatedAt).map((x) => ({ field: x.field, accepted: x.accepted, proposed: x.offered })) : [],
  };
}

/** Desk contact and templates come from config (DESK_*, INSTITUTION_NAME, TEMPLATES_DIR) unless given. */
export function createAutoReplyRenderer(
  config: Pick<Config, 'mailFrom'> & Partial<Pick<Config, 'deskContact' | 'templatesDir'>>,
  contact: DeskContact = config.deskContact ? withDeskContact(config.deskContact) : DEFAULT_DESK_CONTACT,
  templatesDir: string | undefined = config.templatesDir ? resolve(config.templatesDir) : undefined,
) {
  return (kind: AutoReplyKind, c: CaseRecord, triage: MessageTriage): RenderedReply =>
    renderReply(kind, autoReplyData(kind, c, triage, contact) as never, templatesDir);
}
