// Finds candidate values for student code, NSS, CURP and e-mail in a text segment: labeled
// lines ("NSS: ...", value on the same or the next line), keywords in sentences ("mi nss es ..."),
// and bare patterns. Phone numbers, postal codes, folios and the like are skipped by keyword.
import type { Candidate, Segment } from './candidates.js';
import { opensAskingList } from './desk-reply.js';
import { allMatches } from './all-matches.js';
import { foldLabel } from './fold.js';
import { BULLET, CONTACT_ADDRESS_SRC, KEYWORDS, LABELS, LABEL_SEP, type KeywordField } from './lexicon.js';
import { curpCheckDigit, curpFromOcrDigits } from './curp.js';
import { nssCheckDigitAgrees } from './nss.js';
import type { FieldName } from './types.js';

// Domain labels: letters (accented too), digits and hyphens; not "»" or "”" glued after it.
// (Not the tail of a local part with a letter no address takes: "fabian.montaño@..." is no "o@...".)
const EMAIL_RE = /(?<![\p{L}\p{N}._%+'-])(?:mailto:)?[a-z0-9._%+'-]+@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)+/giu;
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/gi;
const URL_HINT = /www\./i;
// The desk's case folios ("IMSS-2026-016572"), and a government procedure's key ("Homoclave del
// trámite: IMSS-02-020", printed on the constancia de vigencia): their digits are nobody's NSS or code.
// ...and a help window's case numbers, letters and three groups of digits ("Caso: AU-45-0127-30438"),
// whose digits would make eleven.
const FOLIO_RE = /\b(?!(?:nss|curp|cod|codigo|no|num)-)[A-Za-z]{2,10}-(?:(?:19|20)\d{2}-\d{4,8}|\d{2}-\d{3}(?:-[A-Za-z])?|\d{1,6}(?:-\d{1,8}){2,4})\b/gi;
const FOLIO_HINT = /[A-Za-z]-(?:(?:19|20)\d\d-\d|\d\d-\d{3}\b|\d{1,6}-\d{1,8}-\d)/;
const LABEL_NOTE = /^\s*\([^()]{1,20}\)\s*[:=-]?\s*/;
const OTHER_ID_OF_LABEL = /^\s*(?:o|u|y\/o|\/)\s*(?:nss|curp)\b\s*[:=-]?\s*/i;
const EITHER_ID_LABEL = /\b(?:nss|curp)\s*(?:o|u|y\/o|\/)\s*(?:nss|curp)\b/;
// A CURP's shape, with O and l accepted where digits go (normalizeCurp reads them as 0 and 1):
// four letters and the birth date (its head), then six letters and two check characters.
// The date's six digits may come from text recognition with O, l, I or S in them.
const CURP_HEAD_SRC = '[A-Za-zÑñ]{4}[0-9OolIS]{6}';
const CURP_SRC = `${CURP_HEAD_SRC}[A-Za-z]{6}[0-9A-Za-z][0-9OolI]`;
const CURP_RE = new RegExp(`(?<![A-Za-z0-9Ññ])${CURP_SRC}(?![A-Za-z0-9Ññ])`, 'g');
// After its keyword, a CURP with single spaces between groups or letters (run on folded text).
// Its four groups (name letters, birth date, six letters, two check characters) set apart by a space or a hyphen.
const CURP_GROUPS = '[a-zñ]{4}[ -]?[0-9oli]{6}[ -]?[a-z]{6}[ -]?[0-9a-z][0-9oli]';
// ...which read as one anywhere, with no keyword, when split only where its groups meet
// ("Olga Maldonado Padilla, 242583869, 43242419398, MAPO241013 MJCLDLB1, me dijeron ...").
const GROUPED_CURP = new RegExp(`(?<![0-9a-zñ])(${CURP_GROUPS})(?![0-9a-zñ])`);
// (With no keyword, only one whose check digit agrees: "Permiso de acceso PRIM-079103 aprobado" is a folio.)
const groupedCurpChecks = (raw: string) => {
  const v = raw.replace(/[\s-]+/g, '').toUpperCase();
  return /^[A-ZÑ]{4}\d{6}[A-Z]{6}[0-9A-Z]\d$/.test(v) && curpCheckDigit(v.slice(0, 17)) === Number(v[17]);
};
const CURP_CLASSES = [...Array<string>(4).fill('[a-zñ]'), ...Array<string>(6).fill('[0-9oli]'), ...Array<string>(6).fill('[a-z]'), '[0-9a-z]', '[0-9oli]'];
// ("la CURP correcta es HACD 180917 MJCRRN C1", "la CURP corregida: lahv 191221 mjcrrr a9", "mi CURP
// NALE-200229-HJCRMD-B9": the words that say it is the right one, and hyphens between its groups.)
// (A phone's dictation hears "CURP" as "Kurt": "mi Kurt es P A G X 230717 M J C D X M A 1".)
const SPACED_CURP_AFTER_KEYWORD = new RegExp(`\\b(?:curp|kurt)\\b(?:\\s+(?:correcta|corregida|bien escrita|completa))?(?:\\s+es)?[\\s:]*(${CURP_CLASSES.join(' ?')}|${CURP_GROUPS})(?![0-9a-z])`);
// ... or alone on its line, in groups ("bebr 030117 hcllxbb3", the answer to "Nos falta: CURP").
const SPACED_CURP_LINE = new RegExp(`^\\s*(${CURP_CLASSES.join(' ?')})\\s*$`);
// ... or ending its line after a colon or a word ("Here it is: OOBG 080925 HSRLLR A1").
const SPACED_CURP_TAIL = new RegExp(`(?:^|[\\s:])(${CURP_CLASSES.join(' ?')})(?=\\s*[.!]?\\s*$)`);
// Groups of digits may be split by a space, a tab (pasted from a spreadsheet), "-" or ".".
const DIGIT_RUN = /(?<![\dA-Za-z])\d(?:[ \t\-.]?\d)*(?![\dA-Za-z])/g;
// A code's or an NSS's length (9 or 11) of digits and the letters typed for them.
const LOOK_ALIKE_RUN = /(?<![A-Za-z0-9])\d[\doOlI]{8}(?:[\doOlI]{2})?(?![A-Za-z0-9])/g;
/** Letters a phone's text recognition (or a hurried typist) puts for digits: O for 0, l/I for 1, S for 5, B for 8 in an NSS. */
const ocrDigits = (s: string, bothSides: boolean) =>
  !/\d[oOlISB]|[oOlISB]\d/.test(s) ? s : (bothSides
    // (and an O that ends a long run of digits: "5224O97O88O"; and a code's or an NSS's length of
    // digits with O, l and I among them, two side by side or at its end: "Mi código es 24Ol62l55",
    // "código 24lo728ll")
    ? s.replace(LOOK_ALIKE_RUN, (run) => (run.replace(/\D/g, '').length >= 5 ? run.replace(/[oO]/g, '0').replace(/[lI]/g, '1') : run))
      .replace(/(?<=\d)[oO](?=\d)/g, '0').replace(/(?<=\d)[lI](?=\d)/g, '1').replace(/(?<=\d{6})[oO](?![A-Za-z0-9])/g, '0')
    : s.replace(/(?<=\d)[oO]|[oO](?=\d)/g, '0').replace(/(?<=\d)[lI]|[lI](?=\d)/g, '1'))
    // An S between two digits is a 5 that text recognition misread ("3S190l59562").
    .replace(/(?<=\d)S(?=\d)/g, '5')
    // ...and a B in an NSS an 8 ("722414137B9"), when the check digit says so: a code has none, and
    // a B typed in one ("222B16300") is asked about, not guessed.
    .replace(/(?<![\dA-Za-z])[\dB]{11}(?![\dA-Za-z])/g, (run) => {
      const digits = run.replace(/B/g, '8');
      return run !== digits && nssCheckDigitAgrees(digits) ? digits : run;
    });

/** The text's characters as spaces: blanked in place, every later position kept. */
export const blank = (s: string) => ' '.repeat(s.length);
const CONTACT_ADDRESS = new RegExp(`\\b${CONTACT_ADDRESS_SRC}\\s*[:=-]?\\s*$`);

// A sentence's end before a value: a keyword behind it speaks of something else ("tuve que ir yo con
// mi INE. Le unificaron los dos números y el que quedó es 75241465568"). Not an abbreviation's dot
// ("Tel. 33...", "Id. de reunión:", "Núm. de afiliación", "Lic. Soto"): a word of two letters or
// fewer, or one of these.
const SENTENCE_END = /(?<=(?:\b[a-z]{3,}|\d))(?<!\b(?:num|tel|tels|cel|ext|dra|lic|ing|sra|srita|col|depto|int|mtro|mtra|prof|profa|fracc|edo|gral|sta|sto|att|atte))[.!?]+\s+(?=[a-z¿¡])/g;

/**
 * The field named by the keyword closest before `at` on the same line (within 60 chars, and within
 * its sentence).
 */
export function nearestKeyword(foldedLine: string, at: number): KeywordField | null {
  let from = Math.max(0, at - 60);
  if (/[.!?]\s/.test(foldedLine.slice(from, at))) {
    SENTENCE_END.lastIndex = from;
    for (let m = SENTENCE_END.exec(foldedLine); m && m.index < at; m = SENTENCE_END.exec(foldedLine)) from = Math.max(from, m.index + m[0].length);
  }
  const window = foldedLine.slice(Math.min(from, at), at);
  let best: { end: number; start: number; field: KeywordField } | null = null;
  for (const [field, re] of KEYWORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m.index < best.start)) best = { end, start: m.index, field };
    }
  }
  return best?.field ?? null;
}

const OTHERS_LABEL = /^\s*(?:de|del)\s+(?:mi|su|la|el)\s+(?:hij[oa]|bebe|nin[oa]|mama|papa|madre|padre|herman[oa]|espos[oa]|pareja|abuel[oa])\b/;

const QUESTION_OPENER = /^¿\s*(?:(?:cual es|me (?:das|pasas|compartes)|nos (?:das|pasas|compartes))\s+)?(?:tu|su)\s+/;
const QUESTION_CLOSE = /^\s*(?:\([^()]{0,40}\))?\s*\?\s*$/;

