// A supervised IMAP session. imapflow never reconnects and a closed client cannot be reused, so
// this keeps one live ImapFlow at a time: on `close` it builds a new one with capped exponential
// backoff. Callers borrow the live client through `use()`, which waits for a connection.
import { EventEmitter } from 'node:events';
import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import type { Config } from '../config/index.js';
import type { Logger } from '../logger.js';
import { imapUnavailable } from '../errors.js';
import { sharedTokenProvider } from './oauth-token.js';

export interface ImapConnectionOptions {
  imap: Config['imap'];
  log: Logger;
  /** A label for logs: "watcher" or "ops". */
  role: string;
  /** Extra ImapFlow options (e.g. autoIdleDelay for the watcher). */
  flow?: Partial<ImapFlowOptions>;
  /** Called after every (re)connect, before the client is handed out (select mailbox...). */
  onConnect?: (client: ImapFlow) => Promise<void>;
}

export class ImapConnection extends EventEmitter {
  private client: ImapFlow | null = null;
  private connecting: Promise<ImapFlow> | null = null;
  private stopped = false;
  private failures = 0;
  reconnects = 0;

  constructor(private readonly opts: ImapConnectionOptions) {
    super();
  }

  /** Runs `fn` with a connected client; waits up to `timeoutMs` for one. */
  async use<T>(fn: (client: ImapFlow) => Promise<T>, timeoutMs = 30_000): Promise<T> {
    const client = await this.ready(timeoutMs);
    return fn(client);
  }

  async ready(timeoutMs = 30_000): Promise<ImapFlow> {
    if (this.client?.usable) return this.client;
    if (this.stopped) throw imapUnavailable(new Error('connection stopped'));
    if (!Number.isFinite(timeoutMs)) return this.connectLoop();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(imapUnavailable(new Error(`no IMAP connection within ${timeoutMs} ms`))), timeoutMs);
    });
    try {
      return await Promise.race([this.connectLoop(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private connectLoop(): Promise<ImapFlow> {
    if (!this.connecting) {
      this.connecting = (async () => {
        while (!this.stopped) {
          try {
            const client = await this.connectOnce();
            this.failures = 0;
            return client;
          } catch (err) {
            this.failures += 1;
            const delay = Math.min(30_000, 250 * 2 ** Math.min(this.failures, 7));
            // A refused OAuth2 token needs an operator: say so loudly (readiness fails meanwhile).
            const loud = (err as { code?: unknown }).code === 'IMSS_OAUTH_REFUSED';
            this.opts.log[loud ? 'error' : 'warn']({ role: this.opts.role, err: errInfo(err), retryInMs: delay }, loud ? 'imap login refused: OAuth2 token not accepted' : 'imap connect failed');
            await sleep(delay);
          }
        }
        throw imapUnavailable(new Error('connection stopped'));
      })().finally(() => {
        this.connecting = null;
      });
    }
    return this.connecting;
  }

  private async connectOnce(): Promise<ImapFlow> {
    const { imap } = this.opts;
    // OAuth2: imapflow has no refresh hook, so every (re)connect asks for a token (cached until
    // shortly before expiry); a refused login drops it so the next attempt fetches a new one.
    const tokens = imap.oauth ? sharedTokenProvider(imap.oauth) : null;
    const client = new ImapFlow({
      host: imap.host,
      port: imap.port,
      secure: imap.secure,
      auth: tokens ? { user: imap.user, accessToken: await tokens.getToken() } : { user: imap.user, pass: imap.password },
      logger: false,
      connectionTimeout: 15_000,
      greetingTimeout: 10_000,
      socketTimeout: 5 * 60_000,
      maxIdleTime: imap.idleRestartSeconds * 1000,
      tls: { rejectUnauthorized: true },
      ...this.opts.flow,
    });
    client.on('error', (err: unknown) => {
      this.opts.log.warn({ role: this.opts.role, err: errInfo(err) }, 'imap error');
    });
    try {
      await client.connect();
    } catch (err) {
      if (tokens && (err as { authenticationFailed?: boolean }).authenticationFailed) {
        throw tokens.reportRejected('imap', (err as { responseText?: string }).responseText ?? (err as Error).message);
      }
      throw err;
    }
    tokens?.reportAccepted();
    client.on('close', () => {
      if (this.client === client) this.client = null;
      if (this.stopped) return;
      this.reconnects += 1;
      this.opts.log.warn({ role: this.opts.role, reconnects: this.reconnects }, 'imap connection closed; reconnecting');
      this.emit('disconnected');
      void this.connectLoop().then(
        () => this.emit('reconnected'),
        () => undefined,
      );
    });
    if (this.opts.onConnect) await this.opts.onConnect(client);
    this.client = client;
    this.opts.log.info({ role: this.opts.role }, 'imap connected');
    return client;
  }

  /** The live client, if any, without waiting. */
  current(): ImapFlow | null {
    return this.client?.usable ? this.client : null;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    if (!client) return;
    try {
      await Promise.race([client.logout(), sleep(3000)]);
    } catch {
      // Already gone: nothing to log out from.
    }
    client.close();
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}

export function errInfo(err: unknown): Record<string, unknown> {
  if (err instanceof Error) {
    const e = err as Error & { code?: unknown; responseStatus?: unknown; responseText?: unknown };
    return { name: e.name, code: e.code, message: e.message, status: e.responseStatus };
  }
  return { message: String(err) };
}
