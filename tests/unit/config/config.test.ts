import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, summarizeConfig } from '../../../src/config/index.js';

describe('loadConfig', () => {
  it('gives safe local defaults', () => {
    const c = loadConfig({});
    expect(c.imap.mailbox).toBe('INBOX');
    expect(c.extraction.institutionalDomains).toEqual(['alumnos.udg.mx']);
    expect(c.folders.complete).toBe('Triage/Completos');
    expect(Object.isFrozen(c.imap)).toBe(true);
  });

  const bad: Array<[Record<string, string>, RegExp]> = [
    [{ IMAP_PORT: 'abc' }, /^IMAP_PORT: /],
    [{ IMAP_PORT: '70000' }, /^IMAP_PORT: must be 1-65535/],
    [{ IMAP_SECURE: 'maybe' }, /^IMAP_SECURE: must be true or false/],
    [{ MAIL_FROM: 'not-an-address' }, /^MAIL_FROM: must be an e-mail address/],
    [{ REDIS_URL: 'http://x' }, /^REDIS_URL: must start with redis:\/\//],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: must be one of/],
    [{ STUDENT_CODE_PATTERN: '([' }, /^STUDENT_CODE_PATTERN: must be a valid regular expression/],
    [{ SENT_COPY_TO: 'imss+Enviados' }, /^SENT_COPY_TO: must be an e-mail address/],
  ];
  for (const [env, message] of bad) {
    it(`names the variable and the problem: ${Object.keys(env)[0]}`, () => {
      try {
        loadConfig(env);
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        expect((err as ConfigError).problems).toHaveLength(1);
        expect((err as ConfigError).problems[0]).toMatch(message);
      }
    });
  }

  it('sends the blind copy to MAIL_FROM unless SENT_COPY_TO names another address (its case kept)', () => {
    expect(loadConfig({ MAIL_FROM: 'IMSS@udg.mx' }).sentCopy.to).toBe('imss@udg.mx');
    expect(loadConfig({ SENT_COPY_TO: 'imss+Triage.Enviados@udg.mx' }).sentCopy.to).toBe('imss+Triage.Enviados@udg.mx');
  });

  it('reports every problem at once', () => {
    expect(() => loadConfig({ IMAP_PORT: 'x', SMTP_PORT: 'y' })).toThrow(/IMAP_PORT[\s\S]*SMTP_PORT/);
  });

  it('masks secrets in the start-up summary', () => {
    const c = loadConfig({ IMAP_PASSWORD: 'hunter2', SMTP_PASSWORD: 'swordfish', REDIS_URL: 'redis://:topsecret@localhost:6379' });
    const text = JSON.stringify(summarizeConfig(c));
    for (const secret of ['hunter2', 'swordfish', 'topsecret']) expect(text).not.toContain(secret);
  });

  it('the CLI stops with one clear line per bad variable', () => {
    let stderr = '';
    try {
      execFileSync(process.execPath, ['bin/imss-triage.mjs', 'queue', 'list'], { env: { ...process.env, IMAP_PORT: 'nope' }, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      stderr = String((err as { stderr: Buffer }).stderr);
      expect((err as { status: number }).status).toBe(2);
    }
    expect(stderr.trim()).toMatch(/^imss-triage: configuration error: IMAP_PORT: /);
  });
});
