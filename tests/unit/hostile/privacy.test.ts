// Secrets and personal data in logs and the start-up summary: the config summary masks every
// secret; the root logger redacts secrets and identifiers wherever a careless call site nests
// them (the whole Config, a case record, a job's data).
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig, summarizeConfig } from '../../../src/config/index.js';
import { createLogger, maskValue } from '../../../src/logger.js';

const SECRETS = {
  IMAP_PASSWORD: 'imap-Pw-7f3a9c',
  SMTP_PASSWORD: 'smtp-Pw-b81d22',
  SESSION_SECRET: 'sess-4c1e0a77d9',
  GOOGLE_CLIENT_SECRET: 'gcs-9a8b7c6d',
  GOOGLE_REFRESH_TOKEN: 'grt-1d2e3f4a5b',
  MS_CLIENT_SECRET: 'mcs-5e6f7a8b',
  IMAP_ACCESS_TOKEN: 'iat-0f9e8d7c',
};
const REDIS_PASSWORD = 'redis-Pw-33aa';

function capture(level = 'debug') {
  let out = '';
  const stream = new Writable({ write(chunk, _enc, cb) { out += String(chunk); cb(); } });
  return { log: createLogger(level, stream), out: () => out };
}

const envFor = (extra: Record<string, string>) => ({
  ...SECRETS,
  SMTP_USER: 'relay',
  REDIS_URL: `redis://default:${REDIS_PASSWORD}@127.0.0.1:6379`,
  OAUTH_PROVIDER: 'google',
  GOOGLE_CLIENT_ID: 'client-id',
  ...extra,
});

describe('config summary', () => {
  it.each([
    ['password auth', envFor({})],
    ['oauth2 auth', envFor({ IMAP_AUTH: 'oauth2', SMTP_AUTH: 'oauth2' })],
  ])('masks every secret (%s)', (_label, env) => {
    const summary = JSON.stringify(summarizeConfig(loadConfig(env)));
    for (const v of [...Object.values(SECRETS), REDIS_PASSWORD]) expect(summary).not.toContain(v);
    expect(summary).toContain('127.0.0.1');
  });
});

describe('root logger redaction', () => {
  it('logging the whole Config (a careless call site) reveals no secret', () => {
    for (const extra of [{}, { IMAP_AUTH: 'oauth2', SMTP_AUTH: 'oauth2' }] as Record<string, string>[]) {
      const { log, out } = capture();
      const config = loadConfig(envFor(extra));
      log.debug({ config }, 'config');
      log.debug(config as unknown as Record<string, unknown>, 'config at the top level');
      for (const v of [...Object.values(SECRETS), REDIS_PASSWORD]) expect(out()).not.toContain(v);
    }
  });

  const CURP = 'MASI050805MVZRLRA8';
  const NSS = '04230512347';
  const CODE = '219876543';
  const EMAIL = 'irene.martinez5805@alumnos.udg.mx';
  it.each([
    ['top level', { curp: CURP, nss: NSS, studentCode: CODE, email: EMAIL }],
    ['a case record', { case: { fields: { curp: { value: CURP }, nss: { value: NSS }, studentCode: { value: CODE }, institutionalEmail: { value: EMAIL } } } }],
    ['deep job data', { job: { data: { case: { fields: { curp: { value: CURP }, nss: { value: NSS } } } } } }],
    ['an address list', { message: { from: { address: EMAIL }, to: [{ address: EMAIL }] } }],
  ])('redacts identifiers nested in %s', (_label, obj) => {
    const { log, out } = capture();
    log.info(obj, 'x');
    for (const v of [CURP, NSS, CODE, EMAIL]) expect(out()).not.toContain(v);
  });

  it('maskValue keeps only the last characters', () => {
    expect(maskValue(CURP)).toBe('***************RA8');
    expect(maskValue(NSS, 4)).toBe('*******2347');
    expect(maskValue('ab')).toBe('**');
  });
});
