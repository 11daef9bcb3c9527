// The imperative shell around applyStaffAction: read the case under its lock, apply the pure
// action, and write the case, its events and the reply's outbox record in ONE MULTI; then queue
// the reply for the worker's `replies` processor (idempotent: job id = reply id).
//
// Reply ids are `s<folio>-<n>`, n = the length of the case timeline when the action was applied
// (under the lock): deterministic for the action, never reused. A double-submitted form is the
// same action applied twice; the second finds the case already changed and is refused.
// Claims go through the same lock, so two people never hold the same case.
import { resolve } from 'node:path';
import type { CaseRecord, TimelineEvent } from '../triage/case-model.js';
import { execOrThrow } from '../triage/case-store.js';
import { claimableInOrder, hasActiveClaim, hasIdleClaim, type QueueView } from '../triage/queue-order.js';
import { applyStaffAction, type StaffAction, type StaffContext } from '../triage/staff-actions.js';
import { withRedisLock } from '../queue/mutex.js';
import { enqueueReply, writeReply } from '../queue/outbox.js';
import { renderReply } from '../replies/render-reply.js';
import type { WebContext } from './app.js';

export type ActionOutcome =
  | { ok: true; case: CaseRecord; replyId: string | null }
  | { ok: false; code: string; message: string };

type Ctx = Pick<WebContext, 'redis' | 'keys' | 'store' | 'replies' | 'config' | 'contact' | 'claimIdleMs' | 'now'>;

export function staffContext(ctx: Ctx, actor: string, isAdmin: boolean): StaffContext {
  return {
    actor,
    isAdmin,
    now: ctx.now().toISOString(),
    claimIdleMs: ctx.claimIdleMs,
    contact: ctx.contact,
    institutionalDomains: ctx.config.extraction.institutionalDomains,
    studentCodePattern: ctx.config.extraction.studentCodePattern,
  };
}

export async function runStaffAction(ctx: Ctx, caseId: string, action: StaffAction, actor: { email: string; admin: boolean }): Promise<ActionOutcome> {
  const outcome = await withRedisLock(ctx.redis, ctx.keys.caseLock(caseId), async (): Promise<ActionOutcome> => {
    const current = await ctx.store.get(caseId);
    if (!current) return { ok: false, code: 'not_found', message: 'No existe ese caso.' };
    const sctx = staffContext(ctx, actor.email, actor.admin);
    const result = applyStaffAction(current, action, sctx);
    if (!result.ok) return result;
    const next = result.case;
    const events: TimelineEvent[] = [...result.events];
    const tx = ctx.redis.multi();
    let replyId: string | null = null;
    if (result.reply) {
      const index = await ctx.redis.llen(ctx.keys.timeline(caseId));
      replyId = `s${caseId}-${index}`;
      // The deployment's own templates (TEMPLATES_DIR), as for the automatic replies.
      const rendered = renderReply(result.reply.kind, result.reply.data as never, ctx.config.templatesDir ? resolve(ctx.config.templatesDir) : undefined);
      const inReplyTo = current.lastInbound?.messageId ?? null;
      const references = [...(current.lastInbound?.references ?? []), ...(inReplyTo ? [inReplyTo] : [])];
      const messageId = writeReply(tx, ctx.keys, {
        replyId,
        caseId,
        kind: result.reply.kind,
        to: result.reply.to,
        ...rendered,
        inReplyTo,
        references,
        actor: actor.email,
        createdAt: sctx.now,
      }, ctx.config.mailFrom.address);
      if (!next.messageIds.includes(messageId)) next.messageIds.push(messageId);
      events.push({ at: sctx.now, kind: 'reply_planned', actor: actor.email, detail: { replyId, kind: result.reply.kind } });
    }
    ctx.store.writeCase(tx, next, events, { enqueueForStaff: result.staffQueue === 'add' });
    if (result.staffQueue === 'remove') tx.zrem(ctx.keys.staffQueue(), caseId);
    await execOrThrow(tx);
    return { ok: true, case: next, replyId };
  });
  if (outcome.ok && outcome.replyId) await enqueueReply(ctx.replies, outcome.replyId, caseId);
  return outcome;
}

/** Every case in the `cases` ZSET, and the set of folios in the staff queue. */
export async function loadCases(ctx: Pick<WebContext, 'redis' | 'keys' | 'store'>): Promise<{ cases: CaseRecord[]; inStaffQueue: Set<string> }> {
  const [ids, queued] = await Promise.all([ctx.redis.zrange(ctx.keys.allCases(), '0', '-1'), ctx.redis.zrange(ctx.keys.staffQueue(), '0', '-1')]);
  const cases: CaseRecord[] = [];
  for (let i = 0; i < ids.length; i += 500) cases.push(...(await ctx.store.getMany(ids.slice(i, i + 500))));
  return { cases, inStaffQueue: new Set(queued) };
}

export function queueView(ctx: Pick<WebContext, 'claimIdleMs' | 'now'>, inStaffQueue: Set<string>): QueueView {
  return { inStaffQueue, now: ctx.now(), claimIdleMs: ctx.claimIdleMs };
}

/** Releases claims idle for CLAIM_IDLE_MINUTES (actor "system"); returns how many. */
export async function releaseIdleClaims(ctx: Ctx, cases: CaseRecord[]): Promise<number> {
  let released = 0;
  for (const c of cases) {
    if (!hasIdleClaim(c, ctx.now(), ctx.claimIdleMs)) continue;
    const r = await runStaffAction(ctx, c.id, { type: 'release', idle: true }, { email: 'system', admin: false });
    if (r.ok) released += 1;
  }
  return released;
}

/**
 * "Tomar siguiente": the user's own active claim if there is one (one case at a time), else the
 * first claimable case in queue order that this user manages to claim under its lock.
 */
export async function takeNext(ctx: Ctx, user: { email: string; admin: boolean }): Promise<{ caseId: string; already: boolean } | null> {
  const { cases, inStaffQueue } = await loadCases(ctx);
  const now = ctx.now();
  const own = cases.find((c) => hasActiveClaim(c, now, ctx.claimIdleMs) && c.claim?.by === user.email);
  if (own) return { caseId: own.id, already: true };
  for (const c of claimableInOrder(cases, queueView(ctx, inStaffQueue))) {
    const r = await runStaffAction(ctx, c.id, { type: 'claim' }, user);
    if (r.ok) return { caseId: c.id, already: false };
  }
  return null;
}
