// Batched IMAP fetches for the `incoming` processor: concurrent jobs each ask for their own
// message's source, and the requests that meet on one connection go out as ONE UID FETCH over a
// UID set instead of one command per message. No timers: a request waits only for the command
// already on the wire (plus one turn of the event loop), so a lone request goes at once and a busy
// worker sends bigger batches. Per message the answer is that of a one-message fetch: the source,
// 'gone' (not in the mailbox) or 'stale' (UIDVALIDITY changed). Moves are the filer's
// (src/queue/filer.ts). Also the mailbox helpers both use.
import type { ImapFlow } from 'imapflow';
import { imapUnavailable } from '../errors.js';
import type { ImapConnection } from './imap-connection.js';

/** Largest UID set in one command (keeps command lines and fetched bytes bounded). */
const MAX_BATCH = 64;

interface Pending<T, R> {
  item: T;
  resolve: (r: R) => void;
  reject: (e: unknown) => void;
}

/** Groups requests by key; per key, one batch runs at a time and the next takes all that waited. */
export function createBatcher<T, R>(run: (key: string, items: T[]) => Promise<R[]>, maxBatch = MAX_BATCH): (key: string, item: T) => Promise<R> {
  const queues = new Map<string, Pending<T, R>[]>();
  const running = new Set<string>();
  async function drain(key: string): Promise<void> {
    const queue = queues.get(key);
    running.add(key);
    try {
      while (queue && queue.length > 0) {
        const batch = queue.splice(0, maxBatch);
        try {
          const results = await run(key, batch.map((p) => p.item));
          batch.forEach((p, i) => p.resolve(results[i]!));
        } catch (err) {
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      running.delete(key);
      if (queue?.length === 0) queues.delete(key);
    }
  }
  return (key, item) =>
    new Promise<R>((resolve, reject) => {
      let queue = queues.get(key);
      if (!queue) queues.set(key, (queue = []));
      queue.push({ item, resolve, reject });
      // setImmediate: requests made in the same turn of the event loop join this batch.
      if (!running.has(key) && queue.length === 1) setImmediate(() => void drain(key));
    });
}

export interface MessageRef {
  mailbox: string;
  uidValidity: string;
  uid: number;
}

type FetchResult = Buffer | 'stale' | 'gone';

const perConnection = new WeakMap<ImapConnection, (key: string, ref: MessageRef) => Promise<FetchResult>>();

/** The raw source of one message, fetched together with the other jobs' messages. */
export function fetchSourceBatched(ops: ImapConnection, ref: MessageRef): Promise<FetchResult> {
  let fetch = perConnection.get(ops);
  if (!fetch) {
    fetch = createBatcher((_key, refs: MessageRef[]) => ops.use((client) => fetchSources(client, refs)));
    perConnection.set(ops, fetch);
  }
  return fetch(`${ref.mailbox}\n${ref.uidValidity}`, ref);
}

/** Runs `fn` with `mailbox` selected; `fn` gets false when its UIDVALIDITY is not `uidValidity`. */
export async function inMailbox<T>(client: ImapFlow, mailbox: string, uidValidity: string, fn: (current: boolean) => Promise<T>): Promise<T> {
  const lock = await client.getMailboxLock(mailbox);
  try {
    const current = () => String(client.mailbox && client.mailbox.uidValidity) === uidValidity;
    if (!current()) {
      // The job may be newer than this session: a session that does not IDLE learns of a
      // UIDVALIDITY change only at its next command (Dovecot then ends it). Ask before calling
      // the job stale, or a message queued under the new UIDVALIDITY would be dropped.
      await client.noop().catch(() => undefined);
      if (!client.usable) throw imapUnavailable(new Error('session ended after a UIDVALIDITY change'));
    }
    return await fn(current());
  } finally {
    lock.release();
  }
}

/**
 * A session that does not IDLE may not know a message the watcher just saw: UID commands on it
 * would quietly match nothing. A NOOP makes the server report the new messages first.
 */
export async function catchUp(client: ImapFlow, uids: number | number[]): Promise<void> {
  const uidNext = client.mailbox ? Number(client.mailbox.uidNext) : 0;
  if (Math.max(...[uids].flat()) >= uidNext) await client.noop();
}

async function fetchSources(client: ImapFlow, refs: MessageRef[]): Promise<FetchResult[]> {
  const { mailbox, uidValidity } = refs[0]!;
  try {
    return await inMailbox(client, mailbox, uidValidity, async (current) => {
      if (!current) return refs.map(() => 'stale' as const);
      const uids = [...new Set(refs.map((r) => r.uid))];
      await catchUp(client, uids);
      const found = new Map<number, Buffer>();
      // Collect first: no other command may run inside the fetch iterator.
      for await (const msg of client.fetch(uids.join(','), { uid: true, size: true, source: true }, { uid: true })) {
        if (msg.source) found.set(msg.uid, msg.source);
      }
      return refs.map((r) => found.get(r.uid) ?? ('gone' as const));
    });
  } catch (err) {
    throw imapUnavailable(err);
  }
}
