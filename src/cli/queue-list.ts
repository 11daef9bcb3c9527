// `imss-triage queue list`: the staff queue in order, one line each, personal data masked.
import { createKeys } from '../queue/keys.js';
import { redisConnection } from '../queue/pipeline.js';
import { CaseStore } from '../triage/case-store.js';
import { maskValue } from '../logger.js';
import { loadConfigOrExit } from './load-config.js';
import type { CaseRecord } from '../triage/case-model.js';

export function formatQueueLine(position: number, c: CaseRecord, now: Date): string {
  const waitedH = Math.max(0, (now.getTime() - Date.parse(c.firstMessageAt)) / 3_600_000);
  const name = c.fields.fullName?.value ?? '';
  const initials = name.split(/\s+/).filter(Boolean).map((w) => `${w[0]!.toUpperCase()}.`).join('');
  const parts = [
    String(position).padStart(4),
    c.id.padEnd(18),
    c.status.padEnd(9),
    `${waitedH.toFixed(1)} h`.padStart(8),
    (initials || '—').padEnd(8),
    `CURP ${maskValue(c.fields.curp?.value, 3) || '—'}`,
    `NSS ${maskValue(c.fields.nss?.value, 3) || '—'}`,
    c.attention.length > 0 ? `⚑ ${c.attention.join(',')}` : '',
  ];
  return parts.join('  ').trimEnd();
}

export async function runQueueList(): Promise<number> {
  const config = loadConfigOrExit();
  const redis = redisConnection(config.redis.url);
  try {
    const store = new CaseStore(redis, createKeys(config.redis.prefix));
    const cases = await store.getMany(await store.queuedCaseIds());
    const now = new Date();
    if (cases.length === 0) process.stdout.write('The staff queue is empty.\n');
    cases.forEach((c, i) => process.stdout.write(`${formatQueueLine(i + 1, c, now)}\n`));
    return 0;
  } finally {
    redis.disconnect();
  }
}
