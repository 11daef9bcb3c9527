// SENT_COPY_TO: the desk's blind copy of each reply addressed to a sub-address the mail server files
// straight into the sent folder (here Dovecot's lmtp_save_to_detail_mailbox; a Gmail filter or an
// Exchange rule in production). The copy never passes through the watched INBOX, and it is still
// the proof an interrupted send consults.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMessages, waitFor } from '../../src/dev/mail-helpers.js';
import { DESK, startHarness, uniqueAddress, type Harness } from './harness.js';

// FOLDER_SENT's default (Triage/Enviados) as the test Dovecot names it (separator ".").
const SENT = 'Triage.Enviados';
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ SENT_COPY_TO: `imss+${SENT}@udg.mx`, SENT_CHECK_GRACE_SECONDS: '2' });
});
afterAll(async () => {
  await h?.stop();
});

const replyRecordTo = (student: string, status: string) => waitFor(async () => {
  for (const k of await h.worker.redis.keys(`${h.worker.keys.prefix}:reply:*`)) {
    const r = await h.worker.redis.hgetall(k);
    if (r.to === student && r.status === status) return r;
  }
  return null;
}, { timeoutMs: 30_000, intervalMs: 200, what: `reply to ${student} recorded as ${status}` });

describe('blind copies filed by the server (SENT_COPY_TO)', () => {
  it('land in the sent folder, never in the INBOX', async () => {
    const student = uniqueAddress('copia');
    await h.send({ from: student, subject: 'alta', text: 'no tengo imss' });
    const [reply] = await h.repliesTo(student);
    const sentRecord = await replyRecordTo(student, 'sent');
    const copies = await waitFor(async () => {
      const got = (await listMessages(h.stack, DESK, SENT)).filter((m) => m.messageId === reply!.messageId);
      return got.length ? got : null;
    }, { timeoutMs: 10_000, intervalMs: 100, what: 'the copy in the sent folder' });
    expect(copies).toHaveLength(1);
    expect(h.stack.smtp.delivered.filter((d) => d.to.includes(`imss+${SENT}@udg.mx`)).length).toBeGreaterThanOrEqual(1);
    await h.drained();
    expect(await listMessages(h.stack, DESK)).toEqual([]);
    // The watcher never met it: nothing marked, nothing filed by the worker.
    expect(sentRecord.copySeenAt).toBeUndefined();
  });

  it('still proves an interrupted send: confirmed from the sent folder, delivered once', async () => {
    await h.stack.smtp.setFault('drop-after-data');
    const student = uniqueAddress('incierto');
    await h.send({ from: student, subject: 'alta', text: 'no tengo imss' });
    await h.repliesTo(student);
    await h.stack.smtp.setFault('none');
    const rec = await replyRecordTo(student, 'sent');
    expect(rec.response).toMatch(/desk copy/);
    await new Promise((r) => setTimeout(r, 3000));
    expect(h.stack.smtp.delivered.filter((d) => d.to.includes(student))).toHaveLength(1);
  });
});
