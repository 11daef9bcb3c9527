// ParsedMail -> Extraction. Pure: reads only the mail and the options (including `now`).
// Sources, strongest first: the student's own new body text (labeled, then bare values), PDF
// attachment text, the subject, and the sender's address (e-mail only: a display name is set
// once in a mail client and is not the full name the desk asked for).
import type { Candidate, Segment } from './candidates.js';
import { chooseCode, chooseCurp, chooseEmail, chooseName, chooseNss, type Choice } from './choose.js';
import { makeProblem } from './problems.js';
import { parentWrites, findNames, findNamesBesideCode, findNamesByCurp, findSenderNameInText, nonParticleCount } from './find-names.js';
import { CURP_IN_LINE, NINE_DIGITS, POINTS_AT_CODE, askedField, blank, digitsOf, findValues, readLabel } from './find-values.js';
import { checkCurp, normalizeCurp } from './curp.js';
import { matchNameToCurp, PARTICLES } from './curp-name.js';
import { addressNames, nameWords } from './name.js';
import { allMatches } from './all-matches.js';
import { foldLabel } from './fold.js';
import { CONTACT_ADDRESS_SRC, NOT_NAME_WORDS } from './lexicon.js';
import { HIDDEN_STYLE, htmlToText } from './html-to-text.js';
import { senderKind } from './sender-kind.js';
import { extractOwnText, leadText, threadMateText } from './own-text.js';
import { repairMojibake } from './mojibake.js';
import type { AttachmentInfo, Extraction, ExtractOptions, FieldSource, ParsedMail, Problem } from './types.js';

export { PROBLEM_CODES, type ProblemCode } from './problems.js';

const MAX_TEXT = 200_000;

/** A text's length without its whitespace. (Helpers live at module level: under tsx, a named closure costs a __name call per call of its parent.) */
const size = (s: string) => s.replace(/\s+/g, '').length;

/** The body as text: the plain part, or the HTML part converted when the plain part is poor. */
export function bodyText(mail: Pick<ParsedMail, 'text' | 'html'>): string {
  const text = withoutPhoneLinkTargets((mail.text ?? '').slice(0, MAX_TEXT));
  if (!mail.html) return text;
  // A client's placeholder ("Este mensaje contiene formato HTML..."), or HTML that hides some of
  // its text (the desk reads the rendered mail; the plain part may carry the hidden text): the
  // HTML is the body. An (almost) empty plain part: the HTML when it says more.
  const placeholder = text.length < 300 && /\bhtml\b/i.test(text) && !/\d{5}/.test(text);
  const hides = text !== '' && HIDDEN_STYLE.test(mail.html);
  // A short plain part with no number in it may be a stub ("Tu cliente de correo no puede mostrar
  // este mensaje...") or cut short ("[Mensaje recortado]"): the HTML, when it says more and holds
  // the numbers (both renderings of one mail carry the same values).
  const stub = text.length < 600 && !/\d{5}/.test(text);
  if (placeholder || hides || stub) {
    const converted = htmlToText(mail.html);
    if (placeholder || hides ? size(converted) > 0 : size(converted) > size(text) && (size(text) < 40 || /\d{5}/.test(converted))) return converted.slice(0, MAX_TEXT);
  }
  return text;
}

/**
 * A phone's link target that a client writes after the linked text in the plain part ("48242286648
 * <tel:48242286648>": a data detector or a spreadsheet's hyperlink on a number): the writer wrote the
 * text, not the target, which would read as a second value.
 */
const withoutPhoneLinkTargets = (text: string) => (text.includes('<tel:') ? text.replace(/[ \t]?<tel:[^<>\s]{1,40}>/g, '') : text);

/**
 * Characters that change how a value reads but not how it looks: zero-width spaces and soft
 * hyphens copied from web pages and PDFs go; non-breaking and thin spaces become spaces;
 * full-width ASCII ("：", "２２３") becomes ASCII; hyphens, non-breaking hyphens, figure and en
 * dashes and minus signs become "-" (the em dash stays: it stands for "none" in forms); a PDF's
 * ligatures ("Delﬁna", "ﬂores") become their letters.
 * Styled letters and digits become the plain ones they show: a social app's "fancy fonts" (the
 * mathematical bold, italic, script, double-struck... alphabets: "𝐍𝐒𝐒 𝟑𝟒𝟐𝟒𝟐..."), circled and
 * parenthesised ones ("①②③", "❶❷❸"), superscripts and subscripts ("⁵²⁹³"). Between digits or
 * letters, an East Asian keyboard's "。" is a dot, and its long vowel mark "ー" / "ㅡ", a middle
 * dot "·" and a long dash "—" are separators; a Cyrillic or Greek capital that looks like a Latin
 * one, inside a token that also holds Latin letters or digits (a CURP typed on a Ukrainian
 * keyboard), is that letter.
 */
const UNPLAIN = /[\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\u2060\ufeff\u00ad\u00a0\u2007\u2009\u202f\uff01-\uff5e\u2010-\u2013\u2212\ufb00-\ufb06\u00b2\u00b3\u00b9\u2070-\u209f\u2460-\u24ff\u2776-\u2793\u3000-\u3002\u30fc\u3161\u00b7\u0391-\u03a9\u0400-\u04ff\u2100-\u214f\u2014\u2015\ud835\ud83c]/;
// (The astral styled alphabets, U+1D400-1D7FF, and the squared letters, U+1F130-1F189, are found by
// their high surrogates above; the replacements below read whole code points.)
const STYLED = /[\u{1D400}-\u{1D7FF}\u{1F130}-\u{1F189}\u2100-\u214f\u2460-\u24fe\u2070-\u209f\u00b2\u00b3\u00b9]/gu;
// The dingbats' circled digits, which have no compatibility form: ❶-❿, ➀-➉, ➊-➓, and the zeros ⓿ 🄋 🄌.
const DINGBAT_DIGIT = /[\u2776-\u2793\u24ff]|\u{1F10B}|\u{1F10C}/gu;
const dingbatDigit = (c: string) => (c.length > 1 || c === '\u24ff' ? '0' : String((c.charCodeAt(0) - 0x2776) % 10 + 1));
// Cyrillic and Greek capitals (and a few small letters) drawn like Latin ones.
const LOOK_ALIKE: Record<string, string> = Object.fromEntries([
  ...[...'АВЕКМНОРСТХУІЈЅ'].map((c, i) => [c, 'ABEKMHOPCTXYIJS'[i]!]),
  ...[...'аеорсухіј'].map((c, i) => [c, 'aeopcyxij'[i]!]),
  ...[...'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ'].map((c, i) => [c, 'ABEZHIKMNOPTYX'[i]!]),
]);
const LOOK_ALIKE_SET = Object.keys(LOOK_ALIKE).join('');
const LOOK_ALIKE_CHARS = new RegExp(`[${LOOK_ALIKE_SET}]`, 'g');
// A token with Latin letters or digits and look-alike letters in it.
const MIXED_SCRIPT_TOKEN = new RegExp(`[A-Za-z0-9${LOOK_ALIKE_SET}]*[${LOOK_ALIKE_SET}][A-Za-z0-9${LOOK_ALIKE_SET}]*`, 'g');
const withLatinLookAlikes = (token: string) => (/[A-Za-z0-9]/.test(token) ? token.replace(LOOK_ALIKE_CHARS, (c) => LOOK_ALIKE[c]!) : token);

/**
 * A word a PDF's or a screen's copy hyphenated at a line's end ("Néstor Már-" / "quez Acosta",
 * "carolina.ji-" / "menez8854@alumnos.udg.mx"): joined on the first line, the second left blank
 * (the line count kept). Only before a lower-case letter or a digit: "García-" / "Luna" keeps its hyphen.
 */
const HYPHENATED = /(\p{L})-\n(?![ \t]*>)([\p{Ll}\d][^\n]*)/gu;
const unhyphenated = (text: string) => (text.includes('-\n') ? text.replace(HYPHENATED, '$1$2\n') : text);

export function plainChars(text: string): string {
  if (!UNPLAIN.test(text)) return text; // the common case: one scan, no copies
  return text
    // Zero-width characters, soft hyphens and the direction marks a right-to-left keyboard leaves
    // inside a value ("LEGN\u200f221214..."): dropped.
    .replace(/[\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u00a0\u2007\u2009\u202f\u3000]/g, ' ')
    // Full-width letters, digits and signs as typed plainly; an East Asian keyboard's parenthesis glued
    // to the word before it ("Luis Angel（エルナンデス...）") opens apart, and its comma ("Ríos、240658591")
    // is a comma.
    .replace(/[\uff01-\uff5e]/g, (c) => (c === '\uff08' ? ' (' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/\u3001/g, ', ')
    .replace(/[\u2010-\u2013\u2212]/g, '-')
    .replace(/[\ufb00-\ufb06]/g, (c) => c.normalize('NFKC'))
    .replace(STYLED, (c) => c.normalize('NFKC'))
    .replace(DINGBAT_DIGIT, dingbatDigit)
    .replace(/(?<=[A-Za-z0-9])\u3002(?=[A-Za-z0-9])/g, '.')
    .replace(/(?<=\d)\s?[\u30fc\u3161\u00b7\u2014\u2015]\s?(?=\d)/g, '-')
    .replace(MIXED_SCRIPT_TOKEN, withLatinLookAlikes);
}

function hasLongLine(text: string): boolean {
  if (text.length <= 1000) return false;
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start > 1000) return true;
    start = end + 1;
  }
  return false;
}

