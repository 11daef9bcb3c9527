// Scale-out proof on real servers: three `imss-triage worker` processes share one Redis and one
// mailbox. Every message is triaged exactly once (one "triaged" log line per message across all
// processes) and answered exactly once (counted at the SMTP relay by In-Reply-To). SIGKILL of the
// process that holds the watcher lease (its pid is the first part of the lease value) lets another
// take over; the time to takeover and to the first reply after the kill is measured and printed.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '../../src/dev/local-stack.js';
import { composeMessage, deliverLmtp, listMessages, waitFor } from '../../src/dev/mail-helpers.js';
import { SAMPLE_STUDENTS } from '../../src/dev/sample-mail.js';
import { demoEnv } from '../../src/cli/demo.js';
import { createKeys } from '../../src/queue/keys.js';
import { redisConnection } from '../../src/queue/pipeline.js';
import { messageKeyOf } from '../../src/queue/queues.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DESK = 'imss@udg.mx';
/** WATCHER_LEASE_SECONDS for the test (default 15: takeover measured at 11-12.5 s). */
const LEASE_SECONDS = 6;

interface WorkerProc {
  child: ChildProcess;
  pid: number;
  lines: Array<Record<string, unknown>>;
  exited: Promise<number | null>;
}

let stack: LocalStack;
const prefix = `s${randomUUID().slice(0, 8)}`;
const keys = createKeys(prefix);
const workers: WorkerProc[] = [];

function workerEnv(): NodeJS.ProcessEnv {
  // Only what a real deployment sets, plus PATH/HOME: nothing of the test runner leaks in.
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...demoEnv(stack, {
      REDIS_PREFIX: prefix,
      WORKER_CONCURRENCY: '4',
      WATCHER_LEASE_SECONDS: String(LEASE_SECONDS),
      LOG_LEVEL: 'info',
    }),
  };
}

function startWorkerProcess(): WorkerProc {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/imss-triage.mjs'), 'worker'], { cwd: ROOT, env: workerEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Array<Record<string, unknown>> = [];
  let buf = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buf += chunk.toString('utf8');
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      try {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        lines.push({ msg: line });
      }
    }
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => {
    if (code && code !== 0) console.log(`worker ${child.pid} exited ${code}: ${stderr.slice(-1000)}`);
    resolve(code);
  }));
  return { child, pid: child.pid!, lines, exited };
}

async function send(n: number, tag: string): Promise<string> {
  const from = `alumno.${tag}${n}.${randomUUID().slice(0, 6)}@alumnos.udg.mx`;
  const messageId = `<${tag}-${n}-${randomUUID()}@mail.example.com>`;
  const raw = await composeMessage({ from, to: DESK, subject: `alta imss ${tag}${n}`, text: `hola\nnombre: ${SAMPLE_STUDENTS.diego.name}\ncodigo: ${SAMPLE_STUDENTS.diego.code}`, messageId });
  await deliverLmtp(stack, { from, to: DESK, raw });
  return messageId;
}

/** In-Reply-To of every message the relay accepted (replies; desk copies travel in the same transaction). */
function repliesByInReplyTo(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of stack.smtp.delivered) {
    const text = m.raw.toString('latin1');
    const header = text.slice(0, text.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, ' ');
    const irt = /^in-reply-to:[ \t]*(\S+)/im.exec(header)?.[1];
    if (irt) counts.set(irt, (counts.get(irt) ?? 0) + 1);
  }
  return counts;
}

function triagedLines(): Array<{ pid: number; messageKey: string }> {
  return workers.flatMap((w) => w.lines.filter((l) => l.msg === 'triaged').map((l) => ({ pid: w.pid, messageKey: String(l.messageKey) })));
}

async function holderPid(redis: ReturnType<typeof redisConnection>): Promise<number | null> {
  const v = await redis.get(keys.watcherLock());
  return v ? Number(v.split('-')[0]) : null;
}

beforeAll(async () => {
  stack = await startLocalStack();
  for (let i = 0; i < 3; i++) workers.push(startWorkerProcess());
});

afterAll(async () => {
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
  await Promise.race([Promise.all(workers.map((w) => w.exited)), new Promise((r) => setTimeout(r, 25_000))]);
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
  await stack?.stop();
}, 60_000);

