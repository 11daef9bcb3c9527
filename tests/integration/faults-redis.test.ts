// Fault: Redis killed (SIGKILL, AOF everysec) and restarted while a batch is being triaged and
// answered. Afterwards every message is triaged exactly once and every reply delivered once.
import { afterEach, describe, it } from 'vitest';
import { waitFor } from '../../src/dev/mail-helpers.js';
import { createKeys } from '../../src/queue/keys.js';
import { deliverAll, studentBatch } from '../support/batch.js';
import { startHarness, verifyBatch, waitSomeTriaged, type Harness } from '../support/fault-harness.js';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('Redis crash mid-batch', () => {
  it('SIGKILL + restart of Redis while 40 messages are in flight: nothing lost, nothing twice', async () => {
    h = await startHarness();
    await h.startWorker();
    const batch = await studentBatch(40);
    const t0 = Date.now();
    await deliverAll(h.stack, batch);
    await waitSomeTriaged(h, 8);
    await h.stack.redis.restart({ signal: 'SIGKILL' });
    await verifyBatch(h, batch, 'Redis SIGKILL + restart mid-batch', t0, { note: 'AOF everysec; killed after 8 filed' });
  });

  it('three SIGKILLs of Redis, 700 ms apart, while 60 messages are triaged and answered', async () => {
    h = await startHarness();
    await h.startWorker();
    const batch = await studentBatch(60);
    const t0 = Date.now();
    await deliverAll(h.stack, batch);
    await waitSomeTriaged(h, 5);
    for (let i = 0; i < 3; i++) {
      await h.stack.redis.restart({ signal: 'SIGKILL' });
      await new Promise((r) => setTimeout(r, 700));
    }
    await verifyBatch(h, batch, 'Redis SIGKILL x3 mid-batch', t0, { note: 'AOF everysec; 3 kills 700 ms apart from 5 filed', timeoutMs: 180_000 });
  });

  it('Redis SIGKILLed the moment the relay accepts a reply (the send/record window)', async () => {
    let accepted = 0;
    let kill: Promise<void> | null = null;
    const killAt = new Set([5, 15]);
    h = await startHarness({}, {
      log: (line) => {
        // "smtp: accepted message #N": the 250 is on its way back; "sent" is not written yet.
        if (!line.startsWith('smtp: accepted message')) return;
        accepted += 1;
        if (killAt.has(accepted) && h) kill = (kill ?? Promise.resolve()).then(() => h!.stack.redis.restart({ signal: 'SIGKILL' }));
      },
    });
    await h.startWorker();
    const batch = await studentBatch(30);
    const t0 = Date.now();
    await deliverAll(h.stack, batch);
    await waitFor(() => accepted >= 15 && kill !== null, { timeoutMs: 60_000, what: 'two kills' });
    await kill;
    const f = await verifyBatch(h, batch, 'Redis SIGKILL as replies are accepted (x2)', t0, { note: 'kills at the 5th and 15th 250 from the relay', timeoutMs: 180_000 });
    // How the replies caught in the window were settled (attempts > 1; confirmed by the desk copy).
    const keys = createKeys(h.prefix);
    const recs = await Promise.all((await h.redis.keys(keys.reply('*'))).map((k) => h!.redis.hgetall(k)));
    const retried = recs.filter((r) => Number(r.attempts) > 1).length;
    const confirmed = recs.filter((r) => /desk copy/.test(r.response ?? '')).length;
    console.log(`send/record window: ${f.repliesDelivered} replies, ${retried} attempted more than once, ${confirmed} confirmed by the desk copy instead of resent, ${f.repliesDuplicated} duplicated`);
  });
});
