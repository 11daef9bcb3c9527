import { describe, expect, it } from 'vitest';
import { DEFAULT_DESK_CONTACT } from '../../../src/replies/desk-contact.js';
import { renderReply } from '../../../src/replies/render-reply.js';
import type { CaseRecord } from '../../../src/triage/case-model.js';
import { applyStaffAction, checkFieldValue, type StaffAction, type StaffContext } from '../../../src/triage/staff-actions.js';
import { makeCase } from '../../integration/web-helpers.js';

const NOW = '2026-03-10T12:00:00.000Z';
const ctx = (actor: string, over: Partial<StaffContext> = {}): StaffContext => ({
  actor, isAdmin: false, now: NOW, claimIdleMs: 30 * 60_000, contact: DEFAULT_DESK_CONTACT,
  institutionalDomains: ['alumnos.udg.mx'], studentCodePattern: '^\\d{9}$', ...over,
});
const minutesAgo = (m: number) => new Date(Date.parse(NOW) - m * 60_000).toISOString();
const claimedBy = (by: string, m = 1): CaseRecord => makeCase({ firstMessageAt: '2026-03-01T10:00:00Z', status: 'claimed', claim: { by, at: minutesAgo(m) } });
const queued = (): CaseRecord => makeCase({ firstMessageAt: '2026-03-01T10:00:00Z' });

describe('applyStaffAction: who may do what', () => {
  const table: { name: string; c: () => CaseRecord; action: StaffAction; actor: string; admin?: boolean; ok: boolean | string }[] = [
    { name: 'claim a queued case', c: queued, action: { type: 'claim' }, actor: 'ana', ok: true },
    { name: 'claim a case someone holds', c: () => claimedBy('beto'), action: { type: 'claim' }, actor: 'ana', ok: 'claimedByOther' },
    { name: 'take over an idle claim', c: () => claimedBy('beto', 45), action: { type: 'claim' }, actor: 'ana', ok: true },
    { name: 'claim a resolved case', c: () => makeCase({ firstMessageAt: '2026-03-01T10:00:00Z', status: 'resolved' }), action: { type: 'claim' }, actor: 'ana', ok: 'closed' },
    { name: 'resolve without a claim', c: queued, action: { type: 'resolve' }, actor: 'ana', ok: 'notClaimed' },
    { name: 'resolve a case someone else holds', c: () => claimedBy('beto'), action: { type: 'resolve' }, actor: 'ana', ok: 'claimedByOther' },
    { name: 'resolve after my claim went idle', c: () => claimedBy('ana', 31), action: { type: 'resolve' }, actor: 'ana', ok: 'notClaimed' },
    { name: 'resolve my case', c: () => claimedBy('ana'), action: { type: 'resolve' }, actor: 'ana', ok: true },
    { name: 'admin releases someone else’s claim', c: () => claimedBy('beto'), action: { type: 'release' }, actor: 'ana', admin: true, ok: true },
    { name: 'staff cannot release someone else’s claim', c: () => claimedBy('beto'), action: { type: 'release' }, actor: 'ana', ok: 'claimedByOther' },
    { name: 'system releases an idle claim', c: () => claimedBy('beto', 40), action: { type: 'release', idle: true }, actor: 'system', ok: true },
    { name: 'system cannot release an active claim', c: () => claimedBy('beto', 5), action: { type: 'release', idle: true }, actor: 'system', ok: 'claimedByOther' },
    { name: 'anyone adds a note', c: () => claimedBy('beto'), action: { type: 'note', text: 'hola' }, actor: 'ana', ok: true },
    { name: 'an empty note', c: queued, action: { type: 'note', text: '  ' }, actor: 'ana', ok: 'invalid' },
    { name: 'correction with no field', c: () => claimedBy('ana'), action: { type: 'correction', fields: [] }, actor: 'ana', ok: 'invalid' },
    { name: 'dismiss without a claim', c: queued, action: { type: 'dismiss' }, actor: 'ana', ok: 'notClaimed' },
    { name: 'dismiss a case someone else holds', c: () => claimedBy('beto'), action: { type: 'dismiss' }, actor: 'ana', ok: 'claimedByOther' },
  ];
  for (const t of table) {
    it(t.name, () => {
      const r = applyStaffAction(t.c(), t.action, ctx(t.actor, { isAdmin: t.admin ?? false }));
      if (t.ok === true) expect(r.ok).toBe(true);
      else expect(r).toMatchObject({ ok: false, code: t.ok });
    });
  }
});

