// One fault scenario on its own real stack: a fresh Redis/Dovecot/SMTP relay, a worker in this
// process (or none: the SIGTERM test runs its own child), a batch of student mail, and the checks
// every fault test ends with — each message triaged exactly once, each expected reply delivered
// exactly once, nothing left in the INBOX — returned as figures.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { startLocalStack, type LocalStack } from '../../src/dev/local-stack.js';
import { waitFor } from '../../src/dev/mail-helpers.js';
import { demoConfig, demoEnv } from '../../src/cli/demo.js';
import { startWorker } from '../../src/cli/worker.js';
import { createLogger } from '../../src/logger.js';
import type { Config } from '../../src/config/index.js';
import type { Pipeline } from '../../src/queue/pipeline.js';
import { createKeys } from '../../src/queue/keys.js';
import { messageKeyOf } from '../../src/queue/queues.js';
import type { CaseRecord } from '../../src/triage/case-model.js';
import { Redis } from 'ioredis';
import { OUTCOME_FOLDERS, countReplies, folderCounts, printFigures, triagedTotal, type BatchMessage, type Figures } from './batch.js';

export interface Harness {
  stack: LocalStack;
  prefix: string;
  /** Env for the worker (demoConfig variables plus the scenario's). */
  env: Record<string, string>;
  config: Config;
  worker: Pipeline | null;
  startWorker(extra?: Record<string, string>): Promise<Pipeline>;
  stopWorker(timeoutMs?: number): Promise<void>;
  /** A Redis client of the test's own (survives the worker). */
  redis: Redis;
  close(): Promise<void>;
}

/** The env a worker needs for this stack, as the child-process worker reads it. */
export function stackEnv(stack: LocalStack, prefix: string, extra: Record<string, string> = {}): Record<string, string> {
  // The relay answers 250 only after delivery, so a desk copy is there at once: an uncertain send
  // needs no minute of grace before it is resent (as in tests/integration/crash.test.ts).
  return demoEnv(stack, { REDIS_PREFIX: prefix, IMAP_POLL_SECONDS: '5', LOG_LEVEL: 'silent', SENT_CHECK_GRACE_SECONDS: '2', ...extra });
}

export async function startHarness(extra: Record<string, string> = {}, options: { log?: (line: string) => void } = {}): Promise<Harness> {
  const stack = await startLocalStack({ log: options.log });
  const prefix = `f${randomUUID().slice(0, 8)}`;
  const env = stackEnv(stack, prefix, extra);
  const redis = new Redis(stack.redis.url, { maxRetriesPerRequest: null, lazyConnect: false });
  redis.on('error', () => undefined);
  const h: Harness = {
    stack,
    prefix,
    env,
    config: demoConfig(stack, env),
    worker: null,
    redis,
    async startWorker(more = {}) {
      h.config = demoConfig(stack, { ...env, ...more });
      h.worker = await startWorker(h.config, createLogger('silent'));
      return h.worker;
    },
    async stopWorker(timeoutMs = 10_000) {
      await h.worker?.stop(timeoutMs);
      h.worker = null;
    },
    async close() {
      await h.stopWorker().catch(() => undefined);
      redis.disconnect();
      await stack.stop();
    },
  };
  return h;
}

export interface Verified extends Figures {
  folders: Record<string, number>;
}

/**
 * Waits for the batch to be triaged and answered, then checks exactly-once on every layer:
 * one inbound record per message, finished, on a case that saw that message once; the outcome
 * folders hold exactly the batch; INBOX empty; each expected reply at the relay exactly once.
 */
export async function verifyBatch(h: Harness, batch: readonly BatchMessage[], test: string, t0: number, options: { timeoutMs?: number; note?: string; expectFailed?: string[]; /** Other messages delivered with the batch (filed, not checked one by one). */ extra?: number; /** Messages may share a case (same student). */ sharedCases?: boolean } = {}): Promise<Verified> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const failed = new Set(options.expectFailed ?? []);
  const expecting = batch.map((m) => ({ ...m, expectsReply: m.expectsReply && !failed.has(m.messageId) }));
  const folders = await waitFor(async () => {
    const c = await folderCounts(h.stack);
    return c.INBOX === 0 && triagedTotal(c) >= batch.length + (options.extra ?? 0) ? c : null;
  }, { timeoutMs, intervalMs: 500, what: `${batch.length} messages triaged, inbox empty` });
  await waitFor(() => countReplies(h.stack.smtp.delivered, expecting).missing.length === 0, { timeoutMs, intervalMs: 250, what: 'every expected reply delivered' }).catch(async (err: Error) => {
    throw new Error(`${err.message}\n${await explainMissing(h, countReplies(h.stack.smtp.delivered, expecting).missing)}`);
  });
  const seconds = (Date.now() - t0) / 1000;
  // Give a duplicate every chance to show up before counting.
  await new Promise((r) => setTimeout(r, 3000));
  const final = await folderCounts(h.stack);
  const replies = countReplies(h.stack.smtp.delivered, expecting);

  const keys = createKeys(h.prefix);
  let triaged = 0;
  for (const m of batch) {
    const rec = await h.redis.hgetall(keys.inbound(messageKeyOf(m.messageId)));
    expect(rec.state, `inbound record of ${m.messageId}`).toBe('done');
    triaged += 1;
    if (rec.caseId && !options.sharedCases) {
      const c = JSON.parse((await h.redis.get(keys.case(rec.caseId))) ?? 'null') as CaseRecord | null;
      expect(c?.inboundCount, `case of ${m.messageId} saw it once`).toBe(1);
    }
  }
  const figures: Verified = {
    test,
    messagesIn: batch.length,
    triaged,
    repliesExpected: replies.expected,
    repliesDelivered: replies.delivered,
    repliesDuplicated: replies.duplicated,
    seconds,
    note: options.note,
    folders: final,
  };
  printFigures(figures);
  expect(final.INBOX).toBe(0);
  expect(triagedTotal(final), `outcome folders ${OUTCOME_FOLDERS.map((f) => `${f}=${final[f] ?? 0}`).join(' ')}`).toBe(batch.length + (options.extra ?? 0));
  expect(replies.missing).toEqual([]);
  expect(replies.duplicated).toBe(0);
  return figures;
}

/** For each message still without its reply: its inbound record, and its case's timeline. */
async function explainMissing(h: Harness, missing: readonly string[]): Promise<string> {
  const keys = createKeys(h.prefix);
  const lines: string[] = [];
  for (const id of missing) {
    const rec = await h.redis.hgetall(keys.inbound(messageKeyOf(id)));
    lines.push(`no reply to ${id}: inbound ${JSON.stringify({ state: rec.state, caseId: rec.caseId, outcome: rec.outcome })}`);
    if (rec.caseId) for (const e of await h.redis.lrange(keys.timeline(rec.caseId), 0, -1)) lines.push(`  ${rec.caseId} ${e}`);
  }
  return lines.join('\n');
}

/** Resolves once at least `n` messages of the batch have left the INBOX for an outcome folder. */
export async function waitSomeTriaged(h: Harness, n: number, timeoutMs = 60_000): Promise<void> {
  await waitFor(async () => triagedTotal(await folderCounts(h.stack)) >= n, { timeoutMs, intervalMs: 100, what: `${n} triaged` });
}
