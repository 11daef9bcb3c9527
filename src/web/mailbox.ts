// Reads the students' messages back from the support mailbox over IMAP, for the case page and the
// Errores lane. The worker files every processed message in a Triage folder; the inbound record
// (keys.inbound) says which (`placed`). A message is found there by its Message-ID (SEARCH HEADER).
// One short IMAP session per call; parsed results are cached in memory (bounded).
//
// Safety: message HTML is passed through sanitize-html (no script, no event handlers, no style,
// no iframes/forms/images, links http(s)/mailto only with rel=noopener); the page's CSP forbids
// inline script anyway. Attachments are served as downloads, never rendered.
import { ImapFlow } from 'imapflow';
import { simpleParser, type AddressObject } from 'mailparser';
import sanitizeHtml from 'sanitize-html';
import type { Config } from '../config/index.js';
import { readsCleanly, reparsedAs1252 } from '../mail/parse-message.js';
import { messageKeyOf } from '../queue/queues.js';

export interface AttachmentMeta {
  index: number;
  filename: string;
  contentType: string;
  size: number;
}

export interface ThreadMessage {
  messageId: string | null;
  folder: string;
  uid: number;
  from: string;
  to: string;
  date: string | null;
  subject: string;
  text: string;
  /** Sanitised HTML part, or null when the message had none. */
  safeHtml: string | null;
  attachments: AttachmentMeta[];
}

export interface MessageRef {
  messageId: string;
  folder: string;
}

export interface Attachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface MailboxReader {
  /** The messages found, in the order asked; `missing` lists the Message-IDs not found. */
  readMessages(refs: MessageRef[]): Promise<{ messages: ThreadMessage[]; missing: string[] }>;
  readAttachment(ref: MessageRef, index: number): Promise<Attachment | null>;
  /** A message of `folder` whose messageKeyOf() is `key` (the Errores lane), with its raw source. */
  findByKey(folder: string, key: string): Promise<{ message: ThreadMessage; raw: string; uidValidity: string } | null>;
  /** The server path of a configured folder name ("Triage/Errores" -> "Triage.Errores"). */
  serverPath(name: string): Promise<string>;
}

const MAX_TEXT = 100_000;
const MAX_RAW = 60_000;

export function sanitizeMessageHtml(dirty: string): string {
  return sanitizeHtml(dirty.slice(0, 500_000), {
    allowedTags: ['p', 'br', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'hr', 'a'],
    allowedAttributes: { a: ['href', 'rel', 'target'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }) },
  });
}

function addressText(v: AddressObject | AddressObject[] | undefined): string {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  return list.map((a) => a.text).join(', ');
}

const DISPLAY_OPTIONS = { skipImageLinks: true, skipTextLinks: true } as const;

export async function parseForDisplay(source: Buffer, folder: string, uid: number): Promise<{ message: ThreadMessage; attachments: Attachment[] }> {
  let p = await simpleParser(source, DISPLAY_OPTIONS);
  // Latin-1 bytes under a UTF-8 label come out as U+FFFD: staff see them as the triage read them,
  // as windows-1252 (src/mail/parse-message.ts).
  if ((p.text ?? '').includes('\uFFFD') || (typeof p.html === 'string' && p.html.includes('\uFFFD'))) {
    const again = await reparsedAs1252(source, DISPLAY_OPTIONS);
    if (readsCleanly(again)) p = again;
  }
  const attachments = p.attachments.map((a) => ({ filename: a.filename ?? 'adjunto', contentType: a.contentType ?? 'application/octet-stream', content: a.content }));
  return {
    message: {
      messageId: p.messageId ? p.messageId.replace(/^<|>$/g, '') : null,
      folder,
      uid,
      from: addressText(p.from),
      to: addressText(p.to),
      date: p.date ? p.date.toISOString() : null,
      subject: p.subject ?? '',
      text: (p.text ?? '').slice(0, MAX_TEXT),
      safeHtml: typeof p.html === 'string' && p.html ? sanitizeMessageHtml(p.html) : null,
      attachments: attachments.map((a, index) => ({ index, filename: a.filename, contentType: a.contentType, size: a.content.length })),
    },
    attachments,
  };
}

export class ImapMailboxReader implements MailboxReader {
  private readonly cache = new Map<string, ThreadMessage>();
  private delimiter: string | null = null;

