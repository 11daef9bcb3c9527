// The outbox: every reply, automatic or from staff, is first written to Redis (in the same
// transaction as the case change that caused it) and then sent by the `replies` processor.
// One path for all replies: threaded, with a deterministic Message-ID, sent at most once.
import type { ChainableCommander } from 'ioredis';
import type { Queue } from 'bullmq';
import type { Keys } from './keys.js';
import type { ReplyJob } from './queues.js';

export interface PlannedReply {
  replyId: string; // no ':' (it is also the BullMQ job id)
  caseId: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  inReplyTo: string | null;
  references: string[];
  /** "system" for automatic replies, the staff member's e-mail otherwise. */
  actor: string;
  createdAt: string;
  /** When the message that caused it was seen (ms), for latency figures; 0 for staff replies. */
  inboundAt?: number;
}

/** The Message-ID of a reply: stable for its id, in the desk's domain. */
export function replyMessageId(replyId: string, mailFrom: string): string {
  const domain = mailFrom.split('@')[1] ?? 'imss-triage.local';
  return `${replyId}@${domain}`;
}

/** Adds the outbox record to a MULTI; returns the reply's Message-ID. */
export function writeReply(tx: ChainableCommander, keys: Keys, reply: PlannedReply, mailFrom: string): string {
  const messageId = replyMessageId(reply.replyId, mailFrom);
  tx.hset(keys.reply(reply.replyId), {
    replyId: reply.replyId,
    caseId: reply.caseId,
    kind: reply.kind,
    to: reply.to,
    subject: reply.subject,
    text: reply.text,
    html: reply.html,
    messageId,
    inReplyTo: reply.inReplyTo ?? '',
    references: JSON.stringify(reply.references.slice(-20)),
    actor: reply.actor,
    status: 'pending',
    createdAt: reply.createdAt,
    inboundAt: String(reply.inboundAt ?? 0),
  });
  tx.rpush(keys.caseReplies(reply.caseId), reply.replyId);
  return messageId;
}

/** Queues the send; idempotent (the job id is the reply id, and a sent reply is skipped). */
export async function enqueueReply(replies: Queue<ReplyJob>, replyId: string, caseId: string): Promise<void> {
  await replies.add('reply', { replyId, caseId }, { jobId: replyId });
}
