// Isolates the student's own new text: drops quoted replies (Gmail "El ... escribió:", Outlook
// "De:/Enviado:/Para:/Asunto:" blocks, "-----Mensaje original-----", "> " lines) and keeps a
// forwarded or pasted message only when it is the student's: their own earlier mail, mail
// addressed to them (a notice, an office's mail about them), or mail passed on by someone with
// nothing of their own (keptForward). Pure.
import { opensAskingList } from './desk-reply.js';
import { foldLabel } from './fold.js';
import { addressNames } from './name.js';
import { senderKind } from './sender-kind.js';
import { BULLET, LABELS, LABEL_SEP } from './lexicon.js';

const ATTRIBUTION_END = /(?:escribi[oó]|wrote|a [eé]crit|schrieb)\s*:\s*$/i;
const ATTRIBUTION_START = /^\s*(?:el|on|le|am)\s/i;
const ORIGINAL = /^\s*[-_=]{2,}\s*(?:original message|mensaje original|mensaje de origen)\s*[-_=]{2,}\s*$/i;
const FORWARD = /^\s*(?:[-_=]{2,}\s*(?:forwarded message|mensaje reenviado|mensaje original reenviado)\s*[-_=]{2,}|(?:begin forwarded message|inicio del mensaje reenviado|mensaje reenviado)\s*:)\s*$/i;
// (And Outlook's in French and Portuguese: "De :", "Envoyé :", "À :", "Objet :"; "Assunto:", "Data:".)
// (Roundcube's forward: "Asunto: / Fecha: / Remitente: / Destinatario:".)
const HEADER = /^\s*\**\s*(de|from|remitente|enviado(?: el)?|envoy[ée]|sent|fecha|date|data|para|to|[àa]|destinatario|asunto|assunto|objet|subject|cc|cco)\s*:\**\s*(.*)$/i;
const RULE = /^\s*_{8,}\s*$/;
const ANSWER = /^\s*(?:R|Resp(?:uesta)?)\s*[=:]\s*(\S.*)$/i;
// Senders of notices (no person writes from these): SIIAU, IMSS Digital, a campus system, a bounce.
const NOTICE_SENDER = /^(?:no-?reply|noreply|no-?responder|do-?not-?reply|notificaciones|notificacion|avisos|aviso|sistema|siiau|serviciosdigitales|postmaster|mailer-?daemon)[^@]*@/i;
const LEADING_ARROW = /^\s*(?:-+>|=+>|→)\s*/;
const ARROW = /\s*(?:-+>|=+>|→)\s*(\S.*)$/;
const EMAIL = /[a-z0-9._%+'-]+@[a-z0-9.-]+\.[a-z]{2,}/i;
const EMAIL_G = new RegExp(EMAIL.source, 'gi');

export interface OwnTextContext {
  /** The sender's address and display name (a forward of their own mail is kept). */
  senderAddress: string | null;
  senderName: string;
  deskAddresses: readonly string[];
  institutionalDomains: readonly string[];
  /** The mail's subject: "RV:" / "Fwd:" says an Outlook header block is a forward, not a reply. */
  subject?: string;
}

const FORWARD_SUBJECT = /^\s*(?:rv|fw|fwd|reenv\w*)\s*:/i;

/** A subject that says the mail is a forward ("RV:", "Fw:", "Fwd:", "Reenviar:"). */
export function isForwardSubject(subject: string): boolean {
  return FORWARD_SUBJECT.test(subject);
}

/** A quoted line that is only a label ("> Código de estudiante:") may be answered inline. */
function quotedLabelOnly(line: string): string | null {
  const body = line.replace(/^(?:\s*>)+\s?/, '');
  const folded = foldLabel(body).replace(BULLET, '');
  for (const [, re] of LABELS) {
    const m = re.exec(folded);
    if (m && folded.slice(m[0].length).replace(LABEL_SEP, '').replace(/[\s*:.]/g, '') === '') return body.trim();
  }
  return null;
}

// (...or a check mark typed after it on a phone: "> - Número de Seguridad Social (NSS) ✅ 36242272973".)
const INLINE_MARK = /^(.*?\S)\s*(?:=|\[[^\]\n]{1,12}\]|[✅✔☑✓👉➡]\uFE0F?)\s*(\S.*)$/u;

/**
 * The line after the desk's own signature ("Correo: imss@udg.mx", templates/partials) in an
 * unmarked quote of its reply, when lines follow it: what a student bottom-posted under it. -1 otherwise.
 */
function afterDeskSignature(lines: readonly string[], from: number, ctx: OwnTextContext): number {
  for (let k = from; k < lines.length; k++) {
    const m = /^\s*correo:\s*(\S+@\S+?)\s*$/i.exec(lines[k]!);
    if (!m || !ctx.deskAddresses.includes(m[1]!.toLowerCase())) continue;
    let next = k + 1;
    if (next < lines.length && /^\s*https?:\/\/\S+\s*$/.test(lines[next]!)) next++;
    // Not the raw MIME a bounce returns the reply in ("--boundary", "Content-Type: ..."); a rule of
    // dashes alone ("-----" over the student's values) is not a boundary.
    const rest = lines.slice(next).filter((l) => l.trim());
    return rest.length && !rest.slice(0, 3).some((l) => /^--(?!-*\s*$)\S|^content-[a-z-]+:/i.test(l)) ? next : -1;
  }
  return -1;
}

/** A line of the desk's reply with the student's answer typed into it, as a labeled value, or null. */
function answerTypedInto(line: string): string | null {
  const answer = ANSWER.exec(line);
  if (answer) return answer[1]!;
  const conflict = conflictAnswer(line);
  if (conflict) return conflict;
  // "- Número de Seguridad Social (NSS)   --> 70230782966": typed after the desk's label.
  if (ARROW.test(line)) return line.replace(ARROW, ': $1');
  // "- CURP [MH] HEMM080408MJCRCRB9", "- CURP   = CIBA...": an Outlook comment (initials or
  // "[Respuesta]") or an "=" typed after the desk's item.
  const mark = INLINE_MARK.exec(line);
  return mark && quotedLabelOnly(mark[1]!) && !mark[2]!.includes('*') ? `${mark[1]}: ${mark[2]}` : null;
}

