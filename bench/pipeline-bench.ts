// Pipeline benchmark (issue #6): drain throughput against a floor, live latency, scaling, memory.
// Starts its own Redis, Dovecot (IMAP + LMTP) and SMTP relay (startLocalStack) on loopback.
//
//   npm run bench                       quick: drain 2,000 (and 1,000), 2 workers on 2,000, live 20/s for 20 s
//   npm run bench -- --full             the issue's sizes: drain 10,000 (and 1,000), 2 workers on 10,000, live 20/s for 60 s
//   flags: --n N  --small N  --rate R  --seconds S  --concurrency C (WORKER_CONCURRENCY)
//          --runs drain,small,two,live,floor (subset)  --cpu-prof DIR (profiles of the worker children)
//          --also-concurrency 16,32 (extra drains of N with those WORKER_CONCURRENCY values)
//          --also-env "K=V,K2=V2;K=V" (extra drains of N with those worker settings, one per ";")
//          --dovecot-extra "SETTING = VALUE" (appended to the test Dovecot's config, reloaded)
//          --worker-node-flags "..." (node flags of the workers; default the deployed heap cap)
//          --one-floor (floor only before the drains; default: also right after the main drain, ratio vs the mean)
//          --keep (keep the stack's temp dir)  --baseline-tree DIR (also run DIR's worker: before/after in one run)
//          --redis-stats (Redis commands per message over each drain, from INFO commandstats)
//          --sent-copy-to-folder (blind copies to desk+Triage.Enviados, filed by Dovecot: SENT_COPY_TO)
//
// Drain: N messages are written into the desk's Maildir and indexed by Dovecot before the worker
// starts; timed from the worker taking the watcher lease until every message is out of INBOX
// (its `incoming` job completed: the job ends after the move), every reply job finished and the
// relay accepted (= delivered into the student's mailbox) as many replies as were sent.
// Each drain uses its own desk mailbox and Redis prefix; the worker is a child process
// (`node bin/imss-triage.mjs worker`) so its CPU (/proc/<pid>/stat) and peak RSS (VmHWM) are its own.
// Floor: the same messages through bare imapflow + simpleParser + nodemailer (bench/floor.ts).
// Live: the worker idles on IDLE; messages arrive over LMTP at a steady rate; latency is from
// LMTP's 250 to the relay's 250 for the reply (the relay answers only after Dovecot stored it).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import nodemailer from 'nodemailer';
import { startLocalStack, type LocalStack } from '../src/dev/local-stack.js';
import { connectImap } from '../src/dev/mail-helpers.js';
import { bullPrefix, createKeys } from '../src/queue/keys.js';
import { replyMessageId } from '../src/queue/outbox.js';
import { messageKeyOf, QUEUE_NAMES } from '../src/queue/queues.js';
import { describeCorpus, generateCorpus, type BenchMessage } from './corpus.js';
import { countMessages, seedInbox, warmRecipients } from './mailbox.js';
import { CpuMeter, cpuSeconds, pidsMatching, statusMb } from './proc.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DESK = 'imss@udg.mx';
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const opt = (name: string, dflt: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : dflt;
};
const full = flag('full');
const N = Number(opt('n', full ? '10000' : '2000'));
const SMALL = Number(opt('small', '1000'));
const RATE = Number(opt('rate', '20'));
const SECONDS = Number(opt('seconds', full ? '60' : '20'));
const CONCURRENCY = opt('concurrency', '');
const RUNS = new Set(opt('runs', 'floor,drain,small,two,live').split(','));
const CPU_PROF = opt('cpu-prof', '');
// Another checkout (e.g. a worktree of the commit before a change): its worker runs the main
// drain and the live test too, in this same run against the same floor, for a before/after.
// Extra Dovecot settings (e.g. "maildir_very_dirty_syncs = yes"), appended to the test server's
// config and reloaded before anything runs: to see what is the test server's and what is ours.
const DOVECOT_EXTRA = opt('dovecot-extra', '');
// Extra drains of N with other WORKER_CONCURRENCY values (comma-separated), for tuning.
const ALSO_CONCURRENCY = opt('also-concurrency', '').split(',').filter(Boolean);
// Extra drains of N with these worker settings, e.g. --also-env "SENT_COPY=none;SENT_COPY=none,MOVE_PROCESSED=false".
const ALSO_ENV = opt('also-env', '').split(';').filter(Boolean)
  .map((set) => Object.fromEntries(set.split(',').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)])) as Record<string, string>);