// A mail gateway's banner stamped above the writer's first line ("EXTERNO: Este correo proviene de
// fuera de la organización. No haga clic en vínculos ... y sepa que el contenido es seguro.";
// "CAUTION: This email originated from outside of the organization."): the gateway's words, not the
// writer's. Left in, its "seguro" reads as the desk's subject in a stranger's unrelated mail.
// ...and Outlook's first-contact tip ("No suele recibir correo electrónico de a.sandoval454@outlook.com.
// Por qué esto es importante<https://...>"): the sender's address in it is not one the writer gives.
const GATEWAY_BANNER = /^\s*(?:\[?(?:EXTERNO|EXTERNAL|PRECAUCI[OÓ]N|CAUTION|ADVERTENCIA|ATENCI[OÓ]N)\]?\s*[:\-]?\s*)?(?:este (?:correo|mensaje)(?: electr[oó]nico)? (?:se origin[oó]|proviene|viene|fue enviado|lleg[oó]) (?:de |desde )?fuera de (?:la|su|nuestra) organizaci[oó]n|this (?:e-?mail|message) (?:originated|came|was sent) from outside (?:of )?(?:the|your|our) organi[sz]ation|no suele recibir correo(?: electr[oó]nico)? de \S+@|you don'?t often get email from \S+@)/i;

const BANNER_WORDS = /organi[sz]aci[oó]n|organi[sz]ation|suele recibir|often get email/i;

/** The body with a gateway's banner in its first paragraph blanked (the line count kept). */
function withoutGatewayBanner(text: string): string {
  // (Most mail has none: a look at its opening before any split.)
  if (!BANNER_WORDS.test(text.slice(0, 1200))) return text;
  const lines = text.split('\n');
  let i = 0;
  let found = false;
  // (Two gateways may each stamp one: the external-sender banner over the first-contact tip.)
  for (let banners = 0; banners < 2; banners++) {
    const start = i;
    while (i < lines.length && i < start + 3 && !lines[i]!.trim()) i++;
    if (i >= lines.length || !GATEWAY_BANNER.test(lines[i]!)) break;
    found = true;
    for (const end = i + 6; i < lines.length && i < end && lines[i]!.trim(); i++) lines[i] = '';
  }
  return found ? lines.join('\n') : text;
}

/** Finders work line by line; bounding line length keeps every pattern scan near-linear. */
function breakLongLines(text: string): string {
  if (!hasLongLine(text)) return text; // the common case: one pass of indexOf, no regex
  // Anchored at line starts: unanchored, the engine retries from every position of a long line.
  return text.replace(/^[^\n]{1001,}/gm, (line) => {
    const parts: string[] = [];
    let at = 0;
    while (line.length - at > 1000) {
      const space = line.lastIndexOf(' ', at + 1000);
      const cut = space > at + 500 ? space : at + 1000;
      parts.push(line.slice(at, cut));
      at = cut;
    }
    parts.push(line.slice(at));
    return parts.join('\n');
  });
}

export function extractFields(mail: ParsedMail, options: ExtractOptions): Extraction {
  return extractWithLead(mail, options).extraction;
}

/** The extraction, the writer's new text (src/extract/own-text.ts leadText) and what follows it, for the triage. */
export function extractWithLead(mail: ParsedMail, options: ExtractOptions): { extraction: Extraction; leadText: string; passedOnText: string } {
  const m = withoutMojibake(mail);
  // An attached message ("forward as attachment") reads as a forward under the writer's text.
  let text = bodyText(m);
  for (const a of m.attachments) if (a.text && a.contentType === 'message/rfc822') text += `\n\n${a.text}`;
  const body = withoutGatewayBanner(unhyphenated(breakLongLines(plainChars(text.normalize('NFC')))));
  const lead = leadText(body);
  return { extraction: extractFrom(body, m, options, lead), leadText: lead, passedOnText: (body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body).slice(lead.length) };
}

/** The mail with UTF-8 misread as windows-1252 repaired in its texts, subject and sender's name. */
function withoutMojibake(mail: ParsedMail): ParsedMail {
  const text = repairMojibake(mail.text);
  const html = mail.html === null ? null : repairMojibake(mail.html);
  const subject = repairMojibake(mail.subject);
  const name = mail.from ? repairMojibake(mail.from.name) : '';
  if (text === mail.text && html === mail.html && subject === mail.subject && (!mail.from || name === mail.from.name)) return mail;
  return { ...mail, text, html, subject, from: mail.from ? { ...mail.from, name } : null };
}

// A value the desk masked in its reply ("E***** C******* P****", "******156",
// "em*****@alumnos.udg.mx"): copied into a student's own text, it is not a value.
const MASKED = /(?:^|[\s:(])[\p{L}\d]{0,3}\*{3,}[\p{L}\d]{0,3}(?:@\S+)?(?=[\s),.;]|$)/mu;

// A masked value corrected after an arrow on its own line: "- CURP: ***************LB5 -> SOBG...".
const MASKED_THEN_ARROW = /^([^*:]*:)\s*\S*\*{3,}\S*\s*(?:-+>|→|=>|⇒)\s*(?=\S)/u;

/** The text with every line that holds a masked value blanked (the line count kept), but for a value written after an arrow. */
function withoutMaskedLines(text: string): string {
  if (!text.includes('***')) return text;
  return text.split('\n').map((l) => (MASKED.test(l) ? (MASKED_THEN_ARROW.test(l) ? l.replace(MASKED_THEN_ARROW, '$1 ') : '') : l)).join('\n');
}

// The desk's received list, quoted: "- Nombre completo: J**** S****** A****" (src/replies/mask-value.ts).
const DESK_MASKED_NAME = /^[>\s]*-\s*Nombre completo:\s*((?:\p{L}\*+ ?){2,6})\s*$/mu;

/** The folded initials of the student's name as the desk masked it in a quoted reply, or null. */
function maskedNameInitials(text: string): string[] | null {
  if (!text.includes('***')) return null;
  const m = DESK_MASKED_NAME.exec(text);
  return m ? m[1]!.trim().split(/\s+/).map((w) => foldLabel(w[0]!)) : null;
}

/** Every word of `name` opens with one of `initials` (each used once; particles and initials aside). */
function initialsAmong(name: string, initials: readonly string[]): boolean {
  const left = [...initials];
  // (A hyphenated given name is one word, as the desk masked it: "Ji-ho" under "J****".)
  for (const w of foldLabel(name).split(/[^a-z-]+/).filter((x) => x.replace(/-/g, '').length > 1)) {
    const k = left.indexOf(w[0]!);
    if (k >= 0) left.splice(k, 1);
    else if (!PARTICLES.has(w.toUpperCase())) return false;
  }
  return true;
}

// An example of what to send, under "Por ejemplo:" (an office's away note: "incluye tu nombre, tu
// código y tu carrera. Por ejemplo: / Nombre: Juan Pérez López / Código: 219876543"): nobody's values.
// ...or ends a sentence with it ("Les compartimos el formato. Ejemplo de llenado:"), or opens a line
// with it ("Ejemplo de cómo anotarlo:", "2) Ejemplo de cómo se ven los datos completos:").
const EXAMPLE_INTRO = /\b(?:por ejemplo|ejemplo(?: de [a-z ]{1,30})?|p\. ?ej\.?|for example|e\.g\.)\s*:\s*$|^\s*(?:\d{1,2}[.)-]\s*|[-*•]\s*)?(?:un |por )?ejemplos?\b[^:\n]{0,60}:\s*$/i;
// ...and the lines above a note that says they are ("(son datos de ejemplo)", "estos datos son
// ficticios"): the block it closes.
const EXAMPLE_AFTER = /^\W*(?:(?:estos |todos )?(?:son )?datos (?:de ejemplo|ficticios|de prueba)|(?:estos )?datos son (?:de ejemplo|ficticios))\W*$/;

// (...or "Ejemplo: Begoña Ibáñez Treviño, CURP IATB...", a tip's sample on its own line; or a label
// that says its value is the example's: "Código del ejemplo: 240876350".)
const EXAMPLE_LINE = /^\s*(?:[Pp]or )?[Ee]jemplo(?: (?:con|de|para)\b|\s*:\s*\S)|^\s*[A-Za-zÁÉÍÓÚáéíóúñÑ]+(?: [a-záéíóúñ]+)? del ejemplo\s*:\s*\S/;

// (...with what it samples named: "Ejemplo de CURP con marca oculta: BIPE000101MJCDRJB3.")
const EXAMPLE_AT_END = /(?<=[.;!?]\s+)(?:[Pp]or )?[Ee]jemplo(?: de [^:.\n]{1,40})?\s*:\s*\S.*$/;

const EXAMPLE_IN_PARENS = /\((?:ej|p\. ?ej|por ejemplo|e\.g|ejemplo)\.?:?\s[^()\n]{1,60}\)/gi;

// A table's header cell over a column of a form's examples ("Dato / Ejemplo / Mis datos").
const EXAMPLE_HEADER = /^(?:ejemplos?|examples?)$/;

/**
 * The text with the lines of an example block blanked: the lines after "Por ejemplo:", up to a
 * blank line; and a table's column headed "Ejemplo" (a Word form pasted with the template's examples
 * beside the student's own column) blanked in its rows, the other cells kept.
 */
