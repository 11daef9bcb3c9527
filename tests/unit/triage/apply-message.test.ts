// The conversation core, table-driven: a case as it was + a triaged message -> the case as it must
// become, the reply (if any) and whether staff get it.
import { describe, expect, it } from 'vitest';
import { applyMessage, type ApplyInput } from '../../../src/triage/apply-message.js';
import type { CaseRecord } from '../../../src/triage/case-model.js';
import type { Fields, Problem } from '../../../src/extract/types.js';
import type { HoldReason } from '../../../src/triage/hold.js';
import type { MessageTriage } from '../../../src/triage/triage-message.js';

const NOW = '2026-11-25T12:00:00.000Z';
const full: Fields = { fullName: 'Irene Martínez Salas', studentCode: '219876543', nss: '04230512347', curp: 'MASI050805MVZRLRA8', institutionalEmail: 'irene@alumnos.udg.mx' };
const none: Fields = { fullName: null, studentCode: null, nss: null, curp: null, institutionalEmail: null };

function triage(fields: Partial<Fields>, opts: { problems?: Problem[]; automatic?: string; warnings?: string[]; hold?: HoldReason } = {}): MessageTriage {
  const f = { ...none, ...fields };
  const complete = Object.values(f).every((v) => v !== null) && !(opts.problems?.length);
  return {
    decision: opts.automatic ? 'ignore' : complete ? 'complete' : 'incomplete',
    automatic: opts.automatic ? { automatic: true, reason: opts.automatic } : { automatic: false },
    extraction: { fields: f, problems: opts.problems ?? [], sources: {}, nameParts: null, warnings: opts.warnings ?? [] },
    hold: opts.hold ?? null,
  } as MessageTriage;
}

function input(t: MessageTriage, over: Partial<ApplyInput> = {}): ApplyInput {
  return {
    existing: null,
    newCaseId: 'IMSS-2026-000001',
    triage: t,
    message: { messageId: `m${Math.random()}@x`, references: [], subject: 'alta', receivedAt: NOW, replyAddress: 'irene@alumnos.udg.mx' },
    now: NOW,
    repliesToAddressLast24h: 0,
    maxRepliesPerDay: 3,
    matchedBy: null,
    ...over,
  };
}

function caseAfter(...steps: MessageTriage[]): CaseRecord {
  let c: CaseRecord | null = null;
  for (const t of steps) c = applyMessage(input(t, { existing: c, matchedBy: c ? 'thread' : null })).case;
  return c!;
}

