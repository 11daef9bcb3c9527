// The hostile corpus through parseMessage + triageMessage: never throws (only the documented
// size refusal), bounded time and memory per message, and nothing a hostile message carries can
// reach a reply's headers or add a recipient.
import addressparser from 'nodemailer/lib/addressparser/index.js';
import { afterAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, TriageError } from '../../../src/errors.js';
import { parseMessage } from '../../../src/mail/parse-message.js';
import { replySubject } from '../../../src/replies/reply-subject.js';
import { triageMessage } from '../../../src/triage/triage-message.js';
import { DESK, INJECTED_MARKER, loadHostileCorpus } from '../../support/hostile-corpus.js';

const corpus = loadHostileCorpus();
const options = { institutionalDomains: ['alumnos.udg.mx'], studentCodePattern: '^\\d{9}$', deskAddresses: [DESK], now: new Date('2026-03-02T18:00:00Z') };
const MAX_MS = 10_000;
const MAX_HEAP_GROWTH = 512 * 1024 * 1024;
const figures: { name: string; bytes: number; ms: number; heapMb: number; decision: string }[] = [];

/** What nodemailer makes of a reply address: it must be that one address and nothing else. */
function envelopeOf(address: string): string[] {
  return (addressparser(address, { flatten: true }) as { address: string }[]).map((a) => a.address);
}

describe('hostile corpus: parse + triage', () => {
  it('has at least 60 messages', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(new Set(corpus.map((m) => m.name)).size).toBe(corpus.length);
  });

  it.each(corpus.map((m) => [m.name, m] as const))('%s', async (name, m) => {
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    let decision: string;
    let parsed: Awaited<ReturnType<typeof parseMessage>> | null = null;
    try {
      parsed = await parseMessage(m.raw);
    } catch (err) {
      // The one refusal parseMessage documents: bigger than the size gate.
      expect(err).toBeInstanceOf(TriageError);
      expect((err as TriageError).code).toBe(ERROR_CODES.IMSS_MESSAGE_TOO_LARGE);
    }
    if (parsed) {
      const triage = triageMessage(parsed, options);
      decision = triage.decision;

      // The reply path: one address, no control characters, never the injected one.
      const replyAddress = (parsed.replyTo ?? parsed.from)?.address ?? null;
      if (replyAddress) {
        expect(replyAddress).not.toMatch(/[\s\u0000-\u001f<>]/);
        expect(envelopeOf(replyAddress)).toEqual([replyAddress]);
        expect(replyAddress).not.toBe(INJECTED_MARKER);
      }
      // Ids go on into In-Reply-To/References of the reply: tokens only.
      for (const id of [parsed.messageId, parsed.inReplyTo, ...parsed.references]) {
        if (id !== null) expect(id).not.toMatch(/[\s\u0000-\u001f<>]/);
      }
      const subject = replySubject(parsed.subject, 'IMSS-2026-000001');
      expect(subject).not.toMatch(/[\r\n\u0000]/);
      expect(subject.length).toBeLessThanOrEqual(180);

      // Lookalike domains never pass as the institutional address.
      if (name.startsWith('lookalike-')) {
        expect(triage.extraction.fields.institutionalEmail ?? '').not.toBe(parsed.from?.address);
      }
      if (name === 'forged-desk-from') expect(triage.decision).toBe('ignore');
    } else {
      decision = 'too_large';
    }
    const ms = performance.now() - t0;
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    figures.push({ name, bytes: m.raw.length, ms: Math.round(ms), heapMb: Math.round(heapGrowth / 1e6), decision });
    expect(ms).toBeLessThan(MAX_MS);
    expect(heapGrowth).toBeLessThan(MAX_HEAP_GROWTH);
  });

  afterAll(() => {
    const slowest = [...figures].sort((a, b) => b.ms - a.ms).slice(0, 5);
    const total = figures.reduce((s, f) => s + f.ms, 0);
    const by: Record<string, number> = {};
    for (const f of figures) by[f.decision] = (by[f.decision] ?? 0) + 1;
    console.log(`hostile unit: ${figures.length} messages, ${total} ms in all, decisions ${JSON.stringify(by)}; slowest ${slowest.map((f) => `${f.name} ${f.ms} ms (${(f.bytes / 1e6).toFixed(1)} MB)`).join(', ')}; max heap growth ${Math.max(...figures.map((f) => f.heapMb))} MB`);
  });
});
