// Conversations on real servers: follow-ups complete a case, conflicts are asked about once,
// a second address merges by CURP, and "¿ya quedó?" on a queued case gets one status reply a day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePerson, rng, type Person } from '../fixtures/extraction/gen/people.js';
import { bare, folioOf, startHarness, uniqueAddress, type Harness } from './harness.js';

let h: Harness;
const r = rng(4242);
const person = (): Person & { name: string } => {
  const p = makePerson(r);
  return { ...p, name: [p.given, p.first, p.second].filter(Boolean).join(' ') };
};

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('one case per student', () => {
  it('incomplete → reply → the student answers with the missing fields (quoting the reply) → acknowledgement, one case, queued once', async () => {
    const p = person();
    const first = await h.send({ from: `${p.name} <${p.email}>`, subject: 'Alta IMSS', text: `Hola\n\nNombre: ${p.name}\nCódigo: ${p.code}\n\nGracias` });
    const [ask] = await h.repliesTo(p.email);
    expect(bare(ask!.inReplyTo)).toBe(first);
    expect(ask!.text).toMatch(/CURP/);
    const folio = folioOf(ask!);
    expect(folio).toBeTruthy();

    const quoted = ask!.text.split('\n').map((l) => `> ${l}`).join('\n');
    const followUp = await h.send({
      from: `${p.name} <${p.email}>`,
      subject: ask!.subject,
      inReplyTo: bare(ask!.messageId),
      references: [first, bare(ask!.messageId)],
      text: `Perdón, aquí están:\nCURP: ${p.curp}\nNSS: ${p.nss}\n\nEl mié, 25 nov 2026 a las 10:00, IMSS <imss@udg.mx> escribió:\n${quoted}`,
    });
    const replies = await h.repliesTo(p.email, 2);
    const ack = replies[1]!;
    expect(bare(ack.inReplyTo)).toBe(followUp);
    expect(folioOf(ack)).toBe(folio);
    expect(ack.text).toMatch(/recibimos|recibido|completa/i);

    const c = await h.worker.store.get(folio!);
    expect(c?.status).toBe('queued');
    expect(c?.fields.curp?.value).toBe(p.curp);
    expect(c?.fields.studentCode?.value).toBe(p.code);
    expect(c?.inboundCount).toBe(2);
    const queue = await h.worker.store.queuedCaseIds();
    expect(queue.filter((id) => id === folio)).toHaveLength(1);
  });

  it('a different value for an accepted field is a conflict shown to staff and asked about once, never overwritten', async () => {
    const p = person();
    const other = person();
    await h.send({ from: p.email, subject: 'IMSS', text: `Nombre: ${p.name}\nCódigo: ${p.code}` });
    const [first] = await h.repliesTo(p.email);
    const folio = folioOf(first!)!;
    await h.send({ from: p.email, subject: first!.subject, inReplyTo: bare(first!.messageId), text: `Mi código correcto es ${other.code}` });
    const [, conflict] = await h.repliesTo(p.email, 2);
    expect(conflict!.text).toContain('***');
    let c = await h.worker.store.get(folio);
    expect(c?.fields.studentCode?.value).toBe(p.code);
    expect(c?.conflicts).toHaveLength(1);
    expect(c?.attention).toContain('conflict');

    // The same conflicting value again: recorded, not asked again.
    await h.send({ from: p.email, subject: first!.subject, inReplyTo: bare(first!.messageId), text: `Código ${other.code}` });
    await h.drained();
    c = await h.worker.store.get(folio);
    expect(c?.conflicts).toHaveLength(1);
    expect(c?.inboundCount).toBe(3);
    const kinds = await replyKinds(folio);
    expect(kinds.filter((k) => k === 'conflict')).toHaveLength(1);
  });

  it('the same CURP from another address merges into the open case and tells staff', async () => {
    const p = person();
    const personal = uniqueAddress('personal', 'gmail.com');
    await h.send({ from: personal, subject: 'seguro', text: `Soy ${p.name}\nCURP: ${p.curp}\nNSS: ${p.nss}` });
    const [ask] = await h.repliesTo(personal);
    const folio = folioOf(ask!)!;
    await h.send({ from: p.email, subject: 'Datos IMSS', text: `CURP: ${p.curp}\nCódigo de estudiante: ${p.code}` });
    const [ack] = await h.repliesTo(p.email);
    expect(folioOf(ack!)).toBe(folio);
    const c = await h.worker.store.get(folio);
    expect(c?.addresses).toEqual(expect.arrayContaining([personal, p.email]));
    expect(c?.attention).toContain('merged');
    expect(c?.status).toBe('queued');
  });

  it('"¿ya quedó?" on a queued case: recorded, one status reply a day, no new queue entry', async () => {
    const p = person();
    await h.send({ from: p.email, subject: 'IMSS', text: `Nombre completo: ${p.name}\nCódigo: ${p.code}\nNSS: ${p.nss}\nCURP: ${p.curp}` });
    const [ack] = await h.repliesTo(p.email);
    const folio = folioOf(ack!)!;
    const queueBefore = await h.worker.store.queuedCaseIds();
    await h.send({ from: p.email, subject: ack!.subject, inReplyTo: bare(ack!.messageId), text: 'Buenas tardes, ¿ya quedó mi alta?' });
    const [, status] = await h.repliesTo(p.email, 2);
    expect(folioOf(status!)).toBe(folio);
    await h.send({ from: p.email, subject: ack!.subject, inReplyTo: bare(ack!.messageId), text: '¿Ya quedó? Es urgente' });
    await h.drained();
    expect((await h.repliesTo(p.email, 2)).length).toBe(2);
    const c = await h.worker.store.get(folio);
    expect(c?.inboundCount).toBe(3);
    expect(c?.attention).toContain('repeated_follow_ups');
    expect(await h.worker.store.queuedCaseIds()).toEqual(queueBefore);
  });
});

async function replyKinds(caseId: string): Promise<string[]> {
  const ids = await h.worker.redis.lrange(h.worker.keys.caseReplies(caseId), 0, -1);
  return Promise.all(ids.map(async (id) => (await h.worker.redis.hget(h.worker.keys.reply(id), 'kind')) ?? ''));
}
