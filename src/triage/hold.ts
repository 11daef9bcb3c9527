// Pure: should a person read this message before anything is sent?
//
// Every day brings one or two robots with no automatic header at all (a utility bill, a shop's
// offer, a government notice), and each is worded its own way, so wording rules in automatic.ts
// only ever catch yesterday's. What they share is structural: nothing in them identifies a student
// (no valid CURP, NSS, code or institutional address), and either the sender is
// neither at the university nor at a personal mailbox (gmail, hotmail...), or the writer says a
// good deal without a word of the desk's subject. Students write from personal or institutional
// mailboxes, and what they say, if anything, is about their coverage or about themselves; and they
// write as people (a greeting, "mi", a question), which a scanner or a cron job never does.
//
// Such a first message is held for staff: no automatic reply, the case goes to the staff queue
// marked for review. A robot held costs staff one click ("Cerrar sin responder"); a person held
// (a parent from a work address, a hospital) is answered by a person, which suits them better
// than a request for five fields would. Only a new case is held (src/triage/apply-message.ts).
import { checkCurp } from '../extract/curp.js';
import { foldLabel } from '../extract/fold.js';
import { NOT_NAME_WORDS } from '../extract/lexicon.js';
import type { Extraction, ParsedMail } from '../extract/types.js';
import { senderKind } from '../extract/sender-kind.js';
import { isForwardSubject } from '../extract/own-text.js';
import { acceptedField, acceptedIdentifiers, typedIn } from './accepted-field.js';
import { offersLureLink, threatensCutOff } from './lure-link.js';

export const HOLD_REASONS = {
  /** Nothing of a student, from a domain that is neither the university's nor a personal mailbox. */
  unknownSender: 'unknown_sender',
  /** Nothing of a student, and a long text without a word of the desk's subject. */
  offTopic: 'off_topic',
  /** A long text in which nobody writes as a person: no greeting, no thanks, no "I", no question. */
  noWriter: 'no_writer',
  /** Several students' data in one mail (an office's list): one automatic reply cannot serve them. */
  severalStudents: 'several_students',
  /** A colleague's or an office's mail (a university address, not a student's, or a personal one
   * that greets the staff as peers) with no student's identifier, or not written to the desk (it
   * stands in neither To nor Cc): a request for five fields would not serve them. */
  colleague: 'colleague',
  /** A business's mail (a quote, an invoice, prices) with nothing of a student's in it. */
  business: 'business',
  /** A note that asks nothing for a student (thanks for past help, a neighbour's complaint, a
   * non-student answering a notice sent to her by mistake), with nothing of a student's in it. */
  noRequest: 'no_request',
  /** Nothing of a student, only a document offered behind a link on a host that borrows a known
   * service's name: a hijacked mailbox's phishing lure. Nobody should open it, nor answer it. */
  suspiciousLink: 'suspicious_link',
  /** No student's identifier typed, and a warning that an account or the coverage will be cut unless
   * the reader verifies, follows a link or writes to a WhatsApp number, or a request to log in with
   * the mailbox's password: phishing, often from a hijacked student mailbox. Nobody should answer it. */
  phishing: 'phishing',
} as const;
export type HoldReason = (typeof HOLD_REASONS)[keyof typeof HOLD_REASONS];

export interface HoldContext {
  /** The desk's own addresses: their domains (and subdomains) are the university's. */
  deskAddresses: readonly string[];
  /** Students' institutional domains: the university's too. */
  institutionalDomains: readonly string[];
  /** Today, for a CURP's age (the extraction's `now`). */
  now?: Date;
}

// The desk's subject. Folded (no accents, lower case), matched at word starts: "afilia" covers
// afiliación and afiliado ("alta" only as a word: not "altares"). Not "estudiante", "código" or "hijos": offers to students use them too.
// (A parent's "los datos de mi hijo" is the desk's subject: "¿tienen WhatsApp para mandar los datos de mi hijo?")
// (So is the desk's web form: "adjunto captura de pantalla de mi registro en el formulario".)
// ("Vigente" after a document is the document's: "llevar su pasaporte vigente".)
export const DESK_TOPIC = /\b(imss|seguro|seguridad social|(?<!(?:pasaporte|visa|ine|licencia|identificacion|tarjeta) )vigen(cia|te)|derechohabien|afilia|nss|curp|clinica|umf|servicio medico|cobertura|altas?\b|mis datos|(?:los )?datos de mi hij[oa]|registro en el formulario)/;

// How a person's mail shows a person: a greeting or thanks, "I" and "my", a question, "please".
// ("Estimado" greets only at a line's start: "Autonomía estimada: 23 min" is a UPS's report.)
// A scanner, a cron job, a reminder system report facts and say none of these. (A host abroad writes
// in Portuguese or French: "Prezados, Sou professora ... Precisamos confirmar ... Atenciosamente".)
const PERSON_WORDS = /[?¿]|(?:^|\n)\s*estimad[oa]s?\b|\b(?:hola|buen(?:[oa]s?)?|saludos?|hello|hi|dear|gracias|thanks?|atentamente|atte|prezad[oa]s?|sou|precisamos|atenciosamente|obrigad[oa]|bonjour|cordialement|merci|soy|mi|mis|me|yo|tengo|estoy|necesito|quisiera|quiero|puedo|pude|envie|mando|escribo|somos|nuestr[oa]s?|i|my|we|our|favor|les|respetad[oa]s|se permite|agradec[a-z]*|quedo (?:agradecid[oa]|atent[oa]|a (?:sus|tus) ordenes|en espera|al pendiente))\b/;

// A system greets a role, not a person: "Estimado usuario:", "Hola, cliente", "Dear customer".
const SYSTEM_GREETING = /\b(?:(?:estimad|querid|apreciad)[oa]s?|hola|dear|hello|hi)\s*,?\s+(?:usuari|client|suscriptor|miembr|contribuyente|colaborador|derechohabiente|customer|user|member|subscriber)[a-z]*\b/g;

// Someone speaking of themselves: what a system that greets a role ("Estimado usuario: ... Por favor
// devuélvalos") or a device ("Por favor, abra el archivo adjunto") never does.
export const SPEAKS_OF_SELF = /\b(?:soy|mi|mis|me|yo|tengo|estoy|necesito|quisiera|quiero|envie|mando|escribo)\b/;

/** The folded subject and text read as a person's (a greeting, thanks, "mi", a question...). */
export function writesAsPerson(foldedText: string): boolean {
  const unGreeted = foldedText.replace(SYSTEM_GREETING, ' ');
  // A system greeting a role: only words about oneself make it a person.
  return unGreeted === foldedText ? PERSON_WORDS.test(foldedText) : SPEAKS_OF_SELF.test(unGreeted);
}

/** A writer who says this much without touching the subject, or as nobody, is not asking the desk anything. */
const MIN_WORDS = 12;

