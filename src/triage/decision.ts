// The closed set of triage outcomes for one inbound message.

export const DECISIONS = { complete: 'complete', incomplete: 'incomplete', ignore: 'ignore' } as const;
export type DecisionKind = (typeof DECISIONS)[keyof typeof DECISIONS];
