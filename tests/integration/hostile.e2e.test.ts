// The hostile corpus end to end: every message delivered over LMTP into Dovecot while a worker
// runs (in process) against real Redis, Dovecot and the SMTP relay. Each one must end in a
// Triage folder, exactly once, in bounded time, with the worker still answering afterwards; and no
// reply may carry an injected header or reach an address other than the one it was meant for.
import { randomUUID } from 'node:crypto';
import addressparser from 'nodemailer/lib/addressparser/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '../../src/dev/local-stack.js';
import { deliverLmtp, listMessages, waitFor } from '../../src/dev/mail-helpers.js';
import { demoConfig } from '../../src/cli/demo.js';
import { startWorker } from '../../src/cli/worker.js';
import { createLogger } from '../../src/logger.js';
import type { Config } from '../../src/config/index.js';
import type { Pipeline } from '../../src/queue/pipeline.js';
import { messageKeyOf } from '../../src/queue/queues.js';
import { DESK, INJECTED_MARKER, loadHostileCorpus } from '../support/hostile-corpus.js';
import { OUTCOME_FOLDERS, completeMessage, countReplies, folderMessageIds, folderCounts, headerBlock, inboundRecords, printFigures, triagedTotal, waitTriaged } from '../support/batch.js';

let stack: LocalStack;
let config: Config;
let worker: Pipeline;
const prefix = `h${randomUUID().slice(0, 8)}`;

const REPLY_HEADERS = ['auto-submitted', 'x-auto-response-suppress', 'from', 'to', 'in-reply-to', 'references', 'subject', 'message-id', 'date', 'mime-version', 'content-type', 'content-transfer-encoding'];

async function replyStatuses(p: Pipeline, status: string): Promise<number> {
  const keys = await p.redis.keys(p.keys.reply('*'));
  const statuses = await Promise.all(keys.map((k) => p.redis.hget(k, 'status')));
  return statuses.filter((s) => s === status).length;
}

beforeAll(async () => {
  stack = await startLocalStack();
  config = demoConfig(stack, { REDIS_PREFIX: prefix, IMAP_POLL_SECONDS: '5', LOG_LEVEL: 'silent', AUTH_RESULTS_TRUSTED_HOSTS: 'mx.udg.mx' });
  worker = await startWorker(config, createLogger('silent'));
});

afterAll(async () => {
  await worker?.stop(10_000);
  await stack?.stop();
});

