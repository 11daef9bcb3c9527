// A loopback SMTP relay for tests and the demo: the app's nodemailer transport talks to it as it
// would to the university's submission server, and it hands every message to Dovecot over LMTP.
//
// Contract:
// - AUTH PLAIN/LOGIN with `user`/`password` is required before MAIL FROM (530 otherwise); no TLS.
// - 250 after DATA only once LMTP accepted the message for every recipient, so "SMTP accepted"
//   means "in the recipients' mailboxes". An LMTP rejection is returned with LMTP's code (4xx/5xx);
//   an LMTP connection failure becomes 451. All or nothing per message: if LMTP took some
//   recipients and refused others, the client sees the error (and a retry duplicates the mail for
//   the recipients that got it) - a test relay, not an MTA with a queue.
// - Without `lmtp` the relay only records what it accepted (capture mode).
// - Fault injection with setFault():
//     'none'                 normal service
//     'refuse-connections'   the listener is closed and open sessions dropped: ECONNREFUSED
//     'tempfail'             451 4.3.0 to every MAIL FROM (nodemailer: err.responseCode 451,
//                            err.permanent false)
//     { rejectRecipient }    550 5.1.1 at RCPT TO for that address only (case-insensitive)
// - `delivered` lists accepted messages in order; `acceptedCount` is its length.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { getFreePort, LOOPBACK } from './free-port.js';

/**
 * 'drop-after-data': deliver the message, then cut the connection instead of answering 250 — the
 * worst case for a sender, which cannot tell whether its message went through.
 */
export type SmtpFault = 'none' | 'refuse-connections' | 'tempfail' | 'drop-after-data' | { rejectRecipient: string };

export interface DeliveredMessage {
  messageId: string | undefined;
  /** Envelope sender. */
  from: string;
  /** Envelope recipients. */
  to: string[];
  at: Date;
  raw: Buffer;
}

export interface SmtpRelay {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly delivered: readonly DeliveredMessage[];
  readonly acceptedCount: number;
  readonly fault: SmtpFault;
  setFault(mode: SmtpFault): Promise<void>;
  stop(): Promise<void>;
}

export interface SmtpRelayOptions {
  /** Where accepted mail goes; omit to only record it. */
  lmtp?: { host: string; port: number };
  port?: number;
  user?: string;
  password?: string;
  log?: (line: string) => void;
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/** The Message-ID header of a raw message, without unfolding surprises. */
export function readMessageId(raw: Buffer): string | undefined {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const header = (end === -1 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  return /^message-id:[ \t]*(\S.*?)\s*$/im.exec(header)?.[1];
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export async function startSmtpRelay(options: SmtpRelayOptions = {}): Promise<SmtpRelay> {
  const { lmtp, log = () => {} } = options;
  const user = options.user ?? 'relay';
  const password = options.password ?? randomBytes(9).toString('base64url');
  const port = options.port ?? (await getFreePort());
  const delivered: DeliveredMessage[] = [];
  let fault: SmtpFault = 'none';
  let listening = false;

  async function forward(raw: Buffer, session: SMTPServerSession): Promise<void> {
    if (!lmtp) return;
    const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
    const to = session.envelope.rcptTo.map((r) => r.address);
    const transport = nodemailer.createTransport({
      host: lmtp.host, port: lmtp.port, lmtp: true, ignoreTLS: true, name: 'relay.localhost',
      connectionTimeout: 5_000, socketTimeout: 15_000,
    });
    try {
      const info = await transport.sendMail({ envelope: { from, to }, raw });
      if (info.rejected.length > 0) {
        const first = info.rejectedErrors?.[0] as { responseCode?: number; response?: string } | undefined;
        throw smtpError(first?.responseCode ?? 550, `LMTP refused ${info.rejected.length} recipient(s): ${first?.response ?? ''}`);
      }
    } catch (err) {
      const e = err as { responseCode?: number; response?: string; message: string };
      if (typeof e.responseCode === 'number') throw smtpError(e.responseCode, e.response ?? e.message);
      throw smtpError(451, `4.4.1 LMTP delivery failed: ${e.message}`);
    } finally {
      transport.close();
    }
  }

  const server = new SMTPServer({
    name: 'relay.localhost',
    banner: 'imss-triage test relay',
    logger: false,
    authMethods: ['PLAIN', 'LOGIN'],
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    closeTimeout: 1_000,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user });
      else callback(smtpError(535, '5.7.8 Authentication credentials invalid'));
    },
    onMailFrom(_address, _session, callback) {
      if (fault === 'tempfail') callback(smtpError(451, '4.3.0 Temporary failure, try again later (fault injected)'));
      else callback();
    },
    onRcptTo(address, _session, callback) {
      if (typeof fault === 'object' && address.address.toLowerCase() === fault.rejectRecipient.toLowerCase()) {
        callback(smtpError(550, `5.1.1 <${address.address}>: Recipient address rejected (fault injected)`));
      } else callback();
    },
    onData(stream, session, callback) {
      readAll(stream)
        .then(async (raw) => {
          if (stream.sizeExceeded) throw smtpError(552, '5.3.4 Message too big');
          await forward(raw, session);
          const message: DeliveredMessage = {
            messageId: readMessageId(raw),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            at: new Date(),
            raw,
          };
          delivered.push(message);
          log(`smtp: accepted message #${delivered.length} for ${message.to.length} recipient(s)`);
          if (fault === 'drop-after-data') {
            const connection = [...server.connections].find((c) => (c as unknown as { id: string }).id === session.id);
            (connection as unknown as { _socket?: { destroy(): void } } | undefined)?._socket?.destroy();
            return;
          }
          callback(null, `2.0.0 Delivered as #${delivered.length}`);
        })
        .catch((err: Error) => callback(err));
    },
  });
  server.on('error', (err) => log(`smtp: server error ${err.message}`));

  async function listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const onError = (err: Error) => reject(err);
      server.server.once('error', onError);
      server.server.listen(port, LOOPBACK, () => {
        server.server.off('error', onError);
        resolve();
      });
    });
    listening = true;
  }

  function dropConnections(): void {
    for (const connection of server.connections) connection.close();
  }

  await listen();
  log(`smtp: relay on ${LOOPBACK}:${(server.server.address() as AddressInfo).port}${lmtp ? ` -> LMTP ${lmtp.host}:${lmtp.port}` : ' (capture only)'}`);

  return {
    host: LOOPBACK,
    port,
    user,
    password,
    delivered,
    get acceptedCount() { return delivered.length; },
    get fault() { return fault; },
    async setFault(mode) {
      fault = mode;
      if (mode === 'refuse-connections') {
        if (listening) {
          listening = false;
          server.server.close();
        }
        dropConnections();
      } else if (!listening) {
        await listen();
      }
      log(`smtp: fault ${JSON.stringify(mode)}`);
    },
    async stop() {
      if (listening) {
        listening = false;
        await new Promise<void>((resolve) => server.close(() => resolve()));
      } else {
        dropConnections();
      }
      log('smtp: stopped');
    },
  };
}
