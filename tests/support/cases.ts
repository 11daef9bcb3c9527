// A CaseRecord for tests, `updatedDaysAgo` before `now`.
import { emptyFields, type CaseRecord } from '../../src/triage/case-model.js';

export function makeCase(id: string, status: CaseRecord['status'], updatedDaysAgo: number, resolvedDaysAgo: number | null = null, now = new Date()): CaseRecord {
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
  const address = `${id.toLowerCase()}@alumnos.udg.mx`;
  return {
    id, status, replyAddress: address, addresses: [address], fields: emptyFields(),
    nameParts: null, openProblems: [], conflicts: [], warnings: [], attention: [], messageIds: [], lastInbound: null, inboundCount: 1,
    followUpsWhileQueued: 0, lastStatusReplyAt: null, firstMessageAt: daysAgo(updatedDaysAgo + 10), createdAt: daysAgo(updatedDaysAgo + 10),
    updatedAt: daysAgo(updatedDaysAgo), claim: null, resolvedAt: resolvedDaysAgo === null ? null : daysAgo(resolvedDaysAgo), resolvedBy: null,
  };
}
