// `imss-triage purge [--dry-run]`: forgets resolved/closed cases whose last activity is older
// than RETENTION_DAYS (src/retention). --dry-run lists what would go and changes nothing. Prints
// folios, statuses and ages only: no personal data.
import { createKeys } from '../queue/keys.js';
import { redisConnection } from '../queue/pipeline.js';
import { purgeExpiredCases, type PurgeReport } from '../retention/purge-store.js';
import { CaseStore } from '../triage/case-store.js';
import { loadConfigOrExit } from './load-config.js';

export function formatPurgeReport(r: PurgeReport): string {
  const lines: string[] = [];
  const verb = r.dryRun ? 'Would purge' : 'Purged';
  lines.push(`Retention: ${r.retentionDays} days. ${r.scanned} case(s) in Redis; ${r.candidates.length} finished and older than that.`);
  const purged = new Map(r.purged.map((p) => [p.caseId, p]));
  for (const c of r.candidates) {
    const p = purged.get(c.caseId);
    const what = p ? `${p.keys.length} keys, ${p.indexKeys.length} indexes, ${p.inboundKeys.length} inbound records` : 'skipped (changed meanwhile)';
    lines.push(`  ${c.caseId.padEnd(18)} ${c.status.padEnd(9)} last activity ${c.lastActivity.slice(0, 10)} (${c.ageDays} d)  ${what}`);
  }
  lines.push(`${r.dryRun ? 'Dry run: nothing changed. ' : ''}${verb} ${r.purged.length} case(s)${r.skipped.length ? `, skipped ${r.skipped.length}` : ''}.`);
  return `${lines.join('\n')}\n`;
}

export async function runPurge(args: string[]): Promise<number> {
  const dryRun = args.includes('--dry-run');
  const unknown = args.filter((a) => a !== '--dry-run');
  if (unknown.length > 0) {
    process.stderr.write(`imss-triage purge: unknown argument ${unknown.join(' ')}\nusage: imss-triage purge [--dry-run]\n`);
    return 2;
  }
  const config = loadConfigOrExit();
  const redis = redisConnection(config.redis.url);
  try {
    const store = new CaseStore(redis, createKeys(config.redis.prefix));
    const report = await purgeExpiredCases(store, { now: new Date(), retentionDays: config.retentionDays, dryRun });
    process.stdout.write(formatPurgeReport(report));
    return 0;
  } finally {
    redis.disconnect();
  }
}