function withoutExampleLines(text: string): string {
  if (!/ejemplo|example|e\.g\.|p\. ?ej|\(ej\b/i.test(text)) return text;
  // An example in parentheses beside a label ("NSS (ej. 53987417457): 61242225771", a template's):
  // blanked, the label and her value kept in place.
  if (/\((?:ej|p\. ?ej|por ejemplo|e\.g|ejemplo)\b/i.test(text)) text = text.replace(EXAMPLE_IN_PARENS, blank);
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const sep = lines[i]!.includes('\t') ? '\t' : lines[i]!.includes('|') ? '|' : null;
    const head = sep ? lines[i]!.split(sep) : [];
    const column = head.length >= 3 ? head.findIndex((h) => EXAMPLE_HEADER.test(foldLabel(h.trim()))) : -1;
    // (Rows are the lines below with as many cells, up to a blank line.)
    for (let j = i + 1; column >= 0 && j < lines.length; j++) {
      const cells = lines[j]!.split(sep!);
      if (cells.length !== head.length) break;
      cells[column] = '';
      lines[j] = cells.join(sep!);
      changed = true;
    }
    if (EXAMPLE_AFTER.test(foldLabel(lines[i]!))) {
      let j = i - 1;
      while (j >= 0 && !lines[j]!.trim()) j--;
      for (; j >= 0 && lines[j]!.trim(); j--) lines[j] = '';
      changed = true;
      continue;
    }
    // A line that opens with "Ejemplo" and goes on with the value ("Ejemplo con la de mi nieto,
    // AATR200211HJCNRGC1: la suma da ..."): the example is that line.
    if (EXAMPLE_LINE.test(lines[i]!) && !EXAMPLE_INTRO.test(foldLabel(lines[i]!))) {
      lines[i] = '';
      changed = true;
      continue;
    }
    // ...or one that ends with a sample after a sentence ("R: Nombre, código, NSS ... Ejemplo: Ejemplo
    // Muestra Tipo, 238109950, NSS ..."): the line from "Ejemplo:" on.
    const sample = EXAMPLE_AT_END.exec(lines[i]!);
    if (sample) {
      lines[i] = lines[i]!.slice(0, sample.index);
      changed = true;
      continue;
    }
    if (!EXAMPLE_INTRO.test(foldLabel(lines[i]!))) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trim()) j++;
    for (; j < lines.length && lines[j]!.trim(); j++) lines[j] = '';
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}

// Writing from someone else's mailbox ("desde el correo de mi novia", "le pedí prestado el
// correo a mi hermana"), or saying this one is hers after all ("desde el mío").
// ...or, its owner named as the writer's sibling before ("soy Daniela, la gemela de Diego, les escribo
// desde su correo", "soy Alejandra, hermana de Héctor. Él me prestó su correo"). (A parent or a friend
// "desde su correo" writes from the student's own: that address is hers.) (...or a classmate's who
// lent it: "soy Bruno, compañero de Monse, ella me prestó su correo"; a classmate who "les escribo
// desde su correo" writes for its owner.)
const BORROWED_MAILBOX = /\b(?:(?:(?:desde|con|en|por) (?:el|la) (?:correo|cuenta|mail|e-?mail) de (?:mi|un|una) |(?:prestad[oa]|presto|presta) (?:el|la|su) (?:correo|cuenta) (?:a|de) mi )(?:novi[oa]|herman[oa]|amig[oa]|mama|papa|madre|padre|prim[oa]|companer[oa]|espos[oa]|pareja|roomie|ti[oa])|(?:gemel[oa]|melliz[oa]|herman[oa]) de [a-z]+\b[^\n]{0,80}?\b(?:(?:les? )?escribo desde su (?:correo|cuenta)|me (?:presto|presta|prestaron) su (?:correo|cuenta))|(?:companer[oa]|amig[oa]|prim[oa]|roomie) de [a-z]+\b[^\n]{0,80}?\bme (?:presto|presta|prestaron) su (?:correo|cuenta))\b/;

// "la de mi gemela, que es", "el de mi hermano es:" right before a value (folded).
const SIBLINGS_SAID_BEFORE = /\b(?:la|el) (?:curp |nss |codigo )?de mi (?:gemel[oa]|melliz[oa]|herman[oa])\b,? (?:que )?(?:es|era) ?:?\s*$/;

const EXAMPLE_LEFT = /\b(curp|nss|codigo)\b[^.\n()]{0,60}\b(?:deje|puse|se quedo|quedo|es)\s+(?:la|el)\s+del\s+ejemplo\b/;
const CONTACT_ADDRESS_LABEL = new RegExp(`\\b${CONTACT_ADDRESS_SRC}\\s*[:=-]?\\s*$`);
function contactAddress(line: string, address: string): boolean {
  const at = line.toLowerCase().indexOf(address.toLowerCase());
  return CONTACT_ADDRESS_LABEL.test(foldLabel(at < 0 ? line : line.slice(0, at)));
}

const NO_ADDRESS_YET = /\b(?:(?:todavia|aun) no tengo (?:mi )?(?:correo|cuenta)(?: (?:institucional|de la (?:udg|universidad)|udg))?|yo no di ese correo)\b/;

// A staff member who is also a student, in her own words.
const STAFF_STUDIES = /\b(?:soy\b[^.\n]{0,60}\b(?:alumn[oa]|estudiante)|(?:como|siendo) (?:alumn[oa]|estudiante) de|estudio (?:la|el|una|un) (?:licenciatura|maestria|doctorado|especialidad|posgrado))\b/;

// A name of initials only ("I. P. R." signed under "-- "): nobody's name to read.
const INITIALS_ONLY = /^\s*(?:\p{Lu}\.\s*){2,}$/u;
const OWN_MAILBOX = /\bdesde (?:el mio|la mia|mi (?:propio |propia )?(?:correo|cuenta))\b/;

const OLD_FILE = /(?:^|[^a-z])(?:viej[oa]|anterior|antigu[oa]|old|vencid[oa])(?:[^a-z]|$)/i;
const superseded = (a: AttachmentInfo, docs: readonly AttachmentInfo[]) => docs.length > 1 && OLD_FILE.test(a.filename ?? '') && docs.some((b) => !OLD_FILE.test(b.filename ?? ''));

// A form's section for a parent ("PADRE O TUTOR", "DATOS DE LA MADRE O TUTORA:") over that parent's
// own name, CURP and phone; the student's section follows ("ALUMNO", "DATOS DE LA ALUMNA").
const PARENT_SECTION = /^(?:datos\s+(?:del?\s+)?(?:la\s+|el\s+)?)?(?:padre|madre|papa|mama|tutora?)(?:\s+[oy]\s+(?:tutora?|madre|padre))?(?:\s*\([^)]*\))?\s*:?$/;
// ...unless the parent is the student ("Mis otros datos de alumna: ..."): then the child's section
// of the document she pastes ("DATOS DEL REGISTRADO" of a birth certificate) is the other person's.
const CHILD_SECTION = /^(?:datos\s+(?:del?\s+)?(?:la\s+|el\s+)?)?(?:registrad[oa]|hij[oa]|nin[oa]|menor|bebe)(?:\s*\([^)]*\))?\s*:?$/;
const PARENT_IS_STUDENT = /\b(?:soy (?:alumn[oa]|estudiante)|mis (?:otros )?datos (?:de|como) (?:alumn[oa]|estudiante))\b/;
const SECTION_CHARS = /[*_#=\-–—:]+/g;
// Cheap: a line that opens with a parent's word, maybe after "Datos de la".
const PARENT_SECTION_GATE = /^[\s*_#=\-–—]*(?:datos\s+de\S*\s+(?:la\s+|el\s+)?)?(?:padre|madre|pap[aá]|mam[aá]|tutor)/im;

/**
 * The text with a parent's section blanked (the line count kept), but for its NSS: a parent's NSS
 * is still offered, so that the check of its birth year explains it.
 */
function withoutParentSection(text: string): string {
  if (!PARENT_SECTION_GATE.test(text)) return text;
  const other = PARENT_IS_STUDENT.test(foldLabel(text)) ? CHILD_SECTION : PARENT_SECTION;
  const lines = text.split('\n');
  let inParent = false;
  let content = false;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const head = foldLabel(lines[i]!.replace(SECTION_CHARS, ' ')).replace(/\s+/g, ' ').trim();
    if (head && head.length <= 40 && other.test(head)) {
      inParent = true;
      content = false;
      lines[i] = '';
      changed = true;
      continue;
    }
    if (!inParent) continue;
    // The next section starts (the student's, or another): the other person's ends.
    if (head && head.length <= 40 && /^datos\s/.test(head) && !readLabel(lines, i)) {
      inParent = false;
      continue;
    }
    if (!lines[i]!.trim()) {
      if (content) inParent = false;
      continue;
    }
    content = true;
    if (readLabel(lines, i)?.field !== 'nss') lines[i] = '';
  }
  return changed ? lines.join('\n') : text;
}

// Someone writing for a student: a parent (find-names.ts parentWrites) or a sibling, a spouse.
const WRITES_FOR_RELATIVE = /\b(?:por|de parte de|para) mi (?:herman[oa]|hij[oa]|sobrin[oa]|niet[oa]|espos[oa])\b|\bsoy (?:su )?(?:herman[oa]|ti[oa]|abuel[oa]|prim[oa]|espos[oa]|novi[oa]|madrina|padrino) de\b/;
// "... la mía es X", "les dejo la mía por si les sirve para buscarlo: X".
// ...or under the writer's own heading after the student's: "Mis datos por si los piden: CURP X".
const OWN_CURP_BEFORE = /\b(?:la mia|mi curp)(?: es)?\s*:?\s*$|\bla mia\b[^.\d]{0,45}:\s*$|\bmis datos\b[^.\d:]{0,40}:\s*(?:curp\s*:?\s*)?$/;
const OWN_CURP_AFTER = /^\W{0,3}(?:(?:esa|esta|la) curp )?(?:es|era) la mia\b/;
const THAT_CURP_MINE = /\b(?:esa|esta) curp (?:es|era) la mia\b/;

/** CURP candidates that a relative writing for the student says are their own. */
function writersOwnCurp(own: string, values: readonly Candidate[], leadEnd: number): Set<Candidate> {
  const out = new Set<Candidate>();
  // (In the relative's own words: the student's "mi CURP" in her mail that he forwards below is hers,
  // "Papi, mándales esto tú ... Mi NSS es ... y mi CURP ...".)
  const curps = values.filter((c) => c.field === 'curp' && c.source === 'body' && c.pos < leadEnd);
  // (The cheap test of "mía" first: most mails have no such words.)
  if (!curps.length || !/\bm[ií]a\b|mi curp|mis datos/i.test(own) || (!parentWrites(own) && !/\b(?:por|para|parte de) mi\b|\bsoy (?:su )?\p{L}+ de\b/iu.test(own))) return out;
  const folded = foldLabel(own);
  if (!parentWrites(own) && !WRITES_FOR_RELATIVE.test(folded)) return out;
  const lines = folded.split('\n');
  for (const c of curps) {
    const line = lines[lineOf(c)] ?? '';
    const at = c.pos % 1000;
    if (OWN_CURP_BEFORE.test(line.slice(Math.max(0, at - 40), at)) || OWN_CURP_AFTER.test(line.slice(at + c.value.length))) out.add(c);
  }
  // "CURP OAVG... / Ay, perdón, esa CURP es la mía": the last CURP before the statement.
  const said = lines.findIndex((l) => THAT_CURP_MINE.test(l));
  if (said >= 0) {
    const before = curps.filter((c) => lineOf(c) <= said);
    if (before.length) out.add(before[before.length - 1]!);
  }
  // The same CURP read twice (under its label and as a pattern): both.
  const mine = new Set([...out].map((c) => c.value.toUpperCase()));
  for (const c of curps) if (mine.has(c.value.toUpperCase())) out.add(c);
  return out;
}

/** Body values of a field below the first "--" signature line when the text above it gives one of that field. */
function withoutSignatureNumbers(values: Candidate[], ownLines: readonly string[]): Candidate[] {
  const rule = ownLines.findIndex((l) => /^--\s?$/.test(l));
  if (rule < 0) return values;
  const above = new Set(values.filter((c) => c.source === 'body' && lineOf(c) < rule && c.field !== 'fullName' && c.field !== 'institutionalEmail').map((c) => c.field));
  return above.size ? values.filter((c) => !(c.source === 'body' && lineOf(c) > rule && above.has(c.field))) : values;
}

// "El mío es 40937445472 por si lo ocupan, pero ese es el mío, no el de él" (folded).
const PARENTS_OWN_NSS_BEFORE = /\bel mio(?: es)?\s*:?\s*$/;
// (Said by one who presents as the student's parent: a student who is a mother herself gives her own
// NSS beside her child's, "Mi NSS: ... / NSS de mi hijo: ...".)
const PRESENTS_AS_PARENT = /\bsoy (?:la |el |su )?(?:mama|papa|madre|padre|tutora?)\b/;
const PARENTS_OWN_NSS_AFTER = /^\W{0,3}(?:(?:ese|este|el) (?:nss |numero )?)?(?:es|era) el mio\b/;

/**
 * NSS candidates a parent writing for the student calls their own, beside another one they give
 * for the student ("aquí está: 65242143611 / El mío es 40937445472 por si lo ocupan"): not the
 * student's. (A parent's own number given alone is kept and explained: writersOwnNss.)
 */
function parentsOwnNssBeside(own: string, values: readonly Candidate[], leadEnd: number): Candidate[] {
  const nsss = values.filter((c) => c.field === 'nss' && c.source === 'body' && c.pos < leadEnd);
  if (nsss.length < 2 || !/\bel m[ií]o\b/i.test(own)) return [];
  const folded = foldLabel(own);
  if (!PRESENTS_AS_PARENT.test(folded)) return [];
  const lines = folded.split('\n');
  const mine = nsss.filter((c) => {
    const line = lines[lineOf(c)] ?? '';
    const at = c.pos % 1000;
    return PARENTS_OWN_NSS_BEFORE.test(line.slice(Math.max(0, at - 40), at)) || PARENTS_OWN_NSS_AFTER.test(line.slice(at + c.value.length));
  });
  const theirs = new Set(mine.map((c) => digitsOf(c.value)));
  return nsss.some((c) => !theirs.has(digitsOf(c.value))) ? nsss.filter((c) => theirs.has(digitsOf(c.value))) : [];
}

// "Yo tengo IMSS por mi trabajo ... Mi NSS es 58957600818, el de ella no lo sabemos" (folded).
const OWN_NSS_BEFORE = /\bmi (?:nss|numero de seguro(?: social)?|numero de seguridad social|numero de afiliacion)(?: es)?\s*:?\s*$/;

/**
 * An NSS a parent writing for the student calls their own ("Yo tengo IMSS por mi trabajo ... Mi NSS es
 * 58957600818, el de ella no lo sabemos"), which no CURP shows to be one: explained as a parent's, as
 * one a CURP shows (the reply asks for the student's own).
 */
function writersOwnNss(nss: Choice, own: string): Choice {
  if (nss.value === null || nss.source !== 'body' || nss.problems.length > 0 || !/\bmi (?:nss|n[uú]mero)|\bm[ií]o\b/i.test(own) || !parentWrites(own)) return nss;
  const written = new RegExp(`(?<!\\d)${nss.value.split('').join('[\\s-]?')}(?!\\d)`);
  for (const line of foldLabel(own).split('\n')) {
    const m = written.exec(line);
    if (m && (OWN_NSS_BEFORE.test(line.slice(Math.max(0, m.index - 40), m.index)) || OWN_NSS_AFTER.test(line.slice(m.index + m[0].length)))) return { ...nss, problems: [makeProblem('nss_parent_suspected', { parents: true })] };
  }
  return nss;
}
// ...or said after it: "El NSS que sale en la página es 34957656092, creo que es el mío porque yo soy la
// titular" (folded).
const OWN_NSS_AFTER = /^[\s,.;:()-]{0,4}(?:y\s+|pero\s+)?(?:creo que |parece que |me parece que )?(?:ese |este )?(?:es|era) el mio\b/;

// A document's own name line: "Nombre: MAURICIO TEJEDA RUBIO", "Nombre(s), primer apellido y
// segundo apellido: HECTOR VILLEGAS CERVANTES", "Trabajador: ...", or the beneficiary a pension's
// resolution is about, above its insured parent ("Beneficiario: XIMENA ... / Asegurado: RAMON ...").
const DOC_NAME = /^\s*(?:nombre(?:\s*\(s\))?[^:\n]{0,60}|trabajador|asegurad[oa]|beneficiari[oa])\s*:\s*(\S.*)$/im;

/** The attachments (segment indexes) whose own name line names someone the body does not. */
function othersDocuments(segments: readonly Segment[], givens: ReadonlySet<string>): Set<number> {
  const out = new Set<number>();
  if (!segments.some((s) => s.source === 'attachment')) return out;
  if (!givens.size) return out;
  segments.forEach((s, k) => {
    const m = s.source === 'attachment' ? DOC_NAME.exec(s.text) : null;
    const words = m ? nameWords(m[1]!) : [];
    if (words.length >= 2 && ![...givens].some((g) => words.includes(g))) out.add(k);
  });
  return out;
}

/** The student's given names: the first word of each name the body or the sender gives. */
const givenNames = (bodyNames: readonly Candidate[], displayName: string) =>
  new Set([...bodyNames.map((c) => c.value), displayName].map((v) => nameWords(v)[0]).filter((w): w is string => !!w));

/**
 * Values without those of someone else's documents, but for their NSS when the student gives none,
 * and for a line of theirs that names the student: the father's constancia lists him among its
 * beneficiaries ("Nombre: NOE ROMERO CORTES CURP: ROCN...  Parentesco: HIJO"), his own CURP.
 */
function withoutOthersDocuments(values: readonly Candidate[], docs: ReadonlySet<number>, segments: readonly Segment[], givens: ReadonlySet<string>): Candidate[] {
  const namesStudent = (c: Candidate) => {
    const line = segments[Math.floor(c.pos / 10_000_000)]?.text.split('\n')[lineOf(c) % 10_000] ?? '';
    return nameWords(line).some((w) => givens.has(w));
  };
  const isOthers = (c: Candidate) => c.source === 'attachment' && docs.has(Math.floor(c.pos / 10_000_000)) && !(c.field !== 'nss' && namesStudent(c));
  const ownNss = values.some((c) => c.field === 'nss' && !isOthers(c));
  return values.filter((c) => !isOthers(c) || (c.field === 'nss' && !ownNss));
}

// The writer takes back the NSS of their earlier mail without giving another: "Sí, ese era el de mi
// papá ... el mío todavía no lo tengo".
// ...or says it changed since: "El NSS que puse ya no es el que tengo, después de la unificación
// ...", "el NSS que puse ya no es válido: ... me van a dar el bueno".
const CODE_TAKEN_BACK = /(?<!\d)(\d{9})(?!\d)\)?\s*,?\s*(?:y\s+|pero\s+)?(?:ese|este)(?: codigo)?\s+ya no (?:es|sirve|vale|lo uso|es valido|es el mio)\b/g;
function withdrawnCodes(foldedLead: string): Set<string> {
  const out = new Set<string>();
  for (const m of allMatches(CODE_TAKEN_BACK, foldedLead)) out.add(m[1]!);
  return out;
}
const NSS_WITHDRAWN = /\b(?:ese|este|el que (?:les )?(?:mande|envie|puse))\s+(?:no\s+es\s+el\s+mio|(?:es|era|fue)\s+(?:el\s+)?de\s+mi\s+(?:papa|mama|padre|madre|tutora?|herman[oa]|espos[oa]|abuel[oa]))\b|\b(?:nss|numero(?: de seguro(?: social)?)?) que (?:les )?(?:mande|envie|puse) ya no (?:es|sirve|vale)\b/;