// Node flags for the worker processes, space-separated. Default: the heap cap the worker is
// deployed with (docker-compose.yml, the systemd unit in docs/deployment.md); "" for none.
const WORKER_NODE_FLAGS = opt('worker-node-flags', '--max-old-space-size=112 --max-semi-space-size=8').split(' ').filter(Boolean);
const REDIS_STATS = flag('redis-stats');
const SENT_COPY_TO_FOLDER = flag('sent-copy-to-folder');
const BASE = opt('baseline-tree', '') ? path.resolve(opt('baseline-tree', '')) : '';
const say = (s = '') => process.stdout.write(`${s}\n`);

interface DrainResult {
  label: string;
  messages: number;
  workers: number;
  seconds: number;
  msgsPerS: number;
  cpuPer1k: number;
  stackCpuPer1k: number;
  stackSplit: string;
  peakRssMb: number[];
  replies: number;
  staffQueue: number;
  failedJobs: number;
  /** Inbound jobs run: the messages plus the blind copies of the replies (SENT_COPY=bcc). */
  inboundJobs: number;
  inboxLeft: number;
  startupMs: number;
}

let stack: LocalStack;
let runSeq = 0;
const logDir = () => path.join(stack.dir, 'logs');

/** desk+Triage.Enviados@domain: FOLDER_SENT's default as the test Dovecot names it (separator "."). */
function sentCopyAddress(user: string): string {
  const [local, domain] = user.split('@');
  return `${local}+Triage.Enviados@${domain}`;
}

function workerEnv(user: string, prefix: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    IMAP_HOST: stack.dovecot.host,
    IMAP_PORT: String(stack.dovecot.imapPort),
    IMAP_USER: user,
    IMAP_PASSWORD: stack.dovecot.password,
    SMTP_HOST: stack.smtp.host,
    SMTP_PORT: String(stack.smtp.port),
    SMTP_USER: stack.smtp.user,
    SMTP_PASSWORD: stack.smtp.password,
    // The watched mailbox is the desk's own address, as in production: with SENT_COPY=bcc (the
    // default) every reply's blind copy comes back into this INBOX and is filed by the worker too.
    // --sent-copy-to-folder sends them to desk+Triage.Enviados instead, which the test Dovecot files
    // straight into the sent folder (SENT_COPY_TO; slower at 10,000 here: docs/performance.md).
    MAIL_FROM: user,
    ...(SENT_COPY_TO_FOLDER ? { SENT_COPY_TO: sentCopyAddress(user) } : {}),
    DESK_ADDRESSES: `${user},${DESK}`,
    REDIS_URL: stack.redis.url,
    REDIS_PREFIX: prefix,
    // Long poll: anything picked up quickly was seen through IDLE or the start-up sync.
    IMAP_POLL_SECONDS: '300',
    LOG_LEVEL: 'warn',
    ...(CONCURRENCY ? { WORKER_CONCURRENCY: CONCURRENCY } : {}),
    ...extra,
  };
}

// Children still running when the bench dies (Ctrl-C, an exception) are killed with it; the
// stack's own exit hooks stop Redis and Dovecot.
const running = new Set<ChildProcess>();
process.on('exit', () => { for (const c of running) c.kill('SIGKILL'); });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const c of running) c.kill('SIGKILL');
    setTimeout(() => process.exit(130), 10_000).unref();
    void (stack ? stack.stop() : Promise.resolve()).finally(() => process.exit(130));
  });
}

