// hold.ts through triageMessage: which first messages wait for staff instead of being answered.
import { describe, expect, it } from 'vitest';
import type { ExtractOptions, ParsedMail } from '../../../src/extract/types.js';
import { isPersonalDomain, senderKind } from '../../../src/extract/sender-kind.js';
import { triageMessage } from '../../../src/triage/triage-message.js';
import { writesAsPerson } from '../../../src/triage/hold.js';
import { threatensCutOff } from '../../../src/triage/lure-link.js';
import { foldLabel } from '../../../src/extract/fold.js';

const OPTIONS: ExtractOptions = { institutionalDomains: ['alumnos.udg.mx'], studentCodePattern: '^\\d{9}$', deskAddresses: ['imss@udg.mx'], now: new Date('2026-10-01T12:00:00Z') };

function mail(from: string, subject: string, text: string): ParsedMail {
  return {
    messageId: 'm1@example.com', inReplyTo: null, references: [], subject,
    from: { address: from, name: '' }, replyTo: null, to: [{ address: 'imss@udg.mx', name: '' }], cc: [],
    date: '2026-09-30T16:00:00.000Z', headers: {}, contentType: 'text/plain', text, html: null, attachments: [], parseWarnings: [],
  };
}
const hold = (m: ParsedMail) => triageMessage(m, OPTIONS).hold;

// (In the impersonal form: a notice that speaks to "tú" or "usted" is automatic mail before any hold, below.)
const BILL = 'Recibo digital\n\nServicio: 004512339871\nPeriodo: 24 jul - 24 sep 2026\nTotal: $2,418.00\nFecha límite: 12 oct 2026\n\nConsulte el recibo en nuestra página.';
const BILL_TO_YOU = 'Tu recibo digital\n\nServicio: 004512339871\nPeriodo: 24 jul - 24 sep 2026\nTotal: $2,418.00\nFecha límite: 12 oct 2026\n\nConsúltalo en nuestra página.';
const OFFER = 'Buenas tardes, somos una imprenta con más de veinte años de experiencia. Ofrecemos impresión de gafetes, lonas y tarjetas para oficinas de gobierno con entrega el mismo día. Quedamos a sus órdenes.';

describe('holdForStaff', () => {
  it('holds mail with nothing of a student from a company domain', () => {
    expect(hold(mail('recibodigital@luzyfuerza.example.mx', 'Recibo disponible', BILL))).toBe('unknown_sender');
  });

  it('an order number that passes for an NSS with a wrong check digit is not a student', () => {
    expect(hold(mail('info@pagos.example.com', 'Comprobante de pago', 'Operación 90000056807 aprobada. Monto $350.00. Gracias por la compra.'))).toBe('unknown_sender');
  });

  it('holds a long text from a personal mailbox that never touches the subject', () => {
    expect(hold(mail('impresos.rapidos@gmail.com', 'Gafetes y lonas', OFFER))).toBe('off_topic');
  });

  it('does not hold a student who says little', () => {
    expect(hold(mail('andrea.lopez.99@gmail.com', '', 'Hola buenas tardes, me ayudan por favor?'))).toBeNull();
    expect(hold(mail('andrea.lopez.99@gmail.com', 'duda', ''))).toBeNull();
  });

  it('does not hold a long text that speaks of the coverage', () => {
    expect(hold(mail('andrea.lopez.99@gmail.com', 'Ayuda', 'Buenas tardes, entré a la página que nos dijeron y me sale que no estoy vigente, ya lo intenté varias veces desde ayer y no sé qué hacer.'))).toBeNull();
  });

  it('does not hold anyone who gives a valid identifier, from any domain', () => {
    expect(hold(mail('sruiz@alimentos.example.com.mx', 'Mi hija', `Buenas tardes, el CURP de mi hija es MASI050805MVZRLRA8 y no sale en el sistema. ${OFFER}`))).toBeNull();
  });

  it('does not hold a student; an office or a teacher off the desk\'s subject is read by a person', () => {
    expect(hold(mail('lucia.perez1234@alumnos.udg.mx', 'Hola', OFFER))).toBeNull();
    // (A colleague asked for five fields would be the wrong answer: held, since session 15.)
    expect(hold(mail('coord.psicologia@cucs.udg.mx', 'Listado', OFFER))).toBe('off_topic');
    expect(hold(mail('martha.gomez@academicos.udg.mx', 'Listado', BILL))).toBe('off_topic');
    // ...and so is a teacher's question about a student with none of her data (since session 16):
    // a person answers a colleague; five fields are asked of students.
    expect(hold(mail('martha.gomez@academicos.udg.mx', 'Alumna sin seguro', 'Buenas tardes, una alumna de mi grupo me dice que no aparece vigente en el IMSS desde agosto, ¿qué debe hacer?'))).toBe('colleague');
    expect(hold(mail('martha.gomez@academicos.udg.mx', 'Alumna sin seguro', 'Buenas tardes, una alumna de mi grupo no aparece vigente en el IMSS. Código 221935987.'))).toBeNull();
  });

  it('holds a long text in which nobody writes as a person, from the university or a personal mailbox', () => {
    const scan = 'Please open the attached document. It was scanned and sent to you using a Ricoh MP C3004.\nDevice Name: RICOH-CSE-PB\nDevice Location: Planta baja';
    expect(hold(mail('escaner.cse@udg.mx', 'Documento escaneado desde RICOH-CSE-PB', scan))).toBe('no_writer');
    // An SMS gateway: its "De: <number> / Fecha:" lines are not a quoted mail's header.
    const sms = 'SMS recibido en la línea 33 3826 3642 (ext. 117)\nDe: 89898\nFecha: 03/02/2027 09:58\n\nSu codigo de verificacion de Microsoft es 779809. No lo comparta.';
    expect(hold(mail('sms2mail@conmutador.udg.mx', 'SMS de 89898', sms))).toBe('no_writer');
    // A forward with not a word of the forwarder's own: a mail rule passing a digest on.
    const digest = '---------- Forwarded message ---------\nFrom: Moodle CUCS <noreply@moodle.cucs.udg.mx>\nDate: Tue, 29 Sep 2026\nSubject: Resumen del foro\nTo: Ignacio <ignacio.robles@academicos.udg.mx>\n\nRe: Justificante\npor Yesenia Rodríguez - lunes\nNo tengo IMSS todavía, ¿sirve la receta?';
    expect(hold(mail('ignacio.robles@academicos.udg.mx', 'Fw: Resumen del foro: Seminario', digest))).toBe('no_writer');
    // With a word of his own it is a person's forward, not nobody's (held as a colleague's mail with
    // none of the student's data, since session 16).
    expect(hold(mail('ignacio.robles@academicos.udg.mx', 'Fw: alumna sin seguro', `Les reenvío el caso de mi alumna.\n\n${digest}`))).toBe('colleague');
    // A scanner sending a student's form as a PDF: the data only in what it carries; a reply would go to the scanner.
    const scanned = { ...mail('scanner.ce@cucea.udg.mx', 'Scan from a Xerox WorkCentre', 'Por favor abra el documento adjunto. Fue escaneado y enviado a usted desde un dispositivo Xerox multifunción.\nNúmero de páginas: 1'), attachments: [{ filename: 'Scan.pdf', contentType: 'application/pdf', size: 900, text: 'SOLICITUD\nCURP: MASI050805MVZRLRA8\nCODIGO: 221935987' }] };
    expect(hold(scanned)).toBe('no_writer');
    // "les" addresses the desk: a coordinator forwarding a report is a person, not a device; what
    // she says ("ya está activo") is for staff to read, not a request for five fields.
    expect(hold({ ...scanned, from: { address: 'coord.contaduria@cucea.udg.mx', name: 'Coordinación de Contaduría' }, subject: 'Fwd: reporte', text: 'Este es el alumno del que les hablé por teléfono. Ya está activo en el sistema desde ayer.' })).toBe('off_topic');
    // A system greets a role ("Estimado usuario:"), not a person; "Buen día" is a person's greeting.
    const backup = 'Estimado usuario:\n\nLa tarea de respaldo "Expedientes_diario" en NAS-CSE-01 se completó correctamente.\nDatos transferidos: 18.4 GB\nVersiones conservadas: 30';
    expect(hold(mail('nas.cse01@udg.mx', '[NAS-CSE-01] Respaldo completado', backup))).toBe('no_writer');
    expect(hold(mail('servicio.medico@cucea.udg.mx', 'Alumno atendido', 'Buen día, compañeros. Hoy en la mañana atendieron a un alumno que se desmayó en el edificio G y no tiene vigencia.'))).toBe('colleague');
    expect(hold(mail('lucia.perez1234@alumnos.udg.mx', 'Hola', 'Buenas tardes, les escribo porque mi credencial se perdió y no sé si eso afecta mi alta en el seguro.'))).toBeNull();
  });

  it("an office's automated flow relaying a form's answers is held for staff, neither dropped nor answered", () => {
    const flow = `Se registró una respuesta nueva en el formulario "Solicitud de afiliación IMSS".\nNombre completo: Ana Sofía Ruiz Peña\nCódigo de alumno: 221935987\nCURP: RUPA040315MJCZXNA7\nNSS: 04220412342\n\nEste correo lo envía un flujo automatizado de Power Automate. No responda a esta dirección.`;
    const t = triageMessage(mail('use@cucei.udg.mx', '[Forms] Solicitud de afiliación IMSS - nueva respuesta', flow), OPTIONS);
    expect(t).toMatchObject({ decision: 'incomplete', hold: 'no_writer' });
    // The same statement with one code in a system's notice stays automatic.
    expect(triageMessage(mail('siiau@udg.mx', 'Aviso', 'Tu código 221935987 quedó inscrito.\n\nEste es un mensaje automático, no responda.'), OPTIONS).decision).toBe('ignore');
  });

  it("holds an organisation's notice that carries a student's data when nobody writes in it", () => {
    const reminder = 'IMSS - Recordatorio de cita\n\nNSS: 04230512347\n\nTiene una cita de Medicina Familiar en la UMF 3, consultorio 12, turno vespertino. Presente su identificación oficial y llegue veinte minutos antes.';
    expect(hold(mail('citas.digitales@imss.example.mx', 'Recordatorio de cita', reminder))).toBe('no_writer');
    // A parent from work who writes, with the data: answered.
    expect(hold(mail('sruiz@alimentos.example.com.mx', 'Seguro', `Buenas tardes, les paso el NSS de mi hijo: 04230512347. Tampoco aparece vigente desde agosto, ¿qué hacemos?`))).toBeNull();
  });

  it("an office's list of several students is held: one automatic reply cannot serve them", () => {
    const list = `Les paso los casos pendientes:\n- Ana Sofía Ruiz Peña / 221935987 / ana.ruiz1234@alumnos.udg.mx\n- Pedro Gómez Ruiz / 221000001 / pedro.gomez1@alumnos.udg.mx`;
    expect(hold(mail('modulo@cuc.udg.mx', 'Casos pendientes', list))).toBe('several_students');
  });

  it('automatic mail is ignored, not held', () => {
    const m = { ...mail('recibodigital@luzyfuerza.example.mx', 'Tu recibo', BILL), headers: { 'auto-submitted': 'auto-generated' } };
    expect(triageMessage(m, OPTIONS)).toMatchObject({ decision: 'ignore', hold: null });
  });

  it('tells students, staff, personal mailboxes and organisations apart by address', () => {
    const kind = (a: string) => senderKind(a, OPTIONS);
    expect(['ana@alumnos.udg.mx', 'profe@academicos.udg.mx', 'coord@cucei.udg.mx', 'ana@gmail.com', 'recibos@cfe.mx', 'x@alumnos.udg.mx.example.com'].map(kind))
      .toEqual(['student', 'staff', 'staff', 'personal', 'organisation', 'organisation']);
  });

  it('knows personal mailbox providers, Mexican ISPs and Apple relays included', () => {
    for (const d of ['gmail.com', 'hotmail.com', 'outlook.es', 'live.com.mx', 'yahoo.com.mx', 'icloud.com', 'prodigy.net.mx', 'privaterelay.appleid.com']) expect(isPersonalDomain(d), d).toBe(true);
    for (const d of ['cfe.mx', 'mercadopago.com', 'imss.gob.mx', 'com.mx', 'pagos.example.com']) expect(isPersonalDomain(d), d).toBe(false);
  });
});

describe('holdForStaff: a device that says it sent the message', () => {
  it('"Este mensaje se envió desde el dispositivo" is nobody writing', () => {
    const toner = 'Estado del dispositivo\nModelo: Kyocera ECOSYS M3655idn\nUbicación: Servicios Estudiantiles\nAviso: Tóner negro bajo (8%).\nContador total: 184,220 páginas\n\nEste mensaje se envió desde el dispositivo.';
    expect(hold(mail('impresora.cse@udg.mx', 'Aviso del dispositivo: Tóner bajo', toner))).toBe('no_writer');
  });
});

describe('formal letters are people writing (issue #3, fresh39 set)', () => {
  it("a consulate's \"Respetados señores ... se permite solicitar\" and a tutor's \"Quedo agradecido\" are not held", () => {
    const consulate = 'Respetados señores:\n\nEl Consulado de Colombia en Guadalajara se permite solicitar su apoyo para el connacional Juan Sebastián Restrepo Gaviria, estudiante de Música.\n\nCódigo: 223423815\nCURP: REGJ050523HNESVNB5\n\nSección Consular';
    expect(hold(mail('cguadalajara@cancilleria.gov.co', 'Connacional estudiante - seguro médico', consulate))).toBeNull();
    expect(hold(mail('rafael.ugarte@academicos.udg.mx', 'Re: Alumno sin vigencia', 'Quedo agradecido; le pedí al alumno que esté pendiente de su bandeja de entrada durante la semana. Dr. Rafael Ugarte, tutor del programa, código 223423815'))).toBeNull();
  });
});

describe("a scanner's own notice (issue #3, fresh40 set)", () => {
  it('with nothing of a student\'s in it is held; "Cita registrada" is nobody speaking', () => {
    expect(hold(mail('escaner.modulo2@udg.mx', 'Documento escaneado 639561', 'Documento escaneado desde RICOH IM C3000\nPáginas: 3\nArchivo: SCAN_20280317_137330.pdf'))).toBe('no_writer');
    const cita = 'Instituto Mexicano del Seguro Social\nCita Médica Digital\n\nCita registrada.\nNSS: 77210605539\nCURP: REBI061023HJCNRVA1\nUnidad: UMF No. 51, consultorio 08, turno vespertino\nPresenta una identificación oficial y llega 15 minutos antes.';
    expect(hold(mail('citamedica@imss.gob.mx', 'Confirmación de cita médica', cita))).toBe('no_writer');
  });
});