/** Why a first message should wait for staff, or null when it may be answered. */
export function holdForStaff(mail: Pick<ParsedMail, 'from' | 'replyTo' | 'subject' | 'to' | 'cc'> & Partial<Pick<ParsedMail, 'text' | 'html' | 'attachments'>>, extraction: Pick<Extraction, 'fields' | 'problems' | 'severalStudents'>, leadText: string, ctx: HoldContext): HoldReason | null {
  if (extraction.severalStudents) return 'several_students';
  const data = carriesStudentData(extraction);
  const kind = senderKind(mail.from?.address, ctx);
  const personal = kind === 'personal';
  const long = (leadText.match(/\p{L}{2,}/gu)?.length ?? 0) >= MIN_WORDS;
  const text = foldLabel(`${mail.subject ?? ''}\n${leadText}`);
  // A reply in one of the desk's threads from a hijacked mailbox: "Le comparto el documento
  // solicitado ... Ver documento: https://sharepoint-docs-view.click/...". Staff should see the
  // warning; an automatic reply would only tell the attacker the address is read.
  if (!data && offersLureLink(leadText, mail.html ?? undefined)) return 'suspicious_link';
  // ...or the phishing itself ("Detectamos actividad inusual ... su cuenta será desactivada ... si no
  // verifica su identidad"; "su seguro medico sera dado de baja hoy ... para evitarlo mande mensaje
  // al WhatsApp"), sent from outside or from a hijacked student mailbox (whose own address is all
  // it carries).
  if (!typedIdentifier(extraction) && threatensCutOff(text)) return 'phishing';
  // A shared document's notice that someone mentioned the desk in a comment ("Marisela Lomelí te
  // mencionó en un comentario en el siguiente documento ... "+imss@udg.mx la fila 214, Ángel Damián
  // Murillo Pacheco (229618605), mandó el NSS de su papá. ¿Le escribimos?""): a colleague's note
  // about a student, relayed by the document's service. A person answers it.
  if (COMMENT_MENTION.test(text)) return 'colleague';
  // A chat's transcript mailed by a script ("[08:15] Renata: yo mandé mis datos ahí: Renata Solís
  // Aguayo 239465437 ..."), every line a speaker's: the values are a member's words to the chat,
  // and nobody writes to the desk.
  if (chatTranscript(leadText)) return 'no_writer';
  // A reply-all storm's plea to stop it ("YA DEJEN DE DARLE RESPONDER A TODOS!!!!"), nothing typed of
  // a student's: no request.
  if (!typedIdentifier(extraction) && STOP_REPLY_ALL.test(text)) return 'no_request';
  // Someone who found a student's things and wants them back with her ("Encontraron esta credencial
  // en una mesa de la cafetería ... díganle que pase por ella", a taxi driver's "dejó su cartera ...
  // para regresársela"); or a student club asking to put up a poster in the waiting room: her
  // name and code may be there, but nobody asks the desk for coverage; or a film student asking to
  // record the queue for a documentary. A person answers them.
  if ((FOUND_BELONGINGS.test(text) && GIVE_BACK.test(text)) || POSTER_REQUEST.test(text) || FILMING_REQUEST.test(text)) return 'off_topic';
  // ...or a campus radio's, a newspaper's or a podcast's request for an interview about how
  // students get their coverage ("¿Alguien de su oficina nos daría 10 minutos ... en cabina?"),
  // nothing of a student's in it: the desk's subject, but a person answers the press.
  // ...or a schoolchild's homework questions ("Tengo una tarea de civismo ... les quería hacer unas
  // preguntas"): a person answers a child.
  if (!data && ((INTERVIEW.test(text) && MEDIA.test(text)) || (HOMEWORK.test(text) && ASKS_QUESTIONS.test(text)))) return 'off_topic';
  // ...or the building's staff reporting a fault in the office, nothing of a student's in it ("le
  // aviso que amaneció pintada la puerta de la oficina ... Ya le avisé a mantenimiento").
  if (!data && MAINTENANCE.test(text) && BUILDING_FAULT.test(text)) return 'off_topic';
  // ...or an entry for a contest or a course sent here ("Envío mi registro para el Concurso
  // Universitario de Altares"), or an office's circular to every dependency with a sample record
  // ("CIRCULAR CE/014/2036 / A las dependencias de la Red Universitaria ... Ejemplo del registro").
  if (ENTRY_FOR_EVENT.test(text) || CIRCULAR.test(text)) return 'off_topic';
  // ...or a family's own mail to its relatives that the address book also sent here ("Hi familia!!
  // ... la ofrenda de mi amá ... who brings what"), to a group.
  if (greetsFamily(leadText) && toGroup(mail)) return 'off_topic';
  const nobodyWrites = long && !writesAsPerson(text);
  // The same without passages in quotation marks: someone else's words.
  const unquoted = QUOTED.test(text) ? text.replace(QUOTED_G, ' ') : text;
  // Says this much without a word of the desk's subject.
  const offTopic = long && !DESK_TOPIC.test(text);
  // A scanner, or a university system whose text speaks as nobody, with a student's data only in
  // what it carries (a control office's scanner sending a student's paper form as a PDF): the
  // automatic reply would go to the device. Data typed in its text is a person's, or a report's
  // (automatic.ts).
  if (data && (isDevice(mail.from) || (kind === 'staff' && nobodyWrites)) && !typedIn(leadText, acceptedIdentifiers(extraction))) return 'no_writer';
  // A scanner's own notice with nothing of a student's in it ("Documento escaneado desde RICOH ..."):
  // nobody to answer.
  if (!data && isDevice(mail.from) && !SPEAKS_OF_SELF.test(text)) return 'no_writer';
  // A colleague's mail about a student that never touches the desk's subject ("En la recepción
  // tenemos ... Credencial de estudiante a nombre de ..., código ..."; a status confirmed for
  // another office): a person reads it; five fields asked of an office would not fit.
  // (What it passes on to the desk counts: an office that turns a student's petition over, "Se turna
  // la petición del alumno que se transcribe abajo", or sends its oficio as a PDF, is on the subject
  // there (in its words, not in the labels of the data it carries); not the desk's own reply it
  // quotes, nor a list's digest the desk is only copied on.)
  const isDesk = deskTest(ctx.deskAddresses);
  // (Nor a colleague who types a student's NSS or CURP to the desk, the desk's own subject: a tutor's
  // "Mi tutorada no puede mandar correos fuera del hospital. Me pasó esto por WhatsApp: ...".)
  if (data && kind === 'staff' && offTopic && !(mail.to.some((a) => isDesk(a.address.toLowerCase())) && (DESK_TOPIC.test(withoutDataLabels(foldLabel(passedOn(mail, ctx)))) || typesNssOrCurp(leadText, extraction)))) return 'off_topic';
  // ...and an organisation's mail that never touches it, nor does what it attaches, a student's data
  // only there (a plant's payroll clerk: "Va el layout de becas de practicantes de la primera
  // quincena", its CSV): sent here by mistake, or for another office; a person reads it. (Not an
  // employer's oficio in PDF that asks about the coverage.)
  if (data && offTopic && kind === 'organisation' && !typedIn(leadText, acceptedIdentifiers(extraction)) && !DESK_TOPIC.test(withoutDataLabels(foldLabel(passedOn(mail, ctx))))) return 'off_topic';
  // ...and anyone's tuition matter that never touches it (a mother's refund of her son's "arancel"
  // paid twice, his name and code in it): another office's.
  if (data && offTopic && TUITION.test(text)) return 'off_topic';
  // ...and mail sent to many in blind copy that never touches it, whoever signs it with her code (a
  // thesis survey sent to forty offices).
  if (data && offTopic && toHiddenRecipients(mail, isDesk)) return 'off_topic';
  // ...or to a group the desk is only one of (a student's study-group invitation to five
  // classmates and the desk, her code in it: "Ya la aparté con mi código ...").
  if (data && offTopic && toGroup(mail)) return 'off_topic';
  // ...and a colleague's mail that names the desk neither in To nor in Cc, whatever its subject: an
  // office's circular in blind copy (a degree committee's minutes naming a graduate and her IMSS
  // coverage), a reply-all to a staff list the desk is on (a child's CURP for HR's toy census).
  // Nobody there asked the desk for anything.
  if (kind === 'staff' && !addressedTo(mail, isDesk)) return 'colleague';
  // ...and, from a personal mailbox, a circular to many in which nobody speaks of themselves (a
  // colleague's appeal for blood donors for a co-worker's father, with his NSS): students and
  // parents who write to several offices at once write about themselves or their child ("escribo a
  // Control Escolar, a la Coordinación ... porque aparezco en baja").
  // (Words inside quotation marks are someone else's: "Doña Chela, gracias por explicarme que el
  // NSS que traía era el de mi mamá" in a colleague's collection of students' messages.)
  if (personal && !addressedTo(mail, isDesk) && !SPEAKS_OF_SELF.test(unquoted)) return 'colleague';
  // A university web program passing on a visitor's words (the site's chat transcript, a blog
  // comment awaiting moderation) with no Reply-To: the reply would go to the program, and the
  // visitor, if anyone, is reached by a person. A form relay names its sender in Reply-To and is
  // answered there.
  if (kind === 'staff' && !mail.replyTo && isWebProgram(mail.from)) return 'no_writer';
  // A family's own mail that reached the desk by autocompletion, among the relatives it greets
  // ("Hermanos, buenos días: ... hay que turnarnos para cuidar a mi papá ... NSS ..."): his data for
  // a hospital's admission desk, no request to this one.
  if (data && greetsFamily(leadText) && mail.to.concat(mail.cc).some((a) => !isDesk(a.address.toLowerCase()))) return 'off_topic';
  // A CURP or an NSS but neither a code nor an institutional address: nothing of a school in it. (One
  // with a fault counts: a grandfather's own NSS, "mi número de afiliación es ...", flagged as no
  // student's.)
  const noSchoolIdentifier = (data || extraction.fields.nss !== null || extraction.fields.curp !== null) && !acceptedField(extraction, 'studentCode') && !acceptedField(extraction, 'institutionalEmail');
  // Someone who takes the desk for the IMSS and asks about their own work benefits (a worker's sick
  // pay from her employer, a retiree's pension), with an NSS or a CURP but nothing of a school: no
  // code, no institutional address, not a word of studies. A person answers them.
  // ...or a hospital's record of a patient sent to the wrong address ("Resumen de alta ...
  // Paciente: ... Edad: 68 años NSS: ... Diagnóstico: ...").
  // ...or a patient who takes it for his clinic, from his own mailbox ("Doctora ... soy su paciente
  // del consultorio 8 ... ¿me puede mandar la receta?").
  if (noSchoolIdentifier && (WORK_BENEFITS.test(text) || CLINICAL_RECORD.test(text) || INSURANCE_CLAIM.test(text) || (personal && PATIENT_ERRAND.test(text))) && (!STUDIES.test(text) || UNIVERSITY_WORKER.test(text))) return 'off_topic';
  // ...or someone who asks another office's question and leaves only a CURP or an NSS "por si los
  // necesitan" (a 44-year-old asking how to certify high school by exam): beside the labels of the
  // data he gives, not a word of the desk's subject, and neither a code nor an institutional address.
  // (Not one who says the student's code will follow: "El código no me lo supo decir, mañana se los
  // manda él", a cousin writing for him under the newsletter's item on the coverage.)
  if (noSchoolIdentifier && personal && long && !DESK_TOPIC.test(withoutDataLabels(text)) && !CODE_SPOKEN_OF.test(text)) return 'off_topic';
  // ...or a graduate's job application, his CURP and NSS for the CV ("Solicitud de empleo ... Adjunto
  // mi currículum. Mis datos: CURP ... NSS ...").
  if (noSchoolIdentifier && personal && OTHER_ERRAND.test(text)) return 'off_topic';
  // ...or a child's CURP, under thirteen (a swimming club's relay entry list sent to the wrong IMSS
  // address): no one that young studies at the university, and nothing of a school in it.
  if (noSchoolIdentifier && ctx.now && childsCurp(acceptedField(extraction, 'curp'), ctx.now)) return 'off_topic';
  // A shop's program mailing a customer's ticket to the address she typed, the desk's (a
  // cybercafé's "TICKET DE SERVICIO ... Cliente: ... CURP_....pdf ... TOTAL $17.25 ... GRACIAS POR SU
  // PREFERENCIA"): her name and CURP printed, nobody writing.
  if (noSchoolIdentifier && SHOP_TICKET.test(text) && TICKET_TOTAL.test(text)) return 'no_writer';
  // ...or a personal mail to someone greeted by her given name, sent in blind copy, with neither a code
  // nor an institutional address ("Hola Ime!! Aquí te van las fotos de la fiesta de Dany ... mi número
  // es 94967950356 por si lo ocupas"): the address book sent it here; nobody asks the desk.
  if (noSchoolIdentifier && personal && toHiddenRecipients(mail, isDesk) && greetsByGivenName(leadText)) return 'off_topic';
  // A plea for money sent to many in blind copy ("... necesita una cirugía ... Cuenta CLABE: ...
  // les pedimos que compartan"), a former student's code in it or not: nobody asks the desk for him.
  if (toHiddenRecipients(mail, isDesk) && FUNDRAISING.test(text)) return 'off_topic';
  // A note to the desk's own team from a colleague's personal mailbox ("Hola, chicas: Les dejo mis
  // pendientes ... La alumna ... (código ...) va a volver a escribir ... díganle que espere"): a
  // student's data in it, but it speaks to the staff about her.
  if (data && personal && greetsPeers(leadText) && STAFF_NOTE.test(text)) return 'colleague';
  // ...or to the team in blind copy, a served student's data as an example ("Hola, compañeras: ...
  // les paso el truco ... es el ejemplo que hice con los datos de un muchacho que ya atendimos").
  // (Only "compañeras", "colegas", "equipo": a student writing to several offices greets "a todos".)
  if (data && personal && CO_WORKERS_GREETED.test(foldLabel(firstLine(leadText))) && toHiddenRecipients(mail, isDesk)) return 'colleague';
  // Mail meant for someone else, named in its greeting, about another errand: a job candidate's
  // "Buenas tardes, Lic. Soto. Confirmo mi asistencia a la entrevista ... Le adjunto mi CV", a former
  // student asking "Estimada Dra. Imelda Sánchez" for a recommendation letter with her code and CURP.
  if (greetsTitledPerson(leadText) && OTHER_ERRAND.test(text)) return 'off_topic';
  // ...or a student's mail to a landlord by his given name, her code and CURP for the lease ("Hola
  // Ismael, buenas tardes. Vi tu anuncio del departamento ... te paso mis datos ... Mi papá sería el
  // aval"): the address book sent it here.
  if (greetsByGivenName(leadText) && new Set(text.match(RENTAL_G) ?? []).size >= 2) return 'off_topic';
  // A student's mail meant for a teacher that reached the desk (the address autocompleted): "Buenas
  // noches maestra, le envío la tarea 1 de Seguridad Social ... Nombre: ... Código: ...". Her data
  // are there, but she asks the desk nothing; a person tells her where it went.
  if (toTeacher(leadText)) return 'off_topic';
  // ...or its writer's own aside that the address book put the desk in ("el autocompletar me puso
  // imss@ en vez del grupo jaja"), under a note to her class.
  if (AUTOCOMPLETED_HERE.test(text)) return 'off_topic';
  // ...or meant for his mother, by its first word, on another errand ("ma este es mi horario, los
  // martes salgo hasta las 8 pasame a recoger porfa ... mi codigo por si me buscas en el sistema").
  const opening = foldLabel(firstLine(leadText));
  if (TO_PARENT.test(opening) && !DESK_TOPIC.test(text)) return 'off_topic';
  // ...or an intern's patient note for his resident ("Paciente: ... NSS ... S: refiere mejoría ...
  // O: TA 120/80 ... A: ... P: ..."): the patient's NSS, a record meant for the ward.
  if (data && SOAP_NOTE.test(leadText)) return 'off_topic';
  // ...or a graduate's thank-you letter to everyone he knows ("Queridos maestros, compañeros y
  // personal de la universidad: Hoy terminé ..."), his code under it, nothing of the desk's subject.
  if (data && GREETS_EVERYONE.test(opening) && !DESK_TOPIC.test(text)) return 'off_topic';
  // A seller's pitch with a sample conversation that carries a student's values ("Así se vería: 🤖
  // ¿Tu NSS? 👩 4224... Implementación ... desde $2,900 al mes. ¿Le agendo una demostración?").
  if (data && personal && SALES_PITCH.test(text) && !PAID_BY_WRITER.test(text)) return 'business';
  // A reply in someone else's thread, its other recipients kept (a student's reply-all to the
  // university's newsletter asking about the mobility grant), nothing typed of a student's (no
  // identifier, no address written out).
  if (offTopic && !typedIdentifier(extraction) && !leadText.includes('@') && isReply(mail.subject) && mail.to.concat(mail.cc).some((a) => !isDesk(a.address.toLowerCase()))) return 'off_topic';
  // A chain letter forwarded by a stranger ("La embajada de Canadá está regalando 5,000 visas ... solo
  // manda tu nombre, tu CURP y tu número de pasaporte a este correo ... REENVIALO a todos tus
  // contactos"), or a student's notice to all her contacts ("Me robaron el cel ... mi número nuevo es
  // ..., agréguenme"): nothing typed of a student's, nobody asks the desk for coverage.
  if (!typedIdentifier(extraction) && (CHAIN_LETTER.test(text) || (offTopic && NEW_NUMBER.test(text)))) return 'off_topic';
  // ...or a plea to the writer's own group that reached the desk ("porfa alguien que me cambie la
  // guardia del sábado 19 ... les pago la del 26").
  if (!typedIdentifier(extraction) && !DESK_TOPIC.test(text) && ASKS_PEERS.test(text)) return 'off_topic';
  // ...or a student asking for another office's paper, off the desk's subject ("quisiera solicitar
  // mi kárdex certificado para mi trámite de titulación"), her code under it.
  if (data && offTopic && SCHOOL_RECORDS.test(text)) return 'off_topic';
  // ...or a hijacked mailbox's spam to its contacts ("hola, mira esto 👇 farmacia online sin receta
  // ... http://farma-express-mx.top/oferta"): the link is the message. Staff should see it.
  if (!typedIdentifier(extraction) && offTopic && SPAM_OFFER.test(text) && /https?:\/\//.test(leadText)) return 'suspicious_link';
  // ...or the desk's own notice sent back by a mailbox's forwarding rule, not a word added ("RV: Re:
  // Alta IMSS [IMSS-...]"): nobody writes.
  if (!typedIdentifier(extraction) && !/\p{L}/u.test(leadText) && isForwardSubject(mail.subject ?? '') && forwardsDeskMail(mail.text ?? '', isDesk)) return 'no_writer';
  // ...or sent back as an empty reply, nothing attached ("Re: Re: Alta IMSS [IMSS-...]" over the
  // desk's own reply: a mail client's draft); or a system's notice a mailbox rule forwarded, not a
  // word added (SIIAU's "Aviso de cambio de estatus ... Este es un mensaje automático"): nobody
  // writes, whatever code the notice names.
  // (Not a student answering between or under the quoted lines, nor one forwarding the IMSS's notice
  // of her NSS: the values she was asked for.)
  if (!/\p{L}/u.test(leadText) && !(mail.attachments ?? []).length && ((isReply(mail.subject) && !typedIdentifier(extraction) && quotesDeskMail(mail.text ?? '', isDesk) && !writesOutsideQuote(mail.text ?? ''))
    || (isForwardSubject(mail.subject ?? '') && !acceptedField(extraction, 'nss') && !acceptedField(extraction, 'curp') && AUTOMATIC_NOTICE.test(foldLabel((mail.text ?? '').slice(0, 5000)))))) return 'no_writer';
  if (data && kind !== 'organisation') return null; // most mail: a student, or someone about one
  if (kind === 'organisation') {
    // An organisation's domain: a robot unless someone there writes, and about a student (a
    // parent from work). A system's notice that carries a student's data (an IMSS reminder sent
    // to the desk because she typed its address) still has nobody writing.
    if (!data) return 'unknown_sender';
    return nobodyWrites ? 'no_writer' : null;
  }
  if (data) return null;
  if (personal && offTopic) return 'off_topic';
  // Mail written to someone else, by its first line, with nothing of a student's: a host mother's
  // "Dear Mia," to her exchange student, a mother's dictated "hijo cuando salgas del trabajo compra
  // ..." that the address book sent to the desk. Both may touch the subject ("you need the IMSS
  // insurance", "su cita en la clínica"), but nobody there asks the desk for anything.
  if (personal && writesToSomeoneElse(leadText)) return 'off_topic';
  // A business writing to the desk as its customer, from a personal mailbox: a print shop's bill
  // for the desk's flyers, a salesman's quote for its waiting-room chairs. On the desk's subject,
  // in a person's words, but about money: nothing to ask five fields of. A student who paid a
  // private clinic is its customer, not a business ("tuve que pagar $2,300 ... ¿me pueden
  // reembolsar?"): answered.
  if (personal && (BUSINESS.test(text) || APP_PITCH.test(text) || SHOP_NAME.test(foldLabel(mail.from?.name ?? ''))) && !PAID_BY_WRITER.test(text)) return 'business';
  // ...nor someone who reports a mistake in the desk's own poster or leaflet and asks for a
  // corrected one ("En el cartel ... el correo aparece como imss@udg.com.mx ... ¿podrían mandarnos
  // el cartel corregido?"): a person answers.
  if (DESK_MATERIAL.test(text) && MATERIAL_FAULT.test(text)) return 'no_request';
  // A personal mailbox's mail that greets the desk's staff as peers ("Queridos compañeros de la
  // Coordinación", "¡Hola, equipo!", "Hola a todos"): a colleague, a former one or the office's
  // intern writing from home (a Christmas card, a farewell), not a student asking for coverage,
  // who greets the desk ("Buenas tardes", "Estimada Coordinación"). A person answers them.
  if (personal && greetsPeers(leadText)) return 'colleague';
  // A thank-you for help given before ("ustedes me ayudaron mucho con el alta ... Mil gracias"), a
  // former student's card, asking nothing now: no question, no need, no data. A person answers it.
  // (A "do you remember?" asks nothing: "Lembram que me ajudaram com o IMSS quando quebrei o braço?".)
  if (THANKS_FOR_PAST_HELP.test(text) && !NEEDS_NOW.test(text.replace(REMEMBER_QUESTION, ' '))) return 'no_request';
  // ...nor a neighbour's complaint about the line ("Soy vecina de Pedro Moreno ... dejan sus motos en
  // la banqueta"), nor someone who says she is no student, answering a notice that reached her by
  // mistake ("yo no soy alumna de la Universidad ni me llamo Perla").
  if (NOT_A_STUDENT.test(text)) return 'no_request';
  // ...nor a visitor asking whether the IMSS would see her on her trip ("soy bibliotecaria en
  // Medellín y viajo a la Feria del Libro ... ¿el IMSS me atendería?"), without a word of studying.
  if (personal && VISITOR.test(text) && !STUDYING.test(text)) return 'no_request';
  // ...nor someone who left something at the window and asks whether it was kept ("se me olvidó una
  // sombrilla morada ... en la silla de espera. ¿De casualidad la guardaron?").
  if (LEFT_BEHIND.test(text)) return 'no_request';
  // ...nor someone apologising for a mail sent here by mistake ("les mandé por error un correo ...
  // Por favor bórrenlo").
  if (SENT_BY_MISTAKE.test(text)) return 'no_request';
  // ...nor someone who only lets the desk know ("el enlace al PDF en su página marca Error 404. Se
  // los comento por si no se habían dado cuenta"; a radio host's "Les confirmo que su dedicatoria
  // sale al aire"), asking nothing.
  if (personal && NOTICE_ONLY.test(text) && !NEEDS_NOW.test(text)) return 'no_request';
  // ...nor someone who asks the desk to pass a notice on to its students (a bank's visit to a campus).
  // ...or passes on an offer "in case you have students who need it" (an acquaintance forwarding
  // her niece's physiotherapy clinic's flyer: "les paso esto por si tienen alumnos lastimados").
  if (PASS_ON_TO_STUDENTS.test(text) || OFFER_FOR_STUDENTS.test(text)) return 'off_topic';
  // A forward with not a word of the forwarder's own (a teacher's mail rule passing on a Moodle
  // digest): nobody writes either.
  const bareForward = !/\p{L}/u.test(leadText) && isForwardSubject(mail.subject ?? '');
  // ...nor a relay whose only person speaks inside quotation marks (a guestbook's tablet: "Nueva
  // firma ... Comentario: «Vine a acompañar a mi sobrino al trámite del seguro...»").
  const relaysQuotes = long && !nobodyWrites && unquoted !== text && !writesAsPerson(unquoted);
  if (nobodyWrites || bareForward || relaysQuotes) return 'no_writer';
  // A colleague's or a university system's mail with nothing of a student's: not a word of the
  // desk's subject (a leave balance from HR), or on it (the desk's own summer duty roster, "Buenos
  // días, compañeros: ... Ventanilla IMSS - Araceli"; a head of department asking how students
  // enrol; a teacher reporting an accident by a student's name alone): a person answers a
  // colleague; a request for five fields is for students.
  return kind === 'staff' ? (offTopic ? 'off_topic' : 'colleague') : null;
}

/** The student's accepted NSS or CURP typed in the writer's own text. */
function typesNssOrCurp(leadText: string, extraction: Pick<Extraction, 'fields' | 'problems'>): boolean {
  return typedIn(leadText, [acceptedField(extraction, 'nss'), acceptedField(extraction, 'curp')].filter((v): v is string => v !== null));
}

/** The writer's first non-empty line (in her first 300 characters), trimmed: where a greeting stands. */
function firstLine(leadText: string): string {
  const head = leadText.length > 300 ? leadText.slice(0, 300) : leadText;
  for (let at = 0; at <= head.length; ) {
    const end = head.indexOf('\n', at);
    const line = head.slice(at, end < 0 ? head.length : end).trim();
    if (line || end < 0) return line;
    at = end + 1;
  }
  return '';
}

// The first line greets relatives: "Hermanos, buenos días:", "Querida familia:". Folded.
const FAMILY_GREETING = /^[¡!\s]*(?:(?:hola|hi|que tal|buen(?:os|as)? (?:dias|tardes|noches)|buen dia|queridos?|queridas?)[,!]?\s+)*(?:mis\s+)?(?:hermanos|hermanas|familia|primos|primas|tios|tias)\b/;
const greetsFamily = (leadText: string) => FAMILY_GREETING.test(foldLabel(firstLine(leadText)));

// The first line speaks to one person by a bare given name ("Dear Mia,", "Querida Sofi:", "Hola
// Mateo!"), as written; or to a child or a partner ("hijo cuando salgas ...", "Amor, ya llegué"),
// folded. A student greets the desk ("Buenas tardes", "Estimada Coordinación") or its staff by title
// ("Lic. Soto", TITLED_GREETING). (The name may go on with a friend's "¿cómo estás?": "Hola
// Marisela, ¿cómo estás? Soy Lety, la de la fonda de enfrente".)
const NAMED_GREETING = /^[¡!\s]*(?:[Dd]ear|[Qq]uerid[oa]|[Hh]ola|[Hh]i|[Hh]ello|[Hh]ey)\s+(\p{Lu}\p{Ll}+)\s*[,:!]+\s*(?:$|[¿¡]?\s*(?:[Cc][oó]mo est[aá]s|[Qq]u[eé] tal|[Hh]ow are you)\b)/u;
// ("Mijo querido:", "Querida nieta:": a grandmother's letter to the address she was given as his.)
const KIN_VOCATIVE = /^[¡!\s]*(?:hola\s+)?(?:querid[oa]\s+)?(?:hij[oa]|mij[oa]|niet[oa]|mi amor|amor|mami|papi)(?:\s+querid[oa])?(?:\s*[,!:]|\s+(?:cuando|acuerdate|no se te olvide|no olvides|porfa|compra|pasa|recuerda)\b)/;
// ...or by a bare given name before a question ("Ime, ¿me puedes pasar a recoger?": the phone
// completed "Ime" with the desk's address). Not a word a student opens with ("Oigan, ¿...?").
const BARE_VOCATIVE = /^[¡!\s]*(\p{Lu}\p{Ll}{1,14})\s*,\s*[¿¡]/u;
const OPENING_WORDS = /^(?:oigan|oiga|oye|disculpen|disculpe|perdon|urgente|ayuda|pregunta|duda|hey|ok|bueno|oigame|senores|jovenes|chicos|chicas|amigos|gente)$/;
function writesToSomeoneElse(leadText: string): boolean {
  const line = firstLine(leadText);
  const bare = BARE_VOCATIVE.exec(line)?.[1];
  if (bare) {
    if (greetedName(bare) && !OPENING_WORDS.test(foldLabel(bare))) return true;
  }
  const named = NAMED_GREETING.exec(line);
  if (named && greetedName(named[1]!)) return true;
  return KIN_VOCATIVE.test(foldLabel(line));
}
/** A word a greeting names that is a person's given name: none of the words that are no names, nor one a student greets the desk with. */
function greetedName(word: string): boolean {
  const folded = foldLabel(word);
  return !NOT_NAME_WORDS.has(folded) && !DESK_GREETED.test(folded);
}
// Words a student greets the desk with, folded: not a person's given name.
const DESK_GREETED = /^(?:equipo|team|coordinacion|imss|mesa|oficina|buenas|buenos|buen|todos|todas|staff|sir|madam|senor|senora|senorita|senores|joven|licenciad[oa]|maestr[oa]|doctor[a]?|ingenier[oa]|udg|universidad|servicios|estudiantiles|area|departamento|ventanilla)$/;

// A worker's or a retiree's own benefits, folded: sick pay, a pension, weeks paid in, an employer;
// and an employer's own duty ("contraté a un muchacho ... me pide un registro patronal"), or a payroll
// firm's ("el layout de altas de la quincena 19 ... los dos trabajadores").
const WORK_BENEFITS = /\b(?:subsidio|pension(?:arme|ado|ada)?|me pensiono|jubila(?:cion|do|da|rme)|modalidad (?:10|40)|semanas cotizadas|cotice|finiquito|aguinaldo|(?:mi|la) empresa|mi patron|registro patronal|mis? trabajador(?:es|a)?|contrate a|(?:los|las|dos|tres|nuestros|sus) trabajador(?:es|as)|layout de altas|quincena \d+|cuota (?:del|de) imss|descuento (?:del|de) imss|cuotas? obrero[ -]patronal(?:es)?|dispersar)\b/;
// Lines that label a value ("CURP: ...", "Mis datos por si los necesitan:"), folded: what remains is
// what the writer says.
const DATA_LABEL_LINE = /^[ \t]*(?:[-*•]\s*)?(?:curp|nss|no\.? de (?:seguro social|afiliacion)|numero de seguridad social|mis datos\b[^\n]*)[ \t]*:.*$/gm;
const withoutDataLabels = (folded: string) => folded.replace(DATA_LABEL_LINE, ' ');
// A university worker by his own labels ("No. de empleado: 1709116", "Adscripción: Mantenimiento,
// CUCEI"): a campus named beside them is where he works, not where he studies. Folded.
const UNIVERSITY_WORKER = /\b(?:no\.? de empleado|num(?:ero|\.)? de empleado|adscripcion|mi dependencia|codigo de trabajador|hoja (?:unica )?de servicios)\b/;
// An insurer's claim, folded: "Siniestro para revisar ... Asegurada: ... Póliza: GMM-...".
const INSURANCE_CLAIM = /\bsiniestros?\b|\bpoliza\b/;
// A patient's errand for his own doctor or clinic, folded.
const PATIENT_ERRAND = /\bsoy (?:su )?paciente\b|\b(?:la|mi|una|mis) recetas?\b|\bmis medicamentos\b|\bconsultorio \d/;
// Instructions to colleagues about a student, folded: "díganle", "si vuelve a escribir", a handover.
const STAFF_NOTE = /\b(?:diganle|diganles|mandenl[oa]s?|avisenle|si (?:vuelve|vuelven) a escribir|les? dejo (?:mis|los) pendientes)\b/;
// A patient's record, folded: its labels.
const CLINICAL_RECORD = /(?:^|\n)\s*(?:paciente|diagnostico|edad)\s*:[\s\S]*(?:^|\n)\s*(?:paciente|diagnostico|manejo|tratamiento)\s*:|\bresumen de alta\b/;
// A school, folded: any of these says the writer studies or writes about a student.
const STUDIES = /\b(?:universidad|udg|udeg|escuela|facultad|prepa(?:ratoria)?|carrera|semestre|licenciatura|maestria|doctorado|alumn[oa]s?|estudi(?:o|a|ante|antes|ando)|codigo|centro universitario|cucei|cucs|cucea|cuaad|cucsh|cucba|cualtos|cuvalles|cucosta|cucsur|cunorte|culagos|cusur|cucienega|cutonala|cutlajomulco|udgvirtual|sems|inscri[a-z]*|calendario)\b/;

// The first line greets a person by title and name ("Estimada Dra. Imelda Sánchez:", "Buenas
// tardes, Lic. Soto."), as written.
const TITLED_GREETING = /^[¡!\s]*(?:(?:hola|buen(?:os|as)? (?:d[ií]as|tardes|noches)|buen d[ií]a|estimad[oa]|apreciable|querid[oa])[,!.]?\s+)*(?:lic|licenciad[oa]|dra?|doctor[a]?|mtr[oa]|maestr[oa]|sr[a]?|señor[a]?|ing|prof|profa|profesor[a]?)\.?\s+\p{Lu}\p{Ll}+/iu;
const greetsTitledPerson = (leadText: string) => TITLED_GREETING.test(firstLine(leadText));
// A first line greeting someone by a given name, whatever follows ("Hola Ismael, buenas tardes.").
const GIVEN_NAME_GREETING = /^[¡!\s]*(?:[Hh]ola|[Qq]uerid[oa]|[Ee]stimad[oa]|[Bb]uen(?:os|as) (?:d[ií]as|tardes|noches))\s*,?\s+(\p{Lu}\p{Ll}+)\s*[,:!.]/u;
function greetsByGivenName(leadText: string): boolean {
  const name = GIVEN_NAME_GREETING.exec(firstLine(leadText))?.[1];
  return !!name && greetedName(name);
}
// Renting a flat or a room, folded: two of these.
const RENTAL_G = /\b(?:tu anuncio|su anuncio|el departamento|un departamento|el cuarto|la renta|rentar|el contrato|contrato de arrendamiento|aval|mascotas|deposito en garantia)\b/g;
// Money asked of many, folded: a bank account to deposit to, donations.
const FUNDRAISING = /\b(?:cuenta clabe|clabe interbancaria|donativos?|cualquier ayuda, por pequena que sea|por pequena que sea)\b/;
// Errands that are not the desk's, folded: a job interview, a CV, a recommendation letter, a thesis
// reader's approval vote.
const CODE_SPOKEN_OF = /\b(?:el|mi|su|tu) codigo\b(?! postal)/;
const OTHER_ERRAND = /\b(?:entrevista (?:de trabajo|del|de la|para)|vacante|curriculum|cv|carta de recomendacion|cartas de recomendacion|votos? aprobatorios?)\b/;

// The first line greets a teacher, and the text hands in coursework: folded.
// (...or a thesis director by her title and surname: "Dra. Robles, buenas tardes. Le envío el capítulo 2 ...".)
const TEACHER_GREETING = /^[¡!\s]*(?:(?:hola|buen(?:os|as)? (?:dias|tardes|noches)|buen dia|estimad[oa]|querid[oa])[,!.]?\s+)*(?:maestr[oa]|profe|profesor[a]?|profa|teacher|miss|(?:dr[a]?|mtr[oa])\.?\s+[a-z]+\s*[,:])/;
const HANDS_IN_WORK = /\b(?:le|te|les) (?:envio|mando|adjunto|comparto|hago llegar|entrego)\s+(?:(?:la|mi|el|las|mis|los)\s+)?(?:tarea|actividad|practica|ensayo|reporte|evidencia|proyecto|cuadro comparativo|mapa conceptual|resumen|investigacion|capitulo|tesis|borrador|avance|protocolo)\b/;
function toTeacher(leadText: string): boolean {
  if (!/tarea|actividad|pr[aá]ctica|ensayo|reporte|evidencia|proyecto|cuadro|mapa|resumen|investigaci|cap[ií]tulo|tesis|borrador|avance|protocolo/i.test(leadText)) return false;
  return TEACHER_GREETING.test(foldLabel(firstLine(leadText))) && HANDS_IN_WORK.test(foldLabel(leadText.slice(0, 1000)));
}

// Money and trade, folded: an amount ("$1,230.00"), tax, a quote, an invoice, a budget, a supplier,
// a print run ("5,000 piezas"), a seller's title ending a signature ("Asesor de ventas", "Consultor
// SEO"); and offers to the desk or its line of students: a vendor asking leave to sell to it ("vendo
// tamales ... si me dan permiso de pasar con mi carrito"), a brand's promoter and her stand of free
// samples, a volunteer ("me ofrezco como voluntario"), a theatre company's play, a gift for a
// student in need ("se la regalo"), a publisher's representative and his free sample copies. Asked
// only of mail
// with nothing of a student's: students who pay for a private doctor write it next to their data.
// (...and a supplier's visit: "paso mañana a recoger los 3 cartuchos de la HP ... para recarga".)
const BUSINESS = /\brecarga (?:de )?(?:toner|cartuchos?|tinta)\b|\bcartuchos? (?:de (?:la )?)?(?:hp|impresora|toner|tinta)\b|\$\s?\d|\b(?:iva|mxn)\b|\bcotiza(?:cion|ciones|r)\b|\bpropuesta economica|\b(?:les?|te) ofre(?:zco|cemos)\b(?! (?:una |mis |nuestras |nuestra )?disculpas?)|(?:^|\n)\s*consultoria\b|\b(?:s\.\s?a\. de c\.\s?v\.|s\.a\.p\.i\.|s\. de r\.l\.|a\.c\.)(?=\s|$)|\bfactur(?:a|as|ar|acion)\b|\bpresupuesto|\bproveedor(?:es)?\b|\d piezas\b|(?:^|\n)\s*(?:asesor|consultor|ejecutivo|gerente|representante|agente)a?\s+(?:de\s+)?(?:ventas|comercial|cuentas?|seo|marketing|negocios|financier[oa]|credito|seguros|inmobiliari[oa])\b|\b(?:me|nos) ofre(?:zco|cemos) (?:como|para|a)\b|\bpromotor(?:a|ia)\b|\bstand\b|\bpermiso (?:de|para) (?:vender|pasar con|instalar|poner|colocar|repartir|regalar|ofrecer|promocionar)\b|\bregalar muestras\b|\b(?:se la|se lo|se las|se los) (?:regalo|dono)\b|\bmuestras (?:gratis|gratuitas|sin costo)\b|\b(?:nos gustaria|queremos|quisieramos) ofrecer(?:la|lo|les|le)?\b|\b(?:represento a|soy (?:el |la )?representante de)\b|\bejemplares (?:de muestra|gratuitos|sin costo)\b|(?:^|\n)\s*ofre(?:zco|cemos)\b|\bprecios? especial(?:es)? para\b|\bmantenimiento (?:preventivo|correctivo)\b|\bagendar (?:el|la|una|un) (?:mantenimiento|visita tecnica|servicio tecnico)\b|(?:^|\n)\s*tecnic[oa] de servicio\b/;

// A seller offering a demonstration or a monthly price, folded.
// ...and a developer's offer of his app to the office ("Pueden ver una demo aquí ... Me encantaría
// presentárselo 15 minutos"), folded.
// ...or to go over its replies ("con gusto reviso sus plantillas sin costo").
const APP_PITCH = /\b(?:do-?follow|backlinks?|guest (?:post|article)|sponsored (?:post|article)|link placement)\b|\b(?:(?:pueden|puede|podrian) ver una demo|una demo (?:aqui|en)|me encantaria presentarselo|presentarles (?:mi|nuestra|la) (?:app|aplicacion|plataforma|herramienta|sistema)|con gusto (?:les )?(?:reviso|corrijo) sus (?:plantillas|respuestas|textos|correos))\b/;
const SALES_PITCH = /\b(?:(?:le|les) agendo|agendamos|podemos agendar) una (?:demostracion|demo)\b|\b(?:le|les) interesa una (?:demostracion|demo)\b|\bdesde \$\s?[\d,.]+ (?:al|por) mes\b/;

// A shop's name where a person's would be ("Florería Las Gardenias", "Copias Pedro Moreno",
// "Imprenta Litográfica Hidalgo"), folded.
const SHOP_NAME = /^(?:ciber|cibercafe|cyber|floreria|papeleria|imprenta|copias|fotocopias|farmacia|ferreteria|refaccionaria|tienda|abarrotes|panaderia|pasteleria|reposteria|tortilleria|estetica|gimnasio|academia|agencia|despacho|inmobiliaria|constructora|muebleria|mobiliario|uniformes|fotografia|banquetes|mudanzas|lavanderia|tintoreria|taller|cerrajeria|mariachi|trofeos|regalos|eventos)\b/;

// The first line greets a group of peers: "compañeros", "colegas", "equipo", "a todos",
// "muchachos", after an optional greeting ("Hola", "Queridos", "Buenas tardes", "Qué tal").
// ...also after a staff member's name ("¡Hola, Lic. Marisela y todo el equipo!").
const PEER_GREETING = /^[¡!\s]*(?:(?:hola|que tal|saludos|queridos?|queridas?|estimad[oa]s|buen(?:os|as)? (?:dias|tardes|noches)|buen dia)[,!]?\s+)*(?:(?:[a-z.]+\s+){1,3}y\s+)?(?:a\s+)?(?:todo el\s+|todos los\s+|todas las\s+)?(?:companer[oa]s|colegas|equipo|todos|todas|muchachos|chicos|chicas)\b/;
const greetsPeers = (leadText: string) => PEER_GREETING.test(foldLabel(firstLine(leadText)));

// Thanks for help already given (or for a meal, a gift: "les damos las gracias por la birria"), and
// what a request says (folded).
// (Folded; in Portuguese too: "Só queria agradecer", "me ajudaram com o IMSS", "obrigada por tudo".)
const THANKS_FOR_PAST_HELP = /\b(?:me|nos) ajudaram\b|\bobrigad[oa] por tudo\b|\b(?:so )?queria agradecer\b|\b(?:les?|te) (?:damos|doy) las (?:mas sinceras |muchas )?gracias por\b|\b(?:me|nos|le|la|lo) ayudaron\b|\bgracias por (?:todo|su ayuda|tu ayuda|la ayuda|su apoyo|el apoyo|haberme|ayudarme)\b|\bles agradezco (?:mucho )?(?:todo|su ayuda|el apoyo|la ayuda)\b/;
const REMEMBER_QUESTION = /¿?\b(?:lembram|lembra|se acuerdan|recuerdan|te acuerdas|se acuerda)\b[^?¿]{0,160}\?/g;
const NEEDS_NOW = /[?¿]|\b(?:no (?:tengo|tiene|aparezco|aparece|me aparece|estoy|esta|salgo|sale|puedo|pude)|necesito|necesita|quisiera|quiero|solicito|me (?:pueden|podrian)|podrian|pueden|ayudenme|sin (?:vigencia|seguro)|de baja|dar(?:me|la|lo)? de alta|urgente)\b/;

// A shop's ticket (folded): its heading or its thanks, and a total in pesos.
const SHOP_TICKET = /\bticket de (?:servicio|venta|compra)\b|\bgracias por su (?:preferencia|compra)\b/;
const TICKET_TOTAL = /\btotal\b[ .:]*\$\s?\d/;

// An entry for an event (folded): "envio mi registro para el concurso ...".
const ENTRY_FOR_EVENT = /\b(?:envio|mando|adjunto) (?:mi|nuestro|el) (?:registro|inscripcion|ficha de inscripcion) (?:para|al|a la|en el|en la|del|de la) (?:el |la )?(?:concurso|torneo|festival|convocatoria|taller|curso|congreso|certamen|rally)\b/;
// An office's circular to every dependency (folded).
const CIRCULAR = /^\s*circular\b[^\n]*\n[\s\S]{0,200}\ba (?:las|todas las) dependencias\b/;
// The address book's choice of the desk, said by the writer (folded).
const AUTOCOMPLETED_HERE = /\b(?:el )?autocomplet\w* (?:me )?(?:puso|cambio|eligio|escogio)\b[^\n]{0,40}\ben (?:vez|lugar) de(?:l| la| el| mi)? (?:grupo|chat|profe|maestr[oa]|companer[oa]s?|correo de)/;
// A mail sent here by mistake, and the sender's apology (folded).
const SENT_BY_MISTAKE = /\b(?:les )?(?:mande|envie) por error\b|\bme equivoque de (?:direccion|correo)\b/;

// Tuition and school fees (folded): "el arancel 2035A", "la orden de pago", "la colegiatura".
const COMMENT_MENTION = /\b(?:te|le) (?:menciono|asigno) (?:en )?(?:un|una|el|la) (?:comentario|tarea|elemento de accion)\b|\bmentioned you in (?:a|an) (?:comment|action item)\b|\bassigned you an action item\b/;
// "ma este es ...", "Mami, ...", "Pa, ..." (folded): a child's mail to a parent (not "Mamá de Juan ...").
const TO_PARENT = /^[¡!\s]*(?:hola\s+)?(?:ma|mama|mami|ama|pa|papa|papi|apa|jefa|jefecita)(?:[,!:]\s*|\s+)(?!de\b|del\b)\S/;
// A progress note's four lines: Subjective, Objective, Assessment, Plan.
const SOAP_NOTE = /(?:^|\n)[ \t]*S:[^\n]+\n[ \t]*O:[^\n]+\n[ \t]*A:[^\n]+\n[ \t]*P:\s/;
// "Queridos maestros, compañeros y ...", "Estimados profesores y amigos:" (folded).
const GREETS_EVERYONE = /^[¡!\s]*(?:querid|estimad|apreciabl)[a-z]*s (?:maestr[oa]s|profesor[a-z]*|docentes|companer[oa]s|amig[oa]s)(?:,| y )/;
const ASKS_PEERS = /\b(?:alguien|quien) (?:que )?me (?:cambie|cubra|cambia|cubre|puede (?:cambiar|cubrir))\b/;
// A system's own words under a forward (folded).
const AUTOMATIC_NOTICE = /\b(?:este es un (?:mensaje|correo) automatico|(?:mensaje|correo) generado automaticamente|favor de no responder|no responda a este (?:mensaje|correo))\b/;
const CHAIN_LETTER = /(?:\breenvi(?:alo|enlo|en) a todos\b|(?:^|\n)[ \t]*compartelo\b)|\b(?:reenvi|compart|pas)(?:a|e|alo|ala|elo|ela|enlo|anlo)\s+(?:a|con|entre)\s+(?:todos\s+)?(?:tus|sus)\s+contactos\b/;
const NEW_NUMBER = /\b(?:mi (?:numero|cel|celular|whats(?:app)?) nuevo es|mi nuevo (?:numero|cel|celular|whats(?:app)?) es|cambie de (?:numero|cel|celular)|agreguenme)\b/;
const SCHOOL_RECORDS = /\b(?:solicitar|pedir|tramitar|sacar|necesito|ocupo|quisiera|requiero|(?:me|nos) (?:pueden|podrian) (?:dar|hacer|expedir|mandar|enviar))\b[^.?\n]{0,30}\b(?:kardex|certificado (?:de estudios|parcial|total)|constancia de estudios|historial academico|carta de pasante)\b/;
const SPAM_OFFER = /\b(?:sin receta|envio gratis|gana(?:r)? dinero|dinero facil|bitcoin|criptomonedas?|prestamos? (?:inmediatos?|sin buro)|mira esto)\b/;
const TUITION = /\baranceles?\b|\borden(?:es)? de pago\b|\bcolegiaturas?\b|\bcuota(?:s)? de (?:inscripcion|recuperacion)\b/;

// Something left at the desk (folded): "se me olvido una sombrilla ... en la silla de espera".
// ...or a colleague asking who took one ("¿Alguien se llevó el calefactor eléctrico del archivo?").
const LEFT_BEHIND = /\b(?:se me olvido|olvide|deje olvidad[oa]|se me quedo|perdi|se me perdio|extravie) (?:una|un|mi|la|el|unos|unas|mis) (?:sombrilla|paraguas|chamarra|sueter|bolsa|cartera|celular|lentes|llaves|carpeta|termo|cuaderno|mochila|gorra|cargador|anillo|reloj|pulsera|arete|aretes|collar)\b(?=[^?]{0,120}\b(?:ventanilla|oficina|sala|silla|mostrador|escritorio|fila)\b)|\b(?:alguien se llevo|quien se llevo|alguien tiene|quien tiene) (?:el|la|los|las|mi|mis) (?:calefactor|ventilador|engrapadora|sombrilla|paraguas|cargador|cafetera|extension|llaves|lentes|taza|termo|silla)\b/;

// Things found and to be given back (folded): "encontré una cartera", "dejó su credencial", "díganle que
// pase por ella", "para regresársela".
const FOUND_BELONGINGS = /\b(?:encontr[a-z]*|halla(?:mos|ron)|halle|dejo|olvido|dejo olvidad[oa]) (?:su |una |la |esta |esa |un |el )?(?:cartera|credencial|carnet|mochila|bolsa|monedero|celular|identificacion|tarjeta|carpeta|lentes|llaves|cuaderno|laptop|termo|recibo|documentos?|papeles)\b/;
// ...or where it was left for its owner: "Lo dejé en la caseta de vigilancia del CUCEA".
const GIVE_BACK = /\b(?:(?:lo|la|los|las) deje (?:en|con) (?:la|el) (?:caseta|vigilancia|recepcion|porteria|mostrador|modulo|oficina|guardia|conserje)|(?:aqui )?(?:la|lo|las|los) (?:tenemos|tengo|guardamos|guarde) (?:por si|para cuando|hasta que)|por si (?:la|lo|las|los) (?:busca|buscan|andan buscando)|regres(?:ar|arle|arsel)[a-z]*|devolv(?:er|erle|ersel)[a-z]*|pase(?:n)? (?:por (?:ella|el|ellos|ellas)|a recoger[a-z]*)|(?:la|lo|los|las) (?:puede|pueden) recoger|recogerl[ao]s?|(?:viene|vienen|pasa|pasan) a buscarl[oa]s?)\b/;
// The building's upkeep and a part of it (folded).
const MAINTENANCE = /\b(?:mantenimiento|intendencia|intendente)\b/;
const BUILDING_FAULT = /\b(?:la puerta|la pared|el bano|los banos|la ventana|la lampara|el foco|una fuga|el aire acondicionado|la chapa)\b/;
// A request to film or photograph the desk's queue or office (folded): "me gustaría grabar la fila y
// la ventanilla de su oficina ... para un documental".
const FILMING_REQUEST = /\b(?:grabar|filmar|fotografiar|tomar (?:fotos|video)) (?:\(?con (?:su )?permiso[^)]{0,20}\)?\s+)?(?:la fila|la ventanilla|su oficina|sus oficinas|las instalaciones|el area)\b/;
// A request to put up a poster or flyers (folded): "¿Nos darían permiso de pegar un cartel ...?".
const POSTER_REQUEST = /\b(?:pegar|colocar|poner|dejar) (?:un |unos |el |los |nuestro |nuestros )?(?:cartel(?:es)?|poster(?:s)?|volantes?|flyers?|anuncios?)\b(?=[^.?!]{0,80}\b(?:pizarron|sala|pared|ventanilla|oficina|puerta|vitrina|mural)\b)/;
// A request to pass something on to the students (folded): "Les agradecería mucho si lo pueden
// compartir con los alumnos que los visitan" (a bank's executive announcing her visit).
const PASS_ON_TO_STUDENTS = /\bpara que (?:le|les) (?:avisen|digan|informen|comenten) a (?:los|sus) (?:alumn[oa]s|estudiantes|muchach[oa]s|chic[oa]s|jovenes)\b|\b(?:compartir|difundir|hacer llegar|circular|reenviar|pasar|dar a conocer|publicar)(?:l[oa]s?)?(?: (?:mis|mi|estos|este|esta|estas|los|la|el|nuestros|nuestra|nuestro) [a-z]+)? (?:con|entre|a) (?:los|sus|todos los|todas las) (?:alumn[oa]s|estudiantes|jovenes|chic[oa]s|muchach[oa]s)\b/;

