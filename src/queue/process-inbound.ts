// The `incoming` processor: one inbound message from fetch to folder, exactly once.
//
// State of a message lives in the inbound record (HASH keys.inbound(messageKey)):
//   (absent)  -> nothing recorded: fetch, parse, triage, and in ONE Redis transaction write the
//                case, its timeline, the reply to send (outbox) and the record with state=applied
//   applied   -> effects are recorded: (re)queue the reply job, hand the message to the filer
//                (src/queue/filer.ts), which moves it to its folder with others and marks it done
//   done      -> moved: nothing left to do
// A crash at any point re-runs the job; each step finds what the previous run already did.
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from '../config/index.js';
import type { Logger } from '../logger.js';
import { ERROR_CODES, TriageError } from '../errors.js';
import type { ParsedMail } from '../extract/types.js';
import { parseMessage } from '../mail/parse-message.js';
import type { ImapConnection } from '../mail/imap-connection.js';
import { catchUp, fetchSourceBatched, inMailbox } from '../mail/imap-batch.js';
import type { FolderRole } from '../mail/folders.js';
import { applyMessage, type AutoReplyKind, type Outcome } from '../triage/apply-message.js';
import type { CaseRecord } from '../triage/case-model.js';
import { execOrThrow, type CaseStore } from '../triage/case-store.js';
import { acceptedField, triageMessage, type MessageTriage } from '../triage/triage-message.js';
import { checkSenderAuthentication } from '../triage/sender-authentication.js';
import type { Keys } from './keys.js';
import { withRedisLock } from './mutex.js';
import { enqueueReply, writeReply } from './outbox.js';
import { markOwnSentCopies } from './sent-copies.js';
import type { ByteBudget } from './byte-budget.js';
import type { Filer } from './filer.js';
import { messageKeyOf, type IncomingJob, type ReplyJob } from './queues.js';

export interface RenderedReply {
  subject: string;
  text: string;
  html: string;
}

export type RenderAutoReply = (kind: AutoReplyKind, c: CaseRecord, triage: MessageTriage) => RenderedReply;

export interface InboundDeps {
  config: Config;
  redis: Redis;
  keys: Keys;
  store: CaseStore;
  ops: ImapConnection;
  folders: () => Promise<Record<FolderRole, string>>;
  replies: Queue<ReplyJob>;
  render: RenderAutoReply;
  log: Logger;
  now?: () => Date;
  /** Bounds the bytes of mail this process holds at once (WORKER_INFLIGHT_MB). */
  budget?: ByteBudget;
  /** Moves triaged messages to their folders (src/queue/filer.ts). */
  filer: Filer;
}

export type InboundResult = { outcome: Outcome | 'error' | 'gone' | 'stale' | 'duplicate' | 'sent_copy'; caseId?: string | null };

/** After this many failed attempts, a message whose triage keeps throwing goes to the Errores lane. */
export const MAX_TRIAGE_ATTEMPTS = 3;

export async function processIncoming(job: IncomingJob, deps: InboundDeps, attemptsMade = 0): Promise<InboundResult> {
  const { redis, keys } = deps;
  if (job.messageId && (await isOwnSentCopy(job.messageId, deps))) {
    // The blind copy of one of our replies: proof that it was sent. File it, never triage it.
    // (The watcher files most of them at sight; this is for those queued before it knew them.)
    await placeLater(job, null, 'sent_copy', deps);
    return { outcome: 'sent_copy' };
  }
  let messageKey = job.messageId ? messageKeyOf(job.messageId) : null;
  let record = messageKey ? await redis.hgetall(keys.inbound(messageKey)) : {};
  if (record.state === 'done' && record.uid === String(job.uid) && record.uidValidity === job.uidValidity) {
    return { outcome: record.outcome as Outcome, caseId: record.caseId ?? null };
  }

  if (record.state !== 'applied' && record.state !== 'done') {
    // The message's bytes are held from the fetch until its effects are recorded: within budget.
    const stage = () => fetchAndRecord(job, messageKey, deps, attemptsMade);
    const staged = await (deps.budget ? deps.budget.run(job.size, stage) : stage());
    if (staged === 'stale' || staged === 'gone') return { outcome: staged };
    messageKey = staged;
    record = await redis.hgetall(keys.inbound(messageKey));
  }
  if (!messageKey) throw new Error('unreachable: message key unknown');

  if (record.replyId && record.caseId) {
    await enqueueReply(deps.replies, record.replyId, record.caseId);
  }
  const outcome = (record.outcome ?? 'error') as Outcome | 'error';
  if (deps.config.folders.move) {
    // Its effects are recorded: the filer moves it (with others, one UID MOVE) and marks it done.
    await placeLater(job, messageKey, outcome, deps);
    return { outcome, caseId: record.caseId || null };
  }
  const placed = await flagMessage(job, FOLDER_OF[outcome], deps);
  await redis.hset(keys.inbound(messageKey), { state: 'done', placedAt: new Date().toISOString(), placed });
  return { outcome, caseId: record.caseId || null };
}

