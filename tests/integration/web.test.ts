// The staff web app over app.inject() on a real Redis: authentication, CSRF, login limits,
// permissions, queue order, claims, actions through the outbox, export, summary.
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config/index.js';
import { startLocalStack, type LocalStack } from '../../src/dev/local-stack.js';
import { bullPrefix, createKeys, type Keys } from '../../src/queue/keys.js';
import { writeReply } from '../../src/queue/outbox.js';
import { redisConnection } from '../../src/queue/pipeline.js';
import { QUEUE_NAMES, type IncomingJob, type ReplyJob } from '../../src/queue/queues.js';
import { emptyFields, type CaseRecord } from '../../src/triage/case-model.js';
import { CaseStore } from '../../src/triage/case-store.js';
import { buildApp } from '../../src/web/app.js';
import { StaffAccounts } from '../../src/web/auth/accounts.js';
import type { MailboxReader } from '../../src/web/mailbox.js';
import { InjectClient, makeCase } from './web-helpers.js';

let stack: LocalStack;
let redis: Redis;
const open: { close(): Promise<unknown> }[] = [];
let clock = new Date('2026-03-10T18:00:00Z');

const fakeMailbox: MailboxReader = {
  readMessages: async (refs) => ({ messages: [], missing: refs.map((r) => r.messageId) }),
  readAttachment: async () => null,
  findByKey: async () => null,
  serverPath: async (name) => name.replace(/\//g, '.'),
};

interface Env {
  app: FastifyInstance;
  keys: Keys;
  store: CaseStore;
  replies: Queue<ReplyJob>;
  config: Config;
}

async function makeEnv(extra: { perIpMax?: number; env?: Record<string, string> } = {}): Promise<Env> {
  const prefix = `w${randomUUID().slice(0, 8)}`;
  const config = loadConfig({ REDIS_URL: stack.redis.url, REDIS_PREFIX: prefix, CLAIM_IDLE_MINUTES: '30', SESSION_SECRET: 'test-secret-test-secret', LOG_LEVEL: 'silent', ...extra.env });
  const keys = createKeys(prefix);
  const store = new CaseStore(redis, keys);
  const replies = new Queue<ReplyJob>(QUEUE_NAMES.replies, { connection: redis, prefix: bullPrefix(prefix) });
  const incoming = new Queue<IncomingJob>(QUEUE_NAMES.incoming, { connection: redis, prefix: bullPrefix(prefix) });
  const app = await buildApp({
    config, redis, keys, store, replies, incoming, mailbox: fakeMailbox, now: () => clock,
    loginLimits: { perIpMax: extra.perIpMax ?? 1000, perAccountMax: 5, windowSeconds: 900 },
  });
  open.push(app, replies, incoming);
  const accounts = new StaffAccounts(redis, keys);
  await accounts.create({ email: 'ana@udg.mx', password: 'contraseña-ana-1', admin: true, createdBy: 'test' });
  await accounts.create({ email: 'beto@udg.mx', password: 'contraseña-beto-1', admin: false, createdBy: 'test' });
  await accounts.create({ email: 'caro@udg.mx', password: 'contraseña-caro-1', admin: false, createdBy: 'test' });
  return { app, keys, store, replies, config };
}

async function seed(env: Env, cases: CaseRecord[], inQueue = true): Promise<void> {
  const tx = redis.multi();
  for (const c of cases) env.store.writeCase(tx, c, [{ at: c.createdAt, kind: 'message_in', actor: 'system', detail: {} }], { enqueueForStaff: inQueue });
  await tx.exec();
}

async function loggedIn(env: Env, email: string, password: string): Promise<InjectClient> {
  const client = new InjectClient(env.app);
  const res = await client.login(email, password);
  expect(res.statusCode).toBe(303);
  return client;
}

beforeAll(async () => {
  stack = await startLocalStack({ dovecot: false, smtp: false });
  redis = redisConnection(stack.redis.url);
});

afterAll(async () => {
  for (const o of open.reverse()) await o.close().catch(() => undefined);
  await redis?.quit();
  await stack?.stop();
});

describe('authentication and CSRF', () => {
  let env: Env;
  beforeAll(async () => {
    env = await makeEnv();
    await seed(env, [makeCase({ id: 'IMSS-2026-000001', firstMessageAt: '2026-03-01T10:00:00Z' })]);
  });

  it('serves only the login page and static files without a session', async () => {
    const anon = new InjectClient(env.app);
    for (const url of ['/', '/cola', '/casos/IMSS-2026-000001', '/errores', '/resumen', '/exportar/resueltos.csv?desde=2026-01-01&hasta=2026-12-31', '/cuentas', '/nada']) {
      const res = await anon.get(url);
      expect(res.statusCode, url).toBe(302);
      expect(res.headers.location, url).toMatch(/^\/login/);
    }
    expect((await anon.get('/login')).statusCode).toBe(200);
    expect((await anon.get('/static/app.css')).statusCode).toBe(200);
    expect((await anon.get('/static/app.js')).statusCode).toBe(200);
    const post = await anon.post('/casos/IMSS-2026-000001/tomar', {});
    expect(post.statusCode).toBe(401);
    expect((await env.store.get('IMSS-2026-000001'))!.status).toBe('queued');
  });

  it('logs in with an HTTP-only SameSite=Strict session cookie stored in Redis with expiry, and logs out', async () => {
    const client = new InjectClient(env.app);
    const bad = await client.login('ana@udg.mx', 'incorrecta-123');
    expect(bad.statusCode).toBe(401);
    expect(bad.body).toContain('Correo o contraseña incorrectos');
    const token = await client.csrf('/login');
    const res = await client.post('/login', { email: 'ANA@udg.mx ', password: 'contraseña-ana-1', _csrf: token, next: '/resumen' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/resumen');
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('imss_staff='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const sessions = await redis.keys(`${env.keys.prefix}:staff:session:*`);
    expect(sessions).toHaveLength(1);
    expect(await redis.ttl(sessions[0]!)).toBeGreaterThan(3600);
    expect((await client.get('/cola')).statusCode).toBe(200);
    const out = await client.submit('/logout');
    expect(out.statusCode).toBe(303);
    expect((await client.get('/cola')).statusCode).toBe(302);
    expect(await redis.keys(`${env.keys.prefix}:staff:session:*`)).toHaveLength(0);
  });

  it('refuses open redirects after login', async () => {
    const client = new InjectClient(env.app);
    const token = await client.csrf('/login');
    const res = await client.post('/login', { email: 'ana@udg.mx', password: 'contraseña-ana-1', _csrf: token, next: '//evil.example/x' });
    expect(res.headers.location).toBe('/cola');
  });

  it('refuses a state-changing request without a valid CSRF token, before it changes anything', async () => {
    const client = await loggedIn(env, 'beto@udg.mx', 'contraseña-beto-1');
    const none = await client.post('/casos/IMSS-2026-000001/tomar', {});
    expect(none.statusCode).toBe(403);
    const forged = await client.post('/casos/IMSS-2026-000001/tomar', { _csrf: 'forged-token' });
    expect(forged.statusCode).toBe(403);
    // A token from another session does not work either.
    const other = await loggedIn(env, 'caro@udg.mx', 'contraseña-caro-1');
    const foreign = await client.post('/casos/IMSS-2026-000001/tomar', { _csrf: await other.csrf() });
    expect(foreign.statusCode).toBe(403);
    expect((await env.store.get('IMSS-2026-000001'))!.status).toBe('queued');
    const login = await new InjectClient(env.app).post('/login', { email: 'beto@udg.mx', password: 'contraseña-beto-1' });
    expect(login.statusCode).toBe(403);
    const ok = await client.submit('/casos/IMSS-2026-000001/tomar', {}, '/casos/IMSS-2026-000001');
    expect(ok.statusCode).toBe(303);
    expect((await env.store.get('IMSS-2026-000001'))!.claim?.by).toBe('beto@udg.mx');
  });

  it('sends security headers: strict CSP without inline script, nosniff, no framing, no-store', async () => {
    const client = await loggedIn(env, 'ana@udg.mx', 'contraseña-ana-1');
    const res = await client.get('/cola');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).not.toMatch(/<script>(?!<\/script>)/);
  });
});

describe('login limits', () => {
  it('blocks an account after 5 failed logins, even with the right password', async () => {
    const env = await makeEnv();
    const client = new InjectClient(env.app);
    for (let i = 0; i < 5; i++) expect((await client.login('caro@udg.mx', `mal-${i}-xxxxxxxx`)).statusCode).toBe(401);
    const blocked = await client.login('caro@udg.mx', 'contraseña-caro-1');
    expect(blocked.statusCode).toBe(429);
    // Other accounts are not affected.
    expect((await client.login('beto@udg.mx', 'contraseña-beto-1')).statusCode).toBe(303);
  });

  it('limits login attempts per IP', async () => {
    const env = await makeEnv({ perIpMax: 3 });
    const client = new InjectClient(env.app);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await client.login(`nadie${i}@udg.mx`, 'lo-que-sea-123')).statusCode);
    expect(codes).toEqual([401, 401, 401, 429, 429]);
  });
});

describe('behind a TLS reverse proxy (STAFF_TRUST_PROXY=true)', () => {
  it('marks cookies Secure over https and limits logins by the forwarded client IP', async () => {
    const env = await makeEnv({ perIpMax: 2, env: { STAFF_TRUST_PROXY: 'true' } });
    const headers = (ip: string) => ({ 'x-forwarded-proto': 'https', 'x-forwarded-for': ip });
    const page = await env.app.inject({ method: 'GET', url: '/login', headers: headers('10.0.0.1') });
    const csrfCookie = ([] as string[]).concat(page.headers['set-cookie'] ?? []).find((c) => c.startsWith('imss_csrf='))!;
    expect(csrfCookie).toMatch(/; Secure/i);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const cookie = csrfCookie.split(';')[0]!;
    const post = (ip: string, password: string) => env.app.inject({
      method: 'POST', url: '/login', headers: { ...headers(ip), cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ email: 'ana@udg.mx', password, _csrf: token }).toString(),
    });
    expect((await post('10.0.0.1', 'mal-1-xxxxxxxxxx')).statusCode).toBe(401);
    expect((await post('10.0.0.1', 'mal-2-xxxxxxxxxx')).statusCode).toBe(401);
    expect((await post('10.0.0.1', 'contraseña-ana-1')).statusCode).toBe(429);
    const ok = await post('10.0.0.2', 'contraseña-ana-1');
    expect(ok.statusCode).toBe(303);
    expect(([] as string[]).concat(ok.headers['set-cookie'] ?? []).find((c) => c.startsWith('imss_staff='))).toMatch(/; Secure/i);
  });
});

