// Export of resolved cases for a date range (days in the desk's time zone, both included) as CSV.
import type { FastifyInstance } from 'fastify';
import { queryField, type WebContext } from '../app.js';
import { loadCases } from '../case-actions.js';
import { toCsv } from '../csv.js';
import { html } from '../html.js';
import { localDay } from '../labels.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function registerExportRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.get('/exportar', async (req, reply) => {
    const today = localDay(ctx.now());
    return ctx.render(req, reply, {
      title: 'Exportar',
      section: 'exportar',
      body: html`<h1>Exportar casos resueltos</h1><section class="card">
        <form method="get" action="/exportar/resueltos.csv" class="toolbar">
          <div class="field"><label for="desde">Desde</label><input id="desde" name="desde" type="date" required value="${today.slice(0, 8)}01"></div>
          <div class="field"><label for="hasta">Hasta</label><input id="hasta" name="hasta" type="date" required value="${today}"></div>
          <button class="primary" type="submit">Descargar CSV</button>
        </form><p class="muted small">CSV en UTF-8 (se abre con acentos en Excel). Incluye datos personales: guárdalo en un lugar seguro.</p></section>`,
    });
  });

  app.get('/exportar/resueltos.csv', async (req, reply) => {
    const from = queryField(req, 'desde');
    const to = queryField(req, 'hasta');
    if (!DAY.test(from) || !DAY.test(to) || from > to) {
      return ctx.render(req, reply, { title: 'Exportar', section: 'exportar', flash: { kind: 'bad', text: 'Elige un rango de fechas válido.' }, body: html`<p><a href="/exportar">Volver</a></p>` }, 422);
    }
    const { cases } = await loadCases(ctx);
    const rows = cases
      .filter((c) => c.status === 'resolved' && c.resolvedAt)
      .filter((c) => {
        const d = localDay(new Date(c.resolvedAt!));
        return d >= from && d <= to;
      })
      .sort((a, b) => Date.parse(a.resolvedAt!) - Date.parse(b.resolvedAt!))
      .map((c) => [c.id, c.fields.fullName?.value, c.fields.studentCode?.value, c.fields.nss?.value, c.fields.curp?.value, c.fields.institutionalEmail?.value, c.replyAddress, c.firstMessageAt, c.resolvedAt, c.resolvedBy]);
    const csv = toCsv(['Folio', 'Nombre completo', 'Código', 'NSS', 'CURP', 'Correo institucional', 'Correo de respuesta', 'Primer mensaje', 'Resuelto', 'Resuelto por'], rows);
    req.log.info({ rows: rows.length }, 'resolved cases exported');
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="resueltos-${from}-a-${to}.csv"`)
      .send(csv);
  });
}