/** Fetches, triages and records the message unless another run recorded it; returns its key. */
async function fetchAndRecord(job: IncomingJob, knownKey: string | null, deps: InboundDeps, attemptsMade: number): Promise<string | 'stale' | 'gone'> {
  const fetched = await fetchSource(job, deps);
  if (fetched === 'stale' || fetched === 'gone') {
    deps.log.info({ uid: job.uid, outcome: fetched }, fetched === 'gone' ? 'message no longer in the mailbox' : 'UIDVALIDITY changed since the job was queued');
    return fetched;
  }
  const messageKey = knownKey ?? messageKeyOf(null, fetched);
  const state = await deps.redis.hget(deps.keys.inbound(messageKey), 'state');
  if (state === 'applied' || state === 'done') return messageKey;
  try {
    await triageAndRecord(job, fetched, messageKey, deps);
  } catch (err) {
    // Infrastructure trouble (IMAP, locks) is retried for as long as it lasts; a bug or an input
    // that keeps breaking the triage must not hold the message in the inbox forever.
    if ((err instanceof TriageError && err.retryable) || attemptsMade + 1 < MAX_TRIAGE_ATTEMPTS) throw err;
    deps.log.error({ messageKey, uid: job.uid, err: (err as Error).message }, 'triage keeps failing; filing the message under Errores');
    await recordError(job, messageKey, 'IMSS_TRIAGE_FAILED', deps);
  }
  return messageKey;
}

/** The message's source; concurrent jobs' fetches go out as one UID FETCH (src/mail/imap-batch.ts). */
function fetchSource(job: IncomingJob, deps: InboundDeps): Promise<Buffer | 'stale' | 'gone'> {
  return fetchSourceBatched(deps.ops, job);
}

/** Parse, triage, apply to the case and record every effect in one transaction. */
async function triageAndRecord(job: IncomingJob, raw: Buffer, messageKey: string, deps: InboundDeps): Promise<void> {
  const { config, redis, keys, store, log } = deps;
  const now = (deps.now ?? (() => new Date()))();
  const base = { uid: String(job.uid), uidValidity: job.uidValidity, mailbox: job.mailbox, at: now.toISOString() };

  let parsed: ParsedMail;
  let triage: MessageTriage;
  try {
    if (raw.length > config.maxMessageBytes) throw new TriageError(ERROR_CODES.IMSS_MESSAGE_TOO_LARGE, `message is ${raw.length} bytes`, false);
    parsed = await parseMessage(raw, { maxBytes: config.maxMessageBytes });
    // MIME mailparser could not read at all (too many parts, giant headers...): no sender, no
    // text. Triaged, it would become an empty case nobody sees; the Errores lane is for staff.
    const unreadable = parsed.parseWarnings.find((w) => w.startsWith('mime_unreadable'));
    if (unreadable) throw new TriageError(ERROR_CODES.IMSS_MALFORMED_MESSAGE, unreadable, false);
    triage = triageMessage(parsed, {
      institutionalDomains: config.extraction.institutionalDomains,
      studentCodePattern: config.extraction.studentCodePattern,
      deskAddresses: config.deskAddresses,
      now,
    });
    // An institutional From our own mail server did not authenticate: a warning on the case.
    const auth = checkSenderAuthentication(parsed, { trustedHosts: config.authResultsTrustedHosts, institutionalDomains: config.extraction.institutionalDomains });
    if (auth.status === 'fail') triage = { ...triage, extraction: { ...triage.extraction, warnings: [...triage.extraction.warnings, auth.warning] } };
  } catch (err) {
    const reason = err instanceof TriageError ? err.code : ERROR_CODES.IMSS_MALFORMED_MESSAGE;
    log.warn({ messageKey, uid: job.uid, reason, err: (err as Error).message }, 'message could not be triaged');
    await recordError(job, messageKey, reason, deps);
    return;
  }

  // A Reply-To naming the desk itself would make the desk answer itself (a loop, and the student
  // never hears back): such a Reply-To is ignored. A From of the desk is already `ignore`.
  const replyTo = parsed.replyTo && !config.deskAddresses.includes(parsed.replyTo.address.toLowerCase()) ? parsed.replyTo : null;
  const replyAddress = (replyTo ?? parsed.from)?.address ?? null;
  // Serialise per sender, then per case: two messages of one student never race on their case.
  await withRedisLock(redis, keys.senderLock(replyAddress ?? messageKey), async () => {
    if (await redis.hget(keys.inbound(messageKey), 'state')) return; // recorded meanwhile
    const query = {
      inReplyTo: parsed.inReplyTo,
      references: parsed.references,
      subject: parsed.subject,
      replyAddress,
      identifiers: { curp: accepted(triage, 'curp'), nss: accepted(triage, 'nss'), studentCode: accepted(triage, 'studentCode') },
      folioPrefix: config.folioPrefix,
    };
    const found = await store.find(query);
    const record = async (existing: CaseRecord | null) => {
      const budgetKey = replyAddress ? keys.replyBudget(replyAddress) : null;
      const repliesLast24h = budgetKey ? await redis.zcount(budgetKey, now.getTime() - 86_400_000, '+inf') : 0;
      const willCreate = !existing || existing.status === 'closed';
      const newCaseId = willCreate && triage.decision !== 'ignore' ? await store.nextFolio(config.folioPrefix, now.getFullYear()) : '';
      const result = applyMessage({
        existing,
        newCaseId,
        triage,
        message: {
          messageId: parsed.messageId,
          references: parsed.references,
          subject: parsed.subject,
          receivedAt: parsed.date && Date.parse(parsed.date) <= now.getTime() ? parsed.date : now.toISOString(),
          replyAddress,
        },
        now: now.toISOString(),
        repliesToAddressLast24h: repliesLast24h,
        maxRepliesPerDay: config.maxRepliesPerDay,
        matchedBy: found?.matchedBy ?? null,
      });

      const tx = redis.multi();
      let replyId = '';
      if (result.case) {
        const c = result.case;
        if (result.reply) {
          replyId = `r${messageKey}`;
          const rendered = deps.render(result.reply.kind, c, triage);
          const messageId = writeReply(tx, keys, {
            replyId,
            caseId: c.id,
            kind: result.reply.kind,
            to: result.reply.to,
            ...rendered,
            inReplyTo: parsed.messageId,
            references: [...parsed.references, ...(parsed.messageId ? [parsed.messageId] : [])],
            actor: 'system',
            createdAt: now.toISOString(),
            inboundAt: job.seenAt,
          }, config.mailFrom.address);
          c.messageIds.push(messageId);
          tx.zadd(budgetKey!, now.getTime(), replyId);
          tx.zremrangebyscore(budgetKey!, '-inf', now.getTime() - 2 * 86_400_000);
          result.events.push({ at: now.toISOString(), kind: 'reply_planned', actor: 'system', detail: { replyId, kind: result.reply.kind } });
        }
        store.writeCase(tx, c, result.events, { enqueueForStaff: result.enqueueForStaff });
      }
      tx.hset(keys.inbound(messageKey), {
        ...base,
        state: 'applied',
        outcome: result.outcome,
        caseId: result.case?.id ?? '',
        replyId,
        reason: result.noReplyReason ?? '',
        automatic: triage.automatic.automatic ? triage.automatic.reason : '',
      });
      await execOrThrow(tx);
      log.info({ messageKey, uid: job.uid, caseId: result.case?.id ?? null, outcome: result.outcome, reply: result.reply?.kind ?? null, noReply: result.noReplyReason }, 'triaged');
    };
    if (!found) return record(null);
    await withRedisLock(redis, keys.caseLock(found.case.id), async () => record(await store.get(found.case.id)));
  });
}

