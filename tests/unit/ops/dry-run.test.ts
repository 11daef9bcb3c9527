// Dry-run planning without any server: composed messages in, planned outcome / reply / folder out.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.js';
import { composeMessage } from '../../../src/dev/mail-helpers.js';
import { SAMPLE_STUDENTS } from '../../../src/dev/sample-mail.js';
import { formatPlan, maskAddress, planMessages } from '../../../src/ops/dry-run.js';
import { createAutoReplyRenderer } from '../../../src/replies/compose-reply.js';

const config = loadConfig({ MAIL_FROM: 'imss@udg.mx' });
const render = createAutoReplyRenderer(config);
const now = new Date('2026-03-02T10:00:00Z');
const DESK = 'imss@udg.mx';

async function mail(from: string, subject: string, text: string, extra: { messageId?: string; inReplyTo?: string; headers?: Record<string, string> } = {}): Promise<Buffer> {
  return composeMessage({ from, to: DESK, subject, text, ...extra });
}

describe('maskAddress', () => {
  const cases: Array<[string, string]> = [
    ['lucia.perez@alumnos.udg.mx', 'l***@alumnos.udg.mx'],
    ['a@b.mx', 'a***@b.mx'],
    ['nonsense', '***'],
  ];
  for (const [input, expected] of cases) it(`${input} -> ${expected}`, () => expect(maskAddress(input)).toBe(expected));
});

describe('planMessages', () => {
  it('plans outcome, reply and folder per message; a follow-up in the same run joins its case', async () => {
    const d = SAMPLE_STUDENTS.diego;
    const from = 'diego.h@alumnos.udg.mx';
    const messages = [
      { uid: 7, source: await mail(from, 'alta imss', `nombre: ${d.name}\ncodigo: ${d.code}`, { messageId: '<m1@x.mx>' }) },
      { uid: 8, source: await mail('ooo@alumnos.udg.mx', 'Fuera de la oficina', 'No estoy.', { headers: { 'Auto-Submitted': 'auto-replied' } }) },
      { uid: 9, source: await mail(from, 'Re: alta imss', `mi curp es ${d.curp}`, { messageId: '<m2@x.mx>', inReplyTo: '<m1@x.mx>' }) },
      { uid: 10, source: Buffer.from('x'.repeat(64)) },
    ];
    const planned = await planMessages(messages, config, render, { delimiter: '.', now });
    expect(planned.map((p) => [p.uid, p.outcome])).toEqual([[7, 'incomplete'], [8, 'ignore'], [9, 'incomplete'], [10, expect.any(String)]]);
    expect(planned[0]!.caseId).toBe('IMSS-2026-DRY001');
    expect(planned[2]!.caseId).toBe('IMSS-2026-DRY001');
    expect(planned[0]!.reply).toMatchObject({ kind: 'incomplete', to: from });
    expect(planned[1]).toMatchObject({ reply: null, reason: 'auto_submitted', moveTo: 'Triage.Ignorados' });
    expect(planned[0]!.moveTo).toBe('Triage.Incompletos');
    expect(formatPlan(planned[0]!)).toMatch(/^UID 7 .* reply incomplete to d\*\*\*@alumnos\.udg\.mx "Re: alta imss/);
  });

  it('MOVE_PROCESSED=false plans keywords; "/" servers keep "/"', async () => {
    const source = await mail('x@alumnos.udg.mx', 'hola', 'hola');
    const keywords = await planMessages([{ uid: 1, source }], loadConfig({ MOVE_PROCESSED: 'false' }), render, { delimiter: '/', now });
    expect(keywords[0]!.moveTo).toMatch(/^keyword \$Triage_/);
    const slash = await planMessages([{ uid: 1, source }], config, render, { delimiter: '/', now });
    expect(slash[0]!.moveTo).toMatch(/^Triage\//);
  });

  it('too large: error outcome, Errores folder, never parsed', async () => {
    const small = loadConfig({ MAX_MESSAGE_BYTES: '100' });
    const [p] = await planMessages([{ uid: 3, source: Buffer.alloc(200, 'a') }], small, render, { delimiter: '.', now });
    expect(p).toMatchObject({ outcome: 'error', moveTo: 'Triage.Errores', reply: null });
    expect(p!.reason).toMatch(/MAX_MESSAGE_BYTES/);
  });
});