// (Folded.) "por si tienen alumnos ...", "por si les llegan estudiantes ...": said of the desk's students, by someone offering them something.
// ...and "Si algún alumno lo necesita pueden darle mis datos" (a retired nurse's home visits).
// ...and "¿Nos podrían recomendar alumnos ...?" (a kitchen hiring couriers), "Si alguno de sus
// estudiantes trabajó en una plataforma ... puede reclamar" (a lawyer's pitch).
const OFFER_FOR_STUDENTS = /\bpor si (?:tienen|hay|atienden|les llegan|conocen a) (?:algun |algunos |algunas )?(?:alumn[oa]s|estudiantes|chic[oa]s|jovenes|muchach[oa]s)\b|\bsi (?:algun|alguna|alguno de sus|alguna de sus) (?:alumn[oa]s?|estudiantes?|chic[oa]s?|muchach[oa]s?) (?:lo |la |los |las )?(?:necesita|requiere|ocupa)[a-z]*,? (?:(?:pueden|puede|le pueden) (?:darle|pasarle|compartirle) (?:mis datos|mi numero|mi telefono|mi contacto|mi tarjeta)|que me (?:llame|escriba|contacte|marque))\b|\b(?:recomendar(?:nos)?|recomendarian|recomiendan) (?:a )?(?:algun[oa]s? |sus )?(?:alumn[oa]s|estudiantes|jovenes|chic[oa]s|muchach[oa]s)\b|\bsi (?:algun[oa]?|alguno de sus|alguna de sus) (?:alumn[oa]s?|estudiantes?)\b[^.?!]{0,120}\bpuede(?:n)? (?:reclamar|demandar|contactarnos|escribirnos|llamarnos|acudir con nosotros)\b/;
// (Folded.) An interview asked of the desk ("entrevista para el programa", "entrevistarlos", "¿nos
// daría 10 minutos?"; not a student's own "entrevista de trabajo"), and the medium it is for.
const INTERVIEW = /\b(?:me|nos) gustaria (?:una|unas|hacerles una) (?:declaracion|declaraciones|entrevista)\b|\bdeclaracion breve\b|\b(?:me|nos) (?:podria|podrian|puede|pueden|daria|darian) dar (?:una|unas) (?:declaracion|declaraciones|palabras)\b|\bentrevista para (?:el|la|nuestro|nuestra|su) (?:programa|podcast|radio|revista|periodico|gaceta|noticiero|nota|reportaje|seccion|capsula)\b|\bentrevistar(?:l[oae]s?)?\b|\bnos (?:daria|darian|regalaria|regalarian|concederia|concederian) (?:unos |\d+ |cinco |diez |quince |veinte )?minutos\b/;
const HOMEWORK = /\b(?:tengo una tarea|(?:para|de) (?:una|mi) tarea|tarea de [a-z]+ (?:sobre|acerca)|trabajo escolar|proyecto escolar)\b/;
const ASKS_QUESTIONS = /\b(?:hacer(?:les?)?) (?:unas|algunas|un par de|\d+|tres|cinco) preguntas\b|\bcontestar(?:me)? (?:unas|algunas|estas) preguntas\b/;
const MEDIA = /\b(?:radio|podcast|cabina|al aire|periodico|gaceta|revista|reportaje|noticiero|programa de (?:radio|television|tv)|transmision)\b/;

