// Readiness of one worker process: can it do its job right now?
//   redis    PING answers
//   imap     the ops IMAP session is (or can be) logged in: NOOP answers
//   smtp     the SMTP server accepts a login (nodemailer verify), cached for a minute
//   sync     the last successful inbox sync (any process: only the lease holder watches) is recent
//   oauth    no OAuth2 token was refused (IMSS_OAUTH_REFUSED) since the last success
// Each check has its own timeout; they run in parallel. The result is data (for /readyz JSON).
import { ERROR_CODES } from '../errors.js';
import type { AccessTokenProvider } from '../mail/oauth-token.js';

export interface CheckResult {
  ok: boolean;
  ms: number;
  detail?: string;
}

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, CheckResult>;
}

export type Check = () => Promise<string | void>;

/** Runs named checks in parallel; a check passes when it resolves, fails when it throws or times out. */
export async function runChecks(checks: Record<string, Check>, timeoutMs = 5_000): Promise<ReadinessReport> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]): Promise<[string, CheckResult]> => {
      const t0 = performance.now();
      let timer: NodeJS.Timeout | undefined;
      try {
        const detail = await Promise.race([
          check(),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
          }),
        ]);
        return [name, { ok: true, ms: Math.round(performance.now() - t0), ...(detail ? { detail } : {}) }];
      } catch (err) {
        const e = err as { code?: string; message?: string };
        return [name, { ok: false, ms: Math.round(performance.now() - t0), detail: `${e.code ? `${e.code}: ` : ''}${e.message ?? String(err)}`.slice(0, 300) }];
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const checksByName = Object.fromEntries(entries);
  return { ready: entries.every(([, r]) => r.ok), checks: checksByName };
}

/** The sync check, pure: `lastSync` is the ISO time in watcher:last-sync (or null). */
export function checkSyncAge(lastSync: string | null, nowMs: number, maxAgeSeconds: number): string {
  if (!lastSync) throw new Error('no inbox sync yet (watcher:last-sync is empty)');
  const age = (nowMs - Date.parse(lastSync)) / 1000;
  if (!Number.isFinite(age)) throw new Error(`watcher:last-sync is not a time: ${lastSync.slice(0, 40)}`);
  if (age > maxAgeSeconds) throw new Error(`last inbox sync ${Math.round(age)} s ago (limit ${maxAgeSeconds} s): is any watcher running?`);
  return `last sync ${Math.round(age)} s ago`;
}

/** The OAuth check, pure over the providers' status. */
export function checkTokens(providers: AccessTokenProvider[]): string | void {
  for (const p of providers) {
    const st = p.status();
    if (st.lastError?.code === ERROR_CODES.IMSS_OAUTH_REFUSED) throw Object.assign(new Error(st.lastError.message), { code: st.lastError.code });
  }
  if (providers.length > 0) return providers.map((p) => p.status().provider).join(',');
}

/** Caches a successful (slow, remote) check for `ttlMs`; failures are never cached. */
export function cachedCheck(check: Check, ttlMs: number, now: () => number = Date.now): Check {
  let okUntil = 0;
  let last: string | void;
  return async () => {
    if (now() < okUntil) return last;
    last = await check();
    okUntil = now() + ttlMs;
    return last;
  };
}