// The conflict notice's item (templates/conflict.text.hbs): "- CURP: antes recibimos ***SC8 y ahora ***SC8".
const CONFLICT_ITEM = /^\s*(?:>\s*)*(-\s[^:]{2,60}):\s*antes recibimos \S+ y ahora \S+\s*(.*)$/;

/**
 * The conflict notice's item with the answer typed after it on the same line ("... y ahora
 * ******834   --> el correcto es el nuevo: 224331834", "... <<< la buena es GIBN071028HMCLLSC8"):
 * the item's label and the answer, or null.
 */
function conflictAnswer(line: string): string | null {
  const m = CONFLICT_ITEM.exec(line);
  const typed = m ? m[2]!.replace(/^[\s<>=\-→:]+/, '').trim() : '';
  return typed && !typed.includes('*') && VALUE_LIKE.test(typed) ? `${m![1]}: ${typed}` : null;
}

/**
 * An item of the desk's list of what is missing with a value typed after it ("- Código de
 * estudiante: 228382777", "- CURP BEZG070510HJCLMRA4"): the desk's items end at their label.
 */
function valueAfterItem(item: string): string | null {
  const m = /^(-\s.*?\S)\s*(?::\s*|\s)(\d[\d -]{7,}\d|[A-Za-z0-9][\w.@-]{5,})\s*$/.exec(item);
  if (!m || !VALUE_LIKE.test(m[2]!) || m[2]!.includes('*')) return null;
  // ...with the student's own short label glued to the item ("- Número de Seguridad Social (NSS)NSS:69240866306").
  const glued = quotedLabelOnly(m[1]!) ? null : GLUED_OWN_LABEL.exec(m[1]!);
  const item0 = glued ? glued[1]! : m[1]!;
  return quotedLabelOnly(item0) ? `${item0}: ${m[2]}` : null;
}

const GLUED_OWN_LABEL = /^(.*\S)\s*(?:NSS|CURP|C[oó]digo|Correo|Nombre)$/iu;

// A line carrying a value: digits enough for a code or an NSS, a CURP's shape, an address.
const TYPED_VALUE = /\d{3}[\s-]?\d{3}[\s-]?\d{3}|[A-Za-zÑñ]{4}\d{6}[A-Za-z]{6}[0-9A-Za-z]\d|@[\w-]+\./;

/** A line typed as an answer: a value (digits, a CURP, an address) or a name alone, nothing masked. */
const NOTE_AFTER = /\s*\([^()*]{1,40}\)\s*$/;
const WHOLE_CURP = /(?<![A-Za-z0-9])[A-Za-zÑñ]{4}\d{6}[HMXhmx][A-Za-z]{5}[0-9A-Za-z]\d(?![A-Za-z0-9])/;
/**
 * A sentence of the student's with her CURP in it, typed into the desk's quoted reply: four words or
 * more before the CURP (the desk's older replies gave an example as "CURP: PEGL890909MJCRMS08").
 */
function typedSentenceWithCurp(line: string): boolean {
  const m = WHOLE_CURP.exec(line);
  return !!m && (line.slice(0, m.index).match(/\p{L}{2,}/gu)?.length ?? 0) >= 4 && !/ejemplo|example/i.test(line);
}

function typedAnswer(line: string): boolean {
  const t = line.trim();
  if (t.length > 80 || t.includes('*') || t.endsWith(':')) return false;
  return VALUE_LIKE.test(t) || /^\p{Lu}[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){1,6}$/u.test(t);
}

/** Reads a header block (De:/Fecha:/Para:/Asunto:) starting at line i; returns its end, From and To. */
function readHeaderBlock(lines: readonly string[], i: number): { end: number; from: string; to: string; count: number } {
  let from = '';
  let to = '';
  let count = 0;
  let j = i;
  for (; j < lines.length && j < i + 12; j++) {
    const l = lines[j]!;
    if (!l.trim()) {
      if (count > 0) break;
      continue;
    }
    const m = HEADER.exec(l);
    if (!m) {
      if (count > 0 && /^\s+\S/.test(l)) continue; // folded header continuation
      break;
    }
    count++;
    if (/^(de|from|remitente)$/i.test(m[1]!)) from = m[2] ?? '';
    if (/^(para|to|[àa]|destinatario)$/i.test(m[1]!)) to = m[2] ?? '';
  }
  return { end: j, from, to, count };
}

/**
 * Under a forward's or an original's marker, a header block in any order with a sender in it
 * (Roundcube and Thunderbird open theirs with the subject: "Asunto: / Fecha: / Remitente: / ...").
 */
function headerBlockUnderMarker(lines: readonly string[], i: number): boolean {
  const block = readHeaderBlock(lines, i);
  return block.count >= 3 && /\p{L}/u.test(block.from);
}

/** Does line i open an Outlook-style header block (De: ... with Enviado/Para/Asunto near)? */
function isHeaderBlockStart(lines: readonly string[], i: number): boolean {
  const m = HEADER.exec(lines[i]!);
  if (!m || !/^(de|from)$/i.test(m[1]!)) return false;
  // A mail's From holds a name or an address; "De: 89898 / Fecha: ..." is an SMS gateway's report
  // of a text message, which is the mail's own text. (An empty value: the name on the next line.)
  if (m[2]!.trim() && !/\p{L}/u.test(m[2]!)) return false;
  // (Nor is a message form's "De: Haiyuli Carrillo Serio (por teléfono) / Para: Universidad de
  // Guadalajara" alone, with no address, date or subject: a radio station's or a receptionist's note.)
  const block = readHeaderBlock(lines, i);
  return block.count >= 3 || (block.count === 2 && (!block.to || /@/.test(block.from + block.to)));
}

/** A header block quoted under a forward marker (blank lines skipped): its quote level, block and end. */
function quotedHeaderBlock(lines: readonly string[], start: number): { level: number; block: { from: string; to: string }; end: number } | null {
  let k = start;
  while (k < lines.length && !lines[k]!.trim()) k++;
  const level = k < lines.length ? quoteLevel(lines[k]!) : 0;
  if (level === 0) return null;
  const inner: string[] = [];
  for (let j = k; j < lines.length && quoteLevel(lines[j]!) === level; j++) inner.push(lines[j]!.replace(/^(?:\s*>)+\s?/, ''));
  if (!isHeaderBlockStart(inner, 0)) return null;
  const block = readHeaderBlock(inner, 0);
  return { level, block, end: k + block.end };
}