describe('permissions', () => {
  it('lets only admins manage accounts; a disabled account loses its session', async () => {
    const env = await makeEnv();
    const beto = await loggedIn(env, 'beto@udg.mx', 'contraseña-beto-1');
    expect((await beto.get('/cuentas')).statusCode).toBe(403);
    expect((await beto.submit('/cuentas', { email: 'x@udg.mx', password: 'una-contraseña-1' })).statusCode).toBe(403);
    const ana = await loggedIn(env, 'ana@udg.mx', 'contraseña-ana-1');
    const list = await ana.get('/cuentas');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('beto@udg.mx');
    expect((await ana.submit('/cuentas', { email: 'dani@udg.mx', password: 'corta' }, '/cuentas')).statusCode).toBe(422);
    expect((await ana.submit('/cuentas', { email: 'dani@udg.mx', password: 'una-contraseña-1' }, '/cuentas')).statusCode).toBe(200);
    expect((await new InjectClient(env.app).login('dani@udg.mx', 'una-contraseña-1')).statusCode).toBe(303);
    expect((await ana.submit('/cuentas/desactivar', { email: 'beto@udg.mx' }, '/cuentas')).statusCode).toBe(200);
    expect((await beto.get('/cola')).statusCode).toBe(302);
    expect((await new InjectClient(env.app).login('beto@udg.mx', 'contraseña-beto-1')).statusCode).toBe(401);
    expect((await ana.submit('/cuentas/contrasena', { email: 'dani@udg.mx', password: 'otra-contraseña-2' }, '/cuentas')).statusCode).toBe(200);
    expect((await new InjectClient(env.app).login('dani@udg.mx', 'otra-contraseña-2')).statusCode).toBe(303);
  });
});

