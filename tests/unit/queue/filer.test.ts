import { describe, expect, it } from 'vitest';
import { groupPlacements, writePlacements, type Placement } from '../../../src/queue/filer.js';
import { createKeys } from '../../../src/queue/keys.js';

const p = (uid: number, dest: string, uidValidity = '7', mailbox = 'INBOX'): Placement => ({ mailbox, uidValidity, uid, dest, messageKey: `m-${uid}` });

describe('groupPlacements', () => {
  it('makes one group per mailbox, UIDVALIDITY and destination, keeping every placement once', () => {
    const all = [p(1, 'A'), p(2, 'B'), p(3, 'A'), p(4, 'A', '8'), p(5, 'A', '7', 'Other'), p(6, 'B')];
    const groups = groupPlacements(all);
    expect(groups.map((g) => g.map((x) => x.uid))).toEqual([[1, 3], [2, 6], [4], [5]]);
    expect(groups.flat()).toHaveLength(all.length);
    for (const g of groups) expect(new Set(g.map((x) => `${x.mailbox}|${x.uidValidity}|${x.dest}`)).size).toBe(1);
  });
  it('has no group for no placements', () => {
    expect(groupPlacements([])).toEqual([]);
  });
});

describe('writePlacements', () => {
  it('writes one field per message, so writing a placement again replaces it instead of adding one', () => {
    const calls: [string, Record<string, string>][] = [];
    const tx = { hset: (key: string, data: Record<string, string>) => calls.push([key, data]) };
    const keys = createKeys('t');
    writePlacements(tx, keys, [p(1, 'A'), p(1, 'A'), p(2, 'B')]);
    writePlacements(tx, keys, []);
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBe(keys.placements());
    const fields = Object.keys(calls[0]![1]);
    expect(fields).toHaveLength(2);
    expect(JSON.parse(calls[0]![1][fields[1]!]!)).toEqual(p(2, 'B'));
  });
});