describe('three worker processes, one Redis, one mailbox', () => {
  it('triages every message exactly once, replies once, and survives SIGKILL of the watcher', async () => {
    const redis = redisConnection(stack.redis.url);
    try {
      const pids = new Set(workers.map((w) => w.pid));
      const first = await waitFor(async () => {
        const pid = await holderPid(redis);
        return pid !== null && pids.has(pid) ? pid : null;
      }, { timeoutMs: 30_000, intervalMs: 100, what: 'a worker holds the watcher lease' });
      // Every process is up (its queue workers too) before mail arrives.
      await waitFor(() => workers.every((w) => w.lines.some((l) => l.msg === 'starting worker')), { timeoutMs: 30_000, what: 'all workers started' });

      const N = 30;
      const t0 = Date.now();
      const ids = await Promise.all(Array.from({ length: N }, (_, i) => send(i, 'a')));
      await waitFor(() => ids.every((id) => repliesByInReplyTo().has(id)), { timeoutMs: 60_000, intervalMs: 100, what: `${N} replies` });
      console.log(`scale-out: ${N} messages answered by 3 workers in ${Date.now() - t0} ms`);

      // SIGKILL the lease holder: no cleanup, its lease must expire.
      const victim = workers.find((w) => w.pid === first)!;
      const killedAt = Date.now();
      victim.child.kill('SIGKILL');
      await victim.exited;
      const late = await Promise.all(Array.from({ length: 10 }, (_, i) => send(i, 'b')));
      const next = await waitFor(async () => {
        const pid = await holderPid(redis);
        return pid !== null && pid !== first && pids.has(pid) ? pid : null;
      }, { timeoutMs: 40_000, intervalMs: 50, what: 'another worker takes the lease' });
      const takeoverMs = Date.now() - killedAt;
      await waitFor(() => late.some((id) => repliesByInReplyTo().has(id)), { timeoutMs: 40_000, intervalMs: 50, what: 'first reply after the kill' });
      const firstReplyMs = Date.now() - killedAt;
      await waitFor(() => late.every((id) => repliesByInReplyTo().has(id)), { timeoutMs: 40_000, intervalMs: 100, what: 'all replies after the kill' });
      const allRepliesMs = Date.now() - killedAt;
      console.log(`scale-out: SIGKILL of watcher pid ${first} -> pid ${next} holds the lease after ${takeoverMs} ms; first reply to mail sent after the kill at ${firstReplyMs} ms, all 10 at ${allRepliesMs} ms (lease TTL ${LEASE_SECONDS} s, renewed every ${LEASE_SECONDS / 3} s)`);
      // At most one TTL for the lease to expire plus one renewal period for another to notice.
      expect(takeoverMs).toBeLessThan((LEASE_SECONDS + LEASE_SECONDS / 3) * 1000 + 2_000);

      // Give a duplicate every chance to show up, then count.
      await new Promise((r) => setTimeout(r, 2_000));
      const replies = repliesByInReplyTo();
      const all = [...ids, ...late];
      expect(all.map((id) => replies.get(id))).toEqual(all.map(() => 1));
      expect(stack.smtp.acceptedCount).toBe(all.length);

      const triaged = triagedLines();
      const perMessage = new Map<string, number>();
      for (const t of triaged) perMessage.set(t.messageKey, (perMessage.get(t.messageKey) ?? 0) + 1);
      const share = workers.map((w) => `${w.pid}${w.pid === first ? ' (killed)' : ''}: ${triaged.filter((t) => t.pid === w.pid).length}`);
      console.log(`scale-out: triaged per process ${share.join(', ')}`);
      expect([...perMessage.values()].every((n) => n === 1)).toBe(true);
      // Each student message was triaged exactly once, by some process, and its record is done.
      const keyOf = (id: string) => messageKeyOf(id.slice(1, -1));
      expect(all.map((id) => perMessage.get(keyOf(id)))).toEqual(all.map(() => 1));
      // A job the killed process held (a reply's desk copy, say) comes back once its lock expires,
      // and a filer pass it held ends with its lease: then every record is done and the inbox empty.
      await waitFor(async () => (await listMessages(stack, DESK)).length === 0, { timeoutMs: 45_000, what: 'inbox emptied' });
      const states = await waitFor(async () => {
        const s = await Promise.all(all.map((id) => redis.hget(keys.inbound(keyOf(id)), 'state')));
        return s.every((x) => x === 'done') ? s : null;
      }, { timeoutMs: 20_000, what: 'every record done' }).catch(async () => Promise.all(all.map((id) => redis.hget(keys.inbound(keyOf(id)), 'state'))));
      expect(states).toEqual(all.map(() => 'done'));
      expect(new Set(triaged.map((t) => t.pid)).size).toBeGreaterThanOrEqual(2);
    } finally {
      redis.disconnect();
    }
  }, 240_000);
});