describe('"mis datos" is the desk\'s subject (issue #3, fresh42 set)', () => {
  it('a personal sender attaching "mis datos" in files the desk cannot read is answered, not held', () => {
    expect(hold(mail('oswaldo.2007@gmail.com', 'Datos', 'Buenas noches. Adjunto mis datos en Word y en Excel porque no sé cuál prefieran. Oswaldo Zepeda Arce'))).toBeNull();
  });
});

describe('systems and devices say "por favor" too (issue #3, fresh45 and fresh46 sets)', () => {
  it('a library greeting "Estimado usuario" and a scanner\'s "Por favor, abra el archivo adjunto" are nobody writing', () => {
    expect(hold(mail('koha@bpej.udg.mx', 'Aviso de préstamo vencido', 'Biblioteca Pública del Estado\n\nEstimado usuario (Coordinación de Servicios Estudiantiles):\n\nLos siguientes materiales están vencidos desde hace dos semanas y generan una multa diaria.\n\nPor favor devuélvalos a la brevedad.'))).toBe('no_writer');
    expect(hold(mail('escaner.recepcion@udg.mx', 'Documento escaneado', 'Por favor, abra el archivo adjunto.\n\nDispositivo: RICOH IM C3000 - Recepción PB\nNúmero de páginas: 3'))).toBe('no_writer');
  });
});

describe('a report that says "estimada" (issue #3, fresh49 set)', () => {
  it('"Autonomía estimada: 23 min" in a UPS\'s report is no greeting', () => {
    expect(writesAsPerson('powerchute: ups en bateria\nevento: el ups esta funcionando con bateria.\ncarga: 41% autonomia estimada: 23 min')).toBe(false);
    expect(writesAsPerson('alta imss\nestimada coordinacion:\nles envio los datos')).toBe(true);
  });
});

describe('a notice that speaks to "tú" (issue #3, fresh47-fresh49 sets)', () => {
  it('is automatic mail before any hold: ignored, not held', () => {
    const t = triageMessage(mail('recibodigital@luzyfuerza.example.mx', 'Tu recibo está disponible', BILL_TO_YOU), OPTIONS);
    expect([t.decision, t.hold]).toEqual(['ignore', null]);
  });
});

describe("a colleague's mail about a student off the desk's subject (issue #3, fresh47 set)", () => {
  it('is held for a person: an office is not asked for five fields', () => {
    const found = 'Buenas tardes. En la recepción tenemos los siguientes objetos olvidados la semana pasada:\n- Termo color verde\n- Credencial de estudiante a nombre de Ana Sofía Ruiz Peña, código 221935987\nPueden pasar a recogerlos con identificación.';
    expect(hold(mail('vigilancia.pm1029@udg.mx', 'Objetos en recepción', found))).toBe('off_topic');
    // A colleague who writes about the student's coverage is answered as before.
    expect(hold(mail('coord.contaduria@cucea.udg.mx', 'Alumno sin seguro', 'Buenas tardes, les escribo por un alumno de la carrera, código 221935987, que no aparece con vigencia en el IMSS desde agosto.'))).toBeNull();
  });
});

describe('a print server (issue #3, fresh52 set)', () => {
  it('"Servidor de impresión" reporting a low balance is nobody to answer', () => {
    expect(hold({ ...mail('impresion.pm1029@udg.mx', 'Saldo bajo en la cuenta "Modulo IMSS"', 'Hola:\nEl saldo de la cuenta compartida es de $4.20. Pide a tu administrador que recargue la cuenta.'), from: { address: 'impresion.pm1029@udg.mx', name: 'Servidor de impresión' } })).toBe('no_writer');
  });
});

describe('mail sent to many in blind copy off the desk\'s subject (issue #3, fresh51 set)', () => {
  it('a survey to forty offices signed with a student\'s code is held; her own request in blind copy is not', () => {
    const survey = 'Buenas noches:\nMi nombre es Ana Sofía Ruiz Peña y soy tesista de Trabajo Social. Estoy realizando una investigación sobre los estudiantes y les agradecería mucho responder esta encuesta.\nhttps://forms.gle/abc\nAna Sofía Ruiz Peña\nCódigo 221935987';
    expect(hold({ ...mail('ana.ruiz1234@alumnos.udg.mx', 'Invitación a responder encuesta para tesis', survey), to: [] })).toBe('off_topic');
    const request = 'Buenas noches, no aparezco vigente en el IMSS. Código 221935987.';
    expect(hold({ ...mail('ana.ruiz1234@alumnos.udg.mx', 'Seguro', request), to: [] })).toBeNull();
  });
});

describe("a university system's report off the desk's subject (issue #3, fresh55 set)", () => {
  it('a leave balance from HR, with nothing of a student, is held for a person', () => {
    const text = 'Saldo de días de vacaciones 2030\nDependencia: Coordinación de Servicios Estudiantiles\nPersonal administrativo: 11 plazas\nDías pendientes de 2029 que vencen el 31/03/2030: 14\nFavor de programar los periodos en el sistema antes del 15 de febrero.';
    expect(hold(mail('prestaciones@cgrh.udg.mx', 'Saldo de vacaciones 2030', text))).toBe('off_topic');
  });
});

describe("a colleague's mail with nothing of a student, or an office's circular in blind copy (issue #3, fresh56 and fresh57 sets)", () => {
  it("the desk's own duty roster to 'compañeros', on the desk's subject, is held for a person", () => {
    const roster = 'Buenos días, compañeros:\n\nLes comparto el rol de guardias para el periodo vacacional de verano. Favor de avisarme antes del viernes si hay algún cambio.\n\nSemana 1: Ventanilla IMSS - Araceli; Becas - Jorge\nSemana 2: Ventanilla IMSS - Rubén; Becas - Mayra\n\nSaludos,\nKarina Jiménez';
    expect(hold({ ...mail('karina.jimenez@udg.mx', 'Rol de guardias verano 2030', roster), to: [{ address: 'imss@udg.mx', name: '' }, { address: 'becas.cse@udg.mx', name: '' }] })).toBe('colleague');
  });

  it("a degree committee's minutes in blind copy, naming a graduate, her code and her IMSS coverage, are held", () => {
    const minutes = 'Estimados integrantes y dependencias involucradas:\n\nLes compartimos la minuta de la sesión ordinaria 02/2030.\n1. Se aprueba la titulación de Ana Sofía Ruiz Peña (código 221935987).\n2. Se recuerda a las egresadas que su vigencia en el IMSS termina al concluir el trámite.\n\nAtentamente\nMtra. Gabriela Ochoa';
    expect(hold({ ...mail('titulacion.enfermeria@cucs.udg.mx', 'Minuta sesión ordinaria 02/2030', minutes), to: [] })).toBe('colleague');
    // The same office writing to the desk by name about the student is answered as before.
    expect(hold(mail('titulacion.enfermeria@cucs.udg.mx', 'Alta IMSS', 'Buen día, la egresada Ana Sofía Ruiz Peña (código 221935987) pregunta por su vigencia en el IMSS.'))).toBeNull();
  });

  it("a colleague's reply-all to a staff list the desk is on, with a child's CURP for HR's census, is held (fresh63 set)", () => {
    const reply = 'Buenas tardes, envío los datos de mi hija:\n\nNombre: Irma Marín Salas\nCURP: MASI050805MVZRLRA8\nEdad: 8 años\n\nSaludos.\nMarcos Marín';
    const toList = { ...mail('marcos.marin@udg.mx', 'RE: Censo juguete Día de Reyes 2031', reply), to: [{ address: 'personal.administrativo@udg.mx', name: 'Personal Administrativo' }] };
    expect(hold(toList)).toBe('colleague');
    // Written to the desk, a colleague's mail about his daughter's data is answered as before.
    expect(hold({ ...toList, subject: 'Alta IMSS de mi hija', to: [{ address: 'imss@udg.mx', name: '' }] })).toBeNull();
  });

  it('"alta" is the desk\'s subject as a word, not as the start of "altares"', () => {
    const contest = 'Buenas tardes. Les recordamos que el concurso de altares de muertos cierra el viernes; cada módulo puede inscribir uno en la sala de juntas.';
    expect(hold(mail('vecino.concursos@gmail.com', 'Concurso de altares', contest))).toBe('off_topic');
    expect(hold(mail('vecino.concursos@gmail.com', 'Alta', 'Buenas tardes. Les recordamos que el concurso cierra el viernes; ¿me dan de alta para inscribir uno en la sala de juntas?'))).toBeNull();
  });
});

describe('a circular to many from a personal mailbox, and a business writing as the desk\'s supplier (issue #3, fresh64 set)', () => {
  it("a colleague's appeal for blood donors in blind copy, with the patient's NSS, is held; a student writing to several offices is answered", () => {
    const appeal = 'Compañeros, buenas tardes. Les comparto esta solicitud, por si alguien puede ayudar.\n\nEl papá de nuestra compañera Rocío está internado en el CMNO del IMSS; necesita 6 donadores.\n\nPaciente: RAMIRO TOVAR ESTRADA\nNSS: 89806108356\nCama: 612\n\nClaudia Bañuelos';
    const blind = { ...mail('claudia.banuelos.cgrh@gmail.com', 'Se solicitan donadores de sangre', appeal), to: [] };
    expect(hold(blind)).toBe('colleague');
    // Written to the desk, the same text is a person's and is answered.
    expect(hold({ ...blind, to: [{ address: 'imss@udg.mx', name: '' }] })).toBeNull();
    const student = 'Buenas tardes a todos. Escribo a Control Escolar y a la oficina del IMSS porque aparezco en baja y sin seguro.\n\nNombre: Arturo Olmos Toscano\nNSS: 26160162876';
    expect(hold({ ...mail('arturo.olmos.t@gmail.com', 'Baja y sin seguro', student), to: [] })).toBeNull();
  });

  it("a print shop's bill and a salesman's quote, on the desk's subject but about money, are held", () => {
    const bill = 'Buenas tardes Lic. Marisela, disculpe la molestia.\n\nLe recuerdo que está pendiente el pago de lo que se llevaron para la campaña de altas:\n- 1,500 copias del formato "Requisitos para el alta en el IMSS": $750.00\n\nTotal: $1,230.00\n\n¿Me podría decir si ya salió la orden de pago?\n\nSaludos,\nToño';
    expect(hold(mail('copiaspedromoreno1030@gmail.com', 'Saldo pendiente de copias', bill))).toBe('business');
    const quote = 'Buen día.\n\nLe comparto la cotización de 12 sillas de espera y un turnero para su ventanilla de altas del IMSS.\n\nQuedo a sus órdenes.\n\nLuis Fernando Téllez\nAsesor de ventas';
    expect(hold(mail('lf.tellez.mobiliario@gmail.com', 'Cotización ventanilla IMSS', quote))).toBe('business');
    const seo = 'Hola equipo, revisé su sitio y encontré 37 errores que impiden que aparezca cuando alguien busca "alta IMSS estudiantes". ¿Les mando el reporte?\n\nSaludos,\nKevin R.\nConsultor SEO';
    expect(hold(mail('kevin.seo.growthmx@gmail.com', 'Sugerencia', seo))).toBe('business');
    // A student who paid a private clinic is its customer, with or without her data: answered (fresh65).
    expect(hold(mail('enrique.alvarado18@hotmail.com', 'Reembolso', 'Buenas tardes. Hace dos semanas tuve que pagar $2,300 en una clínica particular porque no tenía vigencia en el IMSS. ¿Ustedes me pueden reembolsar ese dinero o a quién le tengo que preguntar? Tengo la factura.'))).toBeNull();
    // A student who paid a private doctor writes her data with it: answered as before.
    expect(hold(mail('andrea.lopez.99@gmail.com', 'Sin vigencia', 'Hola, pagué $800 de consulta particular porque no tengo vigencia. Mi NSS es 26160162876.'))).toBeNull();
  });
});

describe("a university web program passing on a visitor's words (issue #3, fresh67 set)", () => {
  it("the site's chat transcript and a blog comment awaiting moderation, with a student's data, are held; a form relay with the student in Reply-To is answered", () => {
    const chat = 'Transcripción de la conversación #98595\n\n[07:59] Visitante: me voy de verano de investigacion a puebla el seguro me cubre alla??\n[08:02] Visitante: ok y como se si estoy vigente? soy Aylin Corona Jáuregui codigo 228844450\n[08:06] Visitante: gracias';
    expect(hold(mail('chat@estudiantes.udg.mx', 'Transcripción del chat #98595', chat))).toBe('no_writer');
    const comment = 'Hay un nuevo comentario esperando tu aprobación\n\nAutor: Brandon Alexis Quiñones Meza\nComentario:\nYa hice todo y sigo sin aparecer. Mi código es 229796179 y mi NSS 53241155091, alguien que me diga si estoy dado de alta porfa.';
    const blog = mail('wordpress@segurofacultativo.cse.udg.mx', 'Por favor, modera: ¿Cómo sé si ya estoy dado de alta?', comment);
    expect(hold(blog)).toBe('no_writer');
    // A contact form relayed with its sender in Reply-To is answered there.
    expect(hold({ ...blog, replyTo: { address: 'ramiro.hinojosa2844@alumnos.udg.mx', name: 'Ramiro' } })).toBeNull();
  });
});

describe('a personal mailbox greeting the staff as peers, a lender (issue #3, fresh70 set)', () => {
  it("a retired coordinator's Christmas card and the intern's farewell, no data, are held; a student's greeting to the desk is answered", () => {
    const card = 'Queridos compañeros de la Coordinación:\n\nLes mando un abrazo desde Ajijic. Me acuerdo mucho de los diciembres en la oficina, con la fila de muchachos pidiendo el alta del seguro.\n\nCon todo mi cariño,\nLic. Rosa Elena Gutiérrez';
    expect(hold(mail('rosaelena.gtz.ajijic@gmail.com', 'Feliz Navidad', card))).toBe('colleague');
    const farewell = 'Hola a todos:\n\nHoy fue mi último día de servicio social en la ventanilla del IMSS y no me quería ir sin darles las gracias.\n\nAndrea';
    expect(hold(mail('andrea.valdivia.ss@gmail.com', 'Gracias por todo', farewell))).toBe('colleague');
    expect(hold(mail('andrea.valdivia.ss@gmail.com', 'Seguro', 'Buenas tardes, no me aparece la vigencia del IMSS, ¿qué tengo que hacer?'))).toBeNull();
  });

  it("a lender signing as 'Asesor financiero' is held as a business", () => {
    const loan = '¿Ya no alcanzas a llegar al aguinaldo?\n\nTe adelantamos hasta el 80% de tu aguinaldo HOY MISMO.\nSólo necesitas tu Número de Seguro Social (NSS) para verificar que estás dado de alta en el IMSS.\n\nAtte. Lic. Francisco Meza\nAsesor financiero';
    expect(hold(mail('adelanto.aguinaldo.gdl@gmail.com', 'Adelanto de aguinaldo', loan))).toBe('business');
  });
});

