// Raw RFC 5322 bytes -> ParsedMail (no network I/O). mailparser's simpleParser with link
// detection and HTML<->text conversion turned off (both have blocked the event loop on hostile
// input); HTML-only mail is converted by our own linear htmlToText. PDF attachments are read
// with bounded pdf.js. Malformed MIME never throws: what could be read is returned with a
// parseWarning. Only an oversized message is refused (IMSS_MESSAGE_TOO_LARGE, not retryable).
import { simpleParser, type AddressObject, type ParsedMail as MpParsed } from 'mailparser';
import { ERROR_CODES, TriageError } from '../errors.js';
import { htmlToText } from '../extract/html-to-text.js';
import type { Address, AttachmentInfo, ParsedMail } from '../extract/types.js';
import iconv from 'iconv-lite';
import { extractPdfText, DEFAULT_PDF_LIMITS, type PdfLimits } from './pdf-text.js';

export const DEFAULT_MAX_BYTES = 30 * 1024 * 1024;
const MAX_HTML_CHARS = 2_000_000;
const MAX_PDFS = 3;

export interface ParseOptions {
  maxBytes?: number;
  pdf?: PdfLimits;
  /** An attached message is read without its own attachments (internal: one level deep). */
  nested?: boolean;
}

// A student's own text file (Notepad's UTF-16, a .txt sent as octet-stream) is read; bounded.
const MAX_TEXT_ATTACHMENT_BYTES = 256 * 1024;
const MAX_TEXT_ATTACHMENTS = 3;
// An attached message (Outlook's and Gmail's "forward as attachment"): read like a forward.
const MAX_MESSAGE_ATTACHMENTS = 2;

const isTextAttachment = (a: { contentType?: string; filename?: string }) =>
  /^text\/(?:plain|csv)\b/i.test(a.contentType ?? '') || /\.(?:txt|csv)$/i.test(a.filename ?? '');
// A web page she saved as a file (a form's page): read as its text, like an HTML-only mail.
const isHtmlAttachment = (a: { contentType?: string; filename?: string }) => !!a.filename && (/^text\/html\b/i.test(a.contentType ?? '') || /\.html?$/i.test(a.filename));

/**
 * A spreadsheet's rows saved as text ("Nombre;Codigo;NSS;CURP;Correo" over one row of values, by
 * semicolons, commas or tabs): each header beside its value ("Nombre: ..."), as a form would write
 * them. Any other text as it is.
 */
export function tableAsLabels(text: string): string {
  const rows = text.replace(/\r\n?/g, '\n').split('\n').filter((l) => l.trim());
  if (rows.length !== 2) return text;
  const sep = [';', '\t', ',', '|'].find((c) => rows[0]!.split(c).length >= 3 && rows[0]!.split(c).length === rows[1]!.split(c).length);
  if (!sep) return text;
  const head = rows[0]!.split(sep).map((c) => c.trim().replace(/^"|"$/g, ''));
  const values = rows[1]!.split(sep).map((c) => c.trim().replace(/^"|"$/g, ''));
  // (A header row holds words, not numbers.)
  if (head.some((h) => !/\p{L}/u.test(h) || /\d{4}/.test(h))) return text;
  return head.map((h, k) => `${h}: ${values[k]}`).join('\n');
}
const isMessageAttachment = (a: { contentType?: string; filename?: string }) =>
  /^message\/rfc822\b/i.test(a.contentType ?? '') || /\.eml$/i.test(a.filename ?? '');

/**
 * The text of a text file: a byte-order mark or NUL bytes say UTF-16; else the declared charset,
 * else UTF-8 when it decodes cleanly, else windows-1252 (Notepad's "ANSI").
 */
export function decodeTextFile(content: Buffer, charset?: string): string {
  if (content[0] === 0xff && content[1] === 0xfe) return iconv.decode(content.subarray(2), 'utf16le');
  if (content[0] === 0xfe && content[1] === 0xff) return iconv.decode(content.subarray(2), 'utf16be');
  if (content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf) return content.subarray(3).toString('utf8');
  const head = content.subarray(0, 400);
  let oddNul = 0;
  let evenNul = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) (i % 2 ? oddNul++ : evenNul++);
  if (oddNul > head.length / 4) return iconv.decode(content, 'utf16le');
  if (evenNul > head.length / 4) return iconv.decode(content, 'utf16be');
  if (charset && !/^(?:utf-?8|us-ascii|ascii)$/i.test(charset) && iconv.encodingExists(charset)) return iconv.decode(content, charset);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return iconv.decode(content, 'win1252');
  }
}