function spawnWorker(user: string, prefix: string, label: string, root = ROOT, extra: Record<string, string> = {}): ChildProcess {
  mkdirSync(logDir(), { recursive: true });
  const out = openSync(path.join(logDir(), `${label}.log`), 'a');
  const args = [...(CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(CPU_PROF), '--cpu-prof-name', `${label}-${Date.now()}.cpuprofile`] : []), ...WORKER_NODE_FLAGS, path.join(root, 'bin/imss-triage.mjs'), 'worker'];
  const child = spawn(process.execPath, args, { cwd: root, env: workerEnv(user, prefix, extra), stdio: ['ignore', out, out] });
  closeSync(out);
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Everything the bench reads from Redis about one run (prefix). */
function observe(prefix: string) {
  const redis = new Redis(stack.redis.url, { maxRetriesPerRequest: null });
  const keys = createKeys(prefix);
  const incoming = new Queue(QUEUE_NAMES.incoming, { connection: redis, prefix: bullPrefix(prefix) });
  const replies = new Queue(QUEUE_NAMES.replies, { connection: redis, prefix: bullPrefix(prefix) });
  return {
    redis,
    keys,
    /** True when nothing is left: every job finished, every reply delivered, INBOX empty. */
    async settled(n: number, relayStart: number, user: string, moves = true): Promise<{ done: boolean; inDone: number; sent: number; repliesOpen: number; failed: number }> {
      const c = await this.counts();
      const open = (q: Record<string, number>) => q.waiting! + q.active! + q.delayed! + q.prioritized!;
      const inDone = c.incoming.completed! + c.incoming.failed!;
      const sent = stack.smtp.acceptedCount - relayStart;
      const repliesOpen = open(c.replies);
      let done = inDone >= n && open(c.incoming) === 0 && repliesOpen === 0 && sent >= c.replies.completed!;
      // The last blind copies may still be on their way through the watcher: INBOX decides.
      // (A short session each time: this happens only once the queues are empty.)
      // (MOVE_PROCESSED=false: messages stay, flagged by their jobs.)
      if (done && moves) done = (await countMessages(stack, user)) === 0;
      return { done, inDone, sent, repliesOpen, failed: c.incoming.failed! + c.replies.failed! };
    },
    async counts() {
      const [i, r] = await Promise.all([
        incoming.getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed', 'prioritized'),
        replies.getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed', 'prioritized'),
      ]);
      return { incoming: i, replies: r };
    },
    /** Finished jobs with their timings: incoming by Message-ID, replies by reply id. */
    async jobs() {
      const [ins, outs] = await Promise.all([incoming.getJobs(['completed']), replies.getJobs(['completed'])]);
      return {
        incoming: new Map(ins.map((j) => [String(j.data.messageId), { seenAt: Number(j.data.seenAt), processedOn: j.processedOn ?? NaN, finishedOn: j.finishedOn ?? NaN }])),
        replies: new Map(outs.map((j) => [String(j.data.replyId), { timestamp: j.timestamp, processedOn: j.processedOn ?? NaN }])),
      };
    },
    async close() {
      await incoming.close();
      await replies.close();
      await redis.quit();
    },
  };
}

/** CPU of the shared servers: Redis, every Dovecot process, and this process (the SMTP relay). */
function stackCpuMeter(): { sample(n: number): { per1k: number; split: string } } {
  const redisPid = stack.redis.pid;
  const redis = new CpuMeter(() => (redisPid ? [redisPid] : []));
  const dovecot = new CpuMeter(() => [...pidsMatching(stack.dovecot.instance), ...pidsMatching(stack.dovecot.configFile)]);
  const self0 = process.cpuUsage();
  return {
    sample(n) {
      const self = process.cpuUsage(self0);
      const parts = [redis.sample(), dovecot.sample(), (self.user + self.system) / 1e6].map((x) => (x / n) * 1000);
      return { per1k: parts.reduce((a, b) => a + b, 0), split: parts.map(f1).join(' / ') };
    },
  };
}

