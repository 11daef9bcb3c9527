// The "Errores" lane: messages that could not be triaged (keys.errors ZSET -> keys.inbound hash),
// with the reason and the message itself read from the Errores folder; staff may re-queue one
// (it goes through the normal pipeline again) or turn it into a case by hand.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { FIELD_NAMES, type FieldName } from '../../extract/types.js';
import { withRedisLock } from '../../queue/mutex.js';
import { incomingJobId, type IncomingJob } from '../../queue/queues.js';
import { emptyFields, type CaseRecord, type TimelineEvent } from '../../triage/case-model.js';
import { execOrThrow } from '../../triage/case-store.js';
import { checkFieldValue, type EditedValue } from '../../triage/staff-actions.js';
import { bodyField, type WebContext } from '../app.js';
import { html, raw } from '../html.js';
import { FIELD_UI_LABELS, formatDateTime } from '../labels.js';
import type { ThreadMessage } from '../mailbox.js';

const KEY = /^[mr]-[0-9a-f]{40}$/;

const REASONS: Record<string, string> = {
  IMSS_MESSAGE_TOO_LARGE: 'El mensaje es demasiado grande',
  IMSS_MALFORMED_MESSAGE: 'El mensaje no se pudo leer (MIME dañado)',
};

export function registerErrorRoutes(app: FastifyInstance, ctx: WebContext): void {
  async function folderOf(record: Record<string, string>): Promise<string> {
    if (record.placed && !record.placed.startsWith('keyword:')) return record.placed;
    if (ctx.config.folders.move) return ctx.mailbox.serverPath(ctx.config.folders.errors);
    return record.mailbox ?? ctx.config.imap.mailbox;
  }

  app.get('/errores', async (req, reply) => {
    const keys = await ctx.redis.zrevrange(ctx.keys.errors(), 0, 499);
    const pipe = ctx.redis.pipeline();
    for (const k of keys) pipe.hgetall(ctx.keys.inbound(k));
    const records = ((await pipe.exec()) ?? []).map(([, v]) => v as Record<string, string>);
    return ctx.render(req, reply, {
      title: 'Errores',
      section: 'errores',
      body: html`<h1>Errores</h1><p class="muted">Mensajes que el sistema no pudo clasificar. Ábrelos para volver a procesarlos o crear el caso a mano.</p>
      ${keys.length === 0 ? html`<p class="card">No hay mensajes con error.</p>` : html`<table><thead><tr><th scope="col">Recibido</th><th scope="col">Motivo</th><th scope="col">Mensaje</th></tr></thead><tbody>
        ${keys.map((k, i) => html`<tr><td>${formatDateTime(records[i]?.at)}</td><td>${REASONS[records[i]?.reason ?? ''] ?? records[i]?.reason ?? '—'}</td><td><a href="/errores/${k}">Ver mensaje ${k.slice(0, 12)}…</a></td></tr>`)}
      </tbody></table>`}`,
    });
  });

  async function load(key: string): Promise<{ record: Record<string, string>; folder: string; found: { message: ThreadMessage; raw: string; uidValidity: string } | null; mailError: boolean } | null> {
    if (!KEY.test(key) || (await ctx.redis.zscore(ctx.keys.errors(), key)) === null) return null;
    const record = await ctx.redis.hgetall(ctx.keys.inbound(key));
    const folder = await folderOf(record).catch(() => ctx.config.folders.errors);
    try {
      return { record, folder, found: await ctx.mailbox.findByKey(folder, key), mailError: false };
    } catch {
      return { record, folder, found: null, mailError: true };
    }
  }

  const show = async (req: FastifyRequest<{ Params: { key: string } }>, reply: FastifyReply, flash: { kind: 'ok' | 'bad'; text: string } | null = null, status = 200) => {
    const key = req.params.key;
    const got = await load(key);
    if (!got) return ctx.render(req, reply, { title: 'No encontrado', section: 'errores', body: html`<h1>Ese mensaje ya no está en Errores</h1><p><a href="/errores">Volver</a></p>` }, 404);
    const { record, found } = got;
    const token = html`<input type="hidden" name="_csrf" value="${ctx.csrfToken(req, reply)}">`;
    const m = found?.message;
    return ctx.render(req, reply, {
      title: 'Mensaje con error',
      section: 'errores',
      flash,
      body: html`<p class="small"><a href="/errores">← Volver a Errores</a></p><h1>Mensaje con error</h1>
      <p>Motivo: <strong>${REASONS[record.reason ?? ''] ?? record.reason ?? '—'}</strong> · recibido ${formatDateTime(record.at)} · carpeta ${got.folder}</p>
      <div class="grid"><div>
      ${m ? html`<article class="msg in"><header><strong>${m.from}</strong> · ${formatDateTime(m.date)}<br><span class="small">${m.subject}</span></header>
          <div class="body"><pre>${m.text || '(sin texto legible)'}</pre>
          ${m.safeHtml ? html`<details><summary class="small">Ver la versión HTML (depurada)</summary>${raw(m.safeHtml)}</details>` : ''}
          ${m.attachments.length ? html`<p class="small">Adjuntos: ${m.attachments.map((a) => `${a.filename} (${Math.ceil(a.size / 1024)} KB)`).join(', ')}</p>` : ''}</div></article>
          <details class="card"><summary>Mensaje original (fuente)</summary><pre class="small">${found!.raw}</pre></details>`
        : html`<p class="flash warn">${got.mailError ? 'No se pudo leer el buzón en este momento.' : 'No se encontró el mensaje en la carpeta de errores.'}</p>`}
      </div><div>
        <section class="card"><h2>Volver a procesar</h2><p class="small muted">Útil si el error fue pasajero o ya se corrigió el programa.</p>
          <form method="post" action="/errores/${key}/reprocesar">${token}<button class="primary" type="submit" ${m ? '' : html`disabled`}>Reprocesar</button></form></section>
        <section class="card"><h2>Crear caso a mano</h2>
          <form method="post" action="/errores/${key}/caso" class="actions">${token}
            <label for="m-reply">Correo para responder</label><input id="m-reply" name="responder" type="email" required value="${m ? (/<([^>]+)>/.exec(m.from)?.[1] ?? m.from) : ''}">
            ${FIELD_NAMES.map((f) => html`<label for="m-${f}">${FIELD_UI_LABELS[f]}</label><input id="m-${f}" name="${f}" maxlength="200">`)}
            <button type="submit">Crear caso y ponerlo en la cola</button></form></section>
      </div></div>`,
    }, status);
  };

  app.get<{ Params: { key: string } }>('/errores/:key', (req, reply) => show(req, reply));

  app.post<{ Params: { key: string } }>('/errores/:key/reprocesar', async (req, reply) => {
    const key = req.params.key;
    const got = await load(key);
    if (!got?.found) return show(req, reply, { kind: 'bad', text: 'No se encontró el mensaje en el buzón.' }, 409);
    const job: IncomingJob = { mailbox: got.folder, uidValidity: got.found.uidValidity, uid: got.found.message.uid, messageId: got.found.message.messageId, seenAt: ctx.now().getTime() };
    // Forget the failed attempt, then queue the message from where it lies now (a fresh job id).
    await ctx.redis.multi().del(ctx.keys.inbound(key)).zrem(ctx.keys.errors(), key).exec();
    await ctx.incoming.add('incoming', job, { jobId: `${incomingJobId(job)}-re${Date.now()}` });
    req.log.info({ messageKey: key, by: 'staff' }, 'error message re-queued');
    return reply.redirect('/errores', 303);
  });

  app.post<{ Params: { key: string } }>('/errores/:key/caso', async (req, reply) => {
    const key = req.params.key;
    const got = await load(key);
    if (!got) return show(req, reply);
    const now = ctx.now();
    const staff = req.staff!.email;
    const replyAddress = bodyField(req, 'responder').trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(replyAddress)) return show(req, reply, { kind: 'bad', text: 'Escribe el correo al que se responderá.' }, 422);
    const fields = emptyFields();
    const at = got.found?.message.date ?? got.record.at ?? now.toISOString();
    const messageId = got.found?.message.messageId ?? '';
    for (const f of FIELD_NAMES) {
      const v = bodyField(req, f);
      if (!v.trim()) continue;
      const checked = checkFieldValue(f as FieldName, v, ctx.config.extraction, now);
      if (!checked.ok) return show(req, reply, { kind: 'bad', text: `${FIELD_UI_LABELS[f]}: ${checked.message}` }, 422);
      fields[f] = { value: checked.value, messageId, at, source: 'body', editedBy: staff } as EditedValue;
    }
    const caseId = await ctx.store.nextFolio(ctx.config.folioPrefix, now.getFullYear());
    const iso = now.toISOString();
    const c: CaseRecord = {
      id: caseId, status: 'queued', replyAddress, addresses: [replyAddress], fields, nameParts: null, openProblems: [], conflicts: [], warnings: [],
      attention: [], messageIds: messageId ? [messageId] : [], lastInbound: { messageId: messageId || null, references: [], subject: got.found?.message.subject ?? '' },
      inboundCount: 1, followUpsWhileQueued: 0, lastStatusReplyAt: null, firstMessageAt: at, createdAt: iso, updatedAt: iso, claim: null, resolvedAt: null, resolvedBy: null,
    };
    const events: TimelineEvent[] = [
      { at: iso, kind: 'message_in', actor: staff, detail: { messageId: messageId || null, manual: true, messageKey: key } },
      { at: iso, kind: 'status_changed', actor: staff, detail: { from: null, to: 'queued', action: 'manual' } },
    ];
    await withRedisLock(ctx.redis, ctx.keys.caseLock(caseId), async () => {
      const tx = ctx.redis.multi();
      ctx.store.writeCase(tx, c, events, { enqueueForStaff: true });
      tx.hset(ctx.keys.inbound(key), { outcome: 'complete', caseId, manualBy: staff, state: 'done' });
      tx.zrem(ctx.keys.errors(), key);
      await execOrThrow(tx);
    });
    return reply.redirect(`/casos/${encodeURIComponent(caseId)}`, 303);
  });
}
