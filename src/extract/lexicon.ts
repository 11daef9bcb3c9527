// The words students use: field labels at the start of a line, and keywords that tell which field
// a number near them belongs to. All patterns run on folded text (lower-case, no accents).
import type { FieldName } from './types.js';

/** Leading bullets (emoji too: "✅ Nombre:", "👉 CURP:"), numbering and markdown emphasis before a label. */
// (Emoji as BMP symbols and surrogate pairs: a regex without the u flag runs faster, and this one runs on every line.)
export const BULLET = /^\s*(?:(?:[-*•·●▪■◦►▸➢✓✔→=+>|\u2600-\u27BF\uFE0F]|[\uD83C-\uD83E][\uDC00-\uDFFF])+\s*|[–—]+\s+|\d{1,2}\s*[.)-]{1,2}\s+|[a-e]\)\s*|\(\s*(?:\d{1,2}|[a-e])\s*\)\s*)*/;

const OPT_NO = '(?:no\\.?|num\\.?|numero|n[°º]|#)\\s*(?:de(?:l)?\\s+)?';

/** An address given to reach someone at ("Correo de contacto:"), not the institutional field (folded text). */
export const CONTACT_ADDRESS_SRC = '(?:correo|e-?mail|mail)(?:\\s+electronico)?\\s+(?:de\\s+(?:contacto|respuesta)|para\\s+(?:notificaciones|respuesta|contacto|avisos))';

