// Files triaged messages in their outcome folders, many per command.
//
// A job whose effects are recorded (inbound state=applied) does not wait for its own UID MOVE: it
// writes a placement {mailbox, uidValidity, uid, dest, messageKey} into one Redis HASH and ends.
// The filer takes every waiting placement, sends one UID MOVE per (mailbox, destination) for up to
// MAX_PER_PASS of them, and only after the server confirmed the move marks each inbound record
// `done` and deletes the placement. Each IMAP command that follows a change costs the server a
// resync of the mailbox (Dovecot re-reads a Maildir's cur/ directory), so hundreds of messages per
// MOVE instead of a handful is what keeps a 10,000-message backlog from costing more per message
// than a small one.
// Exactly once: a message leaves the INBOX only after its effects are recorded (the placement is
// written after state=applied). A crash between the MOVE and the `done` mark repeats the MOVE,
// which finds nothing left to move, and then marks. Placements under an old UIDVALIDITY are
// dropped: the watcher queues the mailbox again and the re-run jobs place the messages anew.
// Every process runs a filer; a short Redis lock keeps two passes from overlapping.
import { randomUUID } from 'node:crypto';
import type { ImapFlow } from 'imapflow';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { catchUp, inMailbox } from '../mail/imap-batch.js';
import { errInfo } from '../mail/imap-connection.js';
import type { ImapConnection } from '../mail/imap-connection.js';
import type { Keys } from './keys.js';
import { LeaderLock } from './leader-lock.js';

export interface Placement {
  mailbox: string;
  uidValidity: string;
  uid: number;
  dest: string;
  /** The inbound record to mark `done`; null for our own sent copies (no record). */
  messageKey: string | null;
}

/** Largest number of placements taken in one pass. */
const MAX_PER_PASS = 1000;
/** Passes also run on this period: placements written by other processes, retries after errors. */
const POLL_MS = 1000;
// Overlapping passes are harmless (a message already moved counts as done), only wasteful.
export const FILER_LOCK_MS = 8_000;

const fieldOf = (p: Pick<Placement, 'mailbox' | 'uidValidity' | 'uid'>) => `${p.uidValidity}:${p.uid}:${p.mailbox}`;

/** Records placements (durable; the filer picks them up). `tx`: the connection, a MULTI or a pipeline. */
export function writePlacements<R>(tx: { hset(key: string, data: Record<string, string>): R }, keys: Keys, placements: Placement[]): R | undefined {
  if (placements.length === 0) return undefined;
  return tx.hset(keys.placements(), Object.fromEntries(placements.map((p) => [fieldOf(p), JSON.stringify(p)])));
}

/** Groups placements by mailbox + UIDVALIDITY + destination: one UID MOVE each. */
export function groupPlacements(placements: Placement[]): Placement[][] {
  const groups = new Map<string, Placement[]>();
  for (const p of placements) {
    const key = `${p.mailbox}\n${p.uidValidity}\n${p.dest}`;
    const g = groups.get(key);
    if (g) g.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()];
}

export interface FilerDeps {
  redis: Redis;
  keys: Keys;
  ops: ImapConnection;
  log: Logger;
  pollMs?: number;
}

export class Filer {
  private running = false;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private current: Promise<void> = Promise.resolve();
  private readonly lock: LeaderLock;
  /** Messages moved by this process (metrics, tests). */
  moved = 0;

  constructor(private readonly deps: FilerDeps) {
    this.lock = new LeaderLock(deps.redis, deps.keys.filerLock(), `${process.pid}-${randomUUID()}`, FILER_LOCK_MS);
  }

  /** Records placements (durable) and asks for a pass. */
  async place(placements: Placement[]): Promise<void> {
    if (placements.length === 0) return;
    await writePlacements(this.deps.redis, this.deps.keys, placements);
    this.wake();
  }

  start(): void {
    this.timer = setInterval(() => this.wake(), this.deps.pollMs ?? POLL_MS);
    this.timer.unref();
    this.wake();
  }

  /** Asks for a pass: at once when none runs, else right after the running one. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.current = (async () => {
      try {
        do {
          this.again = false;
          const more = await this.pass();
          if (more) this.again = true;
        } while (this.again && !this.stopped);
      } catch (err) {
        this.deps.log.warn({ err: errInfo(err) }, 'filing messages failed; will retry');
      } finally {
        this.running = false;
      }
    })();
  }

  /** One pass; true when placements were left for the next one. */
  private async pass(): Promise<boolean> {
    const { redis, keys } = this.deps;
    if ((await redis.hlen(keys.placements())) === 0) return false;
    if (!(await this.lock.acquire())) return false; // another process is filing; the timer retries
    try {
      const placements = await this.take();
      for (const group of groupPlacements(placements)) {
        const { done, dropped } = await this.deps.ops.use((client) => moveGroup(client, group));
        if (done.length + dropped.length < group.length) {
          this.deps.log.warn({ dest: group[0]!.dest, refused: group.length - done.length - dropped.length }, 'server refused to move some messages; will retry');
        }
        await this.record(done, dropped);
        // Renewed per group: a short lease, so a killed filer stalls filing for seconds, not half a minute.
        if (!(await this.lock.renew())) break;
      }
      return placements.length >= MAX_PER_PASS;
    } finally {
      await this.lock.release().catch(() => undefined);
    }
  }

  private async take(): Promise<Placement[]> {
    const { redis, keys } = this.deps;
    const out: Placement[] = [];
    let cursor = '0';
    do {
      const [next, flat] = await redis.hscan(keys.placements(), cursor, 'COUNT', MAX_PER_PASS);
      cursor = next;
      for (let i = 1; i < flat.length; i += 2) out.push(JSON.parse(flat[i]!) as Placement);
    } while (cursor !== '0' && out.length < MAX_PER_PASS);
    return out.slice(0, MAX_PER_PASS);
  }

  private async record(done: Placement[], dropped: Placement[]): Promise<void> {
    if (done.length === 0 && dropped.length === 0) return;
    const { redis, keys } = this.deps;
    const at = new Date().toISOString();
    const tx = redis.multi();
    for (const p of done) if (p.messageKey) tx.hset(keys.inbound(p.messageKey), { state: 'done', placedAt: at, placed: p.dest });
    tx.hdel(keys.placements(), ...[...done, ...dropped].map(fieldOf));
    await tx.exec();
    this.moved += done.length;
  }

  /** Stops the timer and waits for a running pass. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.current;
  }
}

/**
 * Moves one group (same mailbox, UIDVALIDITY and destination). `done`: moved, or already gone;
 * `dropped`: the mailbox has a new UIDVALIDITY (the UIDs may name other messages now).
 * Whatever is still in the mailbox after a refused MOVE is in neither: it waits for the next pass.
 */
async function moveGroup(client: ImapFlow, group: Placement[]): Promise<{ done: Placement[]; dropped: Placement[] }> {
  const { mailbox, uidValidity, dest } = group[0]!;
  return inMailbox(client, mailbox, uidValidity, async (current) => {
    if (!current) return { done: [], dropped: group };
    const uids = [...new Set(group.map((p) => p.uid))].sort((a, b) => a - b);
    await catchUp(client, uids);
    const moved = await client.messageMove(uids.join(','), dest, { uid: true });
    if (moved !== false) return { done: group, dropped: [] };
    const still = new Set<number>();
    for await (const msg of client.fetch(uids.join(','), { uid: true }, { uid: true })) still.add(msg.uid);
    return { done: group.filter((p) => !still.has(p.uid)), dropped: [] };
  });
}