describe("a guestbook relaying a visitor's quoted words, a consultant's proposal (issue #3, fresh73 set)", () => {
  it('a relay whose only person speaks inside quotation marks is held; a student quoting someone is answered', () => {
    const guestbook = 'Nueva firma en el libro de visitas\nExposición "Palabra viva: escrituras de los pueblos de Jalisco" - Vestíbulo de Servicios Estudiantiles\n\nFecha: 08/09/2033 10:42\nNombre: Sra. Graciela (visitante)\nProcedencia: Tlaquepaque\n\nComentario:\n"Qué bonito ver los cuadernos de los muchachos. Vine a acompañar a mi sobrino al trámite del seguro y me quedé una hora leyendo."\n\n(Enviado desde la tableta del libro de visitas)';
    expect(hold(mail('librodevisitas.palabraviva@gmail.com', 'Nueva firma en el libro de visitas', guestbook))).toBe('no_writer');
    expect(hold(mail('ana.lopez.99@gmail.com', 'Seguro', 'Buenas tardes. En la clínica me dijeron "todavía no apareces vigente en el sistema del IMSS", ¿qué hago?'))).toBeNull();
  });

  it("an accessibility consultant's offer of 'una propuesta económica' is held as a business", () => {
    const pitch = 'Estimado equipo de Servicios Estudiantiles:\n\nSoy consultora en accesibilidad. Revisé su página de afiliación al IMSS y encontré puntos que dificultan el trámite.\n\nPuedo enviarles una propuesta económica sin compromiso.\n\nSaludos cordiales,\nMtra. Adriana Solórzano\nConsultoría en Accesibilidad';
    expect(hold(mail('adriana.solorzano.accesibilidad@gmail.com', 'Propuesta: accesibilidad de su trámite', pitch))).toBe('business');
  });
});

describe("a shop's name in From, an association's legal suffix (issue #3, fresh71 set)", () => {
  it("a florist asking where to deliver a bouquet and an A.C. offering service places, no data, are held as businesses", () => {
    const florist = { ...mail('floreria.lasgardenias@hotmail.com', 'Arreglo del 14 de febrero sin entregar', 'Buenas tardes, disculpen la molestia. Nos encargaron un arreglo para la señorita de la ventanilla del seguro, pero ya estaba cerrado. ¿Se lo llevamos mañana o pasan por él?\n\nSaludos,\nDoña Chelo') };
    florist.from = { address: 'floreria.lasgardenias@hotmail.com', name: 'Florería Las Gardenias' };
    expect(hold(florist)).toBe('business');
    const ngo = 'Buenas tardes.\n\nSoy directora de una asociación que atiende a adultos mayores. Quisiéramos ofrecer 6 plazas de servicio social; los muchachos tendrían que contar con su vigencia del IMSS. ¿Nos podrían orientar?\n\nNorma Villaseñor\nDirectora, Manos que Ayudan A.C.';
    expect(hold(mail('norma.villasenor.ac@gmail.com', 'Plazas de servicio social', ngo))).toBe('business');
    // A person's name in From, no shop's words: answered as before.
    expect(hold({ ...florist, from: { address: 'dulce.r@hotmail.com', name: 'Dulce Ramírez' }, subject: 'Seguro', text: 'Buenas tardes, ¿cómo sé si ya tengo vigencia en el IMSS?' })).toBeNull();
  });
});

describe('a guide offering tours, a former intern greeting the team by name, a collection of quoted messages (issue #3, fresh75 and fresh76 sets)', () => {
  it('"Les ofrezco recorridos guiados" is a business; "les ofrezco una disculpa" is not', () => {
    const guide = 'Qué tal, buenas tardes.\n\nMe llamo José María Cobián, soy guía de montaña. Les ofrezco recorridos guiados de uno o dos días. Sólo les pido que cada alumno traiga su vigencia del IMSS impresa.\n\nSaludos desde la sierra,\nChema';
    expect(hold(mail('chema.guia.manantlan@hotmail.com', 'Recorridos guiados para sus grupos', guide))).toBe('business');
    expect(hold(mail('ana.lopez.99@gmail.com', 'Seguro', 'Buenas tardes, les ofrezco una disculpa por escribir tantas veces, pero sigo sin vigencia en el IMSS. ¿Qué hago?'))).toBeNull();
  });

  it('"¡Hola, Lic. Marisela y todo el equipo!" from a personal mailbox with no data is a colleague\'s', () => {
    expect(hold(mail('dani.arce.runs@gmail.com', 'Corro 21 km, ¿me patrocinan?', '¡Hola, Lic. Marisela y todo el equipo!\n\nSoy Daniela, la que hizo su servicio social con ustedes. Voy a correr los 21 km a beneficio de mujeres que no tienen seguridad social. ¿Me patrocinan?'))).toBe('colleague');
  });

  it("a circular in blind copy whose only 'mi' is inside students' quoted words is held", () => {
    const book = 'Hola, equipo:\n\nEstos son los mensajes que hemos juntado para el libro de despedida de Doña Chela.\n\n1. "Doña Chela, gracias por explicarme con paciencia que el NSS que traía era el de mi mamá." — Sarahí Mendoza Alatorre, código 230587437\n\nBesos,\nPaty';
    expect(hold({ ...mail('paty.hdz.cse@gmail.com', 'Mensajes para el libro de Doña Chela', book), to: [] })).toBe('colleague');
  });
});

describe('a student\'s mail to a group the desk is one of, off its subject (issue #3, fresh75 set)', () => {
  it('a study-group invitation to five classmates and the desk, with her code, is held; her request to the desk and two offices is not', () => {
    const group = (n: number) => [...Array.from({ length: n }, (_, k) => ({ address: `companero${k}@alumnos.udg.mx`, name: '' })), { address: 'imss@udg.mx', name: '' }];
    const invite = 'Hola a todos!\nMañana jueves a las 5 nos juntamos en la sala 3 de la biblioteca para estudiar para el parcial de Farmacología. Ya la aparté con mi código (231367676), es hasta las 8.\nBesos,\nRenata Ibarra Chavira';
    expect(hold({ ...mail('renata.ibarra9153@alumnos.udg.mx', 'Estudiar para el parcial mañana', invite), to: group(5) })).toBe('off_topic');
    const request = 'Buenas tardes, escribo a Control Escolar y a la Coordinación porque no aparezco vigente en el IMSS. Código 231367676.';
    expect(hold({ ...mail('renata.ibarra9153@alumnos.udg.mx', 'Seguro', request), to: group(5) })).toBeNull();
    expect(hold({ ...mail('renata.ibarra9153@alumnos.udg.mx', 'Estudiar para el parcial mañana', invite), to: group(1) })).toBeNull();
  });
});

describe('mail meant for a teacher, and offers to the line (issue #3, fresh91 set)', () => {
  it("a student's homework sent to the desk by mistake is held, her data in it or not; her request to a 'maestra' at the desk is not", () => {
    const homework = 'Buenas noches maestra, le envío la tarea 1 de Seguridad Social (cuadro comparativo IMSS-ISSSTE).\n\nNombre: Andrea Sofía Mejía Carrillo\nCódigo: 227545250\nGrupo: D05\n\nDisculpe que la mande tarde.';
    expect(hold(mail('andrea.mejia3515@alumnos.udg.mx', 'Tarea 1 - Seguridad Social - D05', homework))).toBe('off_topic');
    const request = 'Buenas noches maestra, le envío mis datos para el seguro.\n\nNombre: Andrea Sofía Mejía Carrillo\nCódigo: 227545250';
    expect(hold(mail('andrea.mejia3515@alumnos.udg.mx', 'Alta IMSS', request))).toBeNull();
  });

  it("a group's chat among classmates pasted under an intro line is held; a help window's chat of one student with its agent is not (session 33, fresh234/049)", () => {
    const group = 'Les comparto las dudas del grupo para que las tomen en cuenta en el próximo aviso:\n\n[9:14] Diego: oigan el asunto lleva el código o el nss? el mío es 242826408\n[9:15] Fer: el código creo\n[9:17] Karla: y si ya lo había mandado en enero?\n[9:20] Diego: nadie sabe jaja\n\nSaludos';
    expect(hold(mail('jefegrupo4a.nutricion@gmail.com', 'Dudas del grupo sobre el lote', group))).toBe('no_writer');
    const window = 'Les paso este chat, la alumna pregunta si sirve el NSS de su mamá:\n\n[27/01/45, 12:40:01] Sofi Lara: hola, para el seguro\n[27/01/45, 12:40:30] Sofi Lara: Ana Sofía Lara Jiménez, codigo 241027804\n[27/01/45, 12:41:12] Sofi Lara: el unico nss que tengo es el de mi mama 89967756340, sirve?\n[27/01/45, 12:42:00] Atención UdeG: Lo revisa el área, te escriben a tu correo.\n\nDaniel';
    expect(hold(mail('daniel.ochoa@atencion.udg.mx', 'WhatsApp: alumna pregunta si sirve NSS de la mamá', window))).not.toBe('no_writer');
  });

  it("a grandfather who takes the desk for his clinic, his own NSS flagged as no student's, is held (session 33)", () => {
    const text = 'Doctora buenas tardes, disculpe que le escriba por aquí, mi nieta me dijo que este era el correo del IMSS.\n\nSoy su paciente del consultorio 8 de la UMF 3, RIGOBERTO CAMACHO LARA, mi número de afiliación es 93705145097.\n\nSe me acabaron la metformina y el losartán y la cita que me dieron es hasta el 6 de abril. ¿Me puede hacer favor de mandar la receta a la farmacia de la clínica?\n\nMuchas gracias, doctora.\nDon Rigo';
    expect(hold(mail('rigo.camacho51@hotmail.com', 'receta medicamentos', text))).toBe('off_topic');
  });

  it("a note to the writer's class whose aside says the address book put the desk in is held (session 33, fresh223/107)", () => {
    const note = 'chavos ahi les va la tarea, el que no entregue pierde puntos. mi codigo 242581937 por si el profe pregunta\n\n(el autocompletar me puso imss@ en vez del grupo jaja)';
    expect(hold(mail('rafael.urena4896@alumnos.udg.mx', 'tarea de cálculo', note))).toBe('off_topic');
    expect(hold(mail('rafael.urena4896@alumnos.udg.mx', 'tarea de cálculo', note.replace(/\n\n\(.*\)$/, '')))).not.toBe('off_topic');
  });

  it('a vendor, a promoter and a volunteer writing about the line of students are held as offers', () => {
    const tamales = 'buenos dias disculpe la molestia\n\nsoy Rosario, vendo tamales y atole en la esquina. hoy vi la fila de muchachos del seguro desde las 7\n\nquiero saber si me dan permiso de pasar con mi carrito por la fila en las mañanas';
    expect(hold(mail('rosariojimenez1968@hotmail.com', 'permiso para vender', tamales))).toBe('business');
    const stand = 'Buenos días.\n\nMi nombre es Karina Olmos y soy promotora de VitaFlex. Vimos la fila de alumnos afuera de la ventanilla del IMSS y nos gustaría instalar un pequeño stand para regalar muestras a los muchachos.\n\n¿Con quién podría solicitar el permiso?';
    expect(hold(mail('karina.olmos.promo@gmail.com', 'Solicitud de permiso', stand))).toBe('business');
    const volunteer = 'Estimados señores:\n\nSoy maestro jubilado y vi la fila tan larga de jóvenes para lo del seguro. Me ofrezco como voluntario, sin cobrar nada, para ayudar en las mañanas a ordenar la fila y explicarles qué es el NSS y la CURP.\n\nQuedo a sus órdenes.';
    expect(hold(mail('abelcisneros_vaca@yahoo.com.mx', 'Ofrezco ayuda voluntaria con la fila', volunteer))).toBe('business');
    // A student who sells to pay for school is still asking for her coverage.
    expect(hold(mail('lupita.ramos.22@gmail.com', 'No tengo seguro', 'Hola, vendo dulces en la facultad y me corté la mano. No aparezco en el IMSS, ¿qué hago?'))).toBeNull();
  });
});

describe('a family\'s mail and a worker who takes the desk for the IMSS (issue #3, fresh92 set)', () => {
  const withTo = (m: ParsedMail, ...others: string[]) => ({ ...m, to: [...m.to, ...others.map((address) => ({ address, name: '' }))] });
  it("a rota among siblings that reached the desk by autocompletion, the father's NSS in it, is held; a student's own mail to the desk and her mother is not", () => {
    const rota = 'Hermanos, buenos días:\n\nA mi papá lo van a tener internado hasta el domingo, hay que turnarnos en las noches.\n\nPor si les piden los datos en admisión:\nEZEQUIEL ORTEGA RUVALCABA\nNSS 12715167982\n\nLos quiero.\nLety';
    expect(hold(withTo(mail('lety.ortega.r@gmail.com', 'Rol para cuidar a mi papá', rota), 'beto.ortega71@hotmail.com'))).toBe('off_topic');
    const student = 'Buenos días, no tengo vigencia en el IMSS. Mi NSS es 12715167982. Copio a mi mamá.';
    expect(hold(withTo(mail('lety.ortega.r@gmail.com', 'Alta IMSS', student), 'mama.ortega@hotmail.com'))).toBeNull();
  });

  it("a worker asking about her sick pay, or a retiree about his pension, with their own NSS and CURP and no word of studies, is held; a student who works is not", () => {
    const sickPay = 'Buenas tardes.\n\nMe dieron una incapacidad de 28 días y no me han depositado el subsidio. En la empresa me dicen que es el IMSS.\n\nMis datos:\nNombre: Maricela Pardo Ibarra\nNSS: 19998480354\nCURP: PAIM840923MJCRBR21\n\n¿Cuándo me pagan?';
    expect(hold(mail('mari.pardo.84@hotmail.com', 'No me han pagado mi incapacidad', sickPay))).toBe('off_topic');
    const working = 'Buenas tardes.\n\nEstudio en el CUCEI y en mi empresa me dieron de baja del seguro.\n\nNSS: 19998480354\nCURP: PAIM840923MJCRBR21';
    expect(hold(mail('mari.pardo.84@hotmail.com', 'Alta IMSS', working))).toBeNull();
  });
});

