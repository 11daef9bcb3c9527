// The SMTP pool in its worker thread, against a real SMTP server on loopback: sends and verify go
// through the thread; a thread that dies mid-send fails that send as "may have been accepted"
// (the reply's record then waits for the desk copy, never resends blindly) and the next send
// starts a new thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpRelay, type SmtpRelay } from '../../src/dev/smtp-relay.js';
import { createSmtpSender } from '../../src/mail/smtp-sender.js';
import { loadConfig } from '../../src/config/index.js';
import { ERROR_CODES, type TriageError } from '../../src/errors.js';

let relay: SmtpRelay;

beforeAll(async () => {
  relay = await startSmtpRelay();
});

afterAll(async () => {
  await relay?.stop();
});

describe('the SMTP thread', () => {
  it('sends through the pool in the thread and reports what the server said', async () => {
    const config = loadConfig({ SMTP_HOST: relay.host, SMTP_PORT: String(relay.port), SMTP_USER: relay.user, SMTP_PASSWORD: relay.password });
    const sender = createSmtpSender(config.smtp);
    try {
      expect(await sender.verify()).toBe(true);
      const before = relay.acceptedCount;
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          sender.send({ from: { address: 'imss@udg.mx', name: 'IMSS' }, to: `a${i}@alumnos.udg.mx`, subject: 'Re: alta', text: 'hola', html: '<p>hola</p>', messageId: `t-${i}-${Date.now()}@udg.mx`, inReplyTo: null, references: [], bcc: ['imss@udg.mx'] }),
        ),
      );
      expect(relay.acceptedCount - before).toBe(12);
      expect(results.every((r) => /^250/.test(r.response))).toBe(true);
      expect(results[0]!.accepted.sort()).toEqual(['a0@alumnos.udg.mx', 'imss@udg.mx']);
    } finally {
      sender.close();
    }
  });

  it('a thread that dies mid-send fails that send as uncertain (maybe accepted); the next send starts a new thread', async () => {
    const config = loadConfig({ SMTP_HOST: relay.host, SMTP_PORT: String(relay.port), SMTP_USER: relay.user, SMTP_PASSWORD: relay.password });
    const sender = createSmtpSender(config.smtp, { threadEntry: new URL('../fixtures/smtp-thread/dies-on-subject.mjs', import.meta.url) });
    const reply = (subject: string) => ({ from: { address: 'imss@udg.mx', name: 'IMSS' }, to: 'a@alumnos.udg.mx', subject, text: 't', html: '<p>t</p>', messageId: `d-${subject}-${Date.now()}@udg.mx`, inReplyTo: null, references: [] });
    try {
      await sender.send(reply('first'));
      const err = (await sender.send(reply('die')).catch((e: unknown) => e)) as TriageError;
      expect(err.code).toBe(ERROR_CODES.IMSS_SMTP_UNCERTAIN);
      expect(err.retryable).toBe(true);
      const before = relay.acceptedCount;
      await sender.send(reply('after'));
      expect(relay.acceptedCount - before).toBe(1);
    } finally {
      sender.close();
    }
  });

  it('a send the thread could not make is classified like one from the calling thread (refused connection: retry)', async () => {
    const config = loadConfig({ SMTP_HOST: '127.0.0.1', SMTP_PORT: '1', SMTP_USER: 'x', SMTP_PASSWORD: 'y' });
    const sender = createSmtpSender(config.smtp);
    try {
      const err = (await sender.send({ from: { address: 'imss@udg.mx', name: 'IMSS' }, to: 'a@alumnos.udg.mx', subject: 's', text: 't', html: '<p>t</p>', messageId: `r-${Date.now()}@udg.mx`, inReplyTo: null, references: [] }).catch((e: unknown) => e)) as TriageError;
      expect(err.code).toBe(ERROR_CODES.IMSS_SMTP_TRANSIENT);
      expect(err.retryable).toBe(true);
    } finally {
      sender.close();
    }
  });
});