const NOTICE_ONLY = /\b(?:les confirmo (?:que )?su (?:dedicatoria|pedido|reservacion|orden|compra|entrega)|(?:nomas|nada mas|solo) para que (?:lo )?(?:sepan|esten enterad[oa]s)|se (?:los|lo|les) comento|solo para (?:avisar|informar)(?:les)?|nada mas para (?:avisar|informar)(?:les)?|por si no se habian dado cuenta|para su conocimiento)\b/;

// (...or a business next door: "Soy el dueño de la Papelería Moreno, aquí junto".)
const NOT_A_STUDENT = /\bsoy (?:su )?vecin[oa]\b|\bsoy (?:el|la) (?:duen[oa]|propietari[oa]|encargad[oa]) de(?:l| la| el)? [^.\n]{3,50}?,? (?:aqui |justo )?(?:junto|al lado|a un lado|enfrente|de junto)\b|\bsomos (?:sus )?vecinos\b|(?:^|\n)\s*vecin[oa]s? de(?:l| la)? (?:finca|casa|edificio|local|oficina|negocio|junto|enfrente|al lado)\b|\bno soy (?:alumn[oa]|estudiante)\b(?! (?:todavia|aun|regular|de licenciatura|de tiempo))/;

// A passage in quotation marks, straight or typographic.
const QUOTED_SRC = '"[^"]{12,}"|“[^”]{12,}”|«[^»]{12,}»';
const QUOTED = new RegExp(QUOTED_SRC);
const QUOTED_G = new RegExp(QUOTED_SRC, 'g');

