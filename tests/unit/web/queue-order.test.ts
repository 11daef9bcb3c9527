import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../src/triage/case-model.js';
import { claimableInOrder, compareQueue, filterCases, hasActiveClaim, laneCounts, laneOf, orderQueue, type QueueView } from '../../../src/triage/queue-order.js';

type Q = Pick<CaseRecord, 'id' | 'status' | 'attention' | 'firstMessageAt' | 'claim'>;
const q = (id: string, firstMessageAt: string, over: Partial<Q> = {}): Q => ({ id, status: 'queued', attention: [], firstMessageAt, claim: null, ...over });
const now = new Date('2026-03-10T12:00:00Z');
const IDLE = 30 * 60_000;
const view = (ids: string[]): QueueView => ({ inStaffQueue: new Set(ids), now, claimIdleMs: IDLE });

describe('orderQueue', () => {
  const cases: { name: string; input: Q[]; expected: string[] }[] = [
    { name: 'oldest first when nothing needs attention', input: [q('b', '2026-03-05T00:00:00Z'), q('a', '2026-03-01T00:00:00Z'), q('c', '2026-03-09T00:00:00Z')], expected: ['a', 'b', 'c'] },
    { name: 'any attention flag before the oldest plain case', input: [q('old', '2026-01-01T00:00:00Z'), q('new-attn', '2026-03-09T00:00:00Z', { attention: ['reopened'] })], expected: ['new-attn', 'old'] },
    { name: 'oldest first inside the attention group', input: [q('x', '2026-03-09T00:00:00Z', { attention: ['conflict'] }), q('y', '2026-03-02T00:00:00Z', { attention: ['delivery_failed', 'merged'] })], expected: ['y', 'x'] },
    { name: 'the number of flags does not matter', input: [q('one', '2026-03-01T00:00:00Z', { attention: ['conflict'] }), q('three', '2026-03-02T00:00:00Z', { attention: ['conflict', 'cross_check', 'merged'] })], expected: ['one', 'three'] },
    { name: 'folio breaks ties', input: [q('IMSS-2026-000002', '2026-03-01T00:00:00Z'), q('IMSS-2026-000001', '2026-03-01T00:00:00Z')], expected: ['IMSS-2026-000001', 'IMSS-2026-000002'] },
    { name: 'an unreadable date goes last in its group', input: [q('bad', 'not a date'), q('ok', '2026-03-01T00:00:00Z')], expected: ['ok', 'bad'] },
  ];
  for (const t of cases) {
    it(t.name, () => {
      expect(orderQueue(t.input).map((c) => c.id)).toEqual(t.expected);
    });
  }

  it('is a total order: sorting any permutation gives the same result', () => {
    const input = [q('a', '2026-03-01T00:00:00Z'), q('b', '2026-03-01T00:00:00Z', { attention: ['merged'] }), q('c', '2026-02-01T00:00:00Z'), q('d', '2026-03-03T00:00:00Z', { attention: ['rate_limited'] })];
    const expected = orderQueue(input).map((c) => c.id);
    for (let i = 0; i < 20; i++) {
      const shuffled = [...input].sort(() => Math.random() - 0.5);
      expect(orderQueue(shuffled).map((c) => c.id)).toEqual(expected);
    }
    expect(compareQueue(input[0]!, input[0]!)).toBe(0);
  });

  it('does not modify its input', () => {
    const input = [q('b', '2026-03-05T00:00:00Z'), q('a', '2026-03-01T00:00:00Z')];
    orderQueue(input);
    expect(input.map((c) => c.id)).toEqual(['b', 'a']);
  });
});

describe('lanes and claims', () => {
  const claimedAt = (minutesAgo: number) => ({ by: 'ana@udg.mx', at: new Date(now.getTime() - minutesAgo * 60_000).toISOString() });
  const cases: { name: string; c: Q; inQueue: boolean; lane: string; claimable: boolean }[] = [
    { name: 'queued, plain', c: q('1', '2026-03-01T00:00:00Z'), inQueue: true, lane: 'waiting', claimable: true },
    { name: 'queued with a flag', c: q('2', '2026-03-01T00:00:00Z', { attention: ['cross_check'] }), inQueue: true, lane: 'attention', claimable: true },
    { name: 'claimed 5 min ago', c: q('3', '2026-03-01T00:00:00Z', { status: 'claimed', claim: claimedAt(5) }), inQueue: true, lane: 'claimed', claimable: false },
    { name: 'claimed 30 min ago (idle)', c: q('4', '2026-03-01T00:00:00Z', { status: 'claimed', claim: claimedAt(30) }), inQueue: true, lane: 'waiting', claimable: true },
    { name: 'incomplete, not in the staff queue', c: q('5', '2026-03-01T00:00:00Z', { status: 'incomplete' }), inQueue: false, lane: 'incomplete', claimable: false },
    { name: 'incomplete but rate-limited into the queue', c: q('6', '2026-03-01T00:00:00Z', { status: 'incomplete', attention: ['rate_limited'] }), inQueue: true, lane: 'attention', claimable: true },
    { name: 'resolved', c: q('7', '2026-03-01T00:00:00Z', { status: 'resolved' }), inQueue: false, lane: 'done', claimable: false },
    { name: 'closed, still listed in the queue by mistake', c: q('8', '2026-03-01T00:00:00Z', { status: 'closed' }), inQueue: true, lane: 'done', claimable: false },
  ];
  for (const t of cases) {
    it(t.name, () => {
      const v = view(t.inQueue ? [t.c.id] : []);
      expect(laneOf(t.c, v)).toBe(t.lane);
      expect(claimableInOrder([t.c], v).length === 1).toBe(t.claimable);
    });
  }

  it('counts every case in exactly one lane and filters by lane and status', () => {
    const all = cases.map((t) => t.c);
    const v = view(cases.filter((t) => t.inQueue).map((t) => t.c.id));
    const counts = laneCounts(all, v);
    expect(counts).toEqual({ attention: 2, waiting: 2, claimed: 1, incomplete: 1, done: 2 });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(all.length);
    expect(filterCases(all, v, 'attention', null).map((c) => c.id)).toEqual(['2', '6']);
    expect(filterCases(all, v, null, 'incomplete').map((c) => c.id)).toEqual(['5', '6']);
    expect(filterCases(all, v, 'attention', 'incomplete').map((c) => c.id)).toEqual(['6']);
  });

  it('claim activity: active strictly before the idle limit', () => {
    expect(hasActiveClaim({ status: 'claimed', claim: claimedAt(29.99) }, now, IDLE)).toBe(true);
    expect(hasActiveClaim({ status: 'claimed', claim: claimedAt(30) }, now, IDLE)).toBe(false);
    expect(hasActiveClaim({ status: 'queued', claim: claimedAt(1) }, now, IDLE)).toBe(false);
  });
});
