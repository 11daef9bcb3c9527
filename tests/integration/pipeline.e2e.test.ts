// End to end on real servers: mail delivered over LMTP into Dovecot, the worker replying through
// a real SMTP relay (AUTH) that delivers into the students' Dovecot mailboxes, read back over IMAP.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '../../src/dev/local-stack.js';
import { composeMessage, deliverLmtp, listFolders, listMessages, waitFor } from '../../src/dev/mail-helpers.js';
import { SAMPLE_STUDENTS } from '../../src/dev/sample-mail.js';
import { demoConfig } from '../../src/cli/demo.js';
import { startWorker } from '../../src/cli/worker.js';
import { createLogger } from '../../src/logger.js';
import type { Config } from '../../src/config/index.js';
import type { Pipeline } from '../../src/queue/pipeline.js';

const DESK = 'imss@udg.mx';
let stack: LocalStack;
let config: Config;
let worker: Pipeline | null = null;
const log = createLogger('silent');

async function start(): Promise<Pipeline> {
  worker = await startWorker(config, log);
  return worker;
}
async function stop(): Promise<void> {
  await worker?.stop(10_000);
  worker = null;
}

const uniqueAddress = (name: string) => `${name}.${randomUUID().slice(0, 8)}@alumnos.udg.mx`;

async function send(opts: { from: string; subject: string; text: string; headers?: Record<string, string>; messageId?: string }): Promise<string> {
  const messageId = opts.messageId ?? `<${randomUUID()}@mail.example.com>`;
  const raw = await composeMessage({ from: opts.from, to: DESK, subject: opts.subject, text: opts.text, messageId, headers: opts.headers });
  await deliverLmtp(stack, { from: opts.from, to: DESK, raw });
  return messageId;
}

async function folderCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const f of await listFolders(stack, DESK)) counts[f.path] = (await listMessages(stack, DESK, f.path)).length;
  return counts;
}

beforeAll(async () => {
  stack = await startLocalStack();
  // A slow poll: anything answered within seconds was seen through IDLE.
  config = demoConfig(stack, { REDIS_PREFIX: `t${randomUUID().slice(0, 8)}`, IMAP_POLL_SECONDS: '300', LOG_LEVEL: 'silent' });
  await start();
});

afterAll(async () => {
  await stop();
  await stack?.stop();
});