/** The quote block starting at line i holds someone speaking of themselves, and nothing of the desk's. */
function pastedOwnMail(lines: readonly string[], i: number, ctx: OwnTextContext): boolean {
  let text = '';
  for (let k = i; k < lines.length && k < i + 60 && quoteLevel(lines[k]!) > 0; k++) text += lines[k]!.replace(/^(?:\s*>)+\s?/, '') + '\n';
  if (ATTRIBUTION_END.test(text.split('\n')[0]!) || ctx.deskAddresses.some((d) => text.toLowerCase().includes(d))) return false;
  const folded = foldLabel(text);
  if (/servicios estudiantiles/.test(folded)) return false;
  if (/\b(?:me llamo|mi nombre(?: completo)? es|soy)\b/.test(folded)) return true;
  // ...or, holding values, under her own line that says she sent it before and copies it again
  // ("El jueves les mandé esto y no me han contestado, se los copio de nuevo:").
  let k = i - 1;
  while (k >= 0 && !lines[k]!.trim()) k--;
  return k >= 0 && VALUE_LIKE.test(text) && SENT_BEFORE.test(foldLabel(lines[k]!));
}

// The writer's line over her own earlier mail pasted back: "les mandé esto", "se los copio de nuevo".
const SENT_BEFORE = /\b(?:les? (?:mande|envie|escribi) (?:esto|este correo|lo siguiente)|(?:se los?|se las?|les?) (?:copio|pego|reenvio|vuelvo a (?:mandar|enviar|pegar))|lo que (?:les )?(?:mande|envie))\b/;

// A quoted line that may open a header block: "De:", "From:" (bold in some clients).
const QUOTED_FROM = /^\s*(?:\*\*?)?(?:de|from)\s*(?:\*\*?)?\s*:/i;

/**
 * How many ">" open the line, white space allowed before each (as "^(?:\s*>)*" reads them): asked
 * of every line several times, so counted in place rather than matched and copied.
 */
function quoteLevel(line: string): number {
  let level = 0;
  for (let at = 0; ; at++) {
    while (at < line.length && isSpace(line.charCodeAt(at))) at++;
    if (line.charCodeAt(at) !== 0x3e) return level;
    level++;
  }
}

/** The characters JavaScript's \s matches. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

// Someone passing on a mail they quote: "Reenviamos el ticket #5296 de nuestra ventanilla", "se lo
// turno", "les canalizo".
const PASS_ON = /\b(?:reenvi[oa]|reenviamos|reenviado|se (?:reenvia|turna|canaliza|transfiere)|(?:les?|se lo|se la) (?:turno|canalizo|transfiero)|turnamos|canalizamos|transferimos)\b/;

// The desk's own name in an attribution without its address ("Coordinación de Servicios
// Estudiantiles escribió:"): its replies carry examples, never a source.
const DESK_NAME = /\b(?:coordinacion|servicios estudiantiles|imss|udg|udeg|universidad)\b/;

// The writer points at the mail below as their answer: "abajo va mi número, me lo pasó mi papá".
const POINTS_BELOW = /\b(?:abajo|aqui abajo|debajo) (?:va|van|esta|estan|viene|vienen|te lo dejo|se los? dejo|les? (?:dejo|mando|paso|pongo))\b/;

/** The writer's text above a mail they quote points at it as their answer. */
function pointsBelow(before: string): boolean {
  if (before.includes('bajo') && POINTS_BELOW.test(foldLabel(before))) return true;
  // "Control Escolar me dice que ya estoy activo, les pego su respuesta:" over what she pastes.
  const last = before.trimEnd();
  return last.endsWith(':') && PASTED_BELOW.test(foldLabel(last.slice(last.lastIndexOf('\n') + 1)));
}

// The writer's line that introduces what she pastes under it ("les pego su respuesta:", "se los
// copio:"), folded.
const PASTED_BELOW = /\b(?:les|se los|se las|te|le) (?:pego|copio)\b|\b(?:pego|copio) (?:aqui|su respuesta|la respuesta|el correo|lo que)\b/;

/**
 * A quote under "Sergio Topete Arriaga escribió:" that an office or a relay passes on ("Reenviamos
 * el ticket ..."), not the desk's, with none of the five values above it: the person's request.
 */
function passedOnQuote(attribution: string, before: string, ctx: OwnTextContext): boolean {
  // (Every phrase of PASS_ON holds one of these stems.)
  if (!/reenv|turn|canaliz|transfi|transfer/i.test(before) && !/reenv/i.test(ctx.subject ?? '')) return false;
  if (isDesk(attribution, ctx) || DESK_NAME.test(foldLabel(attribution)) || /\d{6,}|[a-z]{4}\d{6}/i.test(before)) return false;
  return PASS_ON.test(foldLabel(`${ctx.subject ?? ''}\n${before}`));
}

/**
 * A university office's reply (a coordinator's, a counsellor's, Control Escolar's) that the writer
 * points to below her words as where her values are ("Abajo está la aclaración de mi coordinadora
 * con mi código nuevo", "abajo lo pasó su orientadora"): what it writes of her is read as hers.
 */
function officePointedAt(attribution: string, out: readonly string[], ctx: OwnTextContext): boolean {
  const said = out.join('\n');
  if (!/abajo|below/i.test(said) || !POINTS_TO_OFFICE.test(foldLabel(said))) return false;
  const addr = EMAIL.exec(attribution)?.[0]?.toLowerCase();
  return !!addr && !isDesk(attribution, ctx) && senderKind(addr, ctx) === 'staff';
}
const OFFICE_WORD = String.raw`(?:(?:mi|su|la|el|my|the) (?:coordinador|coordinadora|coordinacion|orientador|orientadora|tutor|tutora|asesor|asesora|coordinator|advisor)|control escolar|oficina de [a-z]+|[a-z]+ office)`;
const POINTS_TO_OFFICE = new RegExp(String.raw`\b(?:abajo|below)\b[^.\n]{0,60}\b${OFFICE_WORD}\b|\b${OFFICE_WORD}\b[^.\n]{0,60}\b(?:abajo|below)\b`);