// A line of an exported WhatsApp chat: "09/01/27, 10:14 - Lupita CSE: ...", "[9/1/27 10:14:05] Ana: ...".
const CHAT_EXPORT_LINE = /^\[?\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?\s?m\.?)?\]?(?: -)? [^:\n]{1,40}: /gim;

/** An attached message as a forward would show it, for the extraction to weigh like one. */
function asForward(inner: ParsedMail): string {
  const who = (a: { address: string; name: string } | null) => (a ? (a.name ? `${a.name} <${a.address}>` : a.address) : '');
  return [
    '---------- Forwarded message ---------',
    `De: ${who(inner.from)}`,
    `Asunto: ${inner.subject}`,
    `Para: ${inner.to.map(who).join(', ')}`,
    '',
    inner.text || (inner.html ? htmlToText(inner.html, MAX_HTML_CHARS) : ''),
    // Its PDFs' text, under it: part of what was forwarded.
    ...inner.attachments.flatMap((a) => (a.text ? ['', a.text] : [])),
  ].join('\n');
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

const SIMPLE_PARSER_OPTIONS = {
  skipTextToHtml: true,
  skipTextLinks: true,
  skipImageLinks: true,
  skipHtmlToText: true,
  keepCidLinks: true,
  maxHtmlLengthToParse: MAX_HTML_CHARS,
  // No attachment is ever compared by its checksum here: mailparser's md5 of every attachment
  // (PDFs, scans) is work for nothing.
  checksumAlgo: false,
} as const;

/**
 * The message parsed again with every text part's charset (UTF-8, US-ASCII or none) read as
 * windows-1252 (with `options`: the web app's own reading for display).
 */
export async function reparsedAs1252(raw: Buffer, options: Parameters<typeof simpleParser>[1] = SIMPLE_PARSER_OPTIONS): Promise<MpParsed | null> {
  let s = raw.toString('latin1')
    .replace(/(charset\s*=\s*)"?(?:utf-?8|us-ascii|ascii|x-user-defined)"?/gi, '$1windows-1252')
    .replace(/^(content-type\s*:\s*text\/[a-z]+)(?![^\r\n]*charset)/gim, '$1; charset=windows-1252');
  const headerEnd = s.search(/\r?\n\r?\n/);
  if (headerEnd >= 0 && !/^content-type\s*:/im.test(s.slice(0, headerEnd))) s = `Content-Type: text/plain; charset=windows-1252\r\n${s}`;
  return parsedOrNull(s, options);
}

/** The message's bytes (as latin1 text, labels rewritten) parsed again, or null when mailparser gives up. */
async function parsedOrNull(latin1: string, options: Parameters<typeof simpleParser>[1]): Promise<MpParsed | null> {
  try {
    return await simpleParser(Buffer.from(latin1, 'latin1'), options);
  } catch {
    return null;
  }
}

/**
 * The message parsed again with every part labelled ISO-8859-1 or windows-1252 read as true
 * ISO-8859-1 ("binary": bytes 0x80-0x9F kept as C1 controls, which windows-1252 leaves undefined
 * for 0x81, 0x8D, 0x8F, 0x90 and 0x9D and decodes to U+FFFD).
 */
async function reparsedAsLatin1(raw: Buffer): Promise<MpParsed | null> {
  return parsedOrNull(raw.toString('latin1').replace(/(charset\s*=\s*)"?(?:iso-?8859-1|latin-?1|l1|windows-1252|cp1252)"?/gi, '$1binary'), SIMPLE_PARSER_OPTIONS);
}

/** A reading whose text holds no U+FFFD: the charset it was given fits. */
export const readsCleanly = (p: MpParsed | null): p is MpParsed => p !== null && !(p.text ?? '').includes('\uFFFD');

/** The body after the header block as text, boundary and part-header lines dropped, cut before any HTML. */
function rawBodyText(raw: Buffer): string {
  const at = raw.indexOf('\n\n') >= 0 ? raw.indexOf('\n\n') + 2 : raw.indexOf('\r\n\r\n') >= 0 ? raw.indexOf('\r\n\r\n') + 4 : -1;
  if (at < 0) return '';
  const body = decodeTextFile(raw.subarray(at, at + 256 * 1024)).replace(/\r\n?/g, '\n');
  const html = body.search(/<html\b|<body\b|<div\b/i);
  return (html >= 0 ? body.slice(0, html) : body)
    .split('\n')
    .filter((l) => !/^--\S+\s*$/.test(l) && !/^content-[a-z-]+\s*:/i.test(l))
    .join('\n')
    .trim();
}

/**
 * The bytes hold a blank line ("\n\n" or "\r\n\r\n"): found from the first newlines on, where
 * the header block ends, instead of searching the whole message (attachments and all) for each.
 */
function hasBlankLine(raw: Buffer): boolean {
  for (let i = raw.indexOf(0x0a); i >= 0; i = raw.indexOf(0x0a, i + 1)) {
    if (raw[i + 1] === 0x0a || (raw[i - 1] === 0x0d && raw[i + 1] === 0x0d && raw[i + 2] === 0x0a)) return true;
  }
  return false;
}

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
    m = await simpleParser(raw, SIMPLE_PARSER_OPTIONS);
  } catch (err) {
    return emptyMail(`mime_unreadable: ${(err as Error).message}`.slice(0, 200));
  }
  const parseWarnings: string[] = [];
  let html = typeof m.html === 'string' ? m.html : null;
  let text = m.text ?? '';
  // Bytes that are not what the part says (Latin-1 labeled UTF-8 or US-ASCII, no charset at all):
  // read again as windows-1252, as a person would see them (real UTF-8 read so comes out as the
  // mojibake the extraction repairs).
  // UTF-8 bytes under a Latin-1 label whose "Á" or "Í" (C3 81, C3 8D) windows-1252 cannot show:
  // read as true ISO-8859-1, so that the extraction's mojibake repair rebuilds the letter
  // ("Ã\x81ngela"). At most two more readings, each bounded like the first.
  if (text.includes('\uFFFD') || html?.includes('\uFFFD')) {
    const again = await reparsedAs1252(raw);
    const better = readsCleanly(again) ? again : await reparsedAsLatin1(raw);
    if (readsCleanly(better)) {
      text = better.text ?? text;
      if (typeof better.html === 'string') html = better.html;
      parseWarnings.push('charset_mislabeled');
    }
  }
  if (!text.trim() && html) text = htmlToText(html, MAX_HTML_CHARS);
  // A multipart whose boundary is never met (misspelt in the body): a client shows the raw body,
  // and so do we, without the part headers and from before any HTML.
  if (!text.trim() && !html && !m.attachments?.length && /^multipart\//i.test(topContentType(m))) {
    text = rawBodyText(raw);
    if (text) parseWarnings.push('multipart_without_parts');
  }
  if ((m as { textConversionError?: Error }).textConversionError) parseWarnings.push('html_too_long');
  if (!hasBlankLine(raw)) parseWarnings.push('no_header_body_separator');
  if (!m.headerLines?.length) parseWarnings.push('no_headers');

  const attachments: AttachmentInfo[] = [];
  let pdfs = 0;
  let texts = 0;
  let messages = 0;
  for (const a of m.attachments ?? []) {
    const info: AttachmentInfo = { filename: a.filename ?? null, contentType: (a.contentType ?? 'application/octet-stream').toLowerCase(), size: a.size ?? a.content?.length ?? 0, text: null };
    if (!a.content) {
      // Nothing to read.
    } else if (options.nested && !isPdfAttachment(a)) {
      // An attached message's own attachments are listed, not read: but for its PDFs (the IMSS's
      // mail with its NSS document, forwarded as an attachment).
    } else if (!options.nested && isMessageAttachment(a) && messages < MAX_MESSAGE_ATTACHMENTS) {
      messages++;
      const inner = await parseMessage(a.content, { ...options, nested: true });
      info.text = inner.from || inner.text ? asForward(inner) : null;
    } else if (!options.nested && isTextAttachment(a) && a.content.length <= MAX_TEXT_ATTACHMENT_BYTES && texts < MAX_TEXT_ATTACHMENTS) {
      texts++;
      const ct = a.headers?.get('content-type') as { params?: { charset?: string } } | undefined;
      const text = decodeTextFile(a.content, ct?.params?.charset);
      // Not an exported chat ("Chat de WhatsApp con ....txt"): other people's words, not the writer's.
      info.text = /^chat de whatsapp|^whatsapp chat/i.test(info.filename ?? '') || (text.match(CHAT_EXPORT_LINE) ?? []).length >= 2 ? null : tableAsLabels(text);
    } else if (!options.nested && isHtmlAttachment(a) && a.content.length <= MAX_TEXT_ATTACHMENT_BYTES && texts < MAX_TEXT_ATTACHMENTS) {
      texts++;
      const ct = a.headers?.get('content-type') as { params?: { charset?: string } } | undefined;
      info.text = htmlToText(decodeTextFile(a.content, ct?.params?.charset), MAX_HTML_CHARS) || null;
    } else if (isPdfAttachment(a) && pdfs < MAX_PDFS) {
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