describe('the queue', () => {
  let env: Env;
  const ids = {
    attnNew: 'IMSS-2026-000011',
    attnOld: 'IMSS-2026-000012',
    waitOld: 'IMSS-2026-000013',
    waitNew: 'IMSS-2026-000014',
    incomplete: 'IMSS-2026-000015',
  };
  beforeAll(async () => {
    env = await makeEnv();
    await seed(env, [
      makeCase({ id: ids.waitNew, firstMessageAt: '2026-03-09T10:00:00Z' }),
      makeCase({ id: ids.attnNew, firstMessageAt: '2026-03-08T10:00:00Z', attention: ['conflict'] }),
      makeCase({ id: ids.waitOld, firstMessageAt: '2026-03-01T10:00:00Z', fields: { ...makeCase({ firstMessageAt: '2026-03-01T10:00:00Z' }).fields, nss: { value: '04230412340', messageId: 'x', at: '2026-03-01T10:00:00Z', source: 'body' } } }),
      makeCase({ id: ids.attnOld, firstMessageAt: '2026-03-05T10:00:00Z', attention: ['delivery_failed'] }),
    ]);
    await seed(env, [makeCase({ id: ids.incomplete, status: 'incomplete', firstMessageAt: '2026-02-01T10:00:00Z' })], false);
  });

  it('lists cases needing attention first, then the longest wait first, with lane counts', async () => {
    const client = await loggedIn(env, 'ana@udg.mx', 'contraseña-ana-1');
    const res = await client.get('/cola');
    const order = [...res.body.matchAll(/href="\/casos\/(IMSS-\d{4}-\d{6})"/g)].map((m) => m[1]);
    expect(order).toEqual([ids.attnOld, ids.attnNew, ids.waitOld, ids.waitNew]);
    expect(res.body).toMatch(/Requieren atención<span class="n">2</);
    expect(res.body).toMatch(/En espera<span class="n">2</);
    expect(res.body).toMatch(/Esperando al estudiante<span class="n">1</);
    const inc = await client.get('/cola?carril=incomplete');
    expect(inc.body).toContain(ids.incomplete);
    expect(inc.body).not.toContain(ids.waitOld);
    const byStatus = await client.get('/cola?estado=incomplete');
    expect([...byStatus.body.matchAll(/href="\/casos\/(IMSS-\d{4}-\d{6})"/g)].map((m) => m[1])).toEqual([ids.incomplete]);
  });

  it('searches by NSS written with spaces, by folio and by name without accents', async () => {
    const client = await loggedIn(env, 'ana@udg.mx', 'contraseña-ana-1');
    const nss = await client.get(`/cola?q=${encodeURIComponent('04 2304 12340')}`);
    expect([...nss.body.matchAll(/href="\/casos\/(IMSS-\d{4}-\d{6})"/g)].map((m) => m[1])).toEqual([ids.waitOld]);
    const folio = await client.get('/cola?q=2026-000014');
    expect([...folio.body.matchAll(/href="\/casos\/(IMSS-\d{4}-\d{6})"/g)].map((m) => m[1])).toEqual([ids.waitNew]);
    const name = await client.get('/cola?q=irene+martinez');
    expect(name.body).toContain(ids.incomplete);
  });

  it('gives "tomar siguiente" to two people without ever giving both the same case', async () => {
    const beto = await loggedIn(env, 'beto@udg.mx', 'contraseña-beto-1');
    const caro = await loggedIn(env, 'caro@udg.mx', 'contraseña-caro-1');
    const [tb, tc] = await Promise.all([beto.csrf(), caro.csrf()]);
    const [rb, rc] = await Promise.all([beto.post('/cola/siguiente', { _csrf: tb }), caro.post('/cola/siguiente', { _csrf: tc })]);
    const got = [rb.headers.location, rc.headers.location].map((l) => /IMSS-\d{4}-\d{6}/.exec(String(l))?.[0]);
    expect(new Set(got)).toEqual(new Set([ids.attnOld, ids.attnNew]));
    const b = await env.store.get(got[0]!);
    expect(b!.status).toBe('claimed');
    expect(b!.claim?.by).toBe('beto@udg.mx');
    // Beto asking again gets his own case back, not a second one.
    const again = await beto.submit('/cola/siguiente');
    expect(again.headers.location).toContain(got[0]!);
    // Caro cannot act on Beto's case.
    const stolen = await caro.submit(`/casos/${got[0]}/resolver`, {}, `/casos/${got[0]}`);
    expect(stolen.statusCode).toBe(409);
    expect(stolen.body).toContain('Otra persona tiene este caso tomado');
    expect((await env.store.get(got[0]!))!.status).toBe('claimed');
  });

  it('releases an idle claim after CLAIM_IDLE_MINUTES so someone else can take it', async () => {
    const beto = await loggedIn(env, 'beto@udg.mx', 'contraseña-beto-1');
    const held = await beto.submit('/cola/siguiente');
    const id = /IMSS-\d{4}-\d{6}/.exec(String(held.headers.location))![0];
    const saved = clock;
    clock = new Date(clock.getTime() + 31 * 60_000);
    try {
      const ana = await loggedIn(env, 'ana@udg.mx', 'contraseña-ana-1');
      await ana.get('/cola');
      const c = await env.store.get(id);
      expect(c!.claim).toBeNull();
      expect(c!.status).toBe('queued');
      const timeline = await env.store.timeline(id);
      expect(timeline.at(-1)).toMatchObject({ kind: 'released', actor: 'system', detail: { reason: 'idle', by: 'beto@udg.mx' } });
    } finally {
      clock = saved;
    }
  });
});