/** Redis commands per message over a drain (the bench's own polling included: a few per 50 ms). */
function redisCommandStats(info: string, n: number): string {
  const rows = [...info.matchAll(/^cmdstat_([^:]+):calls=(\d+),usec=(\d+)/gm)].map((m) => ({ cmd: m[1]!, calls: Number(m[2]), usec: Number(m[3]) }));
  rows.sort((a, b) => b.calls - a.calls);
  const total = rows.reduce((a, r) => a + r.calls, 0);
  const usec = rows.reduce((a, r) => a + r.usec, 0);
  return `    redis: ${(total / n).toFixed(1)} commands per message, ${(usec / n).toFixed(0)} µs of Redis time per message: `
    + rows.slice(0, 14).map((r) => `${r.cmd} ${(r.calls / n).toFixed(2)}`).join(', ');
}

/** One drain: `msgs` waiting in a fresh mailbox, `workers` worker processes on one Redis prefix. */
async function drain(label: string, msgs: readonly BenchMessage[], workers: number, root = ROOT, extra: Record<string, string> = {}): Promise<DrainResult> {
  const run = ++runSeq;
  const user = `desk-${run}-${label}@udg.mx`.toLowerCase();
  const prefix = `b${run}${label.replace(/[^a-z0-9]/gi, '')}`;
  const seeded = await seedInbox(stack, user, msgs.map((m) => m.raw));
  if (seeded.exists !== msgs.length) throw new Error(`${label}: seeded ${seeded.exists} of ${msgs.length}`);
  say(`  ${label}: ${msgs.length} messages written in ${seeded.writeMs} ms, indexed by Dovecot in ${seeded.indexMs} ms`);
  const obs = observe(prefix);
  const relayStart = stack.smtp.acceptedCount;
  const spawnAt = Date.now();
  const children = Array.from({ length: workers }, (_, i) => spawnWorker(user, prefix, `${label}-w${i + 1}`, root, extra));
  for (const c of children) c.once('exit', (code, sig) => { if (code !== 0 && sig !== 'SIGTERM') say(`  ! worker ${c.pid} exited (${code ?? sig}); see ${logDir()}`); });
  // t0: the first worker holds the watcher lease (its queues and workers are up; IMAP next).
  while (!(await obs.redis.exists(obs.keys.watcherLock()))) {
    if (Date.now() - spawnAt > 60_000) throw new Error(`${label}: no worker took the watcher lease in 60 s`);
    await sleep(10);
  }
  const t0 = Date.now();
  if (REDIS_STATS) await obs.redis.config('RESETSTAT');
  const cpu0 = children.map((c) => cpuSeconds(c.pid!));
  const stackCpu = stackCpuMeter();
  const rssPeak = children.map(() => 0);
  let lastReport = t0;
  const moves = extra.MOVE_PROCESSED !== 'false';
  let st = await obs.settled(msgs.length, relayStart, user, moves);
  while (!st.done) {
    await sleep(50);
    st = await obs.settled(msgs.length, relayStart, user, moves);
    children.forEach((ch, i) => { rssPeak[i] = Math.max(rssPeak[i]!, statusMb(ch.pid!, 'VmHWM')); });
    if (Date.now() - lastReport > 10_000) {
      lastReport = Date.now();
      say(`    … ${((lastReport - t0) / 1000).toFixed(0)} s: ${st.inDone} inbound jobs done (${msgs.length} messages + blind copies of replies), ${st.sent} replies delivered, ${st.repliesOpen} replies queued`);
    }
    if (Date.now() - t0 > 30 * 60_000) throw new Error(`${label}: not drained in 30 minutes`);
  }
  const seconds = (Date.now() - t0) / 1000;
  const cpu = children.reduce((a, ch, i) => a + cpuSeconds(ch.pid!) - cpu0[i]!, 0);
  const stackUse = stackCpu.sample(msgs.length);
  children.forEach((ch, i) => { rssPeak[i] = Math.max(rssPeak[i]!, statusMb(ch.pid!, 'VmHWM')); });
  const staffQueue = await obs.redis.zcard(obs.keys.staffQueue());
  if (REDIS_STATS) say(redisCommandStats(await obs.redis.info('commandstats'), msgs.length));
  await Promise.all(children.map(stopChild));
  await obs.close();
  const inboxLeft = await countMessages(stack, user);
  return {
    label,
    messages: msgs.length,
    workers,
    seconds,
    msgsPerS: msgs.length / seconds,
    cpuPer1k: (cpu / msgs.length) * 1000,
    stackCpuPer1k: stackUse.per1k,
    stackSplit: stackUse.split,
    peakRssMb: rssPeak,
    replies: stack.smtp.acceptedCount - relayStart,
    staffQueue,
    failedJobs: st.failed,
    inboundJobs: st.inDone,
    inboxLeft,
    startupMs: t0 - spawnAt,
  };
}

