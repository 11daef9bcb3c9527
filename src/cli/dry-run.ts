// `imss-triage worker --dry-run [--limit N]`: connects to the real mailbox read-only, triages what
// is there and prints what the worker would reply and where it would move each message. Sends,
// moves and writes nothing (no Redis connection at all). See src/ops/dry-run.ts.
import { summarizeConfig } from '../config/index.js';
import { createLogger } from '../logger.js';
import { dryRunMailbox, formatPlan } from '../ops/dry-run.js';
import { createAutoReplyRenderer } from '../replies/compose-reply.js';
import { loadConfigOrExit } from './load-config.js';

export async function runDryRun(args: string[]): Promise<number> {
  const at = args.indexOf('--limit');
  const limit = at >= 0 ? Number(args[at + 1]) : 0;
  if (!Number.isInteger(limit) || limit < 0) {
    process.stderr.write('usage: imss-triage worker --dry-run [--limit N]\n');
    return 2;
  }
  const config = loadConfigOrExit();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const say = (line = '') => process.stdout.write(`${line}\n`);
  const summary = summarizeConfig(config);
  say(`DRY RUN: nothing is sent, moved or written. Mailbox ${String(summary.imap)} (read-only)`);
  say(`Desk copies of replies: ${String(summary.sentCopy)}${config.sentCopy.mode === 'bcc' && config.sentCopy.to === config.mailFrom.address ? ' (through the INBOX, filed in the sent folder by the worker)' : ''}`);
  const { mailbox, total, planned } = await dryRunMailbox(config, log, createAutoReplyRenderer(config), limit);
  say(`${mailbox}: ${total} message(s)${limit && total > limit ? `, the newest ${limit} shown` : ''}\n`);
  for (const p of planned) say(formatPlan(p));
  const count = (f: (p: (typeof planned)[number]) => boolean) => planned.filter(f).length;
  say(`\nWould reply to ${count((p) => p.reply !== null)}; complete ${count((p) => p.outcome === 'complete')}, incomplete ${count((p) => p.outcome === 'incomplete')}, ignored ${count((p) => p.outcome === 'ignore')}, errors ${count((p) => p.outcome === 'error')}.`);
  say('Cases are matched only among these messages (Redis is not read): a follow-up to an older case shows as new.');
  return 0;
}
