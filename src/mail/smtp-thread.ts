// The SMTP pool in a worker thread of its own. An SMTP transaction is five or six round trips
// (MAIL, RCPT per recipient, DATA, the message, the answer); on the worker's main thread each one
// waits for a turn of an event loop that is busy parsing and triaging mail, so during a backlog
// replies went out at a fifth of the rate the same pool reaches on an idle loop. The thread runs
// only nodemailer; what a result means (sent, rejected, retry, uncertain) and the OAuth2 tokens
// (shared with the IMAP sessions, reported to readiness) stay on the main thread.
import { Worker } from 'node:worker_threads';
import { errorFields } from './smtp-error-fields.mjs';

/** A send's outcome as nodemailer reports it (plain data: it crosses the thread boundary). */
export interface SendInfo {
  response?: string;
  accepted?: string[];
  rejected?: string[];
  rejectedErrors?: { response?: string }[];
}

/** The fields of a nodemailer error that say what happened (see classifySendError). */
export interface SendErrorFields {
  message: string;
  code?: string;
  originalCode?: string;
  responseCode?: number;
  response?: string;
  permanent?: boolean;
  syscall?: string;
  /** The send failed on a token the main thread could not get: the id of that request. */
  tokenError?: number;
}

export type TokenRequest = (renew: boolean) => Promise<{ token: string; expires: number }>;

/** What the thread gets: nodemailer's options without functions, and whether to ask for tokens. */
export interface ThreadTransportOptions {
  transport: Record<string, unknown>;
  oauthUser: string | null;
}

export type ToThread =
  | { t: 'send'; id: number; mail: Record<string, unknown> }
  | { t: 'verify'; id: number }
  | { t: 'token'; id: number; token?: string; expires?: number; error?: { message: string; code?: string } }
  | { t: 'close' };

export type FromThread =
  | { t: 'sent'; id: number; info: SendInfo }
  | { t: 'failed'; id: number; err: SendErrorFields }
  | { t: 'verified'; id: number; ok: boolean }
  | { t: 'token'; id: number; renew: boolean };

export interface MailTransport {
  sendMail(mail: Record<string, unknown>): Promise<SendInfo>;
  verify(): Promise<boolean>;
  close(): void;
}

interface Pending {
  resolve: (v: never) => void;
  reject: (e: Error) => void;
  kind: 'send' | 'verify';
  /** The thread that holds the call: a dead thread fails only its own calls. */
  thread: Worker;
}

/**
 * A nodemailer pool in a worker thread, started on first use. If the thread dies, the sends it
 * held fail as a dropped connection would (the server may have taken them: uncertain), and the
 * next send starts a new thread.
 */
export function createThreadTransport(
  options: ThreadTransportOptions,
  requestToken: TokenRequest | null,
  entry: URL = new URL('./smtp-thread-worker.mjs', import.meta.url),
): MailTransport {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  // A token request that failed, by id: the send that needed it fails with this very error (its
  // code and retryability), as it would with the pool on this thread.
  const tokenErrors = new Map<number, Error>();

  const failAll = (thread: Worker, why: string) => {
    for (const [id, p] of pending) {
      if (p.thread !== thread) continue;
      pending.delete(id);
      if (p.kind === 'verify') p.resolve(false as never);
      else p.reject(Object.assign(new Error(`SMTP thread stopped (${why}) during the send`), { code: 'ECONNECTION' }));
    }
  };

  const start = (): Worker => {
    if (worker) return worker;
    // A thread is a V8 heap of its own: capped well below the defaults (it holds only replies in
    // flight), or it adds ~80 MB to the worker's RSS. Out of its heap, it dies like a dropped pool.
    const w = new Worker(entry, { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 48 } });
    w.unref(); // held (ref'd) only while a call waits on it, so an idle pool never keeps the process up
    w.on('message', (m: FromThread) => {
      if (m.t === 'token') {
        const reply = (msg: ToThread) => w.postMessage(msg);
        if (!requestToken) return reply({ t: 'token', id: m.id, error: { message: 'no OAuth2 settings for SMTP' } });
        requestToken(m.renew).then(
          ({ token, expires }) => reply({ t: 'token', id: m.id, token, expires }),
          (err: unknown) => {
            if (err instanceof Error) tokenErrors.set(m.id, err);
            // Kept (not taken) on use: a pool may fail several queued sends on one refused login.
            if (tokenErrors.size > 32) tokenErrors.delete(tokenErrors.keys().next().value!);
            const { message, code } = errorFields(err);
            reply({ t: 'token', id: m.id, error: { message, code } });
          },
        );
        return;
      }
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (![...pending.values()].some((x) => x.thread === w)) w.unref();
      if (m.t === 'sent') p.resolve(m.info as never);
      else if (m.t === 'verified') p.resolve(m.ok as never);
      else {
        const original = m.err.tokenError !== undefined ? tokenErrors.get(m.err.tokenError) : undefined;
        // nodemailer re-labels a token error EAUTH and keeps its code as originalCode.
        p.reject(original ? Object.assign(original, { code: 'EAUTH', originalCode: (original as { code?: string }).code }) : Object.assign(new Error(m.err.message), m.err));
      }
    });
    w.on('error', (err) => {
      if (worker === w) worker = null;
      failAll(w, err.message);
    });
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      failAll(w, `exit ${code}`);
    });
    worker = w;
    return w;
  };

  const call = <T>(kind: 'send' | 'verify', msg: (id: number) => ToThread): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      const w = start();
      pending.set(id, { resolve: resolve as (v: never) => void, reject, kind, thread: w });
      w.ref();
      w.postMessage(msg(id));
    });

  return {
    sendMail: (mail) => call<SendInfo>('send', (id) => ({ t: 'send', id, mail })),
    verify: () => call<boolean>('verify', (id) => ({ t: 'verify', id })),
    close() {
      const w = worker;
      worker = null;
      if (!w) return;
      w.postMessage({ t: 'close' } satisfies ToThread);
      // The thread closes its pool (QUIT) and exits; a stuck one is ended.
      setTimeout(() => void w.terminate(), 2_000).unref();
    },
  };
}