/** Line-start labels per field. Order matters: more specific first. */
export const LABELS: readonly (readonly [FieldName, RegExp])[] = [
  ['curp', /^(?:clave unica de registro de poblacion|curp)\b(?:\s*\(curp\))?/],
  ['nss', new RegExp(
    `^(?:${OPT_NO}(?:seguridad social|seguro social|imss|afiliacion(?: al imss)?)(?:\\s*\\(nss\\))?` +
      `|numero de seguridad social|imss(?=\\s*[:=-])|seguro(?=\\s*[:=]\\s*\\d)|n\\.?\\s?s\\.?\\s?s\\.?(?=\\W|$)|nss\\b|seguro social|seguridad social)` +
      `(?:\\s*\\((?:nss|imss|ya verificado|verificado)\\))?(?:\\s*(?:ya )?verificado)?`,
  )],
  ['studentCode', new RegExp(
    `^(?:${OPT_NO}codigo(?:\\s+(?:de|del))?(?:\\s+(?:estudiante|alumno|alumna|udg|udeg|universitario|siiau))?` +
      `|(?:codigo|codgo|cogido)(?:\\s+(?:de|del))?(?:\\s+(?:estudiante|alumno|alumna|udg|udeg|universitario|siiau))?` +
      `|cod\\.?\\s*(?:de\\s+)?(?:alumno|estudiante|udg)?|matricula` +
      // An exchange student's or a home university's English: "UdeG student code:", "Student code",
      // "UdeG student number:".
      // ...and "My code:", "UdeG code:" (an English label, its colon required).
      `|(?:(?:udeg|udg)\\s+)?student(?:'s)?\\s+(?:code|number|no\\.?|id(?:\\s+(?:number|no\\.?))?)(?:\\s+(?:at\\s+)?(?:udeg|udg))?|(?:my\\s+)?(?:(?:udeg|udg)\\s+)?code(?=\\s*[:=]))(?!\\.?\\s*(?:postal|(?:de(?:l)?\\s+)?(?:trabajador|empleado|medic[oa]|doctor[a]?)))\\b\\.?`,
  )],
  // (Not a form's "Correo de contacto:": an address to reach someone at, not the field.)
  ['institutionalEmail', new RegExp(`^(?!${CONTACT_ADDRESS_SRC}\\b)` + /(?:(?:correo|e-?mail|mail)(?:\s+(?:electronico|de la|del|de))*(?:\s+(?:udg|udeg|institucional|universitario|alumno|escolar|uni|la udg|estudiante))*|email institucional)\b(?:\s*\((?:correo\s+)?(?:udg|udeg|institucional)\))?/.source)],
  ['fullName', /^(?:nombre(?:\(s\)|\s*\((?:completo|s)\))?(?:\s+(?:completo|compelto|conpleto|correcto|bien escrito|y apellidos|del? (?:la )?(?:alumn[oa]|estudiante|solicitante|remitente|interesad[oa]|asegurad[oa]|derechohabiente)(?:\s*\([ao]\))?|y apellido))*(?:\s*\([^()\d:]{3,40}\)(?=\s*[:=-]))?|(?:alumn[oa]|estudiante|student|egresad[oa]|jugador[a]?|atleta|deportista|paciente)(?:\s*\([ao]\))?(?=\s*:)|(?:mi |nuestr[oa] )?(?:hij[oa]|niet[oa]|sobrin[oa]|ahijad[oa]|tutorad[oa])(?=\s*:)|nomb?\.?(?=\s*[:=])|nome(?: completo)?(?=\s*:)|(?:full |student(?:'s)? )?name(?=\s*:)|apellidos?(?:\s+paterno,?(?:\s+y)?\s+materno)?,?\s+(?:y\s+)?nombres?(?:\s*\(s\))?|nombres?(?:\s*\(s\))?,?\s+y\s+apellidos?)(?![a-z0-9])/],
];

/** Separators between a label and its value. */
export const LABEL_SEP = /^\s*(?:(?:\.{2,}|…+|_{2,})\s*[:=]?\s*|\.?[:=\-–—|>]+\s*|\.\s+|\t+|\s+(?:es|son)\s*:?\s*)?/;

/** Keywords that, just before a number or token, say which field it is (or that it is none). */
export type KeywordField = FieldName | 'none';
export const KEYWORDS: readonly (readonly [KeywordField, RegExp])[] = [
  ['nss', /\bn\.?\s?s\.?\s?s\b|seguro social|seguridad social|(?:numero|no\.?|num\.?) (?:de(?:l)? )?(?:imss|afiliacion|seguro\b)/g],
  // (A doctor's "matrícula del médico" on an IMSS form is his staff number.)
  // (A phone's emoji in a label's place: 🎓 before the code. Not 🏥 for the NSS: it decorates "IMSS".)
  ['studentCode', /\bcodigo\b|\bcod\b\.?|\bmatricula\b(?! del? (?:medic|doctor))|\uD83C\uDF93/g],
  ['curp', /\bcurp\b/g],
  ['institutionalEmail', /\bcorreo\b|\be-?mail\b/g],
  // ("Su NSS, según la ficha de inscripción: ...", "según su expediente": the document it was copied
  // from, not a number of that document.)
  // ("Me lo dictó mi hermana por teléfono ...: 29-24-22-1505-6", "por el teléfono": by phone, the means, not a phone's number.)
  // (...and "le pedí el cel a mi hermana, 237332052, ...": a phone borrowed to write, not a number's label.)
  // (...and a public computer's footer, "Sesion 192708526": its session, not a code.)
  // (...and a private insurer's policy: "póliza GMA-2045-310052, certificado 88956733363".)
  ['none', /\btel\b|(?<!\bpor (?:el )?)telefono|(?<!\b(?:pedi|preste|prestaron|presto|desde) el )(?:\bcel\b|celular)|whats|\bmovil\b|\bext\b|extension|\bfax\b|codigo postal|\bc\.?\s?p\b\.?|folio|(?:numero|no\.?|num\.?) de solicitud(?! de (?:aspirante|ingreso|admision))|(?<!\b(?:me|te|se|lo|la|los|las|le|les|nos)\s)registro|aspirante|semestre|(?:numero|no\.?|num\.?) de cuenta|cuenta(?: bancaria| de ahorro| clabe)?\s*[:#]?\s*$|tarjeta (?:de )?(?:credito|debito|nomina|bancaria|regalo|transporte|circulacion|prepago)|(?:numero|no\.?|num\.?) de tarjeta|(?<!\b(?:segun|de acuerdo (?:con|a)|conforme a) (?:la|su|mi|sus|nuestra) )ficha|empleado|trabajador(?!a? social)|(?<!recibo de )nomina|referencia|pedido|\bnr\b|\bedad\b|\bid\.? de (?:la )?(?:reunion|conferencia)\b|meeting id\b|conference id\b|orden de pago|\bcic\b|clave de elector|\bine\b|\bife\b|\bclabe\b|\bnrc\b|(?<!\b(?:segun|de acuerdo (?:con|a)|conforme a) (?:su|el|mi|nuestro|sus|nuestros) )expediente|\bisss?te\b|(?:numero|no\.?|num\.?) de (?:atencion|ticket|caso|reporte|seguimiento)\b|\bticket\b|\bsesion\b|\bsession\b|\bpoliza\b|\bcertificado\b(?! de (?:vigencia|derechos|nss|no derechohabiencia))|\bsiniestro\b|\bssn\b(?!\s*\(imss\))/g],
];

/** Line starts that are greetings or closings: names after them belong to someone else. */
export const GREETING = /^(?:hola|buen(?:os|as)|buen dia|estimad[oa]s?|apreciad[oa]s?|querid[oa]|saludos|muy buen|atencion|a quien corresponda|lic\b|mtr[oa]\b|dr[a]?\b|ing\b|sr[a]?\b|srita\b|profe)/;
export const CLOSING = /^(?:saludos(?: cordiales)?|un saludo|atentamente|atte?\.?|cordialmente|gracias|muchas gracias|mil gracias|de antemano gracias|quedo (?:atent[oa]|en espera|al pendiente)|sin mas|espero (?:su|tu) respuesta|bendiciones|firma|bien a vous|bien cordialement|atenciosamente|um abraco|abracos|best regards|kind regards|regards|sincerely)\b/;

/** Words that never form part of a person's name in these mails. Not "julio" or "abril": given names as
 * often as months (a date has digits around it). */
export const NOT_NAME_WORDS = new Set(
  `universidad guadalajara centro universitario coordinacion servicios estudiantiles imss udg udeg udgvirtual sems cucei cucs cucea
   cuaad cucsh cuvalles cualtos cucosta cucsur cuci cutonala cunorte cusur cucienega cutlajomulco licenciatura ingenieria
   llegaron llego correos mensajes voz pueblos cabina radio emisora operador transcripcion
   carrera semestre alumno alumna estudiante codigo curp nss correo nombre completo seguro social numero dia tardes
   noches buenas buenos hola hello hey gracias thanks thank regards cheers best lote feb student id att saludos atentamente favor ayuda apoyo alta baja vigencia clinica umf tramite
   enviado desde iphone android outlook samsung galaxy gmail mensaje datos los siguientes mis anexo adjunto quedo
   espera respuesta licenciado licenciada maestro maestra doctor doctora lic mtra mtro ing dr dra sr sra srita
   preparatoria escuela facultad departamento coordinacion control escolar medicina psicologia derecho enfermeria
   nutricion odontologia administracion contaduria arquitectura diseno quimica fisica matematicas informatica
   computacion biologia agronomia veterinaria turismo mercadotecnia negocios economia historia letras filosofia
   sociologia trabajo cultura fisica deporte salud publica ciencias computacion industrial civil mecanica electrica
   biomedica comunicacion periodismo musica artes teatro danza urgente solicitud asunto importante pendiente
   defensoria derechos universitarios universitaria direccion oficina unidad area jefatura rectoria
   lunes martes miercoles jueves viernes sabado domingo enero febrero marzo mayo junio agosto
   septiembre octubre noviembre diciembre mexico jalisco zapopan tlaquepaque tonala calle colonia avenida av col
   cp telefono telefonico recado celular tel jal gdl cdmx edo mich nay zac col mex
   me te le dice dijo dicen comenta platica
   despacho contable contables asociados consultores abogados
   turno matutino vespertino nocturno grupo grado sede campus plantel modalidad ingreso regular
   primer primero primera tercer tercero tercera cuarto cuarta quinto quinta sexto sexta septimo septima
   octavo octava noveno novena decimo decima ingeniero ingeniera medico cirujano partero abogado abogada
   contador contadora arquitecto arquitecta enfermero enfermera psicologo psicologa tecnico tecnica
   tecnologo maestria doctorado posgrado bachillerato prepa
   relaciones internacionales recursos humanos gestion gobierno politica politicas ciencia estudios lenguas
   idiomas ingles geografia antropologia social sociales urbanismo gastronomia mecatronica electronica
   robotica software sistemas logistica finanzas contabilidad marketing comercio mercados visuales
   audiovisual cine fotografia farmacia farmacobiologia optometria deportes tecnologias informacion
   telecomunicaciones topografia alimentos ambiental forestal agroindustrial criminologia seguridad
   servicio becas unidad secretaria secretario academica academico jefa jefe coordinadora coordinador
   directora director asesora asesor orientadora orientador encargada encargado responsable auxiliar
   administrativo administrativa docente profesor profesora tutor tutora mama papa madre padre
   en es esta estoy soy fue hay que se ya muy un una unos unas con por para mi tu su sus al como pero sin
   mal bien porque cuando donde tengo tiene quiero necesito solicito
   necesita necesitan quiere quieren solicita solicitan requiere requieren ocupa ocupan pide piden
   abuelo abuela abuelito abuelita tio tia hermano hermana sobrino sobrina hijo hija ella vive estudia trabaja
   este estos estas ese esa esos esas entro entra entre inicio empezo cursa curso va van voy iba era son
   folio fecha documento documentos
   entrenador entrenadora jugador jugadora capitan capitana coach voleibol futbol basquetbol beisbol
   softbol atletismo natacion varonil femenil seleccion equipo
   im dear international relations office study abroad advisor global education exchange mobility
   contact center centre call group grupo solutions soluciones consulting corporativo corporation company
   universidade university universite faculdade faculte federal estadual instituto institute college school escola
   ecole department departement relacoes internacionais internationales
   quimico farmaceutico farmaceutica farmacobiologo farmacobiologa biologo biologa nutriologo nutriologa
   dentista odontologo odontologa veterinario veterinaria zootecnista agronomo agronoma
   entonces cual cuales les mando mande ahi aqui alli tienen
   companera companero cuarto roomie
   barista cajera cajero mesera mesero gerente vendedora vendedor recepcionista asistente juridico juridica
   analista supervisora supervisor capturista ejecutiva ejecutivo jr
   coordinator recruiter specialist generalist inc llc ltd corp pasante`.split(/\s+/),
);

/** Mexican states and their usual abbreviations, folded: "Zapopan, Jal." names a place. */
export const STATES = new Set(
  `aguascalientes|ags|baja california|baja california sur|bc|bcs|campeche|camp|chiapas|chis|chihuahua|chih|
   coahuila|coah|colima|col|durango|dgo|guanajuato|gto|guerrero|gro|hidalgo|hgo|jalisco|jal|estado de mexico|
   edo de mexico|edo mex|edomex|mexico|mex|michoacan|mich|morelos|mor|nayarit|nay|nuevo leon|nl|n l|oaxaca|oax|
   puebla|pue|queretaro|qro|quintana roo|q roo|qroo|san luis potosi|slp|sinaloa|sin|sonora|son|tabasco|tab|
   tamaulipas|tamps|tlaxcala|tlax|veracruz|ver|yucatan|yuc|zacatecas|zac|cdmx|ciudad de mexico|df|mx`
    .split('|')
    .map((x) => x.trim()),
);
