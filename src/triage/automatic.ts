// Pure: is this message machine-generated? Such mail is never answered (an auto-reply to an
// auto-reply loops; a reply to a bounce goes nowhere; a reply to a newsletter is spam).
//
// Checks run from the most to the least reliable signal and the first strong hit wins: RFC 3834
// and vendor headers, delivery reports, the envelope, the sender, bulk markers, the subject
// (structural patterns only, see automatic-subjects.ts), and last what the writer's own new text
// says of itself ("Este es un mensaje automático", "no es necesario responderlo").
// A real student must never be ignored. Some markers are only weak evidence of a machine: a list
// header (a coordinator writing through her department's Google Group), Exchange's
// X-Auto-Response-Suppress (stamped on people's mail by some servers), a no-reply form relay with
// the student in Reply-To, Auto-Submitted: auto-forwarded, a calendar part, a promociones@ sender,
// out-of-office, selling, receipt or acknowledgement wording, a disclaimer a tool appends. A message
// that carries one of the student's identifiers, valid, is a person's despite them; bounces and
// auto-replies are caught by the strong checks even when they quote a student's whole mail.
// A relay (system From, a person in Reply-To) makes its own Auto-Submitted and "No responda" weak.
// What no marker catches, src/triage/hold.ts holds for staff when it starts a case.
import type { ParsedMail } from '../extract/types.js';
import { foldLabel } from '../extract/fold.js';
import { isPersonalDomain } from '../extract/sender-kind.js';
import { withoutQuotedSpeech } from '../extract/quoted-speech.js';
import { isAutomaticSubject, isReceiptSubject } from './automatic-subjects.js';
import { hasHeader, headerValues } from './header-values.js';
import { typedIn } from './accepted-field.js';
import { DESK_TOPIC, SPEAKS_OF_SELF, toHiddenRecipients, writesAsPerson } from './hold.js';

export const AUTOMATIC_REASONS = {
  autoSubmitted: 'auto_submitted', // Auto-Submitted other than "no" (RFC 3834)
  autoForwarded: 'auto_forwarded', // Auto-Submitted: auto-forwarded alone (weak)
  calendar: 'calendar', // a text/calendar part: an invitation or a response (weak)
  autoReplyHeader: 'auto_reply_header', // X-Autoreply, X-Autorespond..., Precedence: junk / auto_reply
  precedence: 'precedence', // Precedence: bulk / list (weak; junk and auto_reply count as auto_reply_header)
  mailingList: 'mailing_list', // List-Id, List-Unsubscribe... (RFC 2369, 2919) (weak)
  nullReturnPath: 'null_return_path', // Return-Path: <> (bounces and other reports)
  deliveryReport: 'delivery_report', // multipart/report, message/delivery-status, X-Failed-Recipients
  systemSender: 'system_sender', // MAILER-DAEMON, postmaster, no-reply...
  deskSender: 'desk_sender', // From is one of the desk's own addresses (loop or forgery)
  bulkMarker: 'bulk_marker', // Feedback-ID, X-Campaign..., ESP campaign headers
  autoReplySubject: 'auto_reply_subject', // "Respuesta automática: ...", "Undeliverable: ...", "Leído: ..."
  autoResponseSuppress: 'auto_response_suppress', // X-Auto-Response-Suppress: All / OOF (weak)
  formRelay: 'form_relay', // a no-reply sender with a person in Reply-To: a web form (weak)
  bulkSender: 'bulk_sender', // promociones@, boletin@, newsletter@... (weak)
  hiddenRecipients: 'hidden_recipients', // nobody in To, the desk not in Cc: sent to hidden recipients (weak)
  automaticText: 'automatic_text', // the writer's own text says it is automatic / asks not to be answered
  automaticFooter: 'automatic_footer', // the same below a "--" line, said of a tool, or without "este" (weak)
  outOfOfficeText: 'out_of_office_text', // away + "a mi regreso"/"sin acceso a mi correo" (weak)
  transactionText: 'transaction_text', // a payment or purchase receipt: two receipt phrases in the writer's text (weak)
  acknowledgementText: 'acknowledgement_text', // an office's auto-acknowledgement: two receipt-of-your-mail phrases (weak)
  marketingText: 'marketing_text', // three selling words ("catálogo", "precios especiales") in the writer's text (weak)
  testRun: 'test_run', // a subject tagged "(PRUEBA)" / "[TEST]" with only placeholder values (123456789)
  machineData: 'machine_data', // the whole body is a JSON document: a webhook's or an API's payload
} as const;
export type AutomaticReason = (typeof AUTOMATIC_REASONS)[keyof typeof AUTOMATIC_REASONS];

export type AutomaticVerdict = { automatic: true; reason: AutomaticReason } | { automatic: false };

/** What the message's writer wrote, from the extraction (src/triage/triage-message.ts). */
export interface WriterEvidence {
  /** The writer's new text: the body before the first quote, attribution or forward. */
  leadText: string;
  /** A CURP, NSS or student code that passed validation: a person asking about a student. */
  identifiers: boolean;
  /** A valid CURP, NSS or code written in the writer's new text itself (not only in what they quote). */
  identifiersInLead?: boolean;
  /** Sent from a personal mailbox (gmail...) or a student's institutional one, not an organisation's. */
  fromStudentMailbox?: boolean;
  /** The accepted CURP, NSS and code values (to see where in the writer's text they stand). */
  identifierValues?: readonly string[];
  /** The writer's text reads as a person's: a greeting, thanks, "I"/"mi", a question (hold.ts). */
  writesAsPerson?: boolean;
  /** What follows the writer's new text: the quoted or forwarded mail. */
  passedOnText?: string;
}

type Check = (mail: ParsedMail, desk: ReadonlySet<string>, writer: WriterEvidence) => AutomaticReason | null;

const CHECKS: readonly Check[] = [
  checkAutoSubmitted,
  checkAutoReplyHeaders,
  checkPrecedence,
  checkMailingList,
  checkDeliveryReport,
  checkNullReturnPath,
  checkDeskSender,
  checkSystemSender,
  checkBulkSender,
  checkHiddenRecipients,
  checkBulkMarkers,
  checkSubject,
  checkCalendar,
  checkTestRun,
  checkMachineData,
  checkMailMerge,
  checkGroupGreeting,
  checkNoticeHeading,
  checkTeamGreeting,
  checkWrittenToReader,
  checkIssuedDocument,
  checkWriterText,
];

/** Markers that a person's mail may carry too: outweighed by a valid identifier. */
const WEAK: ReadonlySet<AutomaticReason> = new Set<AutomaticReason>(['precedence', 'mailing_list', 'auto_response_suppress', 'form_relay', 'bulk_sender', 'automatic_footer', 'out_of_office_text', 'marketing_text', 'auto_forwarded', 'calendar', 'hidden_recipients', 'transaction_text', 'acknowledgement_text']);

/** Markers that a person who types a student's identifier in their own text outweighs. */
const GIVES_WAY_TO_WRITER: ReadonlySet<AutomaticReason> = new Set<AutomaticReason>(['auto_reply_subject', 'bulk_marker']);

const NO_WRITER: WriterEvidence = { leadText: '', identifiers: false };

