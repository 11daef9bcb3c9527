// Which cases may be forgotten: pure. A case is purgeable when it is finished (resolved or closed)
// and its last activity (resolution or last update, whichever is later) is older than the
// retention period. Open cases are never purgeable, whatever their age.
import type { CaseRecord } from '../triage/case-model.js';

export interface PurgeCandidate {
  caseId: string;
  status: CaseRecord['status'];
  lastActivity: string; // ISO
  ageDays: number;
}

const DAY_MS = 86_400_000;

/** The moment a finished case last changed. */
export function lastActivity(c: Pick<CaseRecord, 'updatedAt' | 'resolvedAt'>): number {
  const times = [c.updatedAt, c.resolvedAt].map((t) => (t ? Date.parse(t) : Number.NaN)).filter((t) => !Number.isNaN(t));
  return times.length > 0 ? Math.max(...times) : Number.NaN;
}

export function isPurgeable(c: Pick<CaseRecord, 'status' | 'updatedAt' | 'resolvedAt'>, now: Date, retentionDays: number): boolean {
  if (c.status !== 'resolved' && c.status !== 'closed') return false;
  const last = lastActivity(c);
  // An unreadable date is kept: deleting on a parse error is not a decision to take silently.
  return !Number.isNaN(last) && now.getTime() - last > retentionDays * DAY_MS;
}

/** Purgeable cases, oldest first. */
export function selectPurgeable(cases: readonly CaseRecord[], now: Date, retentionDays: number): PurgeCandidate[] {
  return cases
    .filter((c) => isPurgeable(c, now, retentionDays))
    .map((c) => {
      const last = lastActivity(c);
      return { caseId: c.id, status: c.status, lastActivity: new Date(last).toISOString(), ageDays: Math.floor((now.getTime() - last) / DAY_MS) };
    })
    .sort((a, b) => a.lastActivity.localeCompare(b.lastActivity));
}
