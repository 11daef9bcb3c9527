// Operations on real servers: `worker --dry-run` reads the inbox and changes nothing; the health
// server's /healthz, /readyz (fails when SMTP is gone) and /metrics while the worker triages mail.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConfig } from '../../src/cli/demo.js';
import { startWorker } from '../../src/cli/worker.js';
import type { Config } from '../../src/config/index.js';
import { startLocalStack, type LocalStack } from '../../src/dev/local-stack.js';
import { composeMessage, connectImap, deliverLmtp, listFolders, listMessages, waitFor } from '../../src/dev/mail-helpers.js';
import { SAMPLE_STUDENTS } from '../../src/dev/sample-mail.js';
import { createLogger } from '../../src/logger.js';
import { dryRunMailbox, formatPlan } from '../../src/ops/dry-run.js';
import { readinessChecks, startHealthServer, type HealthServer } from '../../src/ops/health-server.js';
import { createWorkerMetrics } from '../../src/ops/metrics.js';
import { redisConnection, type Pipeline } from '../../src/queue/pipeline.js';
import { createAutoReplyRenderer } from '../../src/replies/compose-reply.js';

const DESK = 'imss@udg.mx';
const log = createLogger('silent');
let stack: LocalStack;
let config: Config;
let worker: Pipeline | null = null;
let health: HealthServer | null = null;

const address = (name: string) => `${name}.${randomUUID().slice(0, 8)}@alumnos.udg.mx`;
async function send(from: string, subject: string, text: string, headers?: Record<string, string>): Promise<string> {
  const messageId = `<${randomUUID()}@mail.example.com>`;
  await deliverLmtp(stack, { from, to: DESK, raw: await composeMessage({ from, to: DESK, subject, text, messageId, headers }) });
  return messageId;
}
const get = async (path: string) => {
  const res = await fetch(`${health!.url}${path}`);
  return { status: res.status, text: await res.text(), type: res.headers.get('content-type') ?? '' };
};

beforeAll(async () => {
  stack = await startLocalStack();
  config = demoConfig(stack, { REDIS_PREFIX: `h${randomUUID().slice(0, 8)}`, IMAP_POLL_SECONDS: '300', LOG_LEVEL: 'silent' });
});
afterAll(async () => {
  await health?.close();
  await worker?.stop(10_000);
  await stack?.stop();
});

describe('worker --dry-run', () => {
  const diego = address('diego');
  const irene = SAMPLE_STUDENTS.irene;
  it('plans replies and folders for what is in the inbox, and changes nothing', async () => {
    await send(diego, 'alta imss', `hola\nnombre: ${SAMPLE_STUDENTS.diego.name}\ncodigo: ${SAMPLE_STUDENTS.diego.code}`);
    await send(`${irene.name} <${irene.email}>`, 'No tengo vigencia', `Nombre completo: ${irene.name}\nCódigo de estudiante: ${irene.code}\nNSS: ${irene.nss}\nCURP: ${irene.curp}\nCorreo UDG: ${irene.email}`);
    await send(address('ausente'), 'Fuera de la oficina', 'Estoy fuera.', { 'Auto-Submitted': 'auto-replied' });
    const before = await listMessages(stack, DESK);
    const foldersBefore = (await listFolders(stack, DESK)).map((f) => f.path).sort();

    const { total, planned } = await dryRunMailbox(config, log, createAutoReplyRenderer(config));
    for (const p of planned) console.log(`dry run: ${formatPlan(p)}`);
    expect(total).toBe(3);
    expect(planned.map((p) => p.outcome)).toEqual(['incomplete', 'complete', 'ignore']);
    expect(planned[0]!.reply).toMatchObject({ kind: 'incomplete', to: diego, subject: expect.stringMatching(/^Re: alta imss/) });
    expect(planned[1]!.reply?.kind).toBe('acknowledged');
    expect(planned[2]!.reply).toBeNull();
    // Dovecot's Maildir++ delimiter is ".": read from the server.
    expect(planned.map((p) => p.moveTo)).toEqual(['Triage.Incompletos', 'Triage.Completos', 'Triage.Ignorados']);
    expect(formatPlan(planned[0]!)).toContain(`${diego[0]}***@alumnos.udg.mx`);
    expect(formatPlan(planned[0]!)).not.toContain(diego);

    // Nothing changed: same messages, no \Seen, no new folders, nothing sent, no Redis keys.
    const after = await listMessages(stack, DESK);
    expect(after.map((m) => [m.uid, m.flags])).toEqual(before.map((m) => [m.uid, m.flags]));
    expect(after.every((m) => !m.flags.includes('\\Seen'))).toBe(true);
    expect((await listFolders(stack, DESK)).map((f) => f.path).sort()).toEqual(foldersBefore);
    expect(stack.smtp.acceptedCount).toBe(0);
    const redis = redisConnection(config.redis.url);
    try {
      expect(await redis.keys(`${config.redis.prefix}:*`)).toEqual([]);
      expect(await redis.keys(`{${config.redis.prefix}}:*`)).toEqual([]);
    } finally {
      redis.disconnect();
    }
  });
});

