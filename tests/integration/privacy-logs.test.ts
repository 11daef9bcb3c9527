// Privacy of logs: a full batch through a worker child process at LOG_LEVEL=debug, with every
// path that logs exercised (complete and incomplete mail, a refused recipient, an SMTP outage, a
// message too big, hostile headers); its whole stdout+stderr must not contain any full CURP, NSS,
// student code, student address or password.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_STUDENTS } from '../../src/dev/sample-mail.js';
import { completeMessage, deliverAll, studentBatch, type BatchMessage } from '../support/batch.js';
import { startChildWorker, type ChildWorker } from '../support/child-worker.js';
import { startHarness, verifyBatch, type Harness } from '../support/fault-harness.js';
import { loadHostileCorpus } from '../support/hostile-corpus.js';

let h: Harness | null = null;
let child: ChildWorker | null = null;
afterEach(async () => {
  await child?.stop('SIGKILL');
  await h?.close();
  h = null;
  child = null;
});

describe('logs carry no personal data and no secrets', () => {
  it('a debug-level batch leaks no CURP, NSS, student code, address or password', async () => {
    h = await startHarness();
    const sessionSecret = randomBytes(16).toString('hex');
    const students = Object.keys(SAMPLE_STUDENTS) as (keyof typeof SAMPLE_STUDENTS)[];
    const complete: BatchMessage[] = [];
    for (const s of students) complete.push(await completeMessage(s));
    const incomplete = await studentBatch(10);
    const victim = incomplete[0]!;
    // Hostile messages that carry the students' data or try injection, and one too big.
    const hostile = loadHostileCorpus().filter((m) => /^(inject-|charset-lies|nested-200|forged-dmarc|lookalike-suffix|html-scripts|attachment-25mb|many-attachments)/.test(m.name));
    // Start with an SMTP outage (4xx) so the transient-failure path logs too, then one refused address.
    await h.stack.smtp.setFault('tempfail');

    child = startChildWorker({ ...h.env, LOG_LEVEL: 'debug', SESSION_SECRET: sessionSecret });
    const t0 = Date.now();
    await deliverAll(h.stack, [...complete, ...incomplete]);
    await deliverAll(h.stack, hostile.map((m) => ({ from: 'hostil@test.invalid', raw: m.raw })));
    // The outage lasts until a send has met it ("will retry" logged), not a fixed time: on a loaded
    // machine the first replies may not be attempted within three seconds (one CI run in session 21
    // lifted the outage before any send, and the transient path went unlogged).
    for (const end = Date.now() + 90_000; !/will retry/.test(child.output()) && Date.now() < end; ) await new Promise((r) => setTimeout(r, 250));
    await h.stack.smtp.setFault({ rejectRecipient: victim.from });
    // The complete messages share one student each; the hostile ones are checked by count only.
    await verifyBatch(h, [...complete, ...incomplete], 'privacy batch (debug logs)', t0, { expectFailed: [victim.messageId], extra: hostile.length, sharedCases: true, note: `+${hostile.length} hostile messages` }).catch(async (err) => {
      console.log(child!.output().slice(-3000));
      throw err;
    });
    await child.stop('SIGTERM');
    const out = child.output();

    const secrets: [string, string][] = [['SMTP password', h.stack.smtp.password], ['SESSION_SECRET', sessionSecret]];
    const personal: [string, string][] = [];
    for (const s of students) {
      const st = SAMPLE_STUDENTS[s];
      personal.push([`${s} CURP`, st.curp], [`${s} NSS`, st.nss], [`${s} code`, st.code], [`${s} email`, st.email], [`${s} name`, st.name]);
    }
    for (const m of incomplete) personal.push([`address ${m.from}`, m.from]);
    const leaks = [...secrets, ...personal].filter(([, v]) => out.toLowerCase().includes(v.toLowerCase())).map(([label]) => label);
    // The IMAP password of the test server is the word "secret": look for it as a JSON value.
    if (/"(pass|password|imapPassword)"\s*:\s*"secret"/.test(out) || /password=secret\b/.test(out)) leaks.push('IMAP password');
    const lines = out.split('\n').filter(Boolean).length;
    // The paths that matter were exercised: transient retries, a permanent failure, an error.
    expect(out).toMatch(/will retry/);
    expect(out).toMatch(/permanently rejected/);
    expect(out).toMatch(/IMSS_MESSAGE_TOO_LARGE/);
    console.log(`privacy: ${lines} log lines at debug scanned for ${secrets.length + 1} secrets and ${personal.length} personal values: ${leaks.length} leaks${leaks.length ? ` (${leaks.join(', ')})` : ''}`);
    if (leaks.length) {
      const sample = out.split('\n').filter((l) => [...secrets, ...personal].some(([, v]) => l.toLowerCase().includes(v.toLowerCase()))).slice(0, 5);
      console.log(sample.join('\n'));
    }
    expect(lines).toBeGreaterThan(20);
    // Everything goes through the logger (and its redaction): no raw console output.
    const raw = out.split('\n').filter((l) => l.trim() && !l.startsWith('{'));
    expect(raw, raw.slice(0, 5).join('\n')).toEqual([]);
    expect(leaks).toEqual([]);
  }, 180_000);
});