/** Something that looks like one of the five values (a long number, a CURP's start, an address). */
const VALUE_LIKE = /\d{6,}|[a-z]{4}\d{6}|@/i;

const isDesk = (from: string, ctx: OwnTextContext) => {
  const addr = EMAIL.exec(from)?.[0]?.toLowerCase();
  return !!addr && ctx.deskAddresses.includes(addr);
};

function isOwnForward(from: string, ctx: OwnTextContext): boolean {
  if (isDesk(from, ctx)) return false;
  const addr = EMAIL.exec(from)?.[0]?.toLowerCase() ?? null;
  if (addr && ctx.senderAddress && addr === ctx.senderAddress) return true;
  // Her institutional address, quoted from a mail she wrote before from another mailbox. Written
  // from her own institutional mailbox, another one is a classmate's (a reply-all under a teacher's
  // call quotes the classmates who answered first).
  const institutional = (a: string) => ctx.institutionalDomains.some((d) => a.endsWith('@' + d));
  if (addr && institutional(addr) && !(ctx.senderAddress && institutional(ctx.senderAddress.toLowerCase()))) return true;
  const fromWords = nameWordSet(from.replace(EMAIL, ''));
  const senderWords = nameWordSet(ctx.senderName);
  let shared = 0;
  for (const w of fromWords) if (senderWords.has(w)) shared++;
  // Two shared surnames alone are a sibling's or a parent's name ("Laura Ruiz Peña" for "Ana Ruiz
  // Peña"): one name must hold every word of the other.
  return shared >= 2 && (shared === fromWords.size || shared === senderWords.size);
}

const withoutDeskAddresses = (text: string, ctx: OwnTextContext) => (text.includes('@') ? ctx.deskAddresses.reduce((t, d) => t.split(d).join(' '), text.toLowerCase()) : text);

/** The words of a name or a mailbox's local part, folded, three letters or more. */
/**
 * A recipient named by the writer's given name at a mailbox holding her surname ("Montserrat
 * <m.torres749@gmail.com>" for Montserrat Torres Ramos): another mailbox of hers (an employer wrote
 * to her Gmail; she forwards it from her alumnos account).
 */
function greetsWriterMailbox(to: string, senderName: string): boolean {
  const m = /^\s*"?([^"<>,@]+?)"?\s*<([^<>@\s]+)@[^<>\s]+>/.exec(to);
  const words = foldLabel(senderName).split(/[^a-z]+/).filter(Boolean);
  if (!m || words.length < 2 || foldLabel(m[1]!.trim()) !== words[0]) return false;
  const local = foldLabel(m[2]!);
  return words.slice(1).some((w) => w.length > 2 && local.includes(w));
}

const nameWordSet = (s: string) => new Set(foldLabel(s).split(/[^a-z]+/).filter((w) => w.length > 2));

/**
 * Whether the mail under a forward marker or a header block is kept as the student's: their own
 * mail; mail passed on with nothing of one's own ("Enviado desde mi iPhone", "Se turna para su
 * atención": a parent or an office forwarding the student's mail, not the desk's); or a notice
 * sent to the student (SIIAU, IMSS Digital) and forwarded by them. Under a forward marker (or an
 * Outlook block under a forward's subject, "RV:"), anything addressed to them or to another mailbox
 * of theirs counts (an office's mail about them: their tutor's, a hospital's social worker's);
 * under an Outlook block of a reply ("Mensaje original"), only a system's notice; a notice without
 * "Para:" counts.
 */
function keptForward(block: { from: string; to: string }, how: { marker: boolean; passOn: boolean; before: string }, ctx: OwnTextContext): { keep: boolean; toSender: boolean; fromAddr: string; institutional: boolean; toInstitutional: string | null } {
  const fromAddr = EMAIL.exec(block.from)?.[0]?.toLowerCase() ?? '';
  const desk = isDesk(block.from, ctx);
  // (The desk's own address in the forwarder's words is none of the student's values: "Escríbeles
  // a imss@udg.mx con tu código".)
  const passedOn = how.passOn && !VALUE_LIKE.test(withoutDeskAddresses(how.before, ctx)) && !desk;
  const toAddrs = (block.to.match(EMAIL_G) ?? []).map((x) => x.toLowerCase());
  const toAddr = toAddrs[0] ?? null;
  const notice = NOTICE_SENDER.test(fromAddr);
  // Addressed to the writer: her address among its recipients ("To: imss@udg.edu.mx,
  // <javier.lomeli3907@alumnos.udg.mx>"), or another mailbox of hers, its local part holding two
  // words of her name (her alumnos address on a mail she forwards from her Gmail).
  const toWriter = toAddrs.some((x) => x === ctx.senderAddress || addressNames(x, ctx.senderName)) || greetsWriterMailbox(block.to, ctx.senderName);
  const toSender = !!ctx.senderAddress && !desk
    && (how.marker ? toWriter || (notice && !toAddr) : notice && (!toAddr || toAddr === ctx.senderAddress));
  // Her institutional address as the mail's recipient (an office wrote to it; she forwards from her
  // Gmail): hers, as an institutional From would be.
  const toInstitutional = toSender ? toAddrs.find((x) => x !== ctx.senderAddress && addressNames(x, ctx.senderName) && ctx.institutionalDomains.some((d) => x.endsWith('@' + d))) ?? null : null;
  const own = isOwnForward(block.from, ctx);
  return {
    keep: own || passedOn || toSender,
    toSender,
    fromAddr,
    // (A classmate's alumnos address on a mail she forwarded to the writer, "sergio te llegó esto? 👀",
    // is hers, not the writer's: only the writer's own forwarded mail gives its From.)
    institutional: (own || passedOn) && ctx.institutionalDomains.some((d) => fromAddr.endsWith('@' + d)),
    toInstitutional,
  };
}

/**
 * Answers typed into the desk's reply quoted without marks, Outlook style ("R= 222250880" under a
 * question; a value under the desk's "Nos falta:" item): the rest is the desk's, but those lines are
 * the student's, pushed to `out`. Returns the line where the writer's own text resumes (after the
 * desk's signature, or at her own mail it quotes), or -1.
 */
