// Queue names and job payloads. Payloads carry pointers (mailbox, UID, ids), never content:
// BullMQ stores job data in clear text.
import { createHash } from 'node:crypto';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { bullPrefix } from './keys.js';

export const QUEUE_NAMES = { incoming: 'incoming', replies: 'replies' } as const;

export interface IncomingJob {
  mailbox: string;
  uidValidity: string; // BigInt from imapflow, as a string
  uid: number;
  messageId: string | null;
  /** When the watcher saw the message (ms since epoch), for latency figures. */
  seenAt: number;
  /** RFC822.SIZE as the server reported it (absent on jobs queued by older versions). */
  size?: number;
}

export interface ReplyJob {
  replyId: string;
  caseId: string;
}

/** BullMQ job ids may not contain ":"; this one is stable for one message in one mailbox. */
export function incomingJobId(job: Pick<IncomingJob, 'mailbox' | 'uidValidity' | 'uid' | 'messageId'>): string {
  const mbox = createHash('sha256').update(job.mailbox).digest('hex').slice(0, 8);
  const mid = job.messageId ? createHash('sha256').update(job.messageId).digest('hex').slice(0, 12) : 'nomid';
  return `in-${mbox}-${job.uidValidity}-${job.uid}-${mid}`;
}

/**
 * The durable identity of an inbound message across UIDVALIDITY changes and re-deliveries:
 * its Message-ID when it has one, else a hash of its bytes.
 */
export function messageKeyOf(messageId: string | null, raw?: Buffer): string {
  if (messageId) return `m-${createHash('sha256').update(messageId.trim().toLowerCase()).digest('hex').slice(0, 40)}`;
  if (!raw) throw new Error('messageKeyOf needs the raw message when there is no Message-ID');
  return `r-${createHash('sha256').update(raw).digest('hex').slice(0, 40)}`;
}

/** Custom backoff: 1 s, 2 s, 4 s ... capped at 5 minutes, so an outage of hours is waited out. */
export function backoffDelay(attemptsMade: number): number {
  return Math.min(5 * 60_000, 1000 * 2 ** Math.max(0, attemptsMade - 1));
}

/**
 * The two queues with their job defaults; every process (worker, web) builds them here so a job
 * is retried the same way whoever added it. Finished jobs are kept a week: while a job id exists,
 * adding it again is a no-op.
 */
export function createQueues(redis: Redis, redisPrefix: string): { incoming: Queue<IncomingJob>; replies: Queue<ReplyJob> } {
  const common = {
    connection: redis,
    prefix: bullPrefix(redisPrefix),
  };
  const keep = { backoff: { type: 'custom' }, removeOnComplete: { age: 7 * 24 * 3600, count: 200_000 }, removeOnFail: false } as const;
  return {
    incoming: new Queue<IncomingJob>(QUEUE_NAMES.incoming, { ...common, defaultJobOptions: { ...keep, attempts: 50 } }),
    replies: new Queue<ReplyJob>(QUEUE_NAMES.replies, { ...common, defaultJobOptions: { ...keep, attempts: 200 } }),
  };
}
