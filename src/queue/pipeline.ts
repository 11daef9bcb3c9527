// Wires the mail pipeline of one process: the inbox watcher (only while this process holds the
// watcher lease), the `incoming` and `replies` workers, and the IMAP/SMTP/Redis connections.
// Built here, started by start(): nothing connects at import time.
import { randomUUID } from 'node:crypto';
import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { ImapFlow } from 'imapflow';
import type { Config } from '../config/index.js';
import type { Logger } from '../logger.js';
import { ensureFolders, type FolderRole } from '../mail/folders.js';
import { ImapConnection, errInfo, sleep } from '../mail/imap-connection.js';
import { InboxWatcher } from '../mail/inbox-watcher.js';
import { createSmtpSender, type SmtpSender } from '../mail/smtp-sender.js';
import { CaseStore } from '../triage/case-store.js';
import { bullPrefix, createKeys, type Keys } from './keys.js';
import { ByteBudget } from './byte-budget.js';
import { Filer } from './filer.js';
import { LeaderLock } from './leader-lock.js';
import { processIncoming, type InboundResult, type RenderAutoReply } from './process-inbound.js';
import { processReply, type ReplyOutcome } from './process-reply.js';
import { QUEUE_NAMES, backoffDelay, createQueues, type IncomingJob, type ReplyJob } from './queues.js';

export interface PipelineOptions {
  render: RenderAutoReply;
  /** Override the SMTP sender (dry runs). */
  sender?: SmtpSender;
  /** Run the inbox watcher when this process holds the lease (default true). */
  watch?: boolean;
  lockTtlMs?: number;
  /** Observer of finished job attempts (src/ops/metrics.ts); optional. */
  metrics?: PipelineMetrics;
}

/** What the pipeline reports per job attempt: lane, result (or error) and the BullMQ job (timings). */
export interface PipelineMetrics {
  jobCompleted(lane: 'incoming' | 'replies', result: unknown, job: Job): void;
  jobFailed(lane: 'incoming' | 'replies', job: Job | undefined, err: Error): void;
}

export interface Pipeline {
  keys: Keys;
  redis: Redis;
  store: CaseStore;
  incoming: Queue<IncomingJob>;
  replies: Queue<ReplyJob>;
  start(): Promise<void>;
  stop(timeoutMs?: number): Promise<void>;
  isWatching(): boolean;
  /** The ops IMAP session and the SMTP sender (readiness checks). */
  ops: ImapConnection;
  sender: SmtpSender;
  /** Counts by outcome come from `metrics` (src/ops/metrics.ts); this is what only the pipeline knows. */
  stats: { imapReconnects: () => number };
}

export function redisConnection(url: string): Redis {
  // maxRetriesPerRequest null: while Redis is down commands wait instead of failing; BullMQ needs it.
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}

