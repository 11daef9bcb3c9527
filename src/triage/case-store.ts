// Cases in Redis: one JSON document per case, a timeline list, and hashed indexes to find a case
// from a thread, a folio, a sender or an identifier. Writes that must happen together go through
// MULTI with WATCH on the case, so two processes never lose each other's update.
import type { Redis, ChainableCommander } from 'ioredis';
import type { Keys } from '../queue/keys.js';
import { withRedisLock } from '../queue/mutex.js';
import { findFolio, formatFolio, isOpen, type CaseRecord, type TimelineEvent } from './case-model.js';

export interface MatchQuery {
  inReplyTo: string | null;
  references: string[];
  subject: string;
  replyAddress: string | null;
  identifiers: { curp: string | null; nss: string | null; studentCode: string | null };
  folioPrefix: string;
}

export type MatchedBy = 'thread' | 'folio' | 'identifier' | 'sender';

export class CaseStore {
  constructor(
    readonly redis: Redis,
    readonly keys: Keys,
  ) {}

  async get(caseId: string): Promise<CaseRecord | null> {
    const raw = await this.redis.get(this.keys.case(caseId));
    return raw ? (JSON.parse(raw) as CaseRecord) : null;
  }

  async getMany(caseIds: string[]): Promise<CaseRecord[]> {
    if (caseIds.length === 0) return [];
    const raws = await this.redis.mget(caseIds.map((id) => this.keys.case(id)));
    return raws.filter((r): r is string => r !== null).map((r) => JSON.parse(r) as CaseRecord);
  }

  async timeline(caseId: string): Promise<TimelineEvent[]> {
    const raws = await this.redis.lrange(this.keys.timeline(caseId), 0, -1);
    return raws.map((r) => JSON.parse(r) as TimelineEvent);
  }

  async nextFolio(prefix: string, year: number): Promise<string> {
    const seq = await this.redis.incr(this.keys.folioSeq(year));
    return formatFolio(prefix, year, seq);
  }

  /**
   * Finds the case a message belongs to: its thread first (our replies' Message-IDs are indexed),
   * then a folio in the subject, then an identifier already on a case, then the sender's open case.
   */
  async find(q: MatchQuery): Promise<{ case: CaseRecord; matchedBy: MatchedBy } | null> {
    const threadIds = [q.inReplyTo, ...[...q.references].reverse()].filter((x): x is string => !!x);
    for (const id of threadIds) {
      const found = await this.viaIndex(this.keys.byMessageId(id));
      if (found) return { case: found, matchedBy: 'thread' };
    }
    const folio = findFolio(q.subject, q.folioPrefix);
    if (folio) {
      const found = await this.get(folio);
      if (found) return { case: found, matchedBy: 'folio' };
    }
    for (const kind of ['curp', 'nss', 'studentCode'] as const) {
      const value = q.identifiers[kind];
      if (!value) continue;
      const found = await this.viaIndex(this.keys.byIdentifier(kind, value));
      if (found && isOpen(found.status)) return { case: found, matchedBy: 'identifier' };
    }
    if (q.replyAddress) {
      const found = await this.viaIndex(this.keys.bySender(q.replyAddress));
      if (found && found.status !== 'closed') return { case: found, matchedBy: 'sender' };
    }
    return null;
  }

  private async viaIndex(key: string): Promise<CaseRecord | null> {
    const caseId = await this.redis.get(key);
    return caseId ? this.get(caseId) : null;
  }

  /** Adds to a MULTI every write that saving this case implies (document, indexes, lists). */
  writeCase(tx: ChainableCommander, c: CaseRecord, events: TimelineEvent[], opts: { enqueueForStaff: boolean }): void {
    tx.set(this.keys.case(c.id), JSON.stringify(c));
    if (events.length > 0) tx.rpush(this.keys.timeline(c.id), ...events.map((e) => JSON.stringify(e)));
    for (const id of c.messageIds) tx.set(this.keys.byMessageId(id), c.id);
    for (const address of c.addresses) tx.set(this.keys.bySender(address), c.id);
    for (const kind of ['curp', 'nss', 'studentCode'] as const) {
      const v = c.fields[kind]?.value;
      if (v) tx.set(this.keys.byIdentifier(kind, v), c.id);
    }
    tx.zadd(this.keys.allCases(), Date.parse(c.updatedAt), c.id);
    if (opts.enqueueForStaff) tx.zadd(this.keys.staffQueue(), Date.parse(c.firstMessageAt), c.id);
    if (c.status === 'resolved' || c.status === 'closed') tx.zrem(this.keys.staffQueue(), c.id);
  }

  /**
   * Read-modify-write of one case under its lock; `change` returns the new case and the events to
   * append, or null to leave it alone. Every writer of a case goes through the same lock (no WATCH:
   * the connection is shared by concurrent jobs, and WATCH state is per connection).
   */
  async update(
    caseId: string,
    change: (c: CaseRecord) => { case: CaseRecord; events: TimelineEvent[]; enqueueForStaff?: boolean; extra?: (tx: ChainableCommander) => void } | null,
  ): Promise<CaseRecord | null> {
    return withRedisLock(this.redis, this.keys.caseLock(caseId), async () => {
      const current = await this.get(caseId);
      if (!current) return null;
      const next = change(current);
      if (!next) return current;
      const tx = this.redis.multi();
      this.writeCase(tx, next.case, next.events, { enqueueForStaff: next.enqueueForStaff ?? false });
      next.extra?.(tx);
      await execOrThrow(tx);
      return next.case;
    });
  }

  /** Appends events without touching the case document. */
  async appendEvents(caseId: string, events: TimelineEvent[]): Promise<void> {
    if (events.length > 0) await this.redis.rpush(this.keys.timeline(caseId), ...events.map((e) => JSON.stringify(e)));
  }

  /** The staff queue, oldest first. */
  async queuedCaseIds(limit = 10_000): Promise<string[]> {
    return this.redis.zrange(this.keys.staffQueue(), '0', String(limit - 1));
  }
}

/** EXEC and surface the first command error (ioredis reports them per command). */
export async function execOrThrow(tx: ChainableCommander): Promise<void> {
  const results = await tx.exec();
  if (!results) throw new Error('transaction aborted');
  const failed = results.find(([err]) => err);
  if (failed?.[0]) throw failed[0];
}
