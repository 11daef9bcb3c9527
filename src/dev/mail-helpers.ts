// Mail helpers for tests and the demo, over the local stack's real servers: deliver as an MTA
// would (LMTP), compose RFC 5322 messages, read mailboxes back over IMAP.
//
// Values returned by listMessages are as the message carries them: messageId, inReplyTo and
// references keep their angle brackets; header values are unfolded but not MIME-decoded, keyed
// by lowercased name, repeated headers joined with "\n".
import { ImapFlow } from 'imapflow';
import { simpleParser, type AddressObject } from 'mailparser';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { DovecotServer } from './dovecot-server.js';

/** Anything that carries a running Dovecot: a LocalStack, or an object built around one. */
export interface MailStack {
  readonly dovecot: DovecotServer;
}

export interface DeliverInput {
  from: string;
  to: string | string[];
  raw: Buffer | string;
}

/** Hands a message to Dovecot over LMTP, as the university MTA would; throws if any recipient is refused. */
export async function deliverLmtp(stack: MailStack, { from, to, raw }: DeliverInput): Promise<void> {
  const recipients = Array.isArray(to) ? to : [to];
  const transport = nodemailer.createTransport({
    host: stack.dovecot.host, port: stack.dovecot.lmtpPort, lmtp: true, ignoreTLS: true, name: 'mta.localhost',
  });
  try {
    const info = await transport.sendMail({ envelope: { from, to: recipients }, raw });
    if (info.rejected.length > 0) throw new Error(`LMTP refused ${info.rejected.join(', ')}`);
  } finally {
    transport.close();
  }
}

export interface ComposeInput {
  from: string;
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string | string[];
  date?: Date;
  headers?: Record<string, string>;
}

/** Builds a raw RFC 5322 message with nodemailer's MailComposer (async: MIME is built as a stream). */
export async function composeMessage(input: ComposeInput): Promise<Buffer> {
  const composer = new MailComposer({
    from: input.from,
    to: input.to,
    subject: input.subject,
    text: input.text,
    ...(input.html !== undefined ? { html: input.html } : {}),
    ...(input.messageId !== undefined ? { messageId: input.messageId } : {}),
    ...(input.inReplyTo !== undefined ? { inReplyTo: input.inReplyTo } : {}),
    ...(input.references !== undefined ? { references: input.references } : {}),
    ...(input.date !== undefined ? { date: input.date } : {}),
    ...(input.headers !== undefined ? { headers: input.headers } : {}),
  });
  return composer.compile().build();
}

/** A logged-in imapflow client for `user` (logger off, auto-IDLE at its default). Caller logs out. */
export async function connectImap(
  stack: MailStack,
  user: string,
  options: { autoIdleDelay?: number; maxIdleTime?: number } = {},
): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: stack.dovecot.host,
    port: stack.dovecot.imapPort,
    secure: false,
    auth: { user, pass: stack.dovecot.password },
    logger: false,
    ...options,
  });
  // An 'error' without a listener would crash the test process; close follows it anyway.
  client.on('error', () => {});
  await client.connect();
  return client;
}

async function withClient<T>(stack: MailStack, user: string, fn: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = await connectImap(stack, user);
  try {
    return await fn(client);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

export interface MailboxMessage {
  uid: number;
  messageId: string | undefined;
  inReplyTo: string | undefined;
  references: string[];
  subject: string;
  /** First From address, as written. */
  from: string | undefined;
  headers: Record<string, string>;
  text: string;
  /** System flags (\Seen, \Answered, ...). */
  flags: string[];
  /** User keywords (everything without a leading backslash). */
  keywords: string[];
}

function firstAddress(value: AddressObject | AddressObject[] | undefined): string | undefined {
  const obj = Array.isArray(value) ? value[0] : value;
  return obj?.value[0]?.address;
}

function headerRecord(lines: ReadonlyArray<{ key: string; line: string }>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { key, line } of lines) {
    const value = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
    headers[key] = headers[key] === undefined ? value : `${headers[key]}\n${value}`;
  }
  return headers;
}

/** Every message of `mailbox`, read-only (EXAMINE, BODY.PEEK): reading changes no flag. */
export async function listMessages(stack: MailStack, user: string, mailbox = 'INBOX'): Promise<MailboxMessage[]> {
  return withClient(stack, user, async (client) => {
    const box = await client.mailboxOpen(mailbox, { readOnly: true });
    if (box.exists === 0) return [];
    const fetched: Array<{ uid: number; flags: Set<string>; source: Buffer }> = [];
    // Collect first, parse after: no other command may run inside the fetch iterator.
    for await (const msg of client.fetch('1:*', { uid: true, flags: true, source: true })) {
      if (msg.source) fetched.push({ uid: msg.uid, flags: msg.flags ?? new Set(), source: msg.source });
    }
    const result: MailboxMessage[] = [];
    for (const { uid, flags, source } of fetched) {
      const parsed = await simpleParser(source, { skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
      const refs = parsed.references;
      result.push({
        uid,
        messageId: parsed.messageId,
        inReplyTo: parsed.inReplyTo,
        references: Array.isArray(refs) ? refs : refs ? [refs] : [],
        subject: parsed.subject ?? '',
        from: firstAddress(parsed.from),
        headers: headerRecord(parsed.headerLines),
        text: parsed.text ?? '',
        flags: [...flags].filter((f) => f.startsWith('\\')),
        keywords: [...flags].filter((f) => !f.startsWith('\\')),
      });
    }
    return result.sort((a, b) => a.uid - b.uid);
  });
}

export interface FolderInfo {
  path: string;
  name: string;
  delimiter: string;
  specialUse: string | undefined;
  flags: string[];
  subscribed: boolean;
}

/** The user's folders as LIST reports them, with the server's hierarchy delimiter. */
export async function listFolders(stack: MailStack, user: string): Promise<FolderInfo[]> {
  return withClient(stack, user, async (client) => {
    const list = await client.list();
    return list.map((f) => ({
      path: f.path,
      name: f.name,
      delimiter: f.delimiter,
      specialUse: f.specialUse,
      flags: [...f.flags],
      subscribed: f.subscribed,
    }));
  });
}

/**
 * Polls `predicate` until it returns a truthy value and resolves with it; rejects after
 * `timeoutMs` (default 5000) with the last error the predicate threw, if any.
 */
export async function waitFor<T>(
  predicate: () => T | Promise<T>,
  { timeoutMs = 5_000, intervalMs = 50, what = 'condition' }: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value as NonNullable<T>;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      throw new Error(`waitFor: ${what} not met within ${timeoutMs} ms`, { cause: lastError });
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
