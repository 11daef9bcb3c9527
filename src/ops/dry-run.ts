// `worker --dry-run`: what the worker would do with the mail in the inbox, changing nothing.
//
// A separate, small path on purpose (not the real processors): the mailbox is opened read-only
// (EXAMINE) and fetched with BODY.PEEK (no \Seen), no folder is created, nothing is moved, sent
// or written to Redis. Each message goes through parseMessage -> triageMessage -> applyMessage
// against an in-memory case map (empty at start, so earlier history in Redis is not consulted),
// and the reply it would send is rendered with the real templates.
import type { Config } from '../config/index.js';
import type { Logger } from '../logger.js';
import { toServerPath, type FolderRole } from '../mail/folders.js';
import { ImapConnection } from '../mail/imap-connection.js';
import { parseMessage } from '../mail/parse-message.js';
import type { RenderAutoReply } from '../queue/process-inbound.js';
import { applyMessage, type Outcome } from '../triage/apply-message.js';
import type { CaseRecord } from '../triage/case-model.js';
import { triageMessage } from '../triage/triage-message.js';

export interface PlannedMessage {
  uid: number;
  outcome: Outcome | 'error';
  /** Folio the case would get or already has (in this run's memory); null when none. */
  caseId: string | null;
  reply: { kind: string; to: string; subject: string } | null;
  /** Why no reply (automatic mail, daily limit...), or the error of an 'error'. */
  reason: string | null;
  /** Server path of the destination folder, or the keyword when MOVE_PROCESSED=false. */
  moveTo: string;
}

const FOLDER_OF: Record<Outcome | 'error', FolderRole> = { complete: 'complete', incomplete: 'incomplete', ignore: 'ignored', error: 'errors' };

/** "lucia.perez@alumnos.udg.mx" -> "l***@alumnos.udg.mx". */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${address[0]}***${address.slice(at)}`;
}

/** Plans every message in order, against one in-memory set of cases. Pure apart from parsing. */
export async function planMessages(
  messages: ReadonlyArray<{ uid: number; source: Buffer }>,
  config: Config,
  render: RenderAutoReply,
  options: { delimiter: string; now?: Date },
): Promise<PlannedMessage[]> {
  const now = options.now ?? new Date();
  const cases = new Map<string, CaseRecord>();
  const byMessageId = new Map<string, string>();
  const bySender = new Map<string, string>();
  const repliesTo = new Map<string, number>();
  let seq = 0;
  const moveTo = (outcome: Outcome | 'error') => {
    const role = FOLDER_OF[outcome];
    if (!config.folders.move) return `keyword $Triage_${role}`;
    return toServerPath(config.folders[role as keyof Config['folders']] as string, options.delimiter);
  };

  const planned: PlannedMessage[] = [];
  for (const { uid, source } of messages) {
    let parsed;
    let triage;
    try {
      if (source.length > config.maxMessageBytes) throw new Error(`message is ${source.length} bytes (MAX_MESSAGE_BYTES ${config.maxMessageBytes})`);
      parsed = await parseMessage(source, { maxBytes: config.maxMessageBytes });
      triage = triageMessage(parsed, {
        institutionalDomains: config.extraction.institutionalDomains,
        studentCodePattern: config.extraction.studentCodePattern,
        deskAddresses: config.deskAddresses,
        now,
      });
    } catch (err) {
      planned.push({ uid, outcome: 'error', caseId: null, reply: null, reason: (err as Error).message.slice(0, 200), moveTo: moveTo('error') });
      continue;
    }
    const replyAddress = (parsed.replyTo ?? parsed.from)?.address?.toLowerCase() ?? null;
    const threadIds = [parsed.inReplyTo, ...[...parsed.references].reverse()].filter((x): x is string => !!x);
    const foundId = threadIds.map((id) => byMessageId.get(id)).find(Boolean) ?? (replyAddress ? bySender.get(replyAddress) : undefined);
    const existing = foundId ? cases.get(foundId) ?? null : null;
    const result = applyMessage({
      existing,
      newCaseId: `${config.folioPrefix}-${now.getFullYear()}-DRY${String(seq + 1).padStart(3, '0')}`,
      triage,
      message: { messageId: parsed.messageId, references: parsed.references, subject: parsed.subject, receivedAt: now.toISOString(), replyAddress },
      now: now.toISOString(),
      repliesToAddressLast24h: replyAddress ? repliesTo.get(replyAddress) ?? 0 : 0,
      maxRepliesPerDay: config.maxRepliesPerDay,
      matchedBy: existing ? 'thread' : null,
    });
    let reply: PlannedMessage['reply'] = null;
    if (result.case) {
      const c = result.case;
      if (result.created) seq += 1;
      cases.set(c.id, c);
      if (parsed.messageId) byMessageId.set(parsed.messageId, c.id);
      if (replyAddress) bySender.set(replyAddress, c.id);
      if (result.reply) {
        const rendered = render(result.reply.kind, c, triage);
        reply = { kind: result.reply.kind, to: result.reply.to, subject: rendered.subject };
        repliesTo.set(result.reply.to, (repliesTo.get(result.reply.to) ?? 0) + 1);
      }
    }
    planned.push({ uid, outcome: result.outcome, caseId: result.case?.id ?? null, reply, reason: result.noReplyReason, moveTo: moveTo(result.outcome) });
  }
  return planned;
}

/** Reads the inbox read-only and plans it. `limit` keeps the newest N messages (0 = all). */
export async function dryRunMailbox(config: Config, log: Logger, render: RenderAutoReply, limit = 0): Promise<{ mailbox: string; total: number; planned: PlannedMessage[] }> {
  const conn = new ImapConnection({ imap: config.imap, log, role: 'dry-run', flow: { disableAutoIdle: true } });
  try {
    const { delimiter, messages, total } = await conn.use(async (client) => {
      const list = await client.list();
      const delim = list.find((m) => m.delimiter)?.delimiter ?? '/';
      const box = await client.mailboxOpen(config.imap.mailbox, { readOnly: true }); // EXAMINE
      const count = box.exists;
      const collected: Array<{ uid: number; source: Buffer }> = [];
      if (count > 0) {
        const from = limit > 0 ? Math.max(1, count - limit + 1) : 1;
        // Collect first, act after: no IMAP command inside the fetch iterator. source = BODY.PEEK[].
        for await (const m of client.fetch(`${from}:*`, { uid: true, source: true })) {
          if (m.source) collected.push({ uid: m.uid, source: m.source });
        }
      }
      return { delimiter: delim, messages: collected.sort((a, b) => a.uid - b.uid), total: count };
    }, 60_000);
    return { mailbox: config.imap.mailbox, total, planned: await planMessages(messages, config, render, { delimiter }) };
  } finally {
    await conn.stop();
  }
}

/** One line per message for the terminal; addresses masked, no personal data. */
export function formatPlan(p: PlannedMessage): string {
  const what = p.reply ? `reply ${p.reply.kind} to ${maskAddress(p.reply.to)} "${p.reply.subject}"` : `no reply (${p.reason ?? 'none'})`;
  return `UID ${String(p.uid).padEnd(6)} ${p.outcome.padEnd(10)} ${(p.caseId ?? '-').padEnd(20)} ${what} -> move to ${p.moveTo}`;
}
