// Shared set-up for end-to-end tests that run the worker in this process against the real stack.
import { randomUUID } from 'node:crypto';
import { startLocalStack, type LocalStack } from '../../src/dev/local-stack.js';
import { composeMessage, deliverLmtp, listMessages, waitFor, type MailboxMessage } from '../../src/dev/mail-helpers.js';
import { demoConfig } from '../../src/cli/demo.js';
import { startWorker } from '../../src/cli/worker.js';
import { createLogger } from '../../src/logger.js';
import type { Config } from '../../src/config/index.js';
import type { Pipeline } from '../../src/queue/pipeline.js';

export const DESK = 'imss@udg.mx';

export interface Harness {
  stack: LocalStack;
  config: Config;
  worker: Pipeline;
  /** Delivers a message to the desk over LMTP; returns its Message-ID (without brackets). */
  send(opts: SendOptions): Promise<string>;
  /** Waits until `address` has at least `count` messages, and returns them. */
  repliesTo(address: string, count?: number, timeoutMs?: number): Promise<MailboxMessage[]>;
  /** Waits until every message delivered so far has left the desk's INBOX. */
  drained(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface SendOptions {
  from: string;
  subject: string;
  text: string;
  inReplyTo?: string;
  references?: string[];
  headers?: Record<string, string>;
}

export const uniqueAddress = (name: string, domain = 'alumnos.udg.mx') => `${name}.${randomUUID().slice(0, 8)}@${domain}`;

export async function startHarness(extraEnv: Record<string, string> = {}): Promise<Harness> {
  const stack = await startLocalStack();
  const config = demoConfig(stack, { REDIS_PREFIX: `t${randomUUID().slice(0, 8)}`, LOG_LEVEL: 'silent', ...extraEnv });
  const worker = await startWorker(config, createLogger('silent'));
  return {
    stack,
    config,
    worker,
    async send(opts) {
      const messageId = `${randomUUID()}@mail.example.com`;
      const raw = await composeMessage({
        from: opts.from,
        to: DESK,
        subject: opts.subject,
        text: opts.text,
        messageId: `<${messageId}>`,
        ...(opts.inReplyTo ? { inReplyTo: `<${opts.inReplyTo}>` } : {}),
        ...(opts.references ? { references: opts.references.map((r) => `<${r}>`) } : {}),
        ...(opts.headers ? { headers: opts.headers } : {}),
      });
      const envelopeFrom = /<([^>]+)>/.exec(opts.from)?.[1] ?? opts.from;
      await deliverLmtp(stack, { from: envelopeFrom, to: DESK, raw });
      return messageId;
    },
    async repliesTo(address, count = 1, timeoutMs = 20_000) {
      return waitFor(async () => {
        const got = await listMessages(stack, address);
        return got.length >= count ? got : null;
      }, { timeoutMs, intervalMs: 100, what: `${count} message(s) for ${address}` });
    },
    async drained(timeoutMs = 20_000) {
      await waitFor(async () => (await listMessages(stack, DESK)).length === 0, { timeoutMs, intervalMs: 100, what: 'desk INBOX drained' });
      // Replies are sent after the move; give the outbox a moment to empty too.
      await waitFor(async () => {
        const c = await worker.replies.getJobCounts('active', 'waiting', 'delayed');
        return (c.active ?? 0) + (c.waiting ?? 0) + (c.delayed ?? 0) === 0;
      }, { timeoutMs, intervalMs: 100, what: 'outbox empty' });
    },
    async stop() {
      await worker.stop(10_000);
      await stack.stop();
    },
  };
}

/** Strips the angle brackets listMessages keeps on Message-IDs. */
export const bare = (id: string | undefined) => (id ?? '').replace(/^<|>$/g, '');

/** The folio in a reply's subject. */
export const folioOf = (m: MailboxMessage) => /IMSS-\d{4}-\d{6}/.exec(m.subject)?.[0] ?? null;
