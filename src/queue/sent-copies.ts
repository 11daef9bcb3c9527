// Our own replies come back into the desk's INBOX as blind copies (SENT_COPY=bcc): the proof that
// a reply was accepted. They are recognised by the deterministic Message-ID the outbox gave them
// (`<replyId>@<desk domain>`, recorded on the reply), marked as seen on the reply record, and filed
// in the sent folder; they are never triaged.
import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';

/** The reply id a Message-ID of ours would carry, or null when it cannot be one of ours. */
export function replyIdOfMessageId(messageId: string, deskAddress: string): string | null {
  const domain = deskAddress.split('@')[1]?.toLowerCase() ?? '';
  const at = messageId.lastIndexOf('@');
  if (!domain || at <= 0 || messageId.slice(at + 1).toLowerCase() !== domain) return null;
  const replyId = messageId.slice(0, at);
  return /^[a-z0-9-]+$/i.test(replyId) ? replyId : null;
}

/**
 * Which of these Message-IDs are blind copies of our own replies (the outbox record exists and
 * carries that Message-ID); each one found is marked `copySeenAt` on its reply record.
 * One round trip for the lookups, one for the marks.
 */
export async function markOwnSentCopies(redis: Redis, keys: Keys, deskAddress: string, messageIds: (string | null)[]): Promise<boolean[]> {
  const candidates = messageIds.map((id) => (id ? replyIdOfMessageId(id, deskAddress) : null));
  const lookups = candidates.flatMap((replyId, i) => (replyId ? [{ i, replyId }] : []));
  const own = messageIds.map(() => false);
  if (lookups.length === 0) return own;
  const read = redis.pipeline();
  for (const { replyId } of lookups) read.hget(keys.reply(replyId), 'messageId');
  const recorded = (await read.exec()) ?? [];
  const mark = redis.pipeline();
  const at = new Date().toISOString();
  lookups.forEach(({ i, replyId }, k) => {
    const [err, value] = recorded[k] ?? [null, null];
    if (err || value !== messageIds[i]) return;
    own[i] = true;
    mark.hset(keys.reply(replyId), 'copySeenAt', at);
  });
  if (own.some(Boolean)) await mark.exec();
  return own;
}
