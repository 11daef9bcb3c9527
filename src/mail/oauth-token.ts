// OAuth2 access tokens for IMAP and SMTP (XOAUTH2 / OAUTHBEARER).
//
// Contract:
// - getToken() returns a cached token until shortly before it expires (10% of its lifetime, at
//   most 2 minutes early), then fetches a new one. Concurrent callers share one request
//   (single-flight). getToken({ forceRefresh: true }) skips the cache (after a server said no).
// - Providers: 'static' (IMAP_ACCESS_TOKEN, never refreshed), 'google' (refresh token of an
//   installed/web app, or a service account with domain-wide delegation: a JWT signed here with
//   RS256 by node:crypto), 'microsoft' (client credentials of an Entra ID app).
// - The token endpoint is settings.tokenUrl when set (tests, sovereign clouds), else the
//   provider's (for a service account: the key file's token_uri).
// - 4xx from the endpoint (invalid_grant, invalid_client, unauthorized_client...) throws
//   IMSS_OAUTH_REFUSED; network errors, timeouts and 5xx throw IMSS_OAUTH_UNAVAILABLE.
// - reportRejected() records that a mail server refused the token (and drops it from the cache);
//   status() tells readiness and logs what went wrong last, without the token.
// Tokens are secrets: never logged, never put in an error message.
import { createSign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { OAuthSettings } from '../config/index.js';
import { ERROR_CODES, TriageError, oauthRefused, oauthUnavailable } from '../errors.js';

export const OAUTH_PROVIDERS = ['google', 'microsoft', 'static'] as const;
export type OAuthProvider = (typeof OAUTH_PROVIDERS)[number];

export type { OAuthSettings };

export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';
export const GOOGLE_SCOPE = 'https://mail.google.com/';
export const MICROSOFT_SCOPE = 'https://outlook.office365.com/.default';
export const microsoftTokenUrl = (tenantId: string) => `https://login.microsoftonline.com/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`;

export interface TokenStatus {
  provider: OAuthProvider;
  /** Epoch ms when the cached token expires; null when none is cached (or unknown: static). */
  expiresAt: number | null;
  lastRefreshAt: number | null;
  refreshes: number;
  /** The last failure (token endpoint or mail server), cleared by the next success. */
  lastError: { code: string; message: string; at: number } | null;
}

export interface AccessTokenProvider {
  getToken(options?: { forceRefresh?: boolean }): Promise<string>;
  /** Epoch ms until which the current token may be used (for nodemailer's cache); 0 = unknown. */
  usableUntil(): number;
  /** A mail server refused the token: forget it and remember why (readiness shows it). */
  reportRejected(where: 'imap' | 'smtp', detail: string): TriageError;
  /** A mail server accepted a token: clears a rejection recorded earlier. */
  reportAccepted(): void;
  status(): TokenStatus;
}

export interface TokenProviderOptions {
  fetch?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
}

interface Fetched {
  token: string;
  /** Lifetime in seconds (expires_in); 3600 when the endpoint does not say. */
  expiresIn: number;
}

export function createTokenProvider(settings: OAuthSettings, options: TokenProviderOptions = {}): AccessTokenProvider {
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 15_000;
  let token: string | null = settings.provider === 'static' ? settings.staticToken || null : null;
  let expiresAt: number | null = null;
  let refreshAt = 0;
  let inflight: Promise<string> | null = null;
  const st: Omit<TokenStatus, 'expiresAt' | 'provider'> = { lastRefreshAt: null, refreshes: 0, lastError: null };

  const fail = (err: TriageError): TriageError => {
    st.lastError = { code: err.code, message: err.message, at: now() };
    return err;
  };

  async function refresh(): Promise<string> {
    if (settings.provider === 'static') {
      if (!settings.staticToken) throw fail(oauthRefused('IMAP_ACCESS_TOKEN is empty'));
      if (st.lastError?.code === ERROR_CODES.IMSS_OAUTH_REFUSED) {
        // A static token cannot be renewed: once refused it stays refused until replaced.
        throw fail(oauthRefused('the static IMAP_ACCESS_TOKEN was refused by the mail server and cannot be refreshed; set a new one'));
      }
      return settings.staticToken;
    }
    let fetched: Fetched;
    try {
      fetched = await requestToken(settings, doFetch, timeoutMs, now);
    } catch (err) {
      throw fail(err instanceof TriageError ? err : oauthUnavailable((err as Error).message, err));
    }
    const t = now();
    token = fetched.token;
    expiresAt = t + fetched.expiresIn * 1000;
    refreshAt = expiresAt - Math.min(120_000, fetched.expiresIn * 100);
    st.lastRefreshAt = t;
    st.refreshes += 1;
    st.lastError = null;
    return token;
  }

  return {
    async getToken({ forceRefresh = false } = {}) {
      if (settings.provider === 'static') return refresh();
      if (!forceRefresh && token && now() < refreshAt) return token;
      inflight ??= refresh().finally(() => {
        inflight = null;
      });
      return inflight;
    },
    usableUntil() {
      return settings.provider === 'static' ? 0 : refreshAt;
    },
    reportRejected(where, detail) {
      if (settings.provider !== 'static') {
        token = null;
        refreshAt = 0;
      }
      const hint = settings.provider === 'static'
        ? 'IMAP_ACCESS_TOKEN expired or was revoked'
        : 'the token endpoint issued a token the server does not accept (scope, consent or mailbox permission?)';
      return fail(oauthRefused(`${where.toUpperCase()} server refused XOAUTH2 for ${settings.user}: ${detail.slice(0, 200)}; ${hint}`));
    },
    reportAccepted() {
      if (st.lastError?.code === ERROR_CODES.IMSS_OAUTH_REFUSED) st.lastError = null;
    },
    status() {
      return { provider: settings.provider, expiresAt, ...st, lastError: st.lastError ? { ...st.lastError } : null };
    },
  };
}

async function requestToken(s: OAuthSettings, doFetch: typeof fetch, timeoutMs: number, now: () => number): Promise<Fetched> {
  let url: string;
  let body: URLSearchParams;
  if (s.provider === 'microsoft') {
    url = s.tokenUrl || microsoftTokenUrl(s.microsoft.tenantId);
    body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: s.microsoft.clientId,
      client_secret: s.microsoft.clientSecret,
      scope: s.scope || MICROSOFT_SCOPE,
    });
  } else if (s.google.serviceAccountFile) {
    const key = await readServiceAccount(s.google.serviceAccountFile);
    url = s.tokenUrl || key.token_uri || GOOGLE_TOKEN_URL;
    const assertion = signServiceAccountJwt({ clientEmail: key.client_email, privateKey: key.private_key, subject: s.user, scope: s.scope || GOOGLE_SCOPE, audience: url, nowSeconds: Math.floor(now() / 1000) });
    body = new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion });
  } else {
    url = s.tokenUrl || GOOGLE_TOKEN_URL;
    body = new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: s.google.clientId,
      client_secret: s.google.clientSecret,
      refresh_token: s.google.refreshToken,
    });
  }
  let res: Response;
  try {
    res = await doFetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw oauthUnavailable(`${hostOf(url)}: ${(err as Error).message}`, err);
  }
  const text = await res.text().catch(() => '');
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // not JSON: reported below by status code
  }
  if (!res.ok) {
    const reason = [json.error, json.error_description].filter((v) => typeof v === 'string').join(': ').slice(0, 300) || `HTTP ${res.status}`;
    if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
      throw oauthRefused(`${hostOf(url)} answered ${res.status} (${reason})`);
    }
    throw oauthUnavailable(`${hostOf(url)} answered ${res.status} (${reason})`);
  }
  const accessToken = json.access_token;
  if (typeof accessToken !== 'string' || accessToken === '') throw oauthUnavailable(`${hostOf(url)} answered without an access_token`);
  const expiresIn = Number(json.expires_in);
  return { token: accessToken, expiresIn: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600 };
}