// The words that name the number just written as the writer's NSS or code: ", ese es mi NSS",
// "(mi NSS)", "(código)" (folded; not ", mi NSS ...", the next item of a list).
const NAMED_AFTER = /^\s*(?:[,:-]?\s*(?:ese|este|que|el cual) es (?:mi|el) |\(\s*(?:mi |el )?)(?:(nss|numero de seguro social|numero de seguridad social)|codigo(?: de (?:estudiante|alumn[oa]))?)\b/;

/** A labeled line: the field and the value text (same line, or the next non-empty line). */
export function readLabel(lines: readonly string[], i: number, retried = false): { field: FieldName; value: string; valueLine: number } | null {
  const raw = lines[i]!.replace(/\*\*|__/g, '');
  let stripped = raw.replace(BULLET, '');
  let folded = foldLabel(stripped);
  // A form's or a chat bot's question as the label: "¿Tu correo institucional?" over the answer.
  const question = folded.includes('?') ? QUESTION_OPENER.exec(folded) : null;
  if (question) {
    stripped = stripped.slice(question[0].length);
    folded = folded.slice(question[0].length);
  }
  for (const [field, re] of LABELS) {
    const m = re.exec(folded);
    if (!m) continue;
    // "CURP de mi hijo:", "NSS de mi mamá:": someone else's value, not this field's.
    if (OTHERS_LABEL.test(folded.slice(m[0].length))) return null;
    let rest = stripped.slice(m[0].length);
    if (question) {
      if (!QUESTION_CLOSE.test(rest)) return null;
      rest = '';
    }
    const sep = LABEL_SEP.exec(rest)?.[0] ?? '';
    let value = rest.slice(sep.length).trim();
    // A note on the label ("NSS (opcional): ..."), and a form's box for either ("NSS o CURP (opcional):
    // GARD230309MJCLSNC3"): the value after them (on the next line when the label ends there), in the
    // field its shape says.
    const either = (field === 'nss' || field === 'curp') && EITHER_ID_LABEL.test(folded);
    if (either) value = value.replace(OTHER_ID_OF_LABEL, '');
    if (value.startsWith('(')) value = value.replace(LABEL_NOTE, '');
    let valueLine = i;
    if (!value || /^[:.\s]*$/.test(value)) {
      let j = i + 1;
      while (j < lines.length && j <= i + 2 && !lines[j]!.trim()) j++;
      const next = lines[j];
      if (next === undefined || !next.trim()) return null;
      const nextFolded = foldLabel(next.replace(/\*\*|__/g, '').replace(BULLET, ''));
      if (LABELS.some(([, r]) => r.test(nextFolded))) return null;
      value = next.replace(/\*\*|__/g, '').replace(BULLET, '').trim();
      valueLine = j;
    } else if (sep.trim() === '' && /^[a-z]/.test(value) && field !== 'fullName') {
      // "Correo enviado..." / "codigo de barras": a label needs a separator or a value-looking word.
      if (!/[@\d]/.test(value)) return null;
    }
    if (either) return { field: /^\s*[A-Za-z]{4}\d{6}/.test(value) ? 'curp' : 'nss', value, valueLine };
    return { field, value, valueLine };
  }
  // A label typed with a slip ("Nonbre:", "Codijo:", "Corrreo:", "Número de Seguridad Socal:",
  // "CRUP:"): read as the label it is one letter from, when a colon ends it.
  if (!question && !retried) {
    const head = /^([a-z .]{2,40}?)\s*:/.exec(folded);
    const mended = head ? mendLabelWords(head[1]!) : null;
    if (mended) return readLabel([...lines.slice(0, i), mended + stripped.slice(head![1]!.length), ...lines.slice(i + 1)], i, true);
  }
  return null;
}

// The words of the labels, and a slip of one letter from them (a letter missing, added, changed, or
// two swapped): what students type in a hurry. Short ones by their usual slips.
const LABEL_WORDS = ['nombre', 'codigo', 'correo', 'seguridad', 'social', 'electronico', 'institucional', 'numero', 'completo', 'estudiante', 'apellidos'];
const SHORT_SLIPS: Readonly<Record<string, string>> = { crup: 'curp', cupr: 'curp', cuurp: 'curp', ucrp: 'curp', nns: 'nss', nsss: 'nss', snn: 'nss' };
function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
/** The label's words with their slips mended, or null when none was mended (or none can be). */
function mendLabelWords(head: string): string | null {
  let mended = false;
  const words = head.split(' ').map((w) => {
    const short = SHORT_SLIPS[w];
    if (short) return (mended = true), short;
    if (w.length < 5 || w.length > 14) return w;
    // (A plural is a word of its own: "Estudiantes:", "Nombres que cuentan historias:".)
    const fix = LABEL_WORDS.find((l) => Math.abs(l.length - w.length) <= 1 && oneSlip(w, l) && w !== `${l}s`);
    return fix ? ((mended = true), fix) : w;
  });
  if (!mended) return null;
  // The whole head must be a label once mended ("Corrreo electronico:"), not a label word opening a
  // title ("Nonbre de la obra que ganó el concurso:").
  const label = words.join(' ');
  return LABELS.some(([, re]) => (re.exec(label)?.[0].length ?? 0) >= label.trimEnd().length) ? label : null;
}

export const digitsOf = (s: string) => s.replace(/\D/g, '');

/** A bare run of digits: only the exact lengths of an NSS and a student code. */
const bareField = (digits: number): FieldName | null => (digits === 11 ? 'nss' : digits === 9 ? 'studentCode' : null);

/**
 * Numeric field for a run of digits given its keyword context. A keyword for another field that
 * cannot hold this many digits ("mi código 221234567, mi seguro 12345678901": "código" is the
 * nearest keyword to both) does not name the run: it is read as a bare number.
 */
function numericField(digits: number, kw: KeywordField | null): { field: FieldName; keyed: boolean } | null {
  if (kw === 'none') return null;
  if (kw === 'nss' && digits >= 8 && digits <= 13) return { field: 'nss', keyed: true };
  if (kw === 'studentCode' && digits >= 6 && digits <= 10) return { field: 'studentCode', keyed: true };
  const bare = bareField(digits);
  return bare ? { field: bare, keyed: false } : null;
}

/**
 * "mi número de registro: 1234567", "no. de aspirante 1234567", "ficha de admisión: 1234567", "ficha del examen de
 * admisión: 1234567": the 7-digit applicant number a
 * first-year student sends in place of the code (checkStudentCode then says so).
 */
const APPLICANT = /(?:registro(?:\s+de)?(?:\s+aspirante)?|aspirante|ficha(?:\s+del?\s+(?:examen(?:\s+de\s+(?:admision|ingreso))?|admision|ingreso|aspirante))?)(?:\s+es)?\s*[:#.=-]?\s*$/;
// An admission document named a little before ("en mi comprobante de admisión viene el número 2674900").
const APPLICANT_NEAR = /\b(?:aspirante|admision)\b(?![^\d]*\b(?:folio|patronal|tramite|ticket|empleado|telefono|cel)\b)\D{0,45}$/;
// ...unless an applicant word comes between ("número de solicitud de aspirante: 2424982").
const NOT_APPLICANT = /(?:patronal|solicitud|folio|tramite|ticket|empleado)(?!\D*(?:aspirante|ficha))\D{0,30}$/;

// The admission spoken of anywhere in the mail.
// ("Dictamen": the admission's published result, which lists the applicant's number.)
// (...or a freshman's "soy de primer ingreso": his code not given yet, the applicant number is what he has.)
// (...or "Me admitieron para 2045A. Mi numero es 2728765".)
const ADMISSION = /\b(?:aspirante|admision|(?:tramite|registro|solicitud) de ingreso|(?:primer|nuevo) ingreso|ficha|dictamen|me admitieron|admitid[oa])\b/;

const CURP_SHAPE = new RegExp(`^${CURP_SRC}$`);
const CURP_START = new RegExp(`^\\s*${CURP_SRC}(?![A-Za-z0-9])`);
const CURP_HEAD = new RegExp(`^${CURP_HEAD_SRC}`);
const CUT_IN_DATE = /^[A-Za-zÑñ]{4}\d{2,5}$/;

const GUESSED_ADDRESS = /\b(?:creo|supongo|me imagino|pienso) que\b[^.;!?]{0,30}\b(?:va a ser|sera|seria|va a quedar|quedara)\b[^.;!?@]{0,20}$/;
const WRITERS_INSTEAD = /\bsu (?:codigo|nss|curp|numero)\b[^.;]{0,30}\bno (?:lo|la) (?:tengo|se|sabemos|tenemos)\b[^.;\d]{0,12}\b(?:el|la) mi[oa] (?:es\s*)?:?\s*$/;
const ARRIVED_FROM = /\b(?:me (?:llego|llegaron|escribio|escribieron|lo mandaron|lo enviaron)|nos (?:llego|llegaron)|(?:lo|la) (?:mando|envio|mandaron|enviaron)) (?:desde|de)\b[^.;!?@]{0,40}$/;
const SPOUSES_NSS = /\bmi (?:espos[oa]|marido|pareja)\b[^.;!?]{0,70}\bsu (?:nss|numero de seguro(?: social)?|numero del? imss)\b(?: es)?[\s:(]*$/;
// ...or a sentence or two later, nobody else named between, from a writer who gives her own NSS too
// ("Mi esposo se quedó sin trabajo ... ¿Lo puedo agregar a mi seguro? Su NSS es 90241865261. Yo soy
// Lucero ..., mi NSS 80242095315"). (From her husband, "Mi esposa y yo ... Su NSS es" is hers.)
const SPOUSES_NSS_EARLIER = /\bmi (?:espos[oa]|marido|pareja)\b(?:(?!\b(?:hij[oa]|nin[oa]|bebe|herman[oa]|mama|papa)\b)[^\n]){0,160}\bsu (?:nss|numero de seguro(?: social)?|numero del? imss)\b(?: es)?[\s:(]*$/;
const OWN_NSS_SAID = /\bmi (?:nss|numero de seguro(?: social)?)\b/;
// "el código de Rubí Ibarra Valdivia no es 241091397, es 241039197": the number after is the right one.
const WRONG_THEN_RIGHT = /\bno es (?:el )?\d[\d -]{7,14}\d\s*,?\s*(?:sino(?: que)?\s+)?(?:es\s+)?(?:el\s+)?$/;
const OTHER_NUMBER_BEFORE = /\b(?:social security|ssn|pasaporte|passport|seguro social (?:de alla|de estados unidos|americano))\b[^\d]{0,30}$/;

const nextNonEmpty = (lines: readonly string[], i: number): string | undefined => {
  for (let j = i + 1; j < lines.length && j <= i + 2; j++) if (lines[j]!.trim()) return lines[j];
  return undefined;
};

/**
 * A labeled CURP typed in groups ("JAFA 020225 MZSRRL C4", "JAFA-020225-…") or cut in two by a
 * copy from a PDF ("CURP: CAGR030531" with "HJCHLBC8" alone on the next line) or a phone's wrap
 * ("CURP SIGV18051" over "7MMNLNLC8"): the groups joined,
 * when together they have a CURP's shape. Null otherwise (the value is read as written).
 */
function labeledCurp(value: string, nextLine: string | undefined): string | null {
  let joined = '';
  for (const g of value.trim().split(/[\s.\-_/]+/)) {
    if (!/^[A-Za-zÑñ0-9]+$/.test(g) || joined.length + g.length > 18) break;
    joined += g;
  }
  // (Cut inside the date too, by a phone's line wrap: "CURP SIGV18051" over "7MMNLNLC8".)
  if (joined.length < 18 && (CURP_HEAD.test(joined) || CUT_IN_DATE.test(joined)) && nextLine !== undefined) {
    const rest = nextLine.trim();
    if (/^[A-Za-zÑñ0-9]+$/.test(rest) && CURP_SHAPE.test(joined + rest)) joined += rest;
  }
  return CURP_SHAPE.test(joined) ? joined : null;
}

/**
 * Words that make the value after them a correction of one written before: "corrijo: …", "perdón,
 * el correcto es …", "me equivoqué, es …", "ese es el de mi hermano, el mío es …", "el de ella es …" (her father writing), "le faltan los
 * números, es …", "el que quedó vigente es …", "la que vale es …", "Mis datos: …" (after a document of
 * someone else's pasted above). Looked for in the 80 characters before the value, on its line.
 */
const CORRECTION = /\b(?:corrijo|correccion|me\s+dejaron(?:\s+(?:con\s+)?el)?|(?:codigo|numero|correo) nuevo|nuevo codigo|me asignaron|(?:el|la|su|mi) (?:codigo|nss|curp|numero|correo) (?:vigente|actual) es|the new one is|se (?:te|le) asigno (?:un |el )?(?:nuevo )?codigo|ahora es|el nuevo es|la nueva es|(?:uno|otro) nuevo|correct[oa]s?\s+(?:es|son|seria)|(?:el|la)\s+(?:correct[oa]|buen[oa])|me\s+equivoque|perdon|disculp[ae]|en\s+realidad|mas\s+bien|(?:el|la)\s+(?:mi|suy)[oa]\s+es|(?:el|la)\s+de\s+(?:ella|el)\s+es|le\s+falta(?:n|ba|ban)?|(?:el|la)\s+(?:que\s+(?:quedo|esta|sigue)\s+)?vigente\s+es|(?:el|la)\s+que\s+(?:vale|sirve|cuenta|quedo)\s+es|mis\s+datos|borra(?:lo)?\s+eso|ese\s+no\s+es)\b/;
/**
 * After a code or an address: it is the one of an earlier school ("..., que es de cuando estuve en
 * la Prepa 7") or one no longer used ("..., pero ya no lo uso"); before it, an earlier school
 * gave it ("en la Preparatoria 7 me dieron el correo ...").
 */
const OLD_AFTER = /^\W{0,4}(?:(?:que\s+)?(?:es|era)\s+(?:el\s+)?de\s+(?:cuando\s+(?:estuve|estaba|iba|entre)\s+en\s+)?(?:la\s+)?(?:prepa|preparatoria|bachillerato|secundaria)\b|(?:(?:pero|y|que|es[eo]|esa)\s+){0,2}ya\s+no\s+(?:lo\s+|la\s+|me\s+)?(?:uso|usa|sirve|funciona|existe|abre|es\s+valid[oa]|esta\s+activ[oa])|(?:ya\s+)?(?:quedo|queda)\s+sin\s+efecto)/;
const CURP_CANCELLED = /^\W{0,3}(?:(?:la|lo)\s+dieron\s+de\s+baja\b|(?:(?:esa|ese|que|pero|y)\s+){0,2}ya\s+no\s+(?:es\s+valida|vale|sirve|existe|esta\s+vigente)\b|(?:esta|fue|quedo)\s+(?:dada\s+)?de\s+baja\b|(?:dada\s+)?de\s+baja\s+por\s+duplicidad\b)/;
const CURP_CANCELLED_BEFORE = /\b(?:dio|dieron|dan|dado|dada) de baja (?:(?:a |la |mi |su )?(?:curp )?)?$/;
// A record's status under its CURP, within the next three lines: "Estatus: BD - Baja por duplicidad".
const CANCELLED_STATUS = /^\s*(?:estatus|status|situacion)(?: de la curp)?\s*:?\s*(?:b[a-z]\b|baja)/;
function cancelledStatusBelow(lines: readonly string[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const folded = foldLabel(lines[j]!);
    if (CANCELLED_STATUS.test(folded)) return true;
    if (folded.includes('curp')) return false;
  }
  return false;
}
const OLD_BEFORE = /\b(?:prepa|preparatoria|bachillerato|secundaria)\b[^.;]{0,40}\b(?:me\s+dieron|me\s+asignaron|tenia|tuve|usaba)\s+(?:el|mi|un)?\s*(?:correo|codigo|numero)?\s*$/;
// "Código anterior: 224235966", "(el anterior era 226212479)", "(el de la prepa era 226049497)", "el de
// antes era 229016415",
// "Código anterior (licenciatura): 205662681", "Código de licenciatura (anterior): 217128241",
// "Código de la licenciatura (ya egresé): 221913193":
// the code before a change of program.
const OLD_LABEL = /(?:\bantes\s+(?:era|fue|usaba|tenia)|\b(?:anterior|viej[oa]|antigu[oa]|pasad[oa]|(?:el|la) de antes|(?:el|la|mi|codigo|correo) de (?:la |mi )?(?:prepa|preparatoria|bachillerato|secundaria))\b\)?(?:\s+(?:era|es|fue))?(?:\s*\([^()]{1,40}\))?|\((?:ya )?(?:egrese|egresad[oa]|termine|no lo uso)\)|\bthe old one (?:was|is))\s*[:=(-]?\s*$/;
// "Mi código de la maestría era 226957530; ahora ... me dieron el 229081984": a code that was.
const CODE_WAS = /\bcodigo\b[^.;:\d]{0,30}\b(?:era|fue)\s*[:=-]?\s*$/;
// "ese código es el de mi carrera anterior", "ese número ya no sirve": the code given before.
const THAT_CODE_WAS_OLD = /\bes[eo] (?:codigo|numero) (?:es|era) (?:el )?de (?:mi |la )?(?:(?:carrera|licenciatura|programa|prepa|preparatoria) )?(?:anterior|de antes|pasad[oa])\b|\bes[eo] (?:codigo|numero) ya no (?:sirve|es valido|existe)\b/;
const isOld = (folded: string, at: number, len: number) =>
  OLD_AFTER.test(folded.slice(at + len, at + len + 60)) || OLD_BEFORE.test(folded.slice(Math.max(0, at - 70), at)) || OLD_LABEL.test(folded.slice(Math.max(0, at - 30), at))
  || CODE_WAS.test(folded.slice(Math.max(0, at - 45), at));
// The words of a correction reach the next value of its kind only: in "El correcto es 79240615207
// ... El otro, 19240961458, es el de mi hermano" they are before both NSS, and name the first. ("Mis
// datos: ..., código 221935987, CURP ..." still names the CURP.)
const VALUE_BEFORE: Readonly<Record<Candidate['field'], RegExp>> = {
  fullName: /^$/, studentCode: /^[\s\S]*\d{9}/, nss: /^[\s\S]*\d{10}/, curp: /^[\s\S]*[a-z]{4}\d{6}/, institutionalEmail: /^[\s\S]*@\S/,
};
const correctsBefore = (foldedLine: string, at: number, field: Candidate['field']) => CORRECTION.test(foldedLine.slice(Math.max(0, at - 80), at).replace(VALUE_BEFORE[field], ''));

// Digits dictated as words ("mi código es dos dos cero seis tres cinco cinco dos cinco", "cinco
// tres 01 81 9054 cinco", "seis tres 241003993"): a run of three or more single-digit words and
// digit groups, separated by spaces or hyphens, at least two of them words, is read as one
// number. Numbers in words ("veintidós") are values only as groups that make a whole code or NSS
// (dictatedGroups, below).
const DIGIT_WORD: Readonly<Record<string, string>> = { cero: '0', uno: '1', un: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9' };
const DIGIT_WORD_SRC = '(?:cero|uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)';
// ...in Spanish or in English (an exchange student's "my student code is two three two seven ...").
const SPOKEN_DIGIT: Readonly<Record<string, string>> = { ...DIGIT_WORD, zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };
const SPOKEN_DIGIT_SRC = `(?:${Object.keys(SPOKEN_DIGIT).join('|')})`;
const SPOKEN_RUN = new RegExp(`(?<![\\p{L}\\d])(?:${SPOKEN_DIGIT_SRC}|\\d+)(?:[ \\t-]+(?:${SPOKEN_DIGIT_SRC}|\\d+)){2,}(?![\\p{L}\\d])`, 'giu');
// Cheap gate (ASCII, no lookbehind): a digit word next to a digit or to another digit word.
const SPOKEN_GATE = new RegExp(`${SPOKEN_DIGIT_SRC}[ \\t-]+(?:\\d|${SPOKEN_DIGIT_SRC})|\\d[ \\t-]+${SPOKEN_DIGIT_SRC}`, 'i');

// A number dictated in groups, as people read an NSS or a code aloud ("ochenta y tres, trece,
// noventa y seis, setenta y cuatro, treinta y nueve, cero"), or as a dictation tool types it
// ("224. 618. 640", "90, 24, 06, 8676, 7"): the groups joined, but only when they make the nine
// digits of a code or the eleven of an NSS (a date or a list of small numbers does not).
const TENS_WORD: Readonly<Record<string, number>> = { veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 };
const TEEN_WORD: Readonly<Record<string, number>> = {
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
  veintiun: 21, veintiuno: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
};
// ...and hundreds ("doscientos treinta y dos, seiscientos setenta y ocho, cero setenta y ocho").
const HUNDREDS_WORD: Readonly<Record<string, number>> = {
  ciento: 100, cien: 100, doscientos: 200, trescientos: 300, cuatrocientos: 400, quinientos: 500, seiscientos: 600, setecientos: 700, ochocientos: 800, novecientos: 900,
};
const BELOW_HUNDRED_SRC = `(?:(?:${Object.keys(TENS_WORD).join('|')})(?: y ${DIGIT_WORD_SRC})?|${Object.keys(TEEN_WORD).join('|')}|${DIGIT_WORD_SRC})`;
const UNDER_THOUSAND_SRC = `(?:(?:${Object.keys(HUNDREDS_WORD).join('|')})(?: ${BELOW_HUNDRED_SRC})?|${BELOW_HUNDRED_SRC})`;
// ...and thousands, as the card's four-digit group is read ("cuatro mil ochocientos dieciocho").
const GROUP_SRC = `(?:(?:${UNDER_THOUSAND_SRC} )?mil(?: ${UNDER_THOUSAND_SRC})?(?![a-z])|(?:${Object.keys(HUNDREDS_WORD).join('|')})(?: ${BELOW_HUNDRED_SRC})?(?![a-z])|${BELOW_HUNDRED_SRC}(?![a-z])|\\d+)`;
const GROUP = new RegExp(GROUP_SRC, 'g');
// (Groups apart by commas, periods, semicolons or dashes: "ochenta y dos - doscientos cuarenta y dos -
// ...", "veinticuatro; setenta y dos; setecientos seis".)
const DICTATED_RUN = new RegExp(`(?<![\\p{L}\\d])${GROUP_SRC}(?:(?:[,.;]?[ \\t]+|[ \\t]*[;–-][ \\t]*)${GROUP_SRC}){2,}(?![\\p{L}\\d])`, 'giu');
// A CURP whose birth date is said in words between its letters, as a dictation types it ("mi curp es
// OESL veintitrés cero ocho cero ocho MJCRNZB3", "COAA veintidós diez cero cinco MJCRNBC8"): the
// words that make its six digits.
const CURP_SPOKEN_DATE = new RegExp(`(?<![\\p{L}\\d])([a-zñ]{4})[ \\t]+((?:(?:${BELOW_HUNDRED_SRC}|\\d{1,6})[ \\t,]+){1,6})([a-z]{6}[0-9a-z]\\d)(?![\\p{L}\\d])`, 'gu');
// (Cheap gate: the CURP's tail of six letters and two check characters, rare in other text.)
const SPOKEN_DATE_GATE = /[A-Za-z]{6}[0-9A-Za-z]\d(?![A-Za-z0-9])/;
function curpWithSpokenDate(line: string): string {
  if (!SPOKEN_DATE_GATE.test(line)) return line;
  const folded = foldLabel(line);
  if (folded.length !== line.length) return line;
  let out = '';
  let last = 0;
  for (const m of allMatches(CURP_SPOKEN_DATE, folded)) {
    // Each word its own digits, as a dictated group is read ("veintidós" 22, "cero" 0, "treinta y uno" 31).
    const digits = (m[2]!.match(GROUP) ?? []).map(groupDigits).join('');
    if (digits.length !== 6) continue;
    const at = m.index!;
    out += line.slice(last, at) + line.slice(at, at + 4) + digits + line.slice(at + m[0].length - m[3]!.length, at + m[0].length);
    last = at + m[0].length;
  }
  return last ? out + line.slice(last) : line;
}

// A code said as one number: "doscientos treinta y dos millones setecientos veintiséis mil
// trescientos cuarenta y nueve".
const MILLIONS_RUN = new RegExp(`(?<![\\p{L}\\d])(${GROUP_SRC}) millones(?: (${GROUP_SRC}) mil)?(?: (${GROUP_SRC}))?(?![\\p{L}\\d])`, 'giu');
// Cheap gate: a tens, teens or hundreds word, or digits after a comma or a period and a space.
const DICTATED_GATE = new RegExp(`\\b(?:${Object.keys(TENS_WORD).join('|')}|${Object.keys(TEEN_WORD).join('|')}|${Object.keys(HUNDREDS_WORD).join('|')})\\b|\\d[,.] \\d`, 'i');

/** One group's digits: "doscientos treinta y dos" -> "232", "cuatro mil ochocientos dieciocho" ->
 * "4818", "cero" -> "0", "078" as written. */
function groupDigits(g: string): string {
  if (/^\d+$/.test(g)) return g;
  const mil = /(?:^| )mil(?: |$)/.exec(g);
  if (mil) {
    const before = g.slice(0, mil.index).trim();
    const after = g.slice(mil.index + mil[0].length).trim();
    return String((before ? Number(groupDigits(before)) : 1) * 1000 + (after ? Number(groupDigits(after)) : 0));
  }
  const [first, ...rest] = g.split(' ');
  const hundreds = HUNDREDS_WORD[first!];
  if (hundreds !== undefined) return String(hundreds + (rest.length ? Number(groupDigits(rest.join(' '))) : 0));
  const [tens, unit] = g.split(' y ');
  if (tens! in TENS_WORD) return String(TENS_WORD[tens!]! + (unit ? Number(DIGIT_WORD[unit]) : 0));
  return tens! in TEEN_WORD ? String(TEEN_WORD[tens!]) : DIGIT_WORD[tens!] ?? '';
}

function dictatedGroups(line: string): string {
  if (!DICTATED_GATE.test(line)) return line;
  const folded = foldLabel(line);
  if (folded.length !== line.length) return line;
  let out = '';
  let last = 0;
  const runs: { at: number; length: number; digits: string }[] = [];
  for (const m of allMatches(MILLIONS_RUN, folded)) {
    const [, millions, thousands, units] = m;
    const digits = groupDigits(millions!) + groupDigits(thousands ?? 'cero').padStart(3, '0') + groupDigits(units ?? 'cero').padStart(3, '0');
    if (digits.length === 9) runs.push({ at: m.index!, length: m[0].length, digits });
  }
  for (const m of allMatches(DICTATED_RUN, folded)) {
    if (runs.some((r) => m.index! < r.at + r.length && r.at < m.index! + m[0].length)) continue;
    const groups = m[0].match(GROUP) ?? [];
    const words = groups.filter((g) => /\p{L}/u.test(g)).length;
    const punctuated = /\d[,.] \d/.test(m[0]);
    // Words with a tens, teens or hundreds word in them (single digits are spokenDigits' part), or
    // digit groups a dictation tool punctuated.
    if (!(words > 0 ? groups.some((g) => /^[a-z]/.test(g) && !(g in DIGIT_WORD)) : punctuated)) continue;
    const digits = groups.map(groupDigits).join('');
    if (digits.length !== 9 && digits.length !== 11) continue;
    runs.push({ at: m.index!, length: m[0].length, digits });
  }
  runs.sort((a, b) => a.at - b.at);
  for (const r of runs) {
    out += line.slice(last, r.at) + r.digits;
    last = r.at + r.length;
  }
  return last ? out + line.slice(last) : line;
}

// A code typed with thousands separators ("232,919,433"), as a phone's dictation writes it; an NSS
// as a spreadsheet's number format shows it ("14,241,976,258").
const THOUSANDS_CODE = /(?<![\d,.])(\d{3}),(\d{3}),(\d{3})(?![\d]|,\d)/g;
const THOUSANDS_NSS = /(?<![\d,.])(\d{2}),(\d{3}),(\d{3}),(\d{3})(?![\d]|,\d)/g;
const withoutThousandsCommas = (line: string) => (line.includes(',') ? line.replace(THOUSANDS_NSS, '$1$2$3$4').replace(THOUSANDS_CODE, '$1$2$3') : line);
const KEYCAP = /(\d)\ufe0f?\u20e3/g;
const SPACED_ADDRESS = /([a-z0-9._%+'-]+)\s*@\s*((?:[a-z0-9-]+\s*\.\s*)+[a-z]{2,})\b/i;

// An address dictated ("leonel punto zepeda6458 arroba alumnos punto udg punto mx"): as typed.
// ...with "guion bajo" and "guion" in it ("garcia guion bajo aaron01 arroba gmail punto com").
// ...with the digits said apart after the last word ("ana punto amezcua 9873 arroba alumnos ...").
// (...or only the "@" said, the rest typed: "paola.lara4468 arroba alumnos.udg.mx".)
const SPOKEN_EMAIL = /\b([a-z0-9_-]+(?:\s+(?:punto|gui[oó]n bajo|gui[oó]n)\s+[a-z0-9_-]+(?:\s+\d{1,6})?)*)\s+arroba\s+([a-z0-9-]+(?:\s+(?:punto|gui[oó]n)\s+[a-z0-9-]+)*\s+punto\s+[a-z0-9-]+|[a-z0-9-]+(?:\.[a-z0-9-]+)+)\b/gi;
const spokenSeparators = (s: string) => s.replace(/\s+punto\s+/gi, '.').replace(/\s+gui[oó]n bajo\s+/gi, '_').replace(/\s+gui[oó]n\s+/gi, '-');
// ...or in English ("olivia dot bennett4118 at alumnos dot udg dot mx"; "at" alone is a word).
const SPOKEN_EMAIL_EN = /\b([a-z0-9_-]+(?:\s+dot\s+[a-z0-9_-]+)*)\s+at\s+([a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+)+)\b/gi;
const spokenEmail = (line: string) => {
  if (/\barroba\b/i.test(line)) line = line.replace(SPOKEN_EMAIL, (_, user: string, domain: string) => `${spokenSeparators(user).replace(/\s+(?=\d)/g, '')}@${spokenSeparators(domain)}`);
  if (/\bdot\b/i.test(line) && /\bat\b/i.test(line)) line = line.replace(SPOKEN_EMAIL_EN, (_, user: string, domain: string) => `${user.replace(/\s+dot\s+/gi, '.')}@${domain.replace(/\s+dot\s+/gi, '.')}`);
  return line;
};

function spokenDigits(line: string): string {
  if (!SPOKEN_GATE.test(line)) return line;
  if (PHONE_STYLE_GATE.test(line)) line = line.replace(PHONE_STYLE_RUN, phoneStyleDigits);
  return line.replace(SPOKEN_RUN, spokenRunDigits);
}
function spokenRunDigits(run: string): string {
  const tokens = run.split(/[ \t-]+/).filter(Boolean);
  if (tokens.filter((t) => /^\p{L}/u.test(t)).length < 2) return run;
  // One number dictated: its digits together, as if typed.
  return tokens.map((t) => SPOKEN_DIGIT[t.toLowerCase()] ?? t).join('');
}

// ...or read as an older person reads a phone number: "o" for cero and "doble"/"triple" before a
// repeated digit ("dos cuatro o doble seis cuatro nueve tres seis"). "o" is also "or" ("dos o tres
// veces"): such a run is a number only when it makes eight to twelve digits, a code's or an NSS's
// (one short or long kept, as written); otherwise it is read as before.
const PHONE_TOKEN = `(?:(?:doble|triple)[ \\t-]+)?(?:${SPOKEN_DIGIT_SRC}|\\d+)`;
const PHONE_STYLE_RUN = new RegExp(`(?<![\\p{L}\\d])${PHONE_TOKEN}(?:[ \\t-]+(?:${PHONE_TOKEN}|o(?=[ \\t-]+${PHONE_TOKEN}))){2,}(?![\\p{L}\\d])`, 'giu');
const PHONE_STYLE_GATE = /(?:^|[ \t-])(?:o|doble|triple)[ \t-]/i;
function phoneStyleDigits(run: string): string {
  if (!PHONE_STYLE_GATE.test(run)) return run;
  const tokens = run.split(/[ \t-]+/).filter(Boolean);
  let digits = '';
  let times = 1;
  for (const t of tokens.map((x) => x.toLowerCase())) {
    if (t === 'doble' || t === 'triple') times = t === 'doble' ? 2 : 3;
    else {
      digits += (t === 'o' ? '0' : SPOKEN_DIGIT[t] ?? t).repeat(times);
      times = 1;
    }
  }
  return digits.length >= 8 && digits.length <= 12 && tokens.filter((t) => /^\p{L}/u.test(t)).length >= 2 ? digits : run;
}

/** `value` is a cell of a comma-separated row of values that holds a CURP and no nine-digit number. */
function inValueRow(line: string, value: string): boolean {
  const cells = line.split(',');
  return cells.length >= 4 && cells.some((c) => c.trim().endsWith(value)) && !NINE_DIGITS.test(line) && holdsCurp(line);
}
/** A CURP's shape anywhere in a line (an attached table's cell). */
export const CURP_IN_LINE = new RegExp(`(?<![A-Za-z0-9])${CURP_SRC}(?![A-Za-z0-9])`);
export const NINE_DIGITS = /(?<!\d)\d{9}(?!\d)/;

/** `value` stands between spaces in a line that holds a CURP and an eleven-digit NSS and no nine-digit number. */
function inSpacedValueRow(line: string, value: string): boolean {
  return new RegExp(`(?:^|\\s)${value}\\s`).test(line) && !NINE_DIGITS.test(line) && /(?<!\d)\d{11}(?!\d)/.test(line) && holdsCurp(line);
}

/** The line holds a CURP (the global CURP_RE's position reset around the test). */
function holdsCurp(line: string): boolean {
  CURP_RE.lastIndex = 0;
  const curp = CURP_RE.test(line);
  CURP_RE.lastIndex = 0;
  return curp;
}

// A CURP spelled by the letters' names and the digits' words, as a dictation tool writes it ("a u ge
// ce uno siete cero cuatro cero dos hache jota ce ge erre erre ce nueve"): the eighteen characters,
// only when they make a CURP's shape. (Spelled "A de Ana, B de Barco, ..." is SPELLED_RUN's, below.)
const LETTER_NAME: Readonly<Record<string, string>> = {
  a: 'A', be: 'B', ce: 'C', de: 'D', e: 'E', efe: 'F', ge: 'G', hache: 'H', i: 'I', jota: 'J', ka: 'K', ele: 'L', eme: 'M', ene: 'N',
  o: 'O', pe: 'P', cu: 'Q', erre: 'R', ere: 'R', ese: 'S', te: 'T', u: 'U', ve: 'V', uve: 'V', equis: 'X', ye: 'Y', zeta: 'Z', ceta: 'Z',
  igriega: 'Y', dobleve: 'W', dobleu: 'W', dobleuve: 'W',
};
const LETTER_NAMES_GATE = /\b(?:hache|jota|erre|equis|zeta|efe|ele|eme|ene|ese|ge|ce|pe|te)\s+(?:[a-z]+\s+){0,3}(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|\d)\b/i;
// ...or the letters typed as capitals, alone or in runs, between the digits' words ("R O U I dos cuatro
// cero tres cero dos M J C S R T B cuatro", "SAME dos cero cero dos uno siete HJCLNR C siete").
const CAPITALS_GATE = /\b[A-Z](?:[A-Z]{3}|(?: [A-Z]){3}) (?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)\b/;
function curpInLetterNames(line: string): string {
  const capitals = CAPITALS_GATE.test(line);
  if (!capitals && !LETTER_NAMES_GATE.test(line)) return line;
  const joined = line.replace(/\bi griega\b/gi, 'igriega').replace(/\bdoble (ve|u|uve)\b/gi, 'doble$1');
  const toks = allMatches(/[\p{L}\d]+/gu, joined);
  const char = (t: string) => (/^\d+$/.test(t) ? t : capitals && /^[A-Z]{1,6}$/.test(t) ? t : (LETTER_NAME[t.toLowerCase()] ?? DIGIT_WORD[t.toLowerCase()] ?? null));
  for (let i = 0; i < toks.length; i++) {
    let s = '';
    let j = i;
    for (; j < toks.length && s.length < 18; j++) {
      const c = char(toks[j]![0]);
      if (c === null) break;
      s += c;
    }
    if (s.length === 18 && SPELLED_CURP_SHAPE.test(s)) {
      const end = toks[j - 1]!.index + toks[j - 1]![0].length;
      return joined.slice(0, toks[i]!.index) + s + curpInLetterNames(joined.slice(end));
    }
  }
  return line;
}

// The hyphen a screen reader says between a number's groups, copied as heard: "70 guion 24 guion 22
// guion 7896 guion 1" (not "guion bajo", an address's underscore).
const SPOKEN_DASH = /(?<=\d)\s+gui[oó]n(?:\s+medio)?\s+(?=\d)/giu;
const spokenDashes = (line: string) => (/gui[oó]n/i.test(line) ? line.replace(SPOKEN_DASH, '-') : line);

/** A line as if typed: dictated groups, addresses and CURPs, then single digits in words. */
const asTyped = (line: string) => spokenDigits(spokenEmail(dictatedGroups(withoutThousandsCommas(curpInLetterNames(curpWithSpokenDate(spokenDashes(unglued(line))))))));

// A value glued to the next label, typed on a phone with no space: "nss:59230588408curp:AUCM...
// codigo:223575452correo:...". Every value here ends in a digit (an NSS, a CURP, a code).
const GLUED_LABEL = /(\d)(?=(?:nss|curp|c[oó]digo|correo|e-?mail|nombre)\s*:)/gi;
// ...or an NSS glued to the CURP after it: "45242462369BENS240823HJCCXRA5".
const GLUED_NSS_CURP = /(?<!\d)(\d{11})(?=[A-Za-zÑñ]{4}\d{6}[A-Za-z]{6}[0-9A-Za-z]\d(?![A-Za-z0-9]))/g;
const unglued = (line: string) => {
  const l = line.includes(':') ? line.replace(GLUED_LABEL, '$1 ') : line;
  return /\d{11}[A-Za-zÑñ]/.test(l) ? l.replace(GLUED_NSS_CURP, '$1 ') : l;
};

// A chat transcript's line ("[09:14] Mi Cel: 226519504", "09:14 - Ana: ..."): the time and the
// contact's name ("Mi Cel", "La Güera") are not the value's keyword. Blanked, keeping positions.
const CHAT_PREFIX = /^\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*(?:-\s*)?[^:\n\d]{1,40}:\s/;
// A web address ("https://udg.zoom.us/j/80146335270?pwd=..."), and what a phone dials after a
// conference's number ("+525584216310,,581387368#", "Id. de conferencia: 581 387 368#"): meeting ids
// and PINs, never a value, whatever their length or check digit; nor is a number with a country's
// dialling prefix ("+1 346 248 7799").
const URL_OR_DIALED = /\bhttps?:\/\/[^\s<>"]+|,,[\d,*#]+|\d(?:[ \d]*\d)?#|\+\d[\d \t\-.()]*\d/g;
const URL_OR_DIALED_HINT = /https?:|\d#|,,|\+\d/;

// A label glued to its value on a phone's keypad, opening the line: "COD232713659", "NSS23241470691",
// "CURPCORF141203HNTRMRB8" (a CURP only when a whole CURP follows).
const LABEL_GLUED_TO_VALUE = /^(\s*)(c[oó]d(?:igo)?|nss|curp)(?=\d|[A-Za-z]{4}\d{6}[A-Za-z]{6}[0-9A-Za-z]\d(?![A-Za-z0-9]))/i;

// A signature's title or office (folded): "mtra. veronica ...", "jefa de la unidad de control escolar".
const STAFF_SIGNATURE_LINE = /^\W*(?:(?:mtr[oa]|dr[a]?|lic|ing|profr?a?)\.?\s+\p{L}|(?:jef[ae]|coordinador[a]?|director[a]?|secretari[oa]|responsable|encargad[oa]|asistente|auxiliar|analista|titular)\b)/u;
/** One of the three lines above line i is a staff member's title or office. */
function staffSignatureAbove(lines: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (STAFF_SIGNATURE_LINE.test(foldLabel(lines[k]!))) return true;
  return false;
}

// The writer copied her values from a screen, a photo or a document (folded).
const COPIED_HINT = /copi|peg|texto en vivo/i;
const COPIED_FROM_SCREEN = /\b(?:copie|copio|pegue|pego)\b[^.\n]{0,40}\b(?:siiau|pantalla|foto|captura|pdf|credencial|constancia|comprobante|imagen|texto en vivo)\b/;
// A code of nine with a phone's reading of digits as letters in it ("2364399B7", "23S34993B", "234B8O9l9").
const OCR_CODE = /(?<![A-Za-z0-9])(?=[0-9OolISB]{9}(?![A-Za-z0-9]))(?=(?:[^0-9]*[0-9]){6})[0-9OolISB]*[OolISB][0-9OolISB]*/g;
const OCR_DIGIT: Record<string, string> = { O: '0', o: '0', l: '1', I: '1', S: '5', B: '8' };
const codeFromOcr = (line: string) => (/\d[OolISB]|[OolISB]\d/.test(line) ? line.replace(OCR_CODE, (t) => t.replace(/[OolISB]/g, (c) => OCR_DIGIT[c]!)) : line);

// A CURP's shape with digits allowed in its letters (a photo's text recognition).
const OCR_CURP_SRC = String.raw`(?<![A-Za-z0-9Ññ])[A-Za-z0-9]{4}\d{6}[A-Za-z0-9]{6}[0-9A-Za-z]\d(?![A-Za-z0-9Ññ])`;
const OCR_CURP_RE = new RegExp(OCR_CURP_SRC);
const SIX_DIGITS = /\d{6}/;
const OCR_CURP_G = new RegExp(OCR_CURP_SRC, 'g');

// A character spelled with a word ("R de ratón", "J de jirafa") or a digit alone, in a run of
// eighteen or more separated by commas (a CURP dictated to a phone, letter by letter).
const SPELLED_ITEM_SRC = String.raw`(?:\b[A-Za-zÑñ] (?:de|como en) \p{L}+|\b\d\b)`;
const SPELLED_ITEM = new RegExp(SPELLED_ITEM_SRC, 'gu');
const SPELLED_RUN = new RegExp(String.raw`${SPELLED_ITEM_SRC}(?:\s*,\s*(?:y\s+)?${SPELLED_ITEM_SRC}){17,}`, 'gu');
const SPELLED_HINT = /\b[A-Za-zÑñ] de \p{L}+\s*,/u;
const SPELLED_CURP_SHAPE = /^[A-ZÑ]{4}\d{6}[A-Z]{6}[0-9A-Z]\d$/;

/** A number of nine or eleven digits written twice in a row, as that number; else null. */
function pastedTwice(run: string): string | null {
  const d = digitsOf(run);
  const half = d.length / 2;
  return (half === 9 || half === 11) && d.slice(0, half) === d.slice(half) ? d.slice(0, half) : null;
}

const LETTER_SPACED_LABEL = /^(\s*)((?:\p{L} ){2,}\p{L})(?= ?:)/u;

/** A line as the finders read it: a chat's time and sender, web addresses and dialled codes blanked, a glued label parted; typed as a person types. */
const WORD_GLUED_TO_CURP = /(?<![A-Za-z0-9Ññ])([A-ZÑ]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d)(?=[a-zñ]{2,})/g;

const UNDERSCORE_RUN = /(?<=[\p{L}\d])_{2,}(?=[\p{L}\d])/gu;
function readableLine(l: string): string {
  // Keycap emoji digits ("2️⃣3️⃣8️⃣..."): the digits they show.
  const keyed = l.includes('\u20e3') ? l.replace(KEYCAP, '$1') : l;
  // Values on one line kept apart by runs of underscores ("candelario__239438978__76242095628__..."):
  // apart, the length kept.
  const apart = keyed.includes('__') ? keyed.replace(UNDERSCORE_RUN, blank) : keyed;
  const bare = apart.replace(CHAT_PREFIX, blank);
  const labeled = LABEL_GLUED_TO_VALUE.test(bare) ? bare.replace(LABEL_GLUED_TO_VALUE, '$1$2 ') : bare;
  // A CURP typed with the next word glued to it ("Mi curp:BEZJ161219HJCLMSC1gracias"): apart.
  const glued = /\d[a-zñ]/.test(labeled) ? labeled.replace(WORD_GLUED_TO_CURP, '$1 ') : labeled;
  // A label a PDF's copy spaced letter by letter ("C ó d i g o : 2 3 0 8 ..."): its letters joined.
  const parted = LETTER_SPACED_LABEL.test(glued) ? glued.replace(LETTER_SPACED_LABEL, (_m, sp: string, label: string) => sp + label.replace(/ /g, '')) : glued;
  return asTyped(URL_OR_DIALED_HINT.test(parted) ? parted.replace(URL_OR_DIALED, blank) : parted);
}

const codeKey = (c: Candidate) => digitsOf(c.value);
const emailKey = (c: Candidate) => c.value.toLowerCase();

const NSS_KEYWORD = new RegExp(KEYWORDS.find(([f]) => f === 'nss')![1].source);

// A parent named before a CURP ("mamá UURA... / yo HAUE..."), with nothing after it that makes it
// the writer's own ("mi CURP", "la mía", "yo", "hijo").
const PARENT_WORD = /\b(?:mama|papa|madre|padre|mami|papi)\b/g;
const OWN_WORD = /\b(?:mi curp|la mia|yo|hij[oa])\b/g;
const FOREIGN_SS = /(?<![\d/])\d{2}\/\d{8}\/\d{2}(?![\d/])/g;

// "la de mi bebé", "la de mi hijo": the CURP of the relative named.
const RELATIVES_CURP = /\b(?:(?:la|el) (?:curp )?|curp )de mi (?:bebe|hij[oa]|nin[oa]|mama|papa|madre|padre|herman[oa]|espos[oa])\b/;
// ...said after it: "CURP: ROML820412HJCBNN07 (es la de mi papá, la mía no me la sé)".
const RELATIVES_CURP_AFTER = /^\W{0,4}(?:que )?(?:es|era) (?:la|el) (?:curp )?de mi (?:bebe|hij[oa]|nin[oa]|mama|papa|madre|padre|herman[oa]|espos[oa])\b/;
// ...or its line labelled with the relative ("Mi bebé: Emiliano, CURP DICE...", "CURP esposo: LAPE...").
// (Not "hija:": a parent's child is the student.)
const RELATIVES_LINE = /^\W*(?:mi |la |el |de mi )?(?:bebe|espos[oa]|marido|pareja)\s*:|\bcurp (?:del? (?:mi |la |el |su )?)?(?:bebe|espos[oa]|marido|pareja)\s*:?\s*$/;
const OWN_CURP_MISSING = /\b(?:la mia|mi curp)\b[^.\n]{0,30}\bno (?:me la se|la tengo|la encuentro|la traigo)\b|\bno (?:me se|tengo|encuentro|traigo) (?:la mia|mi curp)\b/;
const ownCurpMissing = (text: string) => OWN_CURP_MISSING.test(foldLabel(text));

function parentsCurp(before: string): boolean {
  if (!before.includes('ma') && !before.includes('pa') && !before.includes('dre')) return false;
  let parent = -1;
  let own = -1;
  for (const m of allMatches(PARENT_WORD, before)) parent = m.index!;
  if (parent < 0) return false;
  for (const m of allMatches(OWN_WORD, before)) own = m.index!;
  return parent > own;
}

/** Removes, in place, the candidates that `drop` says are not offered after all. */
function removeWhere(out: Candidate[], drop: (c: Candidate) => boolean): void {
  for (let k = out.length - 1; k >= 0; k--) if (drop(out[k]!)) out.splice(k, 1);
}

/** An address without WhatsApp's italics pasted around it ("_josue.renteria6225@alumnos.udg.mx_"). */
const withoutItalics = (email: string, after: string | undefined) => (email.startsWith('_') && after === '_' ? email.replace(/^_+/, '') : email);

// A numbered or bulleted list's mark before a value alone on its line ("2. 23968814", "- 88242118540").
const LIST_MARK_SRC = String.raw`(?:\d{1,2}[.)]|[-•*])\s+`;
const LIST_MARK = new RegExp(`^\\s*${LIST_MARK_SRC}`);
const BARE_VALUE_LINE = new RegExp(`^\\s*(?:${LIST_MARK_SRC})?(?:\\d{11}|${CURP_SRC})\\s*$`);
/** The line holds this value alone, after a list's mark or not. */
const aloneOnLine = (line: string, value: string) => line.replace(LIST_MARK, '').trim() === value;

/** The line before or after line i holds only an NSS or a CURP. */
function besideBareValue(lines: readonly string[], i: number): boolean {
  return BARE_VALUE_LINE.test(lines[i - 1] ?? '') || BARE_VALUE_LINE.test(lines[i + 1] ?? '');
}

/** The two-digit birth years of the CURPs written in a text. */
function curpBirthYears(text: string): Set<string> {
  return new Set(allMatches(CURP_RE, text).map((m) => m[0].slice(4, 6)));
}

const DIGIT_WORD_BETWEEN = /(?<=\d)\s+(cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)\s+(?=\d)/gi;

/** An NSS or a CURP alone on a line among the `span` non-empty lines before or after line i. */
function bareValueNear(lines: readonly string[], i: number, span: number): boolean {
  for (const step of [-1, 1]) {
    for (let j = i + step, seen = 0; j >= 0 && j < lines.length && seen < span; j += step) {
      if (!lines[j]!.trim()) continue;
      seen++;
      if (BARE_VALUE_LINE.test(lines[j]!)) return true;
    }
  }
  return false;
}

/**
 * In a pasted spreadsheet's row (cells by tabs, under a header row of as many cells, other rows
 * between them), the keyword of the header cell over column `at`: "No. Emp / Nombre / NSS / Puesto"
 * over "48814 / ORENDAIN TOPETE GISELA / 6240617818 / ...". Null when the line is no such row or the
 * header cell names no field.
 */
function headerKeyword(lines: readonly string[], i: number, at: number): KeywordField | null {
  const cells = lines[i]!.split('\t');
  if (cells.length < 3) return null;
  let h = i - 1;
  while (h >= 0 && /\d{4}/.test(lines[h]!) && lines[h]!.split('\t').length === cells.length) h--;
  const head = h >= 0 ? lines[h]!.split('\t') : [];
  if (head.length !== cells.length || head.some((c) => /\d{4}/.test(c))) return null;
  let k = 0;
  for (let end = cells[0]!.length; k < cells.length - 1 && at > end; end += cells[++k]!.length + 1);
  const label = foldLabel(head[k]!.trim());
  return label ? nearestKeyword(`${label}: `, label.length + 2) : null;
}

/**
 * The one field the desk's quoted reply asks for ("Nos falta:" / "Por favor revisa:" / "...
 * necesitamos que corrijas estos datos:" / "Recibimos un dato distinto ...:" with a single item,
 * templates/incomplete, correction and conflict),
 * or null: a student answering it may send the value bare.
 */
export function askedField(text: string): FieldName | null {
  const starts = [text.indexOf('Nos falta:'), text.indexOf('Por favor revisa:'), text.indexOf(' estos datos:'), text.indexOf('Recibimos un dato distinto')].filter((i) => i >= 0);
  if (!starts.length) return null;
  const start = text.lastIndexOf('\n', Math.min(...starts)) + 1;
  const fields = new Set<FieldName>();
  let inList = false;
  for (const raw of text.slice(start, start + 3000).split('\n')) {
    const line = raw.replace(/^(?:\s*>)+\s?/, '').trim();
    if (opensAskingList(line)) {
      inList = true;
      continue;
    }
    if (!inList) continue;
    if (!line.startsWith('- ')) {
      if (line.startsWith('Estos datos') || line.startsWith('Por favor responde') || line.startsWith('Para no registrar')) break;
      inList = false;
      continue;
    }
    const folded = foldLabel(line.slice(2));
    const hit = LABELS.find(([, re]) => re.test(folded));
    if (hit) fields.add(hit[0]);
  }
  return fields.size === 1 ? [...fields][0]! : null;
}

// A CURP's shape with a character missing or one too many (in the date too).
const VALUES_BESIDE = /(?<!\d)(?:\d{9}|\d{11})(?!\d)|@alumnos\./;
const CURP_LIKE = /(?<![A-Za-z0-9Ññ])(?=[A-Za-z0-9Ññ]{16,19}(?![A-Za-z0-9Ññ]))[A-Za-zÑñ]{4}(?:\d{6}[A-Za-z0-9]{5,9}|\d{5,7}[HMXhmx][A-Za-z0-9]{4,8})(?![A-Za-z0-9Ññ])/;

const CUT_CURP_AT_END = /\bcurp(?:\s+es)?\s*[:=]?\s*([a-zñ]{4}\d{2,6}[a-z0-9]{0,5})(\s*[.…]*\s*)$/;

const FORGOTTEN_REST = /^\s*(?:\.{2,}|…)\s*\(?\s*(?:no me acuerdo|no recuerdo|no lo recuerdo|no me lo se|no me se)\b/i;

// An old webmail's fixed-width wrap in the middle of a value ("... / 2924" / "1214104 / ZEIM...",
// "...,curp:r" / "umj141105mjczlmb5,..."): the two halves joined, when the line is a long one and
// they make an NSS whose check digit agrees or a CURP's shape.
const WRAP_TAIL = /([A-Za-z0-9]+)$/;
const WRAP_HEAD = /^([A-Za-z0-9]+)/;
function wrappedInValue(line: string, next: string): boolean {
  if (line.length < 60) return false;
  const tail = WRAP_TAIL.exec(line)?.[1];
  const head = tail ? WRAP_HEAD.exec(next)?.[1] : undefined;
  if (!tail || !head) return false;
  const joined = tail + head;
  if (/^\d{11}$/.test(joined)) return nssCheckDigitAgrees(joined);
  return CURP_SHAPE.test(joined.toUpperCase());
}

// An address label whose value has no "@" yet, and the line that goes on with one and nothing else.
const EMAIL_LABEL_PARTIAL = /\b(?:correo|e-?mail|mail)\b[^:@\n]{0,30}:\s*[a-z0-9._%+-]{2,}\s*$/i;
const EMAIL_REST = /^\s*[a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+\s*$/i;

// An NSS that a screenshot's text recognition broke over two lines under its label ("Tu NSS es:" /
// "612414" / "43722"): one value when its two parts make eleven digits.
const SHORT_DIGITS = /^\s*\d{2,9}\s*$/;
// ...and one cut after its label's first digits, on the label's line ('NSS: 1324166' / '9590').
// (...or the label with no colon, the digits right after it: "NSS 3224" / "2135583".)
const NSS_LABEL_PARTIAL = /\b(?:nss|seguridad social|seguro social)\b(?:[^:\n]{0,12}:|\s*-?)\s*(\d{2,10})\s*$/i;
const NSS_LABEL_ALONE = /\b(?:nss|seguridad social|seguro social)\b[^:]{0,12}:\s*$/;
// ...and a CURP it broke after its date ("Clave: AOOJ130514" / "MJCCRLB8").
const CURP_HEAD_END = /(?<![A-Za-z0-9])[A-Za-z]{4}\d{6}\s*$/;
// ...or one of its date digits lost by the break, under its label ("CURP: CABJ12100" / "MBCLRMB0"): read
// whole, as written (its format is wrong).
const LABELED_CURP_HEAD_SHORT = /^\W*curp\s*[:=]\s*[A-Za-z]{4}\d{5}\s*$/i;
const CURP_TAIL_LINE = /^\s*[A-Za-z]{6}[0-9A-Za-z]\d\s*$/;
// A value the writer splits over lines on purpose and says so ("El NSS lo parto en dos por si acaso:
// / NSS primera parte: 16242 / NSS segunda parte: 295471", "les mando mi CURP en partes: / SOOA22 /
// 0909MJ / CLRNB0", "Código: / 2386 / 85825 / (es uno solo, lo separé ...)"): two or three lines of a
// fragment each, joined when they make an NSS or a CURP whose check digit agrees, or nine digits under
// the code's label.
const PARTS_HINT = /(?<![\p{L}])(?:part(?:e|es|o|ido|ida|idos|idas)|separ[eéoa]|junt[oa]s|contin[uú]a)(?![\p{L}])/iu;
const PART_LINE = /^(?:([^:\n]{0,40}):)?\s*([A-Za-z0-9]{2,12})\s*$/;
const CODE_LABEL_ALONE = /^\W*c[oó]digo(?: de (?:estudiante|alumn[oa]))?\s*:?\s*$/i;
function joinedParts(lines: string[]): string[] {
  for (let i = 0; i + 1 < lines.length; i++) {
    const first = PART_LINE.exec(lines[i]!);
    if (!first) continue;
    for (const k of [3, 2]) {
      if (i + k > lines.length) continue;
      const parts = [first];
      for (let j = 1; j < k; j++) {
        const m = PART_LINE.exec(lines[i + j]!);
        if (!m) break;
        parts.push(m);
      }
      if (parts.length !== k) continue;
      const joined = parts.map((m) => m[2]!).join('');
      const curp = joined.toUpperCase();
      const ok = (/^\d{11}$/.test(joined) && nssCheckDigitAgrees(joined))
        || (CURP_SHAPE.test(curp) && /\d$/.test(curp) && curpCheckDigit(curp.slice(0, 17)) === Number(curp[17]))
        || (/^\d{9}$/.test(joined) && !first[1] && i > 0 && CODE_LABEL_ALONE.test(lines[i - 1]!));
      if (!ok) continue;
      lines[i] = `${first[1] !== undefined ? `${first[1]}: ` : ''}${joined}`;
      for (let j = 1; j < k; j++) lines[i + j] = '';
      break;
    }
  }
  return lines;
}

/** Lines with the values a wrap or text recognition broke over two of them joined (the second left blank). */
function joinBrokenValues(lines: string[]): string[] {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    // (Most lines end in neither a digit nor a letter that could close half a value.)
    let end = line.length - 1;
    while (end > 0 && (line.charCodeAt(end) === 32 || line.charCodeAt(end) === 9 || line.charCodeAt(end) === 13)) end--;
    const last = line.charCodeAt(end);
    // A CURP a PDF's copy hyphenated at the line's end ("BASM140-" / "613MJCRRRC8").
    if (last === 45) {
      const head = /([A-Za-z0-9]{2,17})-\s*$/.exec(line)?.[1];
      const tail = head ? /^\s*([A-Za-z0-9]{1,16})(?![A-Za-z0-9])/.exec(lines[i + 1]!)?.[1] : undefined;
      if (head && tail && CURP_SHAPE.test((head + tail).toUpperCase())) {
        lines[i] = line.slice(0, line.lastIndexOf('-')) + tail;
        lines[i + 1] = lines[i + 1]!.replace(tail, '');
      }
      continue;
    }
    if (last < 48 || (last > 57 && last < 65) || (last > 90 && last < 97) || last > 122) continue;
    if (last <= 57 && (CURP_HEAD_END.test(line) || LABELED_CURP_HEAD_SHORT.test(line)) && CURP_TAIL_LINE.test(lines[i + 1]!)) {
      lines[i] = line.trimEnd() + lines[i + 1]!.trim();
      lines[i + 1] = '';
    } else if (EMAIL_LABEL_PARTIAL.test(line) && EMAIL_REST.test(lines[i + 1]!)) {
      // A labeled address cut by a phone's wrap before its last characters ("Correo UDG:
      // allison.cardenas50" / "36@alumnos.udg.mx"): one address.
      lines[i] = line.trimEnd() + lines[i + 1]!.trim();
      lines[i + 1] = '';
    } else if (wrappedInValue(line, lines[i + 1]!)) {
      lines[i] = line + lines[i + 1]!;
      lines[i + 1] = '';
    } else if (last <= 57) {
      // A labeled NSS cut by a copy from a PDF ("NSS: 1324166" / "9590", "NSS: 262413" / "94225
      // 1M2013OR"): the next line's first digits complete it when the check digit agrees.
      const part = NSS_LABEL_PARTIAL.exec(line)?.[1];
      const head = part ? /^\s*(\d+)/.exec(lines[i + 1]!) : null;
      if (part && head && part.length + head[1]!.length === 11 && nssCheckDigitAgrees(part + head[1]!)) {
        lines[i] = line.trimEnd() + head[1]!;
        lines[i + 1] = lines[i + 1]!.slice(head[0].length);
      }
    }
  }
  for (let i = 1; i + 1 < lines.length; i++) {
    if (!SHORT_DIGITS.test(lines[i]!) || !SHORT_DIGITS.test(lines[i + 1]!)) continue;
    const digits = lines[i]!.trim() + lines[i + 1]!.trim();
    if (digits.length !== 11 || !NSS_LABEL_ALONE.test(foldLabel(lines[i - 1]!))) continue;
    lines[i] = digits;
    lines[i + 1] = '';
  }
  return lines;
}

/**
 * The writer points at her code somewhere in the mail ("Arriba va mi nombre y mi código" under a
 * subject "Víctor Vega Quintero 3206598"; "Les pego lo de la página de resultados, ahí viene mi
 * código"): a 7-digit number there, even a "Número de solicitud", is the applicant number she
 * offers as the code (checkStudentCode says so). As written, any case: folding a whole mail for it
 * would cost more than the rest of the reading.
 */
export const POINTS_AT_CODE = /(?<![\p{L}\d])(?:ah[ií]|arriba|abajo|en el asunto|en la captura|en la imagen)\s+(?:les?\s+|te\s+)?(?:viene|va|van|est[aá]|est[aá]n|sale|puse|pongo|dej[eé])\s+(?:mi\s+)?(?:nombre\s+y\s+(?:mi\s+)?)?c[oó]digo(?![\p{L}\d])/iu;

/**
 * Adds a candidate of the segment to `out`. (Built by a module-level function: under tsx, a named
 * closure inside findValues would cost a __name call each time it runs.)
 */
function valuePusher(out: Candidate[], source: Segment['source'], posBase: number) {
  return (field: FieldName, value: string, labeled: boolean, how: Candidate['how'], pos: number, corrects = false) =>
    out.push({ field, value, source, labeled, how, pos: posBase + pos, ...(corrects ? { corrects } : {}) });
}

/** Candidates for studentCode, nss, curp and institutionalEmail in one segment. */
export function findValues(seg: Segment, posBase: number, asked: FieldName | null = null, codeOffered = false): Candidate[] {
  const out: Candidate[] = [];
  const broken = joinBrokenValues((FOLIO_HINT.test(seg.text) ? seg.text.replace(FOLIO_RE, blank) : seg.text).split('\n').map(readableLine));
  const read = PARTS_HINT.test(seg.text) ? joinedParts(broken) : broken;
  // Copied from a screen, a photo or a PDF ("Lo de SIIAU lo copié con el texto en vivo", "lo copié
  // de mi credencial"): a code's letters are its digits as text recognition misread them.
  const lines = COPIED_HINT.test(seg.text) && COPIED_FROM_SCREEN.test(foldLabel(seg.text)) ? read.map(codeFromOcr) : read;
  const push = valuePusher(out, seg.source, posBase);

  // Values said to be old ("el anterior era ...", the prepa's address): dropped below when another is given.
  const old = new Set<Candidate>();
  // CURPs said to be cancelled (RENAPO's "baja por duplicidad", "ya no es válida"): never hers now.
  const cancelledCurps = new Set<Candidate>();

  // 1. Labeled lines: the value belongs to the label's field even when it is malformed.
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue; // a blank line holds no label
    const lab = readLabel(lines, i);
    if (!lab || lab.field === 'fullName') continue;
    const v = lab.value;
    const pos = lab.valueLine * 1000;
    if (lab.field === 'curp') {
      const grouped = labeledCurp(v, nextNonEmpty(lines, lab.valueLine));
      // (...or a shorter document number offered as the CURP, a passport's "N95806345": a letter or
      // a few and digits, said back as not a CURP rather than asked for as missing.)
      // (...or one cut short, the rest lost when the signal went: "CURP: CAYB2210".)
      const tok = grouped ?? /[A-Za-zÑñ0-9]{10,}(?:\s[A-Za-zÑñ0-9]{1,8}){0,3}/.exec(v)?.[0] ?? /^\s*([A-Za-z]{1,4}\d{6,9}|[A-Za-z]{4}\d{2,5})\s*$/.exec(v)?.[1];
      if (tok && /\d/.test(tok)) {
        push('curp', curpFromOcrDigits(tok.replace(/\s/g, '')) ?? tok.replace(/\s/g, ''), true, 'label', pos);
        // "CURP anterior: ..." (RENAPO's notice of a change, above "CURP vigente: ..."): the old one.
        // ...and RENAPO's record of a cancelled one ("Estatus: BD - Baja por duplicidad" under it).
        if (cancelledStatusBelow(lines, lab.valueLine)) cancelledCurps.add(out[out.length - 1]!);
        if (OLD_LABEL.test(foldLabel(v.slice(0, Math.max(0, v.indexOf(tok))))) || cancelledCurps.has(out[out.length - 1]!)) old.add(out[out.length - 1]!);
      }
    } else if (lab.field === 'institutionalEmail') {
      const m = v.match(EMAIL_RE);
      // (Spaces a translator or a phone put around its "@" and dots, "andres.cobian1622 @ alumnos.udg. mx":
      // the address without them.)
      const spaced = m ? null : SPACED_ADDRESS.exec(v);
      if (m) push('institutionalEmail', withoutItalics(m[0], v[v.indexOf(m[0]) + m[0].length]), true, 'label', pos);
      else if (spaced) push('institutionalEmail', `${spaced[1]}@${spaced[2]!.replace(/\s+/g, '')}`, true, 'label', pos);
      else if (/@/.test(v)) push('institutionalEmail', v.split(/\s+/).find((w) => w.includes('@')) ?? v, true, 'label', pos);
    } else if (CURP_START.test(v)) {
      // A CURP pasted on the NSS's or the code's line ("NSS ....... RILK100925MJCVPRB5"): no value
      // of that field (the CURP is read where it stands).
      continue;
    } else if (/^\s*\d+(?:[.,]\d+)?\s*e\s*[+-]?\s*\d{1,2}\b/i.test(v)) {
      // A spreadsheet's scientific notation ("NSS: 4.22409E+10"): the digits are lost, no value.
      continue;
    } else {
      // A digit spelled out between typed ones, as dictated ("NSS 52242 uno 25434"): the digit.
      const typed = /\d\s+[a-z]+\s+\d/i.test(v) ? v.replace(DIGIT_WORD_BETWEEN, (_m, w: string) => ` ${DIGIT_WORD[foldLabel(w)]} `) : v;
      const scan = ocrDigits(typed.replace(EMAIL_RE, blank), false);
      // A run that ends where a word starts is cut there: "64977876594 3F2008OR" (an NSS and a
      // beneficiary's agregado) is the NSS, not twelve digits.
      const first = /\d(?:[ \t\-.]?\d)*/.exec(scan);
      let run = first ? (/^\d(?:[ \t\-.]?\d)*(?![\dA-Za-z])/.exec(scan.slice(first.index)) ?? first)[0] : undefined;
      // An NSS typed in groups with wider gaps ("nss  822  4230  7039", a phone's double spaces): its
      // groups, when they make eleven digits.
      if (lab.field === 'nss' && first && run && digitsOf(run).length < 11) {
        const wide = /^\d+(?:[ \t\-.]{1,3}\d+)+(?![\dA-Za-z])/.exec(scan.slice(first.index))?.[0];
        if (wide && digitsOf(wide).length === 11) run = wide;
      }
      // A code written with a slash ("Código: 230/188988"): nine digits in all, not a date.
      const slashed = lab.field === 'studentCode' ? /^\s*(\d{2,4}\/\d{5,7})(?![\d/])/.exec(scan) : null;
      if (slashed && digitsOf(slashed[1]!).length === 9) run = digitsOf(slashed[1]!);
      // A labeled code with a letter typed inside it ("222B16300"): kept as written, so the reply
      // says the code is not in the right format instead of asking for a code already sent.
      const typo = lab.field === 'studentCode' ? /^[0-9]{2,}[A-Za-z][0-9]{2,}(?![\w@])/.exec(scan.trim())?.[0] : undefined;
      // ...and another school's matrícula with its letter ("Matrícula: A08732138", a Prepa Tec's),
      // typed alone on her code's line: offered as the code, kept as written (its format is wrong).
      const lettered = lab.field === 'studentCode' ? /^[A-Za-z]\d{7,8}$/.exec(v.trim())?.[0] : undefined;
      // "Matrícula 98197266" of the code's wrong length: a staff member's or a prepa's number.
      const matricula = lab.field === 'studentCode' && /^\W*matricula/.test(foldLabel(lines[i]!)) && !!run && digitsOf(run).length !== 9;
      const taken = lettered ?? (typo && digitsOf(typo).length >= 6 && (!run || digitsOf(run).length < 5) ? typo : run && digitsOf(run).length >= 5 && !matricula ? run : null);
      if (!taken) continue;
      // The same number pasted twice with nothing between ("NSS: 4124131907241241319072"): once.
      const got = pastedTwice(taken) ?? taken;
      // "NSS: 2624060... (no me acuerdo de los últimos cuatro números)": the start of a number she
      // says she does not have whole, not a value.
      const valueLine = lines[lab.valueLine]!;
      if (FORGOTTEN_REST.test(valueLine.slice(valueLine.indexOf(got) + got.length))) continue;
      // "NSS: no tengo ... Sólo tengo mi Social Security de allá (748-23-9981)": another country's
      // number or a document's, named before it on the NSS's line.
      if (lab.field === 'nss' && OTHER_NUMBER_BEFORE.test(foldLabel(valueLine.slice(0, valueLine.indexOf(got))))) continue;
      // A staff member's seven-digit code under her signature ("Mtra. Verónica Salcido Ornelas /
      // Jefa de la Unidad de Control Escolar / Código: 8507105"), in an office's reply passed on.
      if (lab.field === 'studentCode' && digitsOf(got).length === 7 && staffSignatureAbove(lines, i)) continue;
      push(lab.field, got, true, 'label', pos);
      // "Código anterior: 224235966" over "Código actual: 225235962": the words before the number.
      const before = (lab.valueLine === i ? '' : `${lines[i]!} `) + valueLine.slice(0, Math.max(0, valueLine.indexOf(got)));
      // ("CURP anterior: ..." above "CURP vigente: ..." in RENAPO's notice of a change, too.)
      if (OLD_LABEL.test(foldLabel(before))) old.add(out[out.length - 1]!);
    }
  }

  // 2. Patterns anywhere, with the nearest keyword deciding the field of numbers.
  const parentCurps = new Set<Candidate>();
  const relativeCurps = new Set<Candidate>();
  const labelledRelativeCurps = new Set<Candidate>();
  let admission: boolean | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue; // a blank line (quoted lines are blanked): nothing on it
    // Most lines hold no address and no link: no scan for them.
    const hasAt = line.includes('@');
    const emails = hasAt ? line.match(EMAIL_RE) ?? [] : [];
    let scan = line.includes('://') || URL_HINT.test(line) ? line.replace(URL_RE, blank) : line;
    if (hasAt) scan = scan.replace(EMAIL_RE, blank);
    const folded = foldLabel(line);
    for (const found of emails) {
      const at0 = line.indexOf(found);
      const e = withoutItalics(found, line[at0 + found.length]);
      const at = at0 + found.length - e.length;
      // An address guessed before the university gave it ("creo que va a ser algo como
      // alexa.sandoval@alumnos.udg.mx pero no se el numero"): nobody's yet.
      if (GUESSED_ADDRESS.test(folded.slice(Math.max(0, at - 60), at))) continue;
      // ...and the address a mail came from ("El correo de abajo me llegó desde una cuenta de alumnos
      // (rodrigo.lepe4821@alumnos.udg.mx)"): the sender of what she passes on.
      if (ARRIVED_FROM.test(folded.slice(Math.max(0, at - 70), at))) continue;
      // (A "Correo de contacto:" is an address to reach someone at, not the field offered.)
      const kw = CONTACT_ADDRESS.test(folded.slice(Math.max(0, at - 40), at)) ? null : nearestKeyword(folded, at);
      push('institutionalEmail', e, kw === 'institutionalEmail', kw === 'institutionalEmail' ? 'keyword' : 'pattern', i * 1000 + at, correctsBefore(folded, at, 'institutionalEmail'));
      if (isOld(folded, at, e.length)) old.add(out[out.length - 1]!);
    }
    CURP_RE.lastIndex = 0;
    let curpOnLine = false;
    let curpEnd = 0;
    for (let m = CURP_RE.exec(scan); m; m = CURP_RE.exec(scan)) {
      curpOnLine = true;
      const parents = parentsCurp(folded.slice(Math.max(curpEnd, m.index - 160), m.index));
      const labelled = RELATIVES_LINE.test(folded.slice(0, m.index));
      const relatives = labelled || RELATIVES_CURP.test(folded.slice(Math.max(curpEnd, m.index - 40), m.index)) || RELATIVES_CURP_AFTER.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 50));
      curpEnd = m.index + m[0].length;
      push('curp', m[0], nearestKeyword(folded, m.index) === 'curp', 'pattern', i * 1000 + m.index, correctsBefore(folded, m.index, 'curp'));
      // ("CURP anterior: ..." above "CURP vigente: ...": the old one gives way; so does one "que les
      // mandé en septiembre (...) la dieron de baja".)
      // (...and one RENAPO cancelled, said before or after it, "dio de baja BEMT... por duplicidad", "la
      // OEMS... ya no es válida", or on its record's status line, "Estatus: BD - Baja por duplicidad".)
      const cancelled = CURP_CANCELLED.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 40)) || CURP_CANCELLED_BEFORE.test(folded.slice(Math.max(0, m.index - 30), m.index)) || cancelledStatusBelow(lines, i);
      if (cancelled) cancelledCurps.add(out[out.length - 1]!);
      if (cancelled || OLD_LABEL.test(folded.slice(Math.max(0, m.index - 30), m.index))) old.add(out[out.length - 1]!);
      if (parents) parentCurps.add(out[out.length - 1]!);
      if (relatives) relativeCurps.add(out[out.length - 1]!);
      if (labelled) labelledRelativeCurps.add(out[out.length - 1]!);
    }
    // A CURP with a character missing or one too many, where the desk asked for the CURP alone or
    // after the CURP's own keyword in a sentence ("mi CURP es REER030501HJCNSDC"): as written.
    // (...or among the other values of a one-line list: "Mateo ..., 226978427, 79240811657,
    // DOGM080408HJMLTC6, mateo...@alumnos.udg.mx", a letter lost.)
    const listed = !curpOnLine && line.includes(',') && VALUES_BESIDE.test(line);
    const curpLike = !curpOnLine && (asked === 'curp' || folded.includes('curp') || listed) ? CURP_LIKE.exec(scan) : null;
    const curpKw = curpLike && asked !== 'curp' ? nearestKeyword(folded, curpLike.index) : null;
    if (curpLike && (asked === 'curp' || curpKw === 'curp' || (listed && curpKw === null))) {
      curpOnLine = true;
      push('curp', curpLike[0], false, 'pattern', i * 1000 + curpLike.index);
    }
    // ...or cut short at the end of the line right after its keyword, the rest lost when a dictation's
    // signal went ("y mi curp es CAYB2210"): as written.
    const cut = !curpOnLine && folded.includes('curp') ? CUT_CURP_AT_END.exec(folded) : null;
    if (cut) {
      curpOnLine = true;
      const at = cut.index + cut[0].length - cut[1]!.length - cut[2]!.length;
      push('curp', line.slice(at, at + cut[1]!.length), true, 'keyword', i * 1000 + at);
    }
    // A CURP dictated or typed in groups after its keyword: "mi curp es T E R K 0 8 0 3 1 5 M M C J J
    // R C 1", "CURP: PACJ 081004 HJCCVLB9".
    const spaced = folded.includes('curp') || folded.includes('kurt') ? SPACED_CURP_AFTER_KEYWORD.exec(folded) : /\d \S/.test(folded) ? SPACED_CURP_LINE.exec(folded) ?? SPACED_CURP_TAIL.exec(folded) : null;
    if (spaced && !curpOnLine) {
      const at = spaced.index + spaced[0].length - spaced[1]!.length;
      push('curp', line.slice(at, at + spaced[1]!.length).replace(/[\s-]+/g, ''), true, 'keyword', i * 1000 + at);
    }
    let grouped = !spaced && !curpOnLine && /[a-zñ]{4}[ -]?\d{6}[ -]/.test(folded) ? GROUPED_CURP.exec(folded) : null;
    if (grouped && !groupedCurpChecks(line.slice(grouped.index, grouped.index + grouped[1]!.length))) grouped = null;
    if (grouped) push('curp', line.slice(grouped.index, grouped.index + grouped[1]!.length).replace(/[\s-]+/g, ''), nearestKeyword(folded, grouped.index) === 'curp', 'pattern', i * 1000 + grouped.index);
    // ...or read from a photo with digits in its letters ("... de la foto del acta: A1RV150221MJCVYLA2"),
    // when they read back as letters the check digit agrees with.
    if (!curpOnLine && SIX_DIGITS.test(line) && OCR_CURP_RE.test(line)) {
      for (const m of allMatches(OCR_CURP_G, line)) {
        const mapped = curpFromOcrDigits(m[0]);
        if (mapped) push('curp', mapped, nearestKeyword(folded, m.index!) === 'curp', 'pattern', i * 1000 + m.index!);
      }
    }
    // ...or spelled a word for each letter, as one dictates to a phone: "R de ratón, A de árbol, G de
    // gato, B de burro, 1, 1, 0, 5, 2, 2, H de hotel, ...".
    if (!curpOnLine && !spaced && line.includes(' de ') && SPELLED_HINT.test(line)) {
      for (const run of allMatches(SPELLED_RUN, line)) {
        const chars = allMatches(SPELLED_ITEM, run[0]).map((x) => x[0][0]!.toUpperCase()).join('');
        if (SPELLED_CURP_SHAPE.test(chars)) push('curp', chars, true, 'keyword', i * 1000 + run.index!);
      }
    }
    // A Spanish social security number ("15/09315309/74"): no field.
    scan = ocrDigits(scan.replace(CURP_RE, blank), true);
    if (scan.includes('/')) scan = scan.replace(FOREIGN_SS, blank);
    DIGIT_RUN.lastIndex = 0;
    for (let m = DIGIT_RUN.exec(scan); m; m = DIGIT_RUN.exec(scan)) {
      const groups = [{ text: m[0], at: m.index }];
      const count = digitsOf(m[0]).length;
      // A row's cells, a code and the grade beside it ("245616221<tab>92"), are two values, not an NSS.
      const cells = count === 11 && m[0].includes('\t') && m[0].split('\t').some((c) => digitsOf(c).length === 9);
      if (cells || (count !== 9 && count !== 11 && /[ \t\-.]/.test(m[0]))) {
        groups.length = 0;
        let off = m.index;
        for (const g of m[0].split(cells ? '\t' : /[ \t\-.]/)) {
          groups.push({ text: g, at: off });
          off += g.length + 1;
        }
      }
      for (const g of groups) {
        const kw = nearestKeyword(folded, g.at) ?? (line.includes('\t') ? headerKeyword(lines, i, g.at) : null);
        const n = digitsOf(g.text).length;
        // A number named right after it, as a screen reader reads them ("241724600, ese es mi código.
        // 6024227963, ese es mi NSS", "2405192352 (código)"): that field as written, whatever its
        // length, whatever the sentence before it named. (The right lengths are read below.)
        const named = n >= 6 && n <= 13 && n !== 9 && n !== 11 && g.text === m[0] ? NAMED_AFTER.exec(folded.slice(g.at + g.text.length, g.at + g.text.length + 40)) : null;
        if (named && (named[1] ? n >= 9 : n !== 7)) {
          push(named[1] ? 'nss' : 'studentCode', g.text, true, 'keyword', i * 1000 + g.at);
          continue;
        }
        const before = folded.slice(Math.max(0, g.at - 40), g.at);
        const applicant = kw === 'none' ? APPLICANT.test(before) && !NOT_APPLICANT.test(before) : kw !== 'studentCode';
        if (n === 7 && applicant && (kw === 'none' || APPLICANT_NEAR.test(folded.slice(Math.max(0, g.at - 60), g.at)))) {
          push('studentCode', g.text, false, 'pattern', i * 1000 + g.at);
          continue;
        }
        if (n === 7 && codeOffered && (kw === null || (kw === 'none' && /\bsolicitud\s*[:#.=-]?\s*$/.test(before)))) {
          push('studentCode', g.text, false, 'pattern', i * 1000 + g.at);
          continue;
        }
        // "Número: 2880749" under a generic label in a mail that speaks of the admission ("va el
        // número de mi trámite de ingreso"): the applicant number sent for the code.
        if (n === 7 && kw === null && /(?:^|\s)(?:(?:el|mi)\s+)?(?:numero|num\.?|no\.?|n[°º])(?:\s+es)?\s*[:=-]?\s*$/.test(before.slice(-20)) && (admission ??= ADMISSION.test(foldLabel(seg.text)))) {
          push('studentCode', g.text, false, 'pattern', i * 1000 + g.at);
          continue;
        }
        // ...or alone on its line, among bare values, in such a mail ("pongo el número que me salió en el
        // dictamen:" over "2668587", his name, NSS and CURP bare under it).
        if (n === 7 && kw === null && aloneOnLine(line, g.text) && bareValueNear(lines, i, 3) && (admission ??= ADMISSION.test(foldLabel(seg.text)))) {
          push('studentCode', g.text, false, 'pattern', i * 1000 + g.at);
          continue;
        }
        // Eleven digits with a valid check digit after "número de seguro", though a nearer word names
        // a phone or a card ("...lo copié de la aplicación del celular: 12200470784", "tal como
        // viene en la tarjeta: 90 91 72 5551 6"): the NSS.
        // ...or in a line about the IMSS whose phone word stands well before it ("entré a IMSS Digital
        // desde el celular de mi mamá y me salió el mío: 84200360752"): a phone has ten digits.
        const nssAfterAll = kw === 'none' && n === 11 && nssCheckDigitAgrees(digitsOf(g.text))
          && (NSS_KEYWORD.test(folded.slice(Math.max(0, g.at - 100), g.at)) || (/\b(?:imss|seguro)\b/.test(folded.slice(0, g.at)) && nearestKeyword(folded.slice(Math.max(0, g.at - 25), g.at), Math.min(25, g.at)) === null));
        const read = nssAfterAll ? { field: 'nss' as const, keyed: true } : numericField(n, kw);
        // Twelve digits alone on a line, among bare values: an NSS typed with a digit too many.
        if (!read && n === 12 && kw === null && aloneOnLine(line, g.text)) {
          push('nss', g.text, false, 'pattern', i * 1000 + g.at);
          continue;
        }
        // Ten digits alone on a line next to an NSS or a CURP alone on theirs, whose fifth and sixth
        // digits are the birth year of a CURP in the mail: an NSS with its check digit left off
        // ("233187091" / "4224158373" / "UOSO151123..."). A phone's would be that year by chance only.
        if (!read && n === 10 && kw === null && aloneOnLine(line, g.text) && besideBareValue(lines, i) && curpBirthYears(seg.text).has(digitsOf(g.text).slice(4, 6))) {
          push('nss', g.text, false, 'pattern', i * 1000 + g.at);
          continue;
        }
        // Ten digits opening with the code's 2 in a row of comma-separated values that holds a CURP
        // and no nine-digit code ("mis datos: Diego Parra Guzmán, 2384582391, 13242323296, PAGD…"):
        // the code typed with a digit too many, where the row puts it.
        if (!read && n === 10 && kw === null && digitsOf(g.text)[0] === '2' && inValueRow(line, g.text)) {
          push('studentCode', g.text, false, 'pattern', i * 1000 + g.at);
          continue;
        }
        // ...and eight digits opening with the 2 in a row of values set apart by spaces that holds a CURP
        // and an NSS and no nine-digit code ("Julio César Serrano Zamora 23677124 28241874248 SEZJ…
        // porfa rapido"): the code with a digit missing.
        if (!read && n === 8 && kw === null && digitsOf(g.text)[0] === '2' && /^\d{8}$/.test(g.text) && inSpacedValueRow(line, g.text)) {
          push('studentCode', g.text, false, 'pattern', i * 1000 + g.at);
          continue;
        }
        // Eight digits alone on a line next to an NSS or a CURP alone on theirs (a list of bare
        // values): a code typed with a digit missing. Ten would as often be a phone.
        if (!read && n === 8 && kw === null && aloneOnLine(line, g.text) && besideBareValue(lines, i)) {
          push('studentCode', g.text, false, 'pattern', i * 1000 + g.at);
          continue;
        }
        // The one field the desk asked for, answered bare with a digit missing or too many
        // ("mi número es 8823085293" under "Nos falta: NSS"): that field, as written.
        if (!read && (kw === null || kw === asked) && ((asked === 'nss' && n >= 9 && n <= 13) || (asked === 'studentCode' && n >= 6 && n <= 10))) {
          push(asked, g.text, false, 'pattern', i * 1000 + g.at);
          continue;
        }
        if (!read) continue;
        const field = read.field;
        const spaced = /[ \t\-.]/.test(g.text);
        // Bare numbers must look like the field exactly; separators in a bare 9-digit run are a phone,
        // unless the desk asked for the code alone ("Es 230-915873, se me había ido un número").
        if (!read.keyed && field === 'studentCode' && spaced && asked !== 'studentCode') continue;
        // A dotted bare number is an NSS only when its check digit says so ("es 34.24.08.0725.4"),
        // and never an IP address (148.202.105.41).
        if (!read.keyed && field === 'nss' && /\./.test(g.text) && (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(g.text) || !nssCheckDigitAgrees(digitsOf(g.text)))) continue;
        // "matrícula" in a sentence also names a prepa's or another school's number: a weaker
        // keyword than "código" (a labeled "Matrícula:" line stays a label).
        const weak = field === 'studentCode' && /matricula\D{0,25}$/.test(before) && !/codigo\D{0,25}$/.test(before);
        // ...and one that is not the code's length is a staff member's or a prepa's ("Enf. Rosa Isela
        // Macías / Matrícula 98197266").
        if (weak && digitsOf(g.text).length !== 9) continue;
        const keyed = read.keyed && !weak;
        // A husband's or a wife's, said to be theirs ("Mi esposo me va a meter a su seguro (su NSS es
        // ...)"): not the student's.
        if (field === 'nss' && (SPOUSES_NSS.test(folded.slice(Math.max(0, g.at - 90), g.at)) || (SPOUSES_NSS_EARLIER.test(folded.slice(Math.max(0, g.at - 200), g.at)) && OWN_NSS_SAID.test(foldLabel(seg.text))))) continue;
        // The writer's own, given because the student's is not known ("Su código no lo tengo, el mío es
        // 240745193 por si sirve de algo"): not the student's.
        if (WRITERS_INSTEAD.test(folded.slice(Math.max(0, g.at - 70), g.at))) continue;
        push(field, g.text, keyed, keyed ? 'keyword' : 'pattern', i * 1000 + g.at, correctsBefore(folded, g.at, field) || WRONG_THEN_RIGHT.test(folded.slice(Math.max(0, g.at - 40), g.at)));
        if (field === 'studentCode' && isOld(folded, g.at, g.text.length)) old.add(out[out.length - 1]!);
      }
    }
  }
  // A code called old after the fact, on a later line ("PD: perdón, ese código es el de mi carrera
  // anterior. El nuevo ... es 232056343"): the last one given before it.
  for (let i = 0; i < lines.length; i++) {
    const said = /\bes[eo]\b/i.test(lines[i]!) ? THAT_CODE_WAS_OLD.exec(foldLabel(lines[i]!)) : null;
    if (!said) continue;
    const earlier = out.filter((c) => c.field === 'studentCode' && c.pos - posBase < i * 1000 + said.index);
    const last = earlier.at(-1);
    // (Read twice, under its label and as a number: both.)
    if (last) for (const c of earlier) if (codeKey(c) === codeKey(last)) old.add(c);
  }
  // Two codes or addresses, one said to be the prepa's or no longer used ("el 223998934, que es de
  // cuando estuve en la Prepa 7, y el 226530227, de la licenciatura"): the other one. A prepa
  // code alone is still the student's code.
  for (const field of ['studentCode', 'institutionalEmail'] as const) {
    const key = field === 'studentCode' ? codeKey : emailKey;
    const mine = out.filter((c) => c.field === field);
    const olds = mine.filter((c) => old.has(c));
    if (!olds.length || !mine.some((c) => !old.has(c) && !olds.some((o) => key(o) === key(c)))) continue;
    removeWhere(out, (c) => old.has(c) && c.field === field);
  }
  // Those left alone here may lose to another segment's (a new code in the subject): marked.
  for (const c of old) if (out.includes(c)) c.old = true;
  // A cancelled CURP, even alone: the reply asks for the one in force (extract-fields drops it). (Read
  // twice, under its label and as a pattern: both copies.)
  if (cancelledCurps.size) {
    const gone = new Set([...cancelledCurps].map((c) => c.value.toUpperCase()));
    for (const c of out) if (c.field === 'curp' && gone.has(c.value.toUpperCase())) c.old = c.cancelled = true;
  }
  // Two CURPs, one a parent's by the words before it ("mamá UURA801121... / yo HAUE040810..."): the other.
  // A parent's alone, when the writer says theirs is missing ("... su CURP: GAIP.... La mía no me la
  // sé de memoria"): none.
  // (One said to be cancelled is no other: "ya me reconoció mi papá ... CURP nueva CABA... (la anterior BAXA... ya no vale)".)
  if (parentCurps.size && (out.some((c) => c.field === 'curp' && !parentCurps.has(c) && !c.cancelled && !out.some((p) => parentCurps.has(p) && p.value === c.value)) || ownCurpMissing(seg.text))) {
    removeWhere(out, (c) => parentCurps.has(c));
  }
  // "Mi CURP no la encuentro ... Les paso la de mi bebé mientras, AICV...": a relative's, in its place.
  // (...or labelled as the relative's on its line: "Mi bebé: Emiliano, CURP DICE...", even alone.)
  const relativesGone = relativeCurps.size && ownCurpMissing(seg.text) ? relativeCurps : labelledRelativeCurps;
  if (relativesGone.size) {
    // (Read twice, under its label and as a pattern: both.)
    const theirs = new Set([...relativesGone].map((c) => c.value.toUpperCase()));
    removeWhere(out, (c) => c.field === 'curp' && theirs.has(c.value.toUpperCase()));
  }
  // Labels swapped: "Código: <11 digits>" and "NSS: <9 digits>". The 11 digits are already offered
  // as a bare NSS above; the 9 digits are offered as a bare code. Both labels must be wrong: a
  // 9-digit NSS alone is an NSS with digits missing, not a code.
  const swappedCode = out.some((c) => c.how === 'label' && c.field === 'studentCode' && digitsOf(c.value).length === 11);
  const nineUnderNss = swappedCode ? out.find((c) => c.how === 'label' && c.field === 'nss' && digitsOf(c.value).length === 9) : undefined;
  if (nineUnderNss) push('studentCode', digitsOf(nineUnderNss.value), false, 'pattern', nineUnderNss.pos - posBase);
  // A placeholder of one digit repeated ("NSS 00000000000" in a circular's sample record, "000000000"):
  // nobody's number. (Its check digit holds, and it would pass for a value.)
  removeWhere(out, (c) => (c.field === 'nss' || c.field === 'studentCode') && /^(\d)\1+$/.test(digitsOf(c.value)) && digitsOf(c.value).length >= 7);
  return out;
}
