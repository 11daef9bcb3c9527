// Login and logout. Per-IP limit: @fastify/rate-limit on POST /login. Per-account limit: a
// failure counter in Redis (keys.loginFailures) that blocks the account's logins for the window
// once it reaches perAccountMax, whatever the password, and is cleared by a successful login.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { normaliseEmail } from '../auth/accounts.js';
import { SESSION_COOKIE } from '../auth/sessions.js';
import { bodyField, queryField, readSessionCookie, type WebContext } from '../app.js';
import { html } from '../html.js';

/** Only local paths: "/casos/X", never "//evil" or "https://...". */
export function safeNext(next: string): string {
  return /^\/(?![/\\])[^\s]*$/.test(next) && !next.startsWith('/login') ? next : '/cola';
}

export function registerLoginRoutes(app: FastifyInstance, ctx: WebContext): void {
  const form = (req: FastifyRequest, reply: FastifyReply, o: { email?: string; error?: string; status?: number }) =>
    ctx.render(req, reply, {
      title: 'Iniciar sesión',
      flash: o.error ? { kind: 'bad', text: o.error } : null,
      body: html`<section class="card login"><h1>Iniciar sesión</h1>
        <p class="muted">Mesa de ayuda IMSS de la Universidad de Guadalajara.</p>
        <form method="post" action="/login">
          <input type="hidden" name="_csrf" value="${ctx.csrfToken(req, reply)}">
          <input type="hidden" name="next" value="${safeNext(queryField(req, 'next') || bodyField(req, 'next'))}">
          <label for="email">Correo</label>
          <input id="email" name="email" type="email" autocomplete="username" required autofocus value="${o.email ?? ''}">
          <label for="password">Contraseña</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required>
          <button class="primary" type="submit">Entrar</button>
        </form></section>`,
    }, o.status ?? 200);

  app.get('/login', async (req, reply) => {
    if (req.staff) return reply.redirect('/cola');
    return form(req, reply, {});
  });

  app.post('/login', {
    config: { rateLimit: { max: ctx.loginLimits.perIpMax, timeWindow: ctx.loginLimits.windowSeconds * 1000 } },
  }, async (req, reply) => {
    const email = normaliseEmail(bodyField(req, 'email')).slice(0, 200);
    const password = bodyField(req, 'password');
    const failuresKey = ctx.keys.loginFailures(email || '-');
    const failures = Number((await ctx.redis.get(failuresKey)) ?? 0);
    if (failures >= ctx.loginLimits.perAccountMax) {
      return form(req, reply, { email, error: 'Demasiados intentos fallidos con esta cuenta. Espera 15 minutos o pide a una persona administradora que restablezca tu contraseña.', status: 429 });
    }
    const account = email && password ? await ctx.accounts.verify(email, password, ctx.now()) : null;
    if (!account) {
      await ctx.redis.multi().incr(failuresKey).expire(failuresKey, ctx.loginLimits.windowSeconds).exec();
      return form(req, reply, { email, error: 'Correo o contraseña incorrectos (o la cuenta está desactivada).', status: 401 });
    }
    await ctx.redis.del(failuresKey);
    const old = readSessionCookie(req);
    if (old) await ctx.sessions.destroy(old);
    const { token } = await ctx.sessions.create(account.email, ctx.now());
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/', httpOnly: true, sameSite: 'strict', secure: req.protocol === 'https', signed: true, maxAge: ctx.sessionTtlSeconds,
    });
    ctx.log?.info({ event: 'login' }, 'staff login');
    return reply.redirect(safeNext(bodyField(req, 'next')), 303);
  });

  app.post('/logout', async (req, reply) => {
    await ctx.sessions.destroy(readSessionCookie(req));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/login', 303);
  });
}
