// parseMessage: all ParsedMail fields, malformed MIME never throws, size gate, PDF text bounds.
import { describe, expect, it } from 'vitest';
import { parseMessage, tableAsLabels } from '../../../src/mail/parse-message.js';
import { extractPdfText } from '../../../src/mail/pdf-text.js';
import { makePdf } from '../../fixtures/extraction/gen/mime.js';

const msg = (s: string) => Buffer.from(s.replace(/\n/g, '\r\n'), 'latin1');

describe('parseMessage', () => {
  it('fills every field', async () => {
    const m = await parseMessage(msg(`From: "Ana Ruiz" <Ana.Ruiz1234@alumnos.udg.mx>
To: IMSS <imss@udg.mx>, otro@udg.mx
Cc: grupo: a@b.mx, c@d.mx;
Subject: =?ISO-8859-1?Q?C=F3digo_y_NSS?=
Date: Mon, 3 Feb 2025 10:00:00 -0600
Message-ID: <abc@alumnos.udg.mx>
In-Reply-To: <desk-1@udg.mx>
References: <desk-0@udg.mx> <desk-1@udg.mx>
Received: from a
Received: from b
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

C=F3digo: 219123456
`));
    expect(m.from).toEqual({ address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Ruiz' });
    expect(m.to.map((a) => a.address)).toEqual(['imss@udg.mx', 'otro@udg.mx']);
    expect(m.cc.map((a) => a.address)).toEqual(['a@b.mx', 'c@d.mx']);
    expect(m.subject).toBe('Código y NSS');
    expect(m.messageId).toBe('abc@alumnos.udg.mx');
    expect(m.inReplyTo).toBe('desk-1@udg.mx');
    expect(m.references).toEqual(['desk-0@udg.mx', 'desk-1@udg.mx']);
    expect(m.date).toBe('2025-02-03T16:00:00.000Z');
    expect(m.headers['received']?.split('\n')).toHaveLength(2);
    expect(m.contentType).toBe('text/plain');
    expect(m.text).toContain('Código: 219123456');
    expect(m.parseWarnings).toEqual([]);
  });

  it('HTML-only mail gets text from our converter, table cells on lines', async () => {
    const m = await parseMessage(msg(`From: a@alumnos.udg.mx
Subject: x
Content-Type: text/html; charset=utf-8

<table><tr><td>NSS</td><td>53987417457</td></tr></table><blockquote>CURP: PEGL890909MJCRMS08</blockquote>`));
    expect(m.text.split('\n')).toEqual(['NSS', '53987417457', '> CURP: PEGL890909MJCRMS08']);
    expect(m.html).toContain('<table>');
  });

  const broken: [string, string][] = [
    ['empty', ''],
    ['garbage bytes', '\x00\x01\x02 not a mail'],
    ['unterminated multipart', 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhola'],
    ['bad base64', 'Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!!%%%%'],
    ['unknown charset', 'Content-Type: text/plain; charset=x-nada\r\n\r\nhola'],
  ];
  it.each(broken)('never throws on malformed MIME: %s', async (_l, raw) => {
    const m = await parseMessage(Buffer.from(raw, 'latin1'));
    expect(typeof m.text).toBe('string');
    expect(Array.isArray(m.parseWarnings)).toBe(true);
  });

  it('refuses an oversized message with IMSS_MESSAGE_TOO_LARGE', async () => {
    await expect(parseMessage(Buffer.alloc(2048, 'a'), { maxBytes: 1024 })).rejects.toMatchObject({ code: 'IMSS_MESSAGE_TOO_LARGE' });
  });

  it('reads PDF attachment text; a fake PDF and an image yield null', async () => {
    const pdf = makePdf(['NSS: 53987417457', 'CURP: PEGL890909MJCRMS08']).toString('base64');
    const m = await parseMessage(msg(`From: a@alumnos.udg.mx
Subject: x
Content-Type: multipart/mixed; boundary="b"

--b
Content-Type: text/plain

hola
--b
Content-Type: application/pdf; name="nss.pdf"
Content-Transfer-Encoding: base64

${pdf}
--b
Content-Type: application/pdf; name="falso.pdf"

no soy un pdf
--b
Content-Type: image/png; name="foto.png"
Content-Transfer-Encoding: base64

iVBORw0KGgo=
--b--
`));
    expect(m.contentType).toBe('multipart/mixed');
    expect(m.attachments.map((a) => a.filename)).toEqual(['nss.pdf', 'falso.pdf', 'foto.png']);
    expect(m.attachments[0]!.text).toContain('53987417457');
    expect(m.attachments[1]!.text).toBeNull();
    expect(m.attachments[2]!.text).toBeNull();
    expect(m.parseWarnings).toEqual(['pdf_unreadable: falso.pdf']);
  });

  it('PDF limits: too big or truncated returns null without throwing', async () => {
    const pdf = makePdf(['hola']);
    expect(await extractPdfText(pdf, { maxBytes: 10, maxPages: 1, maxChars: 100, timeoutMs: 1000 })).toBeNull();
    expect(await extractPdfText(pdf.subarray(0, 60))).toBeNull();
  });

  it('PDF time limit: a heavy PDF is cut off near its timeout, not after pdf.js is done with it', async () => {
    // Ten pages sharing one 4.9 MB content stream of short lines: pdf.js reads for seconds, all of
    // it in promise jobs, so a plain timer could fire only once the text was all read.
    const line = 'BT /F1 11 Tf 56 700 Td (NSS 12345678901 lorem ipsum) Tj ET\n';
    const content = line.repeat(Math.floor(4.9e6 / line.length));
    const pages = Array.from({ length: 10 }, (_, i) => `${6 + i} 0 R`).join(' ');
    const objs = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Pages /Kids [${pages}] /Count 10 >>`,
      '<< /Font << /F1 4 0 R >> >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      ...Array.from({ length: 10 }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources 3 0 R /Contents 5 0 R >>'),
    ];
    let out = '%PDF-1.4\n';
    const offsets: number[] = [];
    objs.forEach((o, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
    const xref = out.length;
    out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    await extractPdfText(makePdf(['warm'])); // pdf.js loaded: its load is not the document's time
    const t0 = performance.now();
    expect(await extractPdfText(Buffer.from(out, 'latin1'), { maxBytes: 6e6, maxPages: 10, maxChars: 100_000, timeoutMs: 200 })).toBeNull();
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('PDFs read at the same time each get their own text', async () => {
    const texts = Array.from({ length: 12 }, (_, i) => `NSS del documento ${i}: ${String(53987417400 + i)}`);
    const read = await Promise.all(texts.map((t) => extractPdfText(makePdf([t]))));
    read.forEach((r, i) => expect(r).toContain(texts[i]!.split(': ')[1]));
  });
});

describe('the message as bytes (issue #3, fresh37 set)', () => {
  const withAttachment = (head: string, body: Buffer) => Buffer.concat([
    msg(`From: Ana <ana.ruiz7890@alumnos.udg.mx>\nTo: imss@udg.mx\nSubject: Alta\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1"\n\n--b1\nContent-Type: text/plain; charset=utf-8\n\nLes mando mis datos en el archivo.\n--b1\n${head}\n\n`),
    body,
    msg('\n--b1--\n'),
  ]);

  it("reads a student's text file: Notepad's UTF-16, a .txt sent as octet-stream, Latin-1 with no charset", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Código: 221935987\r\nÑeco', 'utf16le')]).toString('base64');
    const a = await parseMessage(withAttachment('Content-Type: text/plain; name="datos.txt"\nContent-Disposition: attachment; filename="datos.txt"\nContent-Transfer-Encoding: base64', Buffer.from(utf16)));
    expect(a.attachments[0]!.text).toContain('Código: 221935987\r\nÑeco');
    const b = await parseMessage(withAttachment('Content-Type: application/octet-stream; name="datos.txt"\nContent-Disposition: attachment; filename="datos.txt"', Buffer.from('C\xf3digo: 221935987', 'latin1')));
    expect(b.attachments[0]!.text).toBe('Código: 221935987');
  });

  it('does not read an exported WhatsApp chat as the writer\'s text', async () => {
    const chat = Buffer.from('09/01/27, 10:14 - Lupita: Buenos días\r\n09/01/27, 10:20 - Ernesto: código 222572005\r\n');
    const m = await parseMessage(withAttachment('Content-Type: text/plain; name="Chat de WhatsApp con Guardia.txt"\nContent-Disposition: attachment; filename="Chat de WhatsApp con Guardia.txt"', chat));
    expect(m.attachments[0]!.text).toBeNull();
  });

  it('reads an attached message as a forward of it', async () => {
    const inner = Buffer.from('From: Ana <ana.ruiz7890@alumnos.udg.mx>\r\nTo: imss@udg.mx\r\nSubject: Alta IMSS\r\n\r\nCódigo: 221935987\r\n');
    const m = await parseMessage(withAttachment('Content-Type: message/rfc822; name="Alta IMSS.eml"\nContent-Disposition: attachment; filename="Alta IMSS.eml"', inner));
    expect(m.attachments[0]!.text).toMatch(/^---------- Forwarded message ---------\nDe: Ana <ana.ruiz7890@alumnos.udg.mx>\nAsunto: Alta IMSS[\s\S]*Código: 221935987/);
  });

  it('reads Latin-1 bytes labeled UTF-8, or with no charset, as a person sees them', async () => {
    const mislabeled = await parseMessage(msg('From: a@b.mx\nSubject: x\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nLuz Mar\xeda \xd1eco Villase\xf1or\n'));
    expect(mislabeled.text).toContain('Luz María Ñeco Villaseñor');
    expect(mislabeled.parseWarnings).toContain('charset_mislabeled');
    const none = await parseMessage(msg(`From: a@b.mx\nSubject: x\nMIME-Version: 1.0\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n${Buffer.from('Fran\xe7oise Lef\xe8vre', 'latin1').toString('base64')}\n`));
    expect(none.text).toContain('Françoise Lefèvre');
  });

  it('reads UTF-8 "Á" labeled ISO-8859-1 (C3 81, a byte windows-1252 leaves undefined) as bytes the mojibake repair can rebuild (fresh80)', async () => {
    const m = await parseMessage(msg('From: a@b.mx\nSubject: x\nMIME-Version: 1.0\nContent-Type: text/plain; charset="iso-8859-1"\nContent-Transfer-Encoding: 8bit\n\nNombre: \xc3\x81ngela N\xc3\xba\xc3\xb1ez J\xc3\xa1uregui\n'));
    expect(m.text).toContain('\u00c3\u0081ngela');
    expect(m.text).not.toContain('\uFFFD');
    expect(m.parseWarnings).toContain('charset_mislabeled');
  });

  it('shows the raw body of a multipart whose boundary is never met', async () => {
    const m = await parseMessage(msg('From: a@b.mx\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="AB12"\n\n--BA12\nContent-Type: text/plain; charset=utf-8\n\nCódigo: 221935987\n--BA12\nContent-Type: text/html; charset=utf-8\n\n<html><body>Código</body></html>\n--BA12--\n'));
    expect(m.text).toBe('Código: 221935987');
    expect(m.parseWarnings).toContain('multipart_without_parts');
  });
});

describe('an attached message with its PDF (issue #3, fresh42 set)', () => {
  it("reads the attached message's PDFs under it", async () => {
    const inner = Buffer.concat([msg('From: IMSS <serviciosdigitales@imss.gob.mx>\nTo: ana@alumnos.udg.mx\nSubject: NSS\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="i1"\n\n--i1\nContent-Type: text/plain\n\nAdjunto tu documento.\n--i1\nContent-Type: application/pdf; name="nss.pdf"\nContent-Disposition: attachment; filename="nss.pdf"\nContent-Transfer-Encoding: base64\n\n'), Buffer.from(makePdf(['Numero de Seguridad Social (NSS): 04220412342']).toString('base64')), msg('\n--i1--\n')]);
    const outer = Buffer.concat([msg('From: Ana <ana@alumnos.udg.mx>\nTo: imss@udg.mx\nSubject: NSS\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="o1"\n\n--o1\nContent-Type: text/plain\n\nLes adjunto el correo del IMSS.\n--o1\nContent-Type: message/rfc822; name="imss.eml"\nContent-Disposition: attachment; filename="imss.eml"\n\n'), inner, msg('\n--o1--\n')]);
    const m = await parseMessage(outer);
    expect(m.attachments[0]!.text).toContain('04220412342');
  });
});

describe('data sent as files (issue #3, fresh129 set)', () => {
  it("a spreadsheet's rows saved as CSV read as labeled lines; other text as it is", () => {
    expect(tableAsLabels('Nombre;Codigo;NSS;CURP;Correo\r\nVania Landeros Alvarado;230646910;30241223665;LAAV120317MJCNLNA7;vania.landeros5095@alumnos.udg.mx\r\n')).toBe('Nombre: Vania Landeros Alvarado\nCodigo: 230646910\nNSS: 30241223665\nCURP: LAAV120317MJCNLNA7\nCorreo: vania.landeros5095@alumnos.udg.mx');
    expect(tableAsLabels('Hola, mis datos:\nNombre: Ana Ruiz')).toBe('Hola, mis datos:\nNombre: Ana Ruiz');
  });
  it('a web page saved as an attached .html file is read as its text', async () => {
    const page = '<html><body><table><tr><td><b>Nombre completo</b></td><td>Joel Abarca Rivas</td></tr><tr><td><b>NSS</b></td><td>37241336033</td></tr></table></body></html>';
    const raw = Buffer.from(['From: Joel <joel.abarca5468@alumnos.udg.mx>', 'To: imss@udg.mx', 'Subject: alta', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Content-Type: text/plain; charset=utf-8', '', ' ', '--b', 'Content-Type: text/html; charset=utf-8; name="Formulario.html"', 'Content-Disposition: attachment; filename="Formulario.html"', '', page, '--b--', ''].join('\r\n'));
    const m = await parseMessage(raw);
    expect(m.attachments[0]!.text).toContain('Joel Abarca Rivas');
    expect(m.attachments[0]!.text).toContain('37241336033');
  });
});
