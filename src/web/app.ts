// The staff web app: buildApp(deps) returns a ready-to-listen Fastify instance; nothing listens
// or connects here (src/cli/web.ts does). Routes live per feature in routes/.
//
// Security contract:
// - Only GET/POST /login and /static/* answer without a session; every other request needs a
//   valid session cookie (HTTP-only, SameSite=Strict, Secure over HTTPS), else 302 to /login (GET)
//   or 401 (anything else).
// - Every POST carries a CSRF token (@fastify/csrf-protection, bound to the session id); a request
//   without a valid one is refused with 403 before its handler runs.
// - Login is rate-limited per IP (@fastify/rate-limit, Redis store) and per account (failure
//   counter in Redis); both answer 429.
// - Responses carry a strict CSP (no inline script, no external origin), nosniff, no framing.
import { randomBytes } from 'node:crypto';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyRateLimit from '@fastify/rate-limit';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from '../config/index.js';
import type { Logger } from '../logger.js';
import type { Keys } from '../queue/keys.js';
import type { IncomingJob, ReplyJob } from '../queue/queues.js';
import { DEFAULT_DESK_CONTACT, type DeskContact } from '../replies/desk-contact.js';
import type { CaseStore } from '../triage/case-store.js';
import { APP_CSS, APP_JS } from './assets.js';
import { StaffAccounts } from './auth/accounts.js';
import { SESSION_COOKIE, Sessions } from './auth/sessions.js';
import { html } from './html.js';
import { page, type PageOptions } from './layout.js';
import type { MailboxReader } from './mailbox.js';
import { registerAccountRoutes } from './routes/accounts.js';
import { registerCaseRoutes } from './routes/case.js';
import { registerErrorRoutes } from './routes/errors.js';
import { registerExportRoutes } from './routes/export.js';
import { registerLoginRoutes } from './routes/login.js';
import { registerQueueRoutes } from './routes/queue.js';
import { registerSummaryRoutes } from './routes/summary.js';

export interface WebDeps {
  config: Config;
  redis: Redis;
  keys: Keys;
  store: CaseStore;
  /** The BullMQ `replies` queue (same prefix as the worker's): staff replies are sent by the worker. */
  replies: Queue<ReplyJob>;
  /** The BullMQ `incoming` queue, to re-queue messages from the Errores lane. */
  incoming: Queue<IncomingJob>;
  mailbox: MailboxReader;
  log?: Logger;
  now?: () => Date;
  contact?: DeskContact;
  sessionTtlSeconds?: number;
  loginLimits?: { perIpMax: number; perAccountMax: number; windowSeconds: number };
}

export interface StaffUser {
  email: string;
  admin: boolean;
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    staff: StaffUser | null;
  }
}

/** What every route module receives. */
export interface WebContext extends Required<Omit<WebDeps, 'log'>> {
  log: Logger | undefined;
  accounts: StaffAccounts;
  sessions: Sessions;
  claimIdleMs: number;
  /** Renders a full page with the user, CSRF token and nav filled in. */
  render(req: FastifyRequest, reply: FastifyReply, o: Omit<PageOptions, 'user' | 'csrf'>, status?: number): FastifyReply;
  csrfToken(req: FastifyRequest, reply: FastifyReply): string;
}