interface FloorResult { messages: number; sent: number; failed: number; ms: number; cpuSeconds: number; peakRssMb: number; stackCpuPer1k: number; stackSplit: string }

async function floor(msgs: readonly BenchMessage[]): Promise<FloorResult> {
  const run = ++runSeq;
  const user = `floor-${run}@udg.mx`;
  const seeded = await seedInbox(stack, user, msgs.map((m) => m.raw));
  say(`  floor: ${msgs.length} messages written in ${seeded.writeMs} ms, indexed by Dovecot in ${seeded.indexMs} ms`);
  const input = {
    imap: { host: stack.dovecot.host, port: stack.dovecot.imapPort, user, pass: stack.dovecot.password },
    smtp: { host: stack.smtp.host, port: stack.smtp.port, user: stack.smtp.user, pass: stack.smtp.password },
    from: DESK,
  };
  const stackCpu = stackCpuMeter();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/floor.ts')], { cwd: ROOT, env: { ...process.env, BENCH_FLOOR: JSON.stringify(input) }, stdio: ['ignore', 'pipe', 'inherit'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let out = '';
  child.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`floor exited with ${code}: ${out}`);
  const r = JSON.parse(out.trim().split('\n').pop()!) as Omit<FloorResult, 'stackCpuPer1k' | 'stackSplit'>;
  // The stack's CPU over the floor's whole life (its start-up is idle for the stack).
  const use = stackCpu.sample(msgs.length);
  return { ...r, stackCpuPer1k: use.per1k, stackSplit: use.split };
}

interface LiveResult { delivered: number; measured: number; unanswered: number; p50: number; p95: number; p99: number; max: number; lateSends: number; peakRssMb: number; cpuPer1k: number }

const pct = (sorted: number[], p: number) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]! : NaN;

