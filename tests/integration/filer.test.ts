// The filer on real Dovecot and Redis: placements become one UID MOVE per destination, records are
// marked done only after the move, and the crash windows (a MOVE repeated after a crash, a
// placement under an old UIDVALIDITY) end with nothing lost and nothing moved twice.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConfig } from '../../src/cli/demo.js';
import type { Config } from '../../src/config/index.js';
import { startLocalStack, type LocalStack } from '../../src/dev/local-stack.js';
import { composeMessage, deliverLmtp, listMessages, waitFor } from '../../src/dev/mail-helpers.js';
import { ensureFolders } from '../../src/mail/folders.js';
import { ImapConnection } from '../../src/mail/imap-connection.js';
import { createLogger } from '../../src/logger.js';
import { FILER_LOCK_MS, Filer, writePlacements, type Placement } from '../../src/queue/filer.js';
import { createKeys, type Keys } from '../../src/queue/keys.js';

const DESK = 'imss@udg.mx';
let stack: LocalStack;
let config: Config;
let redis: Redis;
let keys: Keys;
let ops: ImapConnection;
let folders: Record<string, string>;

async function deliver(n: number, tag: string): Promise<void> {
  for (let i = 0; i < n; i++) {
    const raw = await composeMessage({ from: `${tag}${i}@gmail.com`, to: DESK, subject: `alta ${tag} ${i}`, text: 'hola', messageId: `<${tag}-${i}@test.invalid>` });
    await deliverLmtp(stack, { from: `${tag}${i}@gmail.com`, to: DESK, raw });
  }
}

async function inbox(): Promise<{ uid: number; messageId: string }[]> {
  return (await listMessages(stack, DESK)).map((m) => ({ uid: m.uid, messageId: m.messageId ?? '' }));
}

async function uidValidity(): Promise<string> {
  const status = await ops.use((client) => client.status('INBOX', { uidValidity: true }));
  if (!status) throw new Error('STATUS failed');
  return String(status.uidValidity);
}

beforeAll(async () => {
  stack = await startLocalStack();
  config = demoConfig(stack, { REDIS_PREFIX: `f${randomUUID().slice(0, 8)}`, LOG_LEVEL: 'silent' });
  redis = new Redis(config.redis.url, { maxRetriesPerRequest: null });
  keys = createKeys(config.redis.prefix);
  ops = new ImapConnection({ imap: config.imap, log: createLogger('silent'), role: 'ops', flow: { disableAutoIdle: true } });
  const { complete, incomplete, ignored, errors, sent } = config.folders;
  folders = await ops.use((client) => ensureFolders(client, { complete, incomplete, ignored, errors, sent }));
});

afterAll(async () => {
  await ops?.stop();
  await redis?.quit();
  await stack?.stop();
});