describe('after Easter: thanks, misaddressed records and notices (issue #3, fresh94 set)', () => {
  it("a former student's thank-you for past help that asks nothing is held; a student who thanks and still needs coverage is not", () => {
    const thanks = 'Bonjour / Hola!\n\nSoy Chloé, estuve de intercambio en el CUCSH el año pasado. Me rompí la pierna y ustedes me ayudaron mucho con el alta en el IMSS. Todo salió bien.\n\nMil gracias de verdad. Un beso grande a todo el equipo.\n\nChloé';
    expect(hold(mail('chloe.dubois92@gmail.com', 'Merci / Gracias desde Lyon', thanks))).toBe('no_request');
    expect(hold(mail('chloe.dubois92@gmail.com', 'Gracias', 'Gracias por su ayuda del semestre pasado. Otra vez no aparezco vigente en el IMSS, ¿qué hago?'))).toBeNull();
  });

  it("a hospital's discharge summary of a 68-year-old patient with his NSS, sent to the wrong address, is held", () => {
    const summary = 'Buenas tardes.\n\nLe envío el resumen de alta del paciente para su traslado a su HGZ, ya que es derechohabiente.\n\nPaciente: EUSEBIO LARA CERVANTES\nEdad: 68 años\nNSS: 63826214940\nDiagnóstico: fractura de cadera derecha\n\nQuedo atenta.';
    expect(hold(mail('lore.tapia.enf@gmail.com', 'Resumen de alta para traslado', summary))).toBe('off_topic');
  });

  it("a cybercafé's notice and a travel agent's itinerary for 'Sr. Rentería' ('su pasaporte vigente') are held", () => {
    const { from: _f, ...rest } = mail('ciber.revolucion.gdl@hotmail.com', 'Documentos olvidados de una alumna', 'Buenas tardes. Una muchacha imprimió unos documentos del IMSS y se le olvidaron. ¿Le podrían avisar que aquí se los guardo?');
    expect(hold({ ...rest, from: { address: 'ciber.revolucion.gdl@hotmail.com', name: 'Ciber Revolución' } })).toBe('business');
    const itinerary = 'Buenas tardes, Sr. Rentería.\n\nLe envío su itinerario confirmado para el viaje de mayo. Recuerde documentar con 3 horas de anticipación por ser vuelo internacional y llevar su pasaporte vigente.\n\nSaludos cordiales,\nClaudia Esparza';
    expect(hold(mail('viajesaltamar.claudia@hotmail.com', 'Itinerario confirmado', itinerary))).toBe('off_topic');
  });
});

describe('a weekend of misaddressed mail and digests (issue #3, fresh96 set)', () => {
  it('mail to someone named in its greeting about another errand (a job interview, a recommendation letter) is held, her data in it or not', () => {
    const interview = 'Buenas tardes, Lic. Soto.\n\nConfirmo mi asistencia a la entrevista del lunes 4 de marzo a las 10:00 h para la vacante de Auxiliar de Recursos Humanos. Le adjunto nuevamente mi CV actualizado.\n\nQuedo a sus órdenes.';
    expect(hold(mail('ale.fonseca.tellez@gmail.com', 'Confirmación entrevista', interview))).toBe('off_topic');
    const letter = 'Estimada Dra. Imelda Sánchez:\n\nSoy Diana Laura Esquivel Mora, fui su alumna en 2026 (código 222816250). ¿Me haría el favor de escribirme una carta de recomendación? Le dejo mi CURP (EUMD041102MJCSRNC0).';
    expect(hold(mail('diana.esquivel.m@gmail.com', 'Solicitud de carta de recomendación', letter))).toBe('off_topic');
    // ...or a thesis reader's approval vote with the graduate's name and code (fresh142).
    const vote = 'Buenas tardes, Mtra. Elvira:\n\nLe envío mi voto aprobatorio firmado de la tesis de la pasante Adriana Sofía Benavides Larios (código 233957721). Quedo pendiente de la fecha del examen profesional.';
    expect(hold(mail('monicacarrillo.avalos@gmail.com', 'Voto aprobatorio', vote))).toBe('off_topic');
    // A student who greets the desk's staff by name and asks for her coverage is answered.
    expect(hold(mail('diana.esquivel.m@gmail.com', 'Alta IMSS', 'Buenas tardes, Lic. Soto. No tengo vigencia en el IMSS, mi código es 222816250.'))).toBeNull();
  });
});

describe('a neighbour, a stranger, a theatre company and an employer (issue #3, fresh98 set)', () => {
  it('are held: none is a request for a student', () => {
    expect(hold(mail('consuelo.barragan@yahoo.com.mx', 'Motos en la banqueta', 'Buenos días.\n\nSoy vecina de Pedro Moreno. Los muchachos que hacen fila para lo del seguro dejan sus motos en la banqueta y tapan mi cochera. Les pido que les digan que no se estacionen ahí.'))).toBe('no_request');
    expect(hold(mail('ana.perez.g08@gmail.com', 'Re: Alta IMSS', 'Buenas tardes. Me llegó este correo pero yo no soy alumna de la Universidad ni me llamo Perla. Por favor quítenme de su lista.'))).toBe('no_request');
    expect(hold(mail('teatroentransito.gdl@gmail.com', 'Propuesta de obra de teatro', 'Somos una compañía independiente. Presentamos una comedia sobre un estudiante que descubre que nunca tramitó su seguro. Nos gustaría ofrecerla para sus jornadas de bienvenida.'))).toBe('business');
    const employer = 'Tengo una taquería y contraté a un muchacho. Quiero darlo de alta en el Seguro pero me pide un registro patronal. ¿Me pueden ayudar?\n\nNombre: EDGAR SALCEDO PINTO\nNSS: 89190424351\nCURP: SAPE040927HJCLNDA1';
    expect(hold(mail('rosaelvira.padilla68@gmail.com', 'Alta de trabajador en el seguro', employer))).toBe('off_topic');
    // A student who is not yet one ("no soy alumna todavía, soy aspirante") is answered.
    expect(hold(mail('ana.perez.g08@gmail.com', 'Alta IMSS', 'Hola, no soy alumna todavía, soy aspirante admitida. ¿Cómo me doy de alta en el IMSS?'))).toBeNull();
  });
});

describe("a Guadalajara cable ISP's mailbox (issue #3, fresh100 set)", () => {
  it('is a person writing, not a company', () => {
    expect(senderKind('julietabautista@cybercable.net.mx', OPTIONS)).toBe('personal');
    expect(hold(mail('julietabautista@cybercable.net.mx', 'Re: Seguro facultativo', 'Muchas gracias por su pronta respuesta. Quedo en espera de su aviso para registrar mi clínica.'))).toBeNull();
  });
});

describe('mail written to someone else (issue #3, fresh104 set)', () => {
  it("a host mother's letter to her exchange student and a mother's dictated errand for her son are held, though both touch the subject", () => {
    const host = 'Dear Mia,\n\nWelcome to Guadalajara! We are the Gutiérrez Anaya family and we are so happy that you will live with us this semester.\n\nThe university told us you need the IMSS insurance; Jorge can take you to register on Thursday.\n\nUn abrazo,\nAdriana';
    expect(hold(mail('gtz.anaya.familia@gmail.com', 'Welcome Mia!', host))).toBe('off_topic');
    const errand = 'hijo cuando salgas del trabajo compra medio kilo de tortillas queso fresco jitomate y un paquete de pañales para el niño de la etapa 4 y no se te olvide pasar por tu papá a la clínica 2 a las 6 que le toca su cita del azúcar\n\nEnviado desde mi Galaxy';
    expect(hold(mail('consuelo.ruelas58@gmail.com', 'Mandado', errand))).toBe('off_topic');
  });

  it('a student who greets the desk, or writes for her son, is answered', () => {
    expect(hold(mail('andrea.lopez.99@gmail.com', 'Alta', 'Hola Coordinación,\nno me aparece la vigencia en el IMSS, ¿qué datos les mando?'))).toBeNull();
    expect(hold(mail('andrea.lopez.99@gmail.com', 'Alta', 'Querida Señorita:\nno me aparece la vigencia en el IMSS, ¿qué datos les mando?'))).toBeNull();
    expect(hold(mail('consuelo.ruelas58@gmail.com', 'Seguro de mi hijo', 'Hijo de trabajadora no tiene seguro, mi hijo es alumno de la prepa 5, ¿cómo lo doy de alta en el IMSS?'))).toBeNull();
  });
});

describe("a patient who takes the desk for his clinic, and a colleague's handover (issue #3, fresh102 set)", () => {
  it('are held, the NSS or the student in them notwithstanding', () => {
    const patient = 'Doctora buenas tardes, disculpe que le escriba por aquí, mi nieta me dijo que este era el correo del IMSS.\n\nSoy su paciente del consultorio 8 de la UMF 3, RIGOBERTO CAMACHO LARA, mi número de afiliación es 93705145097.\n\nSe me acabaron la metformina y el losartán. ¿Me puede hacer favor de mandar la receta a la farmacia de la clínica?';
    expect(hold(mail('rigo.camacho51@hotmail.com', 'receta medicamentos', patient))).toBe('off_topic');
    const handover = 'Hola, chicas:\n\nLes dejo mis pendientes porque a partir del lunes empiezo mi incapacidad:\n\n1. La alumna Nancy Berenice Olague Pineda (código 227644908) va a volver a escribir con su constancia; díganle que espere a que le aparezca la vigencia.\n2. Los tres referidos de Odontología siguen sin contestar.\n\nLupita';
    expect(hold(mail('lupita.carrillo.cse@gmail.com', 'Mis pendientes', handover))).toBe('colleague');
  });

  it('a student who needs a prescription and has no coverage, with her code, is answered', () => {
    expect(hold(mail('ana.perez.g08@gmail.com', 'Sin vigencia', 'Buenas tardes, necesito una receta en mi clínica pero no tengo vigencia. Mi código es 227644908 y mi NSS 93705145097.'))).toBeNull();
  });
});

describe("a foreman's thanks, a publisher's samples, another office's question (issue #3, fresh103 set)", () => {
  it('are held', () => {
    const thanks = 'Buenas tardes Lic. Hilda y a todo el personal de la Coordinación:\n\nDe parte mía y de los muchachos de la cuadrilla les damos las gracias por la birria y los refrescos del lunes 3, Día de la Santa Cruz, y por dejarnos poner la cruz en la obra donde va a quedar la nueva ventanilla de altas del IMSS.\n\nQue Dios los bendiga.\n\nJesús Ortega\nMaestro de obra';
    expect(hold(mail('jesus.ortega.construcciones@gmail.com', 'Gracias por la comida', thanks))).toBe('no_request');
    const samples = 'Buenos días.\n\nMi nombre es Ricardo Mejía y represento a Editorial Horizonte Escolar en Jalisco. Me gustaría enviarles cinco ejemplares de muestra de "Salud Integral y Autocuidado", cuyo capítulo 4 explica qué es el seguro facultativo del IMSS.\n\n¿A qué dirección puedo enviar los ejemplares?';
    expect(hold(mail('ricardo.mejia.horizonte@gmail.com', 'Ejemplares de muestra', samples))).toBe('business');
    const exam = 'Buenas tardes, disculpen si este no es el correo correcto.\n\nTengo 44 años y sólo terminé la secundaria. En mi trabajo me piden el certificado de preparatoria. ¿La Universidad tiene algún examen para acreditar la prepa? ¿Cuánto cuesta?\n\nMis datos por si los necesitan:\nNombre: HÉCTOR MANUEL VALDIVIA CARRANZA\nCURP: VACH870902HJCLRC53\n\nDe antemano muchas gracias.';
    expect(hold(mail('hvaldivia87@hotmail.com', 'Examen para terminar la prepa', exam))).toBe('off_topic');
  });

  it('a student who sends only her CURP and asks about her coverage, or thanks and asks, is answered', () => {
    expect(hold(mail('hvaldivia87@hotmail.com', 'Alta', 'Buenas tardes, me dijeron en la prepa que les escribiera porque no me sale nada en la página cuando entro.\n\nMis datos:\nCURP: VACH870902HJCLRC53\n\nGracias.'))).toBeNull();
    expect(hold(mail('ana.perez.g08@gmail.com', 'Alta', 'Les doy las gracias por la información. ¿Qué más les tengo que mandar para el alta?'))).toBeNull();
  });
});

describe("a lawyer's services, a broken link reported, a payroll firm's layout, a worker's aguinaldo (issue #3, fresh105, fresh106, fresh108 sets)", () => {
  it('are held', () => {
    const lawyer = 'Estimados señores de Servicios Estudiantiles:\n\nSoy abogada especialista en derecho migratorio y atiendo a estudiantes extranjeros que necesitan su tarjeta de residente, requisito también para el IMSS.\n\nOfrezco:\n- Canje de visa por tarjeta de residente temporal\n- Renovaciones\n\nPrecio especial para alumnos de la UdeG.';
    expect(hold(mail('daniela.orendain.migratorio@gmail.com', 'Trámites migratorios', lawyer))).toBe('business');
    const link = 'Buenas tardes.\n\nSoy orientadora en una preparatoria y uso su guía "Proceso de Alta del IMSS" para explicarles a mis alumnos cómo sacar su NSS. Desde la semana pasada el enlace al PDF en su página marca "Error 404".\n\nSe los comento por si no se habían dado cuenta. ¡Gracias por la guía!';
    expect(hold(mail('silviagallardo.orienta@gmail.com', 'Enlace roto en su página del IMSS', link))).toBe('no_request');
    const layout = 'Buenas tardes, licenciado:\n\nLe envío el layout de altas de la quincena 19 de nuestro cliente, para que nos apoye con el registro ante el Instituto.\n\nLos dos trabajadores con urgencia son:\n- LUIS ENRIQUE TAPIA GUERRERO, NSS 90149853468\n\n¿Me confirma el acuse, por favor?';
    expect(hold(mail('kibarra@nominaspacifico.com.mx', 'Altas IMSS quincena 19', layout))).toBe('off_topic');
    const aguinaldo = 'Buenas tardes.\n\nMe depositaron el aguinaldo pero me llegó incompleto. Ya fui a mi dependencia y me dijeron que escribiera al IMSS de la universidad.\n\nNombre: Juan Carlos Ledezma Orozco\nNo. de empleado: 1709116\nNSS: 92867113836\nAdscripción: Mantenimiento, CUCEI\n\nEspero su respuesta.';
    expect(hold(mail('jc.ledezma71@hotmail.com', 'aguinaldo incompleto', aguinaldo))).toBe('off_topic');
  });

  it('a student who reports a broken link and asks for help, or a student of CUCEI with her NSS, is answered', () => {
    expect(hold(mail('ana.perez.g08@gmail.com', 'Enlace roto', 'Buenas tardes, se los comento porque el enlace de su página marca error 404, ¿cómo saco mi NSS?'))).toBeNull();
    expect(hold(mail('ana.perez.g08@gmail.com', 'Alta', 'Buenas tardes, estudio en CUCEI y no tengo vigencia. Mi NSS: 92867113836'))).toBeNull();
  });
});

