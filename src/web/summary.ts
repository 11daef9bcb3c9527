// Figures for the summary page. Pure: cases, reply records, the last sync time and `now` in.
import type { CaseRecord } from '../triage/case-model.js';
import { laneCounts, laneOf, type Lane, type QueueView } from '../triage/queue-order.js';
import { localDay } from './labels.js';

export interface ReplyFact {
  actor: string;
  status: string;
  sentAt: string | null;
}

export interface Summary {
  lanes: Record<Lane, number>;
  errors: number;
  oldestWaiting: { caseId: string; since: string } | null;
  resolvedToday: number;
  /** Median of resolvedAt - firstMessageAt over cases resolved in the last 30 days; null if none. */
  medianResolutionMs: number | null;
  resolvedLast30Days: number;
  automaticRepliesToday: number;
  staffRepliesToday: number;
  lastSync: string | null;
  /** True when the inbox has not been synced for more than staleSyncMs (or never). */
  syncStale: boolean;
}

export const STALE_SYNC_MS = 5 * 60_000;

export function computeSummary(input: { cases: readonly CaseRecord[]; view: QueueView; replies: readonly ReplyFact[]; errors: number; lastSync: string | null; staleSyncMs?: number }): Summary {
  const { cases, view } = input;
  const now = view.now;
  const today = localDay(now);
  const waiting = cases.filter((c) => ['attention', 'waiting'].includes(laneOf(c, view)));
  const oldest = waiting.reduce<CaseRecord | null>((a, c) => (!a || Date.parse(c.firstMessageAt) < Date.parse(a.firstMessageAt) ? c : a), null);
  const resolved = cases.filter((c) => c.status === 'resolved' && c.resolvedAt);
  const recent = resolved.filter((c) => now.getTime() - Date.parse(c.resolvedAt!) <= 30 * 86_400_000);
  const sentToday = input.replies.filter((r) => r.status === 'sent' && r.sentAt && localDay(new Date(r.sentAt)) === today);
  const syncAge = input.lastSync ? now.getTime() - Date.parse(input.lastSync) : Number.POSITIVE_INFINITY;
  return {
    lanes: laneCounts(cases, view),
    errors: input.errors,
    oldestWaiting: oldest ? { caseId: oldest.id, since: oldest.firstMessageAt } : null,
    resolvedToday: resolved.filter((c) => localDay(new Date(c.resolvedAt!)) === today).length,
    medianResolutionMs: median(recent.map((c) => Date.parse(c.resolvedAt!) - Date.parse(c.firstMessageAt))),
    resolvedLast30Days: recent.length,
    automaticRepliesToday: sentToday.filter((r) => r.actor === 'system').length,
    staffRepliesToday: sentToday.filter((r) => r.actor !== 'system').length,
    lastSync: input.lastSync,
    syncStale: !(syncAge <= (input.staleSyncMs ?? STALE_SYNC_MS)),
  };
}

export function median(values: readonly number[]): number | null {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}
