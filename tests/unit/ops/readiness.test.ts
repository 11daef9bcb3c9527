// Readiness checks (pure parts): timeouts, sync age, OAuth2 status, caching of slow checks.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src/errors.js';
import type { AccessTokenProvider, TokenStatus } from '../../../src/mail/oauth-token.js';
import { cachedCheck, checkSyncAge, checkTokens, runChecks } from '../../../src/ops/readiness.js';

const NOW = Date.parse('2026-03-02T10:00:00Z');

describe('checkSyncAge', () => {
  const cases: Array<{ lastSync: string | null; max: number; ok: boolean; match: RegExp }> = [
    { lastSync: '2026-03-02T09:59:30Z', max: 240, ok: true, match: /30 s ago/ },
    { lastSync: '2026-03-02T09:50:00Z', max: 240, ok: false, match: /600 s ago \(limit 240 s\)/ },
    { lastSync: null, max: 240, ok: false, match: /no inbox sync yet/ },
    { lastSync: 'garbage', max: 240, ok: false, match: /not a time/ },
  ];
  for (const c of cases) {
    it(`${c.lastSync} (limit ${c.max} s) -> ${c.ok ? 'ok' : 'fails'}`, () => {
      if (c.ok) expect(checkSyncAge(c.lastSync, NOW, c.max)).toMatch(c.match);
      else expect(() => checkSyncAge(c.lastSync, NOW, c.max)).toThrow(c.match);
    });
  }
});

function fakeProvider(lastError: TokenStatus['lastError']): AccessTokenProvider {
  return {
    getToken: async () => 't',
    usableUntil: () => 0,
    reportRejected: () => { throw new Error('unused'); },
    reportAccepted: () => undefined,
    status: () => ({ provider: 'microsoft', expiresAt: null, lastRefreshAt: null, refreshes: 1, lastError }),
  };
}

describe('checkTokens', () => {
  it('passes without OAuth2 and with working providers', () => {
    expect(checkTokens([])).toBeUndefined();
    expect(checkTokens([fakeProvider(null)])).toBe('microsoft');
  });
  it('fails with the refusal, code and message', () => {
    const refused = fakeProvider({ code: ERROR_CODES.IMSS_OAUTH_REFUSED, message: 'OAuth2 access refused: invalid_client', at: NOW });
    expect(() => checkTokens([fakeProvider(null), refused])).toThrow(/invalid_client/);
  });
  it('an unreachable endpoint alone does not fail readiness (the cached token may still work)', () => {
    expect(checkTokens([fakeProvider({ code: ERROR_CODES.IMSS_OAUTH_UNAVAILABLE, message: 'down', at: NOW })])).toBe('microsoft');
  });
});

describe('runChecks', () => {
  it('runs checks in parallel; a throw or a timeout fails only that check', async () => {
    const t0 = Date.now();
    const report = await runChecks({
      fast: async () => 'fine',
      broken: async () => { throw Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' }); },
      hung: () => new Promise<never>(() => undefined),
      slowOk: () => new Promise((r) => setTimeout(() => r(undefined), 50)),
    }, 200);
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(report.ready).toBe(false);
    expect(report.checks.fast).toMatchObject({ ok: true, detail: 'fine' });
    expect(report.checks.broken).toMatchObject({ ok: false, detail: 'ECONNREFUSED: connection refused' });
    expect(report.checks.hung).toMatchObject({ ok: false, detail: 'no answer within 200 ms' });
    expect(report.checks.slowOk!.ok).toBe(true);
    expect((await runChecks({ a: async () => undefined })).ready).toBe(true);
  });
});

describe('cachedCheck', () => {
  it('caches success for the TTL, never failure', async () => {
    let now = 0;
    let calls = 0;
    let fail = false;
    const check = cachedCheck(async () => {
      calls += 1;
      if (fail) throw new Error('down');
      return 'ok';
    }, 1_000, () => now);
    await check();
    await check();
    expect(calls).toBe(1);
    now = 1_001;
    fail = true;
    await expect(check()).rejects.toThrow('down');
    await expect(check()).rejects.toThrow('down');
    expect(calls).toBe(3);
  });
});
