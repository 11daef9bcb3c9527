// Fault: Redis killed (SIGKILL, AOF everysec) and restarted while a batch is being triaged and
// answered. Afterwards every message is triaged exactly once and every reply delivered once.
import { afterEach, describe, it } from 'vitest';
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
});
