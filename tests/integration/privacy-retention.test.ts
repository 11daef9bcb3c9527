// Personal-data retention on real Redis: `imss-triage purge --dry-run` lists and changes nothing;
// `imss-triage purge` forgets finished cases older than RETENTION_DAYS — case, timeline, replies,
// indexes, queue entries, inbound links — and keeps open or recent cases, and an index a newer
// case of the same student owns.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '../../src/dev/local-stack.js';
import { createKeys } from '../../src/queue/keys.js';
import { writeReply } from '../../src/queue/outbox.js';
import { CaseStore, execOrThrow } from '../../src/triage/case-store.js';
import type { CaseRecord } from '../../src/triage/case-model.js';
import { makeCase } from '../support/cases.js';
import { startChildWorker } from '../support/child-worker.js';

let stack: LocalStack;
let redis: Redis;
const prefix = `p${randomUUID().slice(0, 8)}`;
const keys = createKeys(prefix);
const CURP = 'MASI050805MVZRLRA8';

async function seed(store: CaseStore, c: CaseRecord, opts: { curp?: string; messageId: string }): Promise<void> {
  c.messageIds.push(opts.messageId);
  if (opts.curp) c.fields.curp = { value: opts.curp, messageId: opts.messageId, at: c.updatedAt, source: 'body' };
  const tx = redis.multi();
  const replyId = `r-${c.id}`;
  const replyMsgId = writeReply(tx, keys, { replyId, caseId: c.id, kind: 'acknowledged', to: c.replyAddress, subject: 'Re: alta', text: `CURP ${opts.curp ?? ''}`, html: '', inReplyTo: opts.messageId, references: [], actor: 'system', createdAt: c.createdAt }, 'imss@udg.mx');
  c.messageIds.push(replyMsgId);
  store.writeCase(tx, c, [{ at: c.createdAt, kind: 'message_in', actor: 'system', detail: {} }], { enqueueForStaff: c.status === 'queued' });
  tx.hset(keys.inbound(`m-${c.id}`), { uid: '1', uidValidity: '1', mailbox: 'INBOX', state: 'done', outcome: 'complete', caseId: c.id, replyId });
  await execOrThrow(tx);
}

async function runCli(args: string[]): Promise<{ code: number | null; out: string }> {
  const child = startChildWorker({ REDIS_URL: stack.redis.url, REDIS_PREFIX: prefix, RETENTION_DAYS: '30', LOG_LEVEL: 'warn' }, ['purge', ...args]);
  const { code } = await child.exited;
  return { code, out: child.output() };
}

beforeAll(async () => {
  stack = await startLocalStack({ dovecot: false, smtp: false });
  redis = new Redis(stack.redis.url);
  const store = new CaseStore(redis, keys);
  // Old and finished: purged. Its CURP index is later taken over by a newer case (kept).
  await seed(store, makeCase('IMSS-2025-000001', 'resolved', 90, 90), { curp: CURP, messageId: 'old-1@x' });
  await seed(store, makeCase('IMSS-2025-000002', 'closed', 400), { messageId: 'old-2@x' });
  // Recent or open: kept.
  await seed(store, makeCase('IMSS-2026-000003', 'resolved', 3, 3), { messageId: 'recent@x' });
  await seed(store, makeCase('IMSS-2025-000004', 'queued', 200), { messageId: 'open@x' });
  await seed(store, makeCase('IMSS-2026-000005', 'incomplete', 1), { curp: CURP, messageId: 'newer@x' });
});

afterAll(async () => {
  redis?.disconnect();
  await stack?.stop();
});

describe('purge of finished cases past RETENTION_DAYS', () => {
  it('--dry-run lists the two old finished cases and changes nothing', async () => {
    const before = await redis.dbsize();
    const { code, out } = await runCli(['--dry-run']);
    expect(code, out).toBe(0);
    expect(out).toMatch(/IMSS-2025-000002.*closed/);
    expect(out).toMatch(/IMSS-2025-000001.*resolved/);
    expect(out).not.toMatch(/IMSS-2026-000003|IMSS-2025-000004|IMSS-2026-000005/);
    expect(out).toMatch(/Dry run: nothing changed/);
    expect(out).not.toContain(CURP);
    expect(await redis.dbsize()).toBe(before);
    console.log(out.trim());
  });

  it('purge forgets them entirely and keeps everything else', async () => {
    const { code, out } = await runCli([]);
    expect(code, out).toBe(0);
    expect(out).toMatch(/Purged 2 case\(s\)/);
    for (const id of ['IMSS-2025-000001', 'IMSS-2025-000002']) {
      expect(await redis.exists(keys.case(id), keys.timeline(id), keys.caseReplies(id), keys.reply(`r-${id}`))).toBe(0);
      expect(await redis.zscore(keys.allCases(), id)).toBeNull();
      expect(await redis.get(keys.bySender(`${id.toLowerCase()}@alumnos.udg.mx`))).toBeNull();
      const inbound = await redis.hgetall(keys.inbound(`m-${id}`));
      expect(inbound).toMatchObject({ state: 'done', outcome: 'complete' });
      expect(inbound.caseId).toBeUndefined();
      expect(inbound.replyId).toBeUndefined();
    }
    expect(await redis.get(keys.byMessageId('old-1@x'))).toBeNull();
    // The CURP index belongs to the newer, open case: kept.
    expect(await redis.get(keys.byIdentifier('curp', CURP))).toBe('IMSS-2026-000005');
    for (const id of ['IMSS-2026-000003', 'IMSS-2025-000004', 'IMSS-2026-000005']) {
      expect(await redis.exists(keys.case(id), keys.timeline(id), keys.reply(`r-${id}`))).toBe(3);
      expect((await redis.hgetall(keys.inbound(`m-${id}`))).caseId).toBe(id);
    }
    expect(await redis.zscore(keys.staffQueue(), 'IMSS-2025-000004')).not.toBeNull();
    // No trace of the purged personal data anywhere in this prefix.
    const all = await redis.keys(`${prefix}:*`);
    const dump = (await Promise.all(all.map(async (k) => {
      const t = await redis.type(k);
      if (t === 'string') return redis.get(k);
      if (t === 'hash') return JSON.stringify(await redis.hgetall(k));
      if (t === 'list') return JSON.stringify(await redis.lrange(k, 0, -1));
      return JSON.stringify(await redis.zrange(k, '0', '-1'));
    }))).join('\n');
    expect(dump).not.toContain('imss-2025-000001@alumnos.udg.mx');
    expect(dump).not.toContain('IMSS-2025-000002');
    console.log(out.trim());
  });

  it('a second run finds nothing', async () => {
    const { out } = await runCli([]);
    expect(out).toMatch(/0 finished and older than that/);
  });
});