async function live(root = ROOT): Promise<LiveResult> {
  const run = ++runSeq;
  const user = `desk-${run}-live@udg.mx`;
  const prefix = `b${run}live`;
  if (root !== ROOT) say(`  live (worker from ${root}):`);
  const count = Math.round(RATE * SECONDS);
  const msgs = await generateCorpus(count, { seed: 777, tag: `live${run}` });
  await warmRecipients(stack, msgs.map((m) => m.from));
  const first = await connectImap(stack, user);
  await first.mailboxOpen('INBOX');
  await first.logout();
  const obs = observe(prefix);
  const child = spawnWorker(user, prefix, `live-${run}`, root);
  // Idle: lease taken and the first (empty) sync done, then a moment for IDLE to start.
  while (!(await obs.redis.exists(obs.keys.lastSync()))) await sleep(20);
  await sleep(1500);
  const cpu0 = cpuSeconds(child.pid!);
  const relayStart = stack.smtp.acceptedCount;
  const lmtp = nodemailer.createTransport({ host: stack.dovecot.host, port: stack.dovecot.lmtpPort, lmtp: true, ignoreTLS: true, name: 'mta.localhost', pool: true, maxConnections: 2, maxMessages: Infinity } as never);
  const deliveredAt = new Map<string, number>();
  const t0 = Date.now();
  let lateSends = 0;
  const sends: Promise<void>[] = [];
  for (let i = 0; i < msgs.length; i++) {
    const due = t0 + (i * 1000) / RATE;
    const wait = due - Date.now();
    if (wait > 0) await sleep(wait);
    else if (wait < -100) lateSends++;
    const m = msgs[i]!;
    sends.push(lmtp.sendMail({ envelope: { from: m.from, to: [user] }, raw: m.raw }).then(() => { deliveredAt.set(m.messageId, Date.now()); }));
  }
  await Promise.all(sends);
  lmtp.close();
  // Wait for the pipeline to finish everything it was given.
  const deadline = Date.now() + 120_000;
  for (;;) {
    if ((await obs.settled(msgs.length, relayStart, user)).done) break;
    if (Date.now() > deadline) { say('  ! live: pipeline did not finish within 120 s after the last delivery'); break; }
    await sleep(100);
  }
  const landed = new Map<string, number>();
  for (const d of stack.smtp.delivered) if (d.messageId) landed.set(d.messageId.replace(/^<|>$/g, ''), d.at.getTime());
  const lat: number[] = [];
  let unanswered = 0;
  // Where the time goes, per answered message: BullMQ's timestamps of both jobs and the watcher's seenAt.
  const jobs = await obs.jobs();
  const stages: Record<string, number[]> = { 'seen by watcher': [], 'waiting in incoming': [], 'incoming job': [], 'waiting in replies': [], 'send + relay': [] };
  for (const m of msgs) {
    const replyId = `r${messageKeyOf(m.messageId)}`;
    const at = landed.get(replyMessageId(replyId, DESK));
    const sent = deliveredAt.get(m.messageId);
    if (at === undefined || sent === undefined) {
      unanswered++;
      continue;
    }
    lat.push(at - sent);
    const inJob = jobs.incoming.get(m.messageId);
    const outJob = jobs.replies.get(replyId);
    if (!inJob || !outJob) continue;
    stages['seen by watcher']!.push(inJob.seenAt - sent);
    stages['waiting in incoming']!.push(inJob.processedOn - inJob.seenAt);
    stages['incoming job']!.push(inJob.finishedOn - inJob.processedOn);
    stages['waiting in replies']!.push(outJob.processedOn - outJob.timestamp);
    stages['send + relay']!.push(at - outJob.processedOn);
  }
  lat.sort((a, b) => a - b);
  for (const [name, xs] of Object.entries(stages)) {
    xs.sort((a, b) => a - b);
    say(`    live stage ${name.padEnd(20)} p50 ${f0(pct(xs, 0.5)).padStart(5)} ms  p95 ${f0(pct(xs, 0.95)).padStart(5)} ms  max ${f0(xs[xs.length - 1] ?? NaN).padStart(5)} ms`);
  }
  const cpu = cpuSeconds(child.pid!) - cpu0;
  const rss = statusMb(child.pid!, 'VmHWM');
  await stopChild(child);
  await obs.close();
  return { delivered: deliveredAt.size, measured: lat.length, unanswered, p50: pct(lat, 0.5), p95: pct(lat, 0.95), p99: pct(lat, 0.99), max: lat[lat.length - 1] ?? NaN, lateSends, peakRssMb: rss, cpuPer1k: (cpu / msgs.length) * 1000 };
}

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '-');
const f0 = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '-');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '-');

