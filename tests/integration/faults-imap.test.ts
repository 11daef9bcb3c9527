// Faults on the IMAP side, against real Dovecot: the server restarted mid-batch, and the
// connections cut (RST through a loopback proxy, tests/support/tcp-proxy.ts) in the middle of
// FETCHes of big messages and while the watcher sits in IDLE. After each, every message is
// triaged exactly once, every reply delivered once, nothing left in the INBOX.
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../src/dev/mail-helpers.js';
import { deliverAll, studentBatch } from '../support/batch.js';
import { startHarness, verifyBatch, waitSomeTriaged, type Harness } from '../support/fault-harness.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';

let h: Harness | null = null;
let proxy: TcpProxy | null = null;
afterEach(async () => {
  await h?.close();
  await proxy?.stop();
  h = null;
  proxy = null;
});

describe('IMAP faults', () => {
  it('Dovecot restarted while 40 messages are being triaged', async () => {
    h = await startHarness();
    await h.startWorker();
    const batch = await studentBatch(40);
    const t0 = Date.now();
    await deliverAll(h.stack, batch);
    await waitSomeTriaged(h, 8);
    await h.stack.dovecot.restart();
    await verifyBatch(h, batch, 'Dovecot restart mid-batch', t0, { note: 'restart after 8 filed' });
  });

  it('connections cut (RST) in the middle of FETCHes of 400 KB messages', async () => {
    h = await startHarness();
    proxy = await startTcpProxy({ host: h.stack.dovecot.host, port: h.stack.dovecot.imapPort });
    await h.startWorker({ IMAP_PORT: String(proxy.port) });
    const batch = await studentBatch(30, undefined, { padKb: 400 });
    const t0 = Date.now();
    await deliverAll(h.stack, batch);
    // Cut whenever a FETCH is streaming (bytes flowing to the worker), five times.
    let cuts = 0;
    for (let i = 0; i < 5; i++) {
      const before = proxy.bytesToClient;
      const deadline = Date.now() + 15_000;
      while (proxy.bytesToClient - before < 100_000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      cuts += proxy.cutAll();
      await new Promise((r) => setTimeout(r, 400));
    }
    expect(cuts).toBeGreaterThan(0);
    const f = await verifyBatch(h, batch, 'IMAP cut mid-FETCH (x5)', t0, { note: `${cuts} connections reset while 400 KB FETCHes streamed` });
    expect(f.triaged).toBe(batch.length);
  });

  it('connections cut while the watcher is in IDLE: mail that arrives next is still seen', async () => {
    h = await startHarness({ IMAP_POLL_SECONDS: '300' }); // no timer to hide a dead IDLE
    proxy = await startTcpProxy({ host: h.stack.dovecot.host, port: h.stack.dovecot.imapPort });
    await h.startWorker({ IMAP_PORT: String(proxy.port) });
    const first = await studentBatch(5);
    const t0 = Date.now();
    await deliverAll(h.stack, first);
    await waitSomeTriaged(h, 5);
    await new Promise((r) => setTimeout(r, 1500)); // the watcher is back in IDLE
    const cut = proxy.cutAll();
    // Both sessions (watcher, ops) come back; only then the new mail: seen through the new IDLE.
    await waitFor(() => proxy!.open >= 2, { timeoutMs: 30_000, what: 'IMAP sessions re-established' });
    await new Promise((r) => setTimeout(r, 1000));
    const second = await studentBatch(15);
    await deliverAll(h.stack, second);
    await verifyBatch(h, [...first, ...second], 'IMAP cut mid-IDLE', t0, { note: `${cut} connections reset in IDLE; next 15 seen via the new IDLE (poll 300 s)` });
  });
});
