// The case page (fields with copy buttons and their origin, warnings and conflicts, the whole
// conversation, the timeline) and the staff actions on it. Every action is a POST with a CSRF
// token and ends in a redirect (PRG), or re-renders the page with the reason it was refused.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { FIELD_NAMES, type FieldName } from '../../extract/types.js';
import { messageKeyOf } from '../../queue/queues.js';
import type { CaseRecord } from '../../triage/case-model.js';
import { hasActiveClaim } from '../../triage/queue-order.js';
import type { EditedValue, StaffAction } from '../../triage/staff-actions.js';
import { bodyField, bodyList, queryField, type WebContext } from '../app.js';
import { runStaffAction } from '../case-actions.js';
import { enqueueReply } from '../../queue/outbox.js';
import { html, raw, type SafeHtml } from '../html.js';
import {
  ATTENTION_LABELS, FIELD_UI_LABELS, REPLY_KIND_LABELS, REPLY_STATUS_LABELS, SOURCE_LABELS, STATUS_LABELS,
  describeEvent, formatDateTime, formatDuration,
} from '../labels.js';
import type { ThreadMessage } from '../mailbox.js';

const ACTIONS = {
  tomar: 'claim', liberar: 'release', resolver: 'resolve', corregir: 'correction',
  canalizar: 'referral', rechazar: 'reject', cerrar: 'dismiss', 'pedir-datos': 'ask', editar: 'edit', nota: 'note',
} as const;
type ActionSlug = keyof typeof ACTIONS;

const DONE: Record<string, string> = {
  tomado: 'Tomaste este caso. Es tuyo hasta que lo resuelvas o lo liberes.',
  'ya-tienes': 'Ya tenías este caso tomado: termínalo o libéralo antes de tomar otro.',
  tomar: 'Tomaste este caso.',
  liberar: 'Liberaste el caso; vuelve a la cola.',
  resolver: 'Caso resuelto. Se envía al estudiante el correo «alta tramitada» con los siguientes pasos.',
  corregir: 'Se pidió la corrección al estudiante. El caso espera su respuesta.',
  canalizar: 'Se canalizó al estudiante a la subdelegación del IMSS.',
  rechazar: 'Se informó al estudiante que no procede el alta.',
  cerrar: 'Caso cerrado sin enviar ningún correo.',
  'pedir-datos': 'Se enviaron al remitente la solicitud de los datos que faltan y la guía. El caso espera su respuesta.',
  editar: 'Dato actualizado.',
  nota: 'Nota agregada.',
  reencolar: 'La respuesta volvió a la cola de envío.',
};

interface ReplyRecord {
  replyId: string; kind: string; to: string; subject: string; text: string; status: string; actor: string; createdAt: string; sentAt?: string; error?: string;
}

interface InboundRef {
  messageId: string;
  folder: string;
  at: string;
}