describe('applyMessage', () => {
  const cases: Array<{ name: string; run: () => ReturnType<typeof applyMessage>; expect: { outcome: string; reply: string | null; staff: boolean; status?: string; reason?: string } }> = [
    { name: 'first complete message', run: () => applyMessage(input(triage(full))), expect: { outcome: 'complete', reply: 'acknowledged', staff: true, status: 'queued' } },
    { name: 'first incomplete message', run: () => applyMessage(input(triage({ fullName: full.fullName }))), expect: { outcome: 'incomplete', reply: 'incomplete', staff: false, status: 'incomplete' } },
    { name: 'automatic mail, no case', run: () => applyMessage(input(triage({}, { automatic: 'auto_submitted' }))), expect: { outcome: 'ignore', reply: null, staff: false, reason: 'auto_submitted' } },
    {
      name: 'follow-up completes the case',
      run: () => applyMessage(input(triage({ curp: full.curp, nss: full.nss }), { existing: caseAfter(triage({ fullName: full.fullName, studentCode: full.studentCode, institutionalEmail: full.institutionalEmail })), matchedBy: 'thread' })),
      expect: { outcome: 'complete', reply: 'acknowledged', staff: true, status: 'queued' },
    },
    {
      name: 'question on a queued case gets a status reply',
      run: () => applyMessage(input(triage({}), { existing: caseAfter(triage(full)), matchedBy: 'thread' })),
      expect: { outcome: 'complete', reply: 'status', staff: false, status: 'queued' },
    },
    {
      name: 'a second question the same day gets nothing',
      run: () => {
        const c = caseAfter(triage(full), triage({}));
        return applyMessage(input(triage({}), { existing: c, matchedBy: 'thread' }));
      },
      expect: { outcome: 'complete', reply: null, staff: false, reason: 'status_reply_sent_today' },
    },
    {
      // A forged or shared message with her identifiers reached the case first and had its status
      // reply: the student's own message still gets hers.
      name: 'the once-a-day status limit is per address',
      run: () => {
        const c = caseAfter(triage(full), triage({}));
        return applyMessage(input(triage({}), { existing: c, matchedBy: 'identifier', message: { ...input(triage({})).message, replyAddress: 'irene.martinez@gmail.com' } }));
      },
      expect: { outcome: 'complete', reply: 'status', staff: false },
    },
    {
      name: 'the same address in other letters is the same person',
      run: () => {
        const c = caseAfter(triage(full), triage({}));
        return applyMessage(input(triage({}), { existing: c, matchedBy: 'thread', message: { ...input(triage({})).message, replyAddress: 'Irene@Alumnos.UDG.mx' } }));
      },
      expect: { outcome: 'complete', reply: null, staff: false, reason: 'status_reply_sent_today' },
    },
    {
      name: 'a case written before per-address limits keeps the case-wide one',
      run: () => {
        const { statusRepliesTo: _, ...legacy } = caseAfter(triage(full), triage({}));
        return applyMessage(input(triage({}), { existing: legacy, matchedBy: 'identifier', message: { ...input(triage({})).message, replyAddress: 'irene.martinez@gmail.com' } }));
      },
      expect: { outcome: 'complete', reply: null, staff: false, reason: 'status_reply_sent_today' },
    },
    {
      name: 'a message on a resolved case reopens it for staff',
      run: () => applyMessage(input(triage({}), { existing: { ...caseAfter(triage(full)), status: 'resolved', resolvedAt: NOW }, matchedBy: 'thread' })),
      expect: { outcome: 'complete', reply: 'status', staff: true, status: 'queued' },
    },
    {
      name: 'over the daily reply budget: no reply, staff get it',
      run: () => applyMessage(input(triage({ fullName: full.fullName }), { repliesToAddressLast24h: 3 })),
      expect: { outcome: 'incomplete', reply: null, staff: true, reason: 'reply_limit_reached' },
    },
    {
      name: 'no address to answer',
      run: () => applyMessage(input(triage({}), { message: { messageId: null, references: [], subject: '', receivedAt: NOW, replyAddress: null } })),
      expect: { outcome: 'incomplete', reply: null, staff: true, reason: 'no_reply_address' },
    },
    {
      name: 'a first message nothing places waits for staff, unanswered',
      run: () => applyMessage(input(triage({}, { hold: 'unknown_sender' }))),
      expect: { outcome: 'incomplete', reply: null, staff: true, status: 'incomplete', reason: 'held_unknown_sender' },
    },
    {
      name: 'the same kind of message again, before staff looked: still unanswered',
      run: () => applyMessage(input(triage({}, { hold: 'off_topic' }), { existing: caseAfter(triage({}, { hold: 'off_topic' })), matchedBy: 'sender' })),
      expect: { outcome: 'incomplete', reply: null, staff: true, reason: 'held_off_topic' },
    },
    {
      name: 'a held writer who then writes about their coverage is answered',
      run: () => applyMessage(input(triage({ fullName: full.fullName }), { existing: caseAfter(triage({}, { hold: 'unknown_sender' })), matchedBy: 'sender' })),
      expect: { outcome: 'incomplete', reply: 'incomplete', staff: false },
    },
    {
      name: 'a student already in conversation is never held',
      run: () => applyMessage(input(triage({}, { hold: 'off_topic' }), { existing: caseAfter(triage({ fullName: full.fullName })), matchedBy: 'thread' })),
      expect: { outcome: 'incomplete', reply: 'incomplete', staff: false },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = c.run();
      expect(r.outcome).toBe(c.expect.outcome);
      expect(r.reply?.kind ?? null).toBe(c.expect.reply);
      expect(r.enqueueForStaff).toBe(c.expect.staff);
      if (c.expect.status) expect(r.case?.status).toBe(c.expect.status);
      if (c.expect.reason) expect(r.noReplyReason).toBe(c.expect.reason);
    });
  }

  it('a held case tells staff why it was not answered, once', () => {
    const c = caseAfter(triage({}, { hold: 'unknown_sender' }), triage({}, { hold: 'unknown_sender' }));
    expect(c.attention).toEqual(['held_for_review']);
    expect(c.warnings).toHaveLength(1);
    expect(c.warnings[0]).toMatch(/No se respondió automáticamente/);
  });

  it('a different value is a conflict, asked once, and never overwrites', () => {
    const c1 = caseAfter(triage({ fullName: full.fullName, studentCode: '219876543' }));
    const r2 = applyMessage(input(triage({ studentCode: '220000001' }), { existing: c1, matchedBy: 'thread' }));
    expect(r2.reply?.kind).toBe('conflict');
    expect(r2.case?.fields.studentCode?.value).toBe('219876543');
    expect(r2.case?.conflicts).toHaveLength(1);
    expect(r2.case?.attention).toContain('conflict');
    const r3 = applyMessage(input(triage({ studentCode: '220000001' }), { existing: r2.case, matchedBy: 'thread' }));
    expect(r3.reply?.kind).toBe('incomplete');
    expect(r3.case?.conflicts).toHaveLength(1);
  });

  it("a parent's NSS sent after the CURP is caught by the case's CURP and asked about", () => {
    const c1 = caseAfter(triage({ fullName: full.fullName, studentCode: full.studentCode, curp: full.curp, institutionalEmail: full.institutionalEmail }));
    const r = applyMessage(input(triage({ nss: '32977814030' }), { existing: c1, matchedBy: 'thread' }));
    expect(r.case?.fields.nss).toBeNull();
    expect(r.case?.openProblems.map((p) => p.code)).toEqual(['nss_parent_suspected']);
    expect(r.reply?.kind).toBe('incomplete');
    // The student's own NSS then completes the case.
    expect(applyMessage(input(triage({ nss: full.nss }), { existing: r.case, matchedBy: 'thread' })).reply?.kind).toBe('acknowledged');
  });

  it('an invalid value does not fill a field and is kept as an open problem', () => {
    const problem: Problem = { field: 'nss', code: 'nss_check_digit', message: 'x' };
    const r = applyMessage(input(triage({ nss: '04230512348' }, { problems: [problem] })));
    expect(r.case?.fields.nss).toBeNull();
    expect(r.case?.openProblems).toEqual([problem]);
  });

  it('names compare without accents or case', () => {
    const c1 = caseAfter(triage({ fullName: 'Irene Martínez Salas' }));
    const r = applyMessage(input(triage({ fullName: 'IRENE MARTINEZ SALAS' }), { existing: c1, matchedBy: 'thread' }));
    expect(r.case?.conflicts).toHaveLength(0);
  });

  it('a merge by identifier from another address is flagged for staff', () => {
    const c1 = caseAfter(triage({ curp: full.curp }));
    const r = applyMessage(input(triage({ curp: full.curp, studentCode: full.studentCode }), {
      existing: c1,
      matchedBy: 'identifier',
      message: { messageId: 'b@x', references: [], subject: 'x', receivedAt: NOW, replyAddress: 'other@gmail.com' },
    }));
    expect(r.case?.attention).toContain('merged');
    expect(r.case?.addresses).toEqual(['irene@alumnos.udg.mx', 'other@gmail.com']);
  });

  it('a closed case is not reused: a new one starts', () => {
    const closed = { ...caseAfter(triage(full)), status: 'closed' as const };
    const r = applyMessage(input(triage({ fullName: full.fullName }), { existing: closed, newCaseId: 'IMSS-2026-000099', matchedBy: 'sender' }));
    expect(r.created).toBe(true);
    expect(r.case?.id).toBe('IMSS-2026-000099');
  });

  it('does not mutate the case it was given', () => {
    const c1 = caseAfter(triage({ fullName: full.fullName }));
    const snapshot = JSON.stringify(c1);
    applyMessage(input(triage({ curp: full.curp }), { existing: c1, matchedBy: 'thread' }));
    expect(JSON.stringify(c1)).toBe(snapshot);
  });
});