describe("a gift, a fundraising plea to many, a graduate's CV (issue #3, fresh109 set)", () => {
  it('are held', () => {
    const gift = 'Buenas tardes.\n\nFui enfermera del IMSS 30 años. Tengo en mi casa una silla de ruedas en buen estado. Sé que a veces los muchachos se accidentan y todavía no tienen su seguro. Si ustedes saben de algún alumno que la necesite, con gusto se la regalo.';
    expect(hold(mail('consuelo.padilla.enf@yahoo.com.mx', 'Regalo silla de ruedas', gift))).toBe('business');
    const plea = { ...mail('fabi.arambula.s@gmail.com', 'Ayuda para la cirugía de mi hermano', 'Mi hermano Kevin Arámbula Solís, que estudiaba en el CUCEI (código 229127766), tuvo un accidente y nunca alcanzó a tener el seguro. La cirugía cuesta $186,000. Cualquier ayuda, por pequeña que sea, nos sirve:\n\nCuenta CLABE: 631795529615017910'), to: [] };
    expect(hold(plea)).toBe('off_topic');
    const cv = 'Buenas tardes.\n\nMi nombre es Brandon Velázquez Ortega, egresé en diciembre y me interesa trabajar en su área; hice mi servicio social en la ventanilla de altas del IMSS.\n\nAdjunto mi currículum. Mis datos:\nCURP: VEOB091123HJCLRRB0\nNSS: 19240938357\n\nQuedo a sus órdenes para una entrevista.';
    expect(hold(mail('brandon.velazquez.cv@gmail.com', 'Solicitud de empleo - CV', cv))).toBe('off_topic');
  });
  it('a student with her code who mentions her CV for a scholarship is answered', () => {
    expect(hold(mail('ana.perez.g08@gmail.com', 'Alta', 'Necesito la vigencia del IMSS para mi currículum de la beca. Código 229127766, NSS 19240938357.'))).toBeNull();
  });
});

describe("a bot seller's sample chat, a radio host's confirmation, an insurer's claim (issue #3, fresh111 and fresh112 sets)", () => {
  it('are held', () => {
    const pitch = '¿Cuántos correos reciben al día de alumnos pidiendo su alta en el IMSS? Con nuestro bot los alumnos mandan sus datos. Así se vería:\n\n🤖 ¿Tu NSS?\n👩 42241235839\n🤖 ¿Tu CURP?\n👩 SORK120819MJCLVRA8\n\nImplementación en 2 semanas, desde $2,900 al mes. ¿Le agendo una demostración de 20 minutos?';
    expect(hold(mail('eduardo.botsjalisco@gmail.com', 'Automatice las altas del IMSS', pitch))).toBe('business');
    const radio = '¡Qué tal, buenos días!\n\nLes confirmo que su dedicatoria sale al aire mañana en "Despierta Guadalajara": "Las Mañanitas" para todas las mamás de la Coordinación, de parte de sus compañeros de la ventanilla del seguro.\n\nSintonícennos en el 104.3 FM.';
    expect(hold(mail('pepelozano.locutor@gmail.com', 'Su dedicatoria del 10 de mayo', radio))).toBe('no_request');
    const claim = 'Lupita:\n\nTe mando la liga al documento del siniestro para que lo revises antes de la junta.\n\nAsegurada: ROSALBA NIEVES CAMARENA\nNSS (para el reembolso de la incapacidad): 82856809833\nPóliza: GMM-73578187';
    expect(hold(mail('hector.valadez@aseguradoraoccidente.com.mx', 'Siniestro para revisar', claim))).toBe('off_topic');
  });
  it('a student who paid a private clinic monthly and sends her data is answered', () => {
    expect(hold(mail('ana.perez.g08@gmail.com', 'Alta', 'Pagué desde $2,900 al mes en un seguro privado porque no tengo vigencia. Mi código 229127766, NSS 42241235839.'))).toBeNull();
  });
});

describe("a favour asked of a staff member by name, as a friend asks (issue #3, fresh114 set)", () => {
  it('"Hola Marisela, ¿cómo estás? Soy Lety, la de la fonda de enfrente" is held, though it mentions the insurance', () => {
    const favour = 'Hola Marisela, ¿cómo estás? Soy Lety, la de la fonda de enfrente.\n\nFíjate que vienen muchos muchachos de intercambio a comer y me dijeron que mi menú en inglés está "funny". Tú que les contestas a los extranjeros del seguro, ¿me harías el favor de revisarlo?\n\nTe invito la comida cuando quieras. ¡Gracias!\n\nLety';
    expect(hold(mail('fondadonalety@gmail.com', '¿Me echas la mano con mi menú en inglés?', favour))).toBe('off_topic');
  });
  it('a student greeting the desk with "¿cómo están?" is answered', () => {
    expect(hold(mail('andrea.lopez.99@gmail.com', 'Alta', 'Hola Coordinación, ¿cómo están? No me aparece la vigencia en el IMSS, ¿qué datos les mando?'))).toBeNull();
  });
});

describe("things found, posters, children's CURPs, notices to pass on (issue #3, fresh113, fresh115 and fresh116 sets)", () => {
  it("someone who found a student's credential or wallet and wants to give it back is held, her name and code notwithstanding", () => {
    const cafe = 'Hola, buenas tardes.\n\nEncontraron esta credencial en una mesa de la cafetería, la tengo en la caja. Si la ven por aquí díganle que pase por ella.\n\nNombre: Alondra Michelle Carrillo Preciado\nCódigo: 233707166\n\nSaludos,\nDoña Lupita';
    expect(hold(mail('lupita.cafeteria.cse@gmail.com', 'Credencial encontrada en la cafetería', cafe))).toBe('off_topic');
    const taxi = 'Soy taxista de sitio. Anoche una muchacha dejó su cartera en el asiento de atrás.\n\nTrae su credencial de la universidad a nombre de ALEJANDRA BECERRA QUIROZ, código 231130734.\n\nSi la conocen díganle que me marque para regresársela.';
    expect(hold(mail('ramon.aceves.taxi@gmail.com', 'Encontré una cartera', taxi))).toBe('off_topic');
  });
  it('a student who says she left her credential at home is answered', () => {
    expect(hold(mail('emiliano.duarte3938@alumnos.udg.mx', 'Alta IMSS', 'No estoy vigente. Nombre: Emiliano Duarte Campos, NSS 42241350331. Mi código no me lo sé y la credencial la dejé en la casa, ¿se los puedo mandar después?'))).toBeNull();
  });
  it("a club's request to put up a poster in the waiting room is held, the president's code notwithstanding", () => {
    const poster = 'Soy Itzel Alejandra Bojórquez Salas (código 230583947), presidenta del Club Universitario de Ajedrez.\n\n¿Nos darían permiso de pegar un cartel tamaño carta en el pizarrón de avisos de la sala de espera del IMSS?';
    expect(hold(mail('itzel.bojorquez5526@alumnos.udg.mx', 'Permiso para cartel', poster))).toBe('off_topic');
  });
  it("the building's staff reporting a fault in the office is held; a parent asking how to send her son's data is answered (fresh143)", () => {
    const janitor = 'Buenos días licenciada, le aviso que en la mañana amaneció pintada la puerta de la oficina con aerosol, dice "QUEREMOS NUESTRO NSS". Ya le avisé a mantenimiento para que la pinten. Le mando foto.\n\nJosé Luis, intendencia';
    expect(hold(mail('joseluis.ramirez.int@gmail.com', 'Puerta pintada', janitor))).toBe('off_topic');
    const mother = 'Buenas tardes, ¿tienen algún número de WhatsApp para mandar los datos de mi hijo? Es de primer ingreso y no le entiendo bien al correo. Gracias.';
    expect(hold(mail('gaby_jimenez@hotmail.com', '¿Tienen WhatsApp?', mother))).toBeNull();
  });
  it('a film student asking to record the queue for a documentary is held (fresh142)', () => {
    const film = 'Mi nombre es Sofía Landeros y estudio Cinematografía. Estoy haciendo un documental sobre los jóvenes que se quedan sin servicio médico y me gustaría grabar (con permiso, claro) la fila y la ventanilla de su oficina una mañana. ¿Con quién podría solicitar el permiso?';
    expect(hold(mail('sofia.landeros.cine@gmail.com', 'Solicitud para grabar', film))).toBe('off_topic');
    // A student who says the queue was long is answered.
    expect(hold(mail('sofia.landeros.cine@gmail.com', 'Alta IMSS', 'Fui a la ventanilla pero la fila era enorme. Soy Sofía Landeros Ruiz, código 222816250, ¿me pueden dar de alta?'))).toBeNull();
  });
  it("a campus radio's interview request and a clinic's flyer passed on 'por si tienen alumnos lastimados' are held; a student's job interview is answered (fresh154)", () => {
    const radio = 'Hola! Somos del programa "Salud en corto" de la radio estudiantil. ¿Alguien de su oficina nos daría 10 minutos mañana para hablar de cómo los alumnos sacan su alta del IMSS? Sería a las 11 en cabina.\n\nGracias!';
    expect(hold(mail('radiocucsh.alumnos@gmail.com', 'Entrevista para el programa de la feria', radio))).toBe('off_topic');
    const flyer = 'Hola, les paso esto por si tienen alumnos lastimados de los juegos, mi sobrina abrió su clínica.\n\n---------- Forwarded message ---------\nFisioMove Providencia - ¡Inauguración! 20% de descuento a estudiantes con credencial.';
    expect(hold(mail('lety.navarro.fisio@gmail.com', 'Fw: apertura clínica de fisioterapia', flyer))).toBe('off_topic');
    expect(hold(mail('kevin.ochoa.r@gmail.com', 'Alta IMSS', 'Buenas tardes, el lunes tengo una entrevista de trabajo en la radio y me piden estar dado de alta en el IMSS. ¿Qué datos les mando?'))).toBeNull();
  });
  it("a schoolchild's homework questions and a writer's guest-article pitch for a do-follow link are held; a student's own questions are answered (fresh100)", () => {
    const homework = 'hola buenas tardes\n\nme llamo Santiago y voy en 2o de secundaria. Tengo una tarea de civismo sobre los derechos de los estudiantes y les quería hacer unas preguntas:\n\n1. ¿qué es el seguro facultativo?\n2. ¿qué es el NSS y para qué sirve?\n\ngracias!!';
    expect(hold(mail('santi.gamer2018@gmail.com', 'tarea de civismo (preguntas)', homework))).toBe('off_topic');
    const pitch = "Hi there,\n\nI came across your page \"Programa de afiliación al IMSS\" and I'd love to contribute a well-researched article for your students.\n\nIn return I'd just ask for one do-follow link to a partner website.\n\nBest regards,\nSarah Collins";
    expect(hold(mail('sarahcollins.outreach@gmail.com', 'Collaboration proposal for your website', pitch))).toBe('business');
    expect(hold(mail('santi.arias@gmail.com', 'Dudas del seguro', 'Hola, soy de primer ingreso y les quería hacer unas preguntas: ¿qué es el NSS y dónde lo saco? ¿Ya estoy dado de alta?'))).toBeNull();
  });
  it("the day the portal fell: a student paper's request for a statement, a retired clerk's tip 'para que le avisen a los muchachos', an intern's 'nomás para que sepan' and a food truck's request to park by the queue are held (fresh156)", () => {
    expect(hold(mail('mariana.gaceta.cucsh@gmail.com', 'Nota sobre la caída de IMSS Digital', 'Hola, buenas tardes. Estoy haciendo una nota para la gaceta estudiantil sobre los alumnos que no pudieron sacar su NSS hoy. ¿Alguien de la oficina me podría dar una declaración breve antes de las 6? Gracias.'))).toBe('off_topic');
    expect(hold(mail('ale.cisneros.noticias@gmail.com', 'Solicitud de entrevista', 'Buenas tardes, soy reportera de un noticiero regional. ¿Cuántos estudiantes de la costa les han pedido alta al IMSS por el huracán? Me gustaría una declaración breve para la nota de las 8 pm.'))).toBe('off_topic');
    expect(hold(mail('tonerexpress.gdl@gmail.com', 'Visita recarga de tóner', 'Buenos días, paso mañana miércoles entre 10 y 12 a recoger los 3 cartuchos de la HP del área de IMSS para recarga. Favor de dejarlos en recepción.\n\nTéc. Julio'))).toBe('business');
    expect(hold(mail('rosamaria.delgadillo50@yahoo.com.mx', 'consejo por lo de la pagina', 'Buenas, trabajé 30 años en el IMSS. Cuando se cae el portal lo mejor es intentar después de las 9 de la noche. Se los digo para que le avisen a los muchachos. Saludos.'))).toBe('off_topic');
    expect(hold(mail('bryan.cta.becario@gmail.com', 'no es nuestra red', 'Qué tal, nomás para que sepan: revisamos y no es la red de la universidad, el sitio del IMSS está caído para todos. Ya avisé a mi jefe. Saludos'))).toBe('no_request');
    expect(hold(mail('tacoselguerito.truck@gmail.com', 'permiso para vender', 'Buen día, vimos que hay mucha fila de estudiantes en su oficina por lo del IMSS, ¿nos dan permiso de poner el food truck afuera? Pagamos lo que se deba.'))).toBe('business');
    // A student who paid a private clinic is still answered.
    expect(hold(mail('lupita.r@gmail.com', 'Reembolso', 'Buenas tardes, como no tenía IMSS pagamos la consulta en una clínica particular. ¿Me la pueden reembolsar?'))).toBeNull();
  });
  it("a former exchange student's thanks in Portuguese, 'Lembram que me ajudaram ...?' asking nothing, is held (fresh159)", () => {
    expect(hold(mail('larissa.mendes.rs@gmail.com', 'Obrigada por tudo!', 'Oi, gente! Sou a Larissa, fiz intercâmbio no CUCS no ano passado. Lembram que me ajudaram com o IMSS quando quebrei o braço? Só queria agradecer: hoje me formei em Medicina em Porto Alegre!\n\nBeijos,\nLarissa'))).toBe('no_request');
    // Thanks with a question of her own now is answered.
    expect(hold(mail('larissa.mendes.rs@gmail.com', 'Obrigada', 'Vocês me ajudaram muito no ano passado. ¿Puedo volver a darme de alta si regreso de intercambio?'))).toBeNull();
  });
  it('party photos for a relative greeted by her given name, in blind copy, her own NSS in them, are held (fresh147)', () => {
    const photos = 'Hola Ime!! Aquí te van las fotos de la fiesta de Dany, salieron bien bonitas. Ahí te encargo lo de la clínica, mi número es 94967950356 por si lo ocupas.\n\nBesos, Rosaura';
    expect(hold({ ...mail('rosaura.camarena79@hotmail.com', 'Fotos de la fiesta de Dany', photos), to: [] })).toBe('off_topic');
    // Written to the desk, the same words are answered.
    expect(hold(mail('rosaura.camarena79@hotmail.com', 'Fotos de la fiesta de Dany', photos))).toBeNull();
  });
  it('a screenshot of "mi registro en el formulario" (the desk\'s web form) is answered (fresh147)', () => {
    expect(hold(mail('enriquezfabian_62@gmail.com', 'Registro', 'Hola, adjunto captura de pantalla de mi registro en el formulario, mi nombre es Fabián Enríquez Magaña.'))).toBeNull();
  });
  it("a children's club's entry list with their CURPs (all under thirteen) is held", () => {
    const relay = 'Les envío la cédula de inscripción del Club Delfines para el Torneo Infantil de Natación del Centro Deportivo IMSS:\n\n1. Renata Castañeda Villa - CURP CAVR230214MJCSLNB6\n2. Mía Ochoa Reyes - CURP OORM230830MJCCYXC5\n\n¿Me confirman que quedaron registradas?';
    const m = { ...mail('profe.alvaro.delfines@hotmail.com', 'Inscripción relevo 4x50', relay), date: '2034-04-28T16:00:00.000Z' };
    expect(triageMessage(m, { ...OPTIONS, now: new Date('2034-04-28T16:00:00Z') }).hold).toBe('off_topic');
  });
  it("a bank's visit to pass on to the students, a neighbour's complaint signed as such, a copier's maintenance are held", () => {
    expect(hold(mail('adriana.reyna.bn@gmail.com', 'Activación de Tarjetas Universitarias', 'Mi nombre es Adriana Reyna, soy ejecutiva de Banco Nopal.\n\nDel 23 al 27 de enero estaré en el CUCEI activando las Tarjetas Universitarias. Los alumnos sólo necesitan su credencial y su CURP.\n\nLes agradecería mucho si lo pueden compartir con los alumnos que los visitan.'))).toBe('off_topic');
    expect(hold(mail('arturogil1957@yahoo.com.mx', 'Su tinaco', 'Señores de la oficina del seguro de los estudiantes:\n\nDesde el sábado su tinaco se está derramando y el agua cae a mi patio.\n\nAtentamente,\nArturo Gil\nVecino de la finca de junto (Pedro Moreno 1035)'))).toBe('no_request');
    expect(hold(mail('javier.montes.cso@gmail.com', 'Mantenimiento copiadora - área IMSS', 'Les escribo de parte de Copiadoras y Servicios de Occidente para agendar el mantenimiento preventivo trimestral de la copiadora del área de altas del IMSS.\n\n¿Les acomoda el martes 2 de mayo a las 10:00?\n\nJavier Montes\nTécnico de servicio'))).toBe('business');
  });
});

