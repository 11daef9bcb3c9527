// Renders every reply kind with invented sample data to <kind>.txt and <kind>.html, so people can
// read the replies without sending mail. The CLI calls renderAllPreviews(outDir).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeProblem } from '../extract/problems.js';
import { DEFAULT_DESK_CONTACT, type DeskContact } from './desk-contact.js';
import { ALL_REPLY_KINDS, type ReplyData, type ReplyDataByKind, type ReplyKind } from './reply-kinds.js';
import { renderReply } from './render-reply.js';

/** Invented sample data for each kind (no real person). */
export function sampleReplyData(contact: DeskContact = DEFAULT_DESK_CONTACT): ReplyDataByKind {
  const base = { contact, originalSubject: 'Alta IMSS', studentName: 'Lucía Pérez García' };
  const folio = 'IMSS-2026-000123';
  const received = {
    fullName: 'Lucía Pérez García',
    studentCode: '217758497',
    nss: '53987417457',
    curp: 'PEGL890909MJCRMS08',
    institutionalEmail: 'lucia.perez1234@alumnos.udg.mx',
  };
  return {
    incomplete: {
      ...base,
      missing: ['nss', 'institutionalEmail'],
      problems: [makeProblem('curp_check_digit', { value: 'PEGL890909MJCRMS09' })],
      received: { fullName: received.fullName, studentCode: received.studentCode, curp: 'PEGL890909MJCRMS09' },
    },
    acknowledged: { ...base, folio, received },
    status: { ...base, originalSubject: '¿Ya quedó mi alta?', folio },
    resolved: { ...base, originalSubject: `Re: Alta IMSS [${folio}]`, folio, note: null },
    correction: { ...base, folio, fields: ['nss'], received: { nss: received.nss }, note: 'El NSS que nos enviaste corresponde a otra persona. Por favor envía el tuyo.' },
    referral: { ...base, folio },
    rejected: { ...base, folio },
    conflict: { ...base, folio, conflicts: [{ field: 'curp', accepted: received.curp, proposed: 'PEGL890909MJCRMS17' }] },
  };
}

/** Writes <kind>.txt and <kind>.html (plus the subject on the first line of the .txt) for every kind. */
export async function renderAllPreviews(outDir: string, templatesDir?: string, contact: DeskContact = DEFAULT_DESK_CONTACT): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const samples = sampleReplyData(contact);
  const written: string[] = [];
  for (const kind of ALL_REPLY_KINDS) {
    const reply = renderReply<ReplyKind>(kind, samples[kind] as ReplyData, templatesDir);
    const text = join(outDir, `${kind}.txt`);
    const html = join(outDir, `${kind}.html`);
    await writeFile(text, `Asunto: ${reply.subject}\n\n${reply.text}`, 'utf8');
    await writeFile(html, reply.html, 'utf8');
    written.push(text, html);
  }
  return written;
}
