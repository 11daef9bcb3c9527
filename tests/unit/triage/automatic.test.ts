import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedMail } from '../../../src/extract/types.js';
import { parseMessage } from '../../../src/mail/parse-message.js';
import { detectAutomatic, type AutomaticReason } from '../../../src/triage/automatic.js';
import { isAutomaticSubject } from '../../../src/triage/automatic-subjects.js';
import { headerValues } from '../../../src/triage/header-values.js';
import { triageMessage } from '../../../src/triage/triage-message.js';

const DESK = ['imss@udg.mx'];
const FIXTURES = fileURLToPath(new URL('../../fixtures/automatic/', import.meta.url));

function mail(overrides: Partial<ParsedMail> = {}): ParsedMail {
  return {
    messageId: 'm1@example.com',
    inReplyTo: null,
    references: [],
    subject: 'Datos para alta IMSS',
    from: { address: 'lucia.perez1234@alumnos.udg.mx', name: 'Lucía Pérez García' },
    replyTo: null,
    to: [{ address: 'imss@udg.mx', name: '' }],
    cc: [],
    date: '2026-02-10T16:00:00.000Z',
    headers: {},
    contentType: 'text/plain',
    text: 'Nombre: Lucía Pérez García',
    html: null,
    attachments: [],
    parseWarnings: [],
    ...overrides,
  };
}

describe('headerValues', () => {
  const cases: [string, Record<string, string>, string, string[]][] = [
    ['raw line form', { 'auto-submitted': 'Auto-Submitted: auto-replied' }, 'Auto-Submitted', ['auto-replied']],
    ['value-only form', { 'auto-submitted': 'auto-replied' }, 'auto-submitted', ['auto-replied']],
    ['repeated header', { received: 'Received: one\nReceived: two' }, 'received', ['one', 'two']],
    ['folded header', { 'content-type': 'Content-Type: multipart/report;\r\n\treport-type=x' }, 'content-type', ['multipart/report; report-type=x']],
    ['absent', {}, 'precedence', []],
    ['value containing a colon', { subject: 'Re: hola' }, 'subject', ['Re: hola']],
  ];
  it.each(cases)('%s', (_label, headers, name, expected) => {
    expect(headerValues(headers, name)).toEqual(expected);
  });
});

