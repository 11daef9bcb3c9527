// The queue page: lanes with counts, filters by lane and status, search, and "Tomar siguiente".
import type { FastifyInstance } from 'fastify';
import { CASE_STATUSES, type CaseStatus } from '../../triage/case-model.js';
import { ALL_LANES, filterCases, laneCounts, laneOf, orderQueue, type Lane } from '../../triage/queue-order.js';
import { queryField, type WebContext } from '../app.js';
import { loadCases, queueView, releaseIdleClaims, takeNext } from '../case-actions.js';
import { html } from '../html.js';
import { ATTENTION_LABELS, LANE_LABELS, STATUS_LABELS, formatDateTime, formatDuration } from '../labels.js';
import { searchCases } from '../search.js';

const MAX_ROWS = 300;
const OPEN_LANES: readonly Lane[] = ['attention', 'waiting', 'claimed'];

export function registerQueueRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.get('/cola', async (req, reply) => {
    let { cases, inStaffQueue } = await loadCases(ctx);
    if ((await releaseIdleClaims(ctx, cases)) > 0) ({ cases, inStaffQueue } = await loadCases(ctx));
    const view = queueView(ctx, inStaffQueue);
    const laneParam = queryField(req, 'carril');
    const lane = (ALL_LANES as readonly string[]).includes(laneParam) ? (laneParam as Lane) : null;
    const statusParam = queryField(req, 'estado');
    const status = (Object.values(CASE_STATUSES) as string[]).includes(statusParam) ? (statusParam as CaseStatus) : null;
    const q = queryField(req, 'q');
    const counts = laneCounts(cases, view);
    const errors = await ctx.redis.zcard(ctx.keys.errors());

    let shown = filterCases(cases, view, lane, status);
    if (!lane && !status && !q) shown = shown.filter((c) => OPEN_LANES.includes(laneOf(c, view)));
    shown = orderQueue(searchCases(shown, q));
    const now = ctx.now();
    const flash = req.query && (req.query as Record<string, string>).aviso === 'vacia' ? { kind: 'warn' as const, text: 'No hay casos pendientes sin tomar. ¡Buen trabajo!' } : null;
    const laneLink = (l: Lane | null, label: string, n: number) =>
      html`<li><a href="/cola${l ? `?carril=${l}` : ''}" ${lane === l && !status && !q ? html`aria-current="true"` : ''}>${label}<span class="n">${n}</span></a></li>`;

    return ctx.render(req, reply, {
      title: 'Cola',
      section: 'cola',
      flash,
      body: html`<h1>Cola de trabajo</h1>
      <div class="toolbar">
        <form method="post" action="/cola/siguiente" id="take-next">
          <input type="hidden" name="_csrf" value="${ctx.csrfToken(req, reply)}">
          <button class="primary" type="submit" accesskey="n">Tomar siguiente</button>
        </form>
        <span class="muted small">Atajo: <kbd>n</kbd> · buscar: <kbd>/</kbd></span>
        <form method="get" action="/cola" role="search">
          <div class="field"><label for="q">Buscar</label>
            <input id="q" name="q" type="search" value="${q}" placeholder="Folio, nombre, código, NSS, CURP o correo" class="search"></div>
          <div class="field"><label for="estado">Estado</label>
            <select id="estado" name="estado"><option value="">Todos</option>${Object.values(CASE_STATUSES).map(
              (s) => html`<option value="${s}" ${status === s ? html`selected` : ''}>${STATUS_LABELS[s]}</option>`,
            )}</select></div>
          ${lane ? html`<input type="hidden" name="carril" value="${lane}">` : ''}
          <button type="submit">Filtrar</button>
          ${q || status || lane ? html`<a class="button" href="/cola">Quitar filtros</a>` : ''}
        </form>
      </div>
      <nav aria-label="Carriles"><ul class="lanes">
        ${laneLink(null, 'Pendientes', counts.attention + counts.waiting + counts.claimed)}
        ${ALL_LANES.map((l) => laneLink(l, LANE_LABELS[l], counts[l]))}
        <li><a href="/errores">Errores<span class="n">${errors}</span></a></li>
      </ul></nav>
      ${shown.length === 0
        ? html`<p class="card">No hay casos con estos filtros.</p>`
        : html`<table><caption class="muted small">${shown.length} caso(s)${shown.length > MAX_ROWS ? `; se muestran los primeros ${MAX_ROWS}` : ''}, primero los que requieren atención y luego por tiempo de espera.</caption>
        <thead><tr><th scope="col">#</th><th scope="col">Folio</th><th scope="col">Nombre</th><th scope="col">Espera</th><th scope="col">Estado</th><th scope="col">Avisos</th></tr></thead>
        <tbody>${shown.slice(0, MAX_ROWS).map((c, i) => {
          const l = laneOf(c, view);
          return html`<tr>
            <td>${i + 1}</td>
            <td><a href="/casos/${c.id}">${c.id}</a></td>
            <td>${c.fields.fullName?.value ?? html`<span class="muted">(sin nombre)</span>`}</td>
            <td title="Primer mensaje: ${formatDateTime(c.firstMessageAt)}">${formatDuration(now.getTime() - Date.parse(c.firstMessageAt))}</td>
            <td><span class="tag ${l === 'claimed' ? 'claimed' : l === 'done' ? 'done' : ''}">${STATUS_LABELS[c.status]}</span>${l === 'claimed' && c.claim ? html`<span class="small muted">por ${c.claim.by}</span>` : ''}</td>
            <td>${c.attention.map((a) => html`<span class="tag attn">${ATTENTION_LABELS[a] ?? a}</span>`)}</td>
          </tr>`;
        })}</tbody></table>`}`,
    });
  });

  app.post('/cola/siguiente', async (req, reply) => {
    const user = req.staff!;
    const got = await takeNext(ctx, user);
    if (!got) return reply.redirect('/cola?aviso=vacia', 303);
    return reply.redirect(`/casos/${encodeURIComponent(got.caseId)}${got.already ? '?aviso=ya-tienes' : '?aviso=tomado'}`, 303);
  });
}