export function createPipeline(config: Config, log: Logger, options: PipelineOptions): Pipeline {
  const keys = createKeys(config.redis.prefix);
  const redis = redisConnection(config.redis.url);
  redis.on('error', (err) => log.warn({ err: errInfo(err) }, 'redis error'));
  const store = new CaseStore(redis, keys);
  const prefix = bullPrefix(config.redis.prefix);
  const { incoming, replies } = createQueues(redis, config.redis.prefix);
  // Without a listener BullMQ prints a Queue's connection errors with console.error: raw, past
  // the logger and its redaction (seen on every Redis restart).
  for (const q of [incoming, replies]) q.on('error', (err) => log.warn({ err: errInfo(err), queue: q.name }, 'queue error'));
  const sender = options.sender ?? createSmtpSender(config.smtp);
  const ops = new ImapConnection({ imap: config.imap, log, role: 'ops', flow: { disableAutoIdle: true } });
  let folderPaths: Promise<Record<FolderRole, string>> | null = null;
  const folders = () => {
    const { complete, incomplete, ignored, errors, sent } = config.folders;
    folderPaths ??= ops.use((client: ImapFlow) => ensureFolders(client, { complete, incomplete, ignored, errors, sent })).catch((err) => {
      folderPaths = null;
      throw err;
    });
    return folderPaths;
  };
  ops.on('disconnected', () => {
    folderPaths = null;
  });

  /** Searches the desk's INBOX and sent-copies folder for a Message-ID. */
  const findSentCopy = async (messageId: string): Promise<boolean> => {
    const paths = [config.imap.mailbox, (await folders()).sent];
    return ops.use(async (client: ImapFlow) => {
      for (const path of paths) {
        const lock = await client.getMailboxLock(path);
        try {
          const uids = await client.search({ header: { 'message-id': `<${messageId}>` } }, { uid: true });
          if (uids && uids.length > 0) return true;
        } finally {
          lock.release();
        }
      }
      return false;
    });
  };

  const budget = new ByteBudget(config.workerInflightBytes);
  const filer = new Filer({ redis, keys, ops, log });
  const stats = { imapReconnects: () => ops.reconnects + (watcher?.reconnects ?? 0) };
  let watcher: InboxWatcher | null = null;
  let incomingWorker: Worker<IncomingJob, InboundResult> | null = null;
  let replyWorker: Worker<ReplyJob, ReplyOutcome> | null = null;
  let leaseLoop: Promise<void> | null = null;
  let stopping = false;
  const lock = new LeaderLock(redis, keys.watcherLock(), `${process.pid}-${randomUUID()}`, options.lockTtlMs ?? 15_000);

  const workerOptions = {
    connection: redis,
    prefix,
    // A job of a process that died is picked up again within lockDuration + stalledInterval (~20 s);
    // one message takes well under a second, and the lock is renewed every 7.5 s while it runs.
    lockDuration: 15_000,
    stalledInterval: 5_000,
    // Processing is idempotent, so a job that stalled because its process died is simply retried.
    maxStalledCount: 100,
    settings: { backoffStrategy: (attemptsMade: number) => backoffDelay(attemptsMade) },
  };

  async function runLease(): Promise<void> {
    const ttl = options.lockTtlMs ?? 15_000;
    while (!stopping) {
      try {
        const held = await lock.acquire();
        if (held && !watcher) {
          log.info('watcher lease acquired; watching the inbox');
          watcher = new InboxWatcher({ config, redis, keys, incoming, log, sentCopies: { folder: async () => (await folders()).sent, filer } });
          void watcher.start().catch((err) => log.error({ err: errInfo(err) }, 'watcher failed to start'));
        } else if (!held && watcher) {
          log.warn('watcher lease lost; another process watches the inbox now');
          const w = watcher;
          watcher = null;
          await w.stop();
        }
      } catch (err) {
        log.warn({ err: errInfo(err) }, 'watcher lease check failed');
      }
      await sleep(ttl / 3);
    }
  }

  return {
    keys,
    redis,
    store,
    incoming,
    replies,
    stats,
    ops,
    sender,
    isWatching: () => watcher !== null,
    async start() {
      incomingWorker = new Worker<IncomingJob, InboundResult>(
        QUEUE_NAMES.incoming,
        async (job: Job<IncomingJob>) => {
          return processIncoming(job.data, { config, redis, keys, store, ops, folders, replies, render: options.render, log: log.child({ jobId: job.id }), budget, filer }, job.attemptsMade);
        },
        { ...workerOptions, concurrency: config.workerConcurrency },
      );
      replyWorker = new Worker<ReplyJob, ReplyOutcome>(
        QUEUE_NAMES.replies,
        async (job: Job<ReplyJob>) => {
          return processReply(job.data, { config, redis, keys, store, sender, findSentCopy, log: log.child({ jobId: job.id }) });
        },
        {
          ...workerOptions,
          concurrency: Math.max(2, Math.ceil(config.workerConcurrency / 2)),
          // SMTP_MAX_PER_MINUTE: BullMQ's limiter is per queue, so it holds for every worker process.
          ...(config.smtp.maxPerMinute > 0 ? { limiter: { max: config.smtp.maxPerMinute, duration: 60_000 } } : {}),
        },
      );
      for (const [lane, w] of [['incoming', incomingWorker], ['replies', replyWorker]] as const) {
        w.on('completed', (job: Job, result: unknown) => options.metrics?.jobCompleted(lane, result, job));
        w.on('failed', (job: Job | undefined, err: Error) => options.metrics?.jobFailed(lane, job, err));
        w.on('failed', (job, err) => log.warn({ jobId: job?.id, attempts: job?.attemptsMade, err: errInfo(err) }, 'job attempt failed'));
        w.on('error', (err) => log.warn({ err: errInfo(err) }, 'worker error'));
      }
      filer.start();
      if (options.watch !== false) leaseLoop = runLease();
    },
    async stop(timeoutMs = 20_000) {
      stopping = true;
      const closing = (async () => {
        if (watcher) await watcher.stop();
        watcher = null;
        await lock.release().catch(() => undefined);
        // worker.close() waits for in-flight jobs with no timeout of its own: bounded below.
        await Promise.all([incomingWorker?.close(), replyWorker?.close()]);
      })();
      const finished = await Promise.race([closing.then(() => true), sleep(timeoutMs).then(() => false)]);
      if (!finished) {
        log.warn({ timeoutMs }, 'in-flight jobs did not finish in time; they will be retried by the next worker');
        await Promise.all([incomingWorker?.close(true), replyWorker?.close(true)]).catch(() => undefined);
      }
      await Promise.race([leaseLoop ?? Promise.resolve(), sleep(2000)]);
      // Placements left now are filed by the next filer that runs (they are in Redis).
      await Promise.race([filer.stop(), sleep(5000)]);
      await ops.stop();
      sender.close();
      await incoming.close();
      await replies.close();
      await redis.quit().catch(() => redis.disconnect());
      log.info('pipeline stopped');
    },
  };
}
