// Forgets finished cases in Redis: the case document, its timeline, its replies (outbox records and
// list), the indexes that point to it, its place in the case lists, and the inbound records that
// name it. Each case under its case lock, in one MULTI, after checking again that it is still
// purgeable (a student may have written meanwhile and reopened it).
//
// - An index (msgid/sender/identifier -> folio) is deleted only while it still names this case: a
//   newer case of the same student keeps its index (atomic compare-and-delete in Lua).
// - An inbound record becomes a tombstone {state, outcome, purgedAt}: the message stays "done"
//   (never triaged again if it is seen again) but no longer points to a case.
// - Not touched: the mail itself in the IMAP folders (the mailbox's own retention policy), BullMQ's
//   finished jobs (pointers only, removed after 7 days), the per-address reply budget (hashed, 2 days).
import type { Redis } from 'ioredis';
import type { Keys } from '../queue/keys.js';
import { withRedisLock } from '../queue/mutex.js';
import { execOrThrow, type CaseStore } from '../triage/case-store.js';
import type { CaseRecord } from '../triage/case-model.js';
import { isPurgeable, selectPurgeable, type PurgeCandidate } from './select-purge.js';

const DEL_IF_EQUALS = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export interface CasePurge {
  caseId: string;
  /** Keys deleted outright: case, timeline, replies list, reply records. */
  keys: string[];
  /** Index keys deleted if they still name this case. */
  indexKeys: string[];
  /** Inbound records turned into tombstones. */
  inboundKeys: string[];
}

export interface PurgeReport {
  dryRun: boolean;
  retentionDays: number;
  scanned: number;
  candidates: PurgeCandidate[];
  purged: CasePurge[];
  /** Candidates that changed before their turn (reopened, written to): kept. */
  skipped: string[];
}

/** Every case id known to the store (the `cases` list). */
async function allCaseIds(redis: Redis, keys: Keys): Promise<string[]> {
  return redis.zrange(keys.allCases(), '0', '-1');
}

/** inbound record keys grouped by the case they name (one SCAN over the inbound records). */
async function inboundByCase(redis: Redis, keys: Keys): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', keys.inbound('*'), 'COUNT', 1000);
    cursor = next;
    if (batch.length === 0) continue;
    const pipe = redis.pipeline();
    for (const k of batch) pipe.hget(k, 'caseId');
    const results = (await pipe.exec()) ?? [];
    batch.forEach((k, i) => {
      const caseId = results[i]?.[1];
      if (typeof caseId === 'string' && caseId) found.set(caseId, [...(found.get(caseId) ?? []), k]);
    });
  } while (cursor !== '0');
  return found;
}

/** What purging one case touches (reads only). */
async function planOne(store: CaseStore, c: CaseRecord, inbound: string[]): Promise<CasePurge> {
  const { redis, keys } = store;
  const replyIds = await redis.lrange(keys.caseReplies(c.id), 0, -1);
  const indexKeys = new Set<string>();
  for (const id of c.messageIds) indexKeys.add(keys.byMessageId(id));
  for (const a of [...c.addresses, ...(c.replyAddress ? [c.replyAddress] : [])]) indexKeys.add(keys.bySender(a));
  for (const kind of ['curp', 'nss', 'studentCode'] as const) {
    const v = c.fields[kind]?.value;
    if (v) indexKeys.add(keys.byIdentifier(kind, v));
  }
  return {
    caseId: c.id,
    keys: [keys.case(c.id), keys.timeline(c.id), keys.caseReplies(c.id), ...replyIds.map((r) => keys.reply(r))],
    indexKeys: [...indexKeys],
    inboundKeys: inbound,
  };
}

export interface PurgeOptions {
  now: Date;
  retentionDays: number;
  dryRun: boolean;
  /** Read cases in chunks of this size (MGET). */
  chunk?: number;
}

/** Selects the purgeable cases and (unless dryRun) forgets them; returns what it did or would do. */
export async function purgeExpiredCases(store: CaseStore, options: PurgeOptions): Promise<PurgeReport> {
  const { redis, keys } = store;
  const ids = await allCaseIds(redis, keys);
  const candidates: PurgeCandidate[] = [];
  const chunk = options.chunk ?? 500;
  for (let i = 0; i < ids.length; i += chunk) {
    candidates.push(...selectPurgeable(await store.getMany(ids.slice(i, i + chunk)), options.now, options.retentionDays));
  }
  candidates.sort((a, b) => a.lastActivity.localeCompare(b.lastActivity));
  const report: PurgeReport = { dryRun: options.dryRun, retentionDays: options.retentionDays, scanned: ids.length, candidates, purged: [], skipped: [] };
  if (candidates.length === 0) return report;
  const inbound = await inboundByCase(redis, keys);

  for (const cand of candidates) {
    if (options.dryRun) {
      const c = await store.get(cand.caseId);
      if (c) report.purged.push(await planOne(store, c, inbound.get(c.id) ?? []));
      continue;
    }
    const done = await withRedisLock(redis, keys.caseLock(cand.caseId), async () => {
      const c = await store.get(cand.caseId);
      if (!c || !isPurgeable(c, options.now, options.retentionDays)) return null;
      const plan = await planOne(store, c, inbound.get(c.id) ?? []);
      const tx = redis.multi();
      tx.del(...plan.keys);
      for (const k of plan.indexKeys) tx.eval(DEL_IF_EQUALS, 1, k, c.id);
      tx.zrem(keys.allCases(), c.id);
      tx.zrem(keys.staffQueue(), c.id);
      for (const k of plan.inboundKeys) {
        const outcome = (await redis.hget(k, 'outcome')) ?? 'done';
        const state = (await redis.hget(k, 'state')) ?? 'done';
        tx.del(k);
        tx.hset(k, { state, outcome, purgedAt: options.now.toISOString() });
      }
      await execOrThrow(tx);
      return plan;
    });
    if (done) report.purged.push(done);
    else report.skipped.push(cand.caseId);
  }
  return report;
}
