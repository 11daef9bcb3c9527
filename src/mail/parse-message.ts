// Raw RFC 5322 bytes -> ParsedMail (no network I/O). mailparser's simpleParser with link
// detection and HTML<->text conversion turned off (both have blocked the event loop on hostile
// input); HTML-only mail is converted by our own linear htmlToText. PDF attachments are read
// with bounded pdf.js. Malformed MIME never throws: what could be read is returned with a
// parseWarning. Only an oversized message is refused (IMSS_MESSAGE_TOO_LARGE, not retryable).
import { simpleParser, type AddressObject, type ParsedMail as MpParsed } from 'mailparser';
import { ERROR_CODES, TriageError } from '../errors.js';
import { htmlToText } from '../extract/html-to-text.js';
import type { Address, AttachmentInfo, ParsedMail } from '../extract/types.js';
import { extractPdfText, DEFAULT_PDF_LIMITS, type PdfLimits } from './pdf-text.js';

export const DEFAULT_MAX_BYTES = 30 * 1024 * 1024;
const MAX_HTML_CHARS = 2_000_000;
const MAX_PDFS = 3;

export interface ParseOptions {
  maxBytes?: number;
  pdf?: PdfLimits;
}

const stripBrackets = (s: string) => s.trim().replace(/^<|>$/g, '');
/**
 * A msg-id without its brackets, or null when it is not one: mailparser decodes encoded-words
 * even in Message-ID, so a hostile id can hold CR/LF, spaces or brackets, and it would go on into
 * the reply's In-Reply-To/References. Bounded too (998 is the header line limit).
 */
const msgId = (s: string | undefined): string | null => {
  const id = s ? stripBrackets(s) : '';
  return id && id.length <= 998 && !/[\s\u0000-\u001f\u007f<>]/.test(id) ? id : null;
};

function addresses(field: AddressObject | AddressObject[] | undefined): Address[] {
  const out: Address[] = [];
  for (const obj of Array.isArray(field) ? field : field ? [field] : []) visitAddresses(obj.value ?? [], out);
  return out;
}

type AddressEntry = { address?: string; name?: string; group?: unknown[] };
function visitAddresses(list: readonly AddressEntry[], out: Address[]): void {
  for (const a of list) {
    if (Array.isArray(a.group)) visitAddresses(a.group as AddressEntry[], out);
    else if (a.address) out.push({ address: a.address.toLowerCase(), name: a.name ?? '' });
  }
}

function headerMap(m: MpParsed): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of m.headerLines ?? []) {
    const key = line.key.toLowerCase();
    headers[key] = headers[key] === undefined ? line.line : `${headers[key]}\n${line.line}`;
  }
  return headers;
}

function topContentType(m: MpParsed): string {
  const ct = m.headers?.get('content-type') as { value?: string } | string | undefined;
  const value = typeof ct === 'string' ? ct : ct?.value;
  return (value ?? 'text/plain').split(';')[0]!.trim().toLowerCase() || 'text/plain';
}

const isPdfAttachment = (a: { contentType?: string; filename?: string }) =>
  /pdf/i.test(a.contentType ?? '') || /\.pdf$/i.test(a.filename ?? '') || a.contentType === 'application/octet-stream';

/** A header-only reading for input mailparser could not handle at all. */
function emptyMail(warning: string): ParsedMail {
  return {
    messageId: null, inReplyTo: null, references: [], subject: '', from: null, replyTo: null, to: [], cc: [],
    date: null, headers: {}, contentType: 'text/plain', text: '', html: null, attachments: [], parseWarnings: [warning],
  };
}

export async function parseMessage(raw: Buffer, options: ParseOptions = {}): Promise<ParsedMail> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (raw.length > maxBytes) {
    throw new TriageError(ERROR_CODES.IMSS_MESSAGE_TOO_LARGE, `message is ${raw.length} bytes (limit ${maxBytes})`, false);
  }
  let m: MpParsed;
  try {
    m = await simpleParser(raw, {
      skipTextToHtml: true,
      skipTextLinks: true,
      skipImageLinks: true,
      skipHtmlToText: true,
      keepCidLinks: true,
      maxHtmlLengthToParse: MAX_HTML_CHARS,
    });
  } catch (err) {
    return emptyMail(`mime_unreadable: ${(err as Error).message}`.slice(0, 200));
  }
  const parseWarnings: string[] = [];
  const html = typeof m.html === 'string' ? m.html : null;
  let text = m.text ?? '';
  if (!text.trim() && html) text = htmlToText(html, MAX_HTML_CHARS);
  if ((m as { textConversionError?: Error }).textConversionError) parseWarnings.push('html_too_long');
  if (!raw.includes('\n\n') && !raw.includes('\r\n\r\n')) parseWarnings.push('no_header_body_separator');
  if (!m.headerLines?.length) parseWarnings.push('no_headers');

  const attachments: AttachmentInfo[] = [];
  let pdfs = 0;
  for (const a of m.attachments ?? []) {
    const info: AttachmentInfo = { filename: a.filename ?? null, contentType: (a.contentType ?? 'application/octet-stream').toLowerCase(), size: a.size ?? a.content?.length ?? 0, text: null };
    if (isPdfAttachment(a) && a.content && pdfs < MAX_PDFS) {
      pdfs++;
      info.text = await extractPdfText(a.content, options.pdf ?? DEFAULT_PDF_LIMITS);
      if (info.text === null && /pdf/i.test(info.contentType)) parseWarnings.push(`pdf_unreadable: ${info.filename ?? 'sin nombre'}`);
    }
    attachments.push(info);
  }
  const from = addresses(m.from)[0] ?? null;
  const refs = Array.isArray(m.references) ? m.references : m.references ? [m.references] : [];
  return {
    messageId: msgId(m.messageId),
    inReplyTo: msgId(m.inReplyTo),
    references: refs.flatMap((r) => r.split(/\s+/)).map(msgId).filter((r): r is string => r !== null),
    subject: m.subject ?? '',
    from,
    replyTo: addresses(m.replyTo)[0] ?? null,
    to: addresses(m.to),
    cc: addresses(m.cc),
    date: m.date && !Number.isNaN(m.date.getTime()) ? m.date.toISOString() : null,
    headers: headerMap(m),
    contentType: topContentType(m),
    text,
    html,
    attachments,
    parseWarnings,
  };
}
