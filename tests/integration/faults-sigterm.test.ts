// SIGTERM while a batch is in flight, with the worker as a real child process
// (`node bin/imss-triage.mjs worker`): it stops within its bounds, leaves nothing half-done (each
// message is either untouched in the INBOX, or recorded and filed, or recorded `applied` for the
// next run to finish), and a restarted worker completes the batch: triaged once, answered once.
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../src/dev/mail-helpers.js';
import { createKeys } from '../../src/queue/keys.js';
import { messageKeyOf } from '../../src/queue/queues.js';
import { countReplies, deliverAll, folderCounts, studentBatch, triagedTotal } from '../support/batch.js';
import { startChildWorker, type ChildWorker } from '../support/child-worker.js';
import { startHarness, verifyBatch, type Harness } from '../support/fault-harness.js';

let h: Harness | null = null;
let child: ChildWorker | null = null;
afterEach(async () => {
  await child?.stop('SIGKILL');
  await h?.close();
  h = null;
  child = null;
});

describe('SIGTERM during a batch', () => {
  it('stops cleanly mid-batch and a restart completes it', async () => {
    h = await startHarness({ WORKER_CONCURRENCY: '4' });
    const batch = await studentBatch(60, undefined, { padKb: 200 });
    const t0 = Date.now();
    child = startChildWorker({ ...h.env, LOG_LEVEL: 'info' });
    await deliverAll(h.stack, batch);
    await waitFor(async () => triagedTotal(await folderCounts(h!.stack)) >= 10, { timeoutMs: 60_000, intervalMs: 50, what: '10 triaged' });
    const exit = await child.stop('SIGTERM');
    const firstOutput = child.output();
    expect(exit.code, firstOutput.slice(-2000)).toBe(0);
    expect(exit.ms).toBeLessThan(30_000);

    // Nothing half-done: a message still in the INBOX has no record or an `applied` one (its
    // effects are recorded; the next run files it); a filed message's record is `done`.
    const keys = createKeys(h.prefix);
    const states: Record<string, number> = {};
    for (const m of batch) {
      const state = (await h.redis.hget(keys.inbound(messageKeyOf(m.messageId)), 'state')) ?? 'none';
      states[state] = (states[state] ?? 0) + 1;
    }
    const counts = await folderCounts(h.stack);
    const filed = triagedTotal(counts);
    // (The INBOX may also hold desk blind copies of replies not filed yet: hence >=.)
    expect(counts.INBOX ?? 0).toBeGreaterThanOrEqual(batch.length - filed);
    expect((states.done ?? 0)).toBe(filed);
    const sentAtStop = countReplies(h.stack.smtp.delivered, batch);
    expect(sentAtStop.duplicated).toBe(0);
    console.log(`SIGTERM after ${filed} filed: exit ${exit.code} in ${exit.ms} ms; records ${JSON.stringify(states)}; ${sentAtStop.delivered} replies out`);

    child = startChildWorker({ ...h.env, LOG_LEVEL: 'info' });
    await verifyBatch(h, batch, 'SIGTERM mid-batch, restart', t0, { note: `stopped in ${(exit.ms / 1000).toFixed(1)} s after ${filed}/60 filed; records at stop ${JSON.stringify(states)}` });
  });

  it('SIGTERM while SMTP is down (replies waiting in backoff): quick exit, the restart sends each once', async () => {
    h = await startHarness();
    await h.stack.smtp.setFault('tempfail');
    const batch = await studentBatch(20);
    const t0 = Date.now();
    child = startChildWorker({ ...h.env, LOG_LEVEL: 'info' });
    await deliverAll(h.stack, batch);
    await waitFor(async () => triagedTotal(await folderCounts(h!.stack)) >= 20, { timeoutMs: 60_000, intervalMs: 100, what: 'all triaged' });
    await new Promise((r) => setTimeout(r, 2000)); // replies failing and backing off
    const exit = await child.stop('SIGTERM');
    expect(exit.code, child.output().slice(-2000)).toBe(0);
    expect(exit.ms).toBeLessThan(30_000);
    expect(h.stack.smtp.acceptedCount).toBe(0);
    await h.stack.smtp.setFault('none');
    child = startChildWorker({ ...h.env, LOG_LEVEL: 'info' });
    await verifyBatch(h, batch, 'SIGTERM during SMTP outage, restart', t0, { note: `exit 0 in ${(exit.ms / 1000).toFixed(1)} s with 16 replies in backoff` });
  });
});
