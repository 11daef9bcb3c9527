// The floor: what the bare libraries cost for the same mail, with no triage, no Redis, no queue.
// Run as a child process by pipeline-bench.ts (so its CPU and memory are its own, like the
// worker's): one imapflow session fetches every message of INBOX (BODY[] in chunks, the next
// chunk fetched while this one is handled), mailparser's simpleParser (default options) parses
// each, and nodemailer (pool of 3, like the worker's sender) sends one fixed reply per message
// to its sender through the same SMTP relay. Nothing is moved or flagged.
// Input: env BENCH_FLOOR (JSON). Output: one JSON line on stdout.
import { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';

interface FloorInput {
  imap: { host: string; port: number; user: string; pass: string };
  smtp: { host: string; port: number; user: string; pass: string };
  from: string;
  chunk?: number;
  inFlight?: number;
}

const input = JSON.parse(process.env.BENCH_FLOOR ?? '{}') as FloorInput;
const chunkSize = input.chunk ?? 100;
const inFlight = input.inFlight ?? 8;

const client = new ImapFlow({ host: input.imap.host, port: input.imap.port, secure: false, auth: { user: input.imap.user, pass: input.imap.pass }, logger: false });
client.on('error', () => {});
const transport = nodemailer.createTransport({
  host: input.smtp.host, port: input.smtp.port, secure: false, auth: { user: input.smtp.user, pass: input.smtp.pass },
  pool: true, maxConnections: 3, maxRequeues: 0,
} as never);

await client.connect();
await client.mailboxOpen('INBOX');
const t0 = Date.now();
const cpu0 = process.cpuUsage();
const uids = ((await client.search({ all: true }, { uid: true })) || []).sort((a, b) => a - b);

async function fetchChunk(list: number[]): Promise<Buffer[]> {
  const out: Buffer[] = [];
  if (list.length === 0) return out;
  for await (const m of client.fetch(list.join(','), { uid: true, source: true }, { uid: true })) if (m.source) out.push(m.source);
  return out;
}

let sent = 0;
let failed = 0;
const pending = new Set<Promise<void>>();
async function handle(raw: Buffer): Promise<void> {
  const parsed = await simpleParser(raw);
  const to = parsed.from?.value[0]?.address;
  if (!to) return;
  const p = transport
    .sendMail({
      from: input.from,
      to,
      subject: `Re: ${parsed.subject ?? ''}`,
      text: 'Recibimos tu correo. Te responderemos pronto.\n\nCoordinación de Servicios Estudiantiles - IMSS',
      inReplyTo: parsed.messageId,
      references: parsed.messageId ? [parsed.messageId] : undefined,
    })
    .then(() => { sent++; }, () => { failed++; })
    .finally(() => pending.delete(p));
  pending.add(p);
  while (pending.size >= inFlight) await Promise.race(pending);
}

let next = fetchChunk(uids.slice(0, chunkSize));
for (let i = 0; i < uids.length; i += chunkSize) {
  const sources = await next;
  next = fetchChunk(uids.slice(i + chunkSize, i + 2 * chunkSize));
  for (const raw of sources) await handle(raw);
}
await next;
await Promise.all(pending);
const cpu = process.cpuUsage(cpu0);
const ms = Date.now() - t0;
const hwm = /^VmHWM:\s+(\d+) kB/m.exec(await import('node:fs').then((fs) => fs.readFileSync('/proc/self/status', 'utf8')));
process.stdout.write(`${JSON.stringify({ messages: uids.length, sent, failed, ms, t0, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMb: hwm ? Number(hwm[1]) / 1024 : 0 })}\n`);
transport.close();
await client.logout().catch(() => client.close());
process.exit(0);