describe('health server', () => {
  it('/healthz, /readyz and /metrics follow the worker', async () => {
    const metrics = createWorkerMetrics();
    worker = await startWorker(config, log, { metrics });
    health = await startHealthServer('127.0.0.1', 0, { checks: readinessChecks(config, worker, { smtpCacheMs: 0 }), metrics, log, checkTimeoutMs: 3_000 });

    const live = await get('/healthz');
    expect(live.status).toBe(200);
    expect(JSON.parse(live.text)).toMatchObject({ status: 'ok', pid: process.pid });

    const ready = await waitFor(async () => {
      const r = await get('/readyz');
      return r.status === 200 ? r : null;
    }, { timeoutMs: 20_000, what: '/readyz 200' });
    expect(JSON.parse(ready.text).checks).toMatchObject({ redis: { ok: true }, imap: { ok: true }, smtp: { ok: true }, sync: { ok: true }, oauth: { ok: true } });

    // The three messages of the dry run are now triaged for real.
    await waitFor(async () => (await listMessages(stack, DESK)).length === 0, { timeoutMs: 20_000, what: 'inbox emptied' });
    await waitFor(async () => stack.smtp.acceptedCount >= 2, { timeoutMs: 20_000, what: 'two replies sent' });
    const m = await waitFor(async () => {
      const r = await get('/metrics');
      // The filer forgets a placement just after its MOVE, so the inbox can be
      // empty a moment before the count drops to 0: wait for both.
      return /imss_replies_total\{result="sent"\} 2/.test(r.text) && /imss_placements_waiting 0/.test(r.text) ? r : null;
    }, { timeoutMs: 10_000, what: 'replies and placements settled in /metrics' });
    expect(m.type).toMatch(/text\/plain/);
    expect(m.text).toMatch(/imss_messages_triaged_total\{outcome="incomplete"\} 1/);
    expect(m.text).toMatch(/imss_messages_triaged_total\{outcome="complete"\} 1/);
    expect(m.text).toMatch(/imss_messages_triaged_total\{outcome="ignore"\} 1/);
    expect(m.text).toMatch(/imss_lane_cases\{lane="staff_queue"\} 1/);
    expect(m.text).toMatch(/imss_lane_cases\{lane="incomplete"\} 1/);
    expect(m.text).toMatch(/imss_lane_cases\{lane="errors"\} 0/);
    expect(m.text).toMatch(/imss_queue_jobs\{queue="incoming",state="waiting"\} 0/);
    expect(m.text).toMatch(/imss_placements_waiting 0/);
    expect(m.text).toMatch(/imss_oldest_waiting_seconds\{lane="staff_queue"\} \d/);
    expect(m.text).toMatch(/imss_job_duration_seconds_bucket\{le="[\d.]+",lane="incoming"\}/);
    expect(m.text).toMatch(/imss_imap_reconnects_total 0/);
    expect(m.text).toMatch(/imss_watcher_last_sync_age_seconds \d/);
    console.log(`metrics sample:\n${m.text.split('\n').filter((l) => l.startsWith('imss_') && !l.startsWith('imss_process_') && !l.includes('_bucket')).join('\n')}`);

    // SMTP gone: not ready, naming the failing check; back: ready again.
    await stack.smtp.setFault('refuse-connections');
    try {
      const down = await get('/readyz');
      expect(down.status).toBe(503);
      const body = JSON.parse(down.text) as { checks: Record<string, { ok: boolean }> };
      expect(body.checks.smtp!.ok).toBe(false);
      expect(body.checks.redis!.ok).toBe(true);
    } finally {
      await stack.smtp.setFault('none');
    }
    expect((await get('/readyz')).status).toBe(200);

    // IMAP gone (Dovecot restarted): the ops session reconnects and readiness recovers.
    const client = await connectImap(stack, DESK);
    await client.logout();
    await stack.dovecot.restart();
    await waitFor(async () => (await get('/readyz')).status === 200, { timeoutMs: 30_000, what: 'ready after Dovecot restart' });
    await waitFor(async () => /imss_imap_reconnects_total [1-9]/.test((await get('/metrics')).text), { timeoutMs: 10_000, what: 'reconnects counted' });
    expect((await get('/nope')).status).toBe(404);
  });
});
