// Flags instead of folders (MOVE_PROCESSED=false), and a UIDVALIDITY change: every stored UID is
// void, the whole mailbox is queued again, and nothing is triaged or answered twice.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMessages, waitFor } from '../../src/dev/mail-helpers.js';
import { DESK, startHarness, uniqueAddress, type Harness } from './harness.js';

const run = promisify(execFile);
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ MOVE_PROCESSED: 'false', IMAP_POLL_SECONDS: '1' });
});
afterAll(async () => {
  await h?.stop();
});

const flagged = async () => (await listMessages(h.stack, DESK)).filter((m) => m.keywords.includes('$Triaged'));

describe('keywords mode and UIDVALIDITY changes', () => {
  it('marks processed messages with keywords and leaves them in the inbox', async () => {
    const a = uniqueAddress('kw');
    await h.send({ from: a, subject: 'alta', text: 'no tengo imss' });
    await h.repliesTo(a);
    const msgs = await waitFor(async () => ((await flagged()).length === 1 ? flagged() : null), { timeoutMs: 10_000, what: 'keyword set' });
    expect(msgs[0]!.keywords).toContain('$Triage_incomplete');
    expect(msgs[0]!.flags).not.toContain('\\Seen');
  });

  it('after a UIDVALIDITY change, re-queues the mailbox without repeating any triage or reply', async () => {
    const b = uniqueAddress('uv');
    await h.send({ from: b, subject: 'alta', text: 'ayuda con el imss' });
    await h.repliesTo(b);
    await waitFor(async () => (await flagged()).length === 2, { timeoutMs: 10_000, what: 'two flagged' });
    const sentBefore = h.stack.smtp.acceptedCount;
    const casesBefore = await h.worker.redis.zcard(h.worker.keys.allCases());
    const syncKey = h.worker.keys.sync('INBOX');
    const before = await h.worker.redis.hget(syncKey, 'uidValidity');

    await run('doveadm', ['-c', h.stack.dovecot.configFile, 'mailbox', 'update', '-u', DESK, '--uid-validity', String(Math.floor(Date.now() / 1000) + 12345), 'INBOX']);
    // Dovecot drops sessions on a UIDVALIDITY change; the watcher reconnects and resyncs.
    const c = uniqueAddress('despues');
    await h.send({ from: c, subject: 'alta', text: 'hola' });
    await h.repliesTo(c);
    await new Promise((r) => setTimeout(r, 3000));
    const after = await h.worker.redis.hget(syncKey, 'uidValidity');
    expect(after).not.toBe(before);
    // Every message of the inbox was seen again under the new UIDVALIDITY, and still carries its flags.
    expect((await flagged()).length).toBe(3);
    expect(await h.worker.redis.zcard(h.worker.keys.allCases())).toBe(casesBefore + 1);
    // One more reply for the new message; each reply is blind-copied to the desk (SENT_COPY=bcc).
    expect(h.stack.smtp.acceptedCount).toBe(sentBefore + 1);
    expect((await listMessages(h.stack, b)).length).toBe(1);
  });
});
