// SMTP faults against the real relay: connections refused for a while, then 4xx to everything,
// then recovery (every reply goes out once, none twice); and a 5xx for one student's address (a
// permanent failure recorded on the case for staff: attention delivery_failed, reply failed,
// timeline reply_failed; every other reply still delivered once).
import { afterEach, describe, expect, it } from 'vitest';
import { deliverAll, studentBatch } from '../support/batch.js';
import { startHarness, verifyBatch, waitSomeTriaged, type Harness } from '../support/fault-harness.js';
import { createKeys } from '../../src/queue/keys.js';
import { messageKeyOf } from '../../src/queue/queues.js';
import type { CaseRecord, TimelineEvent } from '../../src/triage/case-model.js';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('SMTP faults', () => {
  it('refuses connections, then answers 4xx, then recovers: every reply once', async () => {
    h = await startHarness();
    await h.stack.smtp.setFault('refuse-connections');
    await h.startWorker();
    const batch = await studentBatch(20);
    const t0 = Date.now();
    await deliverAll(h.stack, batch);
    await waitSomeTriaged(h, 20);
    await new Promise((r) => setTimeout(r, 5000));
    expect(h.stack.smtp.acceptedCount).toBe(0);
    await h.stack.smtp.setFault('tempfail');
    await new Promise((r) => setTimeout(r, 5000));
    expect(h.stack.smtp.acceptedCount).toBe(0);
    await h.stack.smtp.setFault('none');
    const f = await verifyBatch(h, batch, 'SMTP refused 5 s, 4xx 5 s, recovered', t0, { timeoutMs: 180_000 });
    const keys = createKeys(h.prefix);
    const attempts = await Promise.all(batch.filter((m) => m.expectsReply).map(async (m) => {
      const rec = await h!.redis.hgetall(keys.inbound(messageKeyOf(m.messageId)));
      return Number(await h!.redis.hget(keys.reply(rec.replyId!), 'attempts'));
    }));
    console.log(`SMTP outage: ${f.repliesDelivered}/${f.repliesExpected} replies after ${attempts.reduce((a, b) => a + b, 0)} attempts (max ${Math.max(...attempts)} for one reply)`);
  });

  it('a 5xx for one recipient: that reply failed and shown to staff, the others delivered once', async () => {
    h = await startHarness();
    await h.startWorker();
    const batch = await studentBatch(10);
    const victim = batch[0]!;
    await h.stack.smtp.setFault({ rejectRecipient: victim.from });
    const t0 = Date.now();
    await deliverAll(h.stack, batch);
    await verifyBatch(h, batch, 'SMTP 5xx for one recipient', t0, { expectFailed: [victim.messageId], note: '1 permanent failure, on the case' });

    const keys = createKeys(h.prefix);
    const rec = await h.redis.hgetall(keys.inbound(messageKeyOf(victim.messageId)));
    const reply = await h.redis.hgetall(keys.reply(rec.replyId!));
    expect(reply.status).toBe('failed');
    expect(reply.error).toMatch(/550|5\.1\.1/);
    const c = JSON.parse((await h.redis.get(keys.case(rec.caseId!)))!) as CaseRecord;
    expect(c.attention).toContain('delivery_failed');
    expect(await h.redis.zscore(keys.staffQueue(), c.id)).not.toBeNull();
    const timeline = (await h.redis.lrange(keys.timeline(c.id), 0, -1)).map((e) => JSON.parse(e) as TimelineEvent);
    expect(timeline.filter((e) => e.kind === 'reply_failed')).toHaveLength(1);
    expect(timeline.some((e) => e.kind === 'reply_sent')).toBe(false);
    // One attempt only: a permanent failure is not retried.
    expect(reply.attempts).toBe('1');
  });
});