describe('applyStaffAction: outcomes', () => {
  it('resolve: resolved, out of the queue, a "resolved" reply to the student with the note; renderable', () => {
    const r = applyStaffAction(claimedBy('ana'), { type: 'resolve', note: ' Listo. ' }, ctx('ana'));
    if (!r.ok) throw new Error(r.message);
    expect(r.case).toMatchObject({ status: 'resolved', resolvedBy: 'ana', resolvedAt: NOW, claim: null, attention: [] });
    expect(r.staffQueue).toBe('remove');
    expect(r.reply).toMatchObject({ kind: 'resolved', to: r.case.replyAddress, data: { folio: r.case.id, note: 'Listo.' } });
    expect(r.events).toEqual([{ at: NOW, kind: 'status_changed', actor: 'ana', detail: { from: 'claimed', to: 'resolved', action: 'resolve', note: 'Listo.' } }]);
    const rendered = renderReply('resolved', r.reply!.data);
    expect(rendered.subject).toContain(r.case.id);
    expect(rendered.text).toContain('Listo.');
  });

  it.each([['referral', 'referral'], ['reject', 'rejected']] as const)('%s closes the case with reply "%s"', (type, kind) => {
    const r = applyStaffAction(claimedBy('ana'), { type }, ctx('ana'));
    if (!r.ok) throw new Error(r.message);
    expect(r.case.status).toBe('closed');
    expect(r.reply?.kind).toBe(kind);
    expect(() => renderReply(kind, r.reply!.data)).not.toThrow();
  });

  it('dismiss closes the case without any reply, even with no address to answer', () => {
    const held = makeCase({ firstMessageAt: '2026-03-01T10:00:00Z', status: 'claimed', claim: { by: 'ana', at: minutesAgo(1) }, replyAddress: '', attention: ['held_for_review'] });
    const r = applyStaffAction(held, { type: 'dismiss', note: 'Factura de la CFE' }, ctx('ana'));
    if (!r.ok) throw new Error(r.message);
    expect(r.case).toMatchObject({ status: 'closed', claim: null, attention: [] });
    expect(r.reply).toBeNull();
    expect(r.staffQueue).toBe('remove');
    expect(r.events).toEqual([expect.objectContaining({ kind: 'status_changed', actor: 'ana', detail: expect.objectContaining({ action: 'dismiss', to: 'closed', note: 'Factura de la CFE' }) })]);
  });

  it('ask sends the usual request for what is missing, with the note, clears the hold and waits for the student; renderable', () => {
    const fields = { ...makeCase({ firstMessageAt: '2026-03-01T10:00:00Z' }).fields, nss: null, curp: null };
    const held = makeCase({ firstMessageAt: '2026-03-01T10:00:00Z', status: 'claimed', claim: { by: 'ana', at: minutesAgo(1) }, attention: ['held_for_review'], fields });
    const r = applyStaffAction(held, { type: 'ask', note: 'Perdón por la demora.' }, ctx('ana'));
    if (!r.ok) throw new Error(r.message);
    expect(r.case).toMatchObject({ status: 'incomplete', claim: null, attention: [] });
    expect(r.staffQueue).toBe('remove');
    expect(r.reply).toMatchObject({ kind: 'incomplete', to: held.replyAddress, data: { missing: ['nss', 'curp'], note: 'Perdón por la demora.' } });
    const text = renderReply('incomplete', r.reply!.data).text;
    expect(text).toMatch(/Nos falta:\n- .*NSS/);
    expect(text).toContain('Perdón por la demora.');
    // Nothing to ask for: refused.
    expect(applyStaffAction(claimedBy('ana'), { type: 'ask' }, ctx('ana'))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('correction clears the chosen fields, remembers their old values and renders', () => {
    const before = claimedBy('ana');
    before.conflicts = [{ field: 'nss', accepted: '04230512347', offered: '04230412340', messageId: 'x', at: NOW, askedAt: NOW }];
    before.attention = ['conflict'];
    const r = applyStaffAction(before, { type: 'correction', fields: ['curp', 'nss'] }, ctx('ana'));
    if (!r.ok) throw new Error(r.message);
    expect(r.case.status).toBe('incomplete');
    expect(r.case.fields.nss).toBeNull();
    expect(r.case.fields.curp).toBeNull();
    expect(r.case.conflicts).toEqual([]);
    expect(r.events[0]!.detail).toMatchObject({ fields: ['nss', 'curp'], cleared: { nss: '04230512347', curp: 'MASI050805MVZRLRA8' } });
    const text = renderReply('correction', r.reply!.data as never).text;
    expect(text).toContain('necesitamos que corrijas estos datos:\n- Número de Seguridad Social (NSS)\n- CURP\n');
    expect(text).not.toContain('MASI050805MVZRLRA8');
  });

  it('correction of a field the student never sent asks to send it', () => {
    const before = claimedBy('ana');
    before.fields.studentCode = null;
    const r = applyStaffAction(before, { type: 'correction', fields: ['studentCode', 'curp'] }, ctx('ana'));
    if (!r.ok) throw new Error(r.message);
    const text = renderReply('correction', r.reply!.data as never).text;
    expect(text).toContain('corrijas o nos envíes estos datos:');
    expect(text).toMatch(/- Código de estudiante \(no venía en tus correos\)\n- CURP\n/);
  });

  it('edit: validated, normalised, audited, clears a conflict on that field and refreshes the claim', () => {
    const before = claimedBy('ana', 20);
    before.conflicts = [{ field: 'studentCode', accepted: '219876543', offered: '219876544', messageId: 'x', at: NOW, askedAt: null }];
    before.attention = ['conflict', 'merged'];
    const r = applyStaffAction(before, { type: 'edit', field: 'studentCode', value: ' 219-876-544 ' }, ctx('ana'));
    if (!r.ok) throw new Error(r.message);
    expect(r.case.fields.studentCode).toMatchObject({ value: '219876544', editedBy: 'ana' });
    expect(r.case.attention).toEqual(['merged']);
    expect(r.case.claim).toEqual({ by: 'ana', at: NOW });
    expect(r.events[0]).toMatchObject({ kind: 'field_edited', detail: { field: 'studentCode', from: '219876543', to: '219876544' } });
    expect(applyStaffAction(claimedBy('ana'), { type: 'edit', field: 'curp', value: 'MASI050805MVZRLRA9' }, ctx('ana')).ok).toBe(false);
  });

  it('release returns a complete case to the queue and an incomplete one to the student', () => {
    const r = applyStaffAction(claimedBy('ana'), { type: 'release' }, ctx('ana'));
    expect(r.ok && r.case.status).toBe('queued');
    const partial = claimedBy('ana');
    partial.fields.curp = null;
    const r2 = applyStaffAction(partial, { type: 'release' }, ctx('ana'));
    expect(r2.ok && r2.case.status).toBe('incomplete');
  });

  it('never modifies the case it is given', () => {
    const before = claimedBy('ana');
    const copy = structuredClone(before);
    applyStaffAction(before, { type: 'correction', fields: ['nss'] }, ctx('ana'));
    applyStaffAction(before, { type: 'resolve' }, ctx('ana'));
    expect(before).toEqual(copy);
  });
});

describe('checkFieldValue', () => {
  const opts = { institutionalDomains: ['alumnos.udg.mx'], studentCodePattern: '^\\d{9}$' };
  const now = new Date(NOW);
  const table: [Parameters<typeof checkFieldValue>[0], string, string | null][] = [
    ['curp', 'masi 0508 05mvzrlra8', 'MASI050805MVZRLRA8'],
    ['curp', 'MASI050805MVZRLRA9', null],
    ['nss', '04 2305 12347', '04230512347'],
    ['nss', '04230512348', null],
    ['studentCode', '219.876.543', '219876543'],
    ['studentCode', '12345', null],
    ['institutionalEmail', '<Irene@Alumnos.UDG.mx>', 'irene@alumnos.udg.mx'],
    ['institutionalEmail', 'irene@gmail.com', null],
    ['fullName', '  Irene   Martínez ', 'Irene Martínez'],
    ['fullName', '1234', null],
  ];
  it.each(table)('%s %j', (field, input, expected) => {
    const r = checkFieldValue(field, input, opts, now);
    if (expected === null) expect(r.ok).toBe(false);
    else expect(r).toEqual({ ok: true, value: expected });
  });
});