describe('case actions', () => {
  let env: Env;
  beforeAll(async () => {
    env = await makeEnv();
    await seed(env, [
      makeCase({ id: 'IMSS-2026-000021', firstMessageAt: '2026-03-02T10:00:00Z' }),
      makeCase({ id: 'IMSS-2026-000022', firstMessageAt: '2026-03-03T10:00:00Z' }),
      makeCase({ id: 'IMSS-2026-000023', firstMessageAt: '2026-03-04T10:00:00Z' }),
      { ...makeCase({ id: 'IMSS-2026-000024', firstMessageAt: '2026-03-05T10:00:00Z' }), status: 'incomplete', attention: ['held_for_review'], fields: emptyFields(), replyAddress: 'recibos@luz.example.mx', warnings: ['No se respondió automáticamente: ...'] },
      { ...makeCase({ id: 'IMSS-2026-000025', firstMessageAt: '2026-03-06T10:00:00Z' }), status: 'incomplete', attention: ['held_for_review'], fields: emptyFields(), replyAddress: 'papa.de.ana@example.com', warnings: ['No se respondió automáticamente: ...'] },
    ]);
  });

  it('answers a person held for review with the usual request for the data', async () => {
    const beto = await loggedIn(env, 'beto@udg.mx', 'contraseña-beto-1');
    const id = 'IMSS-2026-000025';
    await beto.submit(`/casos/${id}/tomar`, {}, `/casos/${id}`);
    expect((await beto.get(`/casos/${id}`)).body).toMatch(/<details open><summary>Pedir los datos/);
    const res = await beto.submit(`/casos/${id}/pedir-datos`, { nota: 'Con gusto le ayudamos.' }, `/casos/${id}`);
    expect(res.statusCode).toBe(303);
    expect(await env.store.get(id)).toMatchObject({ status: 'incomplete', claim: null, attention: [] });
    expect(await env.store.queuedCaseIds()).not.toContain(id);
    const rid = (await redis.lrange(env.keys.caseReplies(id), 0, -1))[0]!;
    expect(await redis.hmget(env.keys.reply(rid), 'kind', 'to')).toEqual(['incomplete', 'papa.de.ana@example.com']);
    expect(await redis.hget(env.keys.reply(rid), 'text')).toContain('Con gusto le ayudamos.');
  });

  it('closes a case held for review without sending anything', async () => {
    const ana = await loggedIn(env, 'ana@udg.mx', 'contraseña-ana-1');
    const id = 'IMSS-2026-000024';
    const page = await ana.get(`/casos/${id}`);
    expect(page.body).toContain('Revisar: no se respondió');
    await ana.submit(`/casos/${id}/tomar`, {}, `/casos/${id}`);
    expect((await ana.get(`/casos/${id}`)).body).toMatch(/<details open><summary>Cerrar sin responder/);
    const res = await ana.submit(`/casos/${id}/cerrar`, { nota: 'Recibo de luz' }, `/casos/${id}`);
    expect(res.statusCode).toBe(303);
    expect(await env.store.get(id)).toMatchObject({ status: 'closed', claim: null, attention: [] });
    expect(await redis.lrange(env.keys.caseReplies(id), 0, -1)).toEqual([]);
    expect(await env.store.queuedCaseIds()).not.toContain(id);
    const ev = (await env.store.timeline(id)).find((e) => e.detail.action === 'dismiss');
    expect(ev).toMatchObject({ actor: 'ana@udg.mx', detail: { to: 'closed', note: 'Recibo de luz' } });
  });

  it('resolves through the outbox once: deterministic reply id, queued job, timeline with actor; a double submit sends nothing more', async () => {
    const beto = await loggedIn(env, 'beto@udg.mx', 'contraseña-beto-1');
    const id = 'IMSS-2026-000021';
    expect((await beto.submit(`/casos/${id}/tomar`, {}, `/casos/${id}`)).statusCode).toBe(303);
    const token = await beto.csrf(`/casos/${id}`);
    const first = await beto.post(`/casos/${id}/resolver`, { _csrf: token, nota: 'Tu alta quedó lista.' });
    const second = await beto.post(`/casos/${id}/resolver`, { _csrf: token, nota: 'Tu alta quedó lista.' });
    expect(first.statusCode).toBe(303);
    expect(second.statusCode).toBe(409);
    const c = await env.store.get(id);
    expect(c).toMatchObject({ status: 'resolved', resolvedBy: 'beto@udg.mx', claim: null });
    expect(await redis.zscore(env.keys.staffQueue(), id)).toBeNull();
    const replyIds = await redis.lrange(env.keys.caseReplies(id), 0, -1);
    expect(replyIds).toHaveLength(1);
    expect(replyIds[0]).toMatch(new RegExp(`^s${id}-\\d+$`));
    const rec = await redis.hgetall(env.keys.reply(replyIds[0]!));
    expect(rec).toMatchObject({ kind: 'resolved', actor: 'beto@udg.mx', status: 'pending', to: 'irene.martinez5805@alumnos.udg.mx' });
    expect(rec.subject).toContain(`[${id}]`);
    expect(rec.text).toContain('Tu alta quedó lista.');
    expect(rec.inReplyTo).toBe(c!.lastInbound!.messageId);
    expect(c!.messageIds).toContain(rec.messageId);
    const job = await env.replies.getJob(replyIds[0]!);
    expect(job?.data).toEqual({ replyId: replyIds[0], caseId: id });
    const timeline = await env.store.timeline(id);
    expect(timeline.filter((e) => e.actor === 'beto@udg.mx').map((e) => e.kind)).toEqual(['claimed', 'status_changed', 'reply_planned']);
  });

  it('asks for a correction: chosen fields cleared (old values audited), case back to the student', async () => {
    const caro = await loggedIn(env, 'caro@udg.mx', 'contraseña-caro-1');
    const id = 'IMSS-2026-000022';
    await caro.submit(`/casos/${id}/tomar`, {}, `/casos/${id}`);
    const none = await caro.submit(`/casos/${id}/corregir`, { nota: 'x' }, `/casos/${id}`);
    expect(none.statusCode).toBe(422);
    const res = await caro.submit(`/casos/${id}/corregir`, { campos: ['nss', 'curp'], nota: 'Revisa tu NSS en IMSS Digital.' }, `/casos/${id}`);
    expect(res.statusCode).toBe(303);
    const c = await env.store.get(id);
    expect(c).toMatchObject({ status: 'incomplete', claim: null });
    expect(c!.fields.nss).toBeNull();
    expect(c!.fields.curp).toBeNull();
    expect(c!.fields.studentCode?.value).toBe('219876543');
    const ev = (await env.store.timeline(id)).find((e) => e.detail.action === 'correction');
    expect(ev).toMatchObject({ actor: 'caro@udg.mx', detail: { fields: ['nss', 'curp'], cleared: { nss: '04230512347', curp: 'MASI050805MVZRLRA8' } } });
    const rid = (await redis.lrange(env.keys.caseReplies(id), 0, -1))[0]!;
    expect(await redis.hget(env.keys.reply(rid), 'kind')).toBe('correction');
  });

  it('edits a field with old and new value on the timeline, validates it, and adds internal notes', async () => {
    const ana = await loggedIn(env, 'ana@udg.mx', 'contraseña-ana-1');
    const id = 'IMSS-2026-000023';
    // Notes need no claim; edits do.
    expect((await ana.submit(`/casos/${id}/nota`, { texto: 'Llamó por teléfono.' }, `/casos/${id}`)).statusCode).toBe(303);
    expect((await ana.submit(`/casos/${id}/editar`, { campo: 'studentCode', valor: '219000111' }, `/casos/${id}`)).statusCode).toBe(409);
    await ana.submit(`/casos/${id}/tomar`, {}, `/casos/${id}`);
    const bad = await ana.submit(`/casos/${id}/editar`, { campo: 'nss', valor: '04230512348' }, `/casos/${id}`);
    expect(bad.statusCode).toBe(422);
    expect((await ana.submit(`/casos/${id}/editar`, { campo: 'studentCode', valor: '219 000 111' }, `/casos/${id}`)).statusCode).toBe(303);
    const c = await env.store.get(id);
    expect(c!.fields.studentCode).toMatchObject({ value: '219000111', editedBy: 'ana@udg.mx' });
    const timeline = await env.store.timeline(id);
    expect(timeline.find((e) => e.kind === 'note')).toMatchObject({ actor: 'ana@udg.mx', detail: { text: 'Llamó por teléfono.' } });
    expect(timeline.find((e) => e.kind === 'field_edited')).toMatchObject({ actor: 'ana@udg.mx', detail: { field: 'studentCode', from: '219876543', to: '219000111' } });
    const page = await ana.get(`/casos/${id}`);
    expect(page.body).toContain('Editado por ana@udg.mx');
    expect(page.body).toContain('Llamó por teléfono.');
    // Release puts it back in the queue.
    expect((await ana.submit(`/casos/${id}/liberar`, {}, `/casos/${id}`)).statusCode).toBe(303);
    expect((await env.store.get(id))!.status).toBe('queued');
  });

  it('offers to queue again a staff reply that was recorded but never queued (crash between the two steps)', async () => {
    const id = 'IMSS-2026-000021';
    const tx = redis.multi();
    writeReply(tx, env.keys, { replyId: `s${id}-999`, caseId: id, kind: 'resolved', to: 'x@alumnos.udg.mx', subject: 's', text: 't', html: '<p>t</p>', inReplyTo: null, references: [], actor: 'beto@udg.mx', createdAt: clock.toISOString() }, 'imss@udg.mx');
    await tx.exec();
    const ana = await loggedIn(env, 'ana@udg.mx', 'contraseña-ana-1');
    const page = await ana.get(`/casos/${id}`);
    expect(page.body.match(/enviar ahora/g)).toHaveLength(1);
    const res = await ana.submit(`/casos/${id}/reencolar`, { respuesta: `s${id}-999` }, `/casos/${id}`);
    expect(res.statusCode).toBe(303);
    expect(await env.replies.getJob(`s${id}-999`)).toBeTruthy();
    expect((await ana.get(`/casos/${id}`)).body).not.toContain('enviar ahora');
    await redis.hset(env.keys.reply(`s${id}-999`), 'status', 'sent');
    expect((await ana.submit(`/casos/${id}/reencolar`, { respuesta: `s${id}-999` }, `/casos/${id}`)).statusCode).toBe(409);
    await redis.lrem(env.keys.caseReplies(id), 0, `s${id}-999`);
  });

  it('exports resolved cases of a date range as UTF-8 CSV with BOM', async () => {
    const ana = await loggedIn(env, 'ana@udg.mx', 'contraseña-ana-1');
    const res = await ana.get('/exportar/resueltos.csv?desde=2026-03-01&hasta=2026-03-31');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^Folio,Nombre completo,/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('IMSS-2026-000021');
    expect(lines[1]).toContain('Irene Martínez Salas');
    const empty = await ana.get('/exportar/resueltos.csv?desde=2026-04-01&hasta=2026-04-30');
    expect(empty.body.trim().split('\r\n')).toHaveLength(1);
    expect((await ana.get('/exportar/resueltos.csv?desde=x&hasta=y')).statusCode).toBe(422);
  });

  it('summarises lanes and today, and warns when the inbox has not been synced for minutes', async () => {
    const ana = await loggedIn(env, 'ana@udg.mx', 'contraseña-ana-1');
    await redis.set(env.keys.lastSync(), new Date(clock.getTime() - 20 * 60_000).toISOString());
    const stale = await ana.get('/resumen');
    expect(stale.body).toContain('El buzón no se ha revisado desde');
    expect(stale.body).toMatch(/Resueltos hoy<\/div><div class="v">1</);
    await redis.set(env.keys.lastSync(), new Date(clock.getTime() - 30_000).toISOString());
    const fresh = await ana.get('/resumen');
    expect(fresh.body).not.toContain('El buzón no se ha revisado');
  });
});

describe('staff replies use the deployment\'s templates', () => {
  it('renders a staff reply from TEMPLATES_DIR, as the automatic replies are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imss-templates-'));
    cpSync(fileURLToPath(new URL('../../templates', import.meta.url)), dir, { recursive: true });
    writeFileSync(join(dir, 'resolved.text.hbs'), 'Plantilla propia de la subdelegación. Folio {{folio}}.\n');
    const env = await makeEnv({ env: { TEMPLATES_DIR: dir } });
    const id = 'IMSS-2026-000031';
    await seed(env, [makeCase({ id, firstMessageAt: '2026-03-02T10:00:00Z' })]);
    const ana = await loggedIn(env, 'ana@udg.mx', 'contraseña-ana-1');
    await ana.submit(`/casos/${id}/tomar`, {}, `/casos/${id}`);
    expect((await ana.submit(`/casos/${id}/resolver`, {}, `/casos/${id}`)).statusCode).toBe(303);
    const rid = (await redis.lrange(env.keys.caseReplies(id), 0, -1))[0]!;
    expect(await redis.hget(env.keys.reply(rid), 'text')).toContain(`Plantilla propia de la subdelegación. Folio ${id}.`);
  });
});
