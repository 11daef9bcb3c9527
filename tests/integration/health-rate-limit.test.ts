// SMTP_MAX_PER_MINUTE on real servers: the replies queue's BullMQ limiter holds sends back; the
// held replies show in /metrics as waiting/delayed jobs, not as failures.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConfig } from '../../src/cli/demo.js';
import { startWorker } from '../../src/cli/worker.js';
import { startLocalStack, type LocalStack } from '../../src/dev/local-stack.js';
import { composeMessage, deliverLmtp, waitFor } from '../../src/dev/mail-helpers.js';
import { SAMPLE_STUDENTS } from '../../src/dev/sample-mail.js';
import { createLogger } from '../../src/logger.js';
import { createWorkerMetrics } from '../../src/ops/metrics.js';
import type { Pipeline } from '../../src/queue/pipeline.js';

const DESK = 'imss@udg.mx';
let stack: LocalStack;
let worker: Pipeline | null = null;

beforeAll(async () => {
  stack = await startLocalStack();
});
afterAll(async () => {
  await worker?.stop(10_000);
  await stack?.stop();
});

describe('SMTP_MAX_PER_MINUTE', () => {
  it('sends at most N replies a minute; the rest wait in the queue', async () => {
    const config = demoConfig(stack, { REDIS_PREFIX: `r${randomUUID().slice(0, 8)}`, SMTP_MAX_PER_MINUTE: '2', LOG_LEVEL: 'silent' });
    expect(config.smtp.maxPerMinute).toBe(2);
    const metrics = createWorkerMetrics({ defaultMetrics: false });
    worker = await startWorker(config, createLogger('silent'), { metrics });
    for (let i = 0; i < 5; i++) {
      const from = `limite${i}.${randomUUID().slice(0, 6)}@alumnos.udg.mx`;
      const raw = await composeMessage({ from, to: DESK, subject: `alta ${i}`, text: `codigo: ${SAMPLE_STUDENTS.diego.code}`, messageId: `<lim-${i}-${randomUUID()}@x.mx>` });
      await deliverLmtp(stack, { from, to: DESK, raw });
    }
    await waitFor(async () => ((await worker!.replies.getJobCounts('completed')).completed ?? 0) >= 2, { timeoutMs: 20_000, what: 'two replies sent' });
    // Well within the minute: no third reply may leave.
    await new Promise((r) => setTimeout(r, 4_000));
    expect(stack.smtp.acceptedCount).toBe(2);
    const counts = await worker!.replies.getJobCounts('waiting', 'delayed', 'failed', 'completed', 'prioritized', 'wait');
    expect(counts.completed).toBe(2);
    expect(counts.failed).toBe(0);
    const text = await metrics.render();
    const held = [...text.matchAll(/imss_queue_jobs\{queue="replies",state="(waiting|delayed)"\} (\d+)/g)].reduce((n, m) => n + Number(m[2]), 0);
    expect(held).toBe(3);
    expect(text).toMatch(/imss_replies_total\{result="sent"\} 2/);
    console.log(`rate limit: 5 replies due, SMTP_MAX_PER_MINUTE=2 -> ${stack.smtp.acceptedCount} sent in the first minute, ${held} held in the queue`);
  });
});
