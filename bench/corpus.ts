// Benchmark corpus: realistic student mail to the desk, generated deterministically (seeded).
// Mix (by default): 45% complete, 35% incomplete, 10% follow-ups on an earlier incomplete case of
// the same student (half threaded with In-Reply-To/References = the desk's reply to it, half the
// same sender in a new thread), 10% automatic mail (out-of-office, bounce, newsletter).
// Sizes like real mail: Received/DKIM headers, signatures, about half multipart/alternative with
// an HTML part of a few KB (Outlook-style styles), about 10% with a ~200 KB PDF attachment (text
// layer + an embedded scan image, as an IMSS "constancia" looks).
// Identifiers are valid: CURP built from the name by the published rules with the check digit of
// src/extract/curp.ts, NSS with the Luhn digit of src/extract/nss.ts, birth years that agree.
//
// `node --import tsx bench/corpus.ts --check 400` runs parseMessage + triageMessage over a sample
// and prints the decision per generated kind (complete must come out complete, and so on).
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { curpCheckDigit } from '../src/extract/curp.js';
import { nssCheckDigit } from '../src/extract/nss.js';
import { replyMessageId } from '../src/queue/outbox.js';
import { messageKeyOf } from '../src/queue/queues.js';
import { rng, type Rng } from '../tests/fixtures/extraction/gen/people.js';

export type BenchKind = 'complete' | 'incomplete' | 'followup' | 'automatic';

export interface BenchMessage {
  index: number;
  kind: BenchKind;
  /** Envelope sender. */
  from: string;
  /** Message-ID without angle brackets. */
  messageId: string;
  raw: Buffer;
  hasPdf: boolean;
  hasHtml: boolean;
}

export interface CorpusOptions {
  seed?: number;
  /** The desk address the mail is written to (and whose replies follow-ups answer). */
  desk?: string;
  /** Distinguishes corpora generated for different runs (Message-IDs, addresses). */
  tag?: string;
  mix?: { complete: number; incomplete: number; followup: number; automatic: number };
  pdfShare?: number;
  htmlShare?: number;
  /** Fixed Date header base (ms); default: now. */
  dateBase?: number;
}



// Names without particles or MARIA/JOSE prefixes: the CURP key is then the plain rule.
const GIVEN_F = ['Ximena', 'Sofía', 'Valeria', 'Ana Paola', 'Itzel', 'Karla Sofía', 'Andrea', 'Renata', 'Camila', 'Daniela', 'Paulina', 'Fátima', 'Regina', 'Mariana', 'Lucía', 'Citlali', 'Brenda Elizabeth', 'Alejandra', 'Monserrat', 'Dulce'];
const GIVEN_M = ['Diego', 'Ángel', 'Luis Ángel', 'Jesús', 'Brandon', 'Yahir', 'Óscar', 'Emiliano', 'Santiago', 'Carlos Eduardo', 'Jorge', 'Iván', 'Héctor Manuel', 'Rodrigo', 'Alan', 'Ulises', 'Fernando', 'Kevin Alejandro', 'Saúl', 'Sebastián'];
const SURNAMES = ['López', 'García', 'Hernández', 'Martínez', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz', 'Núñez', 'Ibarra', 'Ochoa', 'Uribe', 'Aguilar', 'Ávila', 'Muñoz', 'Peña', 'Orozco', 'Zúñiga', 'Villaseñor', 'Castañeda', 'Gutiérrez', 'Mendoza', 'Quintero', 'Esparza', 'Barajas', 'Delgado', 'Ruvalcaba', 'Lozano', 'Ortiz', 'Fregoso', 'Alcalá', 'Becerra', 'Jiménez', 'Vázquez'];
const STATES = ['JC', 'JC', 'JC', 'JC', 'MN', 'NT', 'ZS', 'AS', 'CL', 'GT', 'DF', 'MC', 'SL', 'BC', 'SR'];
const INCONVENIENT = new Set('BACA BAKA BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COGI COJA COJE COJI COJO COLA CULO FALO FETO GETA GUEI GUEY JETA JOTO KACA KACO KAGA KAGO KAKA KAKO KOGE KOGI KOJA KOJE KOJI KOJO KOLA KULO LILO LOCA LOCO LOKA LOKO MAME MAMO MEAR MEAS MEON MIAR MION MOCO MOKO MULA MULO NACA NACO PEDA PEDO PENE PIPI PITO POPO PUTA PUTO QULO RATA ROBA ROBE ROBO RUIN SENO TETA VACA VAGA VAGO VAKA VUEI VUEY WUEI WUEY'.split(' '));

const fold = (s: string) => s.toUpperCase().replace(/Ñ/g, 'X').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Z ]/g, '');
const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
function internal(word: string, vowel: boolean): string {
  for (let i = 1; i < word.length; i++) if ('AEIOU'.includes(word[i]!) === vowel) return word[i]!;
  return 'X';
}