// The writer says the NSS she sends is a parent's: "Les mando el de mi mamá porque yo no tengo: ...",
// "este es el NSS de mi papá: ..." (folded; not "no es el de mi mamá", "el mío, no el de mi mamá").
// ...said after the number: ", es el que viene en la hoja de mi mamá", "(es el de mi papá)" (folded).
// ("el que viene en la hoja de mi mamá": the paper a parent's number is read from.)
const ON_PARENTS_PAPER = String.raw`que (?:viene|sale|aparece|esta) en (?:la hoja|el papel|la constancia|la cartilla|el carnet) `;
const PARENTS_NSS_SAID_AFTER = new RegExp(String.raw`^[\s,.;:()-]{0,4}(?:y\s+)?(?:es|era)\s+el (?:${ON_PARENTS_PAPER})?de mi (?:mama|papa|madre|padre|tutora?)\b`);
const PARENTS_NSS_SAID = new RegExp(String.raw`\b(?<!\bno )(?:es|este es|les? mando|les? envio|les? paso|mando|envio|paso|aqui va|va)\s+el (?:nss |numero (?:de seguro (?:social )?)?|seguro |${ON_PARENTS_PAPER})?de mi (?:mama|papa|madre|padre|tutora?)\b(?![^\d]{0,40}\b(?:mio|mia)\b)`);

// ...or the number she reads where she is a parent's beneficiary: "en la app de mi papá aparezco como
// beneficiario con este número ..." (the insured parent's NSS is the one shown there; folded).
const PARENTS_NSS_AS_BENEFICIARY = /\b(?:en|de|del) (?:la app|la aplicacion|el carnet|la cuenta|la hoja|la constancia|imss digital) de mi (?:mama|papa|madre|padre|tutora?)\b[^\d]{0,60}\b(?:aparezco|salgo|estoy|vengo) como (?:su )?beneficiari[oa]\b/;

// The writer's own number named after a parent's: "el mío", "el bueno", "mi propio NSS" (folded).
const OWN_ONE_AFTER = /\b(?:el mio|la mia|mi propio|el bueno|el correcto)\b/;

/** Where the digit run that holds `value` starts in `line` (separators aside), or -1. */
function numberAt(line: string, value: string): number {
  for (const m of line.matchAll(/\d[\d\s-]*\d/g)) if (digitsOf(m[0]).includes(value)) return m.index!;
  return -1;
}

/**
 * An NSS the writer says is her mother's or father's, which no CURP shows to be one: explained as
 * a parent's all the same (the desk asks for her own).
 */
function saidToBeParents(nss: Choice, own: string, ownLines: readonly string[]): Choice {
  if (nss.value === null || nss.source !== 'body' || nss.problems.length > 0 || !/\bmi (?:mam|pap|madre|padre|tutor)/i.test(own)) return nss;
  for (const line of ownLines) {
    if (!line.replace(/[^\d]/g, '').includes(nss.value)) continue;
    const folded = foldLabel(line);
    const m = PARENTS_NSS_SAID.exec(folded);
    // (The words stand before the number: they name it, not one said after it. A chat line's time
    // stamp before them is no number: "[27/01/45, 12:41:12] Sofi Lara: el unico nss que tengo es el de
    // mi mama 89967756340".)
    // (Not when she then gives her own on the line: "ese NSS es el de mi papá ... El mío lo acabo de
    // sacar ...: 85242069665".)
    const at = numberAt(folded, nss.value);
    if (m && m.index < at && !OWN_ONE_AFTER.test(folded.slice(m.index + m[0].length, at))) return { ...nss, problems: [makeProblem('nss_parent_suspected', { said: true })] };
    if (PARENTS_NSS_AS_BENEFICIARY.test(folded.slice(0, Math.max(0, at)))) return { ...nss, problems: [makeProblem('nss_parent_suspected', { said: true })] };
    // ...or said right after it, the line's only number: "y el nss es 31947571001, es el que viene en
    // la hoja de mi mama" (not "el 66876836256 es el de mi papá. El mío es 42220766234").
    const digits = line.search(/\d/);
    const after = digits < 0 || (line.match(/\d[\d -]*\d/g) ?? []).length !== 1 ? '' : foldLabel(line.slice(digits).replace(/^[\d\s-]+/, ''));
    if (PARENTS_NSS_SAID_AFTER.test(after)) return { ...nss, problems: [makeProblem('nss_parent_suspected', { said: true })] };
  }
  return nss;
}

/**
 * The one valid CURP among `cands` that spells the writer's display name ("Leticia Gamboa" for
 * GARL880902...) while none of the child's whole names the mail gives ("mi hija Karla Romero Gamboa")
 * fits it: the parent's own. Null when there is no child's whole name to compare with, or no such
 * CURP, or more than one.
 */
function parentsOwnCurp(cands: readonly Candidate[], writerName: string, names: readonly Candidate[], now: Date): { curp: string; birthYear: number } | null {
  if (nameWords(writerName).length < 2 || !cands.length) return null;
  const children = names.filter((c) => c.how === 'sentence' && c.source === 'body' && nameWords(c.value).length >= 3 && !namesTheWriter(c.value, { names: [writerName], addresses: [] }, 2));
  // (A mother who studies labels her own name for her own request, her son's NSS beside hers as her
  // beneficiary's: "Nombre: Mariana Flores Zamora ... NSS de mi hijo (Iker Flores Villalobos)".)
  if (!children.length || names.some((c) => c.how === 'label' && c.source === 'body' && namesTheWriter(c.value, { names: [writerName], addresses: [] }, 2))) return null;
  const found = new Map<string, number>();
  for (const c of cands) {
    const v = normalizeCurp(c.value, now).value;
    const check = checkCurp(v, now);
    if (check.problems.length || !check.info) continue;
    if (matchNameToCurp(writerName, v).kind === 'full' && children.every((ch) => matchNameToCurp(ch.value, v).kind === 'none')) found.set(v, check.info.birthYear);
  }
  if (found.size !== 1) return null;
  const [curp, birthYear] = [...found][0]!;
  return { curp, birthYear };
}

/** An NSS of the parent's own CURP's birth year, sent with it for the child: the parent's NSS too. */
function bornWithTheWriter(nss: Choice, writersCurp: { birthYear: number } | null): Choice {
  if (!writersCurp || nss.value === null || nss.problems.length || !/^\d{11}$/.test(nss.value) || nss.value.startsWith('97')) return nss;
  const yy = String(writersCurp.birthYear % 100).padStart(2, '0');
  return nss.value.slice(4, 6) === yy ? { ...nss, problems: [makeProblem('nss_parent_suspected', { writers: true, nssYear: yy })] } : nss;
}

// The desk's own reply, quoted, that flagged the NSS it had received as someone else's
// (templates: "Número de Seguridad Social (NSS) (recibimos ********959): ... parece ser el NSS de otra
// persona (por ejemplo, de tu padre o madre)"): the masked number's last digits.
const FLAGGED_NSS = /recibimos \*{4,}(\d{3})\)?:[^\n]*(?:otra persona|padre o madre)/;