// The writer paid, or wants her money back: a customer's words, not a seller's.
// A first line greeting co-workers by that name, folded.
const CO_WORKERS_GREETED = /^[¡!\s]*(?:(?:hola|buen(?:os|as)? (?:dias|tardes|noches)|buen dia|queridos?|queridas?)[,!]?\s+)*(?:companer[oa]s|colegas|equipo)\b/;
// The desk's printed material, folded, and a fault in it.
const DESK_MATERIAL = /\b(?:el|su|del|los|sus|un) (?:cartel(?:es)?|poster(?:s)?|volantes?|folletos?|infografias?|tripticos?)\b/;
const MATERIAL_FAULT = /\b(?:corregid[oa]s?|reimprimir(?:lo|la)?|volver a imprimir(?:lo|la)?|trae mal|viene mal|aparece mal|esta mal escrit[oa]|error en (?:el|la|su))\b/;
// Someone coming to Mexico or to the city for a while, folded: "viajo a la Feria del Libro", "voy a
// visitar Guadalajara", "como turista".
const VISITOR = /\b(?:viajo|viajare|voy a viajar|vendre|voy a ir|llego|llegare|visitare|voy a visitar)\b[^.?\n]{0,40}\b(?:a |)(?:mexico|guadalajara|la feria|la fil|jalisco)\b|\b(?:como|soy) turista\b|\bpara entrar a mexico\b/;
// Someone who studies, or writes about a student, folded (STUDIES without the university's name: a
// visitor found the address "en la página de la Universidad").
const STUDYING = /\b(?:alumn[oa]s?|estudi(?:o|a|ante|antes|ando)|carrera|semestre|codigo|inscri[a-z]*|prepa(?:ratoria)?|licenciatura|maestria|doctorado|hij[oa]|intercambio|movilidad)\b/;
// ("Pagamos lo que se deba": a food truck offering to pay for its spot, nothing paid yet.)
const PAID_BY_WRITER = /\b(?:pague|pagamos(?! lo que (?:se )?(?:deba|sea|corresponda|haga falta|cueste))|(?:tuve|tuvimos) que pagar|(?:me|nos) (?:cobraron|cobran|cobro|quieren cobrar)|reembols[a-z]*|gaste|gastamos)\b/;

