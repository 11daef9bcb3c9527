// Helpers for the batch tests on the real stack (hostile, faults, privacy): deliver a batch of
// student mail, wait until it is all triaged, and count what happened — inbound records, folders,
// replies at the SMTP relay per In-Reply-To — as figures a test prints and asserts on.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { LocalStack } from '../../src/dev/local-stack.js';
import { composeMessage, deliverLmtp, listFolders, connectImap, waitFor } from '../../src/dev/mail-helpers.js';
import { createKeys } from '../../src/queue/keys.js';
import { SAMPLE_STUDENTS } from '../../src/dev/sample-mail.js';

export const DESK = 'imss@udg.mx';

export interface BatchMessage {
  messageId: string; // without brackets
  from: string;
  raw: Buffer;
  /** A reply is expected (not automatic mail). */
  expectsReply: boolean;
}

/**
 * `n` messages from `n` distinct students, each incomplete (so each gets exactly one reply:
 * distinct senders and no identifiers shared, so no two land on one case); every fifth is an
 * out-of-office (no reply).
 */
export async function studentBatch(n: number, tag = randomUUID().slice(0, 6), options: { padKb?: number } = {}): Promise<BatchMessage[]> {
  const out: BatchMessage[] = [];
  for (let i = 0; i < n; i++) {
    const from = `alumno${i}.${tag}@alumnos.udg.mx`;
    const messageId = `batch-${tag}-${i}@mail.example.com`;
    const ooo = i % 5 === 4;
    if (options.padKb && !ooo) {
      out.push({ messageId, from, raw: paddedMessage(i, from, messageId, options.padKb), expectsReply: true });
      continue;
    }
    const raw = await composeMessage({
      from: `Alumno ${i} <${from}>`,
      to: DESK,
      subject: ooo ? 'Respuesta automática: fuera de la oficina' : `alta imss ${i}`,
      text: ooo ? 'Estoy fuera de la oficina.' : `hola, necesito el alta.\n\nnombre: Alumno Número ${i}\n\ngracias`,
      messageId: `<${messageId}>`,
      headers: ooo ? { 'Auto-Submitted': 'auto-replied' } : undefined,
    });
    out.push({ messageId, from, raw, expectsReply: !ooo });
  }
  return out;
}

/** An incomplete message with a `kb`-kilobyte photo attached (a FETCH that takes a while). */
function paddedMessage(i: number, from: string, messageId: string, kb: number): Buffer {
  const photo = Buffer.alloc(kb * 1024, i % 251).toString('base64').replace(/.{1,76}/g, '$&\r\n');
  return Buffer.from([
    `From: Alumno ${i} <${from}>`, `To: ${DESK}`, `Subject: alta imss ${i}`, `Message-ID: <${messageId}>`,
    'Date: Mon, 2 Mar 2026 10:00:00 -0600', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="p"', '',
    '--p', 'Content-Type: text/plain; charset=utf-8', '', `hola, necesito el alta.`, '', `nombre: Alumno Número ${i}`, '',
    '--p', 'Content-Type: image/jpeg; name="foto.jpg"', 'Content-Transfer-Encoding: base64', '', photo + '--p--', '',
  ].join('\r\n'));
}

/** A complete message of one of the sample students (acknowledged; carries a real CURP/NSS). */
export async function completeMessage(student: keyof typeof SAMPLE_STUDENTS, tag = randomUUID().slice(0, 6)): Promise<BatchMessage> {
  const s = SAMPLE_STUDENTS[student];
  const messageId = `complete-${student}-${tag}@mail.example.com`;
  const raw = await composeMessage({
    from: `${s.name} <${s.email}>`,
    to: DESK,
    subject: 'Alta IMSS',
    text: `Buenas tardes\n\nNombre completo: ${s.name}\nCódigo de estudiante: ${s.code}\nNSS: ${s.nss}\nCURP: ${s.curp}\nCorreo UDG: ${s.email}\n\nGracias`,
    messageId: `<${messageId}>`,
  });
  return { messageId, from: s.email, raw, expectsReply: true };
}

export async function deliverAll(stack: LocalStack, batch: readonly { from: string; raw: Buffer }[], concurrency = 4): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < batch.length) {
      const m = batch[next++]!;
      await deliverLmtp(stack, { from: m.from || 'nobody@test.invalid', to: DESK, raw: m.raw });
    }
  }));
}

