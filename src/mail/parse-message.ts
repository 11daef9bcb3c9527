// STUB — replaced by the extraction work. Raw RFC 5322 bytes -> ParsedMail (no network I/O).
import { simpleParser } from 'mailparser';
import type { ParsedMail } from '../extract/types.js';

export async function parseMessage(raw: Buffer): Promise<ParsedMail> {
  const m = await simpleParser(raw, { skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
  const addr = (a: unknown) => {
    const v = (a as { value?: { address?: string; name?: string }[] } | undefined)?.value?.[0];
    return v?.address ? { address: v.address.toLowerCase(), name: v.name ?? '' } : null;
  };
  const strip = (s: string) => s.replace(/^<|>$/g, '');
  const headers: Record<string, string> = {};
  for (const line of m.headerLines) headers[line.key] = headers[line.key] ? `${headers[line.key]}\n${line.line}` : line.line;
  return {
    messageId: m.messageId ? strip(m.messageId) : null,
    inReplyTo: m.inReplyTo ? strip(m.inReplyTo) : null,
    references: (Array.isArray(m.references) ? m.references : m.references ? [m.references] : []).map(strip),
    subject: m.subject ?? '',
    from: addr(m.from),
    replyTo: addr(m.replyTo),
    to: [],
    cc: [],
    date: m.date ? m.date.toISOString() : null,
    headers,
    contentType: 'text/plain',
    text: m.text ?? '',
    html: typeof m.html === 'string' ? m.html : null,
    attachments: m.attachments.map((a) => ({ filename: a.filename ?? null, contentType: a.contentType, size: a.size, text: null })),
    parseWarnings: [],
  };
}
