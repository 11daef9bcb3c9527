// Proves the real-server harness (src/dev) against real Redis, Dovecot and the SMTP relay:
// every later integration test and the demo stand on these facts.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { Redis } from 'ioredis';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFreePort } from '../../src/dev/free-port.js';
import { startLocalStack, type LocalStack } from '../../src/dev/local-stack.js';
import {
  composeMessage, connectImap, deliverLmtp, listFolders, listMessages, waitFor,
} from '../../src/dev/mail-helpers.js';
import { startSmtpRelay } from '../../src/dev/smtp-relay.js';

const DESK = 'imss@udg.mx';
let stack: LocalStack;

/** A fresh student address per test, so mailboxes never overlap. */
const student = (tag: string) => `${tag}.${randomUUID().slice(0, 8)}@alumnos.udg.mx`;

function smtpTransport(auth = true) {
  return nodemailer.createTransport({
    host: stack.smtp.host,
    port: stack.smtp.port,
    secure: false,
    ignoreTLS: true,
    connectionTimeout: 3_000,
    ...(auth ? { auth: { user: stack.smtp.user, pass: stack.smtp.password } } : {}),
  });
}

type SmtpErr = Error & { code?: string; responseCode?: number; permanent?: boolean };
async function sendError(p: Promise<unknown>): Promise<SmtpErr> {
  try {
    await p;
  } catch (err) {
    return err as SmtpErr;
  }
  throw new Error('expected the send to fail');
}

/** A minimal IMAP client on a raw socket: the IDLE timing below measures the server, not a library. */
function rawImap(port: number) {
  const socket = net.connect({ port, host: '127.0.0.1' });
  let buffer = '';
  const waiters: Array<{ re: RegExp; resolve: (line: string) => void }> = [];
  socket.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let nl: number;
    while ((nl = buffer.indexOf('\r\n')) !== -1) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 2);
      const i = waiters.findIndex((w) => w.re.test(line));
      if (i !== -1) waiters.splice(i, 1)[0]!.resolve(line);
    }
  });
  const expectLine = (re: RegExp) => new Promise<string>((resolve) => waiters.push({ re, resolve }));
  return {
    expectLine,
    async command(text: string, tag: string) {
      const done = expectLine(new RegExp(`^${tag} (OK|NO|BAD)`));
      socket.write(`${tag} ${text}\r\n`);
      const line = await done;
      if (!line.startsWith(`${tag} OK`)) throw new Error(`IMAP ${text.split(' ')[0]}: ${line}`);
    },
    write: (text: string) => socket.write(`${text}\r\n`),
    close: () => socket.destroy(),
  };
}

beforeAll(async () => {
  const started = Date.now();
  stack = await startLocalStack({});
  console.log(`local stack up in ${Date.now() - started} ms: redis ${stack.redis.port}, imap ${stack.dovecot.imapPort}, lmtp ${stack.dovecot.lmtpPort}, smtp ${stack.smtp.port}`);
});

afterAll(async () => {
  await stack?.stop();
});