describe("a cybercafé's ticket mailed to the desk (issue #3, fresh117 set)", () => {
  it("its customer's name and CURP printed, nobody writing: held", () => {
    const ticket = 'CIBERNET LAGOS - TICKET DE SERVICIO\n================================\nTicket: 845706\nCliente: AYLIN TEJEDA MURGUIA\nCorreo del cliente: imss@udg.mx\n--------------------------------\nImpresion B/N x3 ........ $6.00\n  - CURP_TEMA140527MJCJRYB1.pdf\n  - Consulta NSS IMSS Digital\n--------------------------------\nTOTAL ................... $17.25\nGRACIAS POR SU PREFERENCIA';
    // (Sent in October 2034: the CURP's holder is twenty.)
    expect(triageMessage(mail('cibernetlagos.tickets@gmail.com', 'Ticket de servicio 845706', ticket), { ...OPTIONS, now: new Date('2034-10-11T19:00:00Z') }).hold).toBe('no_writer');
  });
});

describe("a tuition matter (issue #3, fresh118 set)", () => {
  it("a mother's refund of her son's arancel paid twice, his name and code in it, is held", () => {
    const refund = 'Buenas tardes.\n\nPagué dos veces la orden de pago del arancel 2035A de mi hijo, una en el banco y otra en línea, y quiero solicitar el reembolso de una de ellas.\n\nAlumno: Kevin Alexis Padilla Orozco\nCódigo: 232208650\nImporte: $1,310.00 (dos veces)\n\nGracias.\nSra. Alma Orozco';
    expect(hold(mail('alma.orozco.m@hotmail.com', 'Reembolso de pago doble de arancel', refund))).toBe('off_topic');
  });
});

describe("an offer to pass on to the students (issue #3, fresh119 set)", () => {
  it('"Les agradecería mucho si pudieran compartir mis datos con los alumnos" is held', () => {
    const offer = 'Me presento: soy técnica ortesista y acabo de abrir mi taller. A estudiantes de la UdeG les doy 20% de descuento, y a quienes no tienen IMSS les ayudo con facilidades de pago.\n\nLes agradecería mucho si pudieran compartir mis datos con los alumnos que lo necesiten.\n\nT.O. Sandra Mercado';
    expect(hold(mail('ortesis.sandramercado@outlook.com', 'Férulas y órtesis a la medida', offer))).toBe('off_topic');
  });
});

describe("an office passing a petition on; an umbrella left at the window (issue #3, fresh120 set)", () => {
  it("the Defensoría turning a student's petition over to the desk, its own words off the subject, is answered", () => {
    const m = mail('defensoria@udg.mx', 'Se turna petición (Exp. DDU/Q/2035/0101)', 'Para su atención.\n\nSe turna la petición del alumno que se transcribe abajo. Mucho agradeceremos que se le oriente con claridad sobre el número que debe enviar.\n\nDefensoría de los Derechos Universitarios\n\nDe: Enrique Lozano Ramos <enrique.lozano8647@alumnos.udg.mx>\nPara: defensoria@udg.mx\nAsunto: Ayuda con mi alta del IMSS\n\nDesde enero estoy tratando de que me den de alta en el seguro.\n\nNombre: Enrique Lozano Ramos\nCódigo: 232917614\nNSS: 10240960566');
    expect(hold(m)).toBeNull();
  });
  it('a mother asking whether the umbrella she left at the window was kept is held', () => {
    expect(hold(mail('silvia.murguia71@gmail.com', 'Sombrilla olvidada', 'Buenas tardes, disculpen la molestia.\n\nAyer fui con mi hija a la ventanilla del seguro y se me olvidó una sombrilla morada en la silla de espera. ¿De casualidad la guardaron?\n\nGracias, bendiciones.'))).toBe('no_request');
  });
});

describe("a colleague asking who took the heater (issue #3, fresh121 set)", () => {
  it('is held, from his personal mailbox', () => {
    expect(hold(mail('memo.aceves77@hotmail.com', '¿Quién tiene el calefactor?', 'Buenos días.\n\n¿Alguien se llevó el calefactor eléctrico del archivo? Lo dejé ayer junto al escritorio de la entrada y hoy ya no está. Todavía tengo que terminar de acomodar los expedientes de altas antes de vacaciones.\n\nSi alguien lo tiene, nomás regrésenlo cuando se vayan.\n\nGracias,\nMemo (Archivo)'))).toBe('no_request');
  });
});

describe("a thesis chapter sent to the desk instead of the director (issue #3, fresh122 set)", () => {
  it('"Dra. Robles, buenas tardes. Le envío el capítulo 2 ..." is held, her code on its PDF cover notwithstanding', () => {
    const m = { ...mail('alejandra.saucedo3115@alumnos.udg.mx', 'Capítulo 2 - correcciones', 'Dra. Robles, buenas tardes.\n\nLe envío el capítulo 2 (marco teórico) con las correcciones de la reunión pasada.\n\nQuedo atenta a sus comentarios.\n\nSaludos,\nAlejandra Saucedo Farías'), attachments: [{ filename: 'Cap2.pdf', contentType: 'application/pdf', size: 9000, text: 'UNIVERSIDAD DE GUADALAJARA\nAlejandra Saucedo Farías\nCódigo: 231825450\nCapítulo 2. Marco teórico' }] };
    expect(hold(m)).toBe('off_topic');
  });
});

describe("a contest entry, an office's circular, a family's mail, an apology for a wrong address (issue #3, fresh124 and fresh125 sets)", () => {
  it('are held', () => {
    expect(hold(mail('montserrat.aguirre8315@alumnos.udg.mx', 'Registro Concurso de Altares 2035', 'Buenas tardes.\n\nEnvío mi registro para el Concurso Universitario de Altares de Muertos 2035, categoría individual.\n\nNombre: Montserrat Aguirre Partida\nCódigo: 232133850\nCarrera: Licenciatura en Artes Visuales (CUAAD)\n\nTítulo del altar: "La tiendita de mi abuela"'))).toBe('off_topic');
    expect(hold(mail('circulares.controlescolar@udg.mx', 'Circular CE/014/2036', 'CIRCULAR CE/014/2036\n\nA las dependencias de la Red Universitaria\nPresente\n\nSe informa que estará abierto el periodo de verificación de nombres para la impresión de títulos.\n\nEjemplo del registro que verá el egresado:\n\nNombre: José Emiliano Íñiguez de la Torre\nCódigo: 231691508\nCURP: IITE130515HJCXRMB6\n\nAgradeceremos difundir esta información.'))).toBe('off_topic');
    const family = { ...mail('chayoharo.chicago@yahoo.com', 'Ofrenda de mi amá - who brings what', 'Hi familia!!\n\nOk so este año la ofrenda de mi amá la vamos a hacer en casa de Lety en Tlaquepaque. Here is the list de quién trae qué.\n\nDani mija, ya arreglaste lo del seguro de la escuela?\n\nTía Chayo'), to: ['lety.haro77@gmail.com', 'pepeharo@hotmail.com', 'chuyharo.gdl@gmail.com', 'imss@udg.mx'].map((address) => ({ address, name: '' })) };
    expect(hold(family)).toBe('off_topic');
    expect(hold(mail('tere.anguiano61@hotmail.com', 'Disculpen, correo enviado por error', 'Buenas tardes.\n\nDisculpen, el viernes les mandé por error un correo con unos documentos de mi papá que eran para la oficina del IMSS de Tonalá.\n\nPor favor bórrenlo.\n\nSra. Teresa Anguiano'))).toBe('no_request');
  });
});

describe("a payslip left at the window, a worker's payroll deduction (issue #3, fresh123 set)", () => {
  it('are held', () => {
    expect(hold(mail('guadalupe.ochoa@udg.mx', 'Recibo de nómina olvidado en ventanilla', 'Compañeros, buenas tardes.\n\nEn la ventanilla 2 alguien dejó olvidado un recibo de nómina impreso. Es de JORGE ALBERTO SAHAGUN PARTIDA, NSS 62129661989.\n\nLo guardé en el cajón de objetos olvidados. Si alguien viene a buscarlo, ahí está.\n\nLupita'))).toBe('off_topic');
    expect(hold(mail('efren.quezada@administrativos.udg.mx', 'Duda descuento IMSS en mi recibo', 'En mi recibo de nómina la cuota del IMSS me subió de $212.40 a $298.15. ¿Me pueden explicar por qué?\n\nMi NSS es 76998186720 y mi código de trabajador es 2793805.\n\nEfrén Quezada\nAuxiliar de Intendencia, CUCEA'))).toBe('off_topic');
  });
});

describe("an accountant's payroll sent to the wrong address (issue #3, fresh129 set)", () => {
  it('workers\' NSS and the employer\'s quotas, nothing of a school: held', () => {
    expect(hold(mail('cp.rosariotellez@gmail.com', 'Nómina 1a quincena mayo + altas IMSS', 'Hola Paty, buenas tardes.\n\nTe mando la nómina de la primera quincena de mayo para que la revise el doctor antes de dispersar.\n\nTambién te pido que des de alta en el IMSS a los dos nuevos:\n\n- JESUS MANUEL ORENDAIN PLASCENCIA, NSS 54119418355, técnico dental\n\nEl archivo tiene ya calculadas las cuotas obrero-patronales.\n\nC.P. Rosario Téllez'))).toBe('off_topic');
  });
});

describe("a former clerk of the desk asking for her service record (issue #3, fresh127 set)", () => {
  it('her NSS and CURP for her pension, nothing of a school but the university she worked for: held', () => {
    expect(hold(mail('yoli.preciado72@hotmail.com', 'Ayuda con mi hoja de servicios', 'Hola, compañeras, ¡cuánto tiempo!\n\nSoy Yolanda, la que atendía la ventanilla. Estoy haciendo mi trámite de pensión y en el IMSS me piden una hoja única de servicios de la Universidad.\n\nNombre: Yolanda Preciado Ascencio\nNSS: 80887207464\nCURP: PEAY720709MJCRSL57\n\nYoli'))).toBe('off_topic');
  });
});

describe("a hijacked mailbox's link to 'the document' on a host that borrows a service's name (issue #3, fresh128)", () => {
  const lure = (url: string) => `Buenas tardes,\n\nLe comparto el documento solicitado. Por favor revíselo y confirme de recibido.\n\nVer documento: ${url}\n\nSaludos cordiales.`;

  it('is held as a suspicious link', () => {
    expect(hold(mail('ramiro.guzman71@hotmail.com', 'RE: Alta IMSS de mi hijo [IMSS-2037-041891]', lure('https://sharepoint-docs-view.click/s/ff46f3cdfe')))).toBe('suspicious_link');
    expect(hold(mail('ramiro.guzman71@hotmail.com', 'RE: Alta IMSS', lure('http://onedrive.live.com.secure-view.top/doc')))).toBe('suspicious_link');
    expect(hold(mail('lucia.r@gmail.com', 'Re: Alta', 'Hola, te compartí un archivo.\n\nAbrir documento: https://imss-constancias.xyz/ver?id=8841'))).toBe('suspicious_link');
  });

  it("a link on the service's own domain, or a lookalike link beside a student's data, is not", () => {
    expect(hold(mail('ramiro.guzman71@hotmail.com', 'RE: Alta IMSS', lure('https://udgmx-my.sharepoint.com/:b:/g/personal/x/EaBc')))).toBeNull();
    expect(hold(mail('ramiro.guzman71@hotmail.com', 'RE: Alta IMSS', lure('https://drive.google.com/file/d/1aBcD/view')))).toBeNull();
    const withData = `${lure('https://sharepoint-docs-view.click/s/ff46f3cdfe')}\n\nMi CURP: REGJ990418HNESVN21`;
    expect(hold(mail('ramiro.guzman71@hotmail.com', 'RE: Alta IMSS', withData))).not.toBe('suspicious_link');
  });
});