export function registerCaseRoutes(app: FastifyInstance, ctx: WebContext): void {
  async function inboundRefs(c: CaseRecord): Promise<InboundRef[]> {
    const pipe = ctx.redis.pipeline();
    for (const id of c.messageIds) pipe.hmget(ctx.keys.inbound(messageKeyOf(id)), 'placed', 'mailbox', 'at', 'state');
    const rows = (await pipe.exec()) ?? [];
    const refs: InboundRef[] = [];
    c.messageIds.forEach((messageId, i) => {
      const [placed, mailbox, at, state] = (rows[i]?.[1] ?? []) as (string | null)[];
      if (!state) return; // a reply of ours, not an inbound message
      const folder = placed && !placed.startsWith('keyword:') ? placed : (mailbox ?? ctx.config.imap.mailbox);
      refs.push({ messageId, folder, at: at ?? '' });
    });
    return refs;
  }

  async function replyRecords(caseId: string): Promise<ReplyRecord[]> {
    const ids = await ctx.redis.lrange(ctx.keys.caseReplies(caseId), 0, -1);
    const pipe = ctx.redis.pipeline();
    for (const id of ids) pipe.hgetall(ctx.keys.reply(id));
    const rows = (await pipe.exec()) ?? [];
    return rows.map(([, v]) => v as ReplyRecord).filter((r) => r && r.replyId);
  }

  async function renderCase(req: FastifyRequest, reply: FastifyReply, caseId: string, flash: { kind: 'ok' | 'bad' | 'warn'; text: string } | null, status = 200) {
    const c = await ctx.store.get(caseId);
    if (!c) return ctx.render(req, reply, { title: 'No encontrado', section: 'cola', body: html`<h1>No existe el caso ${caseId}</h1><p><a href="/cola">Volver a la cola</a></p>` }, 404);
    const [timeline, replies, refs] = await Promise.all([ctx.store.timeline(caseId), replyRecords(caseId), inboundRefs(c)]);
    // A reply recorded but never queued (the process died between the two steps) can be queued again.
    const stranded = new Set<string>();
    for (const r of replies) if (r.status === 'pending' && !(await ctx.replies.getJob(r.replyId))) stranded.add(r.replyId);
    let thread: { messages: ThreadMessage[]; missing: string[] } = { messages: [], missing: [] };
    let mailError = false;
    try {
      thread = await ctx.mailbox.readMessages(refs.map(({ messageId, folder }) => ({ messageId, folder })));
    } catch (err) {
      mailError = true;
      req.log.warn({ err: (err as Error).message, caseId }, 'could not read the thread over IMAP');
    }
    const now = ctx.now();
    const me = req.staff!;
    const active = hasActiveClaim(c, now, ctx.claimIdleMs);
    const mine = active && c.claim?.by === me.email;
    const csrf = ctx.csrfToken(req, reply);
    const token = html`<input type="hidden" name="_csrf" value="${csrf}">`;
    const action = (slug: ActionSlug) => `/casos/${encodeURIComponent(c.id)}/${slug}`;

    const fieldRows = FIELD_NAMES.map((f) => {
      const v = c.fields[f] as EditedValue | null;
      const origin = v
        ? v.editedBy
          ? `Editado por ${v.editedBy} · ${formatDateTime(v.at)}`
          : `Origen: ${SOURCE_LABELS[v.source] ?? v.source} · mensaje del ${formatDateTime(v.at)}`
        : '';
      return html`<dt id="f-${f}">${FIELD_UI_LABELS[f]}</dt><dd>${v
        ? html`<span class="value" data-field="${f}">${v.value}</span><button type="button" class="copy" data-copy="${v.value}" aria-label="Copiar ${FIELD_UI_LABELS[f]}" hidden>Copiar</button><span class="source" title="${v.messageId ? `Message-ID: ${v.messageId}` : ''}">${origin}</span>`
        : html`<span class="muted">Falta</span>`}</dd>`;
    });

    const conversation: { at: number; html: SafeHtml }[] = [];
    for (const m of thread.messages) {
      const ref = refs.find((r) => r.messageId === m.messageId);
      conversation.push({ at: Date.parse(m.date ?? ref?.at ?? '') || 0, html: messageView(c, m) });
    }
    for (const r of replies) {
      conversation.push({
        at: Date.parse(r.createdAt) || 0,
        html: html`<article class="msg out"><header><strong>Respuesta: ${REPLY_KIND_LABELS[r.kind] ?? r.kind}</strong> · a ${r.to} · ${formatDateTime(r.createdAt)} · ${r.actor === 'system' ? 'automática' : `por ${r.actor}`} · <span class="tag ${r.status === 'failed' ? 'bad' : r.status === 'sent' ? 'done' : ''}">${REPLY_STATUS_LABELS[r.status] ?? r.status}</span><br><span class="small">${r.subject}</span>${r.error ? html`<br><span class="small">${r.error}</span>` : ''}
          ${stranded.has(r.replyId) ? html`<form method="post" action="/casos/${encodeURIComponent(c.id)}/reencolar" class="inline">${token}<input type="hidden" name="respuesta" value="${r.replyId}"> <button type="submit" class="copy">No está en la cola de envío: enviar ahora</button></form>` : ''}</header>
          <div class="body"><pre>${r.text}</pre></div></article>`,
      });
    }
    conversation.sort((a, b) => a.at - b.at);

    const claimBox = active
      ? html`<p>Tomado por <strong>${c.claim!.by}</strong> (última actividad: ${formatDateTime(c.claim!.at)}). Se libera solo tras ${ctx.config.web.claimIdleMinutes} min sin actividad.</p>
        ${mine || me.admin ? html`<form method="post" action="${action('liberar')}">${token}<button type="submit">Liberar caso</button></form>` : ''}`
      : c.status === 'resolved' || c.status === 'closed'
        ? html`<p>Caso ${STATUS_LABELS[c.status].toLowerCase()}${c.resolvedBy ? html` por ${c.resolvedBy} el ${formatDateTime(c.resolvedAt)}` : ''}.</p>`
        : html`<form method="post" action="${action('tomar')}">${token}<button class="primary" type="submit" accesskey="t">Tomar caso</button> <span class="muted small">(<kbd>Alt</kbd>+<kbd>t</kbd>)</span></form>`;

    const actions = mine
      ? html`<section class="card" aria-labelledby="acciones"><h2 id="acciones">Acciones</h2><div class="actions">
        <details open><summary>Alta tramitada (resolver)</summary>
          <form method="post" action="${action('resolver')}" data-confirm="¿Marcar como resuelto y enviar al estudiante los siguientes pasos?">${token}
            <label for="note-resolve">Nota para el estudiante (opcional)</label><textarea id="note-resolve" name="nota" maxlength="2000"></textarea>
            <button class="primary" type="submit">Resolver y avisar al estudiante</button></form></details>
        <details><summary>Pedir corrección</summary>
          <form method="post" action="${action('corregir')}">${token}
            <fieldset class="checks"><legend>Datos a corregir</legend>${FIELD_NAMES.map((f) => html`<label><input type="checkbox" name="campos" value="${f}"> ${FIELD_UI_LABELS[f]}</label>`)}</fieldset>
            <label for="note-correction">Nota (opcional)</label><textarea id="note-correction" name="nota" maxlength="2000"></textarea>
            <button type="submit">Pedir corrección</button></form></details>
        <details><summary>Canalizar a la subdelegación del IMSS</summary>
          <form method="post" action="${action('canalizar')}" data-confirm="¿Canalizar al estudiante a la subdelegación? El caso se cierra.">${token}
            <label for="note-referral">Nota (opcional)</label><textarea id="note-referral" name="nota" maxlength="2000"></textarea>
            <button type="submit">Canalizar y cerrar</button></form></details>
        <details><summary>Rechazar (estatus baja o desertor)</summary>
          <form method="post" action="${action('rechazar')}" data-confirm="¿Rechazar? Se avisa al estudiante que no procede el alta y el caso se cierra.">${token}
            <label for="note-reject">Nota (opcional)</label><textarea id="note-reject" name="nota" maxlength="2000"></textarea>
            <button class="danger" type="submit">Rechazar y cerrar</button></form></details>
        ${c.status !== 'queued' && FIELD_NAMES.some((f) => !c.fields[f]) ? html`<details${c.attention.includes('held_for_review') ? ' open' : ''}><summary>Pedir los datos</summary>
          <form method="post" action="${action('pedir-datos')}">${token}
            <p class="small muted">Envía la respuesta de siempre: qué datos faltan y cómo obtenerlos.</p>
            <label for="note-ask">Nota para el remitente (opcional)</label><textarea id="note-ask" name="nota" maxlength="2000"></textarea>
            <button type="submit">Pedir los datos</button></form></details>` : ''}
        <details${c.attention.includes('held_for_review') ? ' open' : ''}><summary>Cerrar sin responder</summary>
          <form method="post" action="${action('cerrar')}" data-confirm="¿Cerrar el caso sin enviar ningún correo?">${token}
            <p class="small muted">Para correo automático (facturas, promociones, avisos) o un mensaje ya atendido por otro medio. No se envía nada.</p>
            <label for="note-dismiss">Nota interna (opcional)</label><textarea id="note-dismiss" name="nota" maxlength="2000"></textarea>
            <button type="submit">Cerrar sin responder</button></form></details>
        <details><summary>Editar un dato</summary>
          <form method="post" action="${action('editar')}">${token}
            <label for="edit-field">Dato</label><select id="edit-field" name="campo">${FIELD_NAMES.map((f) => html`<option value="${f}">${FIELD_UI_LABELS[f]}</option>`)}</select>
            <label for="edit-value">Valor nuevo</label><input id="edit-value" name="valor" maxlength="200" required>
            <button type="submit">Guardar (queda en el historial)</button></form></details>
      </div></section>`
      : '';

    const noteForm = html`<section class="card" aria-labelledby="nota-h"><h2 id="nota-h">Nota interna</h2>
      <form method="post" action="${action('nota')}">${token}<label for="note-internal" class="small muted">Solo la ve el personal.</label>
      <textarea id="note-internal" name="texto" maxlength="2000" required></textarea><p><button type="submit">Agregar nota</button></p></form></section>`;

    const waited = formatDuration(now.getTime() - Date.parse(c.firstMessageAt));
    return ctx.render(req, reply, {
      title: c.id,
      section: 'cola',
      flash,
      body: html`<p class="small"><a href="/cola">← Volver a la cola</a></p>
      <h1>${c.id} <span class="tag">${STATUS_LABELS[c.status]}</span>${c.attention.map((a) => html` <span class="tag attn">${ATTENTION_LABELS[a] ?? a}</span>`)}</h1>
      <p class="muted">Primer mensaje ${formatDateTime(c.firstMessageAt)} (espera: ${waited}) · ${c.inboundCount} mensaje(s) · responder a ${c.replyAddress || '—'}</p>
      <div class="grid"><div>
        <section class="card" aria-labelledby="datos"><h2 id="datos">Datos del estudiante</h2><dl class="fields">${fieldRows}</dl></section>
        ${c.warnings.length || c.conflicts.length || c.openProblems.length
          ? html`<section class="card" aria-labelledby="avisos"><h2 id="avisos">Avisos</h2><ul>
            ${c.conflicts.map((x) => html`<li><strong>${FIELD_UI_LABELS[x.field]}</strong>: aceptado «${x.accepted}», después ofreció «${x.offered}» (${formatDateTime(x.at)})${x.askedAt ? ' · se le preguntó' : ''}</li>`)}
            ${c.warnings.map((w) => html`<li>${w}</li>`)}
            ${c.openProblems.map((p) => html`<li>${FIELD_UI_LABELS[p.field]}: ${p.message}</li>`)}</ul></section>`
          : ''}
        <section class="card" aria-labelledby="conv"><h2 id="conv">Conversación</h2>
          ${mailError ? html`<p class="flash warn">No se pudo leer el buzón en este momento; se muestran solo las respuestas.</p>` : ''}
          ${thread.missing.length ? html`<p class="muted small">${thread.missing.length} mensaje(s) no se encontraron en el buzón.</p>` : ''}
          ${conversation.length ? conversation.map((x) => x.html) : html`<p class="muted">Sin mensajes.</p>`}</section>
        <section class="card" aria-labelledby="hist"><h2 id="hist">Historial</h2><ol class="timeline">
          ${timeline.map((e) => html`<li><time datetime="${e.at}">${formatDateTime(e.at)}</time> ${describeEvent(e)} <span class="muted small">· ${e.actor === 'system' ? 'automático' : e.actor}</span></li>`)}
        </ol></section>
      </div><div>
        <section class="card" aria-labelledby="toma"><h2 id="toma">Quién lo atiende</h2>${claimBox}</section>
        ${actions}
        ${noteForm}
      </div></div>`,
    }, status);
  }

  app.get<{ Params: { id: string } }>('/casos/:id', async (req, reply) => {
    const aviso = queryField(req, 'aviso');
    return renderCase(req, reply, req.params.id, DONE[aviso] ? { kind: aviso === 'ya-tienes' ? 'warn' : 'ok', text: DONE[aviso]! } : null);
  });

  app.get<{ Params: { id: string } }>('/casos/:id/adjunto', async (req, reply) => {
    const c = await ctx.store.get(req.params.id);
    const messageId = queryField(req, 'm');
    const index = Number(queryField(req, 'i'));
    if (!c || !c.messageIds.includes(messageId) || !Number.isInteger(index) || index < 0) return reply.code(404).send('No encontrado');
    const ref = (await inboundRefs(c)).find((r) => r.messageId === messageId);
    const att = ref ? await ctx.mailbox.readAttachment({ messageId, folder: ref.folder }, index) : null;
    if (!att) return reply.code(404).send('No encontrado');
    const name = att.filename.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120) || 'adjunto';
    return reply
      .type('application/octet-stream')
      .header('Content-Disposition', `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`)
      .send(att.content);
  });

  app.post<{ Params: { id: string } }>('/casos/:id/reencolar', async (req, reply) => {
    const replyId = bodyField(req, 'respuesta');
    const rec = await ctx.redis.hmget(ctx.keys.reply(replyId), 'caseId', 'status');
    if (rec[0] !== req.params.id || rec[1] !== 'pending') return renderCase(req, reply, req.params.id, { kind: 'bad', text: 'Esa respuesta ya no está pendiente.' }, 409);
    await enqueueReply(ctx.replies, replyId, req.params.id);
    return reply.redirect(`/casos/${encodeURIComponent(req.params.id)}?aviso=reencolar`, 303);
  });

  app.post<{ Params: { id: string; action: string } }>('/casos/:id/:action', async (req, reply) => {
    const slug = req.params.action as ActionSlug;
    if (!(slug in ACTIONS)) return reply.code(404).send('No encontrado');
    const parsed = parseAction(slug, req);
    if (!parsed) return renderCase(req, reply, req.params.id, { kind: 'bad', text: 'Revisa los datos del formulario.' }, 422);
    const result = await runStaffAction(ctx, req.params.id, parsed, req.staff!);
    if (!result.ok) {
      const status = result.code === 'not_found' ? 404 : result.code === 'invalid' ? 422 : 409;
      return renderCase(req, reply, req.params.id, { kind: 'bad', text: result.message }, status);
    }
    req.log.info({ caseId: req.params.id, action: parsed.type, replyId: result.replyId }, 'staff action');
    return reply.redirect(`/casos/${encodeURIComponent(req.params.id)}?aviso=${slug}`, 303);
  });
}