/** "Nombre: Jaime Salazar Anaya", "NOMBRE COMPLETO: ...": a name under its label. */
function labeledName(line: string): boolean {
  const m = /^\s*([^:]{4,25}):\s*(\S.*)$/.exec(line);
  return !!m && /^(?:mi )?nombre(?: completo)?$/.test(foldLabel(m[1]!).trim()) && typedAnswer(m[2]!);
}

/** Line k stands between quoted lines: the non-empty line before it (after `from`) and one of the three after. */
function quotedAround(lines: readonly string[], k: number, from: number): boolean {
  let before = k - 1;
  while (before >= from && !lines[before]!.trim()) before--;
  if (before < from || quoteLevel(lines[before]!) === 0) return false;
  for (let after = k + 1, seen = 0; after < lines.length && seen < 3; after++) {
    if (!lines[after]!.trim()) continue;
    if (quoteLevel(lines[after]!) > 0) return true;
    seen++;
  }
  return false;
}

/** Where a header block naming the writer herself starts at or after `from` (her own earlier mail in a thread), or -1. */
function nextOwnHeaderBlock(lines: readonly string[], from: number, ctx: OwnTextContext): number {
  for (let k = from; k < lines.length; k++) {
    if (OPENS_FROM.test(lines[k]!) && quoteLevel(lines[k]!) === 0 && isHeaderBlockStart(lines, k) && isOwnForward(readHeaderBlock(lines, k).from, ctx)) return k;
  }
  return -1;
}

function readTypedIntoDeskReply(lines: readonly string[], from: number, ctx: OwnTextContext, out: string[]): number {
  let label: string | null = null;
  let resumeAt = -1;
  let asking = false; // inside the desk's list of what it asks for
  let conflictLabel: string | null = null; // the conflict notice's item just above
  for (let k = from; k < lines.length; k++) {
    const l = lines[k]!;
    if (!l.trim()) continue;
    const bare = l.replace(/^(?:\s*>)+\s?/, '').trim();
    if (opensAskingList(bare)) asking = true;
    // A line in the desk's list that is not one of its "- " items, carrying a value: typed by
    // the student ("Sí era el de mi mamá. El mío es 25240712163" under the NSS item, OWA).
    else if (asking && !bare.startsWith('- ') && !bare.includes('*') && TYPED_VALUE.test(bare)) {
      out.push(bare);
      continue;
    } else if (!bare.startsWith('- ')) asking = false;
    // The desk's reply quoting, unmarked, the student's own mail under its header block (a
    // follow-up on an Outlook reply): hers from there on.
    if (QUOTED_FROM.test(l) && isHeaderBlockStart(lines, k) && isOwnForward(readHeaderBlock(lines, k).from, ctx)) {
      resumeAt = k;
      break;
    }
    // A sentence with a whole CURP in the desk's text: the desk masks every value it quotes,
    // so the line is the student's ("YA LO INTENTÉ ... MI CURP NO COINCIDE: CARN110910MJCSMMB3",
    // typed in green among the desk's next steps).
    if (!bare.startsWith('- ') && !bare.includes('*') && typedSentenceWithCurp(bare)) {
      out.push(bare);
      continue;
    }
    // A line typed unmarked between the lines of the desk's reply quoted with "> " (Outlook's
    // "prefix each line"): hers, a value or her name under its label ("NOMBRE: JAIME SALAZAR ANAYA"
    // under "> - Nombre completo"). (A quoted line wrapped without its mark is the desk's words.)
    if (quoteLevel(l) === 0 && !l.includes('*') && (TYPED_VALUE.test(l) || labeledName(l)) && quotedAround(lines, k, from)) {
      out.push(l.trim());
      continue;
    }
    // (An arrow opening the line answers the item above it: "- CURP" then "----> CALD230502MJCRRLA7",
    // Yahoo's unmarked quote.)
    const typed = label && LEADING_ARROW.test(l) ? null : answerTypedInto(l) ?? (asking ? valueAfterItem(bare) : null);
    if (typed !== null) out.push(typed);
    // A value alone under the desk's item ("- CURP" then "DEQY071204MSLLZRA2"), the quote
    // unmarked (Samsung, Outlook): typed by the student; a name with a note after it ("Vianey
    // Alvarado Zúñiga (así viene en mi CURP)") without the note.
    else if (label && typedAnswer(l.replace(LEADING_ARROW, '').replace(NOTE_AFTER, ''))) out.push(label, l.replace(LEADING_ARROW, '').replace(NOTE_AFTER, '').trim());
    // ...or under the conflict notice's item ("- CURP: antes recibimos ***RA7 y ahora ***RA4"
    // then "LA BUENA ES LA SEGUNDA: BEZG070510HJCLMRA4", in red in Outlook).
    else if (conflictLabel && !l.includes('*') && VALUE_LIKE.test(l)) out.push(`${conflictLabel}: ${l.trim()}`);
    // (The desk's items are short lines: most of its reply is not asked.)
    label = l.length <= 60 ? quotedLabelOnly(l) : null;
    conflictLabel = CONFLICT_ITEM.exec(l)?.[1] ?? null;
  }
  if (resumeAt < 0) resumeAt = afterDeskSignature(lines, from, ctx);
  return resumeAt;
}

// The desk's signature line in its replies.
const DESK_SIGNATURE = /^\s*Coordinaci[oó]n de Servicios Estudiantiles\s*$/i;