export function detectAutomatic(mail: ParsedMail, deskAddresses: readonly string[], writer: WriterEvidence = NO_WRITER): AutomaticVerdict {
  const desk = new Set(deskAddresses.map((a) => a.trim().toLowerCase()));
  let weak: AutomaticReason | null = null;
  // A relay (a web form, an app's contact button, a help desk passing a request on) names the
  // person to answer in Reply-To; its Auto-Submitted and its "No responda a este correo" are about
  // the relay, not about them.
  const relay = checkSystemSender(mail, desk) === 'form_relay';
  for (const check of CHECKS) {
    const reason = check(mail, desk, writer);
    if (!reason) continue;
    if (relay && (reason === 'auto_submitted' || reason === 'automatic_text')) {
      weak ??= reason;
      continue;
    }
    // A subject alone ("Respuesta automática: Alta IMSS", a client's doing) or a mass-mail tool's
    // headers (a student council writing through Mailchimp) give way to a writer who types a valid
    // CURP, NSS or code in their own text; an auto-reply, a bounce or a newsletter only quotes them.
    // So does a robot's statement in mail from a student's own mailbox when the student's values
    // follow it: a notice they pasted above their own lines ("Este correo es generado
    // automáticamente..." copied from IMSS Digital). A notice their mail rule forwarded carries the
    // values above its statement, and stays automatic.
    if (writer.identifiersInLead && (GIVES_WAY_TO_WRITER.has(reason) || (reason === 'automatic_text' && writer.fromStudentMailbox && valuesAfterStatement(writer)))) continue;
    // A "generated automatically, do not reply" line a company's server appends under a person's own
    // lines about themselves and their values ("soy estudiante ... Nombre: ... CURP: ..."): a footer.
    if (reason === 'automatic_text' && writer.identifiers && statementUnderWriter(writer, mail.subject)) {
      weak ??= 'automatic_footer';
      continue;
    }
    // A person writing from a shop's no-reply address about a student, in their own words and with
    // the student's values ("soy el papá de ... Código ... este correo no recibe respuestas").
    // (Not a system by its name: a voicemail's transcript of a caller is the phone system's mail.
    // Nor someone quoted: a social network's "Brenda: "hola, mi código es ..."" is its digest.)
    // (Nor a record's subject line: a correspondence system's "Asunto: Falta de respuesta - alta IMSS
    // de mi hijo ..." is the title of someone's letter.)
    if (reason === 'system_sender' && writer.identifiersInLead && !SYSTEM_DISPLAY_NAME.test(mail.from?.name.trim() ?? '') && speaksOfThemselves(withoutQuotedSpeech(writer.leadText.replace(RECORD_SUBJECT_LINE, '')))) {
      weak ??= reason;
      continue;
    }
    // A bridge or a ticket system relaying a person's own words with their values (a WhatsApp
    // bridge's transcript: "soy la mamá de una alumna ... Nombre: ... CURP: ..."; a help desk
    // passing on a student's "Soy Adrián ..., código ..., NSS ..."): its Auto-Submitted is about
    // the relay, like a web form's. Not an auto-reply ("auto-replied"): a student's own away
    // message speaks in the first person and signs with her code.
    // So is a ticket system's agent passing a person's article on under a note of their own (OTRS:
    // "Estimados, este ticket ... corresponde a su área" over "--- Artículo original --- De: ...").
    // Not a survey tool's notice of a comment ("Nuevo comentario en la encuesta ... "Soy Itzel ...,
    // código ..., ya quedó mi alta""): the only person in it speaks inside quotation marks.
    // (Not a signed form's own wording that its copy carries: an adventure park's "Copia de tu carta
    // responsiva ... Declaro que me encuentro en buen estado de salud ...".)
    if (reason === 'auto_submitted' && headerValues(mail.headers, 'auto-submitted').map(token).every((v) => v === 'auto-generated') && (writer.identifiersInLead ? SPEAKS_OF_SELF.test(withoutDeclarations(writer)) : passesOnPersonsWords(writer))) {
      weak ??= reason;
      continue;
    }
    // A read receipt's subject ("Leído: Re: ...") over a person's own words ("Leído. Mañana les
    // mando lo que falta"): their client kept the prefix; a receipt's text speaks as nobody.
    if (reason === 'auto_reply_subject' && writer.writesAsPerson && isReceiptSubject(mail.subject)) continue;
    if (!WEAK.has(reason)) return { automatic: true, reason };
    weak ??= reason;
  }
  if (weak && !writer.identifiers) return { automatic: true, reason: weak };
  // A list's digest quoting a member's post that holds a student's values (Hugo Zúñiga: "... los
  // datos de Emiliano (..., CURP ZUVE...) ... a imss@udg.mx ..."): the values stand only inside
  // someone's quoted words, and the list is who writes.
  if ((weak === 'precedence' || weak === 'mailing_list' || weak === 'bulk_sender') && valuesOnlyQuoted(writer)) return { automatic: true, reason: weak };
  // ...or a list's digest of its members' posts, Mailman's "Temas del día: ... Mensaje: 1 / Fecha: /
  // De: ..." (a member's "yo no tengo seguro: 238417166 ..." among them): the list writes, and the
  // member wrote to the list, not to the desk.
  if ((weak === 'precedence' || weak === 'mailing_list') && LIST_DIGEST.test(writerText(writer))) return { automatic: true, reason: weak };
  // ...or a list's automatic copy of a mail sent to the desk ("--- Copia automática de la lista
  // imss-copias (plataforma anterior) --- De: <a student> ..."): the student's own mail reached the
  // desk and is answered there; the copy is the list's.
  if ((weak === 'precedence' || weak === 'mailing_list') && LIST_COPY.test(writerText(writer).slice(0, 300))) return { automatic: true, reason: weak };
  // A group's daily digest with no list header left (groups.io's "[papasmedicina2043] Resumen #318
  // ... Dejar el grupo: ...+unsubscribe@groups.io", Google Groups' "Resumen de ...: 3 mensajes ...
  // Recibiste este mensaje porque estás suscrito al grupo"): a parent's post in it that names his
  // son's code was written to the group.
  if (DIGEST_SUBJECT.test(foldLabel(mail.subject ?? '')) && GROUP_FOOTER.test(writerText(writer))) return { automatic: true, reason: 'mailing_list' };
  // A payment order or a receipt that names a student (SIIAU's "Orden de pago ... Código: ..."),
  // with nobody speaking of themselves in it: a system's, whatever values it carries. (Not one pasted
  // under the writer's own question: "¿Si pago el arancel hasta el viernes pierdo el seguro?")
  if (weak === 'transaction_text' && !SPEAKS_OF_SELF.test(writerText(writer)) && !OPENS_WITH_QUESTION.test(writerText(writer))) return { automatic: true, reason: weak };
  return { automatic: false };
}

const OPENS_WITH_QUESTION = /^\s*¿[^?¿\n]{3,200}\?/;