function parseAction(slug: ActionSlug, req: FastifyRequest): StaffAction | null {
  const note = bodyField(req, 'nota');
  switch (ACTIONS[slug]) {
    case 'claim': return { type: 'claim' };
    case 'release': return { type: 'release' };
    case 'resolve': return { type: 'resolve', note };
    case 'referral': return { type: 'referral', note };
    case 'reject': return { type: 'reject', note };
    case 'dismiss': return { type: 'dismiss', note };
    case 'ask': return { type: 'ask', note };
    case 'correction': return { type: 'correction', fields: bodyList(req, 'campos').filter((f): f is FieldName => (FIELD_NAMES as readonly string[]).includes(f)), note };
    case 'note': return { type: 'note', text: bodyField(req, 'texto') };
    case 'edit': {
      const field = bodyField(req, 'campo');
      if (!(FIELD_NAMES as readonly string[]).includes(field)) return null;
      return { type: 'edit', field: field as FieldName, value: bodyField(req, 'valor') };
    }
  }
}

function messageView(c: CaseRecord, m: ThreadMessage): SafeHtml {
  return html`<article class="msg in"><header><strong>${m.from || '(sin remitente)'}</strong> · ${formatDateTime(m.date)}<br><span class="small">${m.subject || '(sin asunto)'}</span></header>
    <div class="body"><pre>${m.text || '(sin texto)'}</pre>
    ${m.safeHtml ? html`<details><summary class="small">Ver la versión HTML (depurada)</summary><div class="html-part">${raw(m.safeHtml)}</div></details>` : ''}
    ${m.attachments.length ? html`<p class="small">Adjuntos: ${m.attachments.map((a) => html`<a href="/casos/${encodeURIComponent(c.id)}/adjunto?m=${encodeURIComponent(m.messageId ?? '')}&amp;i=${a.index}" download>${a.filename}</a> (${Math.ceil(a.size / 1024)} KB) `)}</p>` : ''}
    </div></article>`;
}