describe('detectAutomatic on synthetic mail', () => {
  const cases: [string, Partial<ParsedMail>, AutomaticReason | false][] = [
    ['ordinary student mail', {}, false],
    ['Auto-Submitted: auto-replied', { headers: { 'auto-submitted': 'Auto-Submitted: auto-replied' } }, 'auto_submitted'],
    ['Auto-Submitted: auto-generated (value form)', { headers: { 'auto-submitted': 'auto-generated' } }, 'auto_submitted'],
    ['Auto-Submitted: no', { headers: { 'auto-submitted': 'Auto-Submitted: no' } }, false],
    ['Auto-Submitted: No (comment)', { headers: { 'auto-submitted': 'Auto-Submitted: No (sent by a person)' } }, false],
    ['Auto-Submitted: auto-forwarded (weak)', { headers: { 'auto-submitted': 'auto-forwarded' } }, 'auto_forwarded'],
    ['a calendar part (weak)', { attachments: [{ filename: 'invite.ics', contentType: 'text/calendar', size: 900, text: null }] }, 'calendar'],
    ['X-Autoreply: yes', { headers: { 'x-autoreply': 'X-Autoreply: yes' } }, 'auto_reply_header'],
    ['X-Autorespond present', { headers: { 'x-autorespond': 'X-Autorespond: Alta' } }, 'auto_reply_header'],
    ['X-Auto-Response-Suppress: All', { headers: { 'x-auto-response-suppress': 'X-Auto-Response-Suppress: All' } }, 'auto_response_suppress'],
    ['X-Auto-Response-Suppress: DR, OOF, AutoReply', { headers: { 'x-auto-response-suppress': 'DR, OOF, AutoReply' } }, 'auto_response_suppress'],
    ['X-Auto-Response-Suppress: DR only', { headers: { 'x-auto-response-suppress': 'DR' } }, false],
    ['Exchange rule redirect (old desk address forwarding here)', { headers: { 'x-ms-exchange-inbox-rules-loop': 'old@udg.mx', 'x-ms-exchange-generated-message-source': 'Mailbox Rules Agent' } }, false],
    ['Precedence: bulk', { headers: { precedence: 'Precedence: bulk' } }, 'precedence'],
    ['Precedence: junk', { headers: { precedence: 'junk' } }, 'auto_reply_header'],
    ['Precedence: list', { headers: { precedence: 'Precedence: List' } }, 'precedence'],
    ['Precedence: auto_reply', { headers: { precedence: 'auto_reply' } }, 'auto_reply_header'],
    ['Precedence: normal', { headers: { precedence: 'Precedence: normal' } }, false],
    ['List-Id', { headers: { 'list-id': 'List-Id: <x.lists.example>' } }, 'mailing_list'],
    ['List-Unsubscribe', { headers: { 'list-unsubscribe': '<mailto:u@x.example>' } }, 'mailing_list'],
    ['null Return-Path', { headers: { 'return-path': 'Return-Path: <>' } }, 'null_return_path'],
    ['null Return-Path with spaces', { headers: { 'return-path': '< >' } }, 'null_return_path'],
    ['normal Return-Path', { headers: { 'return-path': 'Return-Path: <a@b.example>' } }, false],
    ['multipart/report content type', { contentType: 'multipart/report' }, 'delivery_report'],
    ['multipart/report in raw header only', { headers: { 'content-type': 'Content-Type: multipart/report; report-type=delivery-status' } }, 'delivery_report'],
    ['delivery-status attachment', { contentType: 'multipart/mixed', attachments: [{ filename: null, contentType: 'message/delivery-status', size: 10, text: null }] }, 'delivery_report'],
    ['X-Failed-Recipients', { headers: { 'x-failed-recipients': 'a@b.example' } }, 'delivery_report'],
    ['MAILER-DAEMON sender', { from: { address: 'mailer-daemon@mx.example', name: '' } }, 'system_sender'],
    ['postmaster sender', { from: { address: 'postmaster@outlook.example', name: 'Microsoft Outlook' } }, 'system_sender'],
    ['no-reply sender', { from: { address: 'no-reply@siiau.example', name: '' } }, 'system_sender'],
    ['noreply sender', { from: { address: 'noreply@x.example', name: '' } }, 'system_sender'],
    ['noreply+tag sender', { from: { address: 'noreply+abc@x.example', name: '' } }, 'system_sender'],
    ['do-not-reply sender', { from: { address: 'do-not-reply@x.example', name: '' } }, 'system_sender'],
    ['donotreply sender', { from: { address: 'donotreply@x.example', name: '' } }, 'system_sender'],
    ['Mail Delivery Subsystem display name', { from: { address: 'bounces@x.example', name: 'Mail Delivery Subsystem' } }, 'system_sender'],
    ['student named Noé Reyes', { from: { address: 'noe.reyes1234@alumnos.udg.mx', name: 'Noé Reyes' } }, false],
    ['desk address as sender', { from: { address: 'imss@udg.mx', name: 'IMSS' } }, 'desk_sender'],
    ['Feedback-ID', { headers: { 'feedback-id': 'Feedback-ID: 1:2:3:gmail' } }, 'bulk_marker'],
    // Proton Mail stamps its users' own mail with one ending in its domain (fresh132).
    ["Proton's own Feedback-ID on a Proton user's mail", { from: { address: 'teodoro.lomeli@proton.me', name: 'Teodoro' }, headers: { 'feedback-id': 'v38DdsBBQm9fwBQvn8B48NCc==:Ze=:proton.me' } }, false],
    ["Proton's Feedback-ID from a pm.me alias", { from: { address: 'teo@pm.me', name: 'Teodoro' }, headers: { 'feedback-id': 'v38Dd==:Ze=:proton.me' } }, false],
    ["a campaign's Feedback-ID on a Proton sender's mail", { from: { address: 'ofertas@proton.me', name: 'Ofertas' }, headers: { 'feedback-id': '123:campaign-7:mailchimp' } }, 'bulk_marker'],
    ['a Feedback-ID naming Proton from a company domain', { from: { address: 'news@tienda.example', name: 'Tienda' }, headers: { 'feedback-id': 'abc==:Ze=:proton.me' } }, 'bulk_marker'],
    ['X-Mailer of a survey tool', { headers: { 'x-mailer': 'X-Mailer: LimeSurvey mailer' } }, 'bulk_marker'],
    ['X-Mailer of a mail client', { headers: { 'x-mailer': 'X-Mailer: Microsoft Outlook 16.0' } }, false],
    ['a promotions sender', { from: { address: 'promociones@papeleria.example', name: 'Papelería' } }, 'bulk_sender'],
    ['a person whose address starts like one', { from: { address: 'noticias.juan@gmail.com', name: 'Juan' } }, false],
    ["a service's notification account", { from: { address: 'serviciosdigitales@imss.gob.mx', name: 'IMSS Digital' } }, 'system_sender'],
    ['mass mail to hidden recipients (weak)', { to: [] }, 'hidden_recipients'],
    ['the desk in Cc, nobody in To', { to: [], cc: [{ address: 'imss@udg.mx', name: '' }] }, false],
    ['no-reply web form with the student in Reply-To', { from: { address: 'no-reply@portal.example', name: 'Portal' }, replyTo: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana' } }, 'form_relay'],
    ['no-reply sender with a no-reply Reply-To', { from: { address: 'no-reply@portal.example', name: 'Portal' }, replyTo: { address: 'noreply@portal.example', name: '' } }, 'system_sender'],
    ['Aceptada: meeting response', { subject: 'Aceptada: Reunión enlaces IMSS' }, 'auto_reply_subject'],
    ['No leído: read receipt', { subject: 'No leído: Re: Alta IMSS [IMSS-2026-000123]' }, 'auto_reply_subject'],
    ['X-Campaign', { headers: { 'x-campaign': 'X-Campaign: abc' } }, 'bulk_marker'],
    ['X-CampaignID', { headers: { 'x-campaignid': 'X-campaignid: abc' } }, 'bulk_marker'],
    ['Respuesta automática subject', { subject: 'Respuesta automática: Re: Alta IMSS [IMSS-2026-000123]' }, 'auto_reply_subject'],
    ['Automatic reply subject', { subject: 'Automatic reply: Alta IMSS' }, 'auto_reply_subject'],
    ['Out of Office subject', { subject: 'Out of Office' }, 'auto_reply_subject'],
    ['Re: Respuesta a mi solicitud', { subject: 'Re: Respuesta a mi solicitud' }, false],
    ['Re: Respuesta automática (a person replying)', { subject: 'Re: Respuesta automática' }, false],
    ['¿Es automática la afiliación?', { subject: '¿Es automática la afiliación?' }, false],
  ];
  it.each(cases)('%s', (_label, overrides, expected) => {
    const verdict = detectAutomatic(mail(overrides), DESK);
    expect(verdict).toEqual(expected === false ? { automatic: false } : { automatic: true, reason: expected });
  });

  it('weak markers give way to a valid identifier; strong ones do not', () => {
    const withId = { leadText: 'Les escribo por una alumna, su NSS es ...', identifiers: true };
    const list = mail({ headers: { precedence: 'list', 'list-id': '<coord.cucs.example>' } });
    expect(detectAutomatic(list, DESK)).toEqual({ automatic: true, reason: 'precedence' });
    expect(detectAutomatic(list, DESK, withId)).toEqual({ automatic: false });
    const suppress = mail({ headers: { 'x-auto-response-suppress': 'All' } });
    expect(detectAutomatic(suppress, DESK, withId)).toEqual({ automatic: false });
    const form = mail({ from: { address: 'no-reply@portal.example', name: 'Portal' }, replyTo: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana' } });
    expect(detectAutomatic(form, DESK, withId)).toEqual({ automatic: false });
    expect(detectAutomatic(mail({ headers: { 'auto-submitted': 'auto-forwarded' } }), DESK, withId)).toEqual({ automatic: false });
    // A bounce or an auto-reply quoting a student's whole mail still carries its identifiers.
    expect(detectAutomatic(mail({ headers: { 'auto-submitted': 'auto-replied' } }), DESK, withId)).toEqual({ automatic: true, reason: 'auto_submitted' });
    expect(detectAutomatic(mail({ contentType: 'multipart/report' }), DESK, withId)).toEqual({ automatic: true, reason: 'delivery_report' });
    expect(detectAutomatic(mail({ headers: { precedence: 'junk' } }), DESK, withId)).toEqual({ automatic: true, reason: 'auto_reply_header' });
  });

  it("reads what the writer's new text says of itself", () => {
    const verdict = (leadText: string, identifiers = false) => detectAutomatic(mail(), DESK, { leadText, identifiers });
    expect(verdict('Hola, ando de viaje hasta el 10.\n-- Este es un mensaje automático --')).toEqual({ automatic: true, reason: 'automatic_text' });
    // A notice that carries a student's CURP and NSS is still a notice.
    expect(verdict('Tu NSS es: 04220412342\nEste correo es de carácter informativo, no es necesario responderlo.', true)).toEqual({ automatic: true, reason: 'automatic_text' });
    expect(verdict('Favor de no responder a este correo.')).toEqual({ automatic: true, reason: 'automatic_text' });
    // Below a "--" line: a disclaimer a server appends to a person's mail.
    const footer = 'Código: 221935987\n\nGracias.\n-----\nEste correo fue enviado automáticamente a través del servidor de Aceros S.A.';
    expect(verdict(footer)).toEqual({ automatic: true, reason: 'automatic_footer' });
    expect(verdict(footer, true)).toEqual({ automatic: false });
    // Away, and the answer put off until the return.
    const away = 'Me encuentro en periodo vacacional del 31 de agosto al 11 de septiembre sin acceso a mi correo.';
    expect(verdict(away)).toEqual({ automatic: true, reason: 'out_of_office_text' });
    expect(verdict(`${away} Mi NSS es ...`, true)).toEqual({ automatic: false });
    expect(verdict('I am on vacation with limited access to email until Monday.')).toEqual({ automatic: true, reason: 'out_of_office_text' });
    // Control Escolar telling the desk of a student's status ("Les informamos que la alumna ... agradeceremos
    // reactivar su trámite") writes to it, not to her (fresh163).
    expect(detectAutomatic(mail({ subject: 'Corrección de estatus - alumna reactivada' }), DESK, { leadText: 'Buen día:\n\nLes informamos que la alumna Rosario Aceves Hernández, código 241324149, aparecía con estatus BAJA en SIIAU por un error en la carga de su pago. El estatus ya fue corregido; agradeceremos reactivar su trámite de alta.\n\nAtentamente,\nUnidad de Control Escolar', identifiers: true })).toEqual({ automatic: false });
    // A traveller's own question, away and "a mi regreso" in it, is a person's (fresh159).
    expect(verdict('Buenas tardes, una pregunta rápida: si mando hoy mis datos, ¿alcanzo a estar vigente antes del viernes? Salgo de viaje y no sé si vale la pena o mejor lo hago a mi regreso.\n\nGracias')).toEqual({ automatic: false });
    expect(verdict('Gracias por escribirme, contesto en cuanto pueda.\n\nAtte. Alejandra\n(respuesta automática)')).toEqual({ automatic: true, reason: 'automatic_text' });
    expect(verdict('Hemos recibido una solicitud para la CURP X.\n\nSi no solicitaste esto, ignora este correo electrónico.', true)).toEqual({ automatic: true, reason: 'automatic_text' });
    // A tool that sent a person's mail: weak.
    expect(verdict('Les mando mis datos.\nEste correo fue enviado automáticamente desde CamScanner.')).toEqual({ automatic: true, reason: 'automatic_footer' });
    expect(verdict('Les mando mis datos.\nEste correo fue enviado automáticamente desde CamScanner.', true)).toEqual({ automatic: false });
    expect(verdict('Somos proveedores de uniformes. Precios especiales por volumen; pida su catálogo.')).toEqual({ automatic: true, reason: 'marketing_text' });
    expect(verdict('¿Hay descuentos en la oferta académica para el seguro?')).toEqual({ automatic: false });
    expect(verdict('Respuesta automática: no reviso este correo del 14 al 25 de septiembre. Gracias.')).toEqual({ automatic: true, reason: 'automatic_text' });
    expect(verdict('El reporte ya está disponible.\n\nMensaje generado automáticamente, no responder.')).toEqual({ automatic: true, reason: 'automatic_footer' });
    expect(verdict('El mensaje generado automáticamente por IMSS Digital dice que no tengo vigencia. Mi NSS es ...', true)).toEqual({ automatic: false });
    expect(verdict('Les ofrecemos impresión de credenciales con entrega en 48 horas. Atendemos dependencias con factura.')).toEqual({ automatic: true, reason: 'marketing_text' });
    expect(verdict('Hemos recibido una solicitud para la CURP X. Accede a la siguiente liga para confirmarlo.', true)).toEqual({ automatic: true, reason: 'automatic_text' });
    expect(verdict('I am on sabbatical leave until July 2027 and will be checking email only occasionally.')).toEqual({ automatic: true, reason: 'out_of_office_text' });
    expect(verdict('Estimada comunidad universitaria: curso intensivo de inglés con 30% de descuento. Informes por WhatsApp.')).toEqual({ automatic: true, reason: 'marketing_text' });
    expect(verdict('¡Listo! Tu pago se acreditó. Pagaste $389 a Papelería El Estudiante. Operación #9000005')).toEqual({ automatic: true, reason: 'transaction_text' });
    expect(verdict('Ya hice mi pago de inscripción, ¿por qué no tengo seguro?')).toEqual({ automatic: false });
    expect(verdict('Le informamos que la consulta estará intermitente.\n\nMensaje informativo.')).toEqual({ automatic: true, reason: 'automatic_text' });
    expect(verdict('Tu recibo digital\nTotal a pagar: $2,418.00\nDescarga tu recibo en cfe.mx')).toEqual({ automatic: true, reason: 'transaction_text' });
    expect(verdict('Gracias por su correo. Me encuentro fuera de la ciudad sin acceso constante a internet. Daré respuesta a su mensaje a mi regreso.')).toEqual({ automatic: true, reason: 'out_of_office_text' });
    expect(verdict('Gracias por su correo. Estaré fuera de la ciudad hasta el 25 de junio con acceso limitado a mi correo.')).toEqual({ automatic: true, reason: 'out_of_office_text' });
    expect(verdict('Hola, estoy de vacaciones en la playa hasta el lunes y casi no reviso el correo. Si es urgente márcame al celular.')).toEqual({ automatic: true, reason: 'out_of_office_text' });
    expect(verdict('Estoy de vacaciones en Chapala y me caí. Si es urgente, ¿me pueden dar de alta hoy?')).toEqual({ automatic: false });
    expect(verdict('Gracias por escribir. Estaré de viaje del 8 al 24 de enero y reviso el correo muy poco. Si es urgente, márqueme al celular.')).toEqual({ automatic: true, reason: 'out_of_office_text' });
    expect(verdict('Se ha timbrado su Comprobante Fiscal Digital (CFDI) de nómina.\nFolio fiscal (UUID): 59FAC26D')).toEqual({ automatic: true, reason: 'transaction_text' });
    // People talking about automatic things, or away.
    expect(verdict('Recibí su respuesta automática pero no entiendo qué me falta.')).toEqual({ automatic: false });
    expect(verdict('El sistema automático del IMSS me dijo que no tengo vigencia.')).toEqual({ automatic: false });
    expect(verdict('Estoy de vacaciones hasta el 15, ¿me pueden dar de alta?')).toEqual({ automatic: false });
    expect(verdict('¿Es necesario responder a su correo con mis datos?')).toEqual({ automatic: false });
  });

  it("a 'Respuesta automática:' subject gives way to a writer who types their own CURP or NSS under it", () => {
    const subject = mail({ subject: 'Respuesta automática: Alta IMSS' });
    expect(detectAutomatic(subject, DESK, { leadText: 'no sé por qué dice eso el asunto', identifiers: true, identifiersInLead: true })).toEqual({ automatic: false });
    // Identifiers only in what it quotes: still an auto-reply.
    expect(detectAutomatic(subject, DESK, { leadText: 'Estoy fuera.', identifiers: true, identifiersInLead: false })).toEqual({ automatic: true, reason: 'auto_reply_subject' });
    // Headers stay strong.
    expect(detectAutomatic(mail({ subject: 'Respuesta automática: Alta', headers: { 'auto-submitted': 'auto-replied' } }), DESK, { leadText: '', identifiers: true, identifiersInLead: true })).toEqual({ automatic: true, reason: 'auto_submitted' });
  });

  it('a mass-mail tool gives way too (a student council writing through Mailchimp), and a code counts', () => {
    const chimp = mail({ headers: { 'x-mailer': 'MailChimp Mailer - **CID1a2b**' } });
    expect(detectAutomatic(chimp, DESK, { leadText: 'Nuestro compañero: Código 221882224, NSS ...', identifiers: true, identifiersInLead: true })).toEqual({ automatic: false });
    expect(detectAutomatic(chimp, DESK, { leadText: 'Boletín de octubre', identifiers: false, identifiersInLead: false })).toEqual({ automatic: true, reason: 'bulk_marker' });
  });

  it("an app's or a form's relay: its 'No responda a este correo' is about the relay, outweighed by the student's data", () => {
    const relay = mail({ from: { address: 'notificaciones@miudg.udg.mx', name: 'Mi UDG' }, replyTo: { address: 'ignacio.lozano1293@alumnos.udg.mx', name: '' } });
    const text = 'Usuario: 227804456\nMensaje:\nola no tengo seguro del imss\n\nNo responda a este correo; utilice la dirección del usuario.';
    expect(detectAutomatic(relay, DESK, { leadText: text, identifiers: true })).toEqual({ automatic: false });
    expect(detectAutomatic(relay, DESK, { leadText: text, identifiers: false })).toEqual({ automatic: true, reason: 'form_relay' });
    // Without a person in Reply-To the statement stays strong.
    expect(detectAutomatic(mail({ from: relay.from }), DESK, { leadText: text, identifiers: true })).toEqual({ automatic: true, reason: 'system_sender' });
  });

  it("a relay's Auto-Submitted gives way to the student's data; a robot's statement pasted by a student too", () => {
    const desk = mail({ from: { address: 'noreply-mesadeayuda@cgti.udg.mx', name: 'Mesa de Ayuda' }, replyTo: { address: 'osvaldo.alcaraz1644@alumnos.udg.mx', name: 'Osvaldo' }, headers: { 'auto-submitted': 'auto-generated' } });
    expect(detectAutomatic(desk, DESK, { leadText: 'Código: 221935987', identifiers: true, identifiersInLead: true })).toEqual({ automatic: false });
    expect(detectAutomatic(desk, DESK, { leadText: 'Su ticket fue cerrado.', identifiers: false })).toEqual({ automatic: true, reason: 'auto_submitted' });
    const pasted = 'Este correo es generado automáticamente, favor de no responder.\n-----\nPerdón, copié el correo del IMSS. Mis datos: CURP ROMS030109MCLJRLB5';
    const selene = mail({ from: { address: 'selene.rojas8033@alumnos.udg.mx', name: 'Selene' } });
    const values = ['ROMS030109MCLJRLB5'];
    expect(detectAutomatic(selene, DESK, { leadText: pasted, identifiers: true, identifiersInLead: true, fromStudentMailbox: true, identifierValues: values })).toEqual({ automatic: false });
    // Her mail rule forwarding the notice itself ("RV: ..."): the values stand above its statement.
    const forwarded = 'Hemos recibido una solicitud.\nCURP: ROMS030109MCLJRLB5\n\nEste correo es informativo, favor de no responder.';
    const rule = { ...selene, subject: 'RV: Servicio Digital: Solicitud de Asignación de NSS' };
    expect(detectAutomatic(rule, DESK, { leadText: forwarded, identifiers: true, identifiersInLead: true, fromStudentMailbox: true, identifierValues: values })).toEqual({ automatic: true, reason: 'automatic_text' });
    // A fresh message of her own, formatted like a notice, with a "favor de no responder" line under her values: a footer.
    expect(detectAutomatic({ ...selene, subject: 'Notificación: solicitud de alta IMSS' }, DESK, { leadText: forwarded, identifiers: true, identifiersInLead: true, fromStudentMailbox: true, identifierValues: values })).toEqual({ automatic: false });
    // A father writing from his shop's no-reply address, in his own words, with his daughter's values.
    const shop = mail({ from: { address: 'no-reply@ferreteria.example.com', name: 'Ferretería' } });
    const father = 'Buenos días, soy el papá de Ana.\nCURP ROMS030109MCLJRLB5\nPor favor respondan a mi celular, este correo no recibe respuestas.';
    expect(detectAutomatic(shop, DESK, { leadText: father, identifiers: true, identifiersInLead: true, identifierValues: values })).toEqual({ automatic: false });
    expect(detectAutomatic(shop, DESK, { leadText: 'Su cotización 4512 está lista.', identifiers: false })).toEqual({ automatic: true, reason: 'system_sender' });
    // A correspondence system's record of someone's letter: its "Asunto: ... de mi hijo ..." is the letter's title (session 33, fresh225/099).
    const record = 'Se registró el escrito recibido el 05/02/2045 22:14.\n\nFolio: SC-2045-00412\nRemitente: Alicia Gil\nAsunto: Falta de respuesta - alta IMSS de mi hijo Ricardo Salmerón Gil (código 242890337)\nTurnado a: Coordinación de Servicios Estudiantiles';
    const rectory = mail({ from: { address: 'correspondencia-noreply@udg.mx', name: 'Sistema de Correspondencia - Rectoría' } });
    expect(detectAutomatic(rectory, DESK, { leadText: record, identifiers: true, identifiersInLead: true, identifierValues: ['242890337'] })).toEqual({ automatic: true, reason: 'system_sender' });
    // From an organisation's notification account, the same statement stays strong.
    expect(detectAutomatic(mail({ from: { address: 'idse.notificaciones@imss.gob.mx', name: '' } }), DESK, { leadText: pasted, identifiers: true, identifiersInLead: true, fromStudentMailbox: false })).toEqual({ automatic: true, reason: 'automatic_text' });
  });

  it("a company server's 'automático, no responder' under a person's own lines and values is a footer", () => {
    const text = 'Buenas tardes, soy estudiante de UDGVirtual y escribo desde la cuenta del trabajo.\nCódigo: 221935987\n\n*** Este correo es generado automáticamente por el sistema de Recursos Humanos. Favor de no responder. ***';
    const m = mail({ from: { address: 'notificaciones.rh@transportes.example.com.mx', name: 'Julio' } });
    expect(detectAutomatic(m, DESK, { leadText: text, identifiers: true, identifierValues: ['221935987'] })).toEqual({ automatic: false });
    expect(detectAutomatic(m, DESK, { leadText: text, identifiers: false, identifierValues: [] })).toEqual({ automatic: true, reason: 'automatic_text' });
  });

  it("a school system's digest says it goes to its registered contacts, even with a student in it", () => {
    const digest = 'SIGE - Resumen semanal\nJustificantes médicos: 1\n  - ANA SOFIA RUIZ PENA, código 221935987, grupo 2B\nBajas voluntarias: 0\n\nEste resumen se envía a los contactos registrados de la dependencia.';
    const sige = mail({ from: { address: 'sige@prepa7.sems.udg.mx', name: 'SIGE Prepa 7' } });
    expect(detectAutomatic(sige, DESK, { leadText: digest, identifiers: true, identifierValues: ['221935987'] })).toEqual({ automatic: true, reason: 'automatic_text' });
    expect(detectAutomatic(sige, DESK, { leadText: 'Mi hermana les envía sus datos a los contactos registrados.', identifiers: false })).toEqual({ automatic: false });
  });

  it("a service's no-reply with its name before it, and a mass mailing's way out", () => {
    const forms = mail({ from: { address: 'forms-receipts-noreply@google.com', name: 'Google Forms' }, replyTo: { address: 'forms-receipts-noreply@google.com', name: '' } });
    expect(detectAutomatic(forms, DESK, { leadText: 'Gracias por completar el formulario.', identifiers: true, identifiersInLead: true })).toEqual({ automatic: true, reason: 'system_sender' });
    const council = mail({ from: { address: 'rodrigo.fecucea@gmail.com', name: 'Rodrigo (Consejo Estudiantil)' } });
    expect(detectAutomatic(council, DESK, { leadText: 'Hola imss, te invitamos a la Feria de Bienvenida.\n\nSi no quieres recibir más correos del Consejo, responde con la palabra BAJA.', identifiers: false })).toEqual({ automatic: true, reason: 'marketing_text' });
  });

  it("a bridge's auto-generated transcript of a person's own words and values is a person; a payment order naming a student is a system's", () => {
    const wa = mail({ from: { address: 'conversaciones@puentewa.com.mx', name: 'WhatsApp' }, headers: { 'auto-submitted': 'Auto-Submitted: auto-generated' } });
    const transcript = '15:08 Mamá de Ana: Buenas tardes, soy la mamá de una alumna. Les mando sus datos.\n15:11 Mamá de Ana: CURP: RUPA040315MJCZXNA7';
    expect(detectAutomatic(wa, DESK, { leadText: transcript, identifiers: true, identifiersInLead: true, identifierValues: ['RUPA040315MJCZXNA7'] })).toEqual({ automatic: false });
    // A student's own away message signs with her code: "auto-replied" stays automatic.
    const away = mail({ headers: { 'auto-submitted': 'Auto-Submitted: auto-replied' } });
    expect(detectAutomatic(away, DESK, { leadText: 'Estoy de prácticas y no tengo señal; responderé en cuanto pueda.\nCódigo 221935987', identifiers: true, identifiersInLead: true })).toEqual({ automatic: true, reason: 'auto_submitted' });
    const siiau = mail({ from: { address: 'siiau.escolar@udg.mx', name: 'SIIAU Escolar' } });
    expect(detectAutomatic(siiau, DESK, { leadText: 'ORDEN DE PAGO 2027A\nAlumno: ANA RUIZ\nCódigo: 221935987\nReferencia bancaria: 2989313802\nFecha límite de pago: 29/01/2027', identifiers: true, identifiersInLead: true })).toEqual({ automatic: true, reason: 'transaction_text' });
    expect(detectAutomatic(siiau, DESK, { leadText: 'Les mando mi orden de pago, ya pagué y no tengo seguro. Código: 221935987. Fecha límite de pago: 29/01', identifiers: true, identifiersInLead: true })).toEqual({ automatic: false });
  });

  it("an auto-generated copy of a signed form is a system's: its declaration in the first person is the form's wording (fresh141)", () => {
    const park = mail({ from: { address: 'responsivas@losguayabos.mx', name: 'Los Guayabos Parque de Aventura' }, headers: { 'auto-submitted': 'Auto-Submitted: auto-generated' } });
    const copy = (declaration: string) => `Copia de tu carta responsiva\n\nParticipante: XIMENA BAUTISTA LARIOS\nCURP: BALX040218MJCTRMC7\nSeguro médico declarado: IMSS (estudiante UdeG)\n\n${declaration}\n\nEste correo se generó automáticamente al firmar en la tableta.`;
    const writer = { identifiers: true, identifiersInLead: true, identifierValues: ['BALX040218MJCTRMC7'] };
    expect(detectAutomatic(park, DESK, { leadText: copy('Declaro que me encuentro en buen estado de salud y que conozco los riesgos.'), ...writer })).toEqual({ automatic: true, reason: 'auto_submitted' });
    // (Words of her own in it still make it a person's relay.)
    expect(detectAutomatic(park, DESK, { leadText: copy('Soy alumna y me lastimé en el parque, ¿tengo seguro?'), ...writer })).toEqual({ automatic: false });
  });

  it("a read receipt's subject over a person's own words gives way", () => {
    const m = mail({ subject: 'Leído: Re: Seguro [IMSS-2026-007590]' });
    expect(detectAutomatic(m, DESK, { leadText: 'Leído. Mañana les mando lo que falta.', identifiers: false, writesAsPerson: true })).toEqual({ automatic: false });
    expect(detectAutomatic(m, DESK, { leadText: 'Su mensaje fue leído el 20/08/2026.', identifiers: false, writesAsPerson: false })).toEqual({ automatic: true, reason: 'auto_reply_subject' });
  });

  it("an office's automatic acknowledgement is a weak marker", () => {
    const ack = 'Gracias por comunicarse con la Coordinación de la Carrera.\n\nSu correo ha sido recibido y será atendido en un plazo máximo de 72 horas hábiles.';
    expect(detectAutomatic(mail({ from: { address: 'coord.medicina@cucs.udg.mx', name: '' }, subject: 'RE: Re: Alumna sin IMSS' }), DESK, { leadText: ack, identifiers: false })).toEqual({ automatic: true, reason: 'acknowledgement_text' });
    expect(detectAutomatic(mail({ subject: 'Re: Alta' }), DESK, { leadText: 'Gracias por contestar. ¿En qué plazo quedará mi alta?', identifiers: false })).toEqual({ automatic: false });
  });

  it('cron and root are system senders', () => {
    expect(detectAutomatic(mail({ from: { address: 'root@srv-cse.udg.mx', name: 'Cron Daemon' } }), DESK)).toEqual({ automatic: true, reason: 'system_sender' });
    expect(detectAutomatic(mail({ from: { address: 'respaldos@srv.udg.mx', name: 'Cron Daemon' } }), DESK)).toEqual({ automatic: true, reason: 'system_sender' });
  });

  it('compares desk addresses case-insensitively', () => {
    const verdict = detectAutomatic(mail({ from: { address: 'imss@udg.mx', name: '' } }), ['IMSS@UDG.MX ']);
    expect(verdict).toEqual({ automatic: true, reason: 'desk_sender' });
  });
});

describe('isAutomaticSubject', () => {
  const cases: [string, boolean][] = [
    ['Respuesta automática: Re: Alta IMSS', true],
    ['Mensaje de voz de 3336****** (0:03)', true],
    ['Voice message from 3312345678', true],
    ['Cron <respaldo@srv-cse> /opt/scripts/respaldo_buzon.sh', true],
    ['Mensaje de voz que les dejé ayer', false],
    ['RESPUESTA AUTOMATICA: datos', true],
    ['Respuesta automática', true],
    ['Fuera de la oficina: RE: Alta', true],
    ['Fuera de la oficina', true],
    ['Ausente: Re: Alta IMSS', true],
    ['Ausente', true],
    ['Automatic reply: Alta', true],
    ['Out of Office: Re: Alta', true],
    ['Out of Office - back Monday', true],
    ['Autoreply: Alta', true],
    ['Auto-Reply: Alta', true],
    ['[Auto-Reply] Alta IMSS', true],
    ['Vacaciones', true],
    ['Vacaciones: RE: Alta IMSS', true],
    ['Estoy de vacaciones', true],
    ['Delivery Status Notification (Failure)', true],
    ['Delivery Status Notification (Delay)', true],
    ['Undeliverable: Re: Alta', true],
    ['Mail delivery failed: returning message to sender', true],
    ['Undelivered Mail Returned to Sender', true],
    ['No se puede entregar: Re: Alta', true],
    ['Returned mail: see transcript for details', true],
    ['Re: Respuesta a mi solicitud', false],
    ['Respuesta a mi solicitud', false],
    ['Re: Respuesta automática', false],
    ['Respuesta automática nunca llegó', false],
    ['¿La afiliación es automática?', false],
    ['Baja automática del IMSS', false],
    ['Vacaciones y seguro IMSS', false],
    ['Vacaciones: ¿sigo teniendo IMSS?', false],
    ['Ausente en IMSS digital', false],
    ['Ausencia de vigencia', false],
    ['Fwd: Delivery Status Notification (Failure)', false],
    ['No se pudo entregar mi constancia', false],
    ['Fuera de Guadalajara, ¿qué clínica me toca?', false],
    ['Out of office hours question', false],
    ['No leído: Re: Alta IMSS', true],
    ['Leído: Re: Alta IMSS', true],
    ['Read: Alta IMSS', true],
    ['Aceptada: Reunión enlaces IMSS', true],
    ['Accepted: IMSS meeting', true],
    ['Solicitud recibida: Re: Alta IMSS [#1234]', true],
    ['Solicitud recibida?', false],
    ['Invitación aceptada: Capacitación enlaces IMSS @ mié 19 ago 2026', true],
    ['Invitación a la capacitación', false],
    ['Leído el correo, ¿qué sigue?', false],
    ['Provisional', false],
    ['', false],
  ];
  it.each(cases)('%j -> %s', (subject, expected) => {
    expect(isAutomaticSubject(subject)).toBe(expected);
  });
});

// Expected verdict per fixture file; every .eml in the folder must be listed.
const FIXTURE_EXPECTATIONS: Record<string, AutomaticReason | false> = {
  'gmail-vacation-es.eml': 'auto_submitted',
  'gmail-vacation-en.eml': 'auto_submitted',
  'outlook-ooo-es.eml': 'auto_submitted',
  'outlook-ooo-en.eml': 'auto_reply_subject', // X-Auto-Response-Suppress (weak) and the subject (strong)
  'exchange-oof-subject-only-es.eml': 'auto_reply_subject',
  'out-of-office-subject-only-en.eml': 'auto_reply_subject',
  'exchange-ndr.eml': 'delivery_report',
  'exchange-ndr-es.eml': 'auto_reply_subject',
  'postfix-bounce.eml': 'auto_submitted',
  'postfix-bounce-no-report-headers.eml': 'null_return_path',
  'exim-bounce.eml': 'delivery_report',
  'gmail-dsn.eml': 'auto_submitted',
  'dsn-subject-only-es.eml': 'system_sender', // avisos@ (and the subject)
  'read-receipt.eml': 'delivery_report',
  'list-mail-cucs.eml': 'system_sender', // avisos@ (and Precedence: list)
  'google-group-no-precedence.eml': 'mailing_list',
  'newsletter-mailchimp.eml': 'bulk_marker',
  'newsletter-feedback-id-only.eml': 'bulk_marker',
  'noreply-notification.eml': 'system_sender',
  'desk-loop.eml': 'desk_sender',
  'desk-forged-uppercase.eml': 'desk_sender',
  'vacation-precedence-junk.eml': 'auto_reply_header', // Precedence: junk (Unix vacation)
  'vacation-subject-weak-prefix.eml': 'auto_reply_subject',
  'cpanel-autoreply.eml': 'auto_reply_header',
  'respuesta-automatica-plain.eml': 'auto_reply_subject',
  'student-re-respuesta-a-mi-solicitud.eml': false,
  'student-alta-automatica.eml': false,
  'student-baja-automatica.eml': false,
  'student-vacaciones.eml': false,
  'student-vacaciones-colon.eml': false,
  'student-ausente-en-imss.eml': false,
  'student-outlook-reply-with-folio.eml': false,
  'student-forwarded-bounce.eml': false,
  'student-no-se-pudo-entregar.eml': false,
  'student-auto-submitted-no.eml': false,
  'student-read-receipt-request.eml': false,
  'student-quotes-auto-reply.eml': false,
  'student-empty-subject.eml': false,
  'student-respuesta-automatica-no-llego.eml': false,
  'student-redirected-by-exchange-rule.eml': false,
};

describe('detectAutomatic on the .eml corpus', async () => {
  const files = (await readdir(FIXTURES)).filter((f) => f.endsWith('.eml')).sort();

  it('lists every fixture, with at least 25 messages and 10 genuine students', () => {
    expect(files).toEqual(Object.keys(FIXTURE_EXPECTATIONS).sort());
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(Object.values(FIXTURE_EXPECTATIONS).filter((v) => v === false).length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s', async (file) => {
    const parsed = await parseMessage(await readFile(`${FIXTURES}${file}`));
    const expected = FIXTURE_EXPECTATIONS[file];
    // Through the triage, so that the writer's text and identifiers count as in production.
    const verdict = triageMessage(parsed, { institutionalDomains: ['alumnos.udg.mx'], studentCodePattern: '^\\d{9}$', deskAddresses: DESK, now: new Date('2026-02-10T12:00:00Z') }).automatic;
    expect(verdict).toEqual(expected === false ? { automatic: false } : { automatic: true, reason: expected });
  });
});

describe('relays and test runs (issue #3, fresh33 set, second pass)', () => {
  it("a ticket system's agent passing on a person's article is a person; the same article under no note of a person stays automatic", () => {
    const otrs = mail({ from: { address: 'mesadeayuda@cgti.udg.mx', name: 'Mesa de Ayuda CGTI' }, headers: { 'auto-submitted': 'auto-generated' } });
    const article = '--- Artículo original ---\nDe: ana.ruiz7890@alumnos.udg.mx\n\nSoy Ana Sofía Ruiz Peña, código 221935987. Necesito mi alta.';
    const writer = { identifiers: true, identifiersInLead: false, identifierValues: ['221935987'], passedOnText: article };
    expect(detectAutomatic(otrs, DESK, { ...writer, leadText: 'Estimados, este ticket corresponde a su área. Se reenvía sin cambios.' })).toEqual({ automatic: false });
    expect(detectAutomatic(otrs, DESK, { ...writer, leadText: 'Ticket 202709050838 actualizado.' })).toEqual({ automatic: true, reason: 'auto_submitted' });
  });

  it("a form's test run with placeholder values is nobody's request; a real code keeps it a person's", () => {
    const test = mail({ from: { address: 'servicios.estudiantiles@cutonala.udg.mx', name: 'Servicios Estudiantiles' }, subject: 'Respuesta nueva: Registro IMSS alumnos 2027B (PRUEBA)' });
    const lead = 'Nombre completo\n    prueba prueba\nCódigo de estudiante\n    123456789';
    expect(detectAutomatic(test, DESK, { leadText: lead, identifiers: true, identifiersInLead: true, identifierValues: ['123456789'] })).toEqual({ automatic: true, reason: 'test_run' });
    expect(detectAutomatic(test, DESK, { leadText: lead, identifiers: true, identifiersInLead: true, identifierValues: ['221935987'] })).toEqual({ automatic: false });
  });
});

describe('away notices written by hand (issue #3, fresh35 set)', () => {
  it('"estoy fuera de <ciudad> hasta el ..." with "reviso el correo sólo en las noches" is an out-of-office', () => {
    const lead = 'Hola, gracias por su correo. Estoy fuera de Guadalajara hasta el 22 de febrero y reviso el correo sólo en las noches. Cualquier cosa urgente al celular.';
    expect(detectAutomatic(mail({ from: { address: 'paty.lomeli@yahoo.com.mx', name: 'Paty' }, subject: 'Re: Re: Alta de mi hija' }), DESK, { leadText: lead, identifiers: false })).toEqual({ automatic: true, reason: 'out_of_office_text' });
    const trip = 'Gracias por su mensaje. Estoy fuera de Guadalajara del 3 al 13 de septiembre con poco acceso a internet. Si es algo de mi hijo, llamen a su papá.';
    expect(detectAutomatic(mail({ from: { address: 'materesa@yahoo.com.mx', name: 'Teresa' }, subject: 'Re: Seguro de mi hijo' }), DESK, { leadText: trip, identifiers: false })).toEqual({ automatic: true, reason: 'out_of_office_text' });
  });
});

describe("a mailing list's own addresses (issue #3, fresh37 set)", () => {
  it('a list owner\'s notice ("enlaces-imss-owner@...") is a system\'s', () => {
    expect(detectAutomatic(mail({ from: { address: 'enlaces-imss-owner@listas.udg.mx', name: '' } }), DESK, { leadText: 'Su correo está retenido.', identifiers: true })).toEqual({ automatic: true, reason: 'system_sender' });
  });
});

describe("a mail merge's greeting (issue #3, fresh36 set)", () => {
  it('"Estimado(a) APELLIDOS, NOMBRE" over a notice is a system\'s letter; a person\'s "Estimado(a) encargado(a):" is not', () => {
    const notice = 'AVISO DE PRÉSTAMO VENCIDO\n\nEstimado(a) CANCHE MAY, WENDY ARACELI\nCódigo de usuario: 223095231\n\nMulta acumulada: $24.00';
    expect(detectAutomatic(mail({ from: { address: 'koha@biblioteca.cucsh.udg.mx', name: 'Biblioteca' } }), DESK, { leadText: notice, identifiers: true, identifiersInLead: true })).toEqual({ automatic: true, reason: 'automatic_text' });
    expect(detectAutomatic(mail(), DESK, { leadText: 'Estimado(a) encargado(a):\nSoy Lucía, mi código es 223095231.', identifiers: true, identifiersInLead: true })).toEqual({ automatic: false });
  });
});

describe('an ordinary rush day (issue #3, fresh38 set)', () => {
  it("a voicemail's transcript of a caller is the phone system's mail", () => {
    const m = mail({ from: { address: 'buzon.voz@conmutador.udg.mx', name: 'Buzón de voz' } });
    const lead = 'Nuevo mensaje en su buzón de voz.\nTranscripción: "Buenos días, hablo por el seguro de mi hijo, su código es 224017463."';
    expect(detectAutomatic(m, DESK, { leadText: lead, identifiers: true, identifiersInLead: true, identifierValues: ['224017463'] })).toEqual({ automatic: true, reason: 'system_sender' });
  });

  it('"Del 24 al 28 de enero estaré en el curso ... y no podré revisar mi correo" is an out-of-office', () => {
    const lead = 'AVISO: Del 24 al 28 de enero estaré en el curso de actualización docente y no podré revisar mi correo.';
    expect(detectAutomatic(mail({ from: { address: 'yolanda.carrillo@sems.udg.mx', name: 'Yolanda' }, subject: 'RE: Alta IMSS' }), DESK, { leadText: lead, identifiers: false })).toEqual({ automatic: true, reason: 'out_of_office_text' });
  });
});

describe('who is who (issue #3, fresh39 set)', () => {
  it('a notice to a group ("Estimados padres de familia:") is not mail to the desk', () => {
    const lead = 'Guardería Pequeños Pasos\n\nEstimados padres de familia:\n\nLes recordamos que deberán actualizar la constancia. Pendientes:\n- IAN MATEO VILLA CORONA (CURP VICI240814HJCLRNC1)';
    expect(detectAutomatic(mail({ from: { address: 'direccion.pequenospasos@gmail.com', name: 'Guardería' } }), DESK, { leadText: lead, identifiers: true, identifiersInLead: true })).toEqual({ automatic: true, reason: 'automatic_text' });
  });

  it('a statement sender ("estadosdecuenta@") is a system; "Mi Cuenta" as an app\'s label is nobody speaking', () => {
    const lead = 'Trabajador: RAMON CARRILLO\nNSS: 21917403673\nEl detalle de tus movimientos está en la sección Mi Cuenta de la aplicación.';
    expect(detectAutomatic(mail({ from: { address: 'estadosdecuenta@aforepatrimonio.com.mx', name: 'AFORE' } }), DESK, { leadText: lead, identifiers: true, identifiersInLead: true, identifierValues: ['21917403673'] })).toEqual({ automatic: true, reason: 'system_sender' });
  });

  it('"no reviso seguido el correo. Regreso el 20 de febrero." is an away notice', () => {
    const lead = 'Hola, gracias por escribir. Estoy en Mazatlán con mi mamá y no reviso seguido el correo. Regreso el 20 de febrero.';
    expect(detectAutomatic(mail({ from: { address: 'silvia@yahoo.com.mx', name: 'Silvia' }, subject: 'Re: Alta IMSS de mi hijo' }), DESK, { leadText: lead, identifiers: false })).toEqual({ automatic: true, reason: 'out_of_office_text' });
  });
});

describe("an office's notice under a heading (issue #3, fresh43 set)", () => {
  it('"AVISO DE DOCUMENTOS PENDIENTES" from an office is automatic; a student mimicking one is not', () => {
    const lead = 'Coordinación de Control Escolar CUCS\n\nAVISO DE DOCUMENTOS PENDIENTES 2028A\n\nAlumno: DIANA CARRILLO PONCE\nCódigo: 225433276\nFecha límite de entrega: 31 de mayo de 2028';
    expect(detectAutomatic(mail({ from: { address: 'control.escolar@cucs.udg.mx', name: '' } }), DESK, { leadText: lead, identifiers: true, identifiersInLead: true })).toEqual({ automatic: true, reason: 'automatic_text' });
    expect(detectAutomatic(mail(), DESK, { leadText: 'NOTIFICACIÓN\n\nALUMNO: Lucía Pérez\nCÓDIGO: 224307907\n\nFAVOR DE DAR DE ALTA.', identifiers: true, identifiersInLead: true, fromStudentMailbox: true })).toEqual({ automatic: false });
  });
});

describe('payroll and insurance (issue #3, fresh41 and fresh42 sets)', () => {
  it('"le comparto el recibo de nómina" with the values only in the attachment is a transaction; an insurance claim\'s status too', () => {
    const firm = mail({ from: { address: 'elvira@despacho-romero.com.mx', name: 'Elvira' }, subject: 'Recibo nómina' });
    expect(detectAutomatic(firm, DESK, { leadText: 'Buenas tardes, le comparto el recibo de nómina de la quincena.\nSaludos.', identifiers: true, identifiersInLead: false })).toEqual({ automatic: true, reason: 'transaction_text' });
    const agent = mail({ from: { address: 'agustin.seguros@gmail.com', name: 'Agustín' } });
    expect(detectAutomatic(agent, DESK, { leadText: 'Buenas tardes, le comparto el estatus de la reclamación:\nAsegurado: Damaris Quiroz\nCURP: QUED060328MJCRSMC8\nPóliza: GM-850379942\nDeducible: $8,000.00', identifiers: true, identifiersInLead: true })).toEqual({ automatic: true, reason: 'transaction_text' });
  });
});

describe('ordinary days (issue #3, fresh44-fresh46 sets)', () => {
  it('hand-typed away notes: "con poca señal", "no estaré revisando el correo hasta el martes"', () => {
    const m = mail({ from: { address: 'norma@gmail.com', name: 'Norma' }, subject: 'Re: Alta IMSS' });
    expect(detectAutomatic(m, DESK, { leadText: 'Hola, estoy fuera de la ciudad hasta el 28 de agosto con poca señal. Saludos, Norma', identifiers: false })).toEqual({ automatic: true, reason: 'out_of_office_text' });
    expect(detectAutomatic(m, DESK, { leadText: 'Buenas tardes. Por el puente no estaré revisando el correo hasta el martes 14. Para trámites urgentes, favor de llamar a la ext. 2410.', identifiers: false })).toEqual({ automatic: true, reason: 'out_of_office_text' });
  });
});

describe('mail written to the student, not by her (issue #3, fresh47-fresh49 sets)', () => {
  it('a notice that speaks to "tú" with no word of its writer\'s own is automatic', () => {
    const lead = 'Universidad de Guadalajara\nCredencial digital\n¡Tu credencial digital ya está disponible!\nNombre: Jesús Alberto Mendoza Villaseñor\nCódigo: 228261934\nDescárgala en la App Mi UDG, sección Credencial.';
    expect(detectAutomatic(mail({ from: { address: 'credencial.digital@udg.mx', name: 'Credencial Digital UDG' }, subject: 'Tu credencial digital está lista' }), DESK, { leadText: lead, identifiers: true, identifiersInLead: true })).toEqual({ automatic: true, reason: 'automatic_text' });
    const rent = 'Hola Ximena 👋\nTe recuerdo que tu renta de enero vence el 10 de enero.\nCódigo UDG registrado: 227599831\nPuedes pagar por transferencia.';
    expect(detectAutomatic(mail({ from: { address: 'casalasfuentes.gdl@gmail.com', name: 'Casa Las Fuentes' }, subject: 'Recordatorio de renta - enero' }), DESK, { leadText: rent, identifiers: true, identifiersInLead: true, fromStudentMailbox: true })).toEqual({ automatic: true, reason: 'automatic_text' });
  });

  it('a person who speaks of herself, asks, or writes about the desk\'s subject is not', () => {
    const m = mail({ from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana' }, subject: 'Datos' });
    const ev = (leadText: string) => ({ leadText, identifiers: true, identifiersInLead: true, fromStudentMailbox: true });
    // "te comparto", "los míos", an English "I", a question: the writer's own words.
    expect(detectAutomatic(m, DESK, ev('Hola, te comparto los datos: código 221379626, NSS 42190300188.'))).toEqual({ automatic: false });
    expect(detectAutomatic(m, DESK, ev('En la guía dice "Tu NSS es: 74927602404". Los míos: código 223733590.'))).toEqual({ automatic: false });
    expect(detectAutomatic(m, DESK, ev('Dear team, I am an exchange student from TU Dresden. Student code: 221379626'))).toEqual({ automatic: false });
    expect(detectAutomatic(m, DESK, ev('[13:20] Asistente: ¿Tu código?\n[13:21] Ana: 221379626'))).toEqual({ automatic: false });
    // Gmail's confidential-mode wrapper of a student's own request, under the desk's subject.
    const wrapper = 'Recibiste un correo electrónico confidencial.\nEl modo confidencial de Gmail te permite enviar correos que vencen.';
    expect(detectAutomatic(mail({ from: m.from, subject: 'Alta IMSS (confidencial)' }), DESK, { leadText: wrapper, identifiers: false, fromStudentMailbox: true })).toEqual({ automatic: false });
  });
});

describe('a formal letter to the desk (issue #3, fresh49 set)', () => {
  it('"Estimados miembros de la Coordinación: Tengo el gusto de ... solicitar mi afiliación" is a person', () => {
    const lead = 'Estimados miembros de la Coordinación:\nTengo el gusto de saludarles y, a la vez, de solicitar mi afiliación al IMSS.\nCódigo de estudiante: 229455723';
    expect(detectAutomatic(mail({ from: { address: 'zaira_quintero_23@gmail.com', name: 'Zaira Quintero Sánchez' } }), DESK, { leadText: lead, identifiers: true, identifiersInLead: true, fromStudentMailbox: true })).toEqual({ automatic: false });
  });
});

describe('automatic mail of an ordinary day, second pass (issue #3, fresh48 and fresh49 sets)', () => {
  it('"Mi Cuenta Infonavit" heading a system\'s notice is a label, not someone speaking', () => {
    const lead = 'Mi Cuenta Infonavit\nHola, HECTOR MANUEL LOZANO ACEVES:\nTe informamos que se registró un nuevo movimiento.\nNSS: 29998448053\nMensaje informativo, por favor no respondas a esta dirección.';
    expect(detectAutomatic(mail({ from: { address: 'avisos@infonavit.org.mx', name: 'Infonavit' }, subject: 'Nuevo movimiento' }), DESK, { leadText: lead, identifiers: true, identifiersInLead: true, identifierValues: ['29998448053'] })).toEqual({ automatic: true, reason: 'system_sender' });
  });

  it('a social network\'s digest quoting someone ("Brenda: "hola, mi código es ..."") is its own mail', () => {
    const lead = 'Tienes 7 mensajes nuevos\nBrenda Mora: "hola buenas tardes, mi código es 226800818, quería saber si ya me dieron de alta..."\n...y 5 más';
    expect(detectAutomatic(mail({ from: { address: 'notification@facebookmail.com', name: 'Meta Business Suite' } }), DESK, { leadText: lead, identifiers: true, identifiersInLead: true, identifierValues: ['226800818'] })).toEqual({ automatic: true, reason: 'system_sender' });
  });

  it('a retired mailbox\'s rule ("Este correo ya no es atendido") is automatic', () => {
    const lead = 'Este correo ya no es atendido.\nA partir del 1 de marzo los asuntos se atienden en serviciosestudiantiles@cuvalles.udg.mx.\nGracias.';
    expect(detectAutomatic(mail({ from: { address: 'enlace.imss@cuvalles.udg.mx', name: 'Enlace IMSS' }, subject: 'Re: Alumno sin vigencia' }), DESK, { leadText: lead, identifiers: false })).toEqual({ automatic: true, reason: 'automatic_text' });
  });

  it('an away note that names who handles matters meanwhile ("Los asuntos de tutoría los atiende ...")', () => {
    const lead = 'Buenas tardes. Les informo que me encuentro de incapacidad por maternidad del 5 de marzo al 28 de mayo. Los asuntos de tutoría los atiende el Mtro. Hugo Salcedo.\nSaludos.';
    expect(detectAutomatic(mail({ from: { address: 'gloria.esparza@academicos.udg.mx', name: 'Gloria Esparza' }, subject: 'Re: Tutorado sin seguro' }), DESK, { leadText: lead, identifiers: false })).toEqual({ automatic: true, reason: 'out_of_office_text' });
  });

  it('a bounce written in prose with an SMTP status is a delivery report, whatever it returns', () => {
    const lead = 'Your message did not reach some or all of the intended recipients.\nRemote server replied: 550 5.1.1 User unknown\n--- Copia del mensaje ---\nNombre: Guadalupe Cortés Dávila\nCódigo: 227010388';
    expect(detectAutomatic(mail({ from: { address: 'administrator@mail.cualtos.udg.mx', name: '' } }), DESK, { leadText: lead, identifiers: true, identifiersInLead: true })).toEqual({ automatic: true, reason: 'delivery_report' });
    expect(detectAutomatic(mail(), DESK, { leadText: 'Les escribo porque mi correo anterior no se pudo entregar, mi código es 227010388.', identifiers: true, identifiersInLead: true })).toEqual({ automatic: false });
  });
});

describe('a document issued about someone (issue #3, fresh49 set)', () => {
  it('a receipt or a registration naming someone under a role\'s label, with nobody speaking, is automatic', () => {
    const receipt = 'Sociedad de Padres de Familia · Preparatoria No. 5\nRecibo de aportación voluntaria No. 6242\nAlumno: Santiago Lara Huerta\nCódigo: 229551560\nImporte: $350.00\nGracias por su apoyo.';
    expect(detectAutomatic(mail({ from: { address: 'tesoreria.padresprepa5@gmail.com', name: 'Tesorería' }, subject: 'Recibo de aportación' }), DESK, { leadText: receipt, identifiers: true, identifiersInLead: true, fromStudentMailbox: true })).toEqual({ automatic: true, reason: 'automatic_text' });
  });

  it('a parent who writes "Alumno: ..." about her child is not', () => {
    const lead = 'Buenas tardes, les envío los datos de mi hijo para su inscripción al seguro:\nAlumno: Santiago Lara Huerta\nCódigo: 229551560';
    expect(detectAutomatic(mail({ from: { address: 'rosa.huerta@gmail.com', name: 'Rosa Huerta' }, subject: 'Datos' }), DESK, { leadText: lead, identifiers: true, identifiersInLead: true, fromStudentMailbox: true })).toEqual({ automatic: false });
  });

  it('the role may end the line that introduces the record: "... de la prestadora:" (fresh57 set)', () => {
    const release = 'Sistema de Servicio Social\n\nSe registró la LIBERACIÓN del servicio social de la prestadora:\n\nNombre: Yazmín Ortiz Camarena\nCódigo: 223543805\nHoras acreditadas: 480\n\nLa constancia de liberación estará disponible en 10 días hábiles.';
    const from = { address: 'sistema@serviciosocial.udg.mx', name: 'Servicio Social UdeG' };
    expect(detectAutomatic(mail({ from, subject: 'Liberación de servicio social registrada' }), DESK, { leadText: release, identifiers: true, identifiersInLead: true })).toEqual({ automatic: true, reason: 'automatic_text' });
    // A writer who introduces "los datos de la alumna:" speaks for herself.
    const lead = 'Buenas tardes, les envío la constancia y los datos de la alumna:\nNombre: Yazmín Ortiz Camarena\nCódigo: 223543805';
    expect(detectAutomatic(mail({ from, subject: 'Constancia' }), DESK, { leadText: lead, identifiers: true, identifiersInLead: true })).toEqual({ automatic: false });
  });
});

describe("an office's circular to the desk's team (issue #3, fresh52 set)", () => {
  it('"¡Buenas tardes, equipo!" with no student in it and nobody speaking is automatic; a colleague passing a case is not', () => {
    const lead = '¡Buenas tardes, equipo!\nGracias por participar en el Concurso de Altares. Estos son los resultados:\n1er lugar: Módulo de Becas\nLos premios se entregan el lunes.';
    expect(detectAutomatic(mail({ subject: 'Resultados del concurso de altares', from: { address: 'araceli.vizcaino@udg.mx', name: 'Araceli Vizcaíno' } }), DESK, { leadText: lead, identifiers: false })).toEqual({ automatic: true, reason: 'automatic_text' });
    // On the desk's subject it is not dropped (since session 16; hold.ts holds a colleague's mail
    // for a person): "Buen día, compañeros. Hoy atendieron a un alumno ... y no tiene vigencia".
    const told = 'Buen día, compañeros.\nHoy en la mañana atendieron a un alumno que se desmayó en el edificio G y no tiene vigencia.';
    expect(detectAutomatic(mail({ subject: 'Alumno atendido', from: { address: 'servicio.medico@cucea.udg.mx', name: 'Servicio Médico' } }), DESK, { leadText: told, identifiers: false })).toEqual({ automatic: false });
    expect(detectAutomatic(mail({ subject: 'Resultados del concurso de altares', from: { address: 'araceli.vizcaino@udg.mx', name: 'Araceli Vizcaíno' } }), DESK, { leadText: lead.replace('Módulo de Becas', 'Módulo IMSS'), identifiers: false })).toEqual({ automatic: false });
    const passOn = 'Compañeros, les turno el caso de la alumna Ana Ruiz Peña, código 221935987, no aparece vigente.';
    expect(detectAutomatic(mail({ from: { address: 'control.escolar@cucei.udg.mx', name: 'Control Escolar' } }), DESK, { leadText: passOn, identifiers: true, identifiersInLead: true })).toEqual({ automatic: false });
  });
});

describe('notices of an ordinary day, third pass (issue #3, fresh51 set)', () => {
  it('a collection agency\'s "ESTIMADO(A) MAYRA ALEJANDRA BONILLA JARAMILLO" is a mail merge', () => {
    const lead = 'AVISO EXTRAJUDICIAL\nESTIMADO(A) MAYRA ALEJANDRA BONILLA JARAMILLO\nCURP: BOJM071021MJCNRYA8\nPor medio del presente le informamos que su crédito presenta un adeudo vencido.';
    expect(detectAutomatic(mail({ from: { address: 'cobranza.salcedoasociados@gmail.com', name: 'Despacho' } }), DESK, { leadText: lead, identifiers: true, identifiersInLead: true, fromStudentMailbox: true })).toEqual({ automatic: true, reason: 'automatic_text' });
  });

  it('an office\'s obituary under "ESQUELA" is a notice', () => {
    const lead = 'ESQUELA\nLa Coordinación lamenta profundamente el sensible fallecimiento del\nSr. Rogelio Andrade Cisneros\nNos unimos a la pena que embarga a su familia.';
    expect(detectAutomatic(mail({ from: { address: 'rh.cgsu@udg.mx', name: 'Recursos Humanos' } }), DESK, { leadText: lead, identifiers: false })).toEqual({ automatic: true, reason: 'automatic_text' });
  });
});

describe('a notice that speaks to "usted" (issue #3, fresh50 set)', () => {
  it('"Su visita llegó ... Por favor pase a recibirla" with nobody speaking is automatic; a person asking about hers is not', () => {
    const lead = 'Recepción - Pedro Moreno 1029\nSu visita llegó.\nVisitante: Lic. Martha Aceves\nHora de llegada: 10:02\nPor favor pase a recibirla o avise a recepción.';
    expect(detectAutomatic(mail({ from: { address: 'recepcion.visitas@cse.udg.mx', name: 'Recepción' }, subject: 'Su visita llegó a recepción' }), DESK, { leadText: lead, identifiers: false })).toEqual({ automatic: true, reason: 'automatic_text' });
    expect(detectAutomatic(mail({ subject: 'Pago' }), DESK, { leadText: 'Buenas tardes, les envío el comprobante de su pago que me pidieron.', identifiers: false })).toEqual({ automatic: false });
  });
});

describe("a web form's test that says so (issue #3, fresh53 set)", () => {
  it('"test test 123, favor de ignorar" with placeholder values is a test run; a real code is not', () => {
    const lead = 'Nuevo mensaje desde el formulario "Contacto IMSS"\nNombre: Prueba Prueba\nCódigo: 000000000\nMensaje: test test 123, favor de ignorar (prueba del nuevo formulario)';
    expect(detectAutomatic(mail({ from: { address: 'wordpress@estudiantes.udg.mx', name: 'Servicios Estudiantiles' }, subject: 'Contacto IMSS' }), DESK, { leadText: lead, identifiers: true, identifiersInLead: true, identifierValues: ['000000000'] })).toEqual({ automatic: true, reason: 'test_run' });
    expect(detectAutomatic(mail({ subject: 'Contacto IMSS' }), DESK, { leadText: lead.replace('000000000', '221935987'), identifiers: true, identifiersInLead: true, identifierValues: ['221935987'] })).toEqual({ automatic: false });
  });
});

describe('a survey tool relaying a comment (issue #3, fresh78 set)', () => {
  it('an auto-generated notice whose only person speaks inside quotation marks is automatic; a bridge\'s transcript is not', () => {
    const survey = mail({ from: { address: 'encuestas@udg.mx', name: 'Encuestas UdeG' }, subject: 'Nuevo comentario: Satisfacción con el trámite', headers: { 'auto-submitted': 'auto-generated' } });
    const comment = 'Nuevo comentario en la encuesta\nCalificación general: 3 de 5\n"Me atendieron bien. Soy Itzel Saucedo Rubio, código 223847566, por si lo quieren revisar. Ya quedó mi alta, gracias."\nEste mensaje se generó automáticamente.';
    expect(detectAutomatic(survey, DESK, { leadText: comment, identifiers: true, identifiersInLead: true, identifierValues: ['223847566'] })).toEqual({ automatic: true, reason: 'auto_submitted' });
    const transcript = 'Conversación de WhatsApp\nSoy Itzel Saucedo Rubio, código 223847566, no tengo vigencia.';
    expect(detectAutomatic(survey, DESK, { leadText: transcript, identifiers: true, identifiersInLead: true, identifierValues: ['223847566'] })).toEqual({ automatic: false });
  });
});

describe('a personal auto-reply with no automatic header (issue #3, fresh85 set)', () => {
  it('"estoy desconectada: sin redes, sin WhatsApp y sin correo" with its dates is an away note; a student saying she was disconnected is not', () => {
    const away = 'Detox digital\nDel 23 de diciembre al 9 de enero estoy desconectada: sin redes, sin WhatsApp y sin correo. Si es una emergencia, háblale a mi mamá.\nNos leemos en 2028.\nPao';
    expect(detectAutomatic(mail({ from: { address: 'pao.esquivel.r@yahoo.com.mx', name: 'Pao Esquivel' }, subject: 'RE: Re: Alta IMSS' }), DESK, { leadText: away, identifiers: false })).toEqual({ automatic: true, reason: 'out_of_office_text' });
    const back = 'Perdón por tardar, estuve desconectada en vacaciones. Mi NSS es 32200327438.';
    expect(detectAutomatic(mail({ from: { address: 'pao.esquivel.r@yahoo.com.mx', name: 'Pao Esquivel' }, subject: 'RE: Re: Alta IMSS' }), DESK, { leadText: back, identifiers: true, identifiersInLead: true })).toEqual({ automatic: false });
  });
});

describe("a list's digest quoting a member's post with a student's values (issue #3, fresh96 set)", () => {
  it('is automatic: the values stand only inside the quoted post', () => {
    const digest = 'padres-prepa20@googlegroups.com\nResumen abreviado · 3 actualizaciones\n\nSeguro del IMSS de los muchachos\nHugo Zúñiga: "Buenas noches, yo mandé los datos de Emiliano (Emiliano Zúñiga Varela, CURP ZUVE140108HJCXRMC1) hace una semana a imss@udg.mx y no me han contestado..."\n';
    const m = mail({ text: digest, from: { address: 'padres-prepa20@googlegroups.com', name: 'padres-prepa20' }, headers: { precedence: 'list', 'list-id': '<padres-prepa20.googlegroups.com>' } });
    const options = { institutionalDomains: ['alumnos.udg.mx'], studentCodePattern: '^\\d{9}$', deskAddresses: DESK, now: new Date('2030-03-02T12:00:00Z') };
    expect(triageMessage(m, options).decision).toBe('ignore');
    // A member who writes to the desk through the list, her values in her own words, is answered.
    const own = mail({ text: 'Buenas noches, mando los datos de mi hijo Emiliano Zúñiga Varela, CURP ZUVE140108HJCXRMC1.', from: { address: 'padres-prepa20@googlegroups.com', name: 'padres-prepa20' }, headers: { precedence: 'list', 'list-id': '<padres-prepa20.googlegroups.com>' } });
    expect(triageMessage(own, options).decision).not.toBe('ignore');
  });
});

describe("a webinar's questions report with a parent's question (issue #3, fresh103 set)", () => {
  const options = { institutionalDomains: ['alumnos.udg.mx'], studentCodePattern: '^\\d{9}$', deskAddresses: DESK, now: new Date('2032-05-06T12:00:00Z') };
  const from = { address: 'no-reply@reuniones.udg.mx', name: 'Reuniones UDG' };
  const headers = { 'auto-submitted': 'auto-generated' };
  it('is automatic: the first person speaks only in an entry tagged with its participant', () => {
    const report = 'Informe de preguntas y respuestas\nSeminario web: "Seguro facultativo para alumnos de prepa"\n\n1. (Participante anónimo) ¿El NSS de mi hijo puede ser el mío?\n   Respuesta (en vivo): No.\n2. (Rosa M.) Mi hijo es Diego Alonso Mejía Cárdenas, de la Prepa 14, su NSS es 48241619096, ¿ya está dado de alta?\n   Respuesta: Sin responder\n\nEste mensaje se generó automáticamente.';
    expect(triageMessage(mail({ text: report, from, headers }), options).decision).toBe('ignore');
  });
  it("a person's own words through the same relay, untagged, are answered", () => {
    const own = 'Buenas noches, soy Rosa Mejía. Mi hijo es Diego Alonso Mejía Cárdenas, de la Prepa 14, su NSS es 48241619096, ¿ya está dado de alta?\n\nEste mensaje se generó automáticamente.';
    expect(triageMessage(mail({ text: own, from, headers }), options).decision).not.toBe('ignore');
  });
});

describe("a mailing list's digest of its members' posts (issue #3, fresh166 set)", () => {
  it("Mailman's 'Temas del día: … Mensaje: 1 / Fecha: / De:' with a member's values in a post: automatic", () => {
    const digest = 'Enviar los envíos a la lista de correo comunidad a\n\tcomunidad@udg.mx\n\nTemas del día:\n\n   1. Re: Boletín (Rodrigo Salas Medina)\n   2. Re: Boletín (Ana Ruiz)\n\n----------------------------------------------------------------------\n\nMensaje: 1\nFecha: Mon, 19 Jan 2043 07:33:10 -0600\nDe: Rodrigo Salas Medina <rodrigo.salas5373@alumnos.udg.mx>\n\nyo no tengo seguro: 222721616 27240485485 SAMR040315HJCLDDC5\n\n------------------------------\n\nMensaje: 2\nFecha: Mon, 19 Jan 2043 07:40:00 -0600\nDe: Ana Ruiz <ana.ruiz@gmail.com>\n\nyo tampoco\n\nFin de Resumen de comunidad, Vol 31, Envío 7';
    const headers = { precedence: 'list', 'list-id': '<comunidad.udg.mx>' };
    const options = { institutionalDomains: ['alumnos.udg.mx'], studentCodePattern: '^\\d{9}$', deskAddresses: DESK, now: new Date('2043-01-19T18:00:00Z') };
    const from = { address: 'comunidad-request@udg.mx', name: 'comunidad-request' };
    expect(triageMessage(mail({ text: digest, from, headers, subject: 'Resumen de comunidad, Vol 31, Envío 7' }), options).decision).toBe('ignore');
    // A member who writes to the desk through the list, her values in her own words, is answered.
    const own = mail({ text: 'Buenos días, no tengo seguro. Mis datos: Rodrigo Salas Medina, 222721616, 27240485485, SAMR040315HJCLDDC5.', from, headers });
    expect(triageMessage(own, options).decision).not.toBe('ignore');
  });
});

describe("a list's automatic copy of a mail sent to the desk (issue #3, fresh170 set)", () => {
  it("'--- Copia automática de la lista imss-copias ---' over a student's request: automatic; her own mail reaches the desk", () => {
    const copy = '--- Copia automática de la lista imss-copias (plataforma anterior) ---\n\nDe: iker.montes9423@alumnos.udg.mx\n\nbuen dia solicito mi alta\nIker Montes de Oca Lira\n240033966\n72242239985\nMOLI220117HJCNRKC3\n\n---\nEsta lista dejará de funcionar el 31/03/2043.';
    const headers = { precedence: 'list', 'list-id': '<imss-copias.listas.udg.mx>' };
    const options = { institutionalDomains: ['alumnos.udg.mx'], studentCodePattern: '^\\d{9}$', deskAddresses: DESK, now: new Date('2043-03-20T04:00:00Z') };
    const from = { address: 'imss-copias@listas.udg.mx', name: 'imss-copias (lista anterior)' };
    expect(triageMessage(mail({ text: copy, from, headers, subject: '[imss-copias] alta imss Iker Montes de Oca Lira' }), options).decision).toBe('ignore');
    // The same words posted to the list by the student himself, no banner: answered.
    const own = mail({ text: copy.replace(/^--- Copia[^\n]*\n\nDe: [^\n]*\n\n/, ''), from, headers, subject: '[imss-copias] alta imss' });
    expect(triageMessage(own, options).decision).not.toBe('ignore');
  });
});

describe("a group's digest and the IMSS's own greeting, no automatic header (issue #3, fresh176-fresh181 sets)", () => {
  const options = { institutionalDomains: ['alumnos.udg.mx'], studentCodePattern: '^\\d{9}$', deskAddresses: DESK, now: new Date('2043-11-12T04:00:00Z') };
  it("groups.io's 'Resumen #318 ... Dejar el grupo' quoting a father's post with his son's values: automatic; the father's own mail is answered", () => {
    const post = 'Yo ya mandé lo de mi hijo Santiago Ochoa Parra, código 242672508, NSS 61242404723, al correo imss@udg.mx y me contestaron en dos días.';
    const digest = `Papás Medicina 2043B - Resumen #318\n\n1. Uniformes de educación física\n2. Seguro del IMSS de los muchachos\n\n-- 2 de 2 --\nDe: Ramiro Ochoa\n${post}\n\nVer/responder en línea: https://groups.io/g/papasmedicina2043/message/318\nDejar el grupo: papasmedicina2043+unsubscribe@groups.io`;
    const from = { address: 'papasmedicina2043+owner@groups.io', name: 'papasmedicina2043@groups.io Group Moderators' };
    expect(triageMessage(mail({ text: digest, from, subject: '[papasmedicina2043] Resumen #318' }), options).decision).toBe('ignore');
    // The same post mailed to the desk by the father: answered.
    expect(triageMessage(mail({ text: `Buenas tardes. ${post.replace('Yo ya mandé lo de', 'Les escribo por')}`, from: { address: 'ramiro.ochoa@gmail.com', name: 'Ramiro Ochoa' }, subject: 'Seguro de mi hijo' }), options).decision).not.toBe('ignore');
  });
  it("'Estimado(a) derechohabiente: Adjunto encontrará su Constancia de Número de Seguridad Social': automatic", () => {
    const text = 'Estimado(a) derechohabiente:\n\nAdjunto encontrará su Constancia de Número de Seguridad Social.\n\nInstituto Mexicano del Seguro Social';
    expect(detectAutomatic(mail({ text, from: { address: 'constancias.nss@imss.gob.mx', name: 'Instituto Mexicano del Seguro Social' }, subject: 'Constancia de Número de Seguridad Social' }), DESK, { leadText: text, identifiers: true }).automatic).toBe(true);
    expect(detectAutomatic(mail({ text: 'Estimado señor:\n\nAdjunto la constancia de mi hijo.', subject: 'Constancia' }), DESK, { leadText: 'Estimado señor:\n\nAdjunto la constancia de mi hijo.', identifiers: true }).automatic).toBe(false);
  });
});

describe("offices writing in their own name, and header-less robots (issue #3, fresh182-fresh187 sets)", () => {
  const options = { institutionalDomains: ['alumnos.udg.mx'], studentCodePattern: '^\\d{9}$', deskAddresses: DESK, now: new Date('2044-04-13T04:00:00Z') };
  it("IT's 'bloqueamos la cuenta ... el correo falso \"Actualiza tus datos del seguro\"' signed 'Soporte TI': a person; a notice to 'tú' is still automatic", () => {
    const it = 'Buenas tardes,\nPara su conocimiento: esta mañana bloqueamos la cuenta omar.villegas7648@alumnos.udg.mx, del alumno Omar Villegas Soto, porque envió el correo falso "Actualiza tus datos del seguro" a más de 300 contactos. La cuenta fue comprometida, el alumno no lo hizo.\nSoporte TI, CUCEI';
    const from = { address: 'soporte.ti@cucei.udg.mx', name: 'Soporte TI CUCEI' };
    expect(detectAutomatic(mail({ text: it, from, subject: 'Cuenta de alumno bloqueada por envío masivo' }), DESK, { leadText: it, identifiers: false }).automatic).toBe(false);
    const notice = 'Tu credencial digital ya está disponible. Descárgala en el portal.\nSoporte TI, CUCEI';
    expect(detectAutomatic(mail({ text: notice, from, subject: 'Credencial' }), DESK, { leadText: notice, identifiers: false }).automatic).toBe(true);
  });
  it("the IMSS subdelegation's 'Le informamos ... Solicitamos confirmen si su alta está vigente' about a student: answered", () => {
    const text = 'Buenas tardes.\nSe presentó en esta subdelegación la alumna Irene Salcedo Vázquez, NSS 50242157860, CURP SAVI211001MJCLZRC6, indicando que la Universidad le solicitó actualizar sus datos por correo. Le informamos que el IMSS no realiza ese trámite por correo electrónico. Solicitamos confirmen si su alta como estudiante está vigente.\nAtentamente\nDepartamento de Afiliación y Vigencia';
    expect(triageMessage(mail({ text, from: { address: 'afiliacion.sdgdl@imss.gob.mx', name: 'Afiliación y Vigencia' }, subject: 'Alumna UdeG - supuesta actualización de datos' }), options).decision).not.toBe('ignore');
  });
  it("'Mensaje automático del telecentro.', '¡Bienvenidas y bienvenidos al calendario 2044A!' and 'Respaldo de SMS creado': automatic", () => {
    const tele = 'Este correo es de uso común del Telecentro Comunitario.\nLo revisamos los sábados de 10:00 a 14:00.\nMensaje automático del telecentro.';
    expect(detectAutomatic(mail({ text: tele }), DESK, { leadText: tele, identifiers: false }).automatic).toBe(true);
    const feu = '¡Bienvenidas y bienvenidos al calendario 2044A!\n- Inicio de clases: lunes 18 de enero.\n- ¿No tienes IMSS? Escribe a imss@udg.mx con tus datos.';
    expect(detectAutomatic(mail({ text: feu }), DESK, { leadText: feu, identifiers: false }).automatic).toBe(true);
    const sms = 'Respaldo de SMS creado: 3 mensajes.\nArchivo adjunto: sms-20440122060000.xml';
    expect(detectAutomatic(mail({ text: sms }), DESK, { leadText: sms, identifiers: false }).automatic).toBe(true);
    // (A student's own line that starts the same way says more: "Mensaje automático del IMSS dice que no tengo vigencia".)
    const own = 'Hola, me llegó esto.\nMensaje automático del IMSS dice que no tengo vigencia, ¿qué hago?';
    expect(detectAutomatic(mail({ text: own }), DESK, { leadText: own, identifiers: false }).automatic).toBe(false);
  });
});

describe("a congress's mail to its participants, an app's backup and a list's digest (issue #3, fresh189-fresh191 sets)", () => {
  it("'Estimados participantes: Adjuntamos la memoria ...': automatic", () => {
    const text = 'Estimados participantes:\n\nAdjuntamos la memoria preliminar de resúmenes del Congreso del Verano 2044. Revisen sus datos y reporten errores antes del 20 de julio.\n\nComité organizador';
    expect(detectAutomatic(mail({ text }), DESK, { leadText: text, identifiers: false }).automatic).toBe(true);
  });
  it("'Respaldo automático de la página \"Mis datos\"' (a communication board's backup with a student's data): automatic; a student's own mention is not", () => {
    const text = 'Respaldo automático de la página "Mis datos" (tablero de Regina Altamirano Solís):\n\n[1] Hola, me llamo Regina Altamirano Solís.\n[2] Mi código es 241013521.\n[3] Mi número del seguro es 12242255839.';
    expect(detectAutomatic(mail({ text, from: { address: 'backup@tdsnap-app.com', name: 'Respaldo TD Snap' } }), DESK, { leadText: text, identifiers: true, identifiersInLead: true }).automatic).toBe(true);
    const own = 'Hola, les mando mis datos, los tenía en el respaldo automático de la app.\nMi código es 241013521.';
    expect(detectAutomatic(mail({ text: own }), DESK, { leadText: own, identifiers: true, identifiersInLead: true }).automatic).toBe(false);
  });
  it("a list's digest 'Resumen de ...: 3 mensajes' with 'Para dejar de recibir este resumen' and a member's post with her NSS: the list's", () => {
    const text = 'delegacion-universiada2044@udg.mx - Resumen diario - 3 mensajes\n\n1. "Horario de desayuno" - Laura Sandoval\n   El comedor abre a las 6:00.\n\n2. "Re: vigencia IMSS" - Mildred Zavala Cueto\n   Ya subí mi constancia, mi NSS es 59242282057, ¿alguien sabe si ya me quitaron el bloqueo?\n\nPara dejar de recibir este resumen, escribe a delegacion-universiada2044+baja@udg.mx';
    const from = { address: 'delegacion-universiada2044+noreply@udg.mx', name: 'delegacion-universiada2044' };
    expect(detectAutomatic(mail({ text, from, subject: 'Resumen de delegacion-universiada2044@udg.mx - 3 mensajes' }), DESK, { leadText: text, identifiers: true, identifiersInLead: true }).automatic).toBe(true);
  });
});

describe("a receptionist's phone message (issue #3, fresh195)", () => {
  it("'RECADO TELEFÓNICO / Mientras usted no estaba ... Pregunta si ya tienen su solicitud' is a person's note, not a notice to its reader", () => {
    const text = 'RECADO TELEFÓNICO\nMientras usted no estaba\n\nDe: Samantha Núñez Bravo\n[X] Llamó\n[X] Volverá a llamar\n\nMensaje:\nAlumna de Enfermería en Zapotlán. Pregunta si ya tienen su solicitud; la mandó desde su correo samantha.nunez2290@alumnos.udg.mx. Código 241548175.\n\nRecibió: Paty';
    expect(detectAutomatic(mail({ text, from: { address: 'recepcion@cusur.udg.mx', name: 'Recepción CUSur' }, subject: 'Recado' }), DESK, { leadText: text, identifiers: true, identifiersInLead: true }).automatic).toBe(false);
  });
});

describe('machine data sent as mail (issue #3, fresh195 set)', () => {
  it("a body that is one JSON document (a CRM's webhook misrouted to the desk) is automatic, whatever student it carries", () => {
    const json = '{"event":"ticket.created","ticket":"441018886","queue":"SE-IMSS","student":{"name":"Esperanza Gallo Cabrera","code":"241582050","curp":"GACE220722MJCLBSC0"},"agent":"ext2219"}';
    const writer = { leadText: json, identifiers: true, identifiersInLead: true, identifierValues: ['241582050', 'GACE220722MJCLBSC0'] };
    expect(detectAutomatic(mail({ from: { address: 'integracion.crm@udg.mx', name: 'crm-integracion' }, text: `${json}\n` }), DESK, writer)).toEqual({ automatic: true, reason: 'machine_data' });
  });

  it('a person who pastes JSON among her own words, or writes in braces, is not', () => {
    const pasted = 'Hola, el sistema me mostró esto:\n{"code":"241582050","status":"baja"}\n¿Qué hago?';
    expect(detectAutomatic(mail({ text: pasted }), DESK, { leadText: pasted, identifiers: true, identifiersInLead: true, identifierValues: ['241582050'] })).toEqual({ automatic: false });
    const braces = '{Mi código es 241582050}';
    expect(detectAutomatic(mail({ text: braces }), DESK, { leadText: braces, identifiers: true, identifiersInLead: true, identifierValues: ['241582050'] })).toEqual({ automatic: false });
  });
});

describe('a test that says not to handle it (issue #3, fresh195 set)', () => {
  it('"MENSAJE DE PRUEBA, NO ATENDER" is a test run even when its made-up values pass the checks', () => {
    const lead = '*** MENSAJE DE PRUEBA, NO ATENDER ***\n\nprueba de dictado uno dos tres\nnombre prueba sistema dictado\ncódigo 238437237';
    const writer = { leadText: lead, identifiers: true, identifiersInLead: true, identifierValues: ['238437237'] };
    expect(detectAutomatic(mail({ from: { address: 'macro.dictado@udg.mx', name: 'Macro Dictado CAT' }, subject: 'macro de dictado v2' }), DESK, writer)).toEqual({ automatic: true, reason: 'test_run' });
    expect(detectAutomatic(mail({ from: { address: 'macro.dictado@udg.mx', name: 'Macro Dictado CAT' }, subject: 'PRUEBA - no atender - macro de dictado v2' }), DESK, { ...writer, leadText: 'código 238437237' })).toEqual({ automatic: true, reason: 'test_run' });
  });

  it('a subject that names a self-test ("autoprueba leo 06:00") is a test run, its transcript\'s values made up (session 33, fresh219/030)', () => {
    const lead = 'Transcripción de conversación - Leo (Asistente virtual de Atención UdeG)\nUsuario: tester\n\nLeo: ¿En qué te ayudo?\ntester: alta imss Leo Prueba Interna 238916866 12230302981 PUIL030303HJCRNXC4';
    const writer = { leadText: lead, identifiers: true, identifiersInLead: true, identifierValues: ['238916866', '12230302981', 'PUIL030303HJCRNXC4'] };
    expect(detectAutomatic(mail({ from: { address: 'gustavo.meraz@atencion.udg.mx', name: 'Gustavo Meraz' }, subject: 'autoprueba leo 06:00' }), DESK, writer)).toEqual({ automatic: true, reason: 'test_run' });
    expect(detectAutomatic(mail({ from: { address: 'gustavo.meraz@atencion.udg.mx', name: 'Gustavo Meraz' }, subject: 'transcripción leo 06:00' }), DESK, writer)).toEqual({ automatic: false });
  });

  it('a scanner\'s "Documento de prueba" whose record\'s name is "Ejemplo Prueba Escáner" is a test run, its NSS made up (session 33, fresh230/054)', () => {
    const lead = 'Documento de prueba\nNombre: Ejemplo Prueba Escáner\nNSS: 27190116981';
    const writer = { leadText: lead, identifiers: true, identifiersInLead: true, identifierValues: ['27190116981'] };
    expect(detectAutomatic(mail({ from: { address: 'scan-piso2@udg.mx', name: 'Escáner Piso 2' }, subject: 'Prueba de escaneo' }), DESK, writer)).toEqual({ automatic: true, reason: 'test_run' });
    // A real record under the same words is not.
    expect(detectAutomatic(mail({ from: { address: 'scan-piso2@udg.mx', name: 'Escáner Piso 2' }, subject: 'Prueba de escaneo' }), DESK, { ...writer, leadText: 'Documento de prueba\nNombre: Ana Ruiz Peña\nNSS: 27190116981' })).toEqual({ automatic: false });
  });

  it('"PRUEBA formulario registro feria - ignorar" is a test run, its made-up values passing the checks (session 33, fresh232/081)', () => {
    const lead = '*** PRUEBA ***\nnombre: Prueba Formulario Feria\ncodigo: 238469737\nnss: 29170077357\ncurp: FOFP000101HJCRRRC4\nfin de la prueba';
    const writer = { leadText: lead, identifiers: true, identifiersInLead: true, identifierValues: ['238469737', '29170077357', 'FOFP000101HJCRRRC4'] };
    expect(detectAutomatic(mail({ from: { address: 'formulario.feria@udg.mx', name: 'formulario feria' }, subject: 'PRUEBA formulario registro feria - ignorar' }), DESK, writer)).toEqual({ automatic: true, reason: 'test_run' });
    expect(detectAutomatic(mail({ from: { address: 'formulario.feria@udg.mx', name: 'formulario feria' }, subject: 'Registro feria' }), DESK, writer)).toEqual({ automatic: false });
  });

  it('a subject tagged "PRUEBA" in capitals over a text that says to ignore it is a test run (session 33, fresh243/036)', () => {
    const lead = 'PRUEBA\nEstimado(a) Prueba Combinación Becario:\nSu código 238665937, NSS 44180391359 y CURP COBP030303MJCMCRA1 fueron registrados.\n(ignorar, es prueba de la combinación)';
    const writer = { leadText: lead, identifiers: true, identifiersInLead: true, identifierValues: ['238665937', '44180391359', 'COBP030303MJCMCRA1'] };
    expect(detectAutomatic(mail({ from: { address: 'becario.cse@udg.mx', name: 'Becario CSE' }, subject: 'PRUEBA combinación «Nombre»' }), DESK, writer)).toEqual({ automatic: true, reason: 'test_run' });
    expect(detectAutomatic(mail({ from: { address: 'becario.cse@udg.mx', name: 'Becario CSE' }, subject: 'Prueba de vigencia' }), DESK, { ...writer, leadText: lead.replace('(ignorar, es prueba de la combinación)', '') })).toEqual({ automatic: false });
  });

  it('a payment order pasted under the writer\'s own question is no system\'s receipt (session 33, fresh246/080)', () => {
    const lead = '¿Si pago el arancel hasta el viernes pierdo el seguro?\n\nORDEN DE PAGO - ARANCEL 2045A\nCódigo: 241214987\nNombre: PENA VILLARREAL, SANDRA\nConcepto: CUOTA DE INSCRIPCION / ARANCEL 2045A\nImporte: $ 1,805.00\nFecha límite de pago: 10/03/2045\nReferencia: 24121498720459206587';
    const writer = { leadText: lead, identifiers: true, identifiersInLead: true, identifierValues: ['241214987'] };
    expect(detectAutomatic(mail({ from: { address: 'sandra.pena1046@alumnos.udg.mx', name: 'Sandra Peña Villarreal' }, subject: 'Arancel y seguro' }), DESK, writer)).toEqual({ automatic: false });
    expect(detectAutomatic(mail({ from: { address: 'sandra.pena1046@alumnos.udg.mx', name: 'Sandra Peña Villarreal' }, subject: 'Arancel y seguro' }), DESK, { ...writer, leadText: lead.replace(/^.*\n\n/, '') })).toEqual({ automatic: true, reason: 'transaction_text' });
  });

  it('a student who sends her "prueba de vigencia" and asks for an answer is not', () => {
    const lead = 'Buenas tardes, adjunto la prueba de que no tengo vigencia, no me han podido atender en la clínica. Mi código es 238437237.';
    expect(detectAutomatic(mail({ subject: 'prueba de vigencia' }), DESK, { leadText: lead, identifiers: true, identifiersInLead: true, identifierValues: ['238437237'] })).toEqual({ automatic: false });
  });
});

describe('an office writing about a student by name (issue #3, fresh198 set)', () => {
  it('"La alumna NAME recibió su rechazo ...; se anexa su constancia" is not a notice to its reader; the same words to "usted" with no student named are', () => {
    const office = 'Buenas tardes:\nLa alumna Gabriela Chávez Navarro recibió el viernes su rechazo por estatus DESERTOR. Es alumna regular de quinto semestre; se anexa su constancia de estudios. Sus datos:\nCódigo: 241110211\nCURP: CANG220225MJCHVBC4\nMtra. Alma Delia Reynoso\nCoordinadora de la Licenciatura en Enfermería, CUCS';
    const from = { address: 'coord.enfermeria@cucs.udg.mx', name: 'Alma Delia Reynoso' };
    expect(detectAutomatic(mail({ from, subject: 'Alumna de Enfermería rechazada por estatus' }), DESK, { leadText: office, identifiers: true, identifiersInLead: true, identifierValues: ['241110211', 'CANG220225MJCHVBC4'] })).toEqual({ automatic: false });
    const notice = 'Buenas tardes:\nSu constancia de estudios ya está disponible en la ventanilla de Control Escolar. Horario de 9 a 15 h.';
    expect(detectAutomatic(mail({ from, subject: 'Constancia lista' }), DESK, { leadText: notice, identifiers: false })).toEqual({ automatic: true, reason: 'automatic_text' });
  });
});

describe('a seller and a counsellor\'s holiday note with no header (issue #3, fresh204 and fresh205 sets)', () => {
  it('"Instalación en 24 horas, garantía de un año. Precio especial ...": selling (the singular "precio especial" too)', () => {
    const lead = 'Buen día,\n\nInstalamos amplificadores de señal celular para sótanos, cocinas y bodegas de hoteles.\n\nInstalación en 24 horas, garantía de un año. Precio especial en temporada alta.\n\nIng. Saúl Pérez';
    expect(detectAutomatic(mail({ from: { address: 'ventas.senaltotal.pv@gmail.com', name: 'Señal Total PV' } }), DESK, { leadText: lead, identifiers: false })).toEqual({ automatic: true, reason: 'marketing_text' });
  });
  it('"Por vacaciones de fin de año contestaré a partir del 9 de enero": away', () => {
    const lead = 'Gracias por su correo. Por vacaciones de fin de año contestaré a partir del 9 de enero de 2045.\n\nMtra. Hilda Rosas\nOrientación Educativa';
    expect(detectAutomatic(mail({ from: { address: 'mtra.hilda.rosas@prodigy.net.mx', name: 'Mtra. Hilda Rosas' } }), DESK, { leadText: lead, identifiers: false })).toEqual({ automatic: true, reason: 'out_of_office_text' });
  });
});

describe('a cyber café writing about the young man it served (issue #3, session 32, fresh221 set)', () => {
  it('"le saque su constancia al joven NAME en IMSS Digital": about a student by name, not a notice to its reader', () => {
    const lead = 'Buen dia, le saque su constancia al joven Itzcóatl Santos Zepeda en IMSS Digital y dice que no tiene vigencia, que ustedes lo dan de alta. Ahi les va el pdf.\nAtte. el ciber';
    expect(detectAutomatic(mail({ from: { address: 'cibercuautitlan@hotmail.com', name: 'Papelería y Ciber Cuautitlán' }, subject: 'constancia del muchacho' }), DESK, { leadText: lead, identifiers: true, identifiersInLead: false })).toEqual({ automatic: false });
  });
});

describe('a previous school\'s office writing to the student, the desk in copy (issue #3, session 32, fresh222 set)', () => {
  it('"Adjuntamos tu constancia de baja ... Alumno: NAME": its writer speaks, no issued document alone', () => {
    const lead = 'Estimado Martín:\nAdjuntamos tu constancia de baja para el trámite de revalidación en la UdeG. Con copia a la Coordinación de Servicios Estudiantiles de la UdeG, como lo solicitaste.\nAlumno: Martín Escamilla Bravo\nExpediente ITESO: 735248\nCódigo UdeG informado: 245431336\nSaludos,\nServicios Escolares ITESO';
    expect(detectAutomatic(mail({ from: { address: 'escolar@iteso.mx', name: 'Servicios Escolares ITESO' }, subject: 'RE: Constancia de estudios para traslado' }), DESK, { leadText: lead, identifiers: true, identifiersInLead: true })).toEqual({ automatic: false });
  });
});