// A mailing list's digest (folded, spaces squeezed): its table of contents, then numbered posts.
const LIST_DIGEST = /\b(?:temas del dia|today'?s topics) ?:.*\b(?:mensaje|message) ?: ?1 (?:fecha|date) ?:/;

// A group's digest by its subject and its footer (folded).
const DIGEST_SUBJECT = /\b(?:resumen|digest|compendio)\b/;
const GROUP_FOOTER = /\b(?:recibiste este mensaje porque estas suscrit[oa] al grupo|you received this message because you are subscribed to the google groups?|dejar el grupo ?:|leave group ?:|para dejar de recibir (?:este|estos) resumen(?:es)?)|\+(?:unsubscribe|baja)@/;

// A list's banner over the copy it relays (folded).
const LIST_COPY = /\bcopia automatica de (?:la lista|los mensajes|un mensaje)\b/;

// A form's or a script's test run ("Respuesta nueva: Registro IMSS alumnos 2027B (PRUEBA)", with
// "prueba prueba" and 123456789 in the answers): nobody's request. A student's own "[PRUEBA]" mail
// that carries a real code or CURP is still theirs.
const TEST_TAG = /[([]\s*(?:prueba|test|testing)\s*[)\]]/i;

// ...or a text that says it is one ("test test 123, favor de ignorar (prueba del nuevo formulario)").
const TEST_SAID = /\b(?:es una prueba|prueba del? (?:nuevo )?(?:formulario|sistema|envio|sitio|escaneo|escaner|impresora)|documento de prueba|favor de ignorar|test test)\b/;
// ...whose record's name says it is a sample ("Nombre: Ejemplo Prueba Escáner"): its numbers are too.
// ("Nombre: Prueba Prueba" over a real code may be a student trying the form with her own.)
const SAMPLE_NAME_LINE = /^[ \t]*nombre(?: completo)?[ \t]*:[^\n]*\bejemplo\b/im;

// A test that says it is not to be handled ("*** MENSAJE DE PRUEBA, NO ATENDER ***", "PRUEBA - no
// atender - macro de dictado v2", "PRUEBA formulario registro feria - ignorar"): its values are made up
// even when they pass the checks.
const TEST_NOT_TO_HANDLE = /\b(?:(?:mensaje|correo|envio) de prueba|prueba)\b[^\n]{0,30}\b(?:no (?:atender|responder|contestar)|ignorar)\b/;

// ...or a subject that names a system's self-test ("autoprueba leo 06:00", "smoke test"): a bot's or a
// monitor's run, whatever its values look like.
const SELF_TEST_SUBJECT = /\b(?:auto-?prueba|self-?test|smoke[ -]?test)\b/i;
// ...or one tagged in capitals ("PRUEBA combinación «Nombre»") over a text that says to ignore it.
const CAPS_TEST_SUBJECT = /^\s*(?:PRUEBA|TEST)\b/;

function checkTestRun(mail: ParsedMail, _desk: ReadonlySet<string>, writer: WriterEvidence): AutomaticReason | null {
  if (SELF_TEST_SUBJECT.test(mail.subject)) return 'test_run';
  if (CAPS_TEST_SUBJECT.test(mail.subject) && /\bignorar\b/i.test(writer.leadText.slice(0, 2000))) return 'test_run';
  if (/prueba/i.test(mail.subject) || /prueba/i.test(writer.leadText.slice(0, 300))) {
    if (TEST_NOT_TO_HANDLE.test(foldLabel(`${mail.subject}\n${writer.leadText.slice(0, 300)}`))) return 'test_run';
  }
  const tagged = !!mail.subject && TEST_TAG.test(mail.subject);
  if (!tagged && !(/prueba|test|ignorar/i.test(writer.leadText) && TEST_SAID.test(foldLabel(writer.leadText.slice(0, 2000))))) return null;
  return (writer.identifierValues ?? []).every(isPlaceholder) || SAMPLE_NAME_LINE.test(writer.leadText) ? 'test_run' : null;
}

// A body that is one JSON object or array and nothing else: a system's payload sent as mail (a
// CRM's webhook misrouted to the desk). Nobody writes their request as JSON; a person who pastes
// one writes words around it, and then it is not the whole body.
function checkMachineData(mail: ParsedMail): AutomaticReason | null {
  const body = mail.text.trim();
  if (!/^[[{]/.test(body) || !/[\]}]$/.test(body) || body.length > 1_000_000) return null;
  try {
    const data: unknown = JSON.parse(body);
    return typeof data === 'object' && data !== null && Object.keys(data).length >= 2 ? 'machine_data' : null;
  } catch {
    return null;
  }
}

// A mail merge's greeting: "Estimado(a) CANCHE MAY, WENDY ARACELI" (a library's overdue notice, a
// system's letter to a user filled from its records: in capitals, "(a)"), "ESTIMADO(A) MAYRA
// ALEJANDRA BONILLA JARAMILLO" (a collection agency's).
// ("Estimado(a) derechohabiente:": the IMSS's own greeting to whoever the record names.)
const MAIL_MERGE_GREETING = /^\s*(?:[Ee]stimad[oa]|ESTIMAD[OA]|[Aa]preciabl?e|APRECIABL?E|[Qq]uerid[oa]|QUERID[OA])\s*(?:\([aA]\)|\/[aA])\s+(?:\p{Lu}{2,}(?:(?:\s+\p{Lu}{2,})+|,\s*\p{Lu}{2,})|(?:derechohabiente|usuari[oa]|asegurad[oa]|solicitante)\s*[:,])/mu;

// A notice to a group ("Estimados padres de familia:", "Estimados alumnos:"): sent to a list the desk
// is on, not to the desk.
const GROUP_GREETING = /^\s*(?:estimad[oa]s|querid[oa]s|apreciabl?es)(?: y estimad[oa]s)? (?:padres de familia|alumn[oa]s|estudiantes|usuarios|miembros|docentes|profesores|participantes|ponentes|asistentes)\b/m;

const WELCOME_ALL = /^[\s¡!]*bienvenid[oa]s(?: y bienvenid[oa]s)? (?:a|al|a la|a los)\b/;
const BACKUP_REPORT = /^\s*(?:respaldo|copia de seguridad|backup) (?:de )?(?:sms|mensajes|contactos|llamadas|whatsapp)\b[^\n]{0,20}\b(?:creado|generado|completado|realizado|created|completed)\b/;

function checkGroupGreeting(_mail: ParsedMail, _desk: ReadonlySet<string>, writer: WriterEvidence): AutomaticReason | null {
  const head = writer.leadText.slice(0, 600);
  // A bulletin that welcomes a whole cohort ("¡Bienvenidas y bienvenidos al calendario 2044A!"), or
  // a phone app's report of its backup ("Respaldo de SMS creado: 3 mensajes"), nothing of a student's.
  if (!writer.identifiers && /bienvenid|respaldo|backup/i.test(head) && (WELCOME_ALL.test(foldLabel(head)) || BACKUP_REPORT.test(foldLabel(head)))) return 'automatic_text';
  // ...in which nobody speaks of themselves: "Estimados miembros de la Coordinación: Tengo el gusto
  // de ... solicitar mi afiliación" greets the desk's own staff.
  return /estimad|querid|apreciab/i.test(head) && GROUP_GREETING.test(foldLabel(head)) && !speaksOfThemselves(writer.leadText) ? 'automatic_text' : null;
}

// A system's or an office's notice under a heading in capitals ("AVISO DE DOCUMENTOS PENDIENTES
// 2028A", "RECORDATORIO DE PAGO", "ESQUELA") in which nobody speaks of themselves.
// ("REPORTE DIARIO DE CREDENCIALES IMPRESAS": an old system's printout, its error naming a student.)
const NOTICE_WORD = '(?:AVISO|NOTIFICACI[OÓ]N|RECORDATORIO|COMUNICADO|CIRCULAR|ESQUELA|CONVOCATORIA|INVITACI[OÓ]N|REPORTE)';
const NOTICE_HEADING = new RegExp(`^\\s*${NOTICE_WORD}\\b[\\p{Lu}\\d\\s,.:()-]*$`, 'mu');
const NOTICE_WORD_ANYWHERE = new RegExp(NOTICE_WORD);

// A colleague's message to the desk's team ("¡Buenas tardes, equipo!", "Compañeros:", "Hola a
// todos") with no student's identifier, no word of its writer's own and no question: an office's
// circular (a contest's results, a party). A colleague passing a case on carries the student's
// code or CURP; one who tells of a case without them ("Buen día, compañeros. Hoy atendieron a un
// alumno que se desmayó ... y no tiene vigencia") speaks of the desk's subject, and is held for a
// person (hold.ts), not dropped.
const TEAM_GREETING = /^[¡!\s]*(?:(?:hola|buen(?:os|as)? (?:dias|tardes|noches)|buen dia|saludos),?\s+)?(?:equipo|companer[oa]s|colegas|a todos|a todas)\b/;

function checkTeamGreeting(mail: ParsedMail, _desk: ReadonlySet<string>, writer: WriterEvidence): AutomaticReason | null {
  if (writer.identifiers) return null;
  const first = writer.leadText.slice(0, 400).split('\n').find((l) => l.trim()) ?? '';
  if (!/equipo|compa|colegas|todos|todas/i.test(first) || !TEAM_GREETING.test(foldLabel(first.trim()))) return null;
  const lead = writer.leadText.slice(0, 3000);
  return nobodySpeaksOrAsks(lead) && !DESK_TOPIC.test(foldLabel(`${mail.subject ?? ''}\n${lead}`)) ? 'automatic_text' : null;
}

function checkNoticeHeading(_mail: ParsedMail, _desk: ReadonlySet<string>, writer: WriterEvidence): AutomaticReason | null {
  if (writer.fromStudentMailbox || !NOTICE_WORD_ANYWHERE.test(writer.leadText.slice(0, 400))) return null;
  const head = writer.leadText.slice(0, 400).split('\n').filter((l) => l.trim()).slice(0, 3).join('\n');
  // (A student's own mail may mimic one: "NOTIFICACIÓN / ALUMNO: ... / FAVOR DE DAR DE ALTA.")
  return NOTICE_HEADING.test(head) && !speaksOfThemselves(writer.leadText) ? 'automatic_text' : null;
}

// Written to the student, not by her: a notice that speaks to "tú" ("Tu credencial digital ya está
// disponible", "Te recordamos que tu renta vence...", "Recibimos tu postulación ... te
// contactaremos"), with no word of its writer's own and no question, under a subject that is not
// the desk's. A student writes to the desk about herself ("mi", "me", "los míos", "I", "my"); an
// office, a school or a shop writes to her, and the desk got it only because a form of hers gave
// its address.
// ("TI" in capitals is an IT office, "Soporte TI", not "ti".)
const TO_READER = /(?<![\p{L}])(?:[Tt][uú]s?|T[UÚ]S?|[Tt]e|TE|ti|[Cc]ontigo|CONTIGO)(?![\p{L}])/u;
// ...or to "usted", as an office tells someone of their own business ("Su visita llegó", "Le
// recordamos que su cita es...", "su saldo"): a person writing to the desk asks about hers.
const TO_READER_FORMAL = /(?<![\p{L}])(?:le (?:informamos|recordamos|hacemos llegar|invitamos|enviamos|notificamos|confirmamos|comunicamos)|su (?:visita|cita|pago|cuenta|pedido|solicitud|registro|recibo|constancia|factura|compra|reservaci[oó]n|suscripci[oó]n|saldo|adeudo|cr[eé]dito|paquete|env[ií]o))(?![\p{L}])/iu;
// ("Les solicitamos atender su caso": an office asking the desk's staff, in the plural; "Les
// informamos que la alumna ... agradeceremos reactivar su trámite": Control Escolar telling it.)
// ...and an office asking the desk in its own name ("Solicitamos confirmen si su alta ... está vigente",
// the IMSS's subdelegation about a student), not a notice's "le solicitamos" to its reader.
const OF_WRITER = /(?<![\p{L}])(?:m[ií][oa]s?|conmigo|[Ll]es (?:solicitamos|pedimos|turnamos|remitimos|canalizamos|informamos|notificamos)|(?<![Ll]e )[Ss]olicitamos|agradec(?:emos|eremos|er[ií]amos)|comparto|paso|adjunto|[Aa]djuntamos|anexo|env[ií]o|solicito|pido|agradezco|requiero|ocupo|puedo|pude|acud[ií]|intent[eé]|revis[eé]|reenv[ií]o|pregunto|consulto|quer[ií]a|I|my|we|our)(?![\p{L}])/u;

function checkWrittenToReader(mail: ParsedMail, _desk: ReadonlySet<string>, writer: WriterEvidence): AutomaticReason | null {
  // (Cheapest first: most mail to the desk names its subject in the subject line.)
  if (DESK_TOPIC.test(foldLabel(mail.subject ?? ''))) return null;
  const lead = writer.leadText.slice(0, 2000);
  // (A "tú" inside quotation marks is someone else's words: IT's "bloqueamos la cuenta ... porque envió
  // el correo falso "Actualiza tus datos del seguro" a más de 300 contactos".)
  if (!lead || !(TO_READER_FORMAL.test(lead) || (TO_READER.test(lead) && TO_READER.test(withoutQuotedSpeech(lead))))) return null;
  // (A receptionist's "RECADO TELEFÓNICO / Mientras usted no estaba" form tells the desk of a call in
  // the caller's words: "Pregunta si ya tienen su solicitud".)
  if (PHONE_MESSAGE.test(lead)) return null;
  // (Nor an office writing about a student by name, whose "su constancia" is hers: "La alumna Gabriela
  // Chávez Navarro recibió el viernes su rechazo ...; se anexa su constancia de estudios".)
  if (!TO_READER.test(lead) && THIRD_PERSON_STUDENT.test(lead)) return null;
  return nobodySpeaksOrAsks(lead) ? 'automatic_text' : null;
}

// (...or "al joven Itzcóatl Santos Zepeda", a cyber café writing about the young man it served.)
const THIRD_PERSON_STUDENT = /(?<![\p{L}])(?:[Ll]a|[Ee]l|al|a la) (?:alumn[oa]|estudiante|joven|muchach[oa]|señorita)\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
const PHONE_MESSAGE = /^\s*(?:RECADO(?:\s+TELEF[ÓO]NICO)?|Recado telef[óo]nico|Mientras usted no estaba)\s*$/m;

/** Not a word of the writer's own ("mi", "me", "yo", "les envío", "los míos", "I"...), and no question. */
const nobodySpeaksOrAsks = (lead: string) => !lead.includes('¿') && !speaksOfThemselves(lead) && !OF_WRITER.test(lead);

// A document an organisation issues about someone, who stands under a role's label ("Alumno:",
// "Jugador:", "Participante:", "Inquilina:"): a receipt, a registration, a certificate ("Recibo de
// aportación No. 6242 / Alumno: ... / Importe: $350.00"), with no word of its writer's own and no
// question, under a subject that is not the desk's. A parent who writes "Alumno: ..." writes about
// her child ("les envío los datos de mi hijo"). The role may also end the line that introduces the
// record ("Se registró la LIBERACIÓN del servicio social de la prestadora: / Nombre: ... / Código: ...").
const ROLE = '(?:alumn[oa]|jugador(?:a)?|participante|inquilin[oa]|prestador(?:\\(a\\)|a)?|paciente|asegurad[oa]|beneficiari[oa]|trabajador(?:a)?|socio|afiliad[oa]|empleado)';
const ROLE_LABEL = new RegExp(`^[\\s*-]*${ROLE}\\s*:|\\b(?:de|del|a|al)\\s+(?:la\\s+|el\\s+)?${ROLE}\\s*:\\s*$`, 'im');
const ISSUED = /\b(?:recibo|comprobante|constancia|registro recibido|inscripcion|folio|importe|aportacion|monto)\b|\$\s?\d/;

function checkIssuedDocument(mail: ParsedMail, _desk: ReadonlySet<string>, writer: WriterEvidence): AutomaticReason | null {
  if (DESK_TOPIC.test(foldLabel(mail.subject ?? ''))) return null;
  const lead = writer.leadText.slice(0, 3000);
  // (The role words hold no accent: the label is looked for before anything is folded.)
  if (!lead || !ROLE_LABEL.test(lead)) return null;
  return ISSUED.test(foldLabel(`${mail.subject ?? ''}\n${lead}`)) && nobodySpeaksOrAsks(lead) ? 'automatic_text' : null;
}

function checkMailMerge(_mail: ParsedMail, _desk: ReadonlySet<string>, writer: WriterEvidence): AutomaticReason | null {
  const lead = writer.leadText;
  if (!/\([aA]\)|\/[aA] /.test(lead)) return null;
  return MAIL_MERGE_GREETING.test(lead.slice(0, 2000)) ? 'automatic_text' : null;
}

/** Digits typed as a placeholder: one digit repeated, or counting up or down (123456789, 12345678901). */
function isPlaceholder(value: string): boolean {
  if (!/^\d{6,}$/.test(value)) return false;
  const step = (value.charCodeAt(1) - value.charCodeAt(0) + 10) % 10; // 0 repeated, 1 up, 9 down
  if (step !== 0 && step !== 1 && step !== 9) return false;
  for (let i = 2; i < value.length; i++) if ((value.charCodeAt(i) - value.charCodeAt(i - 1) + 10) % 10 !== step) return false;
  return true;
}

/** First token of a header value, lower-cased, without parameters or comments. */
function token(value: string): string {
  return value.split(/[;(]/)[0]!.trim().toLowerCase();
}

function checkAutoSubmitted(mail: ParsedMail): AutomaticReason | null {
  const values = headerValues(mail.headers, 'auto-submitted').map(token).filter((v) => v !== 'no' && v !== '');
  if (values.length === 0) return null;
  // "auto-forwarded": a forwarding rule passed a message on, a person's as often as not (weak).
  return values.every((v) => v === 'auto-forwarded') ? 'auto_forwarded' : 'auto_submitted';
}

// Presence means automation unless the value explicitly says otherwise.
const AUTO_REPLY_FLAGS = ['x-autoreply', 'x-autorespond', 'x-autoresponder', 'x-autogenerated', 'x-mail-autoreply'];
// Deliberately NOT markers: X-MS-Exchange-Inbox-Rules-Loop and X-MS-Exchange-Generated-Message-Source.
// Exchange also stamps them on mail a rule redirects, e.g. a student writing to an old desk
// address that forwards here; Exchange OOF replies carry Auto-Submitted and
// X-Auto-Response-Suppress anyway.

function checkAutoReplyHeaders(mail: ParsedMail): AutomaticReason | null {
  for (const name of AUTO_REPLY_FLAGS) {
    if (headerValues(mail.headers, name).some((v) => !['no', 'false', '0'].includes(token(v)))) return 'auto_reply_header';
  }
  // "X-Auto-Response-Suppress: All" / "OOF, AutoReply": set by Exchange on its own OOF replies and
  // by bulk senders, and by some servers on their users' ordinary mail: weak.
  const suppress = headerValues(mail.headers, 'x-auto-response-suppress')
    .flatMap((v) => v.split(/[,\s]+/))
    .map((t) => t.toLowerCase());
  return suppress.includes('all') || suppress.includes('oof') ? 'auto_response_suppress' : null;
}

// "list" and "bulk" are what lists put on every post, a person's included (weak); "junk" (Unix
// vacation) and "auto_reply" mark an auto-reply (strong).
const LIST_PRECEDENCE = new Set(['bulk', 'list']);
const AUTO_REPLY_PRECEDENCE = new Set(['junk', 'auto_reply', 'auto-reply', 'autoreply']);

function checkPrecedence(mail: ParsedMail): AutomaticReason | null {
  const values = headerValues(mail.headers, 'precedence').map(token);
  if (values.some((v) => AUTO_REPLY_PRECEDENCE.has(v))) return 'auto_reply_header';
  return values.some((v) => LIST_PRECEDENCE.has(v)) ? 'precedence' : null;
}

const LIST_HEADERS = ['list-id', 'list-unsubscribe', 'list-unsubscribe-post', 'list-post', 'list-help'];

function checkMailingList(mail: ParsedMail): AutomaticReason | null {
  return LIST_HEADERS.some((h) => hasHeader(mail.headers, h)) ? 'mailing_list' : null;
}

const REPORT_TYPES = new Set(['multipart/report', 'message/delivery-status', 'message/disposition-notification', 'message/feedback-report']);

// A bounce a small server writes in prose, with no report part: a failure phrase and an SMTP status
// ("Your message did not reach some or all of the intended recipients ... Remote server replied:
// 550 5.1.1 User unknown"). A person who quotes one does so under their own lines, not in them.
const BOUNCE_TEXT = /\b(?:did not reach (?:some or all of )?the intended recipients?|could not be delivered|delivery (?:has )?failed|no (?:se )?pudo (?:ser )?entregar)\b[\s\S]{0,2000}\b[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b/i;

const SMTP_STATUS = /[45]\d\d[ -][45]\.\d/;

function checkDeliveryReport(mail: ParsedMail, _desk: ReadonlySet<string>, writer: WriterEvidence): AutomaticReason | null {
  const types = [mail.contentType, ...headerValues(mail.headers, 'content-type')].map(token);
  if (types.some((t) => REPORT_TYPES.has(t))) return 'delivery_report';
  if (mail.attachments.some((a) => REPORT_TYPES.has(token(a.contentType)))) return 'delivery_report';
  if (hasHeader(mail.headers, 'x-failed-recipients')) return 'delivery_report';
  // (An SMTP status first: a cheap scan that most mail fails.)
  const lead = writer.leadText.slice(0, 4000);
  return SMTP_STATUS.test(lead) && BOUNCE_TEXT.test(lead) ? 'delivery_report' : null;
}

function checkNullReturnPath(mail: ParsedMail): AutomaticReason | null {
  return headerValues(mail.headers, 'return-path').some((v) => /^<\s*>$/.test(v)) ? 'null_return_path' : null;
}

function checkDeskSender(mail: ParsedMail, desk: ReadonlySet<string>): AutomaticReason | null {
  return mail.from && desk.has(mail.from.address.toLowerCase()) ? 'desk_sender' : null;
}

// Local parts of mass-mailing senders (weak: an office may write from one about a student).
// The whole local part (digits or a +tag allowed): "promo.garcia1234@" is a person.
const BULK_LOCAL_PART = /^(?:promociones|promocion|promo|ofertas|marketing|mercadotecnia|newsletter|boletin|boletines|noticias|publicidad|news|mailing|campanas?|campaigns?)\d*(?:\+.*)?$/i;

// Local parts of addresses no person reads; "noreply+tag" and "no-reply-abc" variants included,
// and a service's notification accounts (IMSS Digital's serviciosdigitales@, notificaciones@).
// "forms-receipts-noreply", "calendar-notification": a service's name may come before its no-reply.
const SYSTEM_LOCAL_PART = /^(?:mailer-daemon|mailerdaemon|postmaster|[a-z0-9._-]+-(?:owner|bounces|request)|(?:[a-z0-9]+[-_.])*(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|no[-_.]?responder|no[-_.]?contestar)|buzon[-_.]?(?:de[-_.]?)?voz|voice[-_.]?mail|estados?[-_.]?de[-_.]?cuenta|notificaciones|notificacion|notifications?|avisos|alertas|alerts|serviciosdigitales|root|cron)(?:[-+].*)?$/i;
const SYSTEM_DISPLAY_NAME = /^(?:mail delivery (?:sub)?system|mailer-daemon|postmaster|cron daemon|buz[oó]n de voz|voice ?mail)$/i;

function checkSystemSender(mail: ParsedMail, desk: ReadonlySet<string>): AutomaticReason | null {
  if (!mail.from) return null;
  const local = mail.from.address.split('@')[0] ?? '';
  if (SYSTEM_DISPLAY_NAME.test(mail.from.name.trim())) return 'system_sender';
  if (!SYSTEM_LOCAL_PART.test(local)) return null;
  // A web form sends from no-reply@ with the person who filled it in as Reply-To.
  const replyTo = mail.replyTo?.address.toLowerCase() ?? '';
  const person = replyTo && !desk.has(replyTo) && !SYSTEM_LOCAL_PART.test(replyTo.split('@')[0] ?? '');
  return person ? 'form_relay' : 'system_sender';
}

// Mass mail to hidden recipients (hold.ts toHiddenRecipients; weak: a person may write to several
// offices at once).
function checkHiddenRecipients(mail: ParsedMail, desk: ReadonlySet<string>): AutomaticReason | null {
  return toHiddenRecipients(mail, (a) => desk.has(a)) ? 'hidden_recipients' : null;
}

function checkBulkSender(mail: ParsedMail): AutomaticReason | null {
  return mail.from && BULK_LOCAL_PART.test(mail.from.address.split('@')[0] ?? '') ? 'bulk_sender' : null;
}

// Campaign markers of bulk senders (Google/Yahoo Feedback-ID, Mailchimp, SendGrid, Salesforce...).
const BULK_HEADERS = ['feedback-id', 'x-mc-user', 'x-sg-eid', 'x-sfmc-stack', 'x-csa-complaints', 'x-mailgun-tag'];
const BULK_HEADER_PREFIXES = ['x-campaign', 'x-mailchimp', 'x-marketoid', 'x-newsletter'];

// Proton Mail stamps every mail its users send with a Feedback-ID ending in its own domain
// ("...==:Ze=:proton.me"): from a personal mailbox of that provider, a person's mail.
function providersOwnFeedbackId(mail: ParsedMail): boolean {
  const domain = mail.from?.address.split('@')[1]?.toLowerCase() ?? '';
  if (!domain || !isPersonalDomain(domain)) return false;
  const provider = domain === 'pm.me' || domain === 'protonmail.com' || domain === 'protonmail.ch' ? 'proton.me' : domain;
  return headerValues(mail.headers, 'feedback-id').every((v) => v.trim().toLowerCase().endsWith(`:${provider}`));
}

// Mass-mailing and survey software that names itself in X-Mailer (no person writes with these).
const BULK_MAILER = /\b(?:limesurvey|qualtrics|surveymonkey|phplist|mailpoet|mautic|sendinblue|brevo|mailchimp|acumbamail|mailrelay|mailjet)\b/i;

function checkBulkMarkers(mail: ParsedMail): AutomaticReason | null {
  const names = Object.keys(mail.headers);
  const hit = names.some((n) => (BULK_HEADERS.includes(n) && !(n === 'feedback-id' && providersOwnFeedbackId(mail))) || BULK_HEADER_PREFIXES.some((p) => n.startsWith(p)));
  return hit || headerValues(mail.headers, 'x-mailer').some((v) => BULK_MAILER.test(v)) ? 'bulk_marker' : null;
}

// A calendar invitation or response (an .ics part): a meeting, not someone asking about a student
// unless it carries one of their identifiers (weak).
function checkCalendar(mail: ParsedMail): AutomaticReason | null {
  return mail.attachments.some((a) => /^(?:text\/calendar|application\/ics)$/.test(token(a.contentType))) ? 'calendar' : null;
}

function checkSubject(mail: ParsedMail): AutomaticReason | null {
  return isAutomaticSubject(mail.subject) ? 'auto_reply_subject' : null;
}

// What a machine says of its own message, in the writer's new text (not in a quote or a forward:
// students quote and forward such notices). Each phrase is about "this message" itself.
const AUTOMATIC_STATEMENT = new RegExp([
  // "Este es un mensaje automático", "-- Este es un correo generado automáticamente --"
  String.raw`\b(?:este|esto) es un[ao]? (?:mensaje|correo|e-?mail|aviso|notificacion|respuesta) (?:automatic[oa]|(?:generad|enviad)[oa] automaticamente)`,
  // "Este correo se genera de forma automática", "este mensaje fue enviado automáticamente" (but
  // not "... automáticamente desde CamScanner / a través del servidor de ...": a tool sending a
  // person's mail, AUTOMATIC_VIA below)
  String.raw`\b(?:este|el presente) (?:mensaje|correo|e-?mail) (?:se |fue |ha sido |es )?(?:genera(?:do)?|envia(?:do)?|emitido) (?:de (?:forma|manera) automatica|automaticamente)(?! (?:desde|a traves|por medio|mediante|via|con)\b)`,
  // "Si no solicitaste esto, ignora este correo": a transactional notice
  String.raw`\bsi no (?:solicitaste|realizaste|hiciste|reconoces) (?:esto|esta solicitud|este tramite|este cambio)\W+(?:ignora|haz caso omiso de|omite) este (?:correo|mensaje)`,
  String.raw`\bif you did not (?:request|make) this\W+(?:please )?(?:ignore|disregard) this (?:e-?mail|message)`,
  // "accede a la siguiente liga para confirmarlo", "haz clic en el siguiente enlace"
  String.raw`\b(?:accede|ingresa|da clic|haz clic|haga clic|de clic) (?:a|en) (?:la siguiente|el siguiente) (?:liga|enlace|link|boton|vinculo)\b`,
  // "Este resumen se envía a los contactos registrados de la dependencia": a system's mailing
  String.raw`\b(?:este|el presente) (?:resumen|reporte|informe|boletin|aviso|mensaje|correo|e-?mail) se (?:envia|distribuye) (?:a (?:todos )?(?:los|las) (?:contactos|usuarios|suscriptores|miembros|cuentas) registrad[oa]s|(?:de (?:forma|manera) )?(?:automatica|periodica)(?:mente)?|(?:diaria|semanal|mensual)mente)`,
  // "no es necesario responderlo", "favor de no responder", "no respondas a este mensaje"
  String.raw`\bno es necesario (?:responder|contestar)(?:lo|le)?\b`,
  String.raw`\b(?:favor de|por favor,?) no (?:responder|contestar)\b`,
  String.raw`\bno (?:responda|respondas|conteste|contestes) (?:a )?(?:este|esta) (?:correo|mensaje|direccion)`,
  String.raw`\bthis is an automat(?:ed|ic) (?:message|reply|response|notification)|\bdo not reply to this (?:e-?mail|message)`,
  // An app mailing a backup of what the user keeps in it, opening the mail: "Respaldo automático de la
  // página "Mis datos" ..." (a communication board's phrases, with a student's data among them)
  String.raw`^\s*(?:respaldo|copia de seguridad) automatic[oa] de (?:la|el|los|las|tu|su|sus)\b`,
  // A retired mailbox's rule: "Este correo ya no es atendido", "esta cuenta ya no se revisa"
  String.raw`\b(?:este|esta) (?:correo|cuenta|buzon|direccion)(?: de correo)? ya no (?:es atendid[oa]|se (?:revisa|atiende|monitorea|usa)|esta (?:activ[oa]|en uso))\b`,
].join('|'));
// Weaker statements, like a disclaimer below a "--" line: without "este" ("Mensaje generado
// automáticamente, no responder." — but a student may write "el mensaje generado automáticamente
// por IMSS Digital dice..."), or a tool that sent a person's mail ("... desde CamScanner").
const AUTOMATIC_MENTION = /\b(?:mensaje|correo|notificacion) (?:generad[oa]|enviad[oa]) (?:de (?:forma|manera) automatica|automaticamente)\b/;
const AUTOMATIC_VIA = /\b(?:genera(?:do)?|envia(?:do)?) (?:de (?:forma|manera) automatica|automaticamente) (?:desde|a traves|por medio|mediante|via|con)\b/;

// Selling: three of these in the writer's text (a supplier's promotion without any list header;
// an installer's "Instalación en 24 horas, garantía de un año. Precio especial ...").
const MARKETING = /\b(?:cotizaci(?:on|ones)|catalogo|precios? especial(?:es)?|descuentos?|promoci(?:on|ones)|ofertas?|proveedor(?:es)?|distribuidor(?:es)?|nuestros productos|nuestros servicios|haz tu pedido|pedidos|mayoreo|(?:les |le )?ofrecemos|con factura|entrega (?:inmediata|en \d+ (?:horas|dias))|atendemos|envio gratis|sin costo de envio|informes (?:por|al|en)|inscripciones abiertas|cupo limitado|curso intensivo|estimada comunidad|servicio express|presentando (?:tu |su )?credencial|instalacion (?:en \d+ (?:horas|dias)|gratis|sin costo)|garantia de (?:un|\d+) (?:anos?|mes(?:es)?))\b/g;

// A mass mailing's way out: "Si no quieres recibir más correos del Consejo, responde BAJA",
// "para darte de baja de esta lista", "unsubscribe" (weak, like the selling words).
const UNSUBSCRIBE = /\b(?:si (?:ya )?no (?:quieres|deseas|desea) (?:seguir )?recibir (?:mas )?(?:correos|mensajes|informacion|noticias|notificaciones)|para (?:darte|darse) de baja de (?:esta|la|nuestra) (?:lista|suscripcion)|unsubscribe from (?:this|our) (?:list|mailing))\b/;

// A payment or purchase receipt, or a bill: two of these in the writer's text.
const TRANSACTION = /\b(?:descarga tu recibo|tu recibo|recibo digital|total a pagar|fecha limite de pago|tu pago|pagaste|se acredito|comprobante de (?:tu |su )?pago|operacion #|numero de operacion|tu compra|compraste|tu pedido (?:fue|ha sido|esta)|numero de guia|fue enviado a|recibo de nomina|comprobante fiscal digital|folio fiscal|se ha timbrado|orden de pago|referencia bancaria|cuota de recuperacion|(?:poliza|siniestro|deducible)(?=\s*:)|estatus de (?:la |tu |su )?reclamacion)\b/g;

// An office's automatic acknowledgement: two of these ("Gracias por comunicarse con ... Su correo
// ha sido recibido y será atendido en un plazo máximo de 72 horas").
const ACKNOWLEDGEMENT = /\b(?:gracias por (?:comunicarse|comunicarte|contactar(?:nos)?|escribir(?:nos)?)|(?:su|tu) (?:correo|mensaje|solicitud|peticion) (?:ha sido|fue|se ha) recibid[oa]|hemos recibido (?:su|tu) (?:correo|mensaje|solicitud)|(?:sera|seran) atendid[oa]s?|en un plazo (?:maximo )?de \d+ (?:horas|dias)|(?:le|te) pedimos no reenviar)\b/g;

// A line that is only a tag: "(respuesta automática)", "[Mensaje automático]", "-- auto reply --".
// ...or opens it as a label: "Respuesta automática: no reviso este correo del 14 al 25". Also a
// notice's "Mensaje informativo." line.
// (...or signed by its sender on the line: "Mensaje automático del telecentro.", a few words.)
const AUTOMATIC_TAG_LINE = /^[\s(\[*_-]*(?:(?:respuesta|mensaje|correo|contestacion|auto) ?(?:automatic[oa]|reply|response)|(?:mensaje|correo|aviso) informativo)(?:[\s)\]*_.-]*$|\s*:|\s+del?\s+\S+(?:\s+\S+){0,3}?\.?\s*$)/m;

// Out-of-office: away, and an answer put off until the return ("Me encuentro en periodo vacacional
// ... sin acceso a mi correo. A mi regreso daré respuesta"). A student may be away too, so both
// are needed, and it is weak.
const AWAY = /\b(?:fuera de (?:la )?(?:oficina|ciudad)|(?:estoy|estare|me encuentro) fuera(?: de [a-z]+)? (?:hasta el \d+|del \d+ al \d+)|del \d+ al \d+ de [a-z]+,? (?:estare|me encontrare|no estare)|regreso (?:el|hasta el) \d+ de [a-z]+|no (?:estare|voy a estar) revisando (?:mi |el )?correo hasta el|fuera del pais|(?:estoy|estare|me encuentro) desconectad[oa]|(?:de|por) vacaciones|(?:periodo|epoca) vacacional|ausente|de viaje|de incapacidad|(?:ano|periodo) sabatico|de licencia|out of (?:the )?office|on vacation|on (?:sabbatical|leave)|(?:annual|parental|medical|sabbatical) leave)\b/;
const ANSWER_LATER = /\b(?:(?:los )?asuntos\b[^.]{0,80}\b(?:los|las) (?:atiende|atendera|vera|revisa)\b|sin acceso (?:constante )?a (?:mi |el )?(?:correo|internet)|(?:para asuntos|en caso de urgencia|para urgencias|en mi ausencia)[^.]{0,60}(?:comunicarse|contactar|llamar|escribir)|(?:con )?(?:acceso limitado|poco acceso) a (?:mi |el )?(?:correo|internet)|con (?:poca|mala) (?:senal|conexion)|sin (?:senal|conexion)|sin redes,? sin (?:whats(?:app)?|correo)|a mi regreso|dare respuesta|(?:respondere|contestare|atendere) (?:su|tu|a su|a tu)? ?(?:mensaje|correo)|(?:respondere|contestare|atendere) (?:a partir del?|despues del?) \d+|revisare (?:mi |el )?correo (?:de (?:forma|manera) )?(?:ocasional|esporadica)|casi no (?:reviso|checo|veo|abro|leo) (?:mi |el )?correo|no podre (?:revisar|contestar|responder|atender|leer) (?:mi |el |su |sus )?(?:correo|mensaje)s?|no (?:estare|voy a estar) revisando (?:mi |el )?correo|no (?:reviso|checo|veo) (?:muy )?(?:seguido|diario|a diario|constantemente) (?:mi |el )?correo|(?:reviso|checo|veo) (?:mi |el )?correo (?:solo|solamente|nada mas|unicamente) (?:en|por) las (?:noches|tardes|mananas)|(?:cualquier cosa|algo) urgente,? (?:al|a mi) (?:celular|cel|whats(?:app)?)|(?:reviso|checo|veo) (?:mi |el )?correo (?:muy )?poco|si es urgente,? (?:marcame|marqueme|llamame|llameme|mandame un whats|comunicate|comuniquese|favor de (?:marcar|llamar))|(?:limited|no) access to (?:my )?e-?mail|when i return|upon my return|checking (?:my )?e-?mail (?:only )?(?:occasionally|intermittently|periodically|sporadically))\b/;

// Every phrase below holds one of these stems: most mail is passed over without folding it.
const STEMS = /autom|fuera|desconect|reviso|revisando|podre|urgente|poliza|siniestr|deducible|respond|contest|oficina|office|vacaci|vacation|viaje|ausent|incapacidad|reply|regres|acceso|solicit|request|cotiza|catalog|precio|descuent|promoci|oferta|proveedor|distribuidor|nuestros|pedido|mayoreo|ofrecemos|factura|entrega|atendemos|envio|generad|enviad|clic|liga|enlace|sabatic|leave|licencia|informes|inscripciones|cupo|curso|comunidad|express|credencial|pag|acredit|operacion|compra|pedido|guia|recibo|informativo|fiscal|timbra|nomina|comunica|contact|recibid|atendid|plazo|reenviar|recibir|de baja|unsubscribe|instalacion|garantia/i;

function checkWriterText(_mail: ParsedMail, _desk: ReadonlySet<string>, writer: WriterEvidence): AutomaticReason | null {
  const lead = writer.leadText.slice(0, 4000);
  if (!STEMS.test(lead)) return null;
  // Below a "--" / "-----" / "____" line: a signature or a disclaimer some servers append to every
  // mail ("Este correo fue enviado automáticamente a través del servidor de ...").
  const lines = foldLabel(lead); // folded once; the phrases below run on it with spaces squeezed
  const rule = /^[ \t]*(?:--|-{3,}|_{3,})[ \t]*$/m.exec(lines);
  const body = squeezeSpaces(rule ? lines.slice(0, rule.index) : lines);
  const footer = rule ? squeezeSpaces(lines.slice(rule.index)) : '';
  // A tag line ("Respuesta automática: ...") below a "--" rule is a footer, like the statements.
  const above = rule ? lines.slice(0, rule.index) : lines;
  if (AUTOMATIC_STATEMENT.test(body) || AUTOMATIC_TAG_LINE.test(above)) return 'automatic_text';
  const text = `${body} ${footer}`;
  if (AUTOMATIC_STATEMENT.test(footer) || (rule && AUTOMATIC_TAG_LINE.test(lines.slice(rule.index))) || AUTOMATIC_VIA.test(text) || AUTOMATIC_MENTION.test(text)) return 'automatic_footer';
  if (new Set(text.match(MARKETING) ?? []).size >= 3 || UNSUBSCRIBE.test(text)) return 'marketing_text';
  // (One is enough when the values are only in what it attaches: "le comparto el recibo de nómina".)
  if (new Set(text.match(TRANSACTION) ?? []).size >= (writer.identifiers && !writer.identifiersInLead ? 1 : 2)) return 'transaction_text';
  if (new Set(text.match(ACKNOWLEDGEMENT) ?? []).size >= 2) return 'acknowledgement_text';
  // (An away message states; a traveller asks: "si mando hoy mis datos, ¿alcanzo a estar vigente
  // antes del viernes? Salgo de viaje y no sé si ... mejor lo hago a mi regreso".)
  return AWAY.test(text) && ANSWER_LATER.test(text) && !ASKS_OWN.test(text) ? 'out_of_office_text' : null;
}

// A question about the writer's own case, folded: "¿alcanzo a estar vigente ...?", "¿ya quedó mi alta?".
const ASKS_OWN = /¿[^?¿]{0,80}\b(?:mi|mis|alcanzo|puedo|quedo|estoy|tengo|necesito)\b[^?¿]{0,80}\?/;


// Someone speaking of themselves (SPEAKS_OF_SELF's words) as written: lower case, or capitalised where
// a sentence starts. A capital in mid sentence is an application's label ("en la sección Mi
// Cuenta"), not someone speaking; so is "Mi" before a capitalised word at a line's start (a
// heading: "Mi Cuenta Infonavit").
const SPEAKS = /(?:^|[.!?¡¿:]\s+|\n\s*)(?:Soy|Mis?(?!\s+\p{Lu}\p{Ll})|Me|Yo|Tengo|Estoy|Necesito|Quisiera|Quiero|Escribo|Mando|Envié)\b|(?<![\p{L}])(?:soy|mi|mis|me|yo|tengo|estoy|necesito|quisiera|quiero|escribo|mando|envi[eé])(?![\p{L}])/u;
const speaksOfThemselves = (lead: string) => SPEAKS.test(lead.slice(0, 4000));
const RECORD_SUBJECT_LINE = /^[ \t]*(?:Asunto|Subject)[ \t]*:.*$/gm;

/**
 * The robot's statement comes after the writer's values: under lines in which they speak of
 * themselves, or in a fresh message (not a forward) from a student's own mailbox.
 */
function statementUnderWriter(writer: WriterEvidence, subject: string): boolean {
  const split = atStatement(writer);
  if (!split || !holdsValue(split.before, writer)) return false;
  return SPEAKS_OF_SELF.test(split.before) || (!!writer.fromStudentMailbox && !/^\s*(?:rv|fw|fwd|re|reenv)\s*:/i.test(subject));
}

/** The writer's accepted values are typed in their text only inside quotation marks. */
function valuesOnlyQuoted(writer: WriterEvidence): boolean {
  const values = writer.identifierValues ?? [];
  return values.length > 0 && typedIn(writer.leadText, values) && !typedIn(withoutQuotedSpeech(writer.leadText), values);
}

/** One of the writer's accepted values stands after the robot's statement in their text. */
function valuesAfterStatement(writer: WriterEvidence): boolean {
  const split = atStatement(writer);
  return !!split && holdsValue(split.after, writer);
}

/** The writer's text (folded, spaces squeezed) before and after the robot's statement in it. */
function atStatement(writer: WriterEvidence): { before: string; after: string } | null {
  const text = writerText(writer);
  const m = AUTOMATIC_STATEMENT.exec(text);
  return m ? { before: text.slice(0, m.index), after: text.slice(m.index + m[0].length) } : null;
}

/** A person's note over a forwarded article in which someone speaks of themselves and types their values. */
function passesOnPersonsWords(writer: WriterEvidence): boolean {
  const passedOn = writer.passedOnText?.slice(0, 4000) ?? '';
  if (!passedOn || !holdsValue(passedOn, writer)) return false;
  return writesAsPerson(foldLabel(writer.leadText.slice(0, 4000))) && SPEAKS_OF_SELF.test(squeezeSpaces(foldLabel(passedOn)));
}

/** One of the writer's accepted values (CURP, NSS, code) appears in `text`, separators aside. */
function holdsValue(text: string, writer: WriterEvidence): boolean {
  return typedIn(text, writer.identifierValues ?? []);
}

// A form's declaration in the first person opening a line or a sentence ("Declaro que me encuentro
// en buen estado de salud", "Acepto los términos"), folded: the form's words, whoever signed it.
const DECLARATION = /(?:^|[.!?:]\s)[ \t]*(?:declaro|manifiesto|certifico|acepto|reconozco)\b[^.!?\n]*/gm;

/** The writer's text outside quotation marks (folded), without a form's declarations. */
function withoutDeclarations(writer: WriterEvidence): string {
  const text = foldLabel(withoutQuotedSpeech(writer.leadText.slice(0, 4000)));
  return /declaro|manifiesto|certifico|acepto|reconozco/.test(text) ? text.replace(DECLARATION, ' ') : text;
}

/** The writer's new text as the statements are matched: folded, spaces squeezed. */
function writerText(writer: WriterEvidence, outsideQuotes = false): string {
  const lead = writer.leadText.slice(0, 4000);
  return squeezeSpaces(foldLabel(outsideQuotes ? withoutQuotedSpeech(lead) : lead));
}

/** Whitespace runs as one space. */
function squeezeSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