export interface Student {
  given: string;
  first: string;
  second: string;
  name: string;
  curp: string;
  nss: string;
  code: string;
  email: string;
}

/** An invented student whose CURP, NSS and code pass every check (null if the name spells an inconvenient word). */
function makeStudent(r: Rng, id: string): Student | null {
  const female = r.chance(0.5);
  const given = r.pick(female ? GIVEN_F : GIVEN_M);
  const first = r.pick(SURNAMES);
  let second = r.pick(SURNAMES);
  while (second === first) second = r.pick(SURNAMES);
  const g = fold(given).split(' ')[0]!;
  const s1 = fold(first);
  const s2 = fold(second);
  const key = s1[0]! + internal(s1, true) + s2[0]! + g[0]!;
  if (INCONVENIENT.has(key)) return null;
  const year = r.int(1999, 2006);
  const month = r.int(1, 12);
  const day = r.int(1, 28);
  const first17 = `${key}${pad(year % 100)}${pad(month)}${pad(day)}${female ? 'M' : 'H'}${r.pick(STATES)}${internal(s1, false)}${internal(s2, false)}${internal(g, false)}${year < 2000 ? '0' : 'A'}`;
  const curp = first17 + String(curpCheckDigit(first17));
  const reg = r.int(Math.max(year + 1, 2015), 2024);
  const nss10 = `${pad(r.int(1, 96))}${pad(reg % 100)}${pad(year % 100)}${pad(r.int(0, 9999), 4)}`;
  const nss = nss10 + String(nssCheckDigit(nss10));
  const code = `2${pad(r.int(18, 24))}${pad(r.int(0, 999_999), 6)}`;
  const email = `${ascii(given.split(' ')[0]!)}.${ascii(first)}${id}@alumnos.udg.mx`;
  return { given, first, second, name: `${given} ${first} ${second}`, curp, nss, code, email };
}

// --- PDF: one page of text (the student's data) and a ~190 KB image stream (a scan). ---------
let scanBlob: Buffer | null = null;
function scan(): Buffer {
  if (scanBlob) return scanBlob;
  const r = rng(4242);
  const b = Buffer.alloc(190_000);
  for (let i = 0; i < b.length; i++) b[i] = Math.floor(r.next() * 256);
  b[0] = 0xff; b[1] = 0xd8; // looks like a JPEG; never decoded for text
  return (scanBlob = b);
}