describe('redis', () => {
  it('answers PING with the production settings (AOF everysec, noeviction)', async () => {
    const redis = new Redis(stack.redis.url, { lazyConnect: true });
    try {
      await redis.connect();
      expect(await redis.ping()).toBe('PONG');
      expect(await redis.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
      expect(await redis.config('GET', 'appendfsync')).toEqual(['appendfsync', 'everysec']);
      expect(await redis.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
      expect(await redis.config('GET', 'bind')).toEqual(['bind', '127.0.0.1']);
    } finally {
      redis.disconnect();
    }
  });

  it('keeps its data across a restart (graceful and crash) on the same url', async () => {
    const prefix = `test-${randomUUID()}`;
    const redis = new Redis(stack.redis.url, { maxRetriesPerRequest: null });
    try {
      const pipeline = redis.pipeline();
      for (let i = 0; i < 200; i++) pipeline.set(`${prefix}:k${i}`, String(i));
      await pipeline.exec();
      const url = stack.redis.url;
      const pidBefore = stack.redis.pid;

      await stack.redis.restart();
      expect(stack.redis.url).toBe(url);
      expect(stack.redis.pid).not.toBe(pidBefore);
      // The same client reconnects by itself (a worker's connection does the same).
      expect(await redis.get(`${prefix}:k0`)).toBe('0');
      expect(await redis.get(`${prefix}:k199`)).toBe('199');
      expect(await redis.keys(`${prefix}:*`)).toHaveLength(200);

      // A crash (SIGKILL) loses at most the last second: writes older than that survive.
      await redis.set(`${prefix}:before-crash`, 'kept');
      await new Promise((r) => setTimeout(r, 1_500));
      await stack.redis.restart({ signal: 'SIGKILL' });
      expect(await redis.get(`${prefix}:before-crash`)).toBe('kept');
      expect(await redis.keys(`${prefix}:*`)).toHaveLength(201);
    } finally {
      redis.disconnect();
    }
  });
});

describe('dovecot', () => {
  it('delivers over LMTP and serves the same message over IMAP', async () => {
    const from = student('juan.perez');
    const messageId = `<${randomUUID()}@alumnos.udg.mx>`;
    const raw = await composeMessage({
      from, to: DESK, subject: 'Alta en el IMSS - Juan Pérez', text: 'Mi CURP es la siguiente.',
      messageId, headers: { 'X-Test-Case': 'lmtp-imap' },
    });
    const before = (await listMessages(stack, DESK)).length;
    await deliverLmtp(stack, { from, to: DESK, raw });

    const messages = await listMessages(stack, DESK);
    expect(messages).toHaveLength(before + 1);
    const got = messages.find((m) => m.messageId === messageId);
    expect(got).toBeDefined();
    expect(got!.subject).toBe('Alta en el IMSS - Juan Pérez');
    expect(got!.from).toBe(from);
    expect(got!.text.trim()).toBe('Mi CURP es la siguiente.');
    expect(got!.headers['x-test-case']).toBe('lmtp-imap');
    expect(got!.headers['delivered-to']).toBe(DESK);
    expect(got!.headers['received']).toMatch(/with LMTP/);
    // listMessages reads with EXAMINE: it does not mark the message \Seen.
    expect(got!.flags).not.toContain('\\Seen');
    expect((await listMessages(stack, DESK)).find((m) => m.messageId === messageId)!.flags).not.toContain('\\Seen');
  });

  it('uses the default Maildir++ layout: LIST reports "." as the delimiter', async () => {
    const user = student('folders');
    const client = await connectImap(stack, user);
    try {
      const created = await client.mailboxCreate(['Triage', 'Completos']);
      expect(created.path).toBe('Triage.Completos');
    } finally {
      await client.logout();
    }
    const folders = await listFolders(stack, user);
    expect(new Set(folders.map((f) => f.delimiter))).toEqual(new Set(['.']));
    expect(folders.map((f) => f.path)).toEqual(expect.arrayContaining(['INBOX', 'Sent', 'Trash', 'Triage', 'Triage.Completos']));
    expect(folders.find((f) => f.path === 'Sent')!.specialUse).toBe('\\Sent');
  });

  it('accepts any user with the one password, and lowercases user names', async () => {
    const user = student('Maria.Lopez');
    await deliverLmtp(stack, {
      from: DESK, to: user,
      raw: await composeMessage({ from: DESK, to: user, subject: 'caso', text: 'x' }),
    });
    expect(await listMessages(stack, user.toLowerCase())).toHaveLength(1);
    expect(await listMessages(stack, user)).toHaveLength(1);
    const bad = new (await import('imapflow')).ImapFlow({
      host: stack.dovecot.host, port: stack.dovecot.imapPort, secure: false, logger: false,
      auth: { user, pass: 'wrong' },
    });
    bad.on('error', () => {});
    await expect(bad.connect()).rejects.toThrow();
  });

  it('wakes an IDLE client within about a second of an LMTP delivery', async () => {
    const user = student('idle');
    // 1. Raw IMAP: time from LMTP "250" to the untagged EXISTS, no client library in between.
    const imap = rawImap(stack.dovecot.imapPort);
    await imap.expectLine(/^\* OK/);
    await imap.command(`LOGIN "${user}" "${stack.dovecot.password}"`, 'a1');
    await imap.command('SELECT INBOX', 'a2');
    const idling = imap.expectLine(/^\+ /);
    imap.write('a3 IDLE');
    await idling;
    // 2. imapflow, as the watcher uses it: IDLE, then the 'exists' event.
    const client = await connectImap(stack, user);
    await client.mailboxOpen('INBOX');
    const existsEvent = new Promise<number>((resolve) => client.once('exists', () => resolve(Date.now())));
    void client.idle();
    await waitFor(() => client.idling, { what: 'imapflow IDLE' });
    await new Promise((r) => setTimeout(r, 300)); // let "+ idling" arrive: the wake must come from the delivery

    const exists = imap.expectLine(/^\* 1 EXISTS/);
    const raw = await composeMessage({ from: student('remitente'), to: user, subject: 'despierta', text: 'x' });
    await deliverLmtp(stack, { from: DESK, to: user, raw });
    const delivered = Date.now();
    await exists;
    const rawMs = Date.now() - delivered;
    const flowMs = (await existsEvent) - delivered;
    console.log(`IDLE wake after LMTP delivery: raw IMAP ${rawMs} ms, imapflow 'exists' ${flowMs} ms`);
    expect(rawMs).toBeLessThan(1_500);
    expect(flowMs).toBeLessThan(1_500);

    imap.write('DONE');
    imap.close();
    await client.logout();
  });

  it('restarts on the same ports and keeps the mail', async () => {
    const user = student('restart');
    await deliverLmtp(stack, { from: DESK, to: user, raw: await composeMessage({ from: DESK, to: user, subject: 'antes', text: 'x' }) });
    const ports = [stack.dovecot.imapPort, stack.dovecot.lmtpPort];
    await stack.dovecot.restart();
    expect([stack.dovecot.imapPort, stack.dovecot.lmtpPort]).toEqual(ports);
    expect((await listMessages(stack, user)).map((m) => m.subject)).toEqual(['antes']);
  });
});

describe('smtp relay', () => {
  it('refuses to relay without AUTH, and with a wrong password', async () => {
    const to = student('noauth');
    const noAuth = await sendError(smtpTransport(false).sendMail({ from: DESK, to, subject: 's', text: 't' }));
    expect(noAuth.responseCode).toBe(530);
    const badPass = await sendError(nodemailer.createTransport({
      host: stack.smtp.host, port: stack.smtp.port, ignoreTLS: true, auth: { user: stack.smtp.user, pass: 'nope' },
    }).sendMail({ from: DESK, to, subject: 's', text: 't' }));
    expect(badPass.code).toBe('EAUTH');
    expect(badPass.responseCode).toBe(535);
    expect(await listMessages(stack, to)).toEqual([]);
  });

  it('answers 250 only once the message is in the student\'s Dovecot mailbox', async () => {
    const to = student('juan.perez');
    const messageId = `<reply-${randomUUID()}@udg.mx>`;
    const before = stack.smtp.acceptedCount;
    const info = await smtpTransport().sendMail({
      from: DESK, to, subject: 'Re: Alta en el IMSS', text: 'Recibimos tu solicitud.',
      messageId, inReplyTo: '<orig@alumnos.udg.mx>', references: ['<orig@alumnos.udg.mx>'],
    });
    expect(info.response).toMatch(/^250 /);
    expect(info.accepted).toEqual([to]);
    // No waiting: "SMTP accepted" already means "delivered".
    const inbox = await listMessages(stack, to);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      messageId, subject: 'Re: Alta en el IMSS', from: DESK,
      inReplyTo: '<orig@alumnos.udg.mx>', references: ['<orig@alumnos.udg.mx>'],
    });
    expect(stack.smtp.acceptedCount).toBe(before + 1);
    expect(stack.smtp.delivered.at(-1)).toMatchObject({ messageId, from: DESK, to: [to] });
  });

  it('fault refuse-connections: the port refuses, then serves again after none', async () => {
    const to = student('refused');
    await stack.smtp.setFault('refuse-connections');
    try {
      const err = await sendError(smtpTransport().sendMail({ from: DESK, to, subject: 's', text: 't' }));
      expect(err.code).toBe('ESOCKET');
      expect(err.message).toMatch(/ECONNREFUSED/);
      expect(err.permanent).toBeUndefined();
    } finally {
      await stack.smtp.setFault('none');
    }
    await smtpTransport().sendMail({ from: DESK, to, subject: 'otra vez', text: 't' });
    expect((await listMessages(stack, to)).map((m) => m.subject)).toEqual(['otra vez']);
  });

  it('fault tempfail: 451 to every transaction, nothing delivered', async () => {
    const to = student('tempfail');
    const before = stack.smtp.acceptedCount;
    await stack.smtp.setFault('tempfail');
    try {
      for (let i = 0; i < 2; i++) {
        const err = await sendError(smtpTransport().sendMail({ from: DESK, to, subject: 's', text: 't' }));
        expect(err.responseCode).toBe(451);
        expect(err.permanent).toBe(false);
      }
    } finally {
      await stack.smtp.setFault('none');
    }
    expect(stack.smtp.acceptedCount).toBe(before);
    expect(await listMessages(stack, to)).toEqual([]);
  });

  it('fault rejectRecipient: 550 for that recipient only', async () => {
    const bad = student('rechazado');
    const good = student('aceptado');
    await stack.smtp.setFault({ rejectRecipient: bad.toUpperCase() });
    try {
      const err = await sendError(smtpTransport().sendMail({ from: DESK, to: bad, subject: 's', text: 't' }));
      expect(err.responseCode).toBe(550);
      expect(err.permanent).toBe(true);

      const info = await smtpTransport().sendMail({ from: DESK, to: [bad, good], subject: 'ambos', text: 't' });
      expect(info.rejected).toEqual([bad]);
      expect(info.accepted).toEqual([good]);
    } finally {
      await stack.smtp.setFault('none');
    }
    expect((await listMessages(stack, good)).map((m) => m.subject)).toEqual(['ambos']);
    expect(await listMessages(stack, bad)).toEqual([]);
  });

  it('turns an LMTP failure into a temporary SMTP error instead of accepting', async () => {
    const deadPort = await getFreePort();
    const relay = await startSmtpRelay({ lmtp: { host: '127.0.0.1', port: deadPort } });
    try {
      const err = await sendError(nodemailer.createTransport({
        host: relay.host, port: relay.port, ignoreTLS: true, auth: { user: relay.user, pass: relay.password },
      }).sendMail({ from: DESK, to: student('x'), subject: 's', text: 't' }));
      expect(err.responseCode).toBe(451);
      expect(err.permanent).toBe(false);
      expect(relay.acceptedCount).toBe(0);
    } finally {
      await relay.stop();
    }
  });
});

