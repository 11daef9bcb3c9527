// Never a loop, never spam: automatic mail is never answered, and one address gets at most
// MAX_REPLIES_PER_DAY automatic replies however much it writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeMessage, deliverLmtp, listMessages, waitFor } from '../../src/dev/mail-helpers.js';
import { bare, DESK, startHarness, uniqueAddress, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ MAX_REPLIES_PER_DAY: '3' });
});
afterAll(async () => {
  await h?.stop();
});

const sentTo = (address: string) => h.stack.smtp.delivered.filter((d) => d.to.includes(address)).length;

describe('no loops, no spam', () => {
  it('an out-of-office answering our reply gets nothing', async () => {
    const student = uniqueAddress('vacaciones');
    await h.send({ from: student, subject: 'alta', text: 'No tengo IMSS, ayuda' });
    const [ours] = await h.repliesTo(student);
    await h.send({
      from: student,
      subject: `Respuesta automática: ${ours!.subject}`,
      inReplyTo: bare(ours!.messageId),
      text: 'Estoy de vacaciones hasta el lunes.',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    await h.drained();
    expect(sentTo(student)).toBe(1);
  });

  it('auto-responders of every kind facing the desk get zero replies', async () => {
    const robots: Array<{ from: string; subject: string; headers?: Record<string, string>; text: string }> = [
      { from: uniqueAddress('bot1', 'example.com'), subject: 'Automatic reply: alta', headers: { 'Auto-Submitted': 'auto-replied' }, text: 'I am away.' },
      { from: uniqueAddress('bot2', 'example.com'), subject: 'Re: alta', headers: { 'X-Autoreply': 'yes' }, text: 'Respuesta automática.' },
      { from: uniqueAddress('bot3', 'example.com'), subject: 'Ausente', headers: { 'X-Autorespond': 'Ausente' }, text: 'Fuera de la oficina.' },
      { from: uniqueAddress('news', 'example.com'), subject: 'Boletín', headers: { Precedence: 'bulk', 'List-Unsubscribe': '<mailto:u@example.com>' }, text: 'Noticias' },
      { from: uniqueAddress('lista', 'example.com'), subject: 'Lista', headers: { 'List-Id': 'alumnos <alumnos.example.com>' }, text: 'Aviso' },
      { from: 'MAILER-DAEMON@example.com', subject: 'Undeliverable: Re: alta', text: 'Delivery failed' },
      { from: 'no-reply@example.com', subject: 'Confirmación', text: 'No responda a este mensaje' },
      { from: uniqueAddress('ooo', 'example.com'), subject: 'Fuera de la oficina', text: 'Regreso el lunes' },
    ];
    for (const bot of robots) await h.send(bot);
    // Two responders facing each other: the other side answers our (non-existent) reply forever.
    await h.drained();
    for (const bot of robots) expect(sentTo(bot.from.toLowerCase())).toBe(0);
  });

  it('a null Return-Path (bounce) and a delivery report are never answered', async () => {
    const raw = await composeMessage({ from: 'postmaster@example.com', to: DESK, subject: 'Delivery Status Notification (Failure)', text: 'The message could not be delivered.' });
    await deliverLmtp(h.stack, { from: '', to: DESK, raw });
    await h.drained();
    expect(sentTo('postmaster@example.com')).toBe(0);
  });

  it('a flood of 50 messages from one address gets at most 3 replies, then goes to staff', async () => {
    const flood = uniqueAddress('flood');
    for (let i = 0; i < 50; i++) await h.send({ from: flood, subject: `ayuda ${i}`, text: `mensaje ${i}: no tengo seguro` });
    await h.drained(60_000);
    const received = await listMessages(h.stack, flood);
    console.log(`flood: 50 messages in, ${received.length} replies out`);
    expect(received.length).toBe(3);
    const folio = /IMSS-\d{4}-\d{6}/.exec(received[0]!.subject)![0];
    const c = await h.worker.store.get(folio);
    expect(c?.attention).toContain('rate_limited');
    expect(await h.worker.store.queuedCaseIds()).toContain(folio);
  });

  it('robots without any automatic header are held for staff, not answered; a second bill too', async () => {
    const utility = uniqueAddress('recibos', 'luz.example.mx');
    const shop = uniqueAddress('impresos.rapidos', 'gmail.com');
    // (Impersonal: a bill that speaks to "tú" or "usted" is ignored as automatic before any hold.)
    const bill = 'Recibo digital\n\nServicio: 004512339871\nPeriodo: 24 jul - 24 sep 2026\nTotal: $2,418.00\nFecha límite: 12 oct 2026';
    await h.send({ from: utility, subject: 'Recibo disponible', text: bill });
    await h.send({ from: shop, subject: 'Gafetes y lonas', text: 'Buenas tardes, somos una imprenta con más de veinte años de experiencia. Ofrecemos gafetes, lonas y tarjetas para oficinas con entrega el mismo día. Quedamos a sus órdenes.' });
    // A student writing the same minute is answered as always.
    const student = uniqueAddress('alumna', 'gmail.com');
    await h.send({ from: student, subject: 'seguro', text: 'Hola, no aparezco vigente en el IMSS' });
    await h.repliesTo(student);
    await h.drained();
    await h.send({ from: utility, subject: 'Recibo disponible', text: bill.replace('sep', 'oct') });
    await h.drained();
    expect(sentTo(utility)).toBe(0);
    expect(sentTo(shop)).toBe(0);

    const queued = await Promise.all((await h.worker.store.queuedCaseIds()).map((id) => h.worker.store.get(id)));
    const held = (address: string) => queued.find((c) => c?.replyAddress === address);
    expect(held(utility)).toMatchObject({ status: 'incomplete', attention: ['held_for_review'], inboundCount: 2 });
    expect(held(shop)).toMatchObject({ status: 'incomplete', attention: ['held_for_review'], inboundCount: 1 });
    expect(held(student)).toBeUndefined();
    const timeline = await h.worker.store.timeline(held(utility)!.id);
    expect(timeline.filter((e) => e.kind === 'reply_suppressed').map((e) => e.detail.reason)).toEqual(['held_unknown_sender', 'held_unknown_sender']);
  });

  it('replies go to Reply-To when present, to one address only, never to the Cc list', async () => {
    const from = uniqueAddress('remitente');
    const replyTo = uniqueAddress('respuesta');
    const cc = uniqueAddress('copia');
    const raw = await composeMessage({ from, to: DESK, subject: 'alta', text: 'no tengo imss', headers: { 'Reply-To': replyTo, Cc: cc } });
    await deliverLmtp(h.stack, { from, to: DESK, raw });
    const [reply] = await h.repliesTo(replyTo);
    expect(reply!.headers.cc).toBeUndefined();
    expect(sentTo(from)).toBe(0);
    expect(sentTo(cc)).toBe(0);
    // The relay records a message after Dovecot stored it: the mailbox can show it a moment first.
    const d = await waitFor(async () => h.stack.smtp.delivered.find((x) => x.to.includes(replyTo)) ?? null, { timeoutMs: 5_000, what: 'relay record of the reply' });
    expect(d.to.filter((t) => t !== DESK)).toEqual([replyTo]);
  });
});