  constructor(private readonly imap: Config['imap']) {}

  private async session<T>(fn: (client: ImapFlow) => Promise<T>): Promise<T> {
    const client = new ImapFlow({
      host: this.imap.host,
      port: this.imap.port,
      secure: this.imap.secure,
      auth: { user: this.imap.user, pass: this.imap.password },
      logger: false,
      disableAutoIdle: true,
    });
    client.on('error', () => {});
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.logout().catch(() => client.close());
    }
  }

  async serverPath(name: string): Promise<string> {
    if (this.delimiter === null) {
      this.delimiter = await this.session(async (client) => (await client.list()).find((m) => m.delimiter)?.delimiter ?? '/');
    }
    return name.split('/').filter(Boolean).join(this.delimiter);
  }

  private async fetchSource(client: ImapFlow, ref: MessageRef): Promise<{ uid: number; source: Buffer } | null> {
    const lock = await client.getMailboxLock(ref.folder, { readOnly: true });
    try {
      const uids = await client.search({ header: { 'message-id': ref.messageId } }, { uid: true });
      const uid = uids && uids.length > 0 ? uids[uids.length - 1]! : null;
      if (uid === null) return null;
      const msg = await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
      return msg && msg.source ? { uid, source: msg.source } : null;
    } catch {
      return null; // folder missing or message gone: shown as "not found"
    } finally {
      lock.release();
    }
  }

  async readMessages(refs: MessageRef[]): Promise<{ messages: ThreadMessage[]; missing: string[] }> {
    const found = new Map<string, ThreadMessage>();
    const todo = refs.filter((r) => {
      const hit = this.cache.get(`${r.folder}\n${r.messageId}`);
      if (hit) found.set(r.messageId, hit);
      return !hit;
    });
    if (todo.length > 0) {
      await this.session(async (client) => {
        for (const ref of todo) {
          const got = await this.fetchSource(client, ref);
          if (!got) continue;
          const { message } = await parseForDisplay(got.source, ref.folder, got.uid);
          found.set(ref.messageId, message);
          this.remember(`${ref.folder}\n${ref.messageId}`, message);
        }
      });
    }
    return {
      messages: refs.map((r) => found.get(r.messageId)).filter((m): m is ThreadMessage => !!m),
      missing: refs.filter((r) => !found.has(r.messageId)).map((r) => r.messageId),
    };
  }

  async readAttachment(ref: MessageRef, index: number): Promise<Attachment | null> {
    return this.session(async (client) => {
      const got = await this.fetchSource(client, ref);
      if (!got) return null;
      const { attachments } = await parseForDisplay(got.source, ref.folder, got.uid);
      return attachments[index] ?? null;
    });
  }

  async findByKey(folder: string, key: string): Promise<{ message: ThreadMessage; raw: string; uidValidity: string } | null> {
    return this.session(async (client) => {
      let lock;
      try {
        lock = await client.getMailboxLock(folder, { readOnly: true });
      } catch {
        return null;
      }
      try {
        const box = client.mailbox;
        if (!box || box.exists === 0) return null;
        const candidates: { uid: number; messageId: string | null }[] = [];
        for await (const m of client.fetch('1:*', { uid: true, envelope: true })) {
          candidates.push({ uid: m.uid, messageId: m.envelope?.messageId ? m.envelope.messageId.replace(/^<|>$/g, '') : null });
        }
        for (const c of candidates) {
          if (c.messageId && messageKeyOf(c.messageId) !== key) continue;
          if (!c.messageId && !key.startsWith('r-')) continue;
          const msg = await client.fetchOne(String(c.uid), { uid: true, source: true }, { uid: true });
          if (!msg || !msg.source) continue;
          if (!c.messageId && messageKeyOf(null, msg.source) !== key) continue;
          const { message } = await parseForDisplay(msg.source, folder, c.uid);
          return { message, raw: msg.source.subarray(0, MAX_RAW).toString('utf8'), uidValidity: String(box.uidValidity) };
        }
        return null;
      } finally {
        lock.release();
      }
    });
  }

  private remember(key: string, m: ThreadMessage): void {
    this.cache.set(key, m);
    if (this.cache.size > 300) this.cache.delete(this.cache.keys().next().value!);
  }
}
