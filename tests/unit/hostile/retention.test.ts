// Retention selection (pure): only finished cases past the retention period, oldest first.
import { describe, expect, it } from 'vitest';
import { isPurgeable, selectPurgeable } from '../../../src/retention/select-purge.js';
import type { CaseRecord } from '../../../src/triage/case-model.js';
import { makeCase as makeCaseAt } from '../../support/cases.js';

const NOW = new Date('2026-06-30T12:00:00Z');

const makeCase = (id: string, status: CaseRecord['status'], updated: number, resolved: number | null = null) => makeCaseAt(id, status, updated, resolved, NOW);

describe('retention selection', () => {
  const cases: [string, CaseRecord, boolean][] = [
    ['resolved 31 days ago', makeCase('A', 'resolved', 31, 31), true],
    ['closed 400 days ago', makeCase('B', 'closed', 400), true],
    ['resolved 29 days ago', makeCase('C', 'resolved', 29, 29), false],
    ['resolved long ago but updated (a note) 5 days ago', makeCase('D', 'resolved', 5, 300), false],
    ['queued for 400 days (open)', makeCase('E', 'queued', 400), false],
    ['incomplete for 400 days (open)', makeCase('F', 'incomplete', 400), false],
    ['claimed for 400 days (open)', makeCase('G', 'claimed', 400), false],
    ['exactly 30 days', makeCase('H', 'closed', 30), false],
    ['unreadable date', { ...makeCase('I', 'closed', 400), updatedAt: 'ayer' }, false],
  ];
  it.each(cases)('%s', (_label, c, expected) => {
    expect(isPurgeable(c, NOW, 30)).toBe(expected);
  });

  it('selects the purgeable ones, oldest first, with their age', () => {
    const selected = selectPurgeable(cases.map(([, c]) => c), NOW, 30);
    expect(selected.map((s) => s.caseId)).toEqual(['B', 'A']);
    expect(selected[0]).toMatchObject({ status: 'closed', ageDays: 400 });
  });
});
