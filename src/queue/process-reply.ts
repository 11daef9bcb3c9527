// The `replies` processor: sends one reply from the outbox record, at most once per record.
//   pending -> sending -> sent     (SMTP accepted: recorded with the server's response)
//                      -> failed   (permanent 5xx: recorded on the case, shown to staff)
//                      -> pending  (transient: thrown, BullMQ retries with backoff)
// The Message-ID is fixed when the record is written, so a send repeated after a crash in the
// narrow window between the server's 250 and our "sent" write carries the same Message-ID and is
// recognisable as the same message.
import type { Redis } from 'ioredis';
import { UnrecoverableError } from 'bullmq';
import type { Config } from '../config/index.js';
import type { Logger } from '../logger.js';
import { ERROR_CODES, TriageError } from '../errors.js';
import type { SmtpSender } from '../mail/smtp-sender.js';
import { ATTENTION } from '../triage/case-model.js';
import type { CaseStore } from '../triage/case-store.js';
import type { Keys } from './keys.js';
import type { ReplyJob } from './queues.js';

export interface ReplyDeps {
  config: Config;
  redis: Redis;
  keys: Keys;
  store: CaseStore;
  sender: SmtpSender;
  log: Logger;
  /**
   * Looks for the desk's blind copy of a reply by Message-ID (SENT_COPY=bcc). Only consulted for a
   * send that was interrupted: it tells "accepted before the crash" from "never accepted".
   */
  findSentCopy?: (messageId: string) => Promise<boolean>;
  /** Called after a reply is accepted by SMTP (metrics, latency figures). */
  onSent?: (record: Record<string, string>) => void;
}

export type ReplyOutcome = 'sent' | 'failed' | 'already_sent' | 'already_failed' | 'missing';

export async function processReply(job: ReplyJob, deps: ReplyDeps): Promise<ReplyOutcome> {
  const { redis, keys, store, log } = deps;
  const key = keys.reply(job.replyId);
  const rec = await redis.hgetall(key);
  if (!rec.replyId) return 'missing';
  if (rec.status === 'sent') return 'already_sent';
  if (rec.status === 'failed') return 'already_failed';
  const interrupted = rec.status === 'sending';
  const bcc = deps.config.sentCopy.mode === 'bcc' ? [deps.config.sentCopy.to] : [];
  if (interrupted && bcc.length > 0 && deps.findSentCopy) {
    // The previous attempt died mid-send: was it accepted? The desk's blind copy says so.
    if (rec.copySeenAt || (await deps.findSentCopy(rec.messageId!))) {
      const at = new Date().toISOString();
      await redis.hset(key, { status: 'sent', sentAt: rec.lastAttemptAt ?? at, response: 'confirmed by the desk copy after an interrupted send' });
      await store.appendEvents(job.caseId, [{ at, kind: 'reply_sent', actor: rec.actor || 'system', detail: { replyId: job.replyId, kind: rec.kind, recovered: true } }]);
      log.info({ replyId: job.replyId, caseId: job.caseId }, 'interrupted send had been accepted; not sending again');
      return 'already_sent';
    }
    const waitedMs = Date.now() - Date.parse(rec.lastAttemptAt ?? '0');
    if (waitedMs < deps.config.sentCopy.graceSeconds * 1000) {
      // The copy may still be on its way through the MTA: look again before deciding to resend.
      throw new TriageError(ERROR_CODES.IMSS_SMTP_TRANSIENT, 'interrupted send: waiting for the desk copy before resending', true);
    }
  }
  await redis.hset(key, { status: 'sending', attempts: String(Number(rec.attempts ?? 0) + 1), lastAttemptAt: new Date().toISOString() });
  if (interrupted) log.warn({ replyId: job.replyId, caseId: job.caseId }, 'previous send was interrupted and not accepted; sending again with the same Message-ID');

  try {
    const result = await deps.sender.send({
      from: deps.config.mailFrom,
      to: rec.to!,
      subject: rec.subject ?? '',
      text: rec.text ?? '',
      html: rec.html ?? '',
      messageId: rec.messageId!,
      inReplyTo: rec.inReplyTo || null,
      references: JSON.parse(rec.references || '[]') as string[],
      bcc,
    });
    const sentAt = new Date().toISOString();
    await redis.hset(key, { status: 'sent', sentAt, response: result.response.slice(0, 200) });
    await store.appendEvents(job.caseId, [{ at: sentAt, kind: 'reply_sent', actor: rec.actor || 'system', detail: { replyId: job.replyId, kind: rec.kind } }]);
    log.info({ replyId: job.replyId, caseId: job.caseId, kind: rec.kind }, 'reply sent');
    deps.onSent?.({ ...rec, sentAt });
    return 'sent';
  } catch (err) {
    if (err instanceof TriageError && err.code === ERROR_CODES.IMSS_SMTP_REJECTED) {
      const at = new Date().toISOString();
      await redis.hset(key, { status: 'failed', failedAt: at, error: err.message.slice(0, 300) });
      await store.update(job.caseId, (c) => {
        if (!c.attention.includes(ATTENTION.deliveryFailed)) c.attention.push(ATTENTION.deliveryFailed);
        c.updatedAt = at;
        return {
          case: c,
          events: [{ at, kind: 'reply_failed', actor: 'system', detail: { replyId: job.replyId, kind: rec.kind, error: err.message.slice(0, 300) } }],
          enqueueForStaff: true,
        };
      });
      log.warn({ replyId: job.replyId, caseId: job.caseId, code: err.code }, 'reply permanently rejected; shown to staff');
      return 'failed';
    }
    // Uncertain: leave it 'sending', so the next attempt first looks for the desk copy.
    const uncertain = err instanceof TriageError && err.code === ERROR_CODES.IMSS_SMTP_UNCERTAIN;
    await redis.hset(key, { status: uncertain ? 'sending' : 'pending', lastError: (err as Error).message.slice(0, 300) });
    log.warn({ replyId: job.replyId, code: (err as TriageError).code, attempt: Number(rec.attempts ?? 0) + 1 }, 'reply not sent yet; will retry');
    if (err instanceof TriageError && !err.retryable) throw new UnrecoverableError(err.message);
    throw err;
  }
}