/** The lines of the body that the student wrote (or forwarded from themselves), in order. */
export function extractOwnText(text: string, ctx: OwnTextContext): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  // The quote level that holds the student's own earlier mail (0: none): set by an attribution
  // naming the student ("El lun..., Ana <ana@gmail.com> escribió:"), unquoted (level 1 is theirs)
  // or itself quoted inside the desk's reply (a thread's second round: the level below it).
  let ownLevel = 0;
  const ownDeeper = new Set<number>();
  // Quote levels where an Outlook header block naming her ("> De: Ana <ana.ruiz@alumnos.udg.mx>")
  // was passed: the rest of that level is the mail it heads, her own.
  const ownUnderBlock = new Set<number>();
  let keptToSender = false;
  // Where the last forwarded mail kept starts in `out`: the words after it are its forwarder's.
  let keptAt = 0;
  // A quote, an attribution or a header block was met: a later quote is not the first.
  let quoteSeen = false;
  // Inside the desk's quoted "Nos falta:" / "Por favor revisa:" / "...corrijas estos datos:" list.
  let quotedAsking = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const level = quoteLevel(line);
    if (level > 0) {
      const inner = line.replace(/^(?:\s*>)+\s?/, '');
      if (ownUnderBlock.size) for (const l of ownUnderBlock) if (l > level) ownUnderBlock.delete(l);
      // The desk's reply quoting, Outlook style, the mail it answers (a thread's third or fourth
      // round): a header block inside the quote.
      const quoted = QUOTED_FROM.test(inner) ? quotedHeaderBlock(lines, i) : null;
      if (quoted && quoted.level === level) {
        const fromAddr = EMAIL.exec(quoted.block.from)?.[0]?.toLowerCase() ?? '';
        if (isOwnForward(quoted.block.from, ctx)) {
          ownUnderBlock.add(level);
          out.push(ctx.institutionalDomains.some((d) => fromAddr.endsWith('@' + d)) ? fromAddr : '');
        } else {
          ownUnderBlock.delete(level);
          ownDeeper.delete(level);
          if (ownLevel === level) ownLevel = 0;
          out.push('');
        }
        i = quoted.end - 1;
        continue;
      }
      // A quote with no attribution at all, before any other, in which someone speaks of
      // themselves ("la CURP sí venía en mi correo, se los pego:" over "> Me llamo ..."): her own
      // earlier mail pasted back. (The desk's replies come under an attribution and never say "me llamo".)
      if (level === 1 && ownLevel === 0 && !quoteSeen && (i === 0 || quoteLevel(lines[i - 1]!) === 0)) {
        quoteSeen = true;
        if (pastedOwnMail(lines, i, ctx)) ownLevel = 1;
      }
      if (level === ownLevel || ownDeeper.has(level) || ownUnderBlock.has(level)) {
        // Her own earlier mail quoting her own mail before it (a third message top-posted over two):
        // the level under an attribution naming her is hers too.
        if (ATTRIBUTION_START.test(inner) && ATTRIBUTION_END.test(inner) && isOwnForward(inner.replace(ATTRIBUTION_END, ''), ctx)) ownDeeper.add(level + 1);
        out.push(inner);
        continue;
      }
      if (ATTRIBUTION_START.test(inner) && ATTRIBUTION_END.test(inner)) {
        // Gmail nests the quoted mail one level below its attribution; Apple Mail quotes the
        // attribution with the mail, at the same level.
        let next = i + 1;
        while (next < lines.length && !lines[next]!.replace(/^(?:\s*>)+/, '').trim()) next++;
        const nextLevel = next < lines.length ? /^(?:\s*>)*/.exec(lines[next]!)![0].replace(/[^>]/g, '').length : level + 1;
        ownLevel = isOwnForward(inner.replace(ATTRIBUTION_END, ''), ctx) ? (nextLevel === level ? level : level + 1) : level < ownLevel ? 0 : ownLevel;
      }
      // Lines typed into the desk's quoted list of what it asks for, the "> " kept on them (Apple
      // Mail, iPhone: "> - CURP" / "> Mi CURP: VIVA031105MJCLRLB6"; "> - CURP" / "> Ya la revisé,
      // es: YAAR..."; Proton's HTML quote: "- Nombre completo" / "Joaquín León Palomera"). The desk's
      // list holds only its "- " items and ends at a blank line: any other line in it that carries a
      // value or a name, or a value after an item, is the student's.
      const bare = inner.trim();
      const conflict = conflictAnswer(bare);
      if (conflict) {
        out.push(conflict);
        continue;
      }
      if (opensAskingList(bare)) {
        quotedAsking = true;
        out.push('');
        continue;
      }
      if (!bare) quotedAsking = false;
      else if (quotedAsking) {
        const typed = bare.startsWith('- ') ? valueAfterItem(bare) : !bare.includes('*') && (TYPED_VALUE.test(bare) || typedAnswer(bare)) ? bare : null;
        if (typed !== null) {
          out.push(typed);
          continue;
        }
      }
      // ...and a value typed after one of the desk's quoted items, marked (an iPhone's "> - Número de
      // Seguridad Social (NSS) ✅ 36242272973"), wherever its list starts.
      const typedInto = bare.startsWith('- ') && !bare.includes('*') ? answerTypedInto(bare) : null;
      if (typedInto) {
        out.push(typedInto);
        continue;
      }
      const label = quotedLabelOnly(line);
      out.push(label ?? '');
      continue;
    }
    // Apple Mail quotes what it forwards, headers and all ("Inicio del mensaje reenviado:", then
    // "> De: ..."): the forwarded mail is the quote level under the marker, kept when it is theirs.
    const quoted = FORWARD.test(line) ? quotedHeaderBlock(lines, i + 1) : null;
    if (quoted) {
      quoteSeen = true;
      const kept = keptForward(quoted.block, { marker: true, passOn: true, before: out.slice(keptAt).join('\n') }, ctx);
      keptToSender ||= kept.toSender;
      if (kept.keep) {
        keptAt = out.length;
        ownLevel = quoted.level;
        ownDeeper.clear();
        out.push(kept.institutional ? kept.fromAddr : kept.toInstitutional ?? '');
      }
      i = quoted.end - 1;
      continue;
    }
    // A forward marker, or an Outlook header block ("De:/Enviado:/Para:/Asunto:", after a rule or
    // not) with no marker ("RV:"): kept only when the mail under it is the student's own.
    const ruled = (RULE.test(line) || ORIGINAL.test(line)) && i + 1 < lines.length && (isHeaderBlockStart(lines, i + 1) || (ORIGINAL.test(line) && headerBlockUnderMarker(lines, i + 1)));
    if (FORWARD.test(line) || ruled || isHeaderBlockStart(lines, i)) {
      quoteSeen = true;
      const block = readHeaderBlock(lines, isHeaderBlockStart(lines, i) ? i : i + 1);
      // A header block that opens the mail (a web form's relay: "De: Leticia ... / Asunto: ...").
      const opens = !out.join('').trim();
      // Outlook forwards under a header block with no marker; the subject ("RV: Fwd: datos seguro")
      // tells a forward (a mother passing on the father's forward of her son's mail) from a reply.
      const forwarded = FORWARD.test(line) || ORIGINAL.test(line) || FORWARD_SUBJECT.test(ctx.subject ?? '');
      // (Only the words since the last mail kept count as the forwarder's own: a tutor's "te reenvío
      // lo que me mandaron del servicio médico" over the office's mail, in a chain a student passes on.)
      const kept = keptForward(block, { marker: FORWARD.test(line) || FORWARD_SUBJECT.test(ctx.subject ?? ''), passOn: forwarded || opens || pointsBelow(out.join('\n')), before: out.slice(keptAt).join('\n') }, ctx);
      keptToSender ||= kept.toSender;
      if (!kept.keep) {
        // The desk's reply addressed to one student's institutional mailbox, quoted by a parent or a
        // tutor in copy ("Para: Yoselin Campos <yoselin.campos8836@alumnos.udg.mx>"): the desk wrote
        // it to the case's address, which is the student's.
        const deskTo = isDesk(block.from, ctx) ? deskReplyRecipient(block.to, ctx) : null;
        if (deskTo) out.push(deskTo);
        const resumeAt = readTypedIntoDeskReply(lines, block.end, ctx, out);
        if (resumeAt < 0) break;
        i = resumeAt - 1;
        continue;
      }
      // The student's own mail forwarded (by them or by a teacher): an institutional From is the
      // student's address, as the sender's would be.
      keptAt = out.length;
      out.push(kept.institutional ? kept.fromAddr : kept.toInstitutional ?? '');
      // A web form's relay opens with what the student typed in it: "De: Dante Beltrán <...>".
      const typed = block.from.replace(EMAIL, '').replace(/[<>"]/g, '').trim();
      if (opens && kept.institutional && typed) out.push(`Nombre: ${typed}`);
      // Outlook Express quotes the mail under its header block with "> " marks: that level is hers.
      let k = block.end;
      while (k < lines.length && !lines[k]!.trim()) k++;
      if (k < lines.length && quoteLevel(lines[k]!) > 0) {
        ownLevel = quoteLevel(lines[k]!);
        ownDeeper.clear();
      }
      i = block.end - 1;
      continue;
    }
    // In a kept forward of a bounce sent to the student, the returned message is their own.
    if (ORIGINAL.test(line) && keptToSender && !isHeaderBlockStart(lines, i + 1)) continue;
    if (ORIGINAL.test(line)) {
      // "-----Mensaje original-----" straight over the desk's reply, no header block (a webmail's
      // plain quote): answers typed between its lines are hers ("AHÍ TIENEN: 233178744" under "-
      // Código de estudiante").
      if (!isHeaderBlockStart(lines, i + 1) && lines.slice(i + 1, i + 80).some((l) => DESK_SIGNATURE.test(l))) {
        const resumeAt = readTypedIntoDeskReply(lines, i + 1, ctx, out);
        if (resumeAt < 0) break;
        i = resumeAt - 1;
        continue;
      }
      break;
    }
    // Gmail/Apple attribution, possibly wrapped over up to three lines.
    if (ATTRIBUTION_START.test(line) || ATTRIBUTION_END.test(line)) {
      let end = -1;
      for (let k = i; k < Math.min(lines.length, i + 3); k++) {
        if (ATTRIBUTION_END.test(lines[k]!)) {
          end = k;
          break;
        }
        if (k > i && !lines[k]!.trim()) break;
      }
      if (end >= 0 && (ATTRIBUTION_START.test(line) || end === i)) {
        quoteSeen = true;
        const attribution = lines.slice(i, end + 1).join(' ').replace(ATTRIBUTION_END, '');
        const own = isOwnForward(attribution, ctx);
        const passedOn = !own && passedOnQuote(attribution, out.join('\n'), ctx);
        const ownQuote = own || passedOn || officePointedAt(attribution, out, ctx);
        // The relay names the person it passes on ("Sergio Topete Arriaga escribió:").
        const named = passedOn ? /^\s*([\p{L}][\p{L} .'’-]{3,60}?)\s*(?:<[^<>]*>)?\s*$/u.exec(attribution) : null;
        if (named) out.push(`Nombre: ${named[1]}`);
        ownLevel = ownQuote ? 1 : 0;
        ownDeeper.clear();
        // Her own earlier mail quoted by a teacher or an office (her tutor's reply-all): its
        // institutional From is her address, as the sender's would be ("Alondra Jasso
        // (<alondra...@alumnos.udg.mx>) escribió:"). (Not under a student's personal mailbox: a
        // classmate's mail she passed on, "así te contestan, manda lo mismo que yo", is quoted so;
        // a father's words above it name her: "Soy el papá de Diana Laura Serrano Zamora".)
        const ownAddr = own && (senderKind(ctx.senderAddress, ctx) === 'staff' || namedAbove(attribution, out)) ? EMAIL.exec(attribution)?.[0]?.toLowerCase() : undefined;
        if (ownAddr && ownAddr !== ctx.senderAddress?.toLowerCase() && ctx.institutionalDomains.some((d) => ownAddr.endsWith('@' + d))) out.push(ownAddr);
        // Quoted text follows as "> " lines; if it does not, the rest is quoted without marks.
        let k = end + 1;
        while (k < lines.length && !lines[k]!.trim()) k++;
        if (k < lines.length && !/^\s*>/.test(lines[k]!) && !ownQuote) {
          // Unmarked (Yahoo, Outlook plain text): the student's lines may follow the desk's signature,
          // and answers typed between its lines are hers ("- CURP" then "----> CALD230502MJCRRLA7").
          if (isDesk(attribution, ctx) && lines.slice(k, k + 80).some((l) => DESK_SIGNATURE.test(l))) {
            const resumeAt = readTypedIntoDeskReply(lines, k, ctx, out);
            if (resumeAt < 0) break;
            i = resumeAt - 1;
            continue;
          }
          // (Someone else's unmarked reply, an office's: her own earlier mail may come below it, under
          // its header block, "De: Ricardo Iván Ponce Hurtado <ricky.ponce22@yahoo.com>".)
          const after = afterDeskSignature(lines, k, ctx);
          const resumeAt = after >= 0 ? after : nextOwnHeaderBlock(lines, k, ctx);
          if (resumeAt < 0) break;
          i = resumeAt - 1;
          continue;
        }
        out.push('');
        i = end;
        continue;
      }
    }
    // An answer typed between the desk's quoted lines, marked as one ("R: Silvia Almaraz
    // Jaramillo" under "> - Nombre completo", Thunderbird): the answer.
    out.push(quoteSeen && i > 0 && quoteLevel(lines[i - 1]!) > 0 ? ANSWER.exec(line)?.[1] ?? line : line);
  }
  return out.join('\n');
}

/** Every word (two or more) of the attribution's name stands in the writer's text above it. */
function namedAbove(attribution: string, above: readonly string[]): boolean {
  const named = nameWordSet(foldLabel(attribution.replace(EMAIL, '')).replace(ATTRIBUTION_START, '').replace(/\d+|\b(?:ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)\w*\b|\b(?:lun|mar|mie|jue|vie|sab|dom)\w*\b|\ba las?\b|\bde\b/gi, ' '));
  if (named.size < 2) return false;
  const words = nameWordSet(above.join('\n'));
  return [...named].every((w) => words.has(w));
}

/**
 * The one student's institutional address the desk's reply went to, when the writer is not a
 * student (a parent's or a tutor's reply-all quoting it), else null.
 */
function deskReplyRecipient(to: string, ctx: OwnTextContext): string | null {
  const institutional = (a: string) => ctx.institutionalDomains.some((d) => a.endsWith('@' + d));
  if (!ctx.senderAddress || institutional(ctx.senderAddress.toLowerCase())) return null;
  // ("Para: luis.santana6772@alumnos.udg.mx <luis.santana6772@alumnos.udg.mx>" is one address.)
  const addrs = [...new Set((to.match(EMAIL_G) ?? []).map((x) => x.toLowerCase()))];
  return addrs.length === 1 && institutional(addrs[0]!) ? addrs[0]! : null;
}

// The "De:"/"From:" line HEADER reads as a block's first (isHeaderBlockStart).
const OPENS_FROM = /^\s*\**\s*(?:de|from)\s*:/i;

// A reply attribution or an Outlook header block somewhere in the text: a thread's earlier mail.
const EARLIER_MAIL = /escribi[oó]\s*:|wrote\s*:|a [eé]crit\s*:|^[\s>]*\**(?:de|from)\s*:/im;

/**
 * The text of the first quoted mail in the thread written by someone else than the writer and the
 * desk that names the writer by her whole display name: a mother's or a tutor's reply-all to the
 * desk about her ("Soy la mamá de Belén Trujillo Ávila, les paso lo que falta: ..."), which the
 * desk received before. Unquoted, without what it quotes; '' when there is none. Extraction reads it
 * only for a field the writer's own text and documents leave empty (extract-fields.ts); a
 * classmate's quoted answer under a teacher's call names the classmate, not the writer.
 */
export function threadMateText(text: string, ctx: OwnTextContext): string {
  const senderWords = nameWordSet(ctx.senderName);
  if (senderWords.size < 2 || !ctx.senderAddress || !EARLIER_MAIL.test(text)) return '';
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length && i < 600; i++) {
    const level = quoteLevel(lines[i]!);
    const inner = lines[i]!.replace(/^(?:\s*>)+\s?/, '');
    let author: string | null = null;
    let start = i + 1;
    let bodyLevel = level;
    if (ATTRIBUTION_START.test(inner) && ATTRIBUTION_END.test(inner)) {
      author = inner.replace(ATTRIBUTION_END, '');
      let next = i + 1;
      while (next < lines.length && !lines[next]!.replace(/^(?:\s*>)+/, '').trim()) next++;
      bodyLevel = next < lines.length ? quoteLevel(lines[next]!) : level + 1;
      start = next;
    } else if (QUOTED_FROM.test(inner)) {
      const same: string[] = [];
      for (let j = i; j < lines.length && j < i + 14 && quoteLevel(lines[j]!) === level; j++) same.push(lines[j]!.replace(/^(?:\s*>)+\s?/, ''));
      if (!isHeaderBlockStart(same, 0)) continue;
      const block = readHeaderBlock(same, 0);
      author = block.from;
      start = i + block.end;
      i = start - 1;
    }
    if (author === null || isDesk(author, ctx) || DESK_NAME.test(foldLabel(author.replace(EMAIL, ''))) || isOwnForward(author, ctx)) continue;
    const body: string[] = [];
    for (let j = start; j < lines.length && quoteLevel(lines[j]!) === bodyLevel; j++) {
      const l = lines[j]!.replace(/^(?:\s*>)+\s?/, '');
      // (A header block opens with "De:"/"From:": only such a line is worth the block's reading.)
      if ((ATTRIBUTION_START.test(l) && ATTRIBUTION_END.test(l)) || (OPENS_FROM.test(l) && isHeaderBlockStart(lines.slice(j, j + 8).map((x) => x.replace(/^(?:\s*>)+\s?/, '')), 0)) || FORWARD.test(l) || ORIGINAL.test(l)) break;
      body.push(l);
    }
    const mateText = body.join('\n');
    const words = nameWordSet(mateText);
    if ([...senderWords].every((w) => words.has(w))) return mateText;
  }
  return '';
}

/**
 * The writer's new text: the lines before the first quote, reply attribution, forward or Outlook
 * header block. What the writer says of their own message is read here (not in what they quote).
 */
export function leadText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const ruled = (RULE.test(line) || ORIGINAL.test(line)) && i + 1 < lines.length && isHeaderBlockStart(lines, i + 1);
    if (/^\s*>/.test(line) || ATTRIBUTION_END.test(line) || FORWARD.test(line) || ORIGINAL.test(line) || ruled || isHeaderBlockStart(lines, i)) {
      end = i;
      break;
    }
  }
  return lines.slice(0, end).join('\n');
}
