// Account administration (admins only): list, add, disable/enable, reset password.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { normaliseEmail } from '../auth/accounts.js';
import { bodyField, type WebContext } from '../app.js';
import { html } from '../html.js';
import { formatDateTime } from '../labels.js';

export function registerAccountRoutes(app: FastifyInstance, ctx: WebContext): void {
  const show = async (req: FastifyRequest, reply: FastifyReply, flash: { kind: 'ok' | 'bad'; text: string } | null = null, status = 200) => {
    const accounts = await ctx.accounts.list();
    const token = html`<input type="hidden" name="_csrf" value="${ctx.csrfToken(req, reply)}">`;
    return ctx.render(req, reply, {
      title: 'Cuentas',
      section: 'cuentas',
      flash,
      body: html`<h1>Cuentas del personal</h1>
      <table><thead><tr><th scope="col">Correo</th><th scope="col">Rol</th><th scope="col">Estado</th><th scope="col">Último acceso</th><th scope="col">Acciones</th></tr></thead><tbody>
      ${accounts.map((a) => html`<tr><td>${a.email}</td><td>${a.admin ? 'Administración' : 'Personal'}</td>
        <td>${a.disabled ? html`<span class="tag bad">Desactivada</span>` : html`<span class="tag done">Activa</span>`}</td><td>${formatDateTime(a.lastLoginAt)}</td>
        <td>${a.email === req.staff!.email ? html`<span class="muted small">(tu cuenta)</span>` : html`
          <form method="post" action="/cuentas/${a.disabled ? 'activar' : 'desactivar'}" class="inline">${token}<input type="hidden" name="email" value="${a.email}"><button type="submit" ${a.disabled ? '' : html`class="danger"`}>${a.disabled ? 'Activar' : 'Desactivar'}</button></form>`}
          <details class="inline"><summary class="small">Nueva contraseña</summary><form method="post" action="/cuentas/contrasena">${token}<input type="hidden" name="email" value="${a.email}">
            <label class="small" for="pw-${a.email}">Contraseña nueva (mín. 10)</label> <input id="pw-${a.email}" name="password" type="password" autocomplete="new-password" minlength="10" required> <button type="submit">Guardar</button></form></details></td></tr>`)}
      </tbody></table>
      <section class="card spaced" aria-labelledby="nueva"><h2 id="nueva">Agregar cuenta</h2>
        <form method="post" action="/cuentas" class="toolbar">${token}
          <div class="field"><label for="new-email">Correo</label><input id="new-email" name="email" type="email" required></div>
          <div class="field"><label for="new-password">Contraseña (mín. 10)</label><input id="new-password" name="password" type="password" autocomplete="new-password" minlength="10" required></div>
          <label><input type="checkbox" name="admin" value="1"> Administración</label>
          <button class="primary" type="submit">Crear cuenta</button></form></section>`,
    }, status);
  };

  const adminOnly = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.staff?.admin) {
      return ctx.render(req, reply, { title: 'Sin permiso', body: html`<h1>Sin permiso</h1><p>Solo las personas administradoras gestionan cuentas.</p>` }, 403);
    }
  };

  app.get('/cuentas', { preHandler: adminOnly }, (req, reply) => show(req, reply));

  app.post('/cuentas', { preHandler: adminOnly }, async (req, reply) => {
    const r = await ctx.accounts.create({ email: bodyField(req, 'email'), password: bodyField(req, 'password'), admin: bodyField(req, 'admin') === '1', createdBy: req.staff!.email, now: ctx.now() });
    return r.ok ? show(req, reply, { kind: 'ok', text: 'Cuenta creada.' }) : show(req, reply, { kind: 'bad', text: r.message }, 422);
  });

  for (const [path, disabled] of [['desactivar', true], ['activar', false]] as const) {
    app.post(`/cuentas/${path}`, { preHandler: adminOnly }, async (req, reply) => {
      const email = normaliseEmail(bodyField(req, 'email'));
      if (email === req.staff!.email) return show(req, reply, { kind: 'bad', text: 'No puedes desactivar tu propia cuenta.' }, 422);
      const r = await ctx.accounts.setDisabled(email, disabled);
      return r.ok ? show(req, reply, { kind: 'ok', text: disabled ? 'Cuenta desactivada: sus sesiones dejan de valer.' : 'Cuenta activada.' }) : show(req, reply, { kind: 'bad', text: r.message }, 404);
    });
  }

  app.post('/cuentas/contrasena', { preHandler: adminOnly }, async (req, reply) => {
    const r = await ctx.accounts.setPassword(bodyField(req, 'email'), bodyField(req, 'password'));
    return r.ok ? show(req, reply, { kind: 'ok', text: 'Contraseña cambiada.' }) : show(req, reply, { kind: 'bad', text: r.message }, 422);
  });
}