/** Live (non-zombie) pids whose command line mentions `needle`. */
function livePidsMatching(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (cmd.includes(needle) && stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z') pids.push(Number(entry));
    } catch {
      // gone while scanning
    }
  }
  return pids;
}

describe('teardown', () => {
  it('stop() leaves no Redis, Dovecot or guard process behind and removes the temp dir', async () => {
    const { instance, configFile } = stack.dovecot;
    const redisPid = stack.redis.pid!;
    const redisPort = stack.redis.port;
    const dir = stack.dir;
    expect(livePidsMatching(instance).length).toBeGreaterThanOrEqual(3); // log, config, anvil, ...
    expect(livePidsMatching(`dovecot -c ${configFile}`)).toHaveLength(1); // the master
    expect(livePidsMatching(`redis-server 127.0.0.1:${redisPort}`)).toEqual([redisPid]);
    expect(livePidsMatching('while kill -0').filter((p) => livePidsMatching(dir).includes(p))).toHaveLength(2); // orphan guards
    await stack.stop();
    expect(livePidsMatching(instance)).toEqual([]);
    expect(livePidsMatching(dir)).toEqual([]); // master, guards
    expect(livePidsMatching(`redis-server 127.0.0.1:${redisPort}`)).toEqual([]);
    expect(() => process.kill(redisPid, 0)).toThrow();
    expect(() => readdirSync(dir)).toThrow();
  });
});