describe("a shop next door, a visitor to the book fair, a grandmother's letter to her grandson (issue #3, fresh132)", () => {
  it('are held', () => {
    const shop = 'Buenos días.\n\nSoy el dueño de la Papelería Moreno, aquí junto, en Pedro Moreno 1031. Les escribo con todo respeto porque en las mañanas los muchachos que hacen fila para lo del seguro del IMSS se quedan parados frente a mi cortina y mis clientes no pueden entrar.\n\n¿Podrían poner a alguien que los acomode hacia el otro lado?\n\nRaúl Moreno';
    expect(hold(mail('papeleriamoreno1031@gmail.com', 'La fila tapa la entrada de mi negocio', shop))).toBe('no_request');
    const visitor = 'Buenas tardes, cordial saludo.\n\nMe llamo Juliana Cárdenas, soy bibliotecaria en Medellín y viajo a la Feria del Libro del 28 de noviembre al 4 de diciembre. Encontré este correo en la página de la Universidad.\n\n¿Saben si necesito un seguro médico para entrar a México? Y si me enfermo allá, ¿el IMSS me atendería?\n\nJuliana';
    expect(hold(mail('julianacardenas.bib@gmail.com', 'Consulta sobre seguro médico para la FIL', visitor))).toBe('no_request');
    const grandmother = 'Mijo querido:\n\nTu primo Lalo me dio este correo, dice que es el de tu escuela. Tu abuelo pregunta si ya te dieron lo del seguro del IMSS que me dijiste, para que te vean esa tos.\n\nTe quiere mucho,\nTu abuelita Chole';
    expect(hold(mail('chole.rivera1951@hotmail.com', 'para mi nieto', grandmother))).toBe('off_topic');
  });

  it('an exchange student coming to study, or a student who owns a shop and asks for her coverage, is answered', () => {
    expect(hold(mail('lucia.gomez@gmail.com', 'Seguro', 'Hola, viajo a Guadalajara en enero para mi semestre de intercambio en el CUCEA. ¿Necesito darme de alta en el IMSS?'))).toBeNull();
    expect(hold(mail('ana.tienda@gmail.com', 'Alta', 'Buenas tardes, soy la dueña de una papelería y también estudio en el CUCSH. No aparezco vigente en el IMSS, ¿qué datos les mando?'))).toBeNull();
  });
});

describe("a request for a ride to a sister named 'Ime' that the phone sent to imss@ (issue #3, fresh130)", () => {
  it('is held; a student opening with "Oigan, ¿...?" is answered', () => {
    expect(hold(mail('rebe.villasenor82@icloud.com', 'Recógeme porfa', 'Ime, ¿me puedes pasar a recoger? Estoy con mi mamá en la clínica 3 del IMSS, ya salimos de su cita pero está lloviendo horrible.\n\nTe marco y no contestas'))).toBe('off_topic');
    expect(hold(mail('rebe.villasenor82@icloud.com', 'Alta', 'Oigan, ¿me pueden decir si ya quedó mi alta en el IMSS? Soy alumna del CUCEI.'))).toBeNull();
  });
});

describe("a student's mail to a landlord sent here by the address book (issue #3, fresh135)", () => {
  it('is held, her code and CURP in it; a student greeting the desk by a staff member\'s name is answered', () => {
    const landlord = 'Hola Ismael, buenas tardes.\n\nVi tu anuncio del departamento en la calle Herrera y Cairo y me interesa mucho. ¿Lo puedo ver mañana?\n\nPara lo del contrato te paso mis datos, soy estudiante de la UdeG:\n\nRenata Alvarado Sepúlveda\nCódigo: 236281779\nCURP: AASR180521MMNLPNB6\n\nMi papá sería el aval. ¿Se aceptan mascotas?';
    expect(hold(mail('renata.alvarado63@gmail.com', 'Departamento Herrera y Cairo', landlord))).toBe('off_topic');
    const student = 'Hola Marisela, buenas tardes.\n\nYa no aparezco vigente en el IMSS. Renata Alvarado Sepúlveda\nCódigo: 236281779\nCURP: AASR180521MMNLPNB6';
    expect(hold(mail('renata.alvarado63@gmail.com', 'Alta IMSS', student))).toBeNull();
  });

  it("an office that asks the desk's staff to attend a student's complaint ('les solicitamos atender su caso') is a person writing", () => {
    const m = mail('atencion.defensoria@udg.mx', 'Queja DDU/Q/724/2038 - solicitud de atención', 'Buenos días.\n\nLa Defensoría recibió la queja de la alumna Aitana García Dávila, código 235964771, CURP GADA170824MJCRVTB4, quien refiere no haber recibido respuesta a su solicitud de alta.\n\nLes solicitamos atender su caso e informarnos del resultado.\n\nAtentamente,\nMtra. Silvia Quezada');
    expect(triageMessage(m, OPTIONS)).toMatchObject({ decision: 'incomplete', hold: null });
  });
});

describe("offers and notes of the desk's own business (issue #3, fresh136-fresh138)", () => {
  it('are held', () => {
    const app = 'Buenas tardes.\n\nSoy estudiante de Ingeniería en Computación del CUCEI. Vi la fila de la ventanilla del IMSS y desarrollé una app de turnos. Pueden ver una demo aquí: https://turnoudg.app/demo\n\nMe encantaría presentárselo 15 minutos.\n\nKevin';
    expect(hold(mail('kevin.aguirre.dev@gmail.com', 'Propuesta: app de turnos', app))).toBe('business');
    const poster = 'Buenas tardes.\n\nSoy maestra de la Preparatoria 14. En el cartel del seguro facultativo que nos llegó el correo aparece como imss@udg.com.mx.\n\n¿Podrían mandarnos el cartel corregido para volver a imprimirlo?\n\nProfra. Leticia Amezcua';
    expect(hold(mail('leticia.amezcua.prepa14@gmail.com', 'Error en el cartel del seguro facultativo', poster))).toBe('no_request');
    const ring = 'Hola, buenas tardes.\n\nEl viernes perdí mi anillo de graduación en algún lugar entre Control Escolar y la fila de las ventanillas del seguro. Si alguien lo encontró, les agradecería que me avisaran.\n\nKarina';
    expect(hold(mail('karina.olvera.nutri@gmail.com', 'Perdí mi anillo de graduación', ring))).toBe('no_request');
  });
  it('a student who saw the poster and asks what to send is answered', () => {
    expect(hold(mail('ana.lopez.99@gmail.com', 'Alta', 'Hola, vi el cartel del seguro en mi prepa. ¿Qué datos les mando para mi alta?'))).toBeNull();
  });
});

describe('a phishing wave and things found (issue #3, fresh168 and fresh169 sets)', () => {
  it("a threat to cut an account or the coverage unless its reader acts, or a request for the mailbox's password: held as phishing, even from a student's mailbox", () => {
    const verify = 'Estimado usuario de la Red Universitaria:\n\nDetectamos actividad inusual en su cuenta de correo institucional. Por su seguridad, su cuenta será desactivada el día de hoy a las 23:59 si no verifica su identidad.\n\nVERIFICAR MI CUENTA AHORA\n\nCoordinación General de Tecnologías de Información\nUniversidad de Guadalajara\n\nEnviado desde mi cuenta institucional';
    expect(hold(mail('tomas.ibarra5512@alumnos.udg.mx', 'Verificación de cuenta institucional', verify))).toBe('phishing');
    const whatsapp = 'BUEN DIA su seguro medico sera dado de baja hoy por falta de actualizacion, para evitarlo mande mensaje al WhatsApp 33 1234 5678 con su nombre completo curp y nss. Atte IMSS';
    expect(hold(mail('avisos.imss.mx@hotmail.com', 'su seguro sera dado de baja', whatsapp))).toBe('phishing');
    // (It copies the desk's own signature.)
    const password = 'Hola:\n\nPor cambios en el convenio con el IMSS todos los alumnos deben actualizar sus datos antes del 20 de febrero. Ingresa en https://udg-datos-imss.site e inicia sesión con tu correo y contraseña institucional.\n\nAtentamente,\nCoordinación de Servicios Estudiantiles\nUniversidad de Guadalajara\nCorreo: imss@udg.mx';
    expect(threatensCutOff(foldLabel(password))).toBe(true);
    expect(threatensCutOff(foldLabel('Hola, no puedo iniciar sesión en SIIAU con mi correo y contraseña, ¿me ayudan? Mi seguro no aparece vigente.'))).toBe(false);
  });
  it('a student who asks whether such a mail is real, with her values, is answered', () => {
    const asks = 'Hola, me llegó un correo que dice que mi seguro será dado de baja si no entro a un link. ¿Es real? Mis datos: código 222721616, NSS 27240485485, CURP SAMR040315HJCLDDC5.\n\nRodrigo Salas Medina';
    expect(hold(mail('rodrigo.salas5373@alumnos.udg.mx', '¿Esto es real?', asks))).toBeNull();
  });
  it("a clinic card found on a bus and left at the guard's booth, and a retired nurse's home visits 'si algún alumno lo necesita': held", () => {
    const card = 'Buenas tardes, en el camión encontré un carnet de citas de la UMF 34 a nombre de Laura Ibáñez Cruz. Lo dejé en la caseta de vigilancia del CUCEA.\n\nSaludos';
    expect(hold(mail('ernesto.v.r@gmail.com', 'carnet encontrado', card))).toBe('off_topic');
    const nurse = 'Buenas tardes, soy enfermera jubilada. Ofrezco inyecciones y curaciones a domicilio en Zapopan. Si algún alumno lo necesita pueden darle mis datos.\n\nMarta Ríos';
    expect(hold(mail('marta.rios.enf@gmail.com', 'Enfermería a domicilio', nurse))).toBe('off_topic');
  });
});

describe('a newsletter sent with the desk as its reply address (issue #3, fresh166 set)', () => {
  it("a group chat's transcript mailed by a script, a member's values in it: no_writer; a student's paste of her chat with herself is hers", () => {
    const chat = '[08:12] Rafa: ya vieron que el boletín tiene reply-to al imss jajaja\n[08:15] Ximena: yo mandé mis datos ahí: Ximena Ochoa Luna 223769887 34200597853\n[08:16] Toño: no pongas tus datos en el grupo!!\n[08:30] Rafa: reunión jueves 22 en la feria 11:00\n\n-- generado por resumen.py --';
    expect(hold(mail('consejo.bot@gmail.com', 'Resumen del chat Consejo - 19/01/2043', chat))).toBe('no_writer');
    const own = '[19/1/43 7:58] Ximena: Ximena Ochoa Luna\n[19/1/43 7:58] Ximena: 223769887\n[19/1/43 7:59] Ximena: nss 34200597853\n[19/1/43 7:59] Ximena: curp OOLX050702MJCCNMA0';
    expect(hold(mail('ximena.ochoa5746@alumnos.udg.mx', 'alta imss', own))).toBeNull();
    // ...and her chat with someone else pasted under her own words (fresh202: "Copio aquí mi chat con el gestor").
    const pasted = 'Hola, buenas tardes. Copio aquí mi chat con el gestor para que vean qué datos le di.\n[5/12/44, 10:14] Lic. Rubén Trámites: Buen día, mándame tus datos\n[5/12/44, 10:19] Valeria: Valeria Sofía Durán Mireles\n[5/12/44, 10:19] Valeria: 242761591\n[5/12/44, 10:20] Valeria: DUMV230319MJCRRLC6';
    expect(hold(mail('valeria.duran2298@alumnos.udg.mx', 'Esto le mandé al gestor', pasted))).toBeNull();
  });
  it("'YA DEJEN DE DARLE RESPONDER A TODOS!!!!', nothing of a student's: no_request", () => {
    expect(hold(mail('ximena.ochoa5746@alumnos.udg.mx', 'RE: Boletín Comunidad UdeG', 'YA DEJEN DE DARLE RESPONDER A TODOS!!!! llevo 40 correos en una hora\n\nEl seguro se pide en la coordinación, no a toda la universidad'))).toBe('no_request');
  });
  it("a student's reply-all in the newsletter's thread about another office's grant: off_topic; the same with his values is answered", () => {
    const m = mail('jorge.ibarra9021@alumnos.udg.mx', 'Re: Boletín Comunidad UdeG | Lunes 19 de enero de 2043', 'Buenos días, ¿la beca de movilidad 2043B cubre Alemania? ¿Y el promedio mínimo es 85 o 90? El teléfono de la convocatoria no contesta.\n\nGracias');
    m.cc = [{ address: 'comunidad.estudiantil@udg.mx', name: '' }];
    expect(hold(m)).toBe('off_topic');
    const alone = mail('jorge.ibarra9021@alumnos.udg.mx', 'Beca', m.text!);
    expect(hold(alone)).toBeNull();
  });
  it("a cousin's name, NSS and CURP with 'El código no me lo supo decir, mañana se los manda él': answered, not held", () => {
    const text = 'Buenas tardes, escribo por mi primo que vive con nosotros, él no tiene compu.\n\nNombre: Rodrigo Salas Medina\nNSS: 27240485485\nCURP: SAMR040315HJCLDDC5\n\nEl código no me lo supo decir, mañana se los manda él.\nJonathan';
    expect(hold(mail('primo.salas.02@gmail.com', 'Re: Boletín Comunidad UdeG', text))).toBeNull();
  });
});