interface ServiceAccountKey {
  client_email: string;
  private_key: string;
  token_uri?: string;
}

async function readServiceAccount(file: string): Promise<ServiceAccountKey> {
  let key: Partial<ServiceAccountKey>;
  try {
    key = JSON.parse(await readFile(file, 'utf8')) as Partial<ServiceAccountKey>;
  } catch (err) {
    throw oauthRefused(`cannot read GOOGLE_SERVICE_ACCOUNT_FILE ${file}: ${(err as Error).message}`, err);
  }
  if (!key.client_email || !key.private_key) throw oauthRefused(`GOOGLE_SERVICE_ACCOUNT_FILE ${file} has no client_email/private_key (is it a service account JSON key?)`);
  return key as ServiceAccountKey;
}

/** A Google service-account assertion (RFC 7523): RS256 over header.claims, base64url. Pure. */
export function signServiceAccountJwt(o: { clientEmail: string; privateKey: string; subject: string; scope: string; audience: string; nowSeconds: number; lifetimeSeconds?: number }): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const claims = { iss: o.clientEmail, sub: o.subject, scope: o.scope, aud: o.audience, iat: o.nowSeconds, exp: o.nowSeconds + (o.lifetimeSeconds ?? 3600) };
  const unsigned = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claims)}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(o.privateKey).toString('base64url');
  return `${unsigned}.${signature}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'token endpoint';
  }
}

// One provider per distinct settings in a process: the IMAP sessions (watcher, ops) and the SMTP
// pool share a cache and a single in-flight refresh.
const shared = new Map<string, AccessTokenProvider>();

export function sharedTokenProvider(settings: OAuthSettings): AccessTokenProvider {
  const id = JSON.stringify(settings);
  let p = shared.get(id);
  if (!p) {
    p = createTokenProvider(settings);
    shared.set(id, p);
  }
  return p;
}

/** Every provider this process created through sharedTokenProvider (readiness, metrics). */
export function sharedTokenProviders(): AccessTokenProvider[] {
  return [...shared.values()];
}