// A scanner, a copier or a print server by its name ("Xerox WorkCentre <scanner.ce@...>", "bizhub
// C300i", "Servidor de impresión"): its "Por favor abra el documento adjunto" is a template, not a
// person.
const DEVICE = /\b(?:checador|reloj checador|scan(?:ner)?|esc[aá]ner|escaneo|xerox|ricoh|kyocera|konica|bizhub|lexmark|workcentre|multifuncional|copiadora|fotocopiadora|impresora|servidor de impresi[oó]n|print server|mfp)\b/i;
const isDevice = (from: Pick<ParsedMail, 'from'>['from']) => !!from && (DEVICE.test(from.name) || DEVICE.test(from.address.split('@')[0]!.replace(/[._-]/g, ' ')));

// The mailbox of a web program, by its local part: a CMS, a learning platform, a site's chat.
const WEB_PROGRAM_LOCAL_PART = /^(?:wordpress|wp|drupal|joomla|moodle|chat|chatbot|webchat|webmaster|www)(?:[-_.+].*)?$/i;
const isWebProgram = (from: Pick<ParsedMail, 'from'>['from']) => !!from && WEB_PROGRAM_LOCAL_PART.test(from.address.split('@')[0]!);

/**
 * Sent to hidden recipients: no address in To ("undisclosed-recipients:;") and the desk not in Cc
 * (`isDesk` gets a lower-cased address). Mail to an alias or with the desk in Bcc still names
 * someone in To.
 */