/** Message counts per folder of the desk mailbox (STATUS, no message read). */
export async function folderCounts(stack: LocalStack, user = DESK): Promise<Record<string, number>> {
  const client = await connectImap(stack, user);
  try {
    const counts: Record<string, number> = {};
    for (const f of await client.list()) {
      const st = await client.status(f.path, { messages: true });
      counts[f.path] = st ? st.messages ?? 0 : 0;
    }
    return counts;
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/** The outcome folders of the default config (Dovecot's delimiter "."). */
export const OUTCOME_FOLDERS = ['Triage.Completos', 'Triage.Incompletos', 'Triage.Ignorados', 'Triage.Errores'] as const;

/** Messages in the outcome folders (not INBOX, not any other folder such as a Sent copy). */
/** Message-IDs (brackets removed) in a folder, read from the envelope: no MIME parsing. */
export async function folderMessageIds(stack: LocalStack, folder: string, user = DESK): Promise<string[]> {
  const client = await connectImap(stack, user);
  try {
    const box = await client.mailboxOpen(folder, { readOnly: true });
    if (box.exists === 0) return [];
    const ids: string[] = [];
    for await (const m of client.fetch('1:*', { envelope: true })) ids.push((m.envelope?.messageId ?? '').replace(/^<|>$/g, ''));
    return ids;
  } finally {
    await client.logout().catch(() => client.close());
  }
}

export function triagedTotal(counts: Record<string, number>): number {
  return OUTCOME_FOLDERS.reduce((s, f) => s + (counts[f] ?? 0), 0);
}

/** Every inbound record (HASH) under the prefix: the exactly-once ledger. */
export async function inboundRecords(redis: Redis, prefix: string): Promise<Record<string, string>[]> {
  const keys = createKeys(prefix);
  const pattern = keys.inbound('*');
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    found.push(...batch);
  } while (cursor !== '0');
  const records = await Promise.all(found.map((k) => redis.hgetall(k)));
  return records;
}

/** Waits until the INBOX is empty and `n` messages sit in Triage folders. */
export async function waitTriaged(stack: LocalStack, n: number, timeoutMs = 120_000): Promise<Record<string, number>> {
  return waitFor(async () => {
    const c = await folderCounts(stack);
    return c.INBOX === 0 && triagedTotal(c) >= n ? c : null;
  }, { timeoutMs, intervalMs: 500, what: `${n} messages triaged and the inbox empty` });
}

export interface ReplyCount {
  expected: number;
  delivered: number;
  duplicated: number;
  missing: string[];
}

const stripBrackets = (s: string) => s.trim().replace(/^<|>$/g, '');

/** In-Reply-To of a raw message (unfolded, brackets removed). */
export function inReplyToOf(raw: Buffer): string | null {
  const head = headerBlock(raw).replace(/\r?\n[ \t]+/g, ' ');
  const m = /^in-reply-to:[ \t]*(.*)$/im.exec(head);
  return m?.[1] ? stripBrackets(m[1]) : null;
}

export function headerBlock(raw: Buffer): string {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}

/** Replies at the relay per In-Reply-To against the batch: expected, delivered, duplicated. */
export function countReplies(delivered: readonly { raw: Buffer; to?: readonly string[] }[], batch: readonly BatchMessage[]): ReplyCount {
  const per = new Map<string, number>();
  for (const d of delivered) {
    // The desk's own blind copy alone (the student's address refused) did not reach the student.
    if (d.to && !d.to.some((a) => a.toLowerCase() !== DESK)) continue;
    const irt = inReplyToOf(d.raw);
    if (irt) per.set(irt, (per.get(irt) ?? 0) + 1);
  }
  const expectedIds = batch.filter((m) => m.expectsReply).map((m) => m.messageId);
  let got = 0;
  let dup = 0;
  const missing: string[] = [];
  for (const id of expectedIds) {
    const n = per.get(id) ?? 0;
    if (n === 0) missing.push(id);
    got += Math.min(n, 1);
    dup += Math.max(0, n - 1);
  }
  // A reply to a message that should not have been answered counts as a duplicate too.
  for (const m of batch.filter((b) => !b.expectsReply)) dup += per.get(m.messageId) ?? 0;
  return { expected: expectedIds.length, delivered: got, duplicated: dup, missing };
}

export interface Figures {
  test: string;
  messagesIn: number;
  triaged: number;
  repliesExpected: number;
  repliesDelivered: number;
  repliesDuplicated: number;
  seconds: number;
  note?: string;
}

/** One line a test prints; docs/reliability.md collects them. */
export function printFigures(f: Figures): void {
  console.log(`FIGURES ${JSON.stringify(f)}`);
  console.log(`| ${f.test} | ${f.messagesIn} | ${f.triaged} | ${f.repliesExpected} | ${f.repliesDelivered} | ${f.repliesDuplicated} | ${f.seconds.toFixed(1)} | ${f.note ?? ''} |`);
}