/**
 * The same NSS sent again after the desk's quoted reply flagged it as a parent's ("mi papá dice que
 * ese número sí es el mío: 36937450959"): still not hers, though this message holds no CURP to show it.
 */
function flaggedAgain(nss: Choice, body: string): Choice {
  if (nss.value === null || nss.problems.length > 0 || !body.includes('recibimos')) return nss;
  const m = FLAGGED_NSS.exec(body);
  return m && digitsOf(nss.value).endsWith(m[1]!) ? { ...nss, problems: [makeProblem('nss_parent_suspected', { again: true })] } : nss;
}

/**
 * A CURP that fails its checks, and the same CURP but for one or two characters, valid, written in
 * the thread she passes on (Control Escolar's "En SIIAU tiene registrada PIGL210925HJCMRNA8, que sí
 * es válida. La que usted escribe tiene un error de dedo"): the valid one, as a careful reader takes
 * it. Another person's CURP differs in far more than two places.
 */
function curpFixedInThread(curp: ReturnType<typeof chooseCurp>, body: string, now: Date, read: readonly Candidate[]): ReturnType<typeof chooseCurp> {
  if (curp.value === null || curp.problems.length === 0 || curp.value.length !== 18) return curp;
  const old = new Set(read.filter((c) => c.old && c.field === 'curp').map((c) => c.value.toUpperCase()));
  for (const m of body.matchAll(CURP_IN_THREAD)) {
    const other = m[0].toUpperCase();
    // (Not one she says was cancelled: "La CURP que les mandé (...) la dieron de baja".)
    if (other === curp.value || differingChars(other, curp.value) > 2 || old.has(other)) continue;
    // (A twin's CURP can differ in two places, the given name's consonant and the check digit: not
    // one written as a sibling's.)
    if (/herman|gemel|melliz|prim[oa]/i.test(body.slice(Math.max(0, m.index! - 80), m.index!))) continue;
    const check = checkCurp(other, now);
    if (check.info) return { value: other, source: curp.source, problems: [], warnings: [...curp.warnings, `La CURP ${curp.value} no pasa la validación; en el hilo aparece ${other}, válida: se tomó esa.`], info: check.info };
  }
  return curp;
}
const CURP_IN_THREAD = /(?<![A-Za-z0-9])[A-Za-z]{4}\d{6}[HMXhmx][A-Za-z]{5}[0-9A-Za-z]\d(?![A-Za-z0-9])/g;
function differingChars(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** Where the quoted thread-mate's mail is numbered: after every document and the subject. */
const QUOTE_POS = 70_000_000;

function extractFrom(body: string, mail: ParsedMail, options: ExtractOptions, lead = leadText(body)): Extraction {
  const now = options.now;
  const ownCtx = {
    senderAddress: mail.from?.address ?? null,
    senderName: mail.from?.name ?? '',
    deskAddresses: options.deskAddresses,
    institutionalDomains: options.institutionalDomains,
    subject: mail.subject,
  };
  const own = withoutParentSection(withoutExampleLines(withoutMaskedLines(extractOwnText(body, ownCtx))));
  const ownLines = own.split('\n');
  const segments: Segment[] = [{ text: own, source: 'body' }];
  // Two documents, one named as the old one ("CURP_vieja.pdf" beside "CURP_nueva.pdf"): the other.
  const docs = mail.attachments.filter((a) => a.text && a.contentType !== 'message/rfc822');
  for (const a of docs) {
    if (!superseded(a, docs)) segments.push({ text: unhyphenated(breakLongLines(plainChars(a.text!.slice(0, MAX_TEXT).normalize('NFC')))), source: 'attachment' });
  }
  const subject: Segment = { text: plainChars((mail.subject ?? '').normalize('NFC')), source: 'subject' };

  // A reply to the desk that asked for one field may answer it bare.
  const asked = askedField(body);
  const codeOffered = POINTS_AT_CODE.test(own);
  const read: Candidate[] = [...segments, subject].flatMap((s, k) => findValues(s, k * 10_000_000, s.source === 'body' ? asked : null, codeOffered));
  // A code or an address said to be a former one gives way to another anywhere in the mail (the new
  // code in the subject: "Cambio de carrera - código nuevo 232959801" over "el de antes era ...").
  // (A CURP said to be cancelled goes even alone: the reply asks for the one in force.)
  const current = read.some((c) => c.old) ? read.filter((c) => !c.cancelled && (!c.old || !read.some((o) => o.field === c.field && !o.old))) : read;
  // A block she takes back as someone else's, pasted by mistake ("Ay perdón, esos son los datos de
  // mi amiga ... Los míos son:"): nothing above that line is hers.
  const withdrawn = /\b(?:esos|estos) (?:no )?(?:son|eran)\b/i.test(own) ? withdrawnBlockLine(own) : -1;
  const found = withdrawn < 0 ? current : current.filter((c) => c.source !== 'body' || lineOf(c) >= withdrawn);
  // Who writes, and for whom: computed once (the name finders below and the choices use them).
  const namesBySegment = segments.map((s, k) => findNames(s, k * 10_000_000).filter((c) => withdrawn < 0 || c.source !== 'body' || lineOf(c) >= withdrawn));
  // Several students in one mail (an office's table or list): the first student's values only.
  // (The desk's own address in her words, "mandé mis datos a imss@udg.mx", is nobody's record.)
  const second = secondStudentAt(found.filter((c) => !(c.field === 'institutionalEmail' && options.deskAddresses.includes(c.value.toLowerCase()))), namesBySegment[0]!, ownLines);
  let values = second === Infinity ? found : found.filter((c) => c.source !== 'body' || c.pos < second);
  // ...or a table of students attached ("pendientes_2044B.csv", an export), the writer's own text
  // holding no student's value: several students, as a table in the body is.
  const severalAttached = second === Infinity && mail.attachments.some(isStudentTable) && !found.some((c) => c.source === 'body' && (c.field === 'studentCode' || c.field === 'nss' || c.field === 'curp'));
  const kind = senderKind(mail.from?.address, options);
  const byRelative = parentWrites(own);
  // A relative writing for the student who gives their own CURP ("por si la necesitan para ubicarme
  // como la madre, la mía es ...", "esa CURP es la mía, la copié de mis notas"): not the student's.
  // (From a student's own institutional address, "mi CURP" is the student's, a parent or not.)
  let leadLines = 1;
  for (let k = lead.indexOf('\n'); k >= 0; k = lead.indexOf('\n', k + 1)) leadLines++;
  const leadEnd = leadLines * 1000;
  const writersOwn = kind === 'student' ? new Set<Candidate>() : new Set([...writersOwnCurp(own, values, leadEnd), ...parentsOwnNssBeside(own, values, leadEnd)]);
  if (writersOwn.size) values = values.filter((c) => !writersOwn.has(c));
  // A value said to be a twin's or a sibling's right before it ("es igual a la de mi gemela, que es
  // CADX..."): not the student's, whatever else she gives.
  if (OTHERS_VALUE_HINT.test(own)) values = values.filter((c) => c.source !== 'body' || !SIBLINGS_SAID_BEFORE.test(foldLabel((ownLines[lineOf(c)] ?? '').slice(Math.max(0, (c.pos % 1000) - 60), c.pos % 1000))));
  // A mailbox owner's signature under a "--" line with her own number, below the writer's ("uso la
  // laptop de mi esposa. Mi código ..., mi NSS 55242133811. / -- / Diana López Reyes / NSS
  // 77241973930"): the signature's number of a field the text above it gives is not the student's.
  if (own.includes('\n--')) values = withoutSignatureNumbers(values, ownLines);
  // A document of someone else's that the student attaches (a twin's NSS sheet, a brother's CURP, the
  // father's constancia): by its own name line.
  // (Not when she writes for a classmate or a relative: "Mi compañero de internado ... me pidió que les
  // mandara su CURP (adjunto el PDF)": his document.)
  const forKin = KIN_HINT.test(own) && KIN.test(foldLabel(own));
  const sendsTheirs = forKin && SENDS_THEIRS.test(foldLabel(own));
  const givens = kind === 'student' && !byRelative && !sendsTheirs && segments.length > 1 ? givenNames(namesBySegment[0]!, mail.from?.name ?? '') : new Set<string>();
  const othersDocs = givens.size ? othersDocuments(segments, givens) : new Set<number>();
  if (othersDocs.size) values = withoutOthersDocuments(values, othersDocs, segments, givens);
  // An NSS of the quoted earlier mail that the writer's new text takes back, none given instead.
  if (values.some((c) => c.field === 'nss' && c.source === 'body' && c.pos >= leadEnd) && !values.some((c) => c.field === 'nss' && c.source === 'body' && c.pos < leadEnd) && NSS_WITHDRAWN.test(foldLabel(lead))) {
    values = values.filter((c) => !(c.field === 'nss' && c.source === 'body' && c.pos >= leadEnd));
  }
  // A code the writer names and takes back in the same breath ("puse el código de la prepa (237014849) y
  // ese ya no es"), none given instead: not offered, wherever else it stands.
  const codesTakenBack = values.some((c) => c.field === 'studentCode') && /ya no/i.test(lead) ? withdrawnCodes(foldLabel(lead)) : null;
  if (codesTakenBack?.size) values = values.filter((c) => !(c.field === 'studentCode' && codesTakenBack.has(digitsOf(c.value))));
  // Her earlier mail, quoted under the new one, held someone else's data, and the new text says so
  // and gives hers ("ayer les mandé por error los datos de mi compañera de equipo ... Los míos son:"):
  // nothing of the quoted mail is read.
  const earlierNotHers = values.some((c) => c.source === 'body' && c.pos < leadEnd) && values.some((c) => c.source === 'body' && c.pos >= leadEnd) && EARLIER_NOT_MINE.test(foldLabel(lead));
  if (earlierNotHers) values = values.filter((c) => !(c.source === 'body' && c.pos >= leadEnd));
  // One character corrected by its place ("en el NSS el sexto dígito es 4, no 7", "P.D. El último
  // número del código es 9, no 0"): the value rebuilt, where it holds the wrong one there.
  if (POSITION_HINT.test(own)) values = withPositionCorrections(values, foldLabel(own));
  // Not from someone else's mailbox ("les escribo desde el correo de mi novia porque el mío no me
  // deja entrar"): that address is not the student's. (Unless this one is hers: "les escribí el
  // sábado desde el correo de mi hermano ..., les mando todo desde el mío".)
  const leadFolded = /correo|cuenta|mail/i.test(lead) ? foldLabel(lead) : '';
  const borrowed = BORROWED_MAILBOX.test(leadFolded) && !OWN_MAILBOX.test(leadFolded);
  // An address in what she passes on that she says she has not got ("yo no di ese correo, todavía
  // no tengo correo de la UDG", over a call centre's acknowledgement): not hers.
  if (NO_ADDRESS_YET.test(leadFolded)) values = values.filter((c) => !(c.field === 'institutionalEmail' && c.source === 'body' && c.pos >= leadEnd));
  // "la CURP no me la sé todavía, dejé la del ejemplo": the template's example left in that field's place.
  const leftExample = /ejemplo/i.test(lead) ? EXAMPLE_LEFT.exec(foldLabel(lead)) : null;
  if (leftExample) {
    const field = ({ curp: 'curp', nss: 'nss', codigo: 'studentCode' } as const)[leftExample[1] as 'curp' | 'nss' | 'codigo'];
    values = values.filter((c) => !(c.field === field && c.source === 'body'));
  }
  // A personal address given only to be answered at ("Correo para notificaciones: ...@hotmail.com",
  // a gestor's; "Correo de contacto:" in a call centre's ticket): not offered as her institutional one
  // (lexicon.ts keeps such a label from reading as the institutional address's).
  if (/(?:correo|mail) (?:electr[oó]nico )?(?:de|para) (?:contacto|notificaciones|respuesta|avisos)/i.test(own)) values = values.filter((c) => !(c.field === 'institutionalEmail' && c.source === 'body' && senderKind(c.value, options) !== 'student' && contactAddress(ownLines[lineOf(c)] ?? '', c.value)));
  if (mail.from && !borrowed) {
    values.push({ field: 'institutionalEmail', value: mail.from.address, source: 'sender', labeled: false, how: 'sender', pos: 0 });
    // An address she says she no longer uses ("Antes era ... pero ese ya no lo uso") gives way to
    // the institutional one she writes from.
    if (kind === 'student') values = values.filter((c) => !(c.field === 'institutionalEmail' && c.old));
    // ...and so does the address of the mail she forwards "desde mi cuenta anterior" (her old alumnos
    // mailbox), writing from the new one.
    if (kind === 'student' && FROM_OLD_MAILBOX.test(leadFolded)) values = values.filter((c) => !(c.field === 'institutionalEmail' && c.source === 'body' && c.value.toLowerCase() !== mail.from!.address));
  }

  // A field nothing above gives, in the quoted reply-all of someone writing to the desk about the
  // sender ("Soy la mamá de Belén Trujillo Ávila, les paso lo que falta: NSS ..."): the desk received
  // it in this thread. (Her own words, documents and address come first, whatever they hold.)
  const mateText = threadMateText(body, ownCtx);
  const mate: Segment | null = mateText ? { text: withoutExampleLines(withoutMaskedLines(mateText)), source: 'quote' } : null;
  if (mate) values.push(...findValues(mate, QUOTE_POS, null, false).filter((c) => !read.some((o) => o.field === c.field) && !values.some((o) => o.field === c.field)));

  // A value on a line that names it someone else's ("Código de mi hermano gemelo: 234193993 (él ya
  // está dado de alta)"), after one of the same field written before it: the earlier one.
  if (!byRelative && OTHERS_VALUE_HINT.test(own)) values = withoutOthersLabeled(values, ownLines);
  // A parent writing for the child the mail names who sends her own CURP ("mi hija Karla Romero
  // Gamboa ... CURP: GARL880902MJCMNT29 ... Los números los saqué de mi hoja del IMSS, yo soy su
  // mamá"; a father's own constancia in PDF): it spells the writer's display name, not the child's.
  const writersCurp = byRelative && kind !== 'student' && mail.from?.name ? parentsOwnCurp(of(values, 'curp'), mail.from.name, namesBySegment.flat(), now) : null;
  if (writersCurp) values = values.filter((c) => !(c.field === 'curp' && normalizeCurp(c.value, now).value === writersCurp.curp));
  const curp = curpFixedInThread(chooseCurp(withoutPastedCurps(of(values, 'curp'), kind === 'student' && !byRelative && !forKin ? mail.from?.name ?? '' : '', now), now), body, now, read);
  const validCurp = curp.info ? curp.value : null;

  const code = chooseCode(withoutSignedCode(of(values, 'studentCode'), own, mail.from?.name ?? ''), options.studentCodePattern);
  const allNames: Candidate[] = namesBySegment.flatMap((names, k) => (othersDocs.has(k) ? [] : names));
  const names = (second === Infinity ? allNames : allNames.filter((c) => c.source !== 'body' || c.pos < second)).filter((c) => !earlierNotHers || c.source !== 'body' || c.pos < leadEnd);
  if (mail.from?.name) {
    names.push(...findSenderNameInText(segments[0]!, mail.from.name, 0, lead));
    // The sender's whole display name in the subject ("Lizbeth Salcedo Ayala alta IMSS"), when they
    // write for themselves from a student's or a personal mailbox.
    const self = (kind === 'student' || kind === 'personal') && !byRelative && !forKin;
    if (self) names.push(...findSenderNameInText(subject, mail.from.name, 30_000_000).filter((c) => c.how === 'list'));
  }
  if (mate) names.push(...findNames(mate, QUOTE_POS));
  if (code.value !== null && code.problems.length === 0) {
    names.push(...[...segments, subject].flatMap((s, k) => findNamesBesideCode(s, code.value!, k * 10_000_000 + 5_000_000)));
  }
  if (validCurp) {
    names.push(...[...segments, subject].flatMap((s, k) => findNamesByCurp(s, validCurp, k * 10_000_000)));
    if (mate) names.push(...findNamesByCurp(mate, validCurp, QUOTE_POS));
    // A Reply-To other than the sender is what a web form relays: the name the student typed in
    // it, taken last and only when it spells the CURP.
    if (mail.replyTo?.name && mail.replyTo.address !== mail.from?.address) {
      names.push(...findNamesByCurp({ text: mail.replyTo.name, source: 'sender' }, validCurp, 90_000_000).filter((c) => c.how === 'curp' && !c.labeled));
    }
  }
  // A teacher or an office writes about a student and signs: their signature and their own name
  // are not the student's. So, on a web form's relay, are the name and address of a relative who
  // filled it in ("Nombre: Rosa Elvia Garibay ... mi hijo Héctor ...").
  // ...unless the staff member is the student: the student address they give is their own name
  // ("Soy auxiliar administrativo ... y estudio la licenciatura ... Correo de alumno:
  // tomas.cisneros2908@alumnos.udg.mx", from Tomás Cisneros Bautista at administrativos.udg.mx).
  // So is one who says she studies here ("Soy técnica académica y alumna de nuevo ingreso de la
  // Maestría", "Solicito el alta ... como alumno de la Maestría"); and so is one whose display name
  // the CURP spells, however she says it ("Soy profesora ... y este calendario entré a la
  // Maestría"): a teacher writing about a student never sends a CURP of her own name.
  const staff = kind === 'staff' && !STAFF_STUDIES.test(foldLabel(own)) && !of(values, 'institutionalEmail').some((c) => c.source === 'body' && senderKind(c.value, options) === 'student' && addressNames(c.value, mail.from?.name ?? ''))
    && !(validCurp && mail.from?.name && matchNameToCurp(mail.from.name, validCurp).kind === 'full');
  const relay = mail.replyTo && mail.from && mail.replyTo.address.toLowerCase() !== mail.from.address.toLowerCase() ? mail.replyTo : null;
  const relativeOnForm = relay && byRelative ? relay : null;
  const writer = staff || relativeOnForm
    ? { names: [staff ? mail.from?.name ?? '' : '', relativeOnForm?.name ?? ''], addresses: relativeOnForm ? [relativeOnForm.address.toLowerCase()] : [] }
    : null;
  // A parent who signs with his own name, alone on its line and as his mailbox shows it ("¿Ya pueden
  // seguir con el trámite? / Francisco Serrano", writing for "mi hija"): his, not hers.
  const fromName = mail.from?.name ?? '';
  const fromWords = nameWords(fromName);
  // (So does a grandfather whose subject says for whom he writes: "RE: Alta de mi nieto".)
  const forRelativeBySubject = forKin && RELATIVE_IN_SUBJECT.test(foldLabel(mail.subject ?? ''));
  // (Not from a student's own institutional mailbox, whose name is the student's: a mother who studies
  // herself, "Mi hija me dice que como estudiante de UDGVirtual también puedo tener el seguro".)
  const byFamily = (byRelative || forRelativeBySubject) && fromWords.length >= 2 && kind !== 'student' ? names.filter((c) => !parentsOwn(c, fromWords)) : names;
  // A name signed or alone on a line whose initials the student's name, as the desk masked it in the
  // reply quoted below ("Nombre completo: J**** S****** A****"), does not have: whoever answers for
  // the student ("ya lo sacamos ... / Miguel Ángel Tovar", a father replying to his son's case).
  const masked = maskedNameInitials(body);
  const initialed = byFamily.some((c) => INITIALS_ONLY.test(c.value)) ? byFamily.filter((c) => !INITIALS_ONLY.test(c.value)) : byFamily;
  // A whole name in her own new words ("Me llamo Juan Pablo Fernández de Córdoba y Santibáñez") over
  // the "NOMBRE:" line of a notice she passes on (a credential's name cut at 30 characters).
  const vouched = initialed.some((c) => c.source === 'body' && c.how === 'sentence' && c.pos < leadEnd && nonParticleCount(c.value.split(/\s+/)) >= 3);
  const named = vouched ? initialed.filter((c) => !(c.source === 'body' && c.how === 'label' && c.pos >= leadEnd)) : initialed;
  const candidates = masked ? named.filter((c) => !((c.how === 'signature' || c.how === 'list') && c.source === 'body' && !initialsAmong(c.value, masked))) : named;
  const name = chooseName(writer ? candidates.filter((c) => !(staff && c.how === 'signature') && !namesTheWriter(c.value, writer)) : candidates, validCurp);
  // (With a valid CURP, the NSS's birth year says whose it is: a mother who studies and gives "mi NSS"
  // beside her son's is the student.)
  const checkedNss = bornWithTheWriter(flaggedAgain(saidToBeParents(chooseNss(of(values, 'nss'), curp.info?.birthYear ?? null, now), own, ownLines), body), writersCurp);
  const nss = curp.info ? checkedNss : writersOwnNss(checkedNss, own);
  // Someone writing from their own institutional address for a sibling or a child named in the mail
  // ("Escribo desde mi correo porque mi hermano ... Él es Néstor ..."): that address is theirs.
  // A sibling shares the writer's surnames ("Soy Valeria Orozco ... por mi hermano gemelo: Valentín
  // Orozco Villaseñor"): with the name split by the CURP and a display name of two words or more,
  // the given names tell them apart; otherwise one shared word says the name is the writer's.
  // Without a CURP to split it, a name of three words or more opens with a given name: one the
  // writer's display name does not hold is someone else's ("Tadeo Íñiguez Toscano" writing for
  // "Melissa Guadalupe Íñiguez Toscano").
  const nameWordsOf = name.value !== null ? nameWords(name.value) : [];
  const forRelative = name.value !== null && forKin && (name.parts && fromWords.length >= 2
    ? !nameWords(name.parts.givenNames).some((w) => fromWords.includes(w))
    : fromWords.length >= 2 && nameWordsOf.length >= 3
      ? !fromWords.includes(nameWordsOf[0]!)
      : !namesTheWriter(name.value, { names: [fromName], addresses: [mail.from?.address ?? ''] }, 1))
    // ...or a cousin who shares the student's given name and first surname, not the second ("les
    // escribo por mi primo ... tiene el mismo nombre que yo": Omar Vega Aldana from "Omar Alejandro
    // Vega Rosales"), the display name holding words the student's name does not.
    || (name.value !== null && forKin && !!name.parts?.secondSurname && fromWords.length >= 3
      && !nameWords(name.parts.secondSurname).some((w) => fromWords.includes(w)) && fromWords.some((w) => !nameWordsOf.includes(w)));
  // Another student's institutional mailbox: a classmate or a volunteer writing for her from his own
  // ("Soy brigadista voluntario ... Nombre: Brenda Arias Cárdenas ... CURP: AICB..." from
  // ivan.ochoa4797@alumnos.udg.mx, "Iván Ochoa Serrano"): the address's local part and the display
  // name are his, and share no word with the name the CURP spells. (A display name alone proves
  // nothing: students set "Tu Crush 💘" or "Alumnos UDG" on their own mailbox.)
  const localWords = mail.from ? nameWords(mail.from.address.split('@')[0]!) : [];
  const othersMailbox = kind === 'student' && !!validCurp && name.value !== null && name.problems.length === 0 && fromWords.length >= 2
    && localWords.some((w) => fromWords.includes(w)) && !nameWordsOf.some((w) => fromWords.includes(w) || localWords.includes(w))
    && matchNameToCurp(fromName, validCurp).kind === 'none'
    // ...or, with no CURP, a classmate who says so and signs with her own whole name ("Hoy en la clase
    // una compañera tuvo una crisis ... Ella me pidió que les escribiera" / "Lizeth Ramírez Ocampo").
    || (kind === 'student' && !validCurp && name.value !== null && fromWords.length >= 2 && localWords.some((w) => fromWords.includes(w))
      && !nameWordsOf.some((w) => fromWords.includes(w) || localWords.includes(w)) && FOR_A_CLASSMATE.test(foldLabel(own))
      && (ownLines.some((l) => nameWords(l).join(' ') === fromWords.join(' '))
        // ...or who names him as her classmate by the given name she knows ("escribo por mi
        // compañero Jonathan (el de la tos), no sé sus apellidos").
        || (nameWordsOf.length === 1 && new RegExp(`\\bcompaner[oa] ${nameWordsOf[0]}\\b`).test(foldLabel(own)))));
  // On a relay the Reply-To is whoever filled the form in: their contact address, not the field.
  const contact = relay && senderKind(relay.address, options) !== 'student' ? relay.address.toLowerCase() : null;
  const emails = of(values, 'institutionalEmail');
  // A parent or a relative gives their own personal address to be answered at ("respondan ... al
  // correo papa@gmail.com"): not the student's.
  // ...unless the form's own field for the institutional address holds it ("Correo institucional
  // (sólo alumnos): gonzalo_carranza813@gmail.com"): offered as the field, it is kept and explained.
  const email = chooseEmail(contact || forRelative || byRelative || othersMailbox
    // (...nor her own address written out for the answer, "mándenlo a mi correo daniela...@alumnos.udg.mx
    // y yo le aviso", a friend writing for a friend from it.)
    ? emails.filter((c) => (c.value.toLowerCase() !== contact || offeredAsInstitutional(c, ownLines)) && !((forRelative || othersMailbox) && (c.how === 'sender' || (kind === 'student' && c.value.toLowerCase() === mail.from?.address.toLowerCase() && !offeredAsInstitutional(c, ownLines)))) && !(byRelative && senderKind(c.value, options) === 'personal' && answerAt(c, own)))
    : emails, options, ownAddressWritten(emails, mail.from?.address, kind, leadEnd));

  const sources: Partial<Record<(typeof FIELD_ORDER)[number], FieldSource>> = {};
  const chosen = { fullName: name, studentCode: code, nss, curp, institutionalEmail: email } as const;
  const problems: Problem[] = [];
  const warnings: string[] = [];
  for (const f of FIELD_ORDER) {
    const c = chosen[f];
    if (c.value !== null && c.source) sources[f] = c.source;
    problems.push(...c.problems);
    warnings.push(...c.warnings);
  }
  return {
    fields: {
      fullName: name.value,
      studentCode: code.value,
      nss: nss.value,
      curp: curp.value,
      institutionalEmail: email.value,
    },
    problems,
    sources,
    nameParts: name.parts,
    warnings: [...new Set(second === Infinity && !severalAttached ? warnings : [...warnings, SEVERAL_STUDENTS])],
    ...(second === Infinity && !severalAttached ? {} : { severalStudents: true }),
  };
}

/**
 * A student writing from her own institutional mailbox gives two valid CURPs in her text, one of
 * which spells her own name (her display name): that one is hers; the other is a document's she
 * pastes (her husband's constancia, on which she is a beneficiary). The other body CURPs are left out.
 */
function withoutPastedCurps(cands: readonly Candidate[], writerName: string, now: Date): readonly Candidate[] {
  if (!writerName || cands.length < 2) return cands;
  const body = cands.filter((c) => c.source === 'body');
  const valid = new Map(body.map((c) => [c, normalizeCurp(c.value, now).value] as const).filter(([, v]) => checkCurp(v, now).problems.length === 0));
  if (new Set(valid.values()).size < 2) return cands;
  const own = [...valid].filter(([, v]) => matchNameToCurp(writerName, v).kind === 'full').map(([, v]) => v);
  if (new Set(own).size !== 1) return cands;
  return cands.filter((c) => !valid.has(c) || valid.get(c) === own[0]);
}

/** The candidates for field `f`. */
const of = (values: readonly Candidate[], f: Candidate['field']) => values.filter((c) => c.field === f);

/** The address given to be answered at ("respondan ... al correo papa@gmail.com"). */
function answerAt(c: Candidate, own: string): boolean {
  const at = own.toLowerCase().indexOf(c.value.toLowerCase());
  return at >= 0 && /respond|contest|escrib|comunic|mi correo/.test(foldLabel(own.slice(Math.max(0, at - 60), at)));
}

/** The address stands in the form's field for the institutional address (`ownLines`: the writer's text's lines). */
function offeredAsInstitutional(c: Candidate, ownLines: readonly string[]): boolean {
  const line = c.source === 'body' ? ownLines[lineOf(c)] ?? '' : '';
  const at = line.toLowerCase().indexOf(c.value.toLowerCase());
  return at > 0 && /institucional|universitari|udg|de alumno/.test(foldLabel(line.slice(0, at)));
}

const SEVERAL_STUDENTS = 'El mensaje trae datos de varios estudiantes (una lista o una tabla); aquí se tomaron los del primero. Cada estudiante necesita su propio caso.';

const FIELD_ORDER = ['fullName', 'studentCode', 'nss', 'curp', 'institutionalEmail'] as const;

/** The folded words of a name, two letters or more. */

/**
 * The writer's own name: every word of it in their display name, or in their address
 * ("rosaelvia.garibay@..."); with `atLeast`, that many of its words are enough.
 */
function namesTheWriter(value: string, writer: { names: readonly string[]; addresses: readonly string[] }, atLeast = Infinity): boolean {
  const w = nameWords(value);
  if (w.length < 2) return false;
  const need = Math.min(atLeast, w.length);
  const locals = writer.addresses.map((a) => foldLabel(a.split('@')[0] ?? '')).filter(Boolean);
  return writer.names.some((n) => { const own = new Set(nameWords(n)); return own.size > 0 && w.filter((x) => own.has(x)).length >= need; })
    || locals.some((l) => w.filter((x) => x.length > 2 && l.includes(x)).length >= need);
}

/** Writing about one's sibling, child, nephew, grandchild, classmate or friend (folded text). */
const RELATIVE_IN_SUBJECT = /\b(?:de|para|por) mi (?:hij|niet|herman|espos|sobrin|novi)[oa]\b/;
// (...and a son or a daughter who writes for a parent who studies: "les escribo por mi mamá, que regresó a la Licenciatura".)
const KIN = /\b(?:mi|por (?:un|una|mi)) (?:(?:herman|hij|sobrin|niet|companer|amig|novi|espos|prim)[oa]|pareja)\b|\bsoy (?:su )?(?:companer|amig|novi|herman|prim)[oa] de\b|\bles? escribo por (?:mi )?(?:mama|papa|madre|padre)\b/i;
// (Folded.) The data sent before were not the writer's: "les mandé por error los datos de mi compañera",
// "esos no son los míos", "los míos son:".
const EARLIER_NOT_MINE = /\b(?:(?:les? )?(?:mande|envie|pase) por error|por error (?:les? )?(?:mande|envie|pase)|(?:esos|estos) (?:datos )?(?:no son|no eran) (?:los )?mios|los mios son|mis datos (?:correctos|buenos) son)\b/;

// Someone else's data sent on their behalf (folded): "me pidió que les mandara su CURP", "sus datos".
const SENDS_THEIRS = /\b(?:su (?:curp|nss|constancia|acta|documento|pdf|codigo)|sus datos)\b/;
const KIN_HINT = /herman|hij[oa]|sobrin|niet[oa]|compa|amig|novi[oa]|espos[oa]|prim[oa]|pareja|escribo por/i;

/** The line of the segment a body candidate stands on (positions are line * 1000 + column). */
const lineOf = (c: Candidate) => Math.floor(c.pos / 1000);
/** A value as secondStudentAt compares it: no spaces, upper case. */
const valueKey = (c: Candidate) => c.value.replace(/\s+/g, '').toUpperCase();
const labeledInBody = (c: Candidate) => c.source === 'body' && c.how === 'label';

// Someone else's code, said as theirs: "Su código es 224744827", "el código de ella".
const THEIR_CODE = /\bsu c[oó]digo\b|\bc[oó]digo de (?:ella|[eé]l|mi [a-zñ]+)\b/i;

/**
 * A writer who gives another student's code ("Su código es ...") and signs with her own under
 * her name (a roommate from her alumnos account: "Karla Navarrete Pulido" / "Código 224551038"):
 * the codes of her signature are hers, not the student's. A student signing with her own code and
 * giving no one else's keeps it.
 */
function withoutSignedCode(codes: readonly Candidate[], own: string, fromName: string): readonly Candidate[] {
  const fromWords = nameWords(fromName);
  if (codes.length < 2 || fromWords.length < 2) return codes;
  const lines = own.split('\n');
  const want = fromWords.join(' ');
  let signed = -1;
  for (let i = lines.length - 1; i >= 0 && signed < 0; i--) if (nameWords(lines[i]!).join(' ') === want) signed = i;
  if (signed < 0) return codes;
  const inSignature = (c: Candidate) => c.source === 'body' && lineOf(c) > signed && lineOf(c) <= signed + 3;
  const signature = codes.filter(inSignature);
  const theirs = codes.filter((c) => c.source === 'body' && lineOf(c) < signed && THEIR_CODE.test(lines[lineOf(c)] ?? '') && !signature.some((x) => valueKey(x) === valueKey(c)));
  return signature.length && theirs.length ? codes.filter((c) => !inSignature(c)) : codes;
}

/** A body NSS on the line of `at`, other than the first NSS the body gives before that line. */
function secondNssBeside(values: readonly Candidate[], at: number): boolean {
  const line = Math.floor(at / 1000);
  const nss = values.filter((c) => c.source === 'body' && c.field === 'nss');
  const first = nss.find((c) => lineOf(c) < line);
  // (Eleven digits: not a code under the NSS's label, "NSS: 221934100", that the labels' swap offers as both.)
  return !!first && nss.some((c) => lineOf(c) === line && valueKey(c) !== valueKey(first) && digitsOf(c.value).length === 11);
}

/** The student's own sender address when her new text writes it (beside others, maybe), else undefined. */
function ownAddressWritten(emails: readonly Candidate[], from: string | undefined, kind: string, leadEnd: number): string | undefined {
  if (!from || kind !== 'student') return undefined;
  const address = from.toLowerCase();
  return emails.some((c) => c.source === 'body' && c.pos < leadEnd && c.value.toLowerCase() === address) ? from : undefined;
}

// A spreadsheet's rows (a CSV, a sheet's text): each line with a code of its own.
const TABLE_FILE = /\.(?:csv|tsv|xlsx?|ods)$/i;
/** An attached table with two or more rows that hold different student codes. */
function isStudentTable(a: AttachmentInfo): boolean {
  if (!a.text || !(/csv|spreadsheet|excel|tab-separated/i.test(a.contentType) || TABLE_FILE.test(a.filename ?? ''))) return false;
  // (Rows keyed by code, or by CURP: a personnel office's "beneficiario,curp,parentesco" list.)
  const codes = new Set<string>();
  const curps = new Set<string>();
  for (const line of a.text.split('\n')) {
    const code = NINE_DIGITS.exec(line)?.[0];
    if (code) codes.add(code);
    const curp = CURP_IN_LINE.exec(line)?.[0];
    if (curp) curps.add(curp.toUpperCase());
    if (codes.size >= 2 || curps.size >= 2) return true;
  }
  return false;
}

/**
 * Where the second of several students starts in the body: the earliest place where a second
 * code, CURP or e-mail appears, when at least two of the three come in two different values (two
 * records: an office's table or list; a student correcting one value gives one field two values),
 * or when each of the two values stands on a line with its own student's name (a tutor's "La
 * alumna Estefanía Bravo Íñiguez (código ...) ... El alumno Jonathan Ríos Barajas ... código ...").
 */
function secondStudentAt(values: readonly Candidate[], names: readonly Candidate[], ownLines: readonly string[]): number {
  const starts: number[] = [];
  // A list of three or more student codes with nothing else: students, too.
  let list = false;
  // Three values of one field: three records, not a correction.
  let records = 0;
  let namedApart = Infinity;
  let secondCode = -1;
  for (const field of ['studentCode', 'curp', 'institutionalEmail'] as const) {
    let first: Candidate | null = null;
    for (const c of values) if (c.source === 'body' && c.field === field && (!first || c.pos < first.pos)) first = c;
    if (!first) continue;
    const firstKey = valueKey(first);
    let other: Candidate | null = null;
    const distinct = new Set<string>();
    for (const c of values) {
      if (c.source !== 'body' || c.field !== field) continue;
      distinct.add(valueKey(c));
      if ((!other || c.pos < other.pos) && valueKey(c) !== firstKey) other = c;
    }
    if (other) {
      starts.push(other.pos);
      namedApart = Math.min(namedApart, twoNamesAt(first, other, names));
      if (field === 'studentCode') secondCode = other.pos;
    }
    records = Math.max(records, distinct.size);
    if (distinct.size >= 3 && field === 'studentCode') list = true;
  }
  if (starts.length === 1 && namedApart < Infinity) return namedApart;
  // ...or when the second code's line also holds a second NSS: a record of its own ("Yo también
  // necesito revisar el mío: Brisa Sandoval Márquez, 243565835, NSS 50242293418, CURP ..." under her
  // brother's labeled data).
  if (starts.length === 1 && secondCode >= 0 && secondNssBeside(values, secondCode)) starts.push(secondCode);
  if (starts.length === 0) {
    const bulleted = namedBullets(values, ownLines);
    if (bulleted < Infinity) return bulleted;
  }
  if (starts.length < 2 && !(list && starts.length === 1)) return Number.POSITIVE_INFINITY;
  const at = Math.min(...starts);
  // Labeled values after it, when none came before, are the writer's own, given after someone
  // else's ("Mi hermano gemelo ... (código ..., CURP ...); yo todavía no. Mis datos: Nombre: ..."):
  // not a list of students. A list labels every record alike; three records are a list however
  // they are written (a group chat pasted, each student typing their data their own way).
  if (records >= 3) return at;
  return values.some((c) => labeledInBody(c) && c.pos >= at) && !values.some((c) => labeledInBody(c) && c.pos < at) ? Number.POSITIVE_INFINITY : at;
}

// "Esos son los datos de mi amiga ... Los míos son:", "esos son los de mi hermana Melissa ... Los
// míos son:" (folded).
const WITHDRAWN_BLOCK = /\b(?:esos|estos|esos no|estos no) (?:son|eran) (?:los )?(?:datos )?de (?:mi|una|un|otra|otro) [a-z]+\b[\s\S]{0,160}?\b(?:los mios|mis datos)\b/;

/** The line where a block taken back as someone else's ends (the taking back), or -1. */
function withdrawnBlockLine(own: string): number {
  const folded = foldLabel(own);
  const m = WITHDRAWN_BLOCK.exec(folded);
  if (!m) return -1;
  // (Lines counted in the text matched: the index is the folded text's.)
  let line = 0;
  for (let k = folded.indexOf('\n'); k >= 0 && k < m.index; k = folded.indexOf('\n', k + 1)) line++;
  return line;
}

// A line naming its value as a sibling's, a twin's, a partner's or a friend's (folded).
const OTHERS_VALUE_HINT = /\b(?:herman|gemel|melliz|novi|amig|prim|espos|roomie)/i;
const OTHERS_VALUE_LINE = /\b(?:codigo|nss|curp|numero de seguro social|correo)\b[^:\d\n]{0,12}\b(?:de|del) (?:mi|su) (?:herman[oa]|gemel[oa]|novi[oa]|amig[oa]|prim[oa]|espos[oa]|roomie)\b/;

/** Body values on lines that name them someone else's, dropped when another of the field comes before them. */
function withoutOthersLabeled(values: Candidate[], ownLines: readonly string[]): Candidate[] {
  const others = new Set<Candidate>();
  for (const c of values) {
    if (c.source !== 'body') continue;
    const line = foldLabel(ownLines[lineOf(c)] ?? '');
    const m = OTHERS_VALUE_LINE.exec(line);
    // (Not her own one written after it: "ese NSS es el de mi hermana ... El mío es 57242276038.")
    if (m && !OWN_ONE_AFTER.test(line.slice(m.index + m[0].length, c.pos % 1000))) others.add(c);
  }
  if (!others.size) return values;
  return values.filter((c) => !others.has(c) || !values.some((o) => o.field === c.field && !others.has(o) && o.source === 'body' && o.pos < c.pos));
}

// A bullet line that opens with a capitalised name of two to five words.
const BULLET_NAME = /^\s*(?:[-*•]|\d{1,2}[.)])\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|del|la|las|los|y)\s+)*\p{Lu}[\p{L}'’-]+){1,4})/u;

/**
 * Two bullet lines, each a different whole name with a value of its own ("- Mauricio Ramos Mejía
 * (IMSS-2038-039315): su NSS es ..." / "- Alondra Esquivel Gámez (...): su CURP es ..."): a tutor
 * answering for two students, one value each. Where the second one starts, or Infinity.
 */
function namedBullets(values: readonly Candidate[], ownLines: readonly string[]): number {
  const valueLines = new Set<number>();
  for (const c of values) if (c.source === 'body' && c.field !== 'institutionalEmail') valueLines.add(lineOf(c));
  if (valueLines.size < 2) return Infinity;
  let first: string | null = null;
  for (const line of [...valueLines].sort((a, b) => a - b)) {
    const m = BULLET_NAME.exec(ownLines[line] ?? '');
    const words = m ? nameWords(m[1]!) : [];
    if (words.length < 2 || words.some((w) => NOT_NAME_WORDS.has(w))) continue;
    const name = words.join(' ');
    if (first === null) first = name;
    else if (name !== first && words[0] !== first.split(' ')[0]) return line * 1000;
  }
  return Infinity;
}

const ORDINALS: Record<string, number> = { primer: 1, primero: 1, segundo: 2, tercer: 3, tercero: 3, cuarto: 4, quinto: 5, sexto: 6, septimo: 7, octavo: 8, noveno: 9, decimo: 10, onceavo: 11, undecimo: 11 };
const POSITION_HINT = /d[ií]gito|n[uú]mero|car[aá]cter|letra/i;
// (Folded.) "en el nss el sexto digito es 4, no 7", "el ultimo numero del codigo es 9, no 0".
const POSITION_FIX = /\b(?:en (?:el|la|mi) (nss|codigo|curp),? )?(?:el|la) (primero?|segundo|tercero?|cuarto|quinto|sexto|septimo|octavo|noveno|decimo|onceavo|undecimo|ultimo|penultimo) (?:digito|numero|caracter|letra)(?: (?:del?|de mi|de la) (nss|codigo|curp))? es (?:un |una |el |la )?([0-9a-z])[,;]? (?:y )?no (?:un |una |el |la )?([0-9a-z])\b/g;
const POSITION_FIELD: Record<string, Candidate['field']> = { nss: 'nss', codigo: 'studentCode', curp: 'curp' };

/** The values with each correction by position applied where the value has the wrong character there. */
function withPositionCorrections(values: Candidate[], ownFolded: string): Candidate[] {
  let out = values;
  for (const m of allMatches(POSITION_FIX, ownFolded)) {
    const field = POSITION_FIELD[m[1] ?? m[3] ?? ''];
    if (!field) continue;
    const [right, wrong] = [m[4]!.toUpperCase(), m[5]!.toUpperCase()];
    out = out.map((c) => {
      if (c.field !== field) return c;
      const chars = c.value.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
      const at = m[2] === 'ultimo' ? chars.length - 1 : m[2] === 'penultimo' ? chars.length - 2 : ORDINALS[m[2]!]! - 1;
      return chars[at] === wrong ? { ...c, value: chars.slice(0, at) + right + chars.slice(at + 1) } : c;
    });
  }
  return out;
}

// The writer says what she passes on came from her former mailbox (folded): "les reenvío el correo que
// les mandé desde mi cuenta anterior de la universidad".
// (Sent then, in the past tense: "les escribo desde mi correo anterior" is this mail's own mailbox.)
const FROM_OLD_MAILBOX = /\b(?:mande|envie|escribi)\b[^.]{0,60}\bdesde mi (?:cuenta|correo) (?:anterior|viej[oa]|de antes)\b/;

// A classmate writing for another student (folded): "una compañera tuvo ...", "ella me pidió que les escribiera".
const FOR_A_CLASSMATE = /\b(?:una|un|mi) companer[oa]\b|\b(?:ella|el) me pidio que les? escribiera\b/;

/** A name listed alone in the body, every word of it the sender's (a parent's own signature). */
const parentsOwn = (c: Candidate, fromWords: readonly string[]) => c.how === 'list' && c.source === 'body' && nameWords(c.value).every((w) => fromWords.includes(w));

/**
 * Two values of one field, each on a line with a different person's name before it: where the
 * second person's starts, or Infinity. (A student correcting a value names nobody else.)
 */
function twoNamesAt(first: Candidate, second: Candidate, names: readonly Candidate[]): number {
  const nameBefore = (v: Candidate) => names.find((n) => n.source === 'body' && lineOf(n) === lineOf(v) && n.pos < v.pos);
  const a = nameBefore(first);
  const b = lineOf(first) !== lineOf(second) ? nameBefore(second) : undefined;
  if (!a || !b) return Infinity;
  const wa = nameWords(a.value);
  const wb = nameWords(b.value);
  const shared = wa.filter((w) => wb.includes(w)).length;
  return wa.length >= 2 && wb.length >= 2 && wa[0] !== wb[0] && shared <= 1 ? b.pos : Infinity;
}