export function makePdf(lines: readonly string[]): Buffer {
  const esc = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\\()]/g, (c) => '\\' + c);
  const content = ['q 400 0 0 300 100 300 cm /Im1 Do Q', 'BT', '/F1 11 Tf', '14 TL', '56 780 Td', ...lines.map((l) => `(${esc(l)}) Tj T*`), 'ET'].join('\n');
  const img = scan();
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let size = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    size += buf.length;
  };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const objs: (string | [string, Buffer])[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    [`<< /Type /XObject /Subtype /Image /Width 1240 /Height 930 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${img.length} >>\nstream\n`, img],
  ];
  objs.forEach((o, i) => {
    offsets.push(size);
    if (typeof o === 'string') push(`${i + 1} 0 obj\n${o}\nendobj\n`);
    else {
      push(`${i + 1} 0 obj\n${o[0]}`);
      push(o[1]);
      push('\nendstream\nendobj\n');
    }
  });
  const xref = size;
  push(`xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => String(o).padStart(10, '0') + ' 00000 n \n').join('')}`);
  push(`trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

// --- Bodies -----------------------------------------------------------------------------------
const GREET = ['Buenas tardes,', 'Buen día.', 'Hola, buenas noches', 'Buenos días, espero se encuentren bien.', 'Hola'];
const STORY = [
  'Revisé en IMSS Digital y no aparezco vigente, por eso les escribo.',
  'Me comunico porque no tengo servicio médico y necesito ir a la clínica.',
  'Ya pasó más de un mes desde que entregué mis papeles y sigo sin vigencia.',
  'Me pidieron en mi servicio social la constancia de vigencia del IMSS y no me aparece.',
  'Quisiera saber cómo darme de alta en el seguro facultativo.',
];
const CLOSE = ['Gracias de antemano.', 'Quedo atenta, gracias.', 'Saludos cordiales.', 'Muchas gracias por su atención.', 'Gracias'];
const SIGNATURE = (s: Student) => `--\n${s.name}\nLicenciatura en ${['Enfermería', 'Medicina', 'Derecho', 'Ingeniería Civil', 'Psicología', 'Contaduría'][s.code.charCodeAt(5) % 6]}\nCentro Universitario ${['CUCEI', 'CUCS', 'CUCSH', 'CUCEA', 'CUAAD'][s.code.charCodeAt(6) % 5]}\nUniversidad de Guadalajara\nTel. 33 ${s.code.slice(1, 5)} ${s.code.slice(5, 9)}\n\nEste correo y sus anexos son confidenciales y para uso exclusivo del destinatario. Si lo recibió por error, notifíquelo al remitente y elimínelo.`;

type Field = 'name' | 'code' | 'nss' | 'curp' | 'email';
const LABELS: Record<Field, string[]> = {
  name: ['Nombre completo', 'Nombre', 'Nombre del alumno'],
  code: ['Código de estudiante', 'Código', 'Código UDG'],
  nss: ['NSS', 'Número de Seguridad Social', 'NSS'],
  curp: ['CURP', 'CURP', 'Curp'],
  email: ['Correo UDG', 'Correo institucional', 'Correo UDG'],
};
const valueOf = (s: Student, f: Field) => ({ name: s.name, code: s.code, nss: s.nss, curp: s.curp, email: s.email })[f];

function fieldList(r: Rng, s: Student, fields: readonly Field[]): { text: string; rows: [string, string][] } {
  const style = r.int(0, 2);
  const rows = fields.map((f) => [LABELS[f][style]!, valueOf(s, f)] as [string, string]);
  const bullet = ['', '- ', '• '][r.int(0, 2)]!;
  return { text: rows.map(([k, v]) => `${bullet}${k}: ${v}`).join('\n'), rows };
}

function outlookHtml(r: Rng, paragraphs: string[], rows: [string, string][], extra: string): string {
  // Outlook/Gmail HTML is mostly boilerplate: styles and wrappers around a few lines.
  const style = `<style><!--\n@font-face{font-family:"Cambria Math";panose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face{font-family:Calibri;panose-1:2 15 5 2 2 2 4 3 2 4;}\np.MsoNormal, li.MsoNormal, div.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\na:link, span.MsoHyperlink{mso-style-priority:99;color:#0563C1;text-decoration:underline;}\n.MsoChpDefault{mso-style-type:export-only;font-size:10.0pt;}\n@page WordSection1{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1{page:WordSection1;}\n--></style>`;
  const body = paragraphs.map((p) => `<p class="MsoNormal"><span lang="ES-MX">${p.replace(/\n/g, '<br>')}<o:p></o:p></span></p>`).join('\n');
  const table = rows.length
    ? `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">${rows.map(([k, v]) => `<tr><td width="200" valign="top" style="width:150pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>${k}</b></p></td><td width="300" valign="top" style="width:225pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">${v}</p></td></tr>`).join('')}</table>`
    : '';
  const pad = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'.repeat(r.int(3, 12));
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">${style}</head><body lang="ES-MX" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">${body}${table}${pad}${extra}</div></body></html>`;
}

function transportHeaders(r: Rng, i: number, date: Date): Record<string, string> {
  const ip = `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  const d = date.toUTCString();
  return {
    Received: `from mail-${r.int(1000, 9999)}.outbound.protection.outlook.com (mail-${r.int(1000, 9999)}.outbound.protection.outlook.com [${ip}]) by mx.udg.mx (Postfix) with ESMTPS id 4X${i.toString(36).toUpperCase()}Q for <imss@udg.mx>; ${d}`,
    'X-MS-Exchange-Organization-AuthAs': 'Anonymous',
    'Authentication-Results': `mx.udg.mx; dkim=pass header.d=alumnos.udg.mx; spf=pass smtp.mailfrom=alumnos.udg.mx; dmarc=pass`,
    'DKIM-Signature': `v=1; a=rsa-sha256; c=relaxed/relaxed; d=alumnos.udg.mx; s=google; h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to; bh=${Buffer.from(String(i * 7919)).toString('base64')}=; b=${Buffer.alloc(256, i % 251).toString('base64')}`,
    'X-Google-Smtp-Source': Buffer.alloc(64, (i * 31) % 251).toString('base64'),
  };
}

interface Draft {
  kind: BenchKind;
  student: Student | null;
  from: string;
  subject: string;
  text: string;
  html?: string;
  headers: Record<string, string>;
  inReplyTo?: string;
  references?: string[];
  pdf?: Buffer;
}

const SUBJECTS = ['No tengo vigencia en el IMSS', 'alta imss', 'Solicitud de alta IMSS', 'Seguro facultativo', 'Datos para el alta en el IMSS', 'IMSS', 'Vigencia de derechos', 'Ayuda con mi NSS'];

function studentMessage(r: Rng, s: Student, fields: readonly Field[], html: boolean, pdf: boolean, personal: boolean): Omit<Draft, 'kind' | 'headers'> {
  const list = fieldList(r, s, fields);
  const paragraphs = [r.pick(GREET), r.pick(STORY), fields.length ? 'Les envío mis datos:' : '¿Qué necesito enviarles?'];
  const text = `${paragraphs.join('\n\n')}\n\n${list.text}\n\n${r.pick(CLOSE)}\n\n${SIGNATURE(s)}`;
  const from = personal ? `${ascii(s.given.split(' ')[0]!)}${ascii(s.first)}${s.code.slice(-4)}@gmail.com` : s.email;
  return {
    student: s,
    from,
    subject: r.pick(SUBJECTS),
    text,
    ...(html ? { html: outlookHtml(r, paragraphs, list.rows, `<p class="MsoNormal">${r.pick(CLOSE)}</p><pre>${SIGNATURE(s)}</pre>`) } : {}),
    ...(pdf ? { pdf: makePdf(['INSTITUTO MEXICANO DEL SEGURO SOCIAL', 'Constancia de vigencia de derechos', '', `Nombre: ${s.name}`, `NSS: ${s.nss}`, `CURP: ${s.curp}`]) } : {}),
  };
}

function automaticMessage(r: Rng, i: number, tag: string): Omit<Draft, 'kind'> {
  const k = r.int(0, 2);
  if (k === 0) {
    const who = `${r.pick(['coordinacion', 'secretaria', 'control.escolar', 'servicio.social'])}${i}${tag}@academicos.udg.mx`;
    return {
      student: null, from: who, subject: 'Respuesta automática: Fuera de la oficina',
      text: 'Me encuentro fuera de la oficina hasta el lunes. Su mensaje será atendido a mi regreso.\n\nAtentamente,\nCoordinación',
      headers: { 'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes' },
    };
  }
  if (k === 1) {
    return {
      student: null, from: `mailer-daemon${i}${tag}@googlemail.com`, subject: 'Delivery Status Notification (Failure)',
      text: `Address not found\n\nYour message wasn't delivered to alumno${i}@alumnos.udg.mx because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.`,
      headers: { 'X-Failed-Recipients': `alumno${i}@alumnos.udg.mx`, 'Auto-Submitted': 'auto-replied' },
    };
  }
  const body = `Boletín universitario\n\n${'Consulta las convocatorias vigentes de becas, movilidad y servicio social en el portal. '.repeat(r.int(10, 40))}`;
  return {
    student: null, from: `boletin${i}${tag}@comunicacion.udg.mx`, subject: `Gaceta UdeG - semana ${r.int(1, 52)}`,
    text: body,
    html: `<html><body>${body.split('\n').map((l) => `<p style="font-family:Arial;font-size:14px;color:#333">${l}</p>`).join('')}<img src="https://gaceta.udg.mx/px.gif?id=${i}" width="1" height="1"></body></html>`,
    headers: { 'List-Unsubscribe': `<mailto:unsubscribe@comunicacion.udg.mx?subject=${i}>`, 'List-Id': 'Gaceta <gaceta.comunicacion.udg.mx>', Precedence: 'bulk' },
  };
}

const ALL: readonly Field[] = ['name', 'code', 'nss', 'curp', 'email'];
const INCOMPLETE_SETS: readonly (readonly Field[])[] = [
  ['name', 'code', 'nss', 'email'], // no CURP
  ['name', 'code', 'curp', 'email'], // no NSS
  ['name', 'nss', 'curp', 'email'], // no code
  ['name', 'code', 'email'],
  ['name'],
];

/** Generates `n` messages; the same options give the same bytes except for the Date base. */
export async function generateCorpus(n: number, options: CorpusOptions = {}): Promise<BenchMessage[]> {
  const seed = options.seed ?? 1;
  const desk = options.desk ?? 'imss@udg.mx';
  const tag = options.tag ?? `s${seed}`;
  const mix = options.mix ?? { complete: 0.45, incomplete: 0.35, followup: 0.1, automatic: 0.1 };
  const pdfShare = options.pdfShare ?? 0.1;
  const htmlShare = options.htmlShare ?? 0.5;
  const base = options.dateBase ?? Date.now() - 3_600_000;
  const r = rng(seed);
  const out: BenchMessage[] = [];
  // Earlier incomplete messages a follow-up can answer: their student and Message-ID.
  const open: { student: Student; messageId: string; subject: string; missing: Field[]; personal: boolean }[] = [];

  for (let i = 0; i < n; i++) {
    const x = r.next();
    let kind: BenchKind = x < mix.complete ? 'complete' : x < mix.complete + mix.incomplete ? 'incomplete' : x < mix.complete + mix.incomplete + mix.followup ? 'followup' : 'automatic';
    if (kind === 'followup' && open.length === 0) kind = 'incomplete';
    const date = new Date(base + i * 1000);
    const messageId = `${tag}.${i}.${r.int(100000, 999999)}@${kind === 'automatic' ? 'mx.example.net' : 'mail.gmail.com'}`;
    const html = r.chance(htmlShare);
    let draft: Omit<Draft, 'kind'>;
    if (kind === 'automatic') {
      draft = automaticMessage(r, i, tag);
    } else if (kind === 'followup') {
      const prev = open.splice(r.int(0, open.length - 1), 1)[0]!;
      const s = prev.student;
      const threaded = r.chance(0.5);
      const list = fieldList(r, s, prev.missing.length ? prev.missing : ['curp']);
      const deskReply = replyMessageId(`r${messageKeyOf(prev.messageId)}`, desk);
      const quoted = `El ${date.toUTCString()}, IMSS UdeG <${desk}> escribió:\n> Hola, gracias por escribir a la ventanilla del IMSS.\n> Para darte de alta necesitamos que nos envíes los datos que faltan.\n> ${'Revisa que tu CURP tenga 18 caracteres y tu NSS 11 dígitos. '.repeat(4)}\n>\n> Coordinación de Servicios Estudiantiles - IMSS`;
      const text = `${r.pick(['Perdón, aquí están los datos que faltaban:', 'Hola de nuevo, les mando lo que me pidieron:', 'Listo, ahí van:'])}\n\n${list.text}\n\n${r.pick(CLOSE)}\n${s.given.split(' ')[0]}${threaded ? `\n\n${quoted}` : ''}`;
      draft = {
        student: s,
        from: prev.personal ? `${ascii(s.given.split(' ')[0]!)}${ascii(s.first)}${s.code.slice(-4)}@gmail.com` : s.email,
        subject: threaded ? `Re: ${prev.subject}` : 'Datos que faltaban',
        text,
        headers: {},
        ...(threaded ? { inReplyTo: deskReply, references: [prev.messageId, deskReply] } : {}),
        ...(html ? { html: outlookHtml(r, [text.split('\n\n')[0]!], list.rows, '') } : {}),
      };
    } else {
      let s: Student | null = null;
      while (!s) s = makeStudent(r, `${tag}${i}`);
      const personal = kind === 'incomplete' && r.chance(0.15);
      const fields = kind === 'complete' ? ALL : r.pick(INCOMPLETE_SETS);
      const pdf = kind === 'complete' && r.chance(pdfShare / mix.complete);
      draft = { ...studentMessage(r, s, fields, html, pdf, personal), headers: {} };
      if (kind === 'incomplete') {
        open.push({ student: s, messageId, subject: draft.subject, missing: ALL.filter((f) => !fields.includes(f)), personal });
      }
    }
    const composer = new MailComposer({
      from: draft.student ? `${draft.student.name} <${draft.from}>` : draft.from,
      to: desk,
      subject: draft.subject,
      text: draft.text,
      ...(draft.html ? { html: draft.html } : {}),
      messageId: `<${messageId}>`,
      date,
      ...(draft.inReplyTo ? { inReplyTo: `<${draft.inReplyTo}>`, references: draft.references!.map((x) => `<${x}>`) } : {}),
      headers: { ...transportHeaders(r, i, date), ...draft.headers },
      ...(draft.pdf ? { attachments: [{ filename: `constancia_${draft.student!.code}.pdf`, content: draft.pdf, contentType: 'application/pdf' }] } : {}),
    });
    const raw = await composer.compile().build();
    out.push({ index: i, kind, from: draft.from, messageId, raw, hasPdf: !!draft.pdf, hasHtml: !!draft.html });
  }
  return out;
}

export function describeCorpus(msgs: readonly BenchMessage[]): string {
  const count = (k: BenchKind) => msgs.filter((m) => m.kind === k).length;
  const bytes = msgs.reduce((a, m) => a + m.raw.length, 0);
  const sizes = msgs.map((m) => m.raw.length).sort((a, b) => a - b);
  const q = (p: number) => sizes[Math.min(sizes.length - 1, Math.floor(p * sizes.length))]!;
  return `${msgs.length} messages: ${count('complete')} complete, ${count('incomplete')} incomplete, ${count('followup')} follow-ups, ${count('automatic')} automatic; ` +
    `${msgs.filter((m) => m.hasHtml).length} with HTML, ${msgs.filter((m) => m.hasPdf).length} with a PDF; ` +
    `${(bytes / 1048576).toFixed(1)} MB, median ${(q(0.5) / 1024).toFixed(1)} KB, p90 ${(q(0.9) / 1024).toFixed(1)} KB, max ${(q(1) / 1024).toFixed(0)} KB`;
}

// Self-check: the generated kinds come out of the real triage as intended.
if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--check');
  const n = i >= 0 ? Number(process.argv[i + 1] ?? 400) : 400;
  const { parseMessage } = await import('../src/mail/parse-message.js');
  const { triageMessage } = await import('../src/triage/triage-message.js');
  const msgs = await generateCorpus(n);
  console.log(describeCorpus(msgs));
  const table: Record<string, Record<string, number>> = {};
  for (const m of msgs) {
    const t = triageMessage(await parseMessage(m.raw), { institutionalDomains: ['alumnos.udg.mx'], studentCodePattern: '^\\d{9}$', deskAddresses: ['imss@udg.mx'], now: new Date() });
    const row = (table[m.kind] ??= {});
    row[t.decision] = (row[t.decision] ?? 0) + 1;
    if (m.kind === 'complete' && t.decision !== 'complete' && (row.shown = (row.shown ?? 0) + 1) <= 3) {
      console.log(`complete message #${m.index} triaged ${t.decision}:`, JSON.stringify(t.extraction.problems), JSON.stringify(t.extraction.fields));
    }
  }
  console.log(table);
}
