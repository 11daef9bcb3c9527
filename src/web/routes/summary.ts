// The summary page: pending per lane, oldest waiting, resolved today, median time to resolution,
// replies sent today, and a warning when the inbox watcher has not synced for a while.
import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../app.js';
import { loadCases, queueView } from '../case-actions.js';
import { html } from '../html.js';
import { LANE_LABELS, formatDateTime, formatDuration } from '../labels.js';
import { computeSummary, type ReplyFact } from '../summary.js';
import { ALL_LANES } from '../../triage/queue-order.js';

export function registerSummaryRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.get('/resumen', async (req, reply) => {
    const { cases, inStaffQueue } = await loadCases(ctx);
    const pipe = ctx.redis.pipeline();
    for (const c of cases) pipe.lrange(ctx.keys.caseReplies(c.id), 0, -1);
    const ids = ((await pipe.exec()) ?? []).flatMap(([, v]) => (v as string[]) ?? []);
    const facts: ReplyFact[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const p = ctx.redis.pipeline();
      for (const id of ids.slice(i, i + 500)) p.hmget(ctx.keys.reply(id), 'actor', 'status', 'sentAt');
      for (const [, v] of (await p.exec()) ?? []) {
        const [actor, status, sentAt] = v as (string | null)[];
        facts.push({ actor: actor ?? '', status: status ?? '', sentAt: sentAt || null });
      }
    }
    const [errors, lastSync] = await Promise.all([ctx.redis.zcard(ctx.keys.errors()), ctx.redis.get(ctx.keys.lastSync())]);
    const s = computeSummary({ cases, view: queueView(ctx, inStaffQueue), replies: facts, errors, lastSync });
    const now = ctx.now();
    const stat = (k: string, v: string | number, extra?: unknown) => html`<div class="stat"><div class="k">${k}</div><div class="v${typeof v === 'string' && v.length > 12 ? ' long' : ''}">${v}</div>${extra ? html`<div class="small muted">${extra as string}</div>` : ''}</div>`;
    return ctx.render(req, reply, {
      title: 'Resumen',
      section: 'resumen',
      flash: s.syncStale
        ? { kind: 'bad', text: s.lastSync ? `El buzón no se ha revisado desde ${formatDateTime(s.lastSync)} (hace ${formatDuration(now.getTime() - Date.parse(s.lastSync))}). Revisa que el worker esté corriendo.` : 'El buzón no se ha revisado nunca: revisa que el worker esté corriendo.' }
        : null,
      body: html`<h1>Resumen</h1>
      <h2>Pendientes por carril</h2>
      <div class="stats">${ALL_LANES.filter((l) => l !== 'done').map((l) => stat(LANE_LABELS[l], s.lanes[l]))}${stat('Errores', s.errors)}</div>
      <h2 class="spaced">Hoy</h2>
      <div class="stats">
        ${stat('Espera más larga', s.oldestWaiting ? formatDuration(now.getTime() - Date.parse(s.oldestWaiting.since)) : '—', s.oldestWaiting ? `${s.oldestWaiting.caseId}, desde ${formatDateTime(s.oldestWaiting.since)}` : 'nadie esperando')}
        ${stat('Resueltos hoy', s.resolvedToday)}
        ${stat('Tiempo mediano de resolución', s.medianResolutionMs === null ? '—' : formatDuration(s.medianResolutionMs), `${s.resolvedLast30Days} caso(s) en 30 días`)}
        ${stat('Respuestas automáticas hoy', s.automaticRepliesToday)}
        ${stat('Respuestas del personal hoy', s.staffRepliesToday)}
        ${stat('Última revisión del buzón', s.lastSync ? formatDateTime(s.lastSync) : 'nunca')}
      </div>`,
    });
  });
}