const PUBLIC = new Set(['/login', '/static/app.css', '/static/app.js']);
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export async function buildApp(deps: WebDeps): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    ...(deps.log ? { loggerInstance: deps.log as unknown as FastifyBaseLogger } : { logger: false }),
    // Behind the TLS reverse proxy, req.ip and req.protocol come from X-Forwarded-* (login limits, Secure cookies).
    trustProxy: deps.config.web.trustProxy,
    bodyLimit: 256 * 1024,
    // No per-request log lines: URLs carry search terms (names, CURP...). Routes log ids only.
    logController: new LogController({ disableRequestLogging: true }),
  });
  const secret = deps.config.web.sessionSecret || randomBytes(32).toString('hex');
  if (!deps.config.web.sessionSecret) deps.log?.warn('SESSION_SECRET is empty: using a random one (sessions end at restart)');
  const limits = deps.loginLimits ?? { perIpMax: 20, perAccountMax: 5, windowSeconds: 15 * 60 };

  await app.register(fastifyCookie, { secret });
  await app.register(fastifyFormbody, { bodyLimit: 256 * 1024 });
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'imss_csrf',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', path: '/', secure: 'auto' },
    getUserInfo: (req) => req.staff?.sessionId ?? 'anon',
    csrfOpts: { hmacKey: secret, userInfo: true },
  });
  await app.register(fastifyRateLimit, {
    global: false,
    redis: deps.redis,
    nameSpace: deps.keys.loginRateLimit(),
    skipOnError: false,
    errorResponseBuilder: (_req, context) => ({ statusCode: 429, code: 'IMSS_LOGIN_RATE_LIMITED', message: `retry in ${context.after}` }),
  });

  const sessions = new Sessions(deps.redis, deps.keys, deps.sessionTtlSeconds ?? 8 * 3600);
  const accounts = new StaffAccounts(deps.redis, deps.keys);
  // One token per request: without a secret cookie yet, every generateCsrf() call would make a new
  // secret (and cookie), leaving the page's earlier tokens unverifiable.
  const tokens = new WeakMap<FastifyRequest, string>();
  const csrfToken = (req: FastifyRequest, reply: FastifyReply) => {
    let token = tokens.get(req);
    if (!token) {
      token = reply.generateCsrf({ userInfo: req.staff?.sessionId ?? 'anon' });
      tokens.set(req, token);
    }
    return token;
  };
  const ctx: WebContext = {
    config: deps.config,
    redis: deps.redis,
    keys: deps.keys,
    store: deps.store,
    replies: deps.replies,
    incoming: deps.incoming,
    mailbox: deps.mailbox,
    log: deps.log,
    now: deps.now ?? (() => new Date()),
    contact: deps.contact ?? DEFAULT_DESK_CONTACT,
    sessionTtlSeconds: sessions.ttlSeconds,
    loginLimits: limits,
    accounts,
    sessions,
    claimIdleMs: deps.config.web.claimIdleMinutes * 60_000,
    csrfToken,
    render(req, reply, o, status = 200) {
      const user = req.staff ? { email: req.staff.email, admin: req.staff.admin } : null;
      return reply.code(status).type('text/html; charset=utf-8').send(page({ ...o, user, csrf: csrfToken(req, reply) }));
    },
  };

  app.decorateRequest('staff', null);

  // Authentication: load the session on every request; refuse what is not public.
  app.addHook('onRequest', async (req, reply) => {
    const token = readSessionCookie(req);
    const session = await sessions.get(token);
    if (session) {
      const account = await accounts.get(session.email);
      if (account && !account.disabled) req.staff = { email: account.email, admin: account.admin, sessionId: session.id };
      else await sessions.destroy(token);
    }
    const path = req.url.split('?')[0]!;
    if (req.staff || PUBLIC.has(path)) return;
    if (req.method === 'GET' || req.method === 'HEAD') {
      const next = path === '/' ? '' : `?next=${encodeURIComponent(req.url)}`;
      return reply.redirect(`/login${next}`);
    }
    return reply.code(401).type('text/plain; charset=utf-8').send('Inicia sesión.');
  });

  // CSRF: every state-changing request, logged in or not (the login form has a token too).
  app.addHook('preHandler', (req, reply, done) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return done();
    app.csrfProtection(req, reply, done);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('Content-Security-Policy', CSP);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'no-referrer');
    if (!req.url.startsWith('/static/')) reply.header('Cache-Control', 'no-store');
    return payload;
  });

  app.setErrorHandler((err: { statusCode?: number; code?: string; message: string }, req, reply) => {
    const status = err.statusCode ?? 500;
    if (status === 403 && String(err.code ?? '').startsWith('FST_CSRF')) {
      return ctx.render(req, reply, { title: 'Formulario caducado', body: html`<h1>El formulario caducó</h1><p>Por seguridad no se aplicó ningún cambio. Vuelve a la página anterior, recárgala y envía de nuevo.</p>` }, 403);
    }
    if (status === 429) {
      return ctx.render(req, reply, { title: 'Demasiados intentos', body: html`<h1>Demasiados intentos</h1><p>Espera unos minutos antes de volver a intentar.</p><p><a href="/login">Volver</a></p>` }, 429);
    }
    if (status >= 500) req.log.error({ err }, 'request failed');
    return ctx.render(req, reply, { title: 'Error', body: html`<h1>Algo salió mal</h1><p>${status >= 500 ? 'Ocurrió un error inesperado. Intenta de nuevo en un momento.' : 'La solicitud no es válida.'}</p>` }, status);
  });

  app.setNotFoundHandler((req, reply) => ctx.render(req, reply, { title: 'No encontrado', body: html`<h1>No encontrado</h1><p><a href="/cola">Ir a la cola</a></p>` }, 404));

  app.get('/static/app.css', (_req, reply) => reply.type('text/css; charset=utf-8').header('Cache-Control', 'public, max-age=300').send(APP_CSS));
  app.get('/static/app.js', (_req, reply) => reply.type('text/javascript; charset=utf-8').header('Cache-Control', 'public, max-age=300').send(APP_JS));
  app.get('/', (_req, reply) => reply.redirect('/cola'));

  registerLoginRoutes(app, ctx);
  registerQueueRoutes(app, ctx);
  registerCaseRoutes(app, ctx);
  registerErrorRoutes(app, ctx);
  registerSummaryRoutes(app, ctx);
  registerExportRoutes(app, ctx);
  registerAccountRoutes(app, ctx);
  return app;
}

export function readSessionCookie(req: FastifyRequest): string | undefined {
  const rawCookie = req.cookies[SESSION_COOKIE];
  if (!rawCookie) return undefined;
  const unsigned = req.unsignCookie(rawCookie);
  return unsigned.valid && unsigned.value ? unsigned.value : undefined;
}

/** A string field of a urlencoded body (first value if repeated). */
export function bodyField(req: FastifyRequest, name: string): string {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const v = body[name];
  if (Array.isArray(v)) return typeof v[0] === 'string' ? v[0] : '';
  return typeof v === 'string' ? v : '';
}

/** Every value of a repeated urlencoded field (checkboxes). */
export function bodyList(req: FastifyRequest, name: string): string[] {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const v = body[name];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' ? [v] : [];
}

export function queryField(req: FastifyRequest, name: string): string {
  const q = (req.query ?? {}) as Record<string, unknown>;
  const v = q[name];
  return typeof v === 'string' ? v.slice(0, 300) : '';
}