async function main(): Promise<void> {
  say(`pipeline bench: ${full ? 'full (issue sizes)' : 'quick (default; --full for the issue sizes)'}; N=${N}, small=${SMALL}, live ${RATE}/s for ${SECONDS} s${CONCURRENCY ? `, WORKER_CONCURRENCY=${CONCURRENCY}` : ''}`);
  const tGen = Date.now();
  const corpus = await generateCorpus(Math.max(N, SMALL), { seed: 1 });
  say(`corpus: ${describeCorpus(corpus.slice(0, N))} (generated in ${Date.now() - tGen} ms)`);
  stack = await startLocalStack();
  if (DOVECOT_EXTRA) {
    appendFileSync(stack.dovecot.configFile, `\n${DOVECOT_EXTRA}\n`);
    execFileSync('doveadm', ['-c', stack.dovecot.configFile, 'reload'], { stdio: 'ignore' });
    await sleep(1000);
    say(`dovecot: added "${DOVECOT_EXTRA}" and reloaded`);
  }
  say(`stack: Redis ${stack.redis.url}, Dovecot IMAP ${stack.dovecot.imapPort} LMTP ${stack.dovecot.lmtpPort}, SMTP relay ${stack.smtp.port} (${stack.dir})`);
  const tWarm = Date.now();
  const warmed = await warmRecipients(stack, corpus.map((m) => m.from));
  say(`warm-up: ${warmed} students' mailboxes created over LMTP before anything is timed (${Date.now() - tWarm} ms)`);
  const drains: DrainResult[] = [];
  let fl: FloorResult | null = null;
  let fl2: FloorResult | null = null;
  let lv: LiveResult | null = null;
  let baseDrain: DrainResult | null = null;
  let baseLive: LiveResult | null = null;
  try {
    if (RUNS.has('floor')) {
      fl = await floor(corpus.slice(0, N));
      say(`  floor: ${fl.messages} in ${(fl.ms / 1000).toFixed(1)} s, ${fl.sent} replies sent, ${fl.failed} failed`);
    }
    // Before the main drain (as the baseline's): the first drain of a run is the one that pays for
    // a cold machine, and the variant should not be the one that gets the warm start.
    for (const [k, env] of ALSO_ENV.entries()) drains.push(await drain(`drain-${N}-env${k + 1}`, corpus.slice(0, N), 1, ROOT, env));
    if (RUNS.has('drain') && BASE) baseDrain = await drain(`before-drain-${N}`, corpus.slice(0, N), 1, BASE);
    if (RUNS.has('drain')) drains.push(await drain(`drain-${N}`, corpus.slice(0, N), 1));
    // The floor again right after the drains it is compared with: on this shared machine the
    // floor alone moved by 2x between runs; the ratio is against the mean of the two.
    if (RUNS.has('floor') && RUNS.has('drain') && !flag('one-floor')) {
      fl2 = await floor(corpus.slice(0, N));
      say(`  floor again: ${fl2.messages} in ${(fl2.ms / 1000).toFixed(1)} s, ${fl2.sent} replies sent, ${fl2.failed} failed`);
    }
    for (const c of ALSO_CONCURRENCY) drains.push(await drain(`drain-${N}-c${c}`, corpus.slice(0, N), 1, ROOT, { WORKER_CONCURRENCY: c }));
    if (RUNS.has('small') && SMALL !== N) drains.push(await drain(`drain-${SMALL}`, corpus.slice(0, SMALL), 1));
    if (RUNS.has('two')) drains.push(await drain(`drain-${N}-2w`, corpus.slice(0, N), 2));
    for (const d of drains) say(`  ${d.label}: ${f1(d.seconds)} s, ${d.replies} replies, ${d.inboundJobs} inbound jobs, staff queue ${d.staffQueue}, inbox left ${d.inboxLeft}, failed jobs ${d.failedJobs}, worker start-up ${d.startupMs} ms`);
    if (RUNS.has('live') && BASE) baseLive = await live(BASE);
    if (RUNS.has('live')) {
      lv = await live();
      say(`  live: ${lv.delivered} delivered, ${lv.measured} answered and measured, ${lv.unanswered} without a reply (automatic mail, follow-ups within the reply budget), ${lv.lateSends} sends late by >100 ms`);
    }
  } finally {
    if (!flag('keep')) await stack.stop();
  }

  say('');
  say('| run | msgs | workers | seconds | msgs/s | worker CPU s /1k | stack CPU s /1k (Redis / Dovecot / relay) | peak RSS MB | vs floor |');
  say('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const rateOf = (f: FloorResult) => f.messages / (f.ms / 1000);
  const floors = [fl, fl2].filter((f): f is FloorResult => f !== null);
  const floorRate = floors.length ? floors.reduce((a, f) => a + rateOf(f), 0) / floors.length : NaN;
  floors.forEach((f, i) => say(`| floor (imapflow+simpleParser+nodemailer)${floors.length > 1 ? (i === 0 ? ', before the drains' : ', after them') : ''} | ${f.messages} | 1 | ${f1(f.ms / 1000)} | ${f1(rateOf(f))} | ${f2((f.cpuSeconds / f.messages) * 1000)} | ${f2(f.stackCpuPer1k)} (${f.stackSplit}) | ${f0(f.peakRssMb)} | ${f2(rateOf(f) / floorRate)} |`));
  if (floors.length > 1) say(`| floor: mean of the two (the ratios' base) | | | | ${f1(floorRate)} | | | | 1.00 |`);
  for (const d of [...(baseDrain ? [baseDrain] : []), ...drains]) say(`| ${d.label} | ${d.messages} | ${d.workers} | ${f1(d.seconds)} | ${f1(d.msgsPerS)} | ${f2(d.cpuPer1k)} | ${f2(d.stackCpuPer1k)} (${d.stackSplit}) | ${d.peakRssMb.map(f0).join(' / ')} | ${f2(d.msgsPerS / floorRate)} |`);
  if (lv) {
    say('');
    say(`| live ${RATE}/s for ${SECONDS} s | p50 ms | p95 ms | p99 ms | max ms | answered | worker CPU s /1k | peak RSS MB |`);
    say('|---|---:|---:|---:|---:|---:|---:|---:|');
    if (baseLive) say(`| before: delivery → reply in mailbox | ${f0(baseLive.p50)} | ${f0(baseLive.p95)} | ${f0(baseLive.p99)} | ${f0(baseLive.max)} | ${baseLive.measured}/${baseLive.delivered} | ${f2(baseLive.cpuPer1k)} | ${f0(baseLive.peakRssMb)} |`);
    say(`| delivery → reply in mailbox | ${f0(lv.p50)} | ${f0(lv.p95)} | ${f0(lv.p99)} | ${f0(lv.max)} | ${lv.measured}/${lv.delivered} | ${f2(lv.cpuPer1k)} | ${f0(lv.peakRssMb)} |`);
  }
  const main = drains.find((d) => d.messages === N && d.workers === 1);
  const small = drains.find((d) => d.messages === SMALL && d.workers === 1);
  const two = drains.find((d) => d.workers === 2);
  if (main && small) say(`\nscaling: ${SMALL} → ${N} messages: time ×${f2(main.seconds / small.seconds)} for ×${f2(N / SMALL)} messages (per-message time ×${f2((main.seconds / N) / (small.seconds / SMALL))}); peak RSS ${f0(Math.max(...small.peakRssMb))} → ${f0(Math.max(...main.peakRssMb))} MB`);
  if (main && two) say(`scaling: 1 → 2 worker processes on ${N}: ${f1(main.msgsPerS)} → ${f1(two.msgsPerS)} msgs/s (×${f2(two.msgsPerS / main.msgsPerS)})`);
  const peak = Math.max(0, ...drains.flatMap((d) => d.peakRssMb), lv?.peakRssMb ?? 0);
  say(`targets: ratio ≥ 0.70, live p95 < 1000 ms and p99 < 2000 ms at 20 msg/s, peak RSS < 300 MB per process`);
  if (BASE) {
    const bPeak = Math.max(0, ...(baseDrain?.peakRssMb ?? []), baseLive?.peakRssMb ?? 0);
    say(`before (${BASE}): drain_msgs_per_s=${f1(baseDrain?.msgsPerS ?? NaN)} floor_msgs_per_s=${f1(floorRate)} ratio=${f2((baseDrain?.msgsPerS ?? NaN) / floorRate)} p95_ms=${f0(baseLive?.p95 ?? NaN)} p99_ms=${f0(baseLive?.p99 ?? NaN)} peak_rss_mb=${f0(bPeak)}`);
  }
  say(`bench: drain_msgs_per_s=${f1(main?.msgsPerS ?? NaN)} floor_msgs_per_s=${f1(floorRate)} ratio=${f2((main?.msgsPerS ?? NaN) / floorRate)} p95_ms=${f0(lv?.p95 ?? NaN)} p99_ms=${f0(lv?.p99 ?? NaN)} peak_rss_mb=${f0(peak)}`);
}

await main();
process.exit(0);
