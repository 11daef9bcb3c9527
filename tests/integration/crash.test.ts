// Exactly-once under crashes: a batch of messages, the worker process killed with SIGKILL at
// random moments and restarted; afterwards every message is triaged and filed, every student got
// exactly the replies expected (none twice), and the staff queue holds each complete case once.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '../../src/dev/local-stack.js';
import { composeMessage, deliverLmtp, listMessages, waitFor } from '../../src/dev/mail-helpers.js';
import { demoEnv } from '../../src/cli/demo.js';
import { createKeys } from '../../src/queue/keys.js';
import { makePerson, rng, type Person } from '../fixtures/extraction/gen/people.js';

const DESK = 'imss@udg.mx';
const MESSAGES = Number(process.env.CRASH_MESSAGES ?? 500);
const KILLS = Number(process.env.CRASH_KILLS ?? 10);

type Kind = 'complete' | 'incomplete' | 'automatic';
interface Planned { kind: Kind; from: string; messageId: string; raw: Buffer }

let stack: LocalStack;
let env: Record<string, string>;
let child: ChildProcess | null = null;
const prefix = `crash${randomUUID().slice(0, 6)}`;

function startWorker(): ChildProcess {
  const p = spawn(process.execPath, ['bin/imss-triage.mjs', 'worker'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  p.stderr?.on('data', () => undefined);
  return p;
}

async function waitExit(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return;
  await new Promise<void>((resolve) => p.once('exit', () => resolve()));
}

function people(n: number): Person[] {
  const r = rng(20261125);
  const seen = new Set<string>();
  const out: Person[] = [];
  while (out.length < n) {
    const p = makePerson(r);
    const k = [p.curp, p.nss, p.code, p.email];
    if (k.some((x) => seen.has(x))) continue;
    k.forEach((x) => seen.add(x));
    out.push(p);
  }
  return out;
}

async function plan(): Promise<Planned[]> {
  const list: Planned[] = [];
  for (const [i, p] of people(MESSAGES).entries()) {
    const kind: Kind = i % 10 === 9 ? 'automatic' : i % 10 < 5 ? 'complete' : 'incomplete';
    const name = [p.given, p.first, p.second].filter(Boolean).join(' ');
    const messageId = `<crash-${i}-${randomUUID()}@mail.example.com>`;
    const from = kind === 'automatic' ? `ausente${i}@academicos.udg.mx` : p.email;
    const lines = kind === 'complete'
      ? [`Nombre completo: ${name}`, `Código: ${p.code}`, `NSS: ${p.nss}`, `CURP: ${p.curp}`, `Correo UDG: ${p.email}`]
      : [`Nombre: ${name}`, `Código: ${p.code}`];
    const raw = kind === 'automatic'
      ? await composeMessage({ from, to: DESK, subject: 'Respuesta automática: Fuera de la oficina', text: 'Estoy de vacaciones.', messageId, headers: { 'Auto-Submitted': 'auto-replied' } })
      : await composeMessage({ from: `${name} <${from}>`, to: DESK, subject: `Alta IMSS ${i}`, text: `Buenas tardes, no tengo vigencia.\n\n${lines.join('\n')}\n\nGracias`, messageId });
    list.push({ kind, from, messageId: messageId.slice(1, -1), raw });
  }
  return list;
}

beforeAll(async () => {
  stack = await startLocalStack();
  env = demoEnv(stack, {
    REDIS_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    IMAP_POLL_SECONDS: '5',
    WORKER_CONCURRENCY: '8',
    // The relay here answers 250 only after delivery, so the desk copy is there at once.
    SENT_CHECK_GRACE_SECONDS: '2',
  });
});

afterAll(async () => {
  if (child) {
    child.kill('SIGKILL');
    await waitExit(child);
  }
  await stack?.stop();
});

describe(`crash safety: ${MESSAGES} messages, SIGKILL ${KILLS} times`, () => {
  it('triages every message once, replies exactly once each, queues each complete case once', async () => {
    const planned = await plan();
    const random = rng(7);
    child = startWorker();
    const delivering = (async () => {
      for (const m of planned) await deliverLmtp(stack, { from: m.from, to: DESK, raw: m.raw });
    })();
    for (let k = 0; k < KILLS; k++) {
      await new Promise((r) => setTimeout(r, 700 + random.int(0, 1800)));
      child.kill('SIGKILL');
      await waitExit(child);
      child = startWorker();
    }
    await delivering;

    const expectedReplies = planned.filter((m) => m.kind !== 'automatic');
    const studentsWithReply = () => new Set(stack.smtp.delivered.flatMap((d) => d.to.filter((t) => t !== DESK)));
    await waitFor(async () => (await listMessages(stack, DESK)).length === 0 && expectedReplies.every((m) => studentsWithReply().has(m.from)), {
      timeoutMs: 240_000,
      intervalMs: 1000,
      what: 'every message triaged and answered',
    });
    // Let any late duplicate show itself before counting.
    await new Promise((r) => setTimeout(r, 5000));
    child.kill('SIGTERM');
    await waitExit(child);
    child = null;

    const toStudents = stack.smtp.delivered.filter((d) => d.to.some((t) => t !== DESK));
    const byInReplyTo = new Map<string, number>();
    for (const d of toStudents) {
      const irt = /^in-reply-to:\s*<([^>]+)>/im.exec(d.raw.toString('latin1'))?.[1] ?? '?';
      byInReplyTo.set(irt, (byInReplyTo.get(irt) ?? 0) + 1);
    }
    const duplicated = [...byInReplyTo.values()].filter((n) => n > 1).length;
    const answeredAutomatic = planned.filter((m) => m.kind === 'automatic' && byInReplyTo.has(m.messageId)).length;
    const missing = expectedReplies.filter((m) => (byInReplyTo.get(m.messageId) ?? 0) === 0).length;

    const counts: Record<string, number> = {};
    for (const f of ['Triage.Completos', 'Triage.Incompletos', 'Triage.Ignorados', 'Triage.Errores', 'INBOX']) {
      counts[f] = (await listMessages(stack, DESK, f)).length;
    }
    const redis = new Redis(stack.redis.url);
    const keys = createKeys(prefix);
    const queued = await redis.zcard(keys.staffQueue());
    const cases = await redis.zcard(keys.allCases());
    redis.disconnect();

    const complete = planned.filter((m) => m.kind === 'complete').length;
    const incomplete = planned.filter((m) => m.kind === 'incomplete').length;
    const automatic = planned.filter((m) => m.kind === 'automatic').length;
    console.log(
      `crash test: messages=${planned.length} kills=${KILLS} triaged=${counts['Triage.Completos']! + counts['Triage.Incompletos']! + counts['Triage.Ignorados']!} ` +
        `in_inbox=${counts.INBOX} errors=${counts['Triage.Errores']} replies_expected=${expectedReplies.length} replies_delivered=${toStudents.length} ` +
        `replies_missing=${missing} replies_duplicated=${duplicated} automatic_answered=${answeredAutomatic} staff_queue=${queued} cases=${cases}`,
    );
    expect(counts.INBOX).toBe(0);
    expect(counts['Triage.Completos']).toBe(complete);
    expect(counts['Triage.Incompletos']).toBe(incomplete);
    expect(counts['Triage.Ignorados']).toBe(automatic);
    expect(counts['Triage.Errores']).toBe(0);
    expect(missing).toBe(0);
    expect(duplicated).toBe(0);
    expect(toStudents.length).toBe(expectedReplies.length);
    expect(answeredAutomatic).toBe(0);
    expect(queued).toBe(complete);
    expect(cases).toBe(complete + incomplete);
  }, 400_000);
});