describe('the filer', () => {
  it('moves every placed message with one MOVE per destination, then marks its record done', async () => {
    await deliver(6, 'a');
    const msgs = await inbox();
    expect(msgs).toHaveLength(6);
    const uv = await uidValidity();
    const placements: Placement[] = msgs.map((m, i) => ({ mailbox: 'INBOX', uidValidity: uv, uid: m.uid, dest: i % 2 ? folders.complete! : folders.incomplete!, messageKey: `m-${m.uid}` }));
    for (const p of placements) await redis.hset(keys.inbound(p.messageKey!), { state: 'applied' });
    const tx = redis.multi();
    writePlacements(tx, keys, placements);
    await tx.exec();

    const filer = new Filer({ redis, keys, ops, log: createLogger('silent'), pollMs: 100 });
    filer.start();
    await waitFor(async () => (await redis.hlen(keys.placements())) === 0, { timeoutMs: 10_000, what: 'placements filed' });
    await filer.stop();

    expect(await inbox()).toHaveLength(0);
    expect(await listMessages(stack, DESK, folders.complete)).toHaveLength(3);
    expect(await listMessages(stack, DESK, folders.incomplete)).toHaveLength(3);
    for (const p of placements) expect(await redis.hgetall(keys.inbound(p.messageKey!))).toMatchObject({ state: 'done', placed: p.dest });
    expect(filer.moved).toBe(6);
  });

  it('after a crash between the MOVE and the mark, a placement whose message is already gone is only marked', async () => {
    await deliver(1, 'b');
    const [m] = await inbox();
    const uv = await uidValidity();
    const p: Placement = { mailbox: 'INBOX', uidValidity: uv, uid: m!.uid, dest: folders.complete!, messageKey: 'm-crashed' };
    await redis.hset(keys.inbound('m-crashed'), { state: 'applied' });
    // The MOVE of the run that crashed:
    await ops.use(async (client) => {
      await client.mailboxOpen('INBOX');
      await client.noop(); // learn of the new message first
      await client.messageMove(String(m!.uid), folders.complete!, { uid: true });
    });
    expect(await inbox()).toHaveLength(0);
    const before = (await listMessages(stack, DESK, folders.complete)).length;
    const tx = redis.multi();
    writePlacements(tx, keys, [p]);
    await tx.exec();

    const filer = new Filer({ redis, keys, ops, log: createLogger('silent'), pollMs: 100 });
    filer.start();
    await waitFor(async () => (await redis.hlen(keys.placements())) === 0, { timeoutMs: 10_000, what: 'placement filed' });
    await filer.stop();
    expect(await redis.hget(keys.inbound('m-crashed'), 'state')).toBe('done');
    expect(await listMessages(stack, DESK, folders.complete)).toHaveLength(before);
  });

  it('drops a placement made under an old UIDVALIDITY without touching the message its UID names now', async () => {
    await deliver(1, 'c');
    const [m] = await inbox();
    const p: Placement = { mailbox: 'INBOX', uidValidity: '1', uid: m!.uid, dest: folders.ignored!, messageKey: 'm-stale' };
    await redis.hset(keys.inbound('m-stale'), { state: 'applied' });
    const tx = redis.multi();
    writePlacements(tx, keys, [p]);
    await tx.exec();

    const filer = new Filer({ redis, keys, ops, log: createLogger('silent'), pollMs: 100 });
    filer.start();
    await waitFor(async () => (await redis.hlen(keys.placements())) === 0, { timeoutMs: 10_000, what: 'placement dropped' });
    await filer.stop();
    expect(await inbox()).toHaveLength(1);
    expect(await redis.hget(keys.inbound('m-stale'), 'state')).toBe('applied');
    expect(filer.moved).toBe(0);
  });

  it('a pass left locked by a killed process holds filing back only until its short lease ends', async () => {
    await deliver(1, 'k');
    const m = (await inbox()).find((x) => x.messageId.includes('k-0@'));
    const p: Placement = { mailbox: 'INBOX', uidValidity: await uidValidity(), uid: m!.uid, dest: folders.complete!, messageKey: 'm-killed' };
    await redis.hset(keys.inbound('m-killed'), { state: 'applied' });
    // The killed process's lease, as it left it: taken a moment ago, never released.
    await redis.set(keys.filerLock(), 'dead-process', 'PX', FILER_LOCK_MS);
    const t0 = Date.now();
    const filer = new Filer({ redis, keys, ops, log: createLogger('silent'), pollMs: 100 });
    filer.start();
    await filer.place([p]);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await redis.hget(keys.inbound('m-killed'), 'state')).toBe('applied'); // the lease is respected
    await waitFor(async () => (await redis.hget(keys.inbound('m-killed'), 'state')) === 'done', { timeoutMs: FILER_LOCK_MS + 5_000, intervalMs: 100, what: 'filed after the lease' });
    const waitedMs = Date.now() - t0;
    await filer.stop();
    expect(waitedMs).toBeGreaterThanOrEqual(FILER_LOCK_MS - 500);
    expect((await inbox()).map((x) => x.uid)).not.toContain(m!.uid);
    expect((await listMessages(stack, DESK, folders.complete)).map((x) => x.messageId)).toContain('<k-0@test.invalid>');
    expect(filer.moved).toBe(1);
  });
});
