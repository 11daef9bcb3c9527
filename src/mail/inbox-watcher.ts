// Watches the support mailbox and turns every new message into an `incoming` job.
// - One IMAP session in IDLE (imapflow auto-IDLE) so new mail is seen at once; `exists` is only a
//   trigger, the truth is a UID sync, also run on a timer and after every reconnect.
// - Progress is (uidValidity, lastUid) in Redis, advanced only after the jobs are durably queued.
//   \Seen is never read or set: people read this inbox in their own mail clients.
// - A UIDVALIDITY change voids every stored UID: the whole mailbox is queued again and the
//   exactly-once record (keyed by Message-ID) stops a message from being triaged twice.
// - The blind copies of our own replies (SENT_COPY=bcc) are known by their Message-ID already in
//   the envelope: they are marked on their reply record and handed to the filer for the sent
//   folder here, instead of costing each a job, a fetch of its body and a parse.
import type { ImapFlow } from 'imapflow';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from '../config/index.js';
import type { Logger } from '../logger.js';
import type { Keys } from '../queue/keys.js';
import { incomingJobId, type IncomingJob } from '../queue/queues.js';
import { markOwnSentCopies } from '../queue/sent-copies.js';
import type { Filer } from '../queue/filer.js';
import { ImapConnection, errInfo, sleep } from './imap-connection.js';

const BATCH = 500;

export interface WatcherDeps {
  config: Config;
  redis: Redis;
  keys: Keys;
  incoming: Queue<IncomingJob>;
  log: Logger;
  /** The sent folder and the filer; without them, sent copies are queued like any message. */
  sentCopies?: { folder: () => Promise<string>; filer: Filer };
}

export class InboxWatcher {
  private readonly conn: ImapConnection;
  private syncing: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  syncs = 0;

  constructor(private readonly deps: WatcherDeps) {
    const { config, log } = deps;
    this.conn = new ImapConnection({
      imap: config.imap,
      log,
      role: 'watcher',
      // IDLE right after each sync: mail that arrives is pushed to us, not found by the next poll.
      flow: { autoIdleDelay: 200 },
      onConnect: async (client) => {
        await client.mailboxOpen(config.imap.mailbox);
        client.on('exists', () => this.requestSync('exists'));
      },
    });
    this.conn.on('reconnected', () => this.requestSync('reconnect'));
  }

  get reconnects(): number {
    return this.conn.reconnects;
  }

  async start(): Promise<void> {
    await this.conn.ready(Number.POSITIVE_INFINITY);
    this.requestSync('start');
    const interval = this.deps.config.imap.pollSeconds * 1000;
    this.timer = setInterval(() => this.requestSync('timer'), interval);
  }

  /** Coalesces triggers: at most one sync runs, and one more follows if asked meanwhile. */
  requestSync(reason: string): void {
    if (this.stopped) return;
    if (this.syncing) {
      this.again = true;
      return;
    }
    this.syncing = (async () => {
      do {
        this.again = false;
        try {
          const queued = await this.conn.use((client) => this.syncOnce(client), 60_000);
          this.syncs += 1;
          if (queued > 0) this.deps.log.info({ reason, queued }, 'inbox synced');
        } catch (err) {
          this.deps.log.warn({ reason, err: errInfo(err) }, 'inbox sync failed; will retry');
          if (!this.stopped) await sleep(1000);
          this.again = !this.stopped;
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.syncing = null;
    });
  }

  /** Queues every message above the stored UID mark; returns how many were queued. */
  private async syncOnce(client: ImapFlow): Promise<number> {
    const { config, redis, keys, incoming } = this.deps;
    const mailbox = config.imap.mailbox;
    if (!client.mailbox || client.mailbox.path !== mailbox) await client.mailboxOpen(mailbox);
    const box = client.mailbox;
    if (!box) throw new Error('mailbox not selected');
    const uidValidity = String(box.uidValidity);
    const state = await redis.hgetall(keys.sync(mailbox));
    let lastUid = Number(state.lastUid ?? 0);
    if (state.uidValidity && state.uidValidity !== uidValidity) {
      this.deps.log.warn({ before: state.uidValidity, now: uidValidity }, 'UIDVALIDITY changed: re-queueing the whole mailbox');
      lastUid = 0;
    }
    // `N:*` returns the highest message even when its UID is below N: filter.
    const found = (await client.search({ uid: `${lastUid + 1}:*` }, { uid: true })) || [];
    const uids = found.filter((u) => u > lastUid).sort((a, b) => a - b);
    let queued = 0;
    for (let i = 0; i < uids.length; i += BATCH) {
      const chunk = uids.slice(i, i + BATCH);
      const messages = await client.fetchAll(chunk.join(','), { uid: true, envelope: true, size: true }, { uid: true });
      const seenAt = Date.now();
      const messageIds = messages.map((m) => (m.envelope?.messageId ? m.envelope.messageId.replace(/^<|>$/g, '') : null));
      const own = this.deps.sentCopies ? await markOwnSentCopies(redis, keys, config.mailFrom.address, messageIds) : messageIds.map(() => false);
      const toJob = (i: number) => {
        const data: IncomingJob = { mailbox, uidValidity, uid: messages[i]!.uid, messageId: messageIds[i]!, seenAt, ...(messages[i]!.size ? { size: messages[i]!.size } : {}) };
        return { name: 'message', data, opts: { jobId: incomingJobId(data) } };
      };
      const jobs = messages.flatMap((_, i) => (own[i] ? [] : [toJob(i)]));
      if (jobs.length > 0) await incoming.addBulk(jobs);
      const copies = messages.filter((_, i) => own[i]);
      if (copies.length > 0) {
        const dest = await this.deps.sentCopies!.folder();
        await this.deps.sentCopies!.filer.place(copies.map((m) => ({ mailbox, uidValidity, uid: m.uid, dest, messageKey: null })));
      }
      queued += jobs.length;
      // Only now is the progress mark advanced: the jobs are in Redis.
      const maxUid = chunk[chunk.length - 1]!;
      await redis.hset(keys.sync(mailbox), { uidValidity, lastUid: String(maxUid) });
    }
    if (uids.length === 0 && state.uidValidity !== uidValidity) {
      await redis.hset(keys.sync(mailbox), { uidValidity, lastUid: String(lastUid) });
    }
    await redis.set(keys.lastSync(), new Date().toISOString());
    return queued;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.race([this.syncing ?? Promise.resolve(), sleep(10_000)]);
    await this.conn.stop();
  }
}
