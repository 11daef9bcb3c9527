// OAuth2 on real servers: the token provider against a local token endpoint (node:http), and the
// XOAUTH2 login of the SMTP sender against smtp-server, which accepts only tokens the endpoint
// issued and that have not expired.
import { generateKeyPairSync, createVerify } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type OAuthSettings } from '../../src/config/index.js';
import { createTokenProvider, sharedTokenProvider } from '../../src/mail/oauth-token.js';
import { ImapConnection } from '../../src/mail/imap-connection.js';
import { startDovecot } from '../../src/dev/dovecot-server.js';
import { waitFor } from '../../src/dev/mail-helpers.js';
import { createLogger } from '../../src/logger.js';
import { checkTokens } from '../../src/ops/readiness.js';
import { createSmtpSender } from '../../src/mail/smtp-sender.js';
import { ERROR_CODES, TriageError } from '../../src/errors.js';

interface Issued { token: string; expiresAt: number }

/** A token endpoint: records every request, issues tokens with a chosen lifetime, or refuses. */
class TokenEndpoint {
  requests: Array<Record<string, string>> = [];
  issued: Issued[] = [];
  /** Tokens Dovecot asked about. */
  checked: string[] = [];
  lifetimeSeconds = 2;
  mode: 'ok' | 'invalid_grant' | 'down' = 'ok';
  delayMs = 0;
  publicKey: string | null = null;
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      void (async () => {
        if ((req.url ?? '').startsWith('/tokeninfo')) {
          // Dovecot's oauth2 passdb: GET tokeninfo_url + token; 200 names the user.
          const token = decodeURIComponent((req.url ?? '').split('access_token=')[1] ?? '');
          this.checked.push(token);
          const ok = this.isValid(token);
          res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
          res.end(JSON.stringify(ok ? { email: 'imss@udg.mx', active: true } : { error: 'invalid_token' }));
          return;
        }
        const form = Object.fromEntries(new URLSearchParams(body));
        this.requests.push({ path: req.url ?? '', ...form });
        if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
        const send = (status: number, json: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(json));
        };
        if (this.mode === 'down') return send(503, { error: 'temporarily_unavailable' });
        if (this.mode === 'invalid_grant') return send(400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
        if (form.grant_type === 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
          const [h, c, sig] = (form.assertion ?? '').split('.');
          const ok = this.publicKey && createVerify('RSA-SHA256').update(`${h}.${c}`).verify(this.publicKey, Buffer.from(sig ?? '', 'base64url'));
          if (!ok) return send(400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' });
        }
        const token = `tok-${this.issued.length + 1}-${Math.random().toString(36).slice(2)}`;
        this.issued.push({ token, expiresAt: Date.now() + this.lifetimeSeconds * 1000 });
        send(200, { access_token: token, token_type: 'Bearer', expires_in: this.lifetimeSeconds });
      })();
    });
  });
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/token`;
  }
  isValid(token: string): boolean {
    return this.issued.some((i) => i.token === token && i.expiresAt > Date.now());
  }
}

const endpoint = new TokenEndpoint();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function settings(over: Partial<OAuthSettings> = {}): OAuthSettings {
  return {
    provider: 'google',
    user: 'imss@udg.mx',
    staticToken: '',
    tokenUrl: endpoint.url,
    scope: '',
    google: { clientId: 'cid', clientSecret: 'csecret', refreshToken: 'rtoken', serviceAccountFile: '' },
    microsoft: { tenantId: 'tenant', clientId: 'mcid', clientSecret: 'msecret' },
    ...over,
  };
}

beforeAll(async () => {
  endpoint.server.listen(0, '127.0.0.1');
  await once(endpoint.server, 'listening');
});
afterAll(async () => {
  endpoint.server.close();
});

describe('token provider against a local token endpoint', () => {
  it('caches until shortly before expiry, single-flight, then refreshes', async () => {
    endpoint.mode = 'ok';
    endpoint.lifetimeSeconds = 2;
    endpoint.delayMs = 100;
    const before = endpoint.requests.length;
    const p = createTokenProvider(settings());
    const tokens = await Promise.all(Array.from({ length: 10 }, () => p.getToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(endpoint.requests.length - before).toBe(1);
    const req = endpoint.requests.at(-1)!;
    expect(req).toMatchObject({ grant_type: 'refresh_token', client_id: 'cid', client_secret: 'csecret', refresh_token: 'rtoken' });
    expect(await p.getToken()).toBe(tokens[0]);
    expect(endpoint.requests.length - before).toBe(1);
    // 2 s lifetime: refreshed 10% (0.2 s) early, i.e. after 1.8 s.
    await sleep(1900);
    const fresh = await p.getToken();
    expect(fresh).not.toBe(tokens[0]);
    expect(endpoint.isValid(fresh)).toBe(true);
    expect(endpoint.requests.length - before).toBe(2);
    expect(p.status()).toMatchObject({ provider: 'google', refreshes: 2, lastError: null });
    expect(await p.getToken({ forceRefresh: true })).not.toBe(fresh);
    endpoint.delayMs = 0;
  });

  it('refused grant: IMSS_OAUTH_REFUSED, recorded in status; endpoint down: IMSS_OAUTH_UNAVAILABLE', async () => {
    const p = createTokenProvider(settings());
    endpoint.mode = 'invalid_grant';
    const refused = await p.getToken().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TriageError);
    expect((refused as TriageError).code).toBe(ERROR_CODES.IMSS_OAUTH_REFUSED);
    expect((refused as TriageError).message).toMatch(/invalid_grant/);
    expect(p.status().lastError?.code).toBe(ERROR_CODES.IMSS_OAUTH_REFUSED);
    endpoint.mode = 'down';
    expect(((await p.getToken().catch((e: unknown) => e)) as TriageError).code).toBe(ERROR_CODES.IMSS_OAUTH_UNAVAILABLE);
    endpoint.mode = 'ok';
    await p.getToken();
    expect(p.status().lastError).toBeNull();
  });

  it('microsoft: client credentials with the Exchange Online scope', async () => {
    endpoint.mode = 'ok';
    const p = createTokenProvider(settings({ provider: 'microsoft' }));
    await p.getToken();
    expect(endpoint.requests.at(-1)).toMatchObject({ grant_type: 'client_credentials', client_id: 'mcid', client_secret: 'msecret', scope: 'https://outlook.office365.com/.default' });
  });

  it('google service account: an RS256 JWT (domain-wide delegation) the endpoint verifies', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    endpoint.publicKey = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'imss-sa-'));
    try {
      const file = path.join(dir, 'sa.json');
      await writeFile(file, JSON.stringify({ type: 'service_account', client_email: 'triage@proj.iam.gserviceaccount.com', private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), token_uri: 'https://unused.invalid/token' }));
      const p = createTokenProvider(settings({ google: { clientId: '', clientSecret: '', refreshToken: '', serviceAccountFile: file } }));
      const token = await p.getToken();
      expect(endpoint.isValid(token)).toBe(true);
      const claims = JSON.parse(Buffer.from(endpoint.requests.at(-1)!.assertion!.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
      expect(claims).toMatchObject({ iss: 'triage@proj.iam.gserviceaccount.com', sub: 'imss@udg.mx', scope: 'https://mail.google.com/', aud: endpoint.url });
      expect(Number(claims.exp) - Number(claims.iat)).toBe(3600);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('config: oauth2 needs a provider and its credentials, every problem at once', () => {
    expect(() => loadConfig({ IMAP_AUTH: 'oauth2' })).toThrow(/OAUTH_PROVIDER: required/);
    expect(() => loadConfig({ IMAP_AUTH: 'oauth2', OAUTH_PROVIDER: 'microsoft', MS_CLIENT_ID: 'x' })).toThrow(/MS_TENANT_ID[\s\S]*MS_CLIENT_SECRET/);
    const c = loadConfig({ IMAP_AUTH: 'oauth2', OAUTH_PROVIDER: 'static', IMAP_ACCESS_TOKEN: 'abc', IMAP_USER: 'desk@udg.mx' });
    expect(c.imap.oauth).toMatchObject({ provider: 'static', user: 'desk@udg.mx', staticToken: 'abc' });
    expect(c.smtp.auth).toBe('oauth2');
    expect(loadConfig({}).imap.oauth).toBeNull();
  });
});

describe('SMTP XOAUTH2 against smtp-server', () => {
  let smtp: SMTPServer;
  let port = 0;
  const logins: Array<{ token: string; ok: boolean }> = [];
  let accepted = 0;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authMethods: ['XOAUTH2'],
      authOptional: false,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth(auth, _session, callback) {
        const ok = auth.method === 'XOAUTH2' && auth.username === 'imss@udg.mx' && endpoint.isValid(auth.accessToken ?? '');
        logins.push({ token: auth.accessToken ?? '', ok });
        if (ok) callback(null, { user: auth.username });
        else callback(null, { data: { status: '401', schemes: 'bearer', scope: 'https://mail.google.com/' } });
      },
      onData(stream, _session, callback) {
        stream.on('data', () => undefined);
        stream.on('end', () => {
          accepted += 1;
          callback();
        });
      },
    });
    smtp.listen(0, '127.0.0.1');
    await once(smtp.server, 'listening');
    port = (smtp.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((r) => smtp.close(() => r()));
  });

  const message = (n: number) => ({
    from: { address: 'imss@udg.mx', name: 'IMSS' },
    to: 'alumno@alumnos.udg.mx',
    subject: `prueba ${n}`,
    text: 'hola',
    html: '<p>hola</p>',
    messageId: `oauth-${n}-${Date.now()}@udg.mx`,
    inReplyTo: null,
    references: [],
  });

  it('logs in with a token from the provider; a send after expiry uses a fresh token', async () => {
    endpoint.mode = 'ok';
    endpoint.lifetimeSeconds = 2;
    const config = loadConfig({
      SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_AUTH: 'oauth2', SMTP_USER: 'imss@udg.mx',
      OAUTH_PROVIDER: 'google', OAUTH_TOKEN_URL: endpoint.url, GOOGLE_CLIENT_ID: 'cid-smtp', GOOGLE_CLIENT_SECRET: 's', GOOGLE_REFRESH_TOKEN: 'r',
    });
    const sender = createSmtpSender(config.smtp);
    try {
      await sender.send(message(1));
      // The token is checked at AUTH only: drop the pooled session as a provider drops idle ones,
      // so the next send logs in again, after the first token has expired.
      for (const c of (smtp as unknown as { connections: Set<{ close(): void }> }).connections) c.close();
      await sleep(2100);
      await sender.send(message(2));
      expect(accepted).toBe(2);
      const used = logins.filter((l) => l.ok).map((l) => l.token);
      expect(used.length).toBeGreaterThanOrEqual(2);
      expect(new Set(used).size).toBeGreaterThanOrEqual(2);
      expect(logins.every((l) => l.ok)).toBe(true); // never tried an expired token
    } finally {
      sender.close();
    }
  });

  it('a revoked grant is a loud IMSS_OAUTH_REFUSED (retryable), never a permanent reply failure', async () => {
    const config = loadConfig({
      SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_AUTH: 'oauth2', SMTP_USER: 'imss@udg.mx',
      OAUTH_PROVIDER: 'google', OAUTH_TOKEN_URL: endpoint.url, GOOGLE_CLIENT_ID: 'cid-revoked', GOOGLE_CLIENT_SECRET: 's', GOOGLE_REFRESH_TOKEN: 'r',
    });
    const sender = createSmtpSender(config.smtp);
    endpoint.mode = 'invalid_grant';
    try {
      const err = (await sender.send(message(3)).catch((e: unknown) => e)) as TriageError;
      expect(err.code).toBe(ERROR_CODES.IMSS_OAUTH_REFUSED);
      expect(err.retryable).toBe(true);
      expect(err.message).toMatch(/invalid_grant/);
    } finally {
      endpoint.mode = 'ok';
      sender.close();
    }
  });

  it('a token the server refuses (static, expired) is IMSS_OAUTH_REFUSED naming the cause', async () => {
    const config = loadConfig({
      SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_AUTH: 'oauth2', SMTP_USER: 'imss@udg.mx',
      OAUTH_PROVIDER: 'static', IMAP_ACCESS_TOKEN: 'expired-static-token',
    });
    const sender = createSmtpSender(config.smtp);
    try {
      const err = (await sender.send(message(4)).catch((e: unknown) => e)) as TriageError;
      expect(err.code).toBe(ERROR_CODES.IMSS_OAUTH_REFUSED);
      expect(err.message).toMatch(/IMAP_ACCESS_TOKEN expired/);
    } finally {
      sender.close();
    }
  });
});

describe('IMAP XOAUTH2/OAUTHBEARER against Dovecot with an oauth2 passdb', () => {
  it('logs in with a provider token; every reconnect after expiry uses a fresh one; a refused grant fails readiness and recovers', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'imss-oauth-dovecot-'));
    await (await import('node:fs/promises')).chmod(dir, 0o755);
    const dovecot = await startDovecot({ dir: path.join(dir, 'dovecot'), oauth2TokeninfoUrl: `${endpoint.url.replace(/\/token$/, '')}/tokeninfo?access_token=` });
    const config = loadConfig({
      IMAP_HOST: dovecot.host, IMAP_PORT: String(dovecot.imapPort), IMAP_USER: 'imss@udg.mx', IMAP_AUTH: 'oauth2',
      OAUTH_PROVIDER: 'google', OAUTH_TOKEN_URL: endpoint.url, GOOGLE_CLIENT_ID: 'cid-imap', GOOGLE_CLIENT_SECRET: 's', GOOGLE_REFRESH_TOKEN: 'r',
    });
    const conn = new ImapConnection({ imap: config.imap, log: createLogger('silent'), role: 'test', flow: { disableAutoIdle: true } });
    try {
      endpoint.mode = 'ok';
      endpoint.lifetimeSeconds = 2;
      const checkedBefore = endpoint.checked.length;
      await conn.use((c) => c.noop());
      const first = endpoint.checked.at(-1)!;
      expect(endpoint.checked.length - checkedBefore).toBe(1);
      expect(endpoint.isValid(first)).toBe(true);

      // The session drops after the token expired: the reconnect logs in with a new token.
      await sleep(2100);
      conn.current()!.close();
      await waitFor(() => conn.reconnects === 1 && conn.current(), { timeoutMs: 10_000, what: 'reconnected' });
      const second = endpoint.checked.at(-1)!;
      expect(second).not.toBe(first);
      expect(endpoint.checked.slice(checkedBefore).every((t, i, all) => i === 0 || t !== all[i - 1])).toBe(true);

      // Consent revoked: the reconnect is refused loudly, readiness fails; fixed: it recovers.
      const provider = sharedTokenProvider(config.imap.oauth!);
      endpoint.mode = 'invalid_grant';
      await sleep(2100);
      conn.current()!.close();
      await waitFor(() => provider.status().lastError?.code === ERROR_CODES.IMSS_OAUTH_REFUSED, { timeoutMs: 10_000, what: 'refusal recorded' });
      expect(() => checkTokens([provider])).toThrow(/invalid_grant/);
      endpoint.mode = 'ok';
      await waitFor(() => conn.current(), { timeoutMs: 20_000, intervalMs: 100, what: 'reconnected after the grant works again' });
      expect(checkTokens([provider])).toBe('google');
    } finally {
      endpoint.mode = 'ok';
      await conn.stop();
      await dovecot.stop();
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
