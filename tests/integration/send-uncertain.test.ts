// The worst moment for a sender: the SMTP server took the reply, then the connection died before
// its "250". The worker cannot know; it must not send a second copy. The desk's blind copy
// (SENT_COPY=bcc) tells it the first one went through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../src/dev/mail-helpers.js';
import { startHarness, uniqueAddress, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ SENT_CHECK_GRACE_SECONDS: '2' });
});
afterAll(async () => {
  await h?.stop();
});

describe('a send whose outcome is unknown', () => {
  it('is confirmed from the desk copy and never sent twice', async () => {
    await h.stack.smtp.setFault('drop-after-data');
    const student = uniqueAddress('incierto');
    await h.send({ from: student, subject: 'alta', text: 'no tengo imss' });
    await h.repliesTo(student);
    await h.stack.smtp.setFault('none');
    const replyId = await waitFor(async () => {
      const ids = await h.worker.redis.keys(`${h.worker.keys.prefix}:reply:*`);
      for (const k of ids) {
        const r = await h.worker.redis.hgetall(k);
        if (r.to === student && r.status === 'sent') return r;
      }
      return null;
    }, { timeoutMs: 30_000, intervalMs: 200, what: 'reply recorded as sent' });
    expect(replyId.response).toMatch(/desk copy/);
    await new Promise((r) => setTimeout(r, 4000));
    const toStudent = h.stack.smtp.delivered.filter((d) => d.to.includes(student));
    console.log(`uncertain send: deliveries to the student=${toStudent.length}, attempts=${replyId.attempts}`);
    expect(toStudent).toHaveLength(1);
  });

  it('a server that refuses connections, then answers 4xx, then recovers: delivered once', async () => {
    await h.stack.smtp.setFault('refuse-connections');
    const student = uniqueAddress('caido');
    await h.send({ from: student, subject: 'alta', text: 'no tengo imss' });
    await h.drained().catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1500));
    await h.stack.smtp.setFault('tempfail');
    await new Promise((r) => setTimeout(r, 2500));
    expect(h.stack.smtp.delivered.filter((d) => d.to.includes(student))).toHaveLength(0);
    await h.stack.smtp.setFault('none');
    await h.repliesTo(student, 1, 60_000);
    await new Promise((r) => setTimeout(r, 3000));
    expect(h.stack.smtp.delivered.filter((d) => d.to.includes(student))).toHaveLength(1);
  });
});