describe('hostile mail on the real stack', () => {
  it('triages every hostile message once, keeps running, and never sends an injected header or recipient', async () => {
    const corpus = loadHostileCorpus();
    const t0 = Date.now();
    const refusedByLmtp: string[] = [];
    for (const m of corpus) {
      try {
        await deliverLmtp(stack, { from: `hostil@test.invalid`, to: DESK, raw: m.raw });
      } catch {
        refusedByLmtp.push(m.name); // the MTA's choice, not ours: not in the mailbox, not counted
      }
    }
    const delivered = corpus.length - refusedByLmtp.length;
    const counts = await waitTriaged(stack, delivered, 240_000);
    const seconds = (Date.now() - t0) / 1000;

    expect(counts.INBOX).toBe(0);
    expect(triagedTotal(counts)).toBe(delivered);
    // Exactly once: one inbound record per message, every one finished.
    // (The filer marks a record done right after its MOVE: the inbox can be empty a moment before.)
    const records = await waitFor(async () => {
      const r = await inboundRecords(worker.redis, prefix);
      return r.every((x) => x.state === 'done') ? r : null;
    }, { timeoutMs: 10_000, what: 'every inbound record done' });
    expect(records.length).toBe(delivered);

    // Unreadable or too big: the staff's Errores lane. The desk's own address: ignored.
    const errores = await folderMessageIds(stack, 'Triage.Errores');
    for (const name of ['attachment-25mb', 'many-attachments', 'nested-2000', 'header-1mb-folded', 'header-1mb-unfolded', 'headers-20000']) {
      expect(errores, name).toContain(`hostile-${name}@test.invalid`);
    }
    expect(await folderMessageIds(stack, 'Triage.Ignorados')).toContain('hostile-forged-desk-from@test.invalid');

    // An institutional From that failed DMARC at our (trusted) server: flagged on its case.
    const spoofed = await worker.redis.hgetall(worker.keys.inbound(messageKeyOf('hostile-forged-dmarc-fail@test.invalid')));
    const spoofedCase = await worker.store.get(spoofed.caseId!);
    expect(spoofedCase?.warnings.some((w) => /suplantación/.test(w))).toBe(true);
    expect(spoofedCase?.attention).toContain('cross_check');

    // Let any reply still queued go out before inspecting what the relay got.
    await waitFor(async () => (await worker.replies.getJobCounts('waiting', 'active', 'delayed')).waiting === 0, { timeoutMs: 30_000, what: 'reply queue drained' });
    await new Promise((r) => setTimeout(r, 2000));
    const replies = stack.smtp.delivered;
    let onlyDeskCopy = 0;
    for (const r of replies) {
      const head = headerBlock(r.raw);
      // The envelope: at most one student, plus the desk's own blind copy (SENT_COPY=bcc), nothing
      // else. (A student address the relay refuses leaves only the desk copy; that reply is failed.)
      const students = r.to.filter((a) => a.toLowerCase() !== DESK);
      expect(students.length).toBeLessThanOrEqual(1);
      expect(r.to.length).toBeLessThanOrEqual(2);
      expect(students).not.toContain(INJECTED_MARKER);
      if (students.length === 0) onlyDeskCopy += 1;
      expect(head).not.toMatch(/^(bcc|cc|x-injected):/im);
      // The To header names exactly one address, never the marker; no other header mentions it.
      const toHeader = /^to:(.*(?:\r?\n[ \t].*)*)/im.exec(head)?.[1] ?? '';
      const toAddresses = (addressparser(toHeader, { flatten: true }) as { address: string }[]).map((a) => a.address);
      expect(toAddresses).toHaveLength(1);
      expect(toAddresses).not.toContain(INJECTED_MARKER);
      // Only the headers the sender writes: a hostile value (Subject, name, ids) never opens a new one.
      const names = head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/).map((l) => l.slice(0, l.indexOf(':')).toLowerCase());
      for (const n of names) expect(REPLY_HEADERS).toContain(n);
      expect(names.filter((n) => n === 'to' || n === 'subject')).toHaveLength(2);
    }
    expect(await listMessages(stack, INJECTED_MARKER)).toHaveLength(0);
    // Replies that did not reach a student are failed and shown to staff, never "sent".
    const failed = await replyStatuses(worker, 'failed');
    expect(failed).toBeGreaterThanOrEqual(onlyDeskCopy);

    // Still running: a normal message is answered.
    const ok = await completeMessage('ana');
    await deliverLmtp(stack, { from: ok.from, to: DESK, raw: ok.raw });
    await waitFor(() => countReplies(stack.smtp.delivered, [ok]).delivered === 1, { timeoutMs: 30_000, what: 'normal mail answered after the hostile batch' });

    const byFolder = OUTCOME_FOLDERS.map((f) => `${f.split('.').pop()} ${counts[f] ?? 0}`).join(', ');
    console.log(`hostile e2e: ${corpus.length} messages, ${refusedByLmtp.length} refused by LMTP (${refusedByLmtp.join(', ') || 'none'}), ${byFolder}; ${replies.length} replies, all single-recipient and clean (${onlyDeskCopy} reached only the desk copy: student address refused, ${failed} replies failed); ${seconds.toFixed(1)} s`);
    printFigures({ test: 'hostile corpus (e2e)', messagesIn: delivered, triaged: records.length, repliesExpected: replies.length, repliesDelivered: replies.length, repliesDuplicated: 0, seconds, note: byFolder });
    const perMessage = await folderCounts(stack);
    expect(triagedTotal(perMessage)).toBe(delivered + 1);
  });
});