function accepted(triage: MessageTriage, field: 'curp' | 'nss' | 'studentCode'): string | null {
  return acceptedField(triage.extraction, field) || null;
}

/** A Message-ID we gave one of our own replies (the outbox record exists and says so). */
async function isOwnSentCopy(messageId: string, deps: InboundDeps): Promise<boolean> {
  const [own] = await markOwnSentCopies(deps.redis, deps.keys, deps.config.mailFrom.address, [messageId]);
  return own === true;
}

const FOLDER_OF: Record<Outcome | 'error' | 'sent_copy', FolderRole> = {
  sent_copy: 'sent',
  complete: 'complete',
  incomplete: 'incomplete',
  ignore: 'ignored',
  error: 'errors',
};

/** Hands the message to the filer (src/queue/filer.ts): a durable placement, then a wake-up. */
async function placeLater(job: IncomingJob, messageKey: string | null, outcome: Outcome | 'error' | 'sent_copy', deps: InboundDeps): Promise<void> {
  const dest = (await deps.folders())[FOLDER_OF[outcome]];
  await deps.filer.place([{ mailbox: job.mailbox, uidValidity: job.uidValidity, uid: job.uid, dest, messageKey }]);
}

/** MOVE_PROCESSED=false: the message stays in the inbox, flagged with its outcome. */
async function flagMessage(job: IncomingJob, role: FolderRole, deps: InboundDeps): Promise<string> {
  await deps.ops.use((client) => inMailbox(client, job.mailbox, job.uidValidity, async (current) => {
    // Under a new UIDVALIDITY this UID may name another message: leave it to the re-queued job.
    if (!current) return;
    await catchUp(client, job.uid);
    await client.messageFlagsAdd(String(job.uid), ['$Triaged', `$Triage_${role}`], { uid: true });
  }));
  return `keyword:${role}`;
}

/** Records a message for the Errores lane: no case, no reply; staff see it with its reason. */
async function recordError(job: IncomingJob, messageKey: string, reason: string, deps: InboundDeps): Promise<void> {
  const now = (deps.now ?? (() => new Date()))();
  const tx = deps.redis.multi();
  tx.hset(deps.keys.inbound(messageKey), { uid: String(job.uid), uidValidity: job.uidValidity, mailbox: job.mailbox, at: now.toISOString(), state: 'applied', outcome: 'error', reason });
  tx.zadd(deps.keys.errors(), now.getTime(), messageKey);
  await execOrThrow(tx);
}
