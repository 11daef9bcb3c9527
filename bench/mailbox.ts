// Fast seeding of a Dovecot mailbox for the drain benchmark: the messages are written straight
// into the user's Maildir (new/), as a local delivery agent would, and Dovecot indexes them when
// the mailbox is next selected (done here, before anything is timed).
import { chown, mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LocalStack } from '../src/dev/local-stack.js';
import { connectImap } from '../src/dev/mail-helpers.js';

/** Maildir stores LF line endings (Dovecot's default mail_save_crlf = no). */
function toLf(raw: Buffer): Buffer {
  return Buffer.from(raw.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
}

/** Writes `raws` into `user`'s INBOX and waits until Dovecot has indexed them; returns ms spent indexing. */
export async function seedInbox(stack: LocalStack, user: string, raws: readonly Buffer[]): Promise<{ writeMs: number; indexMs: number; exists: number }> {
  // A first login creates the home and the Maildir with the right owner.
  const first = await connectImap(stack, user);
  await first.mailboxOpen('INBOX');
  await first.logout();
  const root = stack.dovecot.mailRoot;
  const owner = await stat(root);
  const dir = path.join(root, user.toLowerCase(), 'Maildir', 'new');
  await mkdir(dir, { recursive: true });
  const t0 = Date.now();
  const base = Math.floor(Date.now() / 1000);
  const batch = 64;
  for (let i = 0; i < raws.length; i += batch) {
    await Promise.all(raws.slice(i, i + batch).map(async (raw, j) => {
      const data = toLf(raw);
      // Zero-padded sequence: Dovecot assigns UIDs in name order, so UIDs follow the corpus order.
      const file = path.join(dir, `${base}.M${String(i + j).padStart(6, '0')}P${process.pid}.bench,S=${data.length}`);
      await writeFile(file, data);
      await chown(file, owner.uid, owner.gid);
    }));
  }
  const t1 = Date.now();
  const client = await connectImap(stack, user);
  const box = await client.mailboxOpen('INBOX');
  await client.logout();
  return { writeMs: t1 - t0, indexMs: Date.now() - t1, exists: box.exists };
}

/** Messages in `mailbox` of `user` (STATUS). */
export async function countMessages(stack: LocalStack, user: string, mailbox = 'INBOX'): Promise<number> {
  const client = await connectImap(stack, user);
  try {
    const s = await client.status(mailbox, { messages: true });
    return s ? (s.messages ?? 0) : 0;
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/**
 * Delivers one small message to each address over LMTP (not timed). The replies of every run go
 * to these students' mailboxes on the same Dovecot; the first run to write to a mailbox would
 * otherwise also pay for creating it (Maildir, index, uidlist): measured at up to ×1.8 the time of
 * the same drain run second. After this, every run meets existing mailboxes.
 */
export async function warmRecipients(stack: LocalStack, addresses: Iterable<string>): Promise<number> {
  const nodemailer = (await import('nodemailer')).default;
  const lmtp = nodemailer.createTransport({ host: stack.dovecot.host, port: stack.dovecot.lmtpPort, lmtp: true, ignoreTLS: true, name: 'mta.localhost' } as never);
  const all = [...new Set([...addresses].map((a) => a.toLowerCase()))];
  try {
    for (let i = 0; i < all.length; i += 50) {
      const to = all.slice(i, i + 50);
      await lmtp.sendMail({ envelope: { from: 'bench@localhost', to }, raw: `From: bench@localhost\r\nTo: undisclosed-recipients:;\r\nSubject: warm-up\r\nMessage-ID: <warm-${i}@localhost>\r\n\r\nwarm-up\r\n` });
    }
  } finally {
    lmtp.close();
  }
  return all.length;
}