describe('the pipeline on real Dovecot, Redis and SMTP', () => {
  const irene = SAMPLE_STUDENTS.irene;
  const diegoAddress = uniqueAddress('diego');
  const oooAddress = uniqueAddress('ausente');
  let incompleteId = '';
  let completeId = '';

  it('answers an incomplete email once, threaded, naming what is missing', async () => {
    incompleteId = await send({
      from: `Diego Hernández <${diegoAddress}>`,
      subject: 'alta imss',
      text: `hola buen dia\n\nnombre: ${SAMPLE_STUDENTS.diego.name}\ncodigo: ${SAMPLE_STUDENTS.diego.code}\n\ngracias`,
    });
    const [reply] = await waitFor(async () => {
      const got = await listMessages(stack, diegoAddress);
      return got.length > 0 ? got : null;
    }, { timeoutMs: 20_000, what: 'reply to the incomplete email' });
    expect(reply!.inReplyTo).toBe(incompleteId);
    expect(reply!.references).toContain(incompleteId);
    expect(reply!.subject).toMatch(/^Re: alta imss/);
    expect(reply!.headers['auto-submitted']).toBe('auto-replied');
    expect(reply!.from).toBe(DESK);
    expect(reply!.text).toMatch(/CURP/);
    expect(reply!.text).toMatch(/Seguridad Social|NSS/);
    expect(reply!.text).toMatch(/correo institucional|Correo UDG/i);
  });

  it('acknowledges a complete email with a folio and puts it in the staff queue', async () => {
    completeId = await send({
      from: `${irene.name} <${irene.email}>`,
      subject: 'No tengo vigencia',
      text: `Buenas tardes\n\nNombre completo: ${irene.name}\nCódigo de estudiante: ${irene.code}\nNSS: ${irene.nss}\nCURP: ${irene.curp}\nCorreo UDG: ${irene.email}\n\nGracias`,
    });
    const [ack] = await waitFor(async () => {
      const got = await listMessages(stack, irene.email);
      return got.length > 0 ? got : null;
    }, { timeoutMs: 20_000, what: 'acknowledgement' });
    expect(ack!.inReplyTo).toBe(completeId);
    const folio = /IMSS-\d{4}-\d{6}/.exec(ack!.subject + ack!.text)?.[0];
    expect(folio).toBeTruthy();
    const queued = await worker!.store.queuedCaseIds();
    expect(queued).toContain(folio);
    const c = await worker!.store.get(folio!);
    expect(c?.fields.curp?.value).toBe(irene.curp);
    expect(c?.status).toBe('queued');
  });

  it('never answers an out-of-office message', async () => {
    await send({
      from: `Ausente <${oooAddress}>`,
      subject: 'Respuesta automática: Fuera de la oficina',
      text: 'Estoy fuera de la oficina.',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    await waitFor(async () => (await folderCounts())['Triage.Ignorados'] === 1, { timeoutMs: 20_000, what: 'OOO filed as ignored' });
    expect(await listMessages(stack, oooAddress)).toHaveLength(0);
  });

  it('files each processed message in its outcome folder and empties the inbox', async () => {
    const counts = await waitFor(async () => {
      const c = await folderCounts();
      return c.INBOX === 0 ? c : null;
    }, { timeoutMs: 20_000, what: 'inbox empty' });
    expect(counts['Triage.Completos']).toBe(1);
    expect(counts['Triage.Incompletos']).toBe(1);
    expect(counts['Triage.Ignorados']).toBe(1);
    // The desk's blind copy of each of the two replies: the proof of what was sent.
    expect(counts['Triage.Enviados']).toBe(2);
    // Each copy was recognised by its Message-ID and marked on its reply record (the proof an
    // interrupted send consults before sending again).
    const replyKeys = await worker!.redis.keys(worker!.keys.reply('*'));
    expect(replyKeys).toHaveLength(2);
    for (const key of replyKeys) expect(await worker!.redis.hget(key, 'copySeenAt')).toBeTruthy();
  });

  it('reprocesses nothing and resends nothing after a restart, and handles mail that came while stopped', async () => {
    const before = stack.smtp.acceptedCount;
    const casesBefore = await worker!.redis.zcard(worker!.keys.allCases());
    await stop();
    const lateAddress = uniqueAddress('tarde');
    const lateId = await send({ from: lateAddress, subject: 'IMSS', text: `Mi CURP es ${SAMPLE_STUDENTS.luis.curp}` });
    await start();
    const [late] = await waitFor(async () => {
      const got = await listMessages(stack, lateAddress);
      return got.length > 0 ? got : null;
    }, { timeoutMs: 20_000, what: 'reply to mail that arrived while stopped' });
    expect(late!.inReplyTo).toBe(lateId);
    // Give a duplicate every chance to show up before counting.
    await new Promise((r) => setTimeout(r, 1500));
    expect(stack.smtp.acceptedCount).toBe(before + 1);
    expect(await worker!.redis.zcard(worker!.keys.allCases())).toBe(casesBefore + 1);
    expect(await listMessages(stack, diegoAddress)).toHaveLength(1);
    expect(await listMessages(stack, irene.email)).toHaveLength(1);
  });

  it('answers mail that arrives while it runs within seconds (IDLE, not the 300 s poll)', async () => {
    const address = uniqueAddress('idle');
    const t0 = Date.now();
    await send({ from: address, subject: 'seguro', text: `Mi código es ${SAMPLE_STUDENTS.majo.code}` });
    await waitFor(async () => (await listMessages(stack, address)).length > 0, { timeoutMs: 10_000, intervalMs: 25, what: 'live reply' });
    const ms = Date.now() - t0;
    console.log(`live reply: delivered → reply in the student's mailbox in ${ms} ms`);
    expect(ms).toBeLessThan(10_000);
  });
});