export function toHiddenRecipients(mail: Pick<ParsedMail, 'to' | 'cc'>, isDesk: (address: string) => boolean): boolean {
  return !mail.to.some((a) => a.address) && !mail.cc.some((a) => isDesk(a.address.toLowerCase()));
}

/** The plain text up to the desk's own quoted reply, and the attachments' text: what a mail passes on. */
function passedOn(mail: Partial<Pick<ParsedMail, 'text' | 'attachments'>>, ctx: HoldContext): string {
  const text = mail.text ?? '';
  const desk = ctx.deskAddresses.map((d) => text.toLowerCase().indexOf(d.toLowerCase())).filter((k) => k >= 0);
  return [desk.length ? text.slice(0, Math.min(...desk)) : text, ...(mail.attachments ?? []).map((a) => a.text ?? '')].join('\n');
}

/** A valid CURP of someone under thirteen at `now`. */
function childsCurp(curp: string | null, now: Date): boolean {
  const info = curp ? checkCurp(curp, now).info : null;
  return !!info && now.getUTCFullYear() - info.birthYear < 13;
}

/** One of the desk's addresses? (Built at module level: under tsx a named closure costs a __name call per call.) */
const deskTest = (desk: readonly string[]) => (address: string) => desk.includes(address);

/** Four or more people in To and Cc: mail to a group. */
// A chat line: "[08:12] Rafa: ...", "19/01/43 08:12 - Rafa: ...", "08:12 Rafa: ...".
const CHAT_LINE = /^\s*(?:\[[^\]\n]{0,20}\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?\]|(?:\d{1,2}\/\d{1,2}\/\d{2,4},?\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?\s*[-–]?)\s*([\p{L}][\p{L}\p{M} .'-]{0,30}):\s/u;

/** Three or more chat lines of two speakers or more, and no other line but a footer: a transcript
 * of a group's chat, nobody's letter (a student's paste of her chat with herself is her own; so is
 * a chat she pastes under her own words, "Copio aquí mi chat con el gestor ...", her line first). */
function chatTranscript(leadText: string): boolean {
  if (!leadText.includes(':')) return false;
  const lines = leadText.split('\n').filter((l) => l.trim());
  const speakers = new Set<string>();
  let chat = 0;
  for (const l of lines) {
    const m = CHAT_LINE.exec(l);
    if (m) (chat++, speakers.add(m[1]!.trim()));
  }
  // (...or a group's chat among three or more, pasted under a line that introduces it and above a
  // greeting: "Les comparto las dudas del grupo ...:" / "[9:14] Diego: ... el mío es 242826408" / ... /
  // "Saludos". A help window's chat of one student with its agent, passed on so, is her request.)
  const introduced = speakers.size >= 3 && lines.length - chat === 2 && /:\s*$/.test(lines[0]!) && CHAT_LINE.test(lines[1]!) && !CHAT_LINE.test(lines.at(-1)!) && lines.at(-1)!.length <= 40;
  return chat >= 3 && speakers.size >= 2 && ((lines.length - chat <= 1 && CHAT_LINE.test(lines[0]!)) || introduced);
}

// (Folded.) "dejen de responder a todos", "ya dejen de darle responder a todos", "stop replying all".
const STOP_REPLY_ALL = /\b(?:dejen|deja|dejemos) de (?:darle |dar |picarle )?(?:responder|contestar) a todos\b|\bno (?:le )?(?:den|respondan|contesten) (?:a )?(?:responder|contestar)? ?a todos\b|\bstop (?:replying|hitting reply) (?:to )?all\b/;

const isReply = (subject: string | null) => !!subject && /^\s*(?:re|rv|aw)\s*:/i.test(subject);

const toGroup = (mail: Pick<ParsedMail, 'to' | 'cc'>) => mail.to.length + mail.cc.length >= 4;

/** The forwarded or quoted mail is the desk's own: its header block's sender ("De: Coordinación ... <imss@udg.mx>"). */
function forwardsDeskMail(text: string, isDesk: (address: string) => boolean): boolean {
  for (const m of text.slice(0, 20000).matchAll(/^[\s>]*(?:De|From)\s*:[^\n]*?([\w.+-]+@[\w.-]+\w)/gim)) if (isDesk(m[1]!.toLowerCase())) return true;
  return false;
}

/** The quoted mail is the desk's own, by its attribution line ("El mié., 26 de ago. de 2043 03:05, Coordinación ... <imss@udg.mx> escribió:"). */
function quotesDeskMail(text: string, isDesk: (address: string) => boolean): boolean {
  for (const m of text.slice(0, 20000).matchAll(/^[^\n]*?([\w.+-]+@[\w.-]+\w)[^\n]*(?:escribi[oó]|wrote)\s*:\s*$/gim)) if (isDesk(m[1]!.toLowerCase())) return true;
  return false;
}

/** Anything typed outside the "> " lines and their attribution line: a letter, a digit, a question mark. */
const writesOutsideQuote = (text: string) => text.split('\n').some((l) => !/^\s*>/.test(l) && !/(?:escribi[oó]|wrote)\s*:\s*$/i.test(l) && /[\p{L}\d?¿]/u.test(l));

/** The desk is named in To or Cc (`isDesk` gets a lower-cased address). */
const addressedTo = (mail: Pick<ParsedMail, 'to' | 'cc'>, isDesk: (address: string) => boolean) =>
  mail.to.some((a) => isDesk(a.address.toLowerCase())) || mail.cc.some((a) => isDesk(a.address.toLowerCase()));

/** A CURP, an NSS or a student code accepted (an address may be the sender's own). */
function typedIdentifier(extraction: Pick<Extraction, 'fields' | 'problems'>): boolean {
  return (['curp', 'nss', 'studentCode'] as const).some((f) => acceptedField(extraction, f) !== null);
}

/** A valid CURP, NSS, code or institutional address. Only valid ones: an order or receipt number
 * can pass for an NSS with a wrong check digit. */
function carriesStudentData(extraction: Pick<Extraction, 'fields' | 'problems'>): boolean {
  return (['curp', 'nss', 'studentCode', 'institutionalEmail'] as const).some((f) => acceptedField(extraction, f) !== null);
}