describe('first messages from strangers and hijacked mailboxes (issue #3, fresh170-fresh175 sets)', () => {
  const BANNER = 'EXTERNO: Este correo proviene de fuera de la organización. No haga clic en vínculos ni abra archivos adjuntos a menos que reconozca al remitente y sepa que el contenido es seguro.\n\n';
  it("a gateway's 'EXTERNO: ... el contenido es seguro' banner is not the desk's subject: a stranger's unrelated mail under it is held", () => {
    const text = 'Jóvenes, buenas tardes. Soy profesor jubilado y desde ayer la página donde yo revisaba mi correo de la universidad me manda a otra de Microsoft que me pide un número de teléfono. ¿Me podrían decir cómo entro?\n\nAurelio Cuéllar Rábago';
    expect(hold(mail('aurelio.cuellar.r@prodigy.net.mx', 'no puedo entrar', BANNER + text))).toBe('off_topic');
    // ...and a student under the same banner is answered.
    expect(hold(mail('ana.lopez.99@gmail.com', 'Alta', `${BANNER}Buenas tardes, no aparezco vigente en el IMSS, ¿qué hago?`))).toBeNull();
  });
  it("a chain letter ('solo manda tu nombre, tu CURP ... REENVIALO a todos tus contactos'): off_topic", () => {
    const text = 'ATENCION ESTUDIANTES\n\nLa embajada de Canadá está regalando 5,000 visas de trabajo a estudiantes universitarios mexicanos, solo manda tu nombre, tu CURP y tu número de pasaporte a este correo antes del viernes!!! REENVIALO a todos tus contactos\n\nno es broma, a mi sobrina ya le llegó';
    expect(hold(mail('tonogtz1970@yahoo.com.mx', 'RV: VISA GRATIS para estudiantes!!!', text))).toBe('off_topic');
  });
  it("a student's new number to all her contacts: off_topic; her question about her coverage is answered", () => {
    const text = 'Hola a todos! Me robaron el cel en el camión 😭 mi número nuevo es 33 2718 4590, agréguenme porfa.\n\nFátima Zermeño Lara';
    expect(hold(mail('fatima.zermeno7780@alumnos.udg.mx', 'Cambié de número!!', text))).toBe('off_topic');
    expect(hold(mail('fatima.zermeno7780@alumnos.udg.mx', 'Duda', 'Hola, me robaron el cel, ¿ya quedó mi alta en el IMSS?\n\nFátima Zermeño Lara'))).toBeNull();
  });
  it("a student asking for another office's paper ('quisiera solicitar mi kárdex certificado'): off_topic; one sending hers to prove her status is answered", () => {
    expect(hold(mail('monica.ibarra7407@alumnos.udg.mx', 'solicitud de kárdex certificado', 'Buenas tardes, quisiera solicitar mi kárdex certificado para mi trámite de titulación. Ya hice el pago en el banco.\n\nMónica Itzel Ibarra Palomino\n237691134'))).toBe('off_topic');
    expect(hold(mail('roberto.gamboa9487@alumnos.udg.mx', 'kardex', 'Buenas tardes, les mando mi kárdex para que vean que no soy desertor, sí llevé materias en el 2030A.\n\nRoberto Gamboa Sepúlveda\nCódigo: 225424294'))).toBeNull();
  });
  it("a hijacked mailbox's 'mira esto 👇 farmacia online sin receta' and its link: suspicious_link", () => {
    expect(hold(mail('leonardo.vizcarra9272@alumnos.udg.mx', 'hola', 'hola, mira esto 👇 farmacia online sin receta, envío gratis a todo México\nhttp://farma-express-mx.top/oferta\n\nLeonardo'))).toBe('suspicious_link');
  });
  it("a shared sheet's notice that a colleague mentioned the desk in a comment about a student: colleague", () => {
    const m = mail('comments-noreply@docs.google.com', 'Altas 2029B - primer ingreso', 'Marisela Lomelí te mencionó en un comentario en el siguiente documento\n\nAltas 2029B - primer ingreso\n\nMarisela Lomelí\n"+imss@udg.mx la fila 214, Ángel Damián Murillo Pacheco (229618605), mandó el NSS de su papá. ¿Le escribimos o esperamos a que conteste?"\n\nResponder    Abrir');
    m.replyTo = { address: 'marisela.lomeli@udg.mx', name: 'Marisela Lomelí' };
    expect(hold(m)).toBe('colleague');
  });
  it("someone who found a student's card, 'aquí la tenemos por si la buscan': off_topic", () => {
    expect(hold(mail('cafeteria.chuy.cucs@gmail.com', 'credencial encontrada', 'buenas tardes, en la cafetería encontramos una credencial de Ximena Guadalupe Pulido Arroyo código 241353237, aquí la tenemos por si la buscan. no sé a quién más avisar\n\nsaludos'))).toBe('off_topic');
  });
  it("the desk's own notice forwarded back by a mailbox rule, not a word added: no_writer; someone else's mail forwarded so is not", () => {
    const desk = '\n\n________________________________\nDe: Coordinación de Servicios Estudiantiles <imss@udg.mx>\nEnviado: martes, 9 de junio de 2043 07:58\nPara: nayeli.soto8153@alumnos.udg.mx\nAsunto: Re: Alta IMSS [IMSS-2043-058292]\n\nHola, Nayeli:\n\nTe informamos que tu alta en el IMSS ya fue tramitada.';
    expect(hold(mail('nayeli.soto8153@alumnos.udg.mx', 'RV: Re: Alta IMSS [IMSS-2043-058292]', desk))).toBe('no_writer');
    expect(hold(mail('nayeli.soto8153@alumnos.udg.mx', 'RV: Aviso de RH', desk.replace('Coordinación de Servicios Estudiantiles <imss@udg.mx>', 'Recursos Humanos <rh@empresa.example.com>')))).toBeNull();
  });
});

describe('mail meant for someone else, and empty echoes (issue #3, fresh176-fresh181 sets)', () => {
  it("a freshman's timetable for his mother ('ma este es mi horario ... pasame a recoger'), his code in it: off_topic; 'Mamá de ...' asking for coverage is answered", () => {
    expect(hold(mail('jonathan.ruelas1007@alumnos.udg.mx', 'horario', 'ma este es mi horario, los martes salgo hasta las 8 pasame a recoger porfa\n\nLun y Mie 7-9 Cálculo diferencial\nMar y Jue 9-11 Química\n\nmi codigo por si me buscas en el sistema 243345334'))).toBe('off_topic');
    expect(hold(mail('ana.ruelas@gmail.com', 'seguro', 'Mamá de Jonathan Ruelas Villa, código 243345334: ¿cómo le damos de alta en el IMSS?'))).toBeNull();
  });
  it("an intern's progress note with the patient's NSS (S: / O: / A: / P:): off_topic", () => {
    const note = 'R1 aquí la nota para que la firme:\nPaciente: HERMINIA SOLÍS CARRILLO NSS 87200393830\nCama 316, Medicina Interna\nS: refiere mejoría del dolor abdominal\nO: TA 120/80 FC 78 T 36.7\nA: pancreatitis leve en resolución\nP: iniciar vía oral, alta probable mañana\nMIP Marco Antonio Velarde';
    expect(hold(mail('marco.velarde4715@alumnos.udg.mx', 'nota evolucion cama 316', note))).toBe('off_topic');
  });
  it("a graduate's thank-you to 'Queridos maestros, compañeros y personal', his code under it: off_topic", () => {
    expect(hold(mail('julio.montes2769@alumnos.udg.mx', 'Gracias por estos 5 años', 'Queridos maestros, compañeros y personal de la universidad:\nHoy terminé oficialmente la carrera de Medicina. Gracias a cada uno por su paciencia.\nCon cariño,\nJulio César Montes Ahumada\nCódigo 236326708'))).toBe('off_topic');
  });
  it("'porfa alguien que me cambie la guardia del sábado': off_topic; a forward 'Reenvíenlo a todos ... Compártelo!!': off_topic", () => {
    expect(hold(mail('abigail.plascencia4342@alumnos.udg.mx', 'alguien me cambia la guardia del sábado??', 'porfa alguien que me cambie la guardia del sábado 19 (B, medicina interna), es la boda de mi hermana. les pago la del 26 o la que quieran\nAbigail'))).toBe('off_topic');
    expect(hold(mail('mari.ibarra.gdl@hotmail.com', 'RV: CUIDADO CON LAS NOVATADAS!!!', 'Reenvíenlo a todos los que tengan hijos de primer ingreso!!!\n\n>>> Dicen que este año van a hacer novatadas pidiendo dinero a los de nuevo ingreso. <<<\n\nCompártelo!!'))).toBe('off_topic');
  });
  it("an empty reply over the desk's quoted reply: no_writer; one answered under the quote is not", () => {
    const quote = 'El mié., 26 de ago. de 2043 03:05, Coordinación de Servicios Estudiantiles <imss@udg.mx> escribió:\n> Hola, Aldo:\n> Nos falta tu CURP.';
    expect(hold(mail('aldo.perez3234@alumnos.udg.mx', 'Re: Re: Alta IMSS [IMSS-2043-068939]', `\n\n${quote}`))).toBe('no_writer');
    expect(hold(mail('aldo.perez3234@alumnos.udg.mx', 'Re: Re: Alta IMSS [IMSS-2043-068939]', `\n\n${quote}\n\n?`))).toBeNull();
  });
  it("SIIAU's status notice forwarded by a mailbox rule, not a word added: no_writer; the IMSS's notice of her NSS forwarded so is not", () => {
    const siiau = '________________________________\nDe: SIIAU Notificaciones <notificaciones.siiau@udg.mx>\nEnviado: lunes, 7 de diciembre de 2043 23:02\nPara: jonathan.ornelas4634@alumnos.udg.mx\nAsunto: Aviso de cambio de estatus - SIIAU\n\nEstimado(a) JONATHAN ORNELAS MARES\nCódigo: 241568063\nLe informamos que su estatus en el ciclo 2043B cambió a: DESERTOR.\nEste es un mensaje automático.';
    expect(hold(mail('jonathan.ornelas4634@alumnos.udg.mx', 'RV: Aviso de cambio de estatus - SIIAU', siiau))).toBe('no_writer');
    const imss = '---------- Forwarded message ---------\nDe: <serviciosdigitales@imss.gob.mx>\nSubject: Servicio Digital\n\nEstimado(a) Asegurado(a):\n\nCURP: DECA090228MSLLSLA6\nNúmero de Seguridad Social (NSS): 85240935412\n\nEste es un mensaje automático.';
    expect(hold(mail('alejandra.delgado3670@alumnos.udg.mx', 'Fwd: Servicio Digital', imss))).not.toBe('no_writer');
  });
  it("a hospital time clock's report with the interns' CSV: no_writer", () => {
    const m = mail('checador.hgz14@imss.gob.mx', 'Reporte semanal asistencia MIP', 'Reporte generado por el sistema de control de asistencia.');
    m.from = { address: 'checador.hgz14@imss.gob.mx', name: 'Checador HGZ 14' };
    m.attachments = [{ filename: 'asistencia.csv', contentType: 'text/csv', size: 80, text: 'Nombre: JONATHAN RIVAS OCHOA\nCódigo: 237557192' } as ParsedMail['attachments'][number]];
    expect(hold(m)).toBe('no_writer');
  });
});

describe('a host abroad writing in Portuguese (issue #3, fresh190)', () => {
  it("'Prezados, Sou professora ... Precisamos confirmar ... Atenciosamente' with a student's code and NSS: a person, not held as no writer", () => {
    const text = 'Prezados,\nSou professora do Instituto de Química da USP e recebo neste verão o aluno Jorge Eduardo Rivas Becerra, da Universidad de Guadalajara (código 239518530, NSS 60242085060). Precisamos confirmar que ele tem seguro de saúde ativo no México.\nAtenciosamente,\nMariana Albuquerque';
    expect(hold(mail('malbuquerque@iq.usp.br', 'Aluno da UdeG em estágio de verão - seguro de saúde', text))).toBeNull();
  });
});

describe('offers about the desk\'s students (issue #3, fresh199 set)', () => {
  it("a kitchen asking the desk to recommend students as couriers and a lawyer's 'si alguno de sus estudiantes ... puede reclamar' are held; a student who says her boss recommended her is answered", () => {
    const kitchen = 'Buenas tardes.\nAbrimos una cocina oculta en la colonia Americana y queremos tener repartidores propios con contrato e IMSS desde el primer día (no por app). Horario de 13 a 17 h, ideal para estudiantes. ¿Nos podrían recomendar alumnos o pegar el anuncio?\nRodrigo Camberos';
    expect(hold(mail('cocina.lacolmena@gmail.com', 'Busco estudiantes para reparto propio', kitchen))).toBe('off_topic');
    const lawyer = 'Buenas tardes.\nSi alguno de sus estudiantes trabajó en una plataforma y no lo inscribieron al IMSS aun superando el umbral, puede reclamar. Primera consulta sin costo; cobramos sólo si se gana.\nLic. Ernesto Barajas';
    expect(hold(mail('ernesto.barajas.abogado@outlook.com', '¿Alumnos repartidores sin IMSS? Podemos ayudar', lawyer))).toBe('off_topic');
    const student = 'Hola, trabajo en una app de reparto y mi jefe me recomendó escribirles porque ya no me van a asegurar. ¿Qué datos les mando para el seguro de la universidad?';
    expect(hold(mail('karla.reparto@gmail.com', 'Seguro', student))).toBeNull();
  });
});

describe('a tutor who types her student\'s NSS and CURP to the desk (issue #3, fresh207 set)', () => {
  it('"Mi tutorada no puede mandar correos fuera del hospital. Me pasó esto por WhatsApp: ..." is answered, not held as off the subject', () => {
    const m = mail('irene.castaneda@cucs.udg.mx', 'Datos de alumna en internado', 'Buenos días. Mi tutorada no puede mandar correos fuera del hospital (se los bloquean). Me pasó esto por WhatsApp:\n\nAlma Delia Ponce Arámbula\n241563572\n94242204801\nPOAA220901MJCNRLC0\n\nMtra. Irene Castañeda\nTutorías, Licenciatura en Enfermería');
    expect(hold(m)).toBeNull();
  });
  it('a colleague\'s note with only a student\'s code, off the subject, is still held', () => {
    const m = mail('recepcion@cucs.udg.mx', 'Credencial olvidada', 'Buenos días. En la recepción tenemos una credencial que dejaron olvidada ayer por la tarde en la sala de espera, a nombre de Alma Delia Ponce Arámbula, código 241563572, por si pasan a preguntar por ella.');
    expect(hold(m)).toBe('off_topic');
  });
});

describe('an organisation\'s mail with a student\'s data only in what it attaches, off the subject (issue #3, fresh207 set)', () => {
  const csv = { filename: 'becas_q1.csv', contentType: 'text/csv', size: 120, text: 'nombre: Daniela Orozco Fuentes\ncodigo_escuela: 241163008\nnss: 56242239723\ncurp: OOFD220411MJCRNNB9\nimporte: 5200.00' };
  it('a payroll clerk\'s "Va el layout de becas de practicantes de la primera quincena" is held, not answered', () => {
    const m = { ...mail('nominas.silao@nordwerk-auto.com', 'Layout becas practicantes Q1 enero', 'Va el layout de becas de practicantes de la primera quincena.\n\nSaludos, Nóminas'), attachments: [csv] };
    expect(hold(m)).toBe('off_topic');
  });
  it('an employer\'s oficio that asks about the coverage is answered', () => {
    const oficio = { filename: 'oficio.pdf', contentType: 'application/pdf', size: 900, text: 'Por medio del presente hacemos constar que SERGIO ALATORRE MEDINA, con NSS 66018182825 y CURP AAMS810416HJCLDR32, es trabajador de esta empresa y alumno de esa Universidad con codigo 243218738. Solicitamos se nos informe si cuenta con seguro facultativo vigente.' };
    const m = { ...mail('relaciones.laborales@embotelladoraoccidente.com.mx', 'Oficio RL/0412/2044', 'Buenas tardes, adjunto oficio respecto de nuestro colaborador que cursa estudios de posgrado en esa Universidad. Quedamos a sus órdenes.\n\nCoordinación de Relaciones Laborales'), attachments: [oficio] };
    expect(hold(m)).toBeNull();
  });
});
