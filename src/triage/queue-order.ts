// The staff queue's order and lanes. Pure: cases, the set of folios in the staff queue and `now`
// in; ordered cases, lanes and counts out.
//
// Order: cases that need attention (any ATTENTION flag) first, then the rest; inside each group
// the student who has waited longest since the first message comes first; the folio breaks ties
// so the order is total and stable.
// Lanes (each case in exactly one):
//   done        resolved or closed
//   claimed     someone holds an active claim (claimed less than the idle limit ago)
//   attention   in the staff queue with at least one attention flag
//   waiting     in the staff queue, nothing special
//   incomplete  not in the staff queue: waiting for the student to complete the data
import type { CaseRecord, CaseStatus } from './case-model.js';

export const LANES = {
  attention: 'attention',
  waiting: 'waiting',
  claimed: 'claimed',
  incomplete: 'incomplete',
  done: 'done',
} as const;
export type Lane = (typeof LANES)[keyof typeof LANES];
export const ALL_LANES: readonly Lane[] = Object.values(LANES);

export interface QueueView {
  /** Folios present in the `queue:staff` ZSET. */
  inStaffQueue: ReadonlySet<string>;
  now: Date;
  /** A claim older than this (since its last activity) is idle and may be taken over. */
  claimIdleMs: number;
}

type Queued = Pick<CaseRecord, 'id' | 'status' | 'attention' | 'firstMessageAt' | 'claim'>;

export function needsAttention(c: Pick<CaseRecord, 'attention'>): boolean {
  return c.attention.length > 0;
}

/** True when the case is claimed and the claim is not idle. */
export function hasActiveClaim(c: Pick<CaseRecord, 'status' | 'claim'>, now: Date, claimIdleMs: number): boolean {
  if (c.status !== 'claimed' || !c.claim) return false;
  return now.getTime() - Date.parse(c.claim.at) < claimIdleMs;
}

/** True when the claim exists but has been idle for the limit or longer. */
export function hasIdleClaim(c: Pick<CaseRecord, 'status' | 'claim'>, now: Date, claimIdleMs: number): boolean {
  return c.status === 'claimed' && c.claim !== null && !hasActiveClaim(c, now, claimIdleMs);
}

export function laneOf(c: Queued, view: QueueView): Lane {
  if (c.status === 'resolved' || c.status === 'closed') return 'done';
  if (hasActiveClaim(c, view.now, view.claimIdleMs)) return 'claimed';
  if (!view.inStaffQueue.has(c.id)) return 'incomplete';
  return needsAttention(c) ? 'attention' : 'waiting';
}

/** Attention first, then the longest wait since the first message, then folio. */
export function compareQueue(a: Queued, b: Queued): number {
  const attention = Number(needsAttention(b)) - Number(needsAttention(a));
  if (attention !== 0) return attention;
  const waited = time(a.firstMessageAt) - time(b.firstMessageAt);
  if (waited !== 0) return waited;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function orderQueue<T extends Queued>(cases: readonly T[]): T[] {
  return [...cases].sort(compareQueue);
}

/** Cases someone may take now, best first: in the staff queue, open, and not actively claimed. */
export function claimableInOrder<T extends Queued>(cases: readonly T[], view: QueueView): T[] {
  return orderQueue(cases.filter((c) => isClaimable(c, view)));
}

export function isClaimable(c: Queued, view: QueueView): boolean {
  const lane = laneOf(c, view);
  return lane === 'attention' || lane === 'waiting';
}

export function laneCounts(cases: readonly Queued[], view: QueueView): Record<Lane, number> {
  const counts = Object.fromEntries(ALL_LANES.map((l) => [l, 0])) as Record<Lane, number>;
  for (const c of cases) counts[laneOf(c, view)] += 1;
  return counts;
}

/** Filter for the queue page: by lane and/or by status (either may be null). */
export function filterCases<T extends Queued>(cases: readonly T[], view: QueueView, lane: Lane | null, status: CaseStatus | null): T[] {
  return cases.filter((c) => (lane === null || laneOf(c, view) === lane) && (status === null || c.status === status));
}

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Number.MAX_SAFE_INTEGER : t;
}
