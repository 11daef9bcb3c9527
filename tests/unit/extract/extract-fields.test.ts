// Table-driven extraction cases for the situations the corpus does not isolate: noise that must
// not be taken for values, quoted desk text, forwards, sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFields, plainChars } from '../../../src/extract/extract-fields.js';
import { parseMessage } from '../../../src/mail/parse-message.js';
import type { ParsedMail } from '../../../src/extract/types.js';
import { CORPUS_OPTIONS, CORPUS_ROOT } from './corpus-score.js';

const mail = (text: string, over: Partial<ParsedMail> = {}): ParsedMail => ({
  messageId: null, inReplyTo: null, references: [], subject: '', from: { address: 'ana.ruiz77@gmail.com', name: 'Ana Ruiz' },
  replyTo: null, to: [], cc: [], date: null, headers: {}, contentType: 'text/plain', text, html: null, attachments: [],
  parseWarnings: [], ...over,
});
const run = (text: string, over: Partial<ParsedMail> = {}) => extractFields(mail(text, over), CORPUS_OPTIONS);

// A consistent invented student: Ana Sofía Ruiz Peña, born 2004-03-15 in Jalisco.
const CURP = 'RUPA040315MJCZXNA7';
const NSS = '04220412342';

describe('noise is not taken for values', () => {
  const cases: [string, string][] = [
    ['desk phones and postal code', 'Llamé al (33) 3827 0613 y al 33 38263642, Pedro Moreno #1029 C.P. 44100, ext. 103'],
    ['dates and times', 'Fui el 12/03/2024 a las 10:30 y el 2024-08-19 a las 9:00 hrs.'],
    ['semester and phone', 'Voy en 5° semestre, mi cel es 3312456789 y whats 33 1234 5678'],
    ['folio of a document', 'Folio 1687905723453911245293 del 27/06/2023'],
    ['greeting names another person', 'Buenas tardes Lic. Martha González Ruiz\n\nNo tengo vigencia.'],
  ];
  it.each(cases)('%s', (_l, text) => {
    const e = run(text);
    expect(e.fields).toEqual({ fullName: null, studentCode: null, nss: null, curp: null, institutionalEmail: null });
    expect(e.problems).toEqual([]);
  });
});

describe('quoted desk text is never a source', () => {
  const desk = 'Nombre completo: Juan Ejemplo Pérez\nCódigo de estudiante: 219999999\nNSS: 53987417457\nCURP: PEGL890909MJCRMS08';
  const cases: [string, string][] = [
    ['Gmail attribution over two lines', `Gracias\n\nEl lun, 3 jun 2024 a las 10:15, IMSS <\nimss@udg.mx> escribió:\n${desk.replace(/^/gm, '> ')}`],
    ['Outlook block', `Gracias\n\n________________________________\nDe: IMSS <imss@udg.mx>\nEnviado: lunes, 3 de junio de 2024 10:15\nPara: Ana\nAsunto: RE: Alta\n\n${desk}`],
    ['Mensaje original', `Gracias\n\n-----Mensaje original-----\nDe: imss@udg.mx\nEnviado el: lunes\nPara: ana\nAsunto: RE: Alta\n\n${desk}`],
    ['forward of the desk reply', `Gracias\n\n---------- Forwarded message ---------\nDe: IMSS <imss@udg.mx>\nDate: lun\nSubject: RE: Alta\nTo: <ana@gmail.com>\n\n${desk}`],
  ];
  it.each(cases)('%s', (_l, text) => {
    expect(run(text).fields).toEqual({ fullName: null, studentCode: null, nss: null, curp: null, institutionalEmail: null });
  });
});

describe('sources', () => {
  it('a forward of my own earlier mail is a source', () => {
    const e = run(`Reenvío mi correo\n\n---------- Forwarded message ---------\nDe: Ana Ruiz <ana.ruiz77@gmail.com>\nDate: lun\nSubject: Alta\nTo: <imss@udg.mx>\n\nCódigo: 219123456\nCURP: ${CURP}`);
    expect(e.fields.studentCode).toBe('219123456');
    expect(e.fields.curp).toBe(CURP);
  });
  it('inline answers under quoted labels', () => {
    const e = run(`Respondo abajo\n\nEl lun, 3 jun 2024 a las 10:15, IMSS <imss@udg.mx> escribió:\n> Nombre completo:\nAna Sofía Ruiz Peña\n> CURP:\n${CURP}\n> NSS: 53987417457\n>`);
    expect(e.fields.fullName).toBe('Ana Sofía Ruiz Peña');
    expect(e.fields.curp).toBe(CURP);
    expect(e.fields.nss).toBeNull();
  });
  it('the institutional sender carries the e-mail; a lookalike sender does not', () => {
    expect(run('hola', { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: '' } }).sources.institutionalEmail).toBe('sender');
    expect(run('hola', { from: { address: 'ana@alumnos.udg.mx.evil.com', name: '' } }).fields.institutionalEmail).toBeNull();
  });
  it('the desk address is never the student e-mail', () => {
    expect(run('Correo UDG: imss@udg.mx').fields.institutionalEmail).toBeNull();
  });
  it('PDF attachment text is a source, noted as such', () => {
    const e = run('Adjunto mi NSS', { attachments: [{ filename: 'nss.pdf', contentType: 'application/pdf', size: 1, text: `NSS: ${NSS}\nCURP: ${CURP}` }] });
    expect(e.fields.nss).toBe(NSS);
    expect(e.sources.nss).toBe('attachment');
  });
  it('HTML-only mail: table cells', () => {
    const e = run('', { html: `<table><tr><td>Nombre completo</td><td>Ruiz Peña, Ana Sofía</td></tr><tr><td>CURP</td><td>${CURP.toLowerCase()}</td></tr></table>` });
    expect(e.fields.fullName).toBe('Ruiz Peña, Ana Sofía');
    expect(e.fields.curp).toBe(CURP);
    expect(e.nameParts).toEqual({ givenNames: 'Ana Sofía', firstSurname: 'Ruiz', secondSurname: 'Peña' });
  });
});

describe('problems and warnings', () => {
  it("a parent's NSS is a problem with a kind explanation", () => {
    const e = run(`CURP: ${CURP}\nNSS: 53987417457`);
    expect(e.problems.map((p) => p.code)).toEqual(['nss_parent_suspected']);
    expect(e.problems[0]!.message).toMatch(/madre, padre o tutor/);
  });
  it('a CURP that is not the written name', () => {
    const e = run(`Nombre: Juan Pérez López\nCURP: ${CURP}`);
    expect(e.problems.map((p) => p.code)).toEqual(['curp_name_mismatch']);
  });
  it('a 7-digit code is an applicant number', () => {
    expect(run('Código: 2191234').problems.map((p) => p.code)).toEqual(['student_code_aspirante']);
  });
  it('two different valid NSS: the labeled one, with a warning for staff', () => {
    const e = run(`NSS: ${NSS}\nel de mi mamá es 53987417457`);
    expect(e.fields.nss).toBe(NSS);
    expect(e.warnings.join(' ')).toMatch(/más de un NSS/);
  });
});

describe('names written in less common ways (issue #3, fresh set)', () => {
  const cases: [string, string, string, string][] = [
    ['compound first surname with a particle', 'Nombre: Ricardo Díaz de León Márquez', 'DIMR010923HASZRCC7', 'Ricardo Díaz de León Márquez'],
    ['lower-case "ma. de"', 'me llamo ma. de jesús hernández pérez', 'HEPJ030512MJCRRSA3', 'ma. de jesús hernández pérez'],
    ['name in quotes', 'Mi nombre es "Ricardo Díaz de León Márquez"', 'DIMR010923HASZRCC7', 'Ricardo Díaz de León Márquez'],
    ['split labels', 'Nombre(s): Natalia\nApellido paterno: Íñiguez\nApellido materno: Rentería', 'IIRN030808MJCXNTB3', 'Natalia Íñiguez Rentería'],
    ['Apellidos then Nombre(s)', 'Apellidos: Íñiguez Rentería\nNombre(s): Natalia', 'IIRN030808MJCXNTB3', 'Natalia Íñiguez Rentería'],
    ['SURNAME, Given alone on a line', 'RAMÍREZ, Guadalupe\nFecha de nacimiento: 25/10/2002', 'RAXG021025MZSMXDC8', 'RAMÍREZ, Guadalupe'],
    ['a parent names the student', 'Buenas tardes. Mi hija se llama Natalia Íñiguez Rentería, su código es 221984258.', 'IIRN030808MJCXNTB3', 'Natalia Íñiguez Rentería'],
    ['"les escribe"', 'Buenas tardes, les escribe Natalia Íñiguez Rentería, estudiante de Arquitectura.', 'IIRN030808MJCXNTB3', 'Natalia Íñiguez Rentería'],
  ];
  it.each(cases)('%s', (_l, text, curp, name) => {
    const e = run(`${text}\nCURP: ${curp}`);
    expect(e.fields.fullName).toBe(name);
    expect(e.problems).toEqual([]);
  });
  it("a sibling's name in a sentence is not the student's", () => {
    expect(run('Mi hermano se llama Pedro Gómez Ruiz y ya tiene seguro.').fields.fullName).toBeNull();
  });
  it("the student's own earlier mail quoted in a reply is the student's text; the desk's is not", () => {
    const own = `Les reenvío mis datos.\n\nEl lun, 2 jun 2025 a las 18:03, Ana Ruiz <ana.ruiz77@gmail.com> escribió:\n> Soy Ana Sofía Ruiz Peña\n> CURP ${CURP}\n> NSS ${NSS}`;
    expect(run(own).fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', curp: CURP, nss: NSS });
    const desk = own.replace('Ana Ruiz <ana.ruiz77@gmail.com>', 'IMSS <imss@udg.mx>');
    expect(run(desk).fields).toMatchObject({ fullName: null, curp: null, nss: null });
  });
});

describe('names and values written in less common ways (issue #3, fresh2 set)', () => {
  const cases: [string, string, string, string][] = [
    ['compound first surname without a particle', 'Mi nombre es Ma. Teresa Gómez Farías Ibarra y curso Abogado.', 'GOIT030208MJCMBRA7', 'Ma. Teresa Gómez Farías Ibarra'],
    ['the same, surnames first in capitals', 'RUIZ VELASCO ARAMBULA LUIS FERNANDO', 'RUAL020930HJCZRSB7', 'RUIZ VELASCO ARAMBULA LUIS FERNANDO'],
    ['the same, surnames, comma, given names', 'Gracias,\nRuiz Velasco Arámbula, Luis Fernando', 'RUAL020930HJCZRSB7', 'Ruiz Velasco Arámbula, Luis Fernando'],
    ['Ñ typed as N', 'Mi nombre es GUSTAVO ADOLFO BANUELOS RUELAS.', 'BARG030514HZSXLSA1', 'GUSTAVO ADOLFO BANUELOS RUELAS'],
    ['a name after a greeting and its punctuation', 'buenas, no tengo imss, mis datos: Yahir Alexis Castañeda Ortega 222515239', 'CAOY040131HJCSRHA8', 'Yahir Alexis Castañeda Ortega'],
    ['"de nombre"', 'Un servidor, de nombre Yahir Alexis Castañeda Ortega, alumno del CUCEA', 'CAOY040131HJCSRHA8', 'Yahir Alexis Castañeda Ortega'],
    ['a labeled name going on over the next line', 'Nombre completo: Yahir Alexis\nCastañeda Ortega\nCódigo: 222515239', 'CAOY040131HJCSRHA8', 'Yahir Alexis Castañeda Ortega'],
    ['split labels as table cells', 'Nombre(s)\nRaúl Eduardo\nApellidos\nBernal Sepúlveda', 'BESR010708HJCRPLB8', 'Raúl Eduardo Bernal Sepúlveda'],
    ['dotted leaders', 'NOMBRE.......... BERNAL SEPULVEDA RAUL EDUARDO', 'BESR010708HJCRPLB8', 'BERNAL SEPULVEDA RAUL EDUARDO'],
    ['an abbreviated last word keeps its period', 'PENA ARGUELLES JESUS MA.', 'PEAJ050122HMNXRSC4', 'PENA ARGUELLES JESUS MA.'],
    ['a sentence name going on over the next line', 'hola soy Yahir Alexis\nCastañeda Ortega, mi código 222515239', 'CAOY040131HJCSRHA8', 'Yahir Alexis Castañeda Ortega'],
    ['a capitalized name does not take the lower-case verb after it', 'Alumno Yahir Alexis Castañeda Ortega solicita alta', 'CAOY040131HJCSRHA8', 'Yahir Alexis Castañeda Ortega'],
  ];
  it.each(cases)('%s', (_l, text, curp, name) => {
    const e = run(`${text}\nCURP: ${curp}`);
    expect(e.fields.fullName).toBe(name);
    expect(e.problems).toEqual([]);
  });
  it('a greeting still names someone else', () => {
    expect(run('Buenas tardes Lic. Rosa María Gutiérrez,\ncomo me indicó le escribo.\nCURP: GOIT030208MJCMBRA7').fields.fullName).toBeNull();
  });
  it('a prepa "matrícula" in a sentence gives way to the "código"', () => {
    expect(run('En la prepa, con matrícula 218400127, tenía seguro. Mi código de estudiante 221935987.').fields.studentCode).toBe('221935987');
  });
  it("a teacher forwarding a student's own mail: the forwarded institutional From is the student's address", () => {
    const text = 'Les reenvío el caso de una alumna.\n\n---------- Forwarded message ---------\nDe: Ana Ruiz <ana.ruiz1234@alumnos.udg.mx>\nDate: mar, 3 jun 2025\nSubject: seguro\nTo: Beatriz <b.lozano@academicos.udg.mx>\n\nMaestra, soy Ana Ruiz Peña.';
    expect(run(text, { from: { address: 'b.lozano@academicos.udg.mx', name: 'Beatriz Lozano' } }).fields.institutionalEmail).toBe('ana.ruiz1234@alumnos.udg.mx');
  });
});

describe('names spelled against the CURP: commas, initials, wrapped lines (invented wording)', () => {
  // Juan Carlos Hernández Ramírez, born 2003-05-12 in Jalisco.
  const JC = 'HERJ030512HJCRMNA3';
  const cases: [string, string, string, string | null][] = [
    ['given names, comma, surnames after an intro', 'Mi nombre es Juan Carlos, Hernández Ramírez, curso Derecho', 'Juan Carlos, Hernández Ramírez', 'Juan Carlos'],
    // (A comma right after the given names separates, as a row's cell does: dropped; fresh167.)
    ['given names, comma, surnames with no intro', 'Datos -> Juan Carlos, Hernández Ramírez / 221234567', 'Juan Carlos Hernández Ramírez', 'Juan Carlos'],
    ['second surname as an initial, J. for Juan', 'Quedo pendiente.\nAtte.\nJ. Carlos Hernández R.', 'J. Carlos Hernández R.', 'J. Carlos'],
    ['a name wrapped by the mail client', 'Les mando mis datos para el alta del seguro, Juan\nCarlos Hernández Ramírez, gracias', 'Juan Carlos Hernández Ramírez', 'Juan Carlos'],
    ['a wrapped line is taken only when it completes the name', 'Juan Carlos Hernández Ramírez\nJuan Carlos', 'Juan Carlos Hernández Ramírez', 'Juan Carlos'],
    ['surnames, comma, given names in capitals', 'HERNANDEZ RAMIREZ, JUAN CARLOS', 'HERNANDEZ RAMIREZ, JUAN CARLOS', 'JUAN CARLOS'],
  ];
  it.each(cases)('%s', (_l, text, name, given) => {
    const e = run(`${text}\nCURP: ${JC}`);
    expect(e.fields.fullName).toBe(name);
    expect(e.nameParts?.givenNames ?? null).toBe(given);
    expect(e.problems).toEqual([]);
  });
  const N = 'Juan Carlos Hernández Ramírez';
  const layout: [string, string][] = [
    ['values glued by slashes', `mis datos:${N}/221234567/${JC}`],
    ['values glued by semicolons', `${N};221234567;${JC}`],
    ['a name in parentheses', `(${N})\n${JC}`],
    ['a greeting line without punctuation, then an intro', `Hola buenas tardes mi nombre es ${N} y quiero mi alta ${JC}`],
    ['a greeting line without punctuation or intro', `Hola que tal ${N} ${JC}`],
    ['Nombre(s) and Apellidos labels on one line', `Nombre(s): Juan Carlos Apellidos: Hernández Ramírez\n${JC}`],
    ['a parent introduces herself, the data list below', `Soy Lorena Méndez Ortiz.\nDatos del alumno:\n${N}\n${JC}`],
    ['given names and each surname in table cells', `Juan Carlos\nHernández\nRamírez\n221234567\n${JC}`],
    ['a list line with one surname, the other on the next line', `Juan Carlos Hernández\nRamírez\n${JC}`],
  ];
  it('given names in capitals and surnames in lower case: the CURP needs the lower-case words', () => {
    expect(run(`JUAN CARLOS hernández ramírez\n${JC}`).fields.fullName).toBe('JUAN CARLOS hernández ramírez');
    expect(run(`Juan Carlos Hernández solicita alta\n${JC}`).fields.fullName).toBe('Juan Carlos Hernández');
  });
  it.each(layout)('%s', (_l, text) => {
    const e = run(text);
    expect(e.fields.fullName).toBe(N);
    expect(e.problems).toEqual([]);
  });
});

describe('phrasings that introduce the name (invented wording, with and without a CURP)', () => {
  const JC = 'HERJ030512HJCRMNA3';
  const name = 'Juan Carlos Hernández Ramírez';
  const cases: [string, string][] = [
    ['"les habla"', `Buen día, les habla ${name}, de Derecho.`],
    ['"te escribe"', `Hola, te escribe ${name}`],
    ['"me presento:"', `Me presento: ${name}, de primer ingreso`],
    ['"mi nombre completo:"', `Mi nombre completo: ${name}`],
    ['"mi nombre completo (...) es"', `Mi nombre completo (tal como está en el acta) es ${name}.`],
    ['"mi nombre correcto es"', `Perdón, mi nombre correcto es ${name}.`],
    ['"registrado como"', `En SIIAU estoy registrado como ${name} pero no me aparece el seguro`],
    ['"aparezco como"', `en el sistema aparezco como ${name}`],
    ['"Firma:"', `Solicito mi alta.\nFirma: ${name}`],
    ['"mis datos:" then the name first', `Mis datos: ${name}, 221234567`],
    ['"alumno" with no article', `Alumno ${name} solicita su alta en el IMSS`],
    ['"con nombre"', `Es para el alumno con nombre ${name}`],
    ['"mi hijo" then the name', `Les escribo por mi hijo ${name} que no tiene seguro.`],
    ['"mi hijo es"', `Soy Lorena Méndez Ortiz y mi hijo es ${name}`],
    ['"el nombre de mi hijo es"', `el nombre de mi hijo es ${name}`],
    ['"su nombre es" after a tutor introduces herself', `Soy Lorena Méndez Ortiz, tutora del alumno. Su nombre es ${name}.`],
    ['a tutor introduces herself with a role', `Buenas tardes, soy Lorena Méndez Ortiz, tutora de ${name}.`],
    ['a sentence name wrapped over the next line', `mi nombre es Juan\nCarlos Hernández Ramírez y no tengo seguro`],
    ['"Nombre (completo):"', `Nombre (completo): ${name}`],
    ['"Nombre del asegurado:"', `Nombre del asegurado: ${name}`],
    ['"Nombre del derechohabiente:"', `Nombre del derechohabiente: ${name}`],
    ['"Nombre del alumno(a):"', `Nombre del alumno(a): ${name}`],
    ['a label with a note in parentheses', `Nombre completo (sin abreviaturas): ${name}`],
    ['"el que suscribe"', `Por medio de la presente, el que suscribe ${name} solicita su alta`],
    ['"les saluda cordialmente"', `Les saluda cordialmente ${name}`],
    ['"de parte de"', `Reciban un cordial saludo de parte de ${name}`],
    ['a sign-off and the name on one closing line', `Necesito mi alta, por favor.\nSaludos, ${name}`],
    ['an intro ending its line, the name on the next', `Mi nombre es:\n${name}, código 221234567`],
    ['"mi nombre" without a verb', `Mi código es 221234567 y mi nombre ${name}.`],
    ['every word capitalized', `Hola Soy ${name} Y Necesito Mi Alta Del Seguro`],
    ['an intro ending a greeting line, a blank line, the name', `Buenas tardes, mi nombre es\n\n${name} y necesito mi alta`],
  ];
  it.each(cases)('%s', (_l, text) => {
    expect(run(text).fields.fullName).toBe(name);
    const e = run(`${text}\nCURP: ${JC}`);
    expect(e.fields.fullName).toBe(name);
    expect(e.problems).toEqual([]);
  });
  it('"M." read as María or as an initial; a nickname in parentheses is skipped', () => {
    // María Fernanda de la Cruz Villaseñor: the CURP skips María and the particles.
    const MF = 'CUVF050317MJCRLRA0';
    expect(run(`Atte: M. Fernanda de la Cruz Villaseñor\n${MF}`).fields.fullName).toBe('M. Fernanda de la Cruz Villaseñor');
    const e = run(`Soy María Fernanda (Fer) de la Cruz Villaseñor\n${MF}`);
    expect(e.fields.fullName).toBe('María Fernanda de la Cruz Villaseñor');
    expect(e.problems).toEqual([]);
  });
  it('a friend writes "ella es"; a relative in apposition is not the student', () => {
    expect(run('Les escribo por una amiga. Ella es Ana Ruiz Peña y su código es 221456789').fields.fullName).toBe('Ana Ruiz Peña');
    expect(run('Ella es Lorena Méndez Ortiz, mi mamá, y yo necesito mi alta').fields.fullName).toBeNull();
  });
  it('"Apellido paterno, materno y nombre(s):" and a label asking for surnames first', () => {
    expect(run('Apellido paterno, materno y nombre(s): Hernández Ramírez Juan Carlos').fields.fullName).toBe('Hernández Ramírez Juan Carlos');
    expect(run('Nombre (empezando por apellidos): Hernández Ramírez Juan Carlos').fields.fullName).toBe('Hernández Ramírez Juan Carlos');
  });
  it('a two-word list line going on over the next line, with no CURP', () => {
    expect(run('Juan Carlos\nHernández Ramírez\n221234567').fields.fullName).toBe(name);
    expect(run('Saludos\nAna Ruiz\nPrimer Ingreso').fields.fullName).toBe('Ana Ruiz');
    expect(run('Ana Ruiz\nTurno Matutino').fields.fullName).toBe('Ana Ruiz');
  });
  it('given names, comma, surnames with no CURP: the whole clause is the name', () => {
    expect(run('Mi nombre es Juan Carlos, Hernández Ramírez.').fields.fullName).toBe('Juan Carlos, Hernández Ramírez');
  });
});

describe("someone else's name is not the student's (invented wording)", () => {
  const none: [string, string][] = [
    ['a mother with a role after her name', 'Soy Lorena Méndez Ortiz, mamá de un alumno del CUCEI.'],
    ['a mother who says "mi hijo" later', 'Buenas tardes, soy Lorena Méndez Ortiz. Mi hijo no tiene seguro, su código es 221234567'],
    ['a writer on behalf of someone', 'Soy Lorena Méndez Ortiz y les escribo por mi hija.'],
    ['a classmate', 'Soy Pedro Gómez Ruiz, compañero de una alumna.'],
    ['a teacher', 'Les escribe Pedro Gómez Ruiz, maestro de la materia.'],
    ['a signature with a role on the next line', 'Saludos\nLorena Méndez Ortiz\nmamá de Juan'],
    ['a sign-off intro, the name, a role on the line after', 'Atentamente\nLorena Méndez Ortiz\nmamá de Juan'],
    ['a staff signature: name and position', 'Atentamente\nRosa Elena Quintero Ruiz\nSecretaria Académica'],
    ['a head of department introduces herself', 'Soy Rosa Elena Quintero, jefa del departamento de Química.'],
    ['a town and its state', 'Tepic, Nayarit'],
    ['a town and its state after a closing', 'Atentamente\nSan Juan de los Lagos, Jal.'],
    ['thanks to someone by name at the end', 'Ya envié mis datos.\nGracias, Martha González Ruiz'],
    ['a label that is not a name label', 'Nombre de usuario: jcarlos'],
    ['a capitalized sentence after "mi nombre"', 'Mi nombre En El SIIAU Está Mal Escrito'],
    ["a parent's name under its own label", 'Nombre de mi mamá: Lorena Méndez Ortiz'],
  ];
  it.each(none)('%s', (_l, text) => {
    expect(run(text).fields.fullName).toBeNull();
  });
  const own: [string, string, string][] = [
    ['a sibling named after the student', 'Soy Ana Ruiz Peña, mi hermano es Pedro Ruiz Peña', 'Ana Ruiz Peña'],
    ['a mother named before the student', 'Mi mamá es Lorena Méndez Ortiz y yo soy Ana Ruiz Peña', 'Ana Ruiz Peña'],
    ['a town line before the name', 'Vivo en Ciudad Guzmán, Jal.\nSoy Ana Ruiz Peña', 'Ana Ruiz Peña'],
    ['a town and state after the name in a sentence', 'Soy Ana Ruiz, Ameca, Jal.', 'Ana Ruiz'],
  ];
  it.each(own)('%s', (_l, text, name) => {
    expect(run(text).fields.fullName).toBe(name);
  });
  it('with a CURP, a name that only shares its initials gives way to one that spells it fully', () => {
    const e = run('Soy Juan Carlos Henández Ramírez, código 221234567\nCURP: HERJ030512HJCRMNA3\n\nGracias\nJuan Carlos Hernández Ramírez');
    expect(e.fields.fullName).toBe('Juan Carlos Hernández Ramírez');
    expect(e.warnings).toEqual([]);
  });
  it('with a CURP, a name with one surname gives way to the same name with both', () => {
    const e = run('Soy Juan Carlos Hernández y les paso mis datos:\nJuan Carlos Hernández Ramírez\n221234567\nHERJ030512HJCRMNA3');
    expect(e.fields.fullName).toBe('Juan Carlos Hernández Ramírez');
    expect(e.nameParts).toEqual({ givenNames: 'Juan Carlos', firstSurname: 'Hernández', secondSurname: 'Ramírez' });
  });
});

describe('hostile input stays near-linear', () => {
  const cases: [string, Partial<ParsedMail>][] = [
    ['200k letters on one line', { text: 'a'.repeat(200_000) }],
    ['"a@" repeated', { text: 'a@'.repeat(100_000) }],
    ['unclosed tags', { text: '', html: '<a'.repeat(500_000) }],
    ['unclosed <style> openers', { text: '', html: '<style>'.repeat(140_000) }],
    ['unclosed comments', { text: '', html: '<!--'.repeat(250_000) }],
  ];
  it.each(cases)('%s', (_l, over) => {
    const t0 = performance.now();
    run('', over);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe('values and forwards written in less common ways (issue #3, fresh3 set)', () => {
  it('an NSS whose nearest keyword names another field is read as a bare number', () => {
    const e = run(`Le escribo para el alta. Mi código 221935987, mi seguro ${NSS}, curp ${CURP}.`);
    expect(e.fields.nss).toBe(NSS);
    expect(e.fields.studentCode).toBe('221935987');
  });
  it('values followed by their field in parentheses', () => {
    const e = run(`Los números que me piden: 221935987 (código) y ${NSS} (imss). ${CURP}`);
    expect(e.fields.nss).toBe(NSS);
    expect(e.fields.studentCode).toBe('221935987');
  });
  it('"número de seguro" names the NSS', () => {
    expect(run(`aqui va mi numero de seguro ${NSS} y mi curp ${CURP}`).fields.nss).toBe(NSS);
  });
  it('a 7-digit applicant number in place of the code is read and flagged', () => {
    const e = run(`Aún no me dan credencial; tengo mi no. de aspirante 2045117.\nCURP: ${CURP}`);
    expect(e.fields.studentCode).toBe('2045117');
    expect(e.problems.map((p) => p.code)).toContain('student_code_aspirante');
  });
  it('a real code beats the applicant number; a "registro patronal" is no code', () => {
    expect(run('Mi registro de aspirante fue 2045117, ya tengo código: 221935987').fields.studentCode).toBe('221935987');
    expect(run('La empresa tiene número de registro patronal 2045117.').fields.studentCode).toBeNull();
  });
  it("an Outlook block without a forward marker holding the student's own mail is a source", () => {
    const text = `Se los reenvío desde otra cuenta.\n\n________________________________\nDe: Ana Sofía Ruiz Peña <ana.ruiz1234@alumnos.udg.mx>\nEnviado: jueves, 5 de junio de 2025 9:40\nPara: alguien@udg.mx\nAsunto: alta\n\nCódigo: 221935987\nNSS: ${NSS}\nCURP: ${CURP}`;
    const e = run(text, { from: { address: 'anita.rp@outlook.com', name: 'Ana Sofía Ruiz Peña' } });
    expect(e.fields).toMatchObject({ studentCode: '221935987', nss: NSS, curp: CURP, institutionalEmail: 'ana.ruiz1234@alumnos.udg.mx' });
  });
  it("an Outlook block from someone else is still not a source", () => {
    const text = `Me dijeron que les escribiera.\n\n________________________________\nDe: Control Escolar <control.escolar@cucei.udg.mx>\nEnviado: jueves, 5 de junio de 2025 9:40\nPara: Ana\nAsunto: RE: alta\n\nEjemplo:\nCódigo: 219999999\nNSS: 53987417457`;
    const e = run(text);
    expect(e.fields.studentCode).toBeNull();
    expect(e.fields.nss).toBeNull();
  });
});

describe('names written in less common ways (issue #3, fresh3 set)', () => {
  it('"Segundo apellido: no tengo" leaves a complete name with one surname', () => {
    // Invented: Abril Castro, born 2005-02-11 in Jalisco, no second surname (X in the CURP).
    const e = run('Nombre(s): Abril\nPrimer apellido: Castro\nSegundo apellido: no aplica\nCURP: CAXA050211MJCSXBA9');
    expect(e.fields.fullName).toBe('Abril Castro');
    expect(e.problems.map((p) => p.code)).not.toContain('name_incomplete');
  });
  it('a name whose given names and surnames sit in separate paragraphs is read against the CURP', () => {
    const e = run(`Mis datos completos:\n\nNombre:\n\nAna Sofía\n\nRuiz Peña\n\nCURP: ${CURP}`);
    expect(e.fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });
  it('two blank lines end the run', () => {
    expect(run(`Ana Sofía\n\n\nRuiz Peña escribió algo\nCURP: ${CURP}`).fields.fullName).not.toBe('Ana Sofía Ruiz Peña');
  });
  it('"mis datos para ...:" introduces the name glued before the values', () => {
    expect(run('buen día, aquí mis datos para el trámite: Ana Sofía Ruiz Peña, código 221935987').fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });
  it('"mis datos de mi hermana:" does not name the writer; the name given with the sister\'s code is hers', () => {
    // (Until fresh12 no finder read "<name>, código ..."; the intro alone must still not fire.)
    expect(run('les paso mis datos de mi hermana: Laura Ruiz Peña').fields.fullName).toBeNull();
    expect(run('les paso mis datos de mi hermana: Laura Ruiz Peña, código 221935987').fields.fullName).toBe('Laura Ruiz Peña');
  });
});

describe("a relative's mail under the student's is not the student's own", () => {
  it('an Outlook block from a sibling sharing both surnames is not a source', () => {
    const text = `Le pregunto a mi hermana y les digo.\n\n________________________________\nDe: Laura Ruiz Peña <laura.rp@gmail.com>\nEnviado: jueves, 5 de junio de 2025 9:40\nPara: Ana\nAsunto: datos\n\nCódigo: 219999999\nNSS: 53987417457`;
    const e = run(text, { from: { address: 'ana.ruiz77@gmail.com', name: 'Ana Ruiz Peña' } });
    expect(e.fields.studentCode).toBeNull();
    expect(e.fields.nss).toBeNull();
  });
});

describe('values laid out in less common ways (issue #3, fresh4 set)', () => {
  it('a labeled CURP typed in groups is read whole', () => {
    expect(run(`Curp: RUPA 040315 MJCZXN A7\nCódigo: 221935987`).fields.curp).toBe(CURP);
    expect(run(`CURP - RUPA-040315-MJCZXN-A7`).fields.curp).toBe(CURP);
  });
  it('a labeled CURP cut over two lines (copied from a PDF) is joined', () => {
    const e = run(`CURP: RUPA040315\nMJCZXNA7\nNSS: ${NSS}`);
    expect(e.fields.curp).toBe(CURP);
    expect(e.problems.map((p) => p.code)).not.toContain('curp_format');
  });
  it('a wrapped CURP is not joined with a following word that does not complete it', () => {
    const e = run(`CURP: RUPA040315MJC\nGracias`);
    expect(e.fields.curp).not.toBe(CURP);
    expect(e.problems.map((p) => p.code)).toContain('curp_format');
  });
  it('a row of comma-separated values under a header row gives the whole name', () => {
    const e = run(`nombre,codigo,nss,curp\nAna Sofía Ruiz Peña,221935987,${NSS},${CURP}`);
    expect(e.fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987', nss: NSS, curp: CURP });
  });
});

describe('characters, corrections and quotes met in the fresh5 set (issue #3)', () => {
  it('zero-width spaces, soft hyphens, non-breaking spaces, full-width colons and unicode dashes read as plain text', () => {
    const e = run(`Nombre completo：Ana Sofía Ruiz Peña\nCódigo:\u00a0221\u00a0935\u00a0987\nNSS: 0422\u20110412\u2011342\nCURP: RUPA\u200b040315\u00adMJCZXNA7`);
    expect(e.fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987', nss: NSS, curp: CURP });
    expect(e.problems.map((p) => p.code)).toEqual([]);
  });
  it('digits pasted from a spreadsheet with tabs between groups', () => {
    expect(run(`Código:\t221\t935\t987\nNSS:\t04\t22\t04\t1234\t2`).fields).toMatchObject({ studentCode: '221935987', nss: NSS });
  });
  it('O for 0 and l for 1 inside numbers, as a phone reads a screenshot', () => {
    expect(run(`Tu NSS es: 0422O4l2342`).fields.nss).toBe(NSS);
    expect(run(`CÓDIGO 22l935987`).fields.studentCode).toBe('221935987');
    expect(run(`CURP: RUPAO4O3l5MJCZXNA7`).fields.curp).toBe(CURP);
  });
  it('a labeled code with a letter inside it is kept and flagged, not dropped', () => {
    const e = run(`Código: 221B35987\nCURP: ${CURP}`);
    expect(e.fields.studentCode).toBe('221B35987');
    expect(e.problems.map((p) => p.code)).toContain('student_code_format');
  });
  it('an e-mail followed by a closing guillemet or quote', () => {
    expect(run('mi correo «ana.ruiz1234@alumnos.udg.mx» y ya').fields.institutionalEmail).toBe('ana.ruiz1234@alumnos.udg.mx');
  });
  it('a value written as a correction beats the one it corrects', () => {
    expect(run(`CURP: RUPA040315MJCZXNB5\nCorrijo, la CURP buena es ${CURP}.`).fields.curp).toBe(CURP);
    expect(run(`mi código es 221935000... no, ese es de mi prima. El mío es 221935987.`).fields.studentCode).toBe('221935987');
    expect(run(`Correo: ana.ruiz@alumnos.udg.mx\n(perdón, le faltan los números: ana.ruiz1234@alumnos.udg.mx)`).fields.institutionalEmail).toBe('ana.ruiz1234@alumnos.udg.mx');
  });
  it('without a correction, the first of two values still wins', () => {
    expect(run(`código 221935987, y el de mi hermana es 221935000`).fields.studentCode).toBe('221935987');
  });
  it('"me apellido … y me llamo …" gives the given names first', () => {
    expect(run(`me apellido Ruiz Peña y me llamo Ana Sofía. CURP ${CURP}`).fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });
  it('"S/A" as the second surname leaves a complete one-surname name', () => {
    // Invented: Abril Castro, born 2005-02-11 in Jalisco, no second surname (X in the CURP).
    const e = run('Nombre(s): Abril\nApellido paterno: Castro\nApellido materno: S/A\nCURP: CAXA050211MJCSXBA9');
    expect(e.fields.fullName).toBe('Abril Castro');
    expect(e.problems.map((p) => p.code)).not.toContain('name_incomplete');
  });
  it('a "ficha" number of a first-year student is read as the applicant number', () => {
    const e = run('todavía no tengo credencial, mi número de ficha: 2045117');
    expect(e.fields.studentCode).toBe('2045117');
    expect(e.problems.map((p) => p.code)).toContain('student_code_aspirante');
  });
  it('a given name alone after "Gracias," on the last line is the name (incomplete) when the CURP agrees', () => {
    const e = run(`CURP ${CURP}\nCódigo 221935987\n\nGracias, Ana`);
    expect(e.fields.fullName).toBe('Ana');
    expect(e.problems.map((p) => p.code)).toContain('name_incomplete');
    expect(run(`CURP ${CURP}\n\nGracias, Martha`).fields.fullName).toBeNull(); // thanks someone else
  });
  it('a placeholder plain part ("formato HTML") gives way to the HTML', () => {
    const e = run('Este correo tiene formato HTML; use un cliente compatible.', { html: `<p>Código: 221935987</p><p>CURP: ${CURP}</p>` });
    expect(e.fields).toMatchObject({ studentCode: '221935987', curp: CURP });
  });
  it('text the HTML hides (display:none) is not read, even when the plain part carries it', () => {
    const html = `<div style="display:none">CURP ${CURP} <div>NSS ${NSS}</div></div><p>Soy Ana Sofía Ruiz Peña, código 221935987.</p>`;
    const e = run(`CURP ${CURP}\nNSS ${NSS}\nSoy Ana Sofía Ruiz Peña, código 221935987.`, { html });
    expect(e.fields.curp).toBeNull();
    expect(e.fields.nss).toBeNull();
    expect(e.fields.studentCode).toBe('221935987');
  });
  it('a hidden block between two values still separates them', () => {
    const e = run('', { html: `<p>les mando mis datos: 221935987<div style="display:none">firma oculta</div>${CURP}</p>` });
    expect(e.fields).toMatchObject({ studentCode: '221935987', curp: CURP });
  });
  it("the student's own earlier mail quoted inside the desk's reply is a source; the desk's quoted examples are not", () => {
    const text = `Ya tengo el NSS: ${NSS}\n\nEl vie, 20 nov 2026 a las 12:40, IMSS <imss@udg.mx> escribió:\n> Nos falta el NSS. Ejemplo: 53987417457\n>\n> El jue, 19 nov 2026 a las 18:05, Ana Ruiz <ana.ruiz1234@alumnos.udg.mx> escribió:\n> > Código 221935987\n> > CURP ${CURP}\n> >\n> > El jue, 19 nov 2026 a las 10:12, IMSS <imss@udg.mx> escribió:\n> > > Código: 219999999`;
    const e = run(text, { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Ruiz' } });
    expect(e.fields).toMatchObject({ nss: NSS, studentCode: '221935987', curp: CURP });
  });
  it("answers typed into the desk's Outlook message after R= are the student's", () => {
    const text = `Le contesto abajo.\n\n________________________________\nDe: IMSS <imss@udg.mx>\nEnviado: martes, 17 de noviembre de 2026 12:14\nPara: ana\nAsunto: RE: alta\n\n1. Su código (ejemplo 219999999)\nR= 221935987\n2. Su CURP\nR: ${CURP}`;
    const e = run(text);
    expect(e.fields).toMatchObject({ studentCode: '221935987', curp: CURP });
  });
});

describe('a realistic first Monday (issue #3, fresh6 set)', () => {
  it("a student's mail passed on by a parent with nothing of her own is a source", () => {
    const text = `Enviado desde mi iPhone\n\nInicio del mensaje reenviado:\n\nDe: Ana Sofía Ruiz Peña <anita.rp@gmail.com>\nFecha: 9 de agosto de 2026, 21:14:03 GMT-6\nPara: Mamá <mama.ruiz@icloud.com>\nAsunto: Datos\n\nMa, mándalos tú porfa:\nAna Sofía Ruiz Peña\n221935987\n${NSS}\n${CURP}`;
    const e = run(text, { from: { address: 'mama.ruiz@icloud.com', name: 'Mamá' } });
    expect(e.fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987', nss: NSS, curp: CURP });
  });
  it("the desk's own reply forwarded is still not a source, and a forward under the writer's own values is not taken", () => {
    const desk = `Enviado desde mi iPhone\n\nInicio del mensaje reenviado:\n\nDe: IMSS <imss@udg.mx>\nFecha: 9 de agosto de 2026\nPara: Ana\nAsunto: Re: alta\n\nEjemplo: código 219999999`;
    expect(run(desk).fields.studentCode).toBeNull();
    const mine = `Mi código es 221935987.\n\n---------- Mensaje reenviado ----------\nDe: Luis Pérez <luis.perez@gmail.com>\nFecha: 9 de agosto de 2026\nPara: Ana\nAsunto: mis datos\n\ncódigo 221000111`;
    expect(run(mine).fields.studentCode).toBe('221935987');
  });
  it("an office forwarding the student's mail under '-----Mensaje original-----' passes the student's values on", () => {
    const text = `Se turna para su atención.\n\n-----Mensaje original-----\nDe: Ana Sofía Ruiz Peña <ana.ruiz1234@alumnos.udg.mx>\nEnviado el: lunes, 10 de agosto de 2026 07:55\nPara: controlescolar@cucs.udg.mx\nAsunto: alta\n\nSoy Ana Sofía Ruiz Peña, código 221935987, CURP ${CURP}.`;
    const e = run(text, { from: { address: 'controlescolar@cucs.udg.mx', name: 'Control Escolar' } });
    expect(e.fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987', curp: CURP, institutionalEmail: 'ana.ruiz1234@alumnos.udg.mx' });
  });
  it('"Julio" is a given name, not only a month', () => {
    expect(run('Soy Julio César Preciado Vela, mi código es 221935987').fields.fullName).toBe('Julio César Preciado Vela');
  });
  it('a lower-case name is read when it is the one the sender set as display name; not when a parent writes', () => {
    const from = { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Sofía Ruiz Peña' };
    expect(run('hola soy ana sofia ruiz peña, mi codigo 221935987', { from }).fields.fullName).toBe('ana sofia ruiz peña');
    expect(run('hola soy ana sofia ruiz peña, mi codigo 221935987').fields.fullName).toBeNull();
    const parent = { address: 'mama@gmail.com', name: 'Laura Peña Díaz' };
    expect(run('buenas, soy laura peña diaz, mamá de la alumna, su código 221935987', { from: parent }).fields.fullName).toBeNull();
  });
  it('"soy <given name>." alone is an incomplete name when the CURP agrees', () => {
    const e = run(`Hola, soy Ana. Código 221935987, CURP ${CURP}.`);
    expect(e.fields.fullName).toBe('Ana');
    expect(e.problems.map((p) => p.code)).toContain('name_incomplete');
    expect(run(`Hola, soy Lucía. CURP ${CURP}`).fields.fullName).toBeNull();
  });
  it('"mi registro es 2045117" is the applicant number', () => {
    const e = run('soy de primer ingreso, mi registro es 2045117');
    expect(e.fields.studentCode).toBe('2045117');
    expect(e.problems.map((p) => p.code)).toContain('student_code_aspirante');
  });
});

describe('weeks two and three of a semester (issue #3, fresh7 set)', () => {
  it('on a greeting line, a name before a later sentence\'s intro ("Yo también...") is still read', () => {
    const e = run(`Hola. Les escribo por mi hermana, Ana Sofía Ruiz Peña. Yo también estudio aquí y ya tengo servicio.\n\nSus datos:\nCódigo: 221935987\nCURP: ${CURP}`);
    expect(e.fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });
  it('a given name alone on the last line under a closing is an incomplete name when the CURP agrees', () => {
    const e = run(`Buen día, pido mi alta.\nCódigo: 221935987\nCURP: ${CURP}\n\nQuedo atenta,\nAna`);
    expect(e.fields.fullName).toBe('Ana');
    expect(e.problems.map((p) => p.code)).toContain('name_incomplete');
    expect(run(`Código: 221935987\nCURP: ${CURP}\n\nQuedo atenta,\nLucía`).fields.fullName).toBeNull();
  });
  it('a given name alone in the body gives way to the whole name in the subject', () => {
    const e = run(`Buen día, pido mi alta.\nCódigo: 221935987\nCURP: ${CURP}\n\nMuchas gracias, Ana`, { subject: 'Alta IMSS - Ana Sofía Ruiz Peña' });
    expect(e.fields.fullName).toBe('Ana Sofía Ruiz Peña');
    expect(e.problems.map((p) => p.code)).not.toContain('name_incomplete');
  });
  it('"número de solicitud de aspirante: 2045117" is the applicant number; a request folio is not', () => {
    const e = run('soy de nuevo ingreso, mi número de solicitud de aspirante: 2045117.');
    expect(e.fields.studentCode).toBe('2045117');
    expect(e.problems.map((p) => p.code)).toContain('student_code_aspirante');
    expect(run('mi número de solicitud: 2045117').fields.studentCode).toBeNull();
  });
});

describe('automatic mail and the people it hides (issue #3, fresh8 set)', () => {
  it('a notice sent to the student and forwarded by them is a source; one sent to someone else is not', () => {
    const notice = (to: string) => `Les reenvío el aviso, sigo sin vigencia. Mi NSS es ${NSS}.\n\n---------- Forwarded message ---------\nDe: Control Escolar <no-reply@escolar.example>\nDate: vie, 28 ago 2026 a las 7:00\nSubject: Aviso de estatus\nTo: <${to}>\n\nCÓDIGO: 221935987\nESTATUS: ACTIVO`;
    const from = { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Ruiz' };
    expect(run(notice('ana.ruiz1234@alumnos.udg.mx'), { from }).fields.studentCode).toBe('221935987');
    expect(run(notice('luis.perez5678@alumnos.udg.mx'), { from }).fields.studentCode).toBeNull();
  });
  it("a web form's Reply-To name is read when it spells the CURP, and only then", () => {
    const form = { from: { address: 'no-reply@portal.example', name: 'Portal' }, replyTo: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Sofía Ruiz Peña' } };
    expect(run(`Cuerpo del mensaje:\nNo aparezco vigente. CURP ${CURP}`, form).fields.fullName).toBe('Ana Sofía Ruiz Peña');
    const other = { ...form, replyTo: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Anita R' } };
    expect(run(`No aparezco vigente. CURP ${CURP}`, other).fields.fullName).toBeNull();
  });
});

describe('one day of the inbox (issue #3, fresh9 set)', () => {
  it('a greeting that runs on into the sentence still gives the name that spells the CURP', () => {
    const e = run(`buenas tardes les escribo por mi nieta Ana Sofía Ruiz Peña que estudia en la universidad. su curp es ${CURP}. gracias`);
    expect(e.fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });
  it('"por mi hermano(a) <name>" introduces the student', () => {
    expect(run('Hola, escribo por mi hermano(a) Ana Ruiz porque está en el hospital. Código 221935987.').fields.fullName).toBe('Ana Ruiz');
  });
  it('a signature with the code after the name', () => {
    expect(run('Ya activé mi correo: ana.ruiz1234@alumnos.udg.mx\n\nAna Sofía Ruiz Peña - 221935987').fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });
  it('"ficha de admisión: 2045117" is the applicant number', () => {
    const e = run('no me han dado credencial, solo tengo mi ficha de admisión: 2045117.');
    expect(e.fields.studentCode).toBe('2045117');
    expect(e.problems.map((p) => p.code)).toContain('student_code_aspirante');
  });
});

describe('a Monday of the second week (issue #3, fresh10 set)', () => {
  const from = { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Sofía Ruiz Peña' };
  it("a bounce sent to the student and forwarded by them returns the student's own mail", () => {
    const text = `Me rebotó esto, les reenvío:\n\n---------- Forwarded message ---------\nFrom: Microsoft Outlook <MicrosoftExchange1@udg.example>\nDate: lun, 17 ago 2026\nSubject: Undeliverable: Alta IMSS\nTo: <ana.ruiz1234@alumnos.udg.mx>\n\nNo se pudo entregar a estos destinatarios.\n\n---------- Mensaje original ----------\nCódigo: 221935987\nCURP: ${CURP}`;
    expect(run(text, { from }).fields).toMatchObject({ studentCode: '221935987', curp: CURP });
  });
  it('Apple Mail quotes the attribution with the mail: the student\'s own quoted mail is a source', () => {
    const text = `Se me olvidó el correo: ana.ruiz1234@alumnos.udg.mx\n\nEnviado desde mi iPhone\n\n> El 16 ago 2026, a la(s) 21:40, Ana Sofía Ruiz Peña <anita@icloud.com> escribió:\n> \n> Código 221935987\n> CURP ${CURP}`;
    expect(run(text, { from: { address: 'anita@icloud.com', name: 'Ana Sofía Ruiz Peña' } }).fields).toMatchObject({ studentCode: '221935987', curp: CURP });
  });
  it("values typed after the desk's labels with an arrow, inside its quoted message", () => {
    const text = `Les respondo abajo.\n\n________________________________\nDe: Coordinación <imss@udg.mx>\nEnviado: viernes\nPara: ana\nAsunto: Re: Alta IMSS\n\nNos falta:\n- Número de Seguridad Social (NSS)   --> ${NSS}\n- CURP --> ${CURP}`;
    expect(run(text, { from }).fields).toMatchObject({ nss: NSS, curp: CURP });
  });
  it('"soy <given name> y ..." is an incomplete name when it is the display name\'s first word, or the CURP\'s initial agrees', () => {
    const e = run('hola soy Ana mi codigo es 221935987 q necesito', { from });
    expect(e.fields.fullName).toBe('Ana');
    expect(e.problems.map((p) => p.code)).toContain('name_incomplete');
    expect(run(`Buenas tardes, soy Ana y quiero el seguro. CURP: ${CURP}`).fields.fullName).toBe('Ana');
    expect(run('hola soy Lucía mi codigo es 221935987', { from }).fields.fullName).toBeNull();
  });
  it('a 7-digit number a little after "admisión" is the applicant number', () => {
    const e = run('en mi comprobante de admisión viene el número 2045117.');
    expect(e.fields.studentCode).toBe('2045117');
    expect(e.problems.map((p) => p.code)).toContain('student_code_aspirante');
  });
});

describe('a Thursday of the fourth week (issue #3, fresh11 set)', () => {
  it('an office passing a case on: "el caso de <name>", and the office\'s own name is not the student\'s', () => {
    const e = run('Estimada Coordinación:\n\nLes canalizamos el caso de Ana Sofía Ruiz Peña (código 221935987), quien acudió a esta Defensoría.\n\nAtentamente,\nDefensoría de los Derechos Universitarios');
    expect(e.fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });
  it('"Soy <given name> 🙂" with the CURP\'s initial is an incomplete name', () => {
    const e = run(`Hola! Soy Ana 🙂\ncod 221935987\ncurp ${CURP}`);
    expect(e.fields.fullName).toBe('Ana');
    expect(e.problems.map((p) => p.code)).toContain('name_incomplete');
  });
});

describe('a Wednesday at the start of 2027A (issue #3, fresh12 set)', () => {
  const from = { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Sofía Ruiz Peña' };
  it('"Gracias, atte. <given name>" with the CURP\'s initial is an incomplete name', () => {
    const e = run(`les mando mis datos\n221935987\n${CURP}\nGracias, atte. Ana`);
    expect(e.fields.fullName).toBe('Ana');
  });
  it("the sender's own name written after a sentence on the same line; a titled signature line is not read", () => {
    expect(run('¿Me quitaron el seguro? Ana Sofía Ruiz Peña cod. 221935987', { from }).fields.fullName).toBe('Ana Sofía Ruiz Peña');
    const teacher = { address: 'ana.ruiz@academicos.udg.mx', name: 'Dra. Ana Ruiz Peña' };
    expect(run('Les escribo por un alumno sin vigencia.\n\nDra. Ana Ruiz Peña', { from: teacher }).fields.fullName).toBeNull();
  });
  it('a name followed by the code, as offices and teachers write', () => {
    expect(run('Atendimos hoy a Ana Sofía Ruiz Peña, código 221935987, y no aparece vigente.').fields.fullName).toBe('Ana Sofía Ruiz Peña');
    expect(run('mi tesista Ana Sofía Ruiz Peña (código 221935987) no tiene vigencia').fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });
  it("a system's notice under an Outlook block, forwarded by the student, is a source; a person's quoted mail there is not", () => {
    const notice = (fromLine: string) => `me llegó este aviso, ¿me ayudan? NSS ${NSS}\n\n-----Mensaje original-----\nDe: ${fromLine}\nEnviado: viernes, 15 de enero de 2027 06:00\nPara: ana.ruiz1234@alumnos.udg.mx\nAsunto: Aviso\n\nEstimado(a) alumno(a) con código 221935987:`;
    expect(run(notice('SIIAU <noreply@siiau.udg.mx>'), { from }).fields.studentCode).toBe('221935987');
    expect(run(notice('Luis Pérez <luis.perez@academicos.udg.mx>'), { from }).fields.studentCode).toBeNull();
  });
});

describe('a Friday of the third week (issue #3, fresh13 set)', () => {
  it("a bounce forwarded under an Outlook block returns the student's own mail", () => {
    const text = `me rebotó, va de nuevo:\n\n________________________________\nDe: Microsoft Outlook <postmaster@outlook.com>\nEnviado: jueves, 10 de septiembre de 2026 22:10\nPara: anita.rp@hotmail.com\nAsunto: No se puede entregar: Alta IMSS\n\nNo se pudo entregar el mensaje.\n\nMensaje original:\nCódigo - 221935987\nCURP - ${CURP}`;
    expect(run(text, { from: { address: 'anita.rp@hotmail.com', name: 'Ana' } }).fields).toMatchObject({ studentCode: '221935987', curp: CURP });
  });
});

describe('a Tuesday of the fifth week (issue #3, fresh14 set)', () => {
  it("the subject 'Respuesta automática:' over a student's own data is not an auto-reply", async () => {
    const { triageMessage } = await import('../../../src/triage/triage-message.js');
    const m = mail(`no sé por qué el asunto dice respuesta automática. Mis datos:\nNombre: Ana Sofía Ruiz Peña\nCódigo: 221935987\nNSS: ${NSS}\nCURP: ${CURP}`, { subject: 'Respuesta automática: Alta IMSS' });
    expect(triageMessage(m, CORPUS_OPTIONS).decision).not.toBe('ignore');
  });
});

describe('a Monday of the sixth week (issue #3, fresh15 set)', () => {
  it('"mi compañera de depa <name>" introduces the student', () => {
    expect(run('Hola. Mi compañera de depa Ana Sofía Ruiz Peña se enfermó; su código es 221935987.').fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });
});


describe('a Wednesday of the seventh week and a Thursday of the fifth (issue #3, fresh16 and fresh17 sets)', () => {
  it('emoji bullets before labels', () => {
    expect(run('Buenos días.\n\n✅ Nombre: Ana Sofía Ruiz Peña\n👉 Código: 221935987').fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987' });
  });

  it('a name right beside the code, in the subject or a line, with no label', () => {
    expect(run('\n\nEnviado desde mi iPhone', { subject: 'Alta IMSS Ana Sofía Ruiz Peña 221935987' }).fields.fullName).toBe('Ana Sofía Ruiz Peña');
    expect(run('Les adjunto mis datos', { subject: 'Alta IMSS 221935987 Ana Sofía Ruiz Peña' }).fields.fullName).toBe('Ana Sofía Ruiz Peña');
    expect(run('Ana Sofía Ruiz Peña 221935987 para el seguro').fields.fullName).toBe('Ana Sofía Ruiz Peña');
    // Not beside a number that is not a valid code, and not office words.
    expect(run('Alta IMSS Centro Universitario 2219359').fields.fullName).toBeNull();
  });

  it('"se llama", "mi sobrina", "por mi hermano menor", "el jugador", "abuelo de" introduce the student', () => {
    expect(run('Él acaba de entrar al CUCEI, se llama Pablo Espinoza Bañuelos. No sé si es con ustedes.').fields.fullName).toBe('Pablo Espinoza Bañuelos');
    expect(run('buenas tardes mi sobrina Samantha Bernal Alcaraz no tiene seguro que papeles ocupa?').fields.fullName).toBe('Samantha Bernal Alcaraz');
    expect(run('Les escribo por mi hermano menor César Ocegueda Benítez, se fracturó la muñeca.').fields.fullName).toBe('César Ocegueda Benítez');
    expect(run('Buen día, el jugador Raúl Campos Ponce de la selección de voleibol no tiene IMSS.').fields.fullName).toBe('Raúl Campos Ponce');
    expect(run('BUENAS TARDES SOY ABUELO DE TAMARA ÁVALOS HURTADO ELLA VIVE CONMIGO Y ESTUDIA EN LA UNIVERSIDAD.').fields.fullName).toBe('TAMARA ÁVALOS HURTADO');
  });

  it("Apple Mail's forward of the student's own mail, quoted headers and all, is a source", () => {
    const text = `Buen día, no he tenido respuesta, se los reenvío.\n\nEnviado desde mi iPhone\n\nInicio del mensaje reenviado:\n\n> De: Ana Ruiz <ana.ruiz77@gmail.com>\n> Fecha: 24 de septiembre de 2026, 10:31:07 a.m. GMT-6\n> Para: imss@udg.mx\n> Asunto: Solicitud de alta IMSS\n> \n> a) Nombre: Ana Sofía Ruiz Peña\n> b) Código de estudiante: 221935987\n> c) NSS: ${NSS}\n> d) CURP: ${CURP}`;
    expect(run(text).fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987', nss: NSS, curp: CURP });
    // Someone else's mail forwarded that way is not.
    expect(run(text.replace('Ana Ruiz <ana.ruiz77@gmail.com>', 'Coordinación <imss@udg.mx>')).fields.nss).toBeNull();
  });

  it('"hermana de <name>"; a given name signed alone under a closing, when the display name starts with it', () => {
    expect(run('hola buenas tardes, soy hermana de Teodoro Bernal Aceves, él no sabe cómo mandar correos formales jaja.').fields.fullName).toBe('Teodoro Bernal Aceves');
    const r = run('Hola, ayer les mandé mis datos pero se me olvidó el NSS: 04220412342\n\nGracias\nBernardo', { from: { address: 'bernardo.duarte9643@alumnos.udg.mx', name: 'Bernardo Duarte Yáñez' } });
    expect(r.fields.fullName).toBe('Bernardo');
    expect(r.problems.map((p) => p.code)).toContain('name_incomplete');
  });

  it("the desk's folio is nobody's NSS", () => {
    expect(run('IMSS-2026-016572\n¿ya está?')).toMatchObject({ fields: { nss: null, studentCode: null }, problems: [] });
  });
});

describe('a Friday of offices and teachers (issue #3, fresh19 set)', () => {
  const teacher = { from: { address: 'bruno.valencia@academicos.udg.mx', name: 'Bruno Valencia' } };
  it("a teacher's or an office's own signature is not the student's", () => {
    expect(run('Estimados, buenas tardes:\n\nLes presento a Orlando Islas Villegas (en copia), alumno de mi grupo. No tiene seguro.\n\nSaludos,\nBruno Valencia\nDepartamento de Matemáticas, CUCEI', teacher).fields.fullName).toBe('Orlando Islas Villegas');
    expect(run('Buen día, adjunto oficio.\n\nAtte.\nLic. Marisa Juárez\nSecretaría Administrativa', { from: { address: 'marisa.juarez@cunorte.udg.mx', name: 'Marisa Juárez' } }).fields.fullName).toBeNull();
    expect(run('Les paso el caso pendiente.\n\nGracias, bonito viernes.\nElisa Garibay\nMódulo IMSS, CUCosta', { from: { address: 'moduloimss@cuc.udg.mx', name: 'Módulo IMSS CUCosta' } }).fields.fullName).toBeNull();
    // A student's own signature still counts.
    expect(run('Les mando mi código 221935987.\n\nSaludos,\nAna Sofía Ruiz Peña', { from: { address: 'ana.ruiz77@alumnos.udg.mx', name: 'Ana Ruiz' } }).fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });

  it('"<name>, tu código ..." and a name before " / <code>"', () => {
    expect(run('Vianey Beltrán Alvarado, tu código 226444965 no aparece en la lista.', teacher).fields.fullName).toBe('Vianey Beltrán Alvarado');
    expect(run('- Dante Acosta Jaime / 226176228 / NSS pendiente', teacher).fields.fullName).toBe('Dante Acosta Jaime');
  });

  it("a meeting's id is nobody's NSS", () => {
    expect(run('Reunión de Microsoft Teams\nId. de reunión: 251 449 031 77').fields.nss).toBeNull();
  });
});

describe('more from offices, forms and the weekend (issue #3, fresh19 and fresh20 sets)', () => {
  it("several students in an office's list or table: the first one's values only", () => {
    const list = `Les paso los casos pendientes:\n- Ana Sofía Ruiz Peña / 221935987 / ana.ruiz1234@alumnos.udg.mx (sin NSS)\n- Pedro Gómez Ruiz / 221000001 / NSS ${NSS} / pedro.gomez1@alumnos.udg.mx`;
    const several = run(list, { from: { address: 'modulo@cuc.udg.mx', name: 'Módulo IMSS' } });
    expect(several.fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987', nss: null, institutionalEmail: 'ana.ruiz1234@alumnos.udg.mx' });
    expect(several.severalStudents).toBe(true);
    expect(several.warnings.join(' ')).toMatch(/varios estudiantes/);
    // Someone else's values in a sentence, then the writer's own labeled ones: the labeled ones.
    const twin = `Mi hermano ya está dado de alta (código 221000001, correo pedro.gomez1@alumnos.udg.mx).\n\nMis datos:\nNombre: Ana Sofía Ruiz Peña\nCódigo: 221935987\nCorreo: ana.ruiz1234@alumnos.udg.mx`;
    expect(run(twin)).toMatchObject({ fields: { studentCode: '221935987', institutionalEmail: 'ana.ruiz1234@alumnos.udg.mx' } });
    expect(run(twin).severalStudents).toBeUndefined();
  });

  it("a web form filled in by a relative: the relative's name and address are not the student's", () => {
    const form = 'Nombre: Rosa Elvia Garibay\nCorreo: rosaelvia.garibay@gmail.com\nMensaje:\nMi hijo Héctor Meza Garibay entró este semestre, código 226396694, y no tiene seguro.';
    expect(run(form, { from: { address: 'webmaster@cucea.udg.mx', name: 'Sitio web CUCEA' }, replyTo: { address: 'rosaelvia.garibay@gmail.com', name: '' } }).fields).toMatchObject({ fullName: 'Héctor Meza Garibay', institutionalEmail: null });
    // A form's relay that opens with a header block ("De: ... / Asunto: ...") is the form's text.
    const relay = 'De: Leticia Nava <leticia.nava.hdz@gmail.com>\nAsunto: Seguro de mi hijo\n\nCuerpo del mensaje:\nMi hijo Julián Soto Torres entró a la prepa. Su código es 226913279.';
    expect(run(relay, { from: { address: 'wordpress@prepa20.sems.udg.mx', name: 'Contacto' }, replyTo: { address: 'leticia.nava.hdz@gmail.com', name: 'Leticia Nava' } }).fields).toMatchObject({ fullName: 'Julián Soto Torres', studentCode: '226913279' });
  });

  it('a CURP dictated letter by letter or typed in groups after its keyword', () => {
    expect(run(`mi curp es R U P A 0 4 0 3 1 5 M J C Z X N A 7 muchas gracias`).fields.curp).toBe(CURP);
    expect(run('Mi CURP es RUPA 040315 MJCZXNA7. Gracias.').fields.curp).toBe(CURP);
  });

  it('English intros, "abuelita de", a long dash bullet, the campus is not a name', () => {
    expect(run('Dear IMSS office,\n\nmy name is Jonas Hoffmann, I am an exchange student.').fields.fullName).toBe('Jonas Hoffmann');
    expect(run("Hi! I'm Anahí Jaramillo Palafox, from CUCEA, currently on exchange.").fields.fullName).toBe('Anahí Jaramillo Palafox');
    expect(run('SOY SU ABUELITA DE ELISA SALAZAR VALENCIA, ESTÁ INTERNADA.').fields.fullName).toBe('ELISA SALAZAR VALENCIA');
    expect(run('— Nombre: Ivonne Barba Álvarez\n— Código: 226478840').fields.fullName).toBe('Ivonne Barba Álvarez');
    expect(run('Hola! me pueden dar de alta porfa, soy del CUCiénega Ocotlán').fields.fullName).toBeNull();
  });
});

describe('the Microsoft 365 Monday and the January Wednesday (issue #3, fresh21 and fresh22 sets)', () => {
  it('a dotted NSS alone when its check digit holds, never an IP address', () => {
    expect(run('Buenas noches, es 04.22.04.1234.2').fields.nss).toBe(NSS);
    expect(run('Dirección IP: 148.202.105.41').fields.nss).toBeNull();
  });

  it('"1.- " numbering before a bare name line', () => {
    expect(run('Buenas tardes\n\n1.- Ana Sofía Ruiz Peña\n2.- 221935987').fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });

  it('"me asignaron código nuevo: ..." corrects the old code', () => {
    expect(run('Antes tenía el código 223391025. Con el cambio me asignaron código nuevo: 221935987.').fields.studentCode).toBe('221935987');
  });

  it('"Él es <name>", and a sibling\'s own institutional address is not the student\'s', () => {
    const r = run('Escribo desde mi correo porque mi hermano todavía no tiene el suyo. Él es Néstor Beltrán Núñez, código 227249061.\n\nGracias,\nEmiliano', { from: { address: 'emiliano.tovar3344@alumnos.udg.mx', name: 'Emiliano Tovar' } });
    expect(r.fields).toMatchObject({ fullName: 'Néstor Beltrán Núñez', institutionalEmail: null });
  });

  it('a CURP alone on its line in groups; "<NAME>, con código" in a document', () => {
    expect(run('rupa 040315 mjczxna7\n\nEnviado desde mi iPhone').fields.curp).toBe(CURP);
    expect(run('Se hace constar que ANA SOFÍA RUIZ PEÑA, con codigo 221935987, es alumna regular.').fields.fullName).toBe('ANA SOFÍA RUIZ PEÑA');
  });
});

describe('a flu-season Tuesday and the first week of 2026B (issue #3, fresh23 and fresh24 sets)', () => {
  it('writing for a classmate from one\'s own institutional address: that address is not the student\'s', () => {
    const r = run(`Qué tal, les escribo por un compañero que no puede entrar a su correo:\n\nNombre: Ana Sofía Ruiz Peña\nCódigo: 221935987\nNSS: ${NSS}\nCURP: ${CURP}\n\nLeonardo`, { from: { address: 'leonardo.ibanez4410@alumnos.udg.mx', name: 'Leonardo Ibáñez' } });
    expect(r.fields.institutionalEmail).toBeNull();
  });

  it('"me dieron uno nuevo: <code>" corrects the old code', () => {
    expect(run('En la prepa tenía el código 289370921, pero al entrar me dieron uno nuevo: 221935987.').fields.studentCode).toBe('221935987');
  });

  it('"<NAME>... perdón, <Name>": the corrected writing', () => {
    expect(run('No me contestan.\n\nANA SOFÍA RUIZ PEÑA... perdón, Ana Sofía Ruiz Peña\n221935987').fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });

  it("the sender's whole name in the subject, or their given name alone on the last line", () => {
    const from = { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Sofía Ruiz Peña' };
    expect(run('Buenas tardes, quiero darme de alta\n\nEnviado desde mi iPhone', { subject: 'Ana Sofía Ruiz Peña alta IMSS', from }).fields.fullName).toBe('Ana Sofía Ruiz Peña');
    const r = run('Hola buen día, soy de primer ingreso, me dijeron que aquí me dan de alta\n\nAna', { from });
    expect(r.fields.fullName).toBe('Ana');
    expect(r.problems.map((p) => p.code)).toContain('name_incomplete');
  });

  it("a form's contact address (its Reply-To) is not the institutional e-mail", () => {
    const r = run('Nombre: Ana Sofía Ruiz Peña\nCorreo: ana.ruiz.77@gmail.com\nMensaje: no tengo seguro, mi código es 221935987', { from: { address: 'no-reply@cucsur.udg.mx', name: 'Sitio web' }, replyTo: { address: 'ana.ruiz.77@gmail.com', name: 'Ana Sofía Ruiz Peña' } });
    expect(r.fields.institutionalEmail).toBeNull();
  });
});

describe('the first summer Monday (issue #3, fresh26 set)', () => {
  it("a form's relay that opens with the student's typed name and address: the name is theirs", () => {
    const relay = 'De: Ana Sofía Ruiz Peña <ana.ruiz1234@alumnos.udg.mx>\nAsunto: Seguro facultativo\n\nCuerpo del mensaje:\nNo aparezco vigente. Código 221935987.';
    expect(run(relay, { from: { address: 'no-reply@estudiantes.udg.mx', name: 'Portal' }, replyTo: { address: 'ana.ruiz1234@alumnos.udg.mx', name: '' } }).fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', institutionalEmail: 'ana.ruiz1234@alumnos.udg.mx' });
  });

  it("a father's own address to be answered at is not the student's; a child's personal address still is", () => {
    expect(run(`Buenos días, soy el papá de Ana Sofía Ruiz Peña.\nCURP ${CURP}\nPor favor respondan al correo papa.ruiz@gmail.com, este no recibe respuestas.`).fields.institutionalEmail).toBeNull();
    expect(run('Buenos días, soy la mamá de Ana Sofía Ruiz Peña. El correo de mi hija es anita.rp@gmail.com').fields.institutionalEmail).toBe('anita.rp@gmail.com');
  });

  it('twelve digits alone on a line among bare values: an NSS with a digit too many', () => {
    const r = run('Buenas noches, mis datos\nAna Sofía Ruiz Peña\n221935987\n042204123429\nRUPA040315MJCZXNA7');
    expect(r.fields.nss).toBe('042204123429');
    expect(r.problems.map((p) => p.code)).toContain('nss_format');
  });

  it('"mi novia <name>" introduces the student', () => {
    expect(run('hola, mi novia Ana Ruiz se sintió muy mal y no tiene seguro, me pasó su código 221935987').fields.fullName).toBe('Ana Ruiz');
  });
});

describe('the day IMSS Digital was down (issue #3, fresh27 set)', () => {
  it("a twin writing for her sister from her own address: they share surnames, not given names, and the address is hers", () => {
    const from = { address: 'alma.ruiz5877@alumnos.udg.mx', name: 'Alma Ruiz Peña' };
    const text = `Hola, soy Alma Ruiz Peña, yo ya tengo mi seguro. Les escribo por mi hermana gemela, que está en el hospital:\n\nNombre: Ana Sofía Ruiz Peña\nCódigo: 221935987\nNSS: ${NSS}\nCURP: ${CURP}\n\nSu correo no lo sé.`;
    expect(run(text, { from }).fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', institutionalEmail: null });
    // The student herself, who mentions a brother, keeps her own address.
    const own = `Hola, soy Ana Sofía Ruiz Peña, mi hermano me dijo que escribiera.\nCódigo: 221935987\nNSS: ${NSS}\nCURP: ${CURP}`;
    expect(run(own, { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Ruiz Peña' } }).fields.institutionalEmail).toBe('ana.ruiz1234@alumnos.udg.mx');
  });

  it('labels swapped ("Código: <11 digits>", "NSS: <9 digits>"): each value read by its shape', () => {
    const r = run(`Mis datos:\nNombre: Ana Sofía Ruiz Peña\nCódigo: ${NSS}\nNSS: 221935987\nCURP: ${CURP}`);
    expect(r.fields).toMatchObject({ studentCode: '221935987', nss: NSS });
    expect(r.problems).toEqual([]);
    // A 9-digit NSS alone is an NSS with digits missing, never a code.
    expect(run('NSS: 221935987').fields).toMatchObject({ studentCode: null, nss: '221935987' });
  });

  it('"nom:" labels the name', () => {
    expect(run('hola\n\nnom: Ana Sofía Ruiz Peña\ncod: 221935987').fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });

  it('a name in lower case written again with capitals: the capitalised writing', () => {
    const r = run(`hola\n\nnombre: ana sofía ruiz peña\n\nperdón, mi nombre bien: Ana Sofía Ruiz Peña\ncurp: ${CURP.toLowerCase()}`);
    expect(r.fields.fullName).toBe('Ana Sofía Ruiz Peña');
    expect(r.nameParts).toMatchObject({ givenNames: 'Ana Sofía', firstSurname: 'Ruiz' });
  });
});

describe('Monday after a long weekend (issue #3, fresh28 set)', () => {
  it('a header row over a row of values pasted from a spreadsheet: given names first, surnames in column order', () => {
    const r = run(`Les pego mis datos:\n\nApellido paterno\tApellido materno\tNombre(s)\tCódigo\tNSS\tCURP\nRuiz\tPeña\tAna Sofía\t221935987\t${NSS}\t${CURP}\n\nGracias.`);
    expect(r.fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987', nss: NSS, curp: CURP });
  });

  it('"el que quedó vigente es <NSS>" corrects the one given before', () => {
    expect(run(`El IMSS me había asignado dos números por error; el 04220412334 ya lo dieron de baja y el que quedó vigente es el ${NSS}.\nCURP: ${CURP}`).fields.nss).toBe(NSS);
  });

  it('"(1) Nombre completo -- <name>": numbered in parentheses', () => {
    expect(run('(1) Nombre completo -- Ana Sofía Ruiz Peña\n(2) Código de estudiante -- 221935987').fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987' });
  });

  it('"ficha del examen de admisión: <7 digits>" is the applicant number sent for the code', () => {
    const r = run('Todavía no tengo credencial; el número que tengo es el de mi ficha del examen de admisión: 2850605.');
    expect(r.fields.studentCode).toBe('2850605');
    expect(r.problems.map((p) => p.code)).toContain('student_code_aspirante');
  });

  it('"My full name is ..." introduces the name', () => {
    expect(run(`Hi! My full name is Ana Sofía Ruiz Peña and my NSS is ${NSS}.`).fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });

  it("a spreadsheet's scientific notation is no NSS: its digits are lost", () => {
    const r = run('Nombre\tAna Sofía Ruiz Peña\nNSS\t4.22409E+10\nCódigo\t221935987');
    expect(r.fields.nss).toBeNull();
    expect(r.problems.map((p) => p.code)).not.toContain('nss_format');
  });
});

describe('Holy Week with a skeleton crew (issue #3, fresh30 set)', () => {
  it('a staff member who is also the student: the student address he gives names him, so his name is the student\'s', () => {
    const text = `Buen día. Soy auxiliar administrativo en CUCEA y estudio la licenciatura en el sistema semiescolarizado. Solicito el alta como estudiante:\n\nNombre: Ana Sofía Ruiz Peña\nCódigo de estudiante: 221935987\nNSS: ${NSS}\nCURP: ${CURP}\nCorreo de alumno: ana.ruiz2908@alumnos.udg.mx\n\nSaludos cordiales.`;
    expect(run(text, { from: { address: 'ana.ruiz@administrativos.udg.mx', name: 'Ana Sofía Ruiz Peña' } }).fields.fullName).toBe('Ana Sofía Ruiz Peña');
    // A teacher writing about a student with her own surname still signs as herself, not the student.
    const teacher = `Buen día, les escribo por mi alumna.\n\nNombre: Ana Sofía Ruiz Peña\nCURP: ${CURP}\nCorreo: ana.ruiz2908@alumnos.udg.mx\n\nAtentamente,\nMtra. Martha Ruiz López`;
    expect(run(teacher, { from: { address: 'martha.ruiz@academicos.udg.mx', name: 'Martha Ruiz López' } }).fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });

  it('"<Name>, estudiante de ...": a name in apposition with its role, as clinics write', () => {
    expect(run('Atendí a Ana Sofía Ruiz Peña, estudiante de la UdeG, con una herida en la mano. Me dio su código (221935987).').fields.fullName).toBe('Ana Sofía Ruiz Peña');
    expect(run('Se presentó a esta UMF Ana Sofía Ruiz Peña, alumna del CUCEI, para consulta.').fields.fullName).toBe('Ana Sofía Ruiz Peña');
    expect(run('Ma. Teresa Gómez Farías Ibarra, estudiante de Enfermería del CUTonalá\nCódigo 221935987').fields.fullName).toBe('Ma. Teresa Gómez Farías Ibarra');
  });

  it('lower-case words of a sentence that fit the CURP do not open the name: the capitalised name does', () => {
    const r = run('Por medio del presente informamos que se brindó atención a Braulio Esparza Delgadillo por caída.\n\nCURP: EADB051014HJCSLRA8');
    expect(r.fields.fullName).toBe('Braulio Esparza Delgadillo');
  });
});

describe('a Tuesday of SIIAU screens (issue #3, fresh29 set)', () => {
  it('"la que vale es la nueva, <CURP>" corrects the old one written before it', () => {
    expect(run(`Las dos son mías: antes tenía RUPA040315MJCZXNB5 y RENAPO me la cambió. La que vale es la nueva, ${CURP}`).fields.curp).toBe(CURP);
  });

  it('an NSS copied with a beneficiary\'s agregado after it ("<NSS> 3F2004OR") is the NSS', () => {
    // Her father's NSS from her beneficiary card, then her agregado: his NSS, explained.
    const r = run(`No. de afiliación: 04957512348 3F2004OR\nCURP: ${CURP}`);
    expect(r.fields.nss).toBe('04957512348');
    expect(r.problems.map((p) => p.code)).toContain('nss_parent_suspected');
    // A code with a letter typed inside is still read as written.
    expect(run('Código: 222B16300').fields.studentCode).toBe('222B16300');
  });

  it("two codes, one said to be the prepa's: the other one; a prepa code alone is the code", () => {
    expect(run('En SIIAU me aparecen dos códigos: el 212345678, que es de cuando estuve en la Prepa 7, y el 221935987, de la licenciatura.').fields.studentCode).toBe('221935987');
    expect(run('Mi código es 212345678, que es de la prepa 7.').fields.studentCode).toBe('212345678');
  });

  it('in capitals, words of the sentence after the name are not part of it', () => {
    const r = run(`MI HIJA ANA SOFÍA RUIZ PEÑA ENTRO ESTE SEMESTRE, SU CODIGO ES 221935987 Y SU CURP ${CURP}.`);
    expect(r.fields.fullName).toBe('ANA SOFÍA RUIZ PEÑA');
  });

  it('"como en mi CURP: <name>" introduces the name', () => {
    expect(run('Escribí mal mi apellido. Así es correcto, como en mi CURP: Ana Sofía Ruiz Peña.\n\nMi código es 221935987.').fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });

  it('a value offered as the CURP that is not one is kept, so the reply says what is wrong with it', () => {
    const r = run(`CURP: ${CURP.slice(0, 17)}`);
    expect(r.fields.curp).toBe(CURP.slice(0, 17));
    expect(r.problems.map((p) => p.code)).toEqual(['curp_format']);
  });
});

describe('the last day of classes (issue #3, fresh32 set)', () => {
  it("an HTML table of students, one cell per line: the first row's name, given names first", () => {
    const cells = ['No.', 'Apellido paterno', 'Apellido materno', 'Nombre(s)', 'Código', 'CURP', '1', 'Ruiz', 'Peña', 'Ana Sofía', '221935987', CURP, '2', 'Félix', 'Ibarra', 'Facundo', '224858106', 'FEIF061208HNTLBCC9'];
    const r = run(`Les comparto la relación de estudiantes:\n${cells.join('\n')}`);
    expect(r.fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987', curp: CURP });
    expect(r.severalStudents).toBe(true);
  });

  it("a list labelling every student alike is several students: the second one's NSS is not the first's", () => {
    const r = run(`Se solicita el alta de los siguientes alumnos:\n\n1. Ana Sofía Ruiz Peña\n   Código: 221935987\n   NSS: en trámite\n   CURP: ${CURP}\n\n2. Facundo Félix Ibarra\n   Código: 224858106\n   NSS: 82240685782\n   CURP: FEIF061208HNTLBCC9`);
    expect(r.fields).toMatchObject({ studentCode: '221935987', nss: null, curp: CURP });
    expect(r.severalStudents).toBe(true);
  });

  it('"el completo es <name>" gives the whole name', () => {
    expect(run('Vi en el acuse que mi nombre quedó sólo con un apellido; el completo es Ana Sofía Ruiz Peña. Perdón.').fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });

  it('English labels: "Name:"', () => {
    expect(run('Name: Ana Sofía Ruiz Peña\nStudent code: 221935987').fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987' });
  });
});

describe('how mail clients shape a message (issue #3, fresh31 set)', () => {
  it("a plain part that is a stub or cut short gives way to the HTML that holds the values", () => {
    const html = `<div>Solicito mi alta.<br>Nombre: Ana Sofía Ruiz Peña<br>Código: 221935987<br>NSS: ${NSS}<br>CURP: ${CURP}</div>`;
    expect(run('Tu cliente de correo no puede mostrar este mensaje. Ábrelo en un navegador.', { html }).fields).toMatchObject({ studentCode: '221935987', nss: NSS, curp: CURP });
    const lead = 'Les escribo para solicitar mi alta en el IMSS como estudiante de Geografía.';
    expect(run(`${lead}\n\n[Mensaje recortado]`, { html: `<p>${lead}</p>${html}<p>Quedo atenta, muchas gracias por su ayuda.</p>` }).fields.nss).toBe(NSS);
  });

  it('UTF-8 read as windows-1252 or ISO-8859-1 ("LomelÃ­") is read as written', () => {
    expect(run('Nombre: Ana SofÃ\u00ada Ruiz PeÃ±a\nCÃ³digo: 221935987').fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987' });
  });

  it('her third message top-posted over her own two: the values two quote levels down are hers', () => {
    const from = { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Sofía Ruiz Peña' };
    const text = `Es la tercera vez que escribo.\n\nEl jue, 19 ago 2027 a las 18:03, Ana Sofía Ruiz Peña <ana.ruiz1234@alumnos.udg.mx> escribió:\n\n> ¿Me confirman si les llegó?\n>\n> El mar, 17 ago 2027 a las 9:12, Ana Sofía Ruiz Peña <ana.ruiz1234@alumnos.udg.mx> escribió:\n>\n> > Código: 221935987\n> > NSS: ${NSS}\n> > CURP: ${CURP}`;
    expect(run(text, { from }).fields).toMatchObject({ studentCode: '221935987', nss: NSS, curp: CURP });
  });

  it("a mother forwarding (\"RV:\", an Outlook block) the father's forward of her son's own mail", () => {
    const text = `Les reenvío los datos de mi hijo. Gracias.\nRosa\n\n________________________________\nDe: Papá <papa.ruiz@gmail.com>\nEnviado: domingo, 22 de agosto de 2027 09:30\nPara: rosa@hotmail.com\nAsunto: Fwd: datos seguro\n\nTe los reenvío.\n\n---------- Forwarded message ---------\nDe: Ana Sofía Ruiz Peña <ana.ruiz1234@alumnos.udg.mx>\nDate: sáb, 21 ago 2027\nSubject: datos seguro\nTo: Papá <papa.ruiz@gmail.com>\n\nCódigo: 221935987\nNSS: ${NSS}\nCURP: ${CURP}`;
    const from = { address: 'rosa@hotmail.com', name: 'Rosa' };
    expect(run(text, { from, subject: 'RV: Fwd: datos seguro' }).fields).toMatchObject({ studentCode: '221935987', nss: NSS, curp: CURP, institutionalEmail: 'ana.ruiz1234@alumnos.udg.mx' });
    // The same block under "RE:" is a reply: what it quotes is not a source (unless it is the
    // student's own mail, from the student's address).
    expect(run(text.replace(/---------- Forwarded message ---------\n/, '').replace('Ana Sofía Ruiz Peña <ana.ruiz1234@alumnos.udg.mx>', 'Juan Pérez <juan.perez@gmail.com>'), { from, subject: 'RE: datos seguro' }).fields.nss).toBeNull();
  });

  it('an address said to be no longer used gives way to the other one', () => {
    expect(run('En la prepa me dieron el correo ana.ruiz1375@alumnos.udg.mx, pero ya no lo uso; el de la licenciatura es ana.ruiz7890@alumnos.udg.mx.').fields.institutionalEmail).toBe('ana.ruiz7890@alumnos.udg.mx');
  });

  it('a CURP in groups at the end of a sentence', () => {
    expect(run(`Hi! Sorry, my Gmail is in English. Here it is: ${CURP.slice(0, 4)} ${CURP.slice(4, 10)} ${CURP.slice(10, 16)} ${CURP.slice(16)}`).fields.curp).toBe(CURP);
  });
});

describe('adults, dictation and OCR; forms and bridges (issue #3, fresh34 and fresh33 sets)', () => {
  it('"Mis datos: ..." after a document of someone else\'s pasted above: the writer\'s own values', () => {
    const r = run(`Pego lo que dice la constancia de mi mamá:\n\nNSS: 04957512348\nCURP: SOPR770308MJCLNS32\nNombre(s), primer apellido y segundo apellido: ROSA MARIA SOLIS PINTO\n\nMis datos: Ana Sofía Ruiz Peña, código 221935987, CURP ${CURP}`);
    expect(r.fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', curp: CURP, nss: '04957512348' });
    expect(r.problems.map((p) => p.code)).toContain('nss_parent_suspected');
  });

  it('digits dictated as words are one number; numbers in words are not values', () => {
    expect(run('mi código es dos dos uno nueve tres cinco nueve ocho siete').fields.studentCode).toBe('221935987');
    expect(run('mi número de afiliación es cero cuatro 22 04 1234 dos').fields.nss).toBe(NSS);
    expect(run('tengo veintidós años y dos hermanos').fields).toMatchObject({ studentCode: null, nss: null });
  });

  it('text recognition\'s S for 5 between digits, and in the CURP\'s date', () => {
    expect(run('Tu NSS es: 0422O4l2342').fields.nss).toBe(NSS);
    expect(run(`Clave: ${CURP.slice(0, 4)}04O3lS${CURP.slice(10)}`).fields.curp).toBe(CURP.slice(0, 4) + '040315' + CURP.slice(10));
    expect(run('Tu NSS es: 04220S12342').fields.nss).toBe('04220512342');
  });

  it('eleven digits with a valid check digit after "número de seguro", though a nearer word names a phone or a card', () => {
    expect(run(`Mi número de seguro lo copié de la aplicación IMSS Digital del celular: ${NSS}`).fields.nss).toBe(NSS);
    expect(run('Mi número del seguro, tal como viene en la tarjeta: 04 22 04 1234 2').fields.nss).toBe(NSS);
    expect(run('Mi celular: 33 1234 5678').fields.nss).toBeNull();
  });

  it("an NSS years after the CURP's birth year is a child's, not a parent's", () => {
    const r = run(`Soy Martha Salazar. Mi NSS: 12200470784\nCURP SAGM791127MMNLLR18`);
    expect(r.problems.map((p) => p.code)).toContain('nss_birth_year_mismatch');
  });

  it('a given name alone after "Atte.", above a phone\'s "Enviado desde mi iPhone"', () => {
    const r = run(`Código 221935987\nCURP ${CURP}\n\nAtte. Ana\n\nEnviado desde mi iPhone`);
    expect(r.fields.fullName).toBe('Ana');
  });

  it('the same name in capitals and in upper and lower case: the latter', () => {
    expect(run(`Nombre: ANA SOFÍA RUIZ PEÑA\nCURP: ${CURP}\n\nSaludos,\nAna Sofía Ruiz Peña`).fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });

  it("a chat transcript's time and contact name are not a value's keyword", () => {
    const r = run(`[09:14] Mi Cel: Ana Sofía Ruiz Peña\n[09:14] Mi Cel: 221935987\n[09:15] Mi Cel: ${NSS}\n[09:15] Mi Cel: ${CURP}`);
    expect(r.fields).toMatchObject({ studentCode: '221935987', nss: NSS, curp: CURP });
  });

  it("a form's contact address written in its institutional-address field is kept and explained", () => {
    const text = 'Nombre del remitente: Ana Sofía Ruiz Peña\nCorreo electrónico: ana.ruiz.77@gmail.com\nCorreo institucional (sólo alumnos): ana.ruiz.77@gmail.com\nCódigo de estudiante: 221935987';
    const r = run(text, { from: { address: 'no-reply@estudiantes.udg.mx', name: 'Portal' }, replyTo: { address: 'ana.ruiz.77@gmail.com', name: 'Ana Sofía Ruiz Peña' } });
    expect(r.fields.institutionalEmail).toBe('ana.ruiz.77@gmail.com');
    expect(r.problems.map((p) => p.code)).toContain('email_not_institutional');
  });
});

describe('relays, ticket systems and chat bots (issue #3, fresh33 set, second pass)', () => {
  it('a contact form\'s "Nombre del remitente" is the name', () => {
    expect(run('Nombre del remitente: Ana Sofía Ruiz Peña\nTeléfono: 33 1234 5678\nMensaje:\nquiero darme de alta').fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });

  it('an office naming its "prestador" of social service', () => {
    expect(run('El prestador Enrique Salcido Palafox inicia su servicio social y no cuenta con IMSS.\nCódigo: 220160718').fields.fullName).toBe('Enrique Salcido Palafox');
  });

  it('a one-letter surname with its particles ("de la O") is written out, not an initial', () => {
    const r = run('Hola, soy Yahir de la O Pantoja\nCURP OXPY090707HJCXNHA0');
    expect(r.fields.fullName).toBe('Yahir de la O Pantoja');
    expect(r.problems.map((p) => p.code)).not.toContain('curp_name_mismatch');
  });

  it('eight digits alone among bare values are a code with a digit missing; alone elsewhere, nothing', () => {
    const r = run(`Ana Sofía Ruiz Peña\n22193598\n${NSS}\n${CURP}`);
    expect(r.fields.studentCode).toBe('22193598');
    expect(r.problems.map((p) => p.code)).toContain('student_code_format');
    expect(run('Hola, buenas tardes\n36123456\nGracias').fields.studentCode).toBeNull();
  });

  it("a bot's question is the label of the answer below it", () => {
    const r = run(`[13:22] Asistente: ¿Tu NSS?\n[13:22] Ana: ${NSS}\n[13:22] Asistente: ¿Tu correo institucional?\n[13:23] Ana: ana.ruiz.77@gmail.com`);
    expect(r.fields).toMatchObject({ nss: NSS, institutionalEmail: 'ana.ruiz.77@gmail.com' });
    expect(r.problems.map((p) => p.code)).toContain('email_not_institutional');
  });

  it('a mail a help desk passes on under "<name> escribió:" is the person\'s; the desk\'s own reply is not', () => {
    const ticket = `Hola equipo IMSS,\n\nReenviamos el ticket #5296 de nuestra ventanilla.\n\nAna Sofía Ruiz Peña escribió:\nBuenas tardes, necesito darme de alta.\nCódigo: 221935987\nCURP: ${CURP}\n\nSaludos,\nVentanilla`;
    const r = run(ticket, { from: { address: 'ventanilla@cuvalles.freshdesk.com', name: 'Ventanilla' }, subject: 'Ticket reenviado #5296' });
    expect(r.fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987', curp: CURP });
    const reply = `Les reenvío lo que me pidieron.\n\nCoordinación de Servicios Estudiantiles escribió:\nPor ejemplo: Código: 221935987\nCURP: ${CURP}`;
    expect(run(reply).fields).toMatchObject({ studentCode: null, curp: null });
  });
});

describe('conversations with the desk (issue #3, fresh35 set)', () => {
  const DESK_SIGNATURE = 'Atentamente,\nCoordinación de Servicios Estudiantiles\nUniversidad de Guadalajara\nHorario de atención: lunes a viernes de 9:00 a 17:00 h\nCorreo: imss@udg.mx';
  const deskAsks = (items: string[]) => `Hola, Ana:\n\nGracias por escribir. Para revisar tu alta en el IMSS necesitamos completar tus datos.\n\nNos falta:\n${items.map((i) => `- ${i}`).join('\n')}\n\nEstos datos ya los recibimos bien (por seguridad mostramos sólo una parte):\n- Nombre completo: A*** S**** R*** P***\n- CURP: ***************NA7\n\nPor favor responde a este mismo correo con esos datos.\n\n${DESK_SIGNATURE}`;
  const outlookBlock = (from: string) => `De: ${from}\nEnviado el: lunes, 1 de febrero de 2027 8:10 a. m.\nPara: imss@udg.mx\nAsunto: Solicitud alta IMSS`;
  const OWN = 'Ana Ruiz <ana.ruiz7890@alumnos.udg.mx>';
  const fromOwn = { from: { address: 'ana.ruiz7890@alumnos.udg.mx', name: 'Ana Ruiz' } };

  it("her first mail quoted, Outlook style, inside the desk's quoted reply is hers", () => {
    const q = (t: string) => t.split('\n').map((l) => `> ${l}`).join('\n');
    const text = `Ya me salió, mi NSS es ${NSS}\n\nEl mar, 9 feb 2027 a las 12:02, Coordinación (<imss@udg.mx>) escribió:\n\n${q(`Hola, Ana: revisa tu spam.\n\n${outlookBlock(OWN)}\n\nNombre: Ana Sofía Ruiz Peña\nCódigo: 221935987\nCURP: ${CURP}`)}`;
    expect(run(text, { from: { address: 'ana.ruiz.77@gmail.com', name: 'Ana' } }).fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987', curp: CURP, nss: NSS, institutionalEmail: 'ana.ruiz7890@alumnos.udg.mx' });
  });

  it("the desk's unmarked Outlook reply quoting her first mail under its header block", () => {
    const text = `Sigo sin vigencia, ¿me revisan?\n\n${outlookBlock('Coordinación de Servicios Estudiantiles <imss@udg.mx>')}\n\nHola, Ana: ya está en trámite.\n\n${outlookBlock(OWN)}\n\nCódigo: 221935987\nCURP: ${CURP}`;
    expect(run(text, fromOwn).fields).toMatchObject({ studentCode: '221935987', curp: CURP });
  });

  it("answers typed into the desk's unmarked reply: under an item, after [initials], after \"=\"; and under its signature", () => {
    const header = outlookBlock('Coordinación de Servicios Estudiantiles <imss@udg.mx>');
    expect(run(`Ahí les puse abajo de cada uno\n\n${header}\n\n${deskAsks(['Código de estudiante\n\n221935987\n', `CURP\n\n${CURP}\n`])}`, fromOwn).fields).toMatchObject({ studentCode: '221935987', curp: CURP });
    expect(run(`Les contesté en azul.\n\n${header}\n\n${deskAsks([`CURP [AR] ${CURP}`, 'Correo institucional (Correo UDG) [AR] ana.ruiz7890@alumnos.udg.mx'])}`).fields).toMatchObject({ curp: CURP, institutionalEmail: 'ana.ruiz7890@alumnos.udg.mx' });
    expect(run(`Les respondo en el mismo texto.\n\n${header}\n\n${deskAsks([`Número de Seguridad Social (NSS)   = ${NSS}`])}`, fromOwn).fields.nss).toBe(NSS);
    expect(run(`En domingo, 14 de febrero de 2027, Coordinación de Servicios Estudiantiles <imss@udg.mx> escribió:\n\n\n${deskAsks(['Código de estudiante'])}\n\n\ncodigo 221935987 nss ${NSS}\n\nEnviado desde Yahoo Mail`, fromOwn).fields).toMatchObject({ studentCode: '221935987', nss: NSS });
  });

  it("the desk's masked values copied into her own text are not values", () => {
    const r = run('Nombre completo: A*** S**** R*** P***\nCódigo de estudiante: 221935987\nCorreo institucional (Correo UDG): an*************@alumnos.udg.mx', { from: { address: 'ana.ruiz.77@gmail.com', name: 'Ana' } });
    expect(r.fields).toMatchObject({ fullName: null, studentCode: '221935987', institutionalEmail: null });
  });

  it('the one field the desk asked for, answered bare with a digit or a letter missing', () => {
    const reply = (answer: string, asked: string) => `${answer}\n\nEl dom, 14 feb 2027 a las 16:30, Coordinación (<imss@udg.mx>) escribió:\n\n${deskAsks([asked]).split('\n').map((l) => `> ${l}`).join('\n')}`;
    const nss = run(reply('Buenas tardes, mi número es 0422041234', 'Número de Seguridad Social (NSS)'), fromOwn);
    expect(nss.fields.nss).toBe('0422041234');
    expect(nss.problems.map((p) => p.code)).toContain('nss_format');
    expect(run(reply(`perdón, ahora sí completa: ${CURP.slice(0, 17)}`, 'CURP'), fromOwn).fields.curp).toBe(CURP.slice(0, 17));
    expect(run(reply('mi número es 0422041234', 'Código de estudiante\n- CURP'), fromOwn).fields.nss).toBeNull();
    // The code asked for alone, typed with a hyphen (fresh72); unasked, a hyphenated run is a phone's.
    expect(run(reply('Es 230-915873, se me había ido un número', 'Código de estudiante'), fromOwn).fields.studentCode).toBe('230915873');
    expect(run(reply('Es 230-915873, se me había ido un número', 'Número de Seguridad Social (NSS)'), fromOwn).fields.studentCode).toBeNull();
    // ...and in answer to the conflict notice about the code (fresh75).
    const conflict = 'Hola, Ana:\n\nRecibimos un dato distinto del que ya teníamos registrado en tu trámite (folio IMSS-2034-033555):\n- Código de estudiante: antes recibimos ******130 y ahora ******015\n\nPara no registrar un dato equivocado, ¿nos confirmas cuál es el correcto?';
    expect(run(`Hola. El correcto es 231-975-015, el otro era de cuando estaba en otra carrera.\n\nEl jue, 20 abr 2034 a las 16:40, Coordinación (<imss@udg.mx>) escribió:\n\n${conflict.split('\n').map((l) => `> ${l}`).join('\n')}`, fromOwn).fields.studentCode).toBe('231975015');
  });

  it('her own earlier mail pasted back as a quote with no attribution is hers', () => {
    const r = run(`La CURP sí venía en mi correo, se los pego:\n\n> Hola, buen día.\n> Me llamo Ana Sofía Ruiz Peña\n> Código 221935987\n> CURP ${CURP}\n> Gracias`, fromOwn);
    expect(r.fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987', curp: CURP });
  });

  it("a relative's mail she points at as her answer ('abajo va mi número') offers its value", () => {
    const text = `Buenas tardes, abajo va mi número, me lo pasó mi papá.\n\n${outlookBlock('Roberto <roberto.ruiz@gmail.com>')}\n\nHija, es el ${NSS}.\n\nPapá`;
    expect(run(text, fromOwn).fields.nss).toBe(NSS);
  });

  it('an NSS of her quoted earlier mail that she takes back, none given instead, is not offered', () => {
    const text = `Sí, ese era el de mi papá. El mío todavía no lo tengo.\n\n${outlookBlock('Coordinación de Servicios Estudiantiles <imss@udg.mx>')}\n\nHola, Ana: ese NSS no coincide.\n\n${outlookBlock(OWN)}\n\nCódigo: 221935987\nNSS: 04957512348\nCURP: ${CURP}`;
    expect(run(text, fromOwn).fields).toMatchObject({ nss: null, studentCode: '221935987', curp: CURP });
  });

  it('"en mi CURP viene como <name>"', () => {
    expect(run('Ah ok, perdón, en mi CURP viene como Ana Sofía Ruiz Peña. Sofi es de cariño').fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });
});

describe('the message as bytes (issue #3, fresh37 set)', () => {
  it("a CURP of 17 characters after its keyword in a sentence is offered as written", () => {
    const r = run(`mi código es el 221935987, mi CURP es ${CURP.slice(0, 17)} y mi correo es ana.ruiz7890@alumnos.udg.mx`);
    expect(r.fields.curp).toBe(CURP.slice(0, 17));
    expect(r.problems.map((p) => p.code)).toContain('curp_format');
  });

  it("an attached message is read as a forward: the student's own, not the desk's", () => {
    const attached = (from: string) => ({ attachments: [{ filename: 'Alta.eml', contentType: 'message/rfc822', size: 100, text: `---------- Forwarded message ---------\nDe: ${from}\nAsunto: Alta IMSS\nPara: imss@udg.mx\n\nCódigo: 221935987\nCURP: ${CURP}` }] });
    expect(run('Les reenvío como adjunto mi correo del lunes.', attached('Ana <ana.ruiz7890@alumnos.udg.mx>')).fields).toMatchObject({ studentCode: '221935987', curp: CURP });
    expect(run('Les adjunto su respuesta.', attached('Coordinación <imss@udg.mx>')).fields).toMatchObject({ studentCode: null, curp: null });
  });
});

describe('names of every origin (issue #3, fresh36 set)', () => {
  it('English split labels: First name(s) / Last name(s)', () => {
    expect(run(`First name(s): Ana Sofía\nLast name(s): Ruiz Peña\nStudent ID: 221935987\nCURP: ${CURP}`).fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });

  it('a second-surname label that says "(no tengo)" leaves one surname, complete', () => {
    const r = run('Nombre(s): Anastasiia\nApellido paterno: Kovalenko\nApellido materno: (no tengo)\nCURP: KOXA070214MNEVXNC2');
    expect(r.fields.fullName).toBe('Anastasiia Kovalenko');
    expect(r.problems.map((p) => p.code)).not.toContain('name_incomplete');
  });

  it('"Nombre correcto: ..." further on replaces the name written first', () => {
    expect(run(`Nombre: Ana Sofía Ruiz Pena\nCURP: ${CURP}\n\nPerdón, el autocorrector me lo cambió. Nombre correcto: Ana Sofía Ruiz Peña.`).fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });

  it('a generational suffix is no part of the name', () => {
    expect(run(`Nombre: Ana Sofía Ruiz Peña Jr.\nCURP: ${CURP}`).fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });

  it('a sentence written where the name goes is no name', () => {
    expect(run('Nombre: el mismo que aparece en mi correo\nCódigo: 221935987').fields.fullName).toBeNull();
  });

  it('"Sou ..." (Portuguese) introduces the writer', () => {
    expect(run('Sou João Pedro Gonçalves Lima, brasileiro, estudo no CUCEI.').fields.fullName).toBe('João Pedro Gonçalves Lima');
  });

  it('"mi hijo Iker" with his CURP: his given name alone, incomplete', () => {
    const r = run('Les escribo porque a mi hijo Iker le pidieron el seguro.\nCURP SAMI100505HJCLNKC0\n\nGabriela Montes Robles', { from: { address: 'gaby@hotmail.com', name: 'Gabriela Montes' } });
    expect(r.fields.fullName).toBe('Iker');
    expect(r.problems.map((p) => p.code)).toContain('name_incomplete');
  });

  it('a list of three student codes is several students', () => {
    const r = run('Lista de seleccionados:\n1. 224143502  YARETZI CUAUTLE RAMOS\n2. 223191773  JUAN DIEGO DE LA TORRE ULLOA\n3. 225240044  SOFIA EK BALAM', { from: { address: 'becas@cucsh.udg.mx', name: 'Becas' } });
    expect(r.severalStudents).toBe(true);
  });
});

describe('an applicant number under a generic label (issue #3, fresh36 set)', () => {
  it('"Número: 2880749" in a mail that speaks of the admission is the applicant number sent for the code', () => {
    const r = run('No tengo mi código; va el número de mi trámite de ingreso.\nNúmero: 2880749');
    expect(r.fields.studentCode).toBe('2880749');
    expect(r.problems.map((p) => p.code)).toContain('student_code_aspirante');
    expect(run('Número: 2880749').fields.studentCode).toBeNull();
  });
});

describe('an ordinary rush day (issue #3, fresh38 set)', () => {
  it("a CURP pasted on the NSS's line is no NSS", () => {
    const r = run(`NOMBRE ........ Ana Sofía Ruiz Peña\nNSS ........... ${CURP}\nCURP .......... ${CURP}`);
    expect(r.fields).toMatchObject({ nss: null, curp: CURP });
    expect(r.problems.map((p) => p.code)).not.toContain('nss_format');
  });

  it("an address in WhatsApp's italics is the address", () => {
    expect(run('*Correo:* _ana.ruiz7890@alumnos.udg.mx_').fields.institutionalEmail).toBe('ana.ruiz7890@alumnos.udg.mx');
    expect(run('mi correo es _ana.ruiz7890@alumnos.udg.mx_ gracias').fields.institutionalEmail).toBe('ana.ruiz7890@alumnos.udg.mx');
  });
});

describe('numbers and codes that are not the fields (issue #3, fresh40 set)', () => {
  it('nine digits said to be a payment order or an INE\'s CIC are no code', () => {
    expect(run('no encuentro mi código, sólo tengo la orden de pago de inscripción que es la 258788847').fields.studentCode).toBeNull();
    expect(run('traigo la INE, el número de abajo (CIC) es 256190894 por si sirve').fields.studentCode).toBeNull();
  });

  it("a parent's CURP beside the student's, or alone when the writer says theirs is missing, is not the student's", () => {
    expect(run(`mi mamá me pasó las dos CURP: mamá UURA801121MJCRBD75 / yo ${CURP}`).fields.curp).toBe(CURP);
    expect(run('Mi mamá es la titular del seguro, les mando su CURP: GAIP770707MJCMBT84. La mía no me la sé de memoria.').fields.curp).toBeNull();
    // A parent mentioned before the student's own CURP alone is not enough.
    expect(run(`Soy mamá de Ana Sofía Ruiz Peña. CURP ${CURP}`).fields.curp).toBe(CURP);
  });
});

describe('who is who (issue #3, fresh39 set)', () => {
  it("a parent's section of a form is not the student's; the parent's NSS is still offered and explained", () => {
    const r = run('PADRE O TUTOR\nNombre: Raúl Tejeda Ceja\nCURP: TECR770125HJCJJL92\nNSS: 73957744946\n\nALUMNO\nNombre: Óscar Iván Tejeda Morales\nCURP: TEMO110608HJCJRSB3\nNSS: no tiene todavía', { from: { address: 'raul.tejeda@gmail.com', name: 'Raúl Tejeda' } });
    expect(r.fields).toMatchObject({ fullName: 'Óscar Iván Tejeda Morales', curp: 'TEMO110608HJCJRSB3', nss: '73957744946' });
    expect(r.problems.map((p) => p.code)).toContain('nss_parent_suspected');
  });

  it('two values after correction words: the later one', () => {
    expect(run(`Perdón, la que mandé era la CURP de mi hermano (AIBM070221HJCRCTA7); la mía es ${CURP}.`).fields.curp).toBe(CURP);
  });

  it("a relative writing for the student who gives their own CURP: not the student's", () => {
    const mom = { from: { address: 'adri.quezada@gmail.com', name: 'Adriana' } };
    expect(run('Mi hija Ana Sofía Ruiz Peña está en la prepa. Su CURP no la encuentro; por si la necesitan para ubicarme como la madre, la mía es QUOA820429MJCZRD60.', mom).fields.curp).toBeNull();
    expect(run('Les escribo por mi hermano Rubén.\n\nCURP OAVG050930MJCCLBC2\n\nAy, perdón, esa CURP es la mía, la copié de mis notas.', mom).fields.curp).toBeNull();
    // From the student's own address, "mi CURP" is the student's, though he writes of his son too.
    expect(run(`Necesito mi alta y registrar a mi hijo.\nMi CURP: ${CURP}\nCURP de mi hijo: RELT190601HJCNZHC1`, { from: { address: 'ana.ruiz7890@alumnos.udg.mx', name: 'Ana' } }).fields.curp).toBe(CURP);
  });
});

describe('who is who, second pass (issue #3, fresh39 set)', () => {
  it('"Mi paciente <name>" and "la niña, <given name>"', () => {
    expect(run('Mi paciente Ana Sofía Ruiz Peña, de 16 años, requiere estudios.').fields.fullName).toBe('Ana Sofía Ruiz Peña');
    const r = run('Es por el seguro de la niña, Ana; está en primero de la Prepa 2.\nCURP RUPA040315MJCZXNA7', { from: { address: 'papa@gmail.com', name: 'Fernando Ruiz' } });
    expect(r.fields.fullName).toBe('Ana');
  });

  it("a parent and a child who share names on one line: the run with both of the child's surnames", () => {
    expect(run('Solicitante: Arturo Bernal Medina (padre) | Alumno: Arturo Bernal Sánchez | CURP: BESA071127HJCRNRA6').fields.fullName).toBe('Arturo Bernal Sánchez');
  });

  it("a mother who is the student pastes her child's birth certificate: the child's section is the other's", () => {
    const r = run('Les copio el acta de mi hijo:\n\nDATOS DEL REGISTRADO\nNombre: SANTIAGO MÉNDEZ BAÑUELOS\nCURP: MEBS220430HJCNXNA6\n\nDATOS DE LA MADRE\nNombre: KARINA LIZETH BAÑUELOS ORTEGA\nCURP: BAOK981023MJCXRR72\n\nMis otros datos de alumna: código 216313582.', { from: { address: 'karina@gmail.com', name: 'Karina' } });
    expect(r.fields).toMatchObject({ fullName: 'KARINA LIZETH BAÑUELOS ORTEGA', curp: 'BAOK981023MJCXRR72' });
  });

  it("a sibling writing from his own institutional address for his sister: his address is not hers", () => {
    const r = run('hola, mi hermana anda en el internado y me tocó escribirles, el trámite es para ella.\n\nMelissa Guadalupe Íñiguez Toscano\ncódigo 225637788', { from: { address: 'tadeo.iniguez7418@alumnos.udg.mx', name: 'Tadeo Íñiguez Toscano' } });
    expect(r.fields.institutionalEmail).toBeNull();
  });

  it("a staff member's \"Matrícula\" of another length is no code", () => {
    expect(run('Enf. Rosa Isela Macías\nARIMAC, UMF No. 48\nMatrícula 98197266').fields.studentCode).toBeNull();
    expect(run('Matrícula: 221935987').fields.studentCode).toBe('221935987');
  });
});

describe('numbers and codes that are not the fields, second pass (issue #3, fresh40 set)', () => {
  it('a clave de elector on the CURP\'s line stays as written (no letter read as a digit where no date comes of it)', () => {
    const r = run('CURP: VLMNSL10040616H534');
    expect(r.fields.curp).toBe('VLMNSL10040616H534');
    expect(r.problems.map((p) => p.code)).toContain('curp_format');
  });

  it('the same name from a document in capitals and signed in upper and lower case: the signed writing', () => {
    expect(run(`Código: 221935987\nNombre: RUIZ PENA ANA SOFIA\nCURP: ${CURP}\n\nAna Sofía Ruiz Peña`).fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });
});

describe('documents (issue #3, fresh42 set)', () => {
  const pdf = (text: string) => ({ filename: 'doc.pdf', contentType: 'application/pdf', size: 1000, text });
  const fromOwn = { from: { address: 'ana.ruiz7890@alumnos.udg.mx', name: 'Ana Sofía Ruiz Peña' } };
  it("a document of someone else's that the student attaches: not hers, by its own name line", () => {
    const r = run('Hola. Mis datos:\nCódigo: 221935987\nLa CURP la adjunto.', { ...fromOwn, attachments: [pdf('Constancia de la Clave Unica de Registro de Poblacion\nClave: EIAJ100901HJCSNVB9\nNombre: JAVIER ALONSO ESPINOZA ANGUIANO')] });
    expect(r.fields.curp).toBeNull();
    const twins = run('Mi gemelo y yo sacamos el NSS el mismo día; el mío es el segundo.\n\nAna Sofía Ruiz Peña', { ...fromOwn, attachments: [pdf(`Nombre: MARIA RUIZ PENA\nCURP: RUPM040315MJCZXNA1\nNumero de Seguridad Social (NSS): 87190429834`), pdf(`Nombre: ANA SOFIA RUIZ PENA\nCURP: ${CURP}\nNumero de Seguridad Social (NSS): ${NSS}`)] });
    expect(twins.fields).toMatchObject({ curp: CURP, nss: NSS });
  });

  it('"de su cuenta" in a sentence does not make the next number an account number', () => {
    expect(run(`El PDF lo descargué de su cuenta. No le hagan caso al número que trae, el mío es ${NSS}.`).fields.nss).toBe(NSS);
    expect(run('Su recibo cuenta 824412571 por $412.00 vence el 22/01/2027.').fields.studentCode).toBeNull();
  });
});

describe('typos and malformed values (issue #3, fresh43 set)', () => {
  it('an O that ends a long run of digits is a 0', () => {
    expect(run('Aquí está mi NSS: 5224O97O88O').fields.nss).toBe('52240970880');
  });

  it('a CURP with a date digit missing, answering the desk\'s correction request, is offered as written', () => {
    const quote = 'Para continuar con tu trámite de alta en el IMSS (folio IMSS-2028-049318) necesitamos que corrijas estos datos:\n- CURP\n\nPor favor responde a este mismo correo con los datos corregidos.';
    const r = run(`Buenas tardes, aquí va de nuevo: RUPA04031MJCZXNA7\n\n> ${quote.replace(/\n/g, '\n> ')}`);
    expect(r.fields.curp).toBe('RUPA04031MJCZXNA7');
    expect(r.problems.map((p) => p.code)).toContain('curp_format');
  });

  it('labels glued with "=" and misspelled ("Nom=", "Codgo")', () => {
    expect(run(`Nom=Ana Sofía Ruiz Peña\nCURP=${CURP}`).fields.fullName).toBe('Ana Sofía Ruiz Peña');
    expect(run('Codgo 221 935987').fields.studentCode).toBe('221935987');
  });

  it('a name alone under a line that corrects it', () => {
    expect(run(`Nombre: Ana Sofía Ruiz Pena\nCURP: ${CURP}\n\nPerdón, en el nombre puse Pena, es Peña con ñ:\nAna Sofía Ruiz Peña`).fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });
});

describe('prose and documents, second pass (issue #3, fresh41 and fresh42 sets)', () => {
  const pdf = (filename: string, text: string) => ({ filename, contentType: 'application/pdf', size: 1000, text });
  it('a Spanish social security number ("15/09315309/74") is no NSS; "Meu nome é ..." introduces the writer', () => {
    expect(run('El número de la seguridad social de España es 15/09315309/74.').fields.nss).toBeNull();
    expect(run('Meu nome é Rafael Nogueira Campos, sou brasileiro.').fields.fullName).toBe('Rafael Nogueira Campos');
  });

  it("a relative's CURP sent in place of one's own that is missing is not the student's", () => {
    expect(run('Mi CURP no la encuentro. Les paso la de mi bebé mientras, AICV280119MJCRRLC8, y luego les mando la mía.').fields.curp).toBeNull();
  });

  it("the body's name with one surname gives way to a document's whole name; documents' orders: given names first", () => {
    const r = run('Buen día, soy Ana Ruiz. Código 221935987. Lo demás va en mi constancia.', { attachments: [pdf('constancia.pdf', `NSS: ${NSS}\nCURP: ${CURP}\nNombre: ANA SOFIA RUIZ PENA`)] });
    expect(r.fields.fullName).toBe('ANA SOFIA RUIZ PENA');
  });

  it('of two documents, one named the old one: the other', () => {
    const r = run('Adjunto dos CURP: la vieja y la nueva; la buena es la nueva.', { attachments: [pdf('CURP_vieja.pdf', 'Clave: RUPA040315MJCZXNB5\nNombre: ANA SOFIA RUIZ PENA'), pdf('CURP_nueva.pdf', `Clave: ${CURP}\nNombre: ANA SOFIA RUIZ PENA`)] });
    expect(r.fields.curp).toBe(CURP);
  });
});

describe('ordinary days (issue #3, fresh44 set)', () => {
  it('a program\'s name under a signature is no surname ("Lucía Varela / UDGVirtual")', () => {
    expect(run('¿Tengo que hacer el trámite?\n\nLucía Varela\nUDGVirtual\n\nEnviado desde mi iPhone').fields.fullName).toBe('Lucía Varela');
  });
});

describe('a document pasted into the text (issue #3, fresh49 set)', () => {
  it("a student's own CURP (it spells her display name) over the one of a constancia she pastes", () => {
    const text = `Soy Marisol Brambila Ochoa, código 229193479, CURP BAOM980224MJCRCR43. Pego la constancia; mi número es el que viene ahí:\nConstancia de Vigencia de Derechos\nNSS: 77129485981\nCURP: MOAJ941002HJCNGN15\nNombre(s), primer apellido y segundo apellido: JUAN CARLOS MONTES AGUIRRE\nBeneficiarios\nESPOSA\tMARISOL BRAMBILA OCHOA`;
    const r = run(text, { from: { address: 'marisol.brambila9642@alumnos.udg.mx', name: 'Marisol Brambila Ochoa' } });
    expect(r.fields.curp).toBe('BAOM980224MJCRCR43');
    expect(r.fields.fullName).toBe('Marisol Brambila Ochoa');
    expect(r.problems.map((p) => p.code)).toContain('nss_birth_year_mismatch');
  });
});

describe('an example of what to send (issue #3, fresh49 set)', () => {
  it('the lines under "Por ejemplo:" are nobody\'s values', () => {
    const r = run('Estaremos fuera de la oficina. Si escribes por tu beca, incluye tu nombre y tu código. Por ejemplo:\n\n   Nombre: Juan Pérez López\n   Código: 219876543\n\nTe responderemos en orden de llegada.');
    expect(r.fields.studentCode).toBeNull();
    expect(r.fields.fullName).toBeNull();
  });

  it('so are the lines under a line that opens with "Ejemplo" ("Ejemplo de cómo anotarlo:", fresh195)', () => {
    const r = run('A todas las recepciones:\n\nLea los datos de regreso completos.\n\nEjemplo de cómo anotarlo:\nNombre: BERTHA ALICIA VALLARTA ZERMEÑO\nCódigo: 219876543\n\nCoordinación de Recepciones');
    expect(r.fields.studentCode).toBeNull();
    expect(r.fields.fullName).toBeNull();
    // ...and "Ejemplo de llenado:" closing a sentence (fresh202).
    const form = run('Les compartimos el formato de declaración de hechos. Ejemplo de llenado:\nNombre: ALUMNO EJEMPLO PRUEBA\nCódigo: 220940279\n\nOficina del Abogado General');
    expect(form.fields.studentCode).toBeNull();
    // ...under a numbered "2) Ejemplo de cómo se ven los datos completos:" (fresh200), and above a note
    // that says they are examples, "(son datos de ejemplo)" (fresh201).
    expect(run('Les comparto las respuestas tipo:\n2) Ejemplo de cómo se ven los datos completos:\nName: Ejemplo Alumno Intercambio\nStudent code: 244824963\nSaludos,').fields.studentCode).toBeNull();
    expect(run('Les paso el texto del carrusel.\nNombre completo: Juan Pérez López\nCódigo: 219123456\n\n(son datos de ejemplo)\nSaludos,').fields.studentCode).toBeNull();
    // ...and a line that opens with "Ejemplo con ..." and carries the value itself (fresh196).
    const worked = run('Les comparto cómo se verifica el último dígito de la CURP.\nEjemplo con la de mi nieto, AATR200211HJCNRGC1: la suma da un residuo que deja 1.\nIng. Rogelio Anaya');
    expect(worked.fields.curp).toBeNull();
    // (A student's own "ejemplo" inside a sentence is not a heading.)
    const own = run('Soy Ana Rubio Pérez, por ejemplo ya mandé mi código antes: 221935987');
    expect(own.fields.studentCode).toBe('221935987');
  });

  it('a pasted form\'s column headed "Ejemplo" is nobody\'s, the column beside it is hers (fresh138)', () => {
    const table = (sep: string) => [
      ['Dato', 'Ejemplo', 'Mis datos'],
      ['Nombre completo', 'María López García', 'Ana Rubio Pérez'],
      ['Código de estudiante', '212345678', '221935987'],
      ['NSS', '53987417457', NSS],
      ['CURP', 'PEGL890909MJCRMS08', CURP],
    ].map((r) => r.join(sep)).join('\n');
    for (const sep of ['\t', ' | ']) {
      const r = run(`Les envío el formato lleno:\n\n${table(sep)}\n\nSaludos.`);
      expect(r.fields).toMatchObject({ fullName: 'Ana Rubio Pérez', studentCode: '221935987', nss: NSS, curp: CURP });
    }
    // (A column of other words is read as it is: "Dato / Valor" holds her values.)
    expect(run(`Dato\tValor\tNota\nCódigo de estudiante\t221935987\tnuevo`).fields.studentCode).toBe('221935987');
  });
});

describe('a change of program: the old code and the new one (issue #3, fresh47 and fresh48 sets)', () => {
  it('the code said to be the earlier one gives way to the other', () => {
    expect(run(`Código anterior: 224235966\nCódigo actual: 225235962\nCURP: ${CURP}`).fields.studentCode).toBe('225235962');
    expect(run(`Código nuevo: 229981621 (el anterior era 226212479)\nCURP: ${CURP}`).fields.studentCode).toBe('229981621');
    // The earlier one alone is still the code given.
    expect(run('Código anterior: 224235966').fields.studentCode).toBe('224235966');
  });
});

describe('her own earlier mail pasted back with quote marks (issue #3, fresh47 set)', () => {
  it('under "les mandé esto ..., se los copio de nuevo:" the quoted values are hers', () => {
    const text = `Hola. El jueves les mandé esto y no me han contestado, se los copio de nuevo:\n> Nombre: Ana Sofía Ruiz Peña\n> Código: 221935987\n> CURP: ${CURP}\nGracias.`;
    expect(run(text).fields.curp).toBe(CURP);
    // A quote under no such line is still nobody's source.
    expect(run(`Hola, ¿esto está bien?\n> Nombre: Ana Sofía Ruiz Peña\n> CURP: ${CURP}`).fields.curp).toBeNull();
  });
});

describe('an NSS dictated in part (issue #3, fresh47 set)', () => {
  it('"seis tres 241003993": two digit words, then the rest typed', () => {
    expect(run('mi código 229264049 el número de seguro es seis tres 241003993 y la curp').fields.nss).toBe('63241003993');
  });
});

describe('a given name signed above the desk\'s quoted list (issue #3, fresh48 set)', () => {
  it('"Thanks, / Dulce" over the quoted "Nos falta: - NSS" is her given name', () => {
    const text = 'Hi! I finally got my social security number: 04220412342\n\nThanks,\nDulce\n\n> El 9 mar 2029, Coordinación de Servicios Estudiantiles <imss@udg.mx> escribió:\n>\n> Nos falta:\n> - Número de Seguridad Social (NSS)\n';
    const r = run(text, { from: { address: 'dulce.cortes9653@alumnos.udg.mx', name: 'Dulce María Cortés Quintero' } });
    expect(r.fields.fullName).toBe('Dulce');
    expect(r.problems.map((p) => p.code)).toContain('name_incomplete');
  });
});

describe('a given name signed over "Enviado desde mi iPhone" (issue #3, fresh49 set)', () => {
  it('three bare values and "Sinaí" above the phone\'s line', () => {
    const r = run(`224069555\n25210641814\n${CURP}\nSinaí\n\nEnviado desde mi iPhone`, { from: { address: 'sinai.preciado2230@alumnos.udg.mx', name: 'Sinaí Preciado Zamora' } });
    expect(r.fields.fullName).toBe('Sinaí');
  });
});

describe('a name after the signature mark on its line (issue #3, fresh49 set)', () => {
  it('"-- Nicolás Pérez Ponce" is a signature', () => {
    expect(run('NSS 04220412342\n-- Nicolás Pérez Ponce').fields.fullName).toBe('Nicolás Pérez Ponce');
  });
});

describe('a name, the code\'s keyword, the code (issue #3, fresh49 set)', () => {
  it('"ALTA IMSS SANTIAGO QUINTERO URIBE COD 229400254 NSS ..." (an SMS) names the student', () => {
    expect(run('ALTA IMSS SANTIAGO QUINTERO URIBE COD 229400254 NSS 04220412342 SOY DE CUTONALA GRACIAS').fields.fullName).toBe('SANTIAGO QUINTERO URIBE');
  });
});

describe('ordinary days, second pass (issue #3, fresh52 set)', () => {
  it('"Saludos, Kevin" over the phone\'s line is his given name', () => {
    expect(run(`Código: 222225239\nCURP: ${CURP}\nSaludos, Kevin\nEnviado desde mi motorola edge 60`, { from: { address: 'kevin.ibarra2522@alumnos.udg.mx', name: 'Kevin Ibarra Godínez' } }).fields.fullName).toBe('Kevin');
  });

  it('"(el de la prepa era ...)" beside the new code: the new one', () => {
    expect(run(`Código nuevo: 229190659 (el de la prepa era 226049497)\nCURP: ${CURP}`).fields.studentCode).toBe('229190659');
  });

  it('"mi código de la maestría era X; ahora en el doctorado me dieron el Y": Y (fresh57 set)', () => {
    expect(run(`Terminé la maestría y entré al doctorado. Mi código de la maestría era 224235966; ahora en el doctorado me dieron el 225235962.\nCURP ${CURP}`).fields.studentCode).toBe('225235962');
    // "era" of something else is no mark: "mi código era de 9 dígitos, es 224235966".
    expect(run(`Mi código es 224235966\nCURP ${CURP}`).fields.studentCode).toBe('224235966');
  });

  it('"el correcto es X ... el otro, Y, es el de mi hermano": the correction names X only (fresh57 set)', () => {
    expect(run(`Buenas tardes. El correcto es 04220412342, el que mandé la segunda vez. El otro, 05220412349, es el de mi hermano menor.\nCURP ${CURP}`).fields.nss).toBe('04220412342');
  });
});

describe('ordinary days, third pass (issue #3, fresh50 and fresh51 sets)', () => {
  it('"dieron de baja el X y me dejaron el Y": Y', () => {
    // (Both valid for her birth year: only the words tell them apart.)
    expect(run(`Tenía dos números. Dieron de baja el 05220412349 y me dejaron el 04220412342.\nCURP ${CURP}`).fields.nss).toBe('04220412342');
  });

  it('a stepfather writing ("soy el padrastro de ...") signs his own name, not the student\'s', () => {
    // (A CURP copied with a wrong letter: nothing to spell the name by.)
    const r = run('Buenas tardes, soy el padrastro de Ana Sofía Ruiz Peña, de la Prepa 5. Su mamá me pidió mandar esto:\nCURP: RUPA040315MJCZXNA8\nGracias. Joel Anaya', { from: { address: 'joel.anaya.taller@gmail.com', name: 'Joel Anaya' } });
    expect(r.fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });

  it('"Atte: Nayeli 🙂" signs a given name', () => {
    expect(run(`Código: 229474497\nCURP: ${CURP}\nAtte: Ana 🙂\nEnviado desde mi iPhone`, { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Ruiz Peña' } }).fields.fullName).toBe('Ana');
  });

  it('a CURP with the next word glued to it is the CURP ("Mi curp:BEZJ161219HJCLMSC1gracias"; fresh143)', () => {
    expect(run(`Mi curp:${CURP}gracias`).fields.curp).toBe(CURP);
  });

  it('"mil gracias!! att. Kenia" signs a given name ("att." without its e; fresh142)', () => {
    expect(run(`Código: 229474497\nCURP: ${CURP}\n\nmil gracias!! att. Ana\n\nEnviado desde mi iPhone`, { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Ruiz Peña' } }).fields.fullName).toBe('Ana');
  });

  it('the given name alone heading her values ("Karina, cod ...", or over a line of a value) is an incomplete name (fresh146)', () => {
    const from = { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Ruiz Peña' };
    const inline = run(`Una pregunta, ¿puedo ir a cualquier UMF?\n\nAna, cod 229474497, nss 04160412345, curp ${CURP}\n\nMuchas gracias`, { from });
    expect(inline.fields.fullName).toBe('Ana');
    expect(inline.problems.map((p) => p.code)).toContain('name_incomplete');
    expect(run(`toy en la clinica, me dijeron q les escriba\n\nAna\n229474497\n${CURP}\n\ngracias!!`, { from }).fields.fullName).toBe('Ana');
    // (Over a phone number it signs a sale, not a request.)
    expect(run('Vendo mi scooter, $6,500.\n\nAna\n3343615591', { from }).fields.fullName).toBeNull();
  });

  it('a classmate writing from her own mailbox for "mi compañero Jonathan (el de la tos)": his given name, not her address (fresh146)', () => {
    const r = run('Hola, escribo por mi compañero Jonathan (el de la tos), no sé sus apellidos. Código 234305784.', { from: { address: 'rebeca.ortiz4705@alumnos.udg.mx', name: 'Rebeca Ortiz Mora' } });
    expect(r.fields.fullName).toBe('Jonathan');
    expect(r.fields.institutionalEmail).toBeNull();
  });

  it('a parent\'s own CURP and NSS sent for the child the mail names are not the child\'s (fresh143)', () => {
    const from = { address: 'leti.gamboa88@hotmail.com', name: 'Leticia Gamboa' };
    const r = run('Buenas tardes, les escribo porque mi hija Karla Romero Gamboa entró hoy a la licenciatura en Enfermería.\n\nSu código: 239867672\nNSS: 59038825457\nCURP: GARL880902MJCMNT29\n\nLos números los saqué de mi hoja del IMSS, yo soy su mamá. Gracias.\n\nLeticia Gamboa', { from });
    expect(r.fields.curp).toBeNull();
    expect(r.fields.fullName).toBe('Karla Romero Gamboa');
    expect(r.fields.nss).toBe('59038825457');
    expect(r.problems.map((p) => p.code)).toEqual(['nss_parent_suspected']);
    // (A mother who studies, her own name labeled, keeps her CURP: her son is her beneficiary.)
    const own = run('Estudio en UDGVirtual y quiero darme de alta.\nNombre: Leticia Gamboa Ruiz\nCódigo: 239867672\nCURP: GARL880902MJCMNT29\nNSS de mi hijo (Karla Romero Gamboa): 63200330197', { from });
    expect(own.fields.curp).toBe('GARL880902MJCMNT29');
  });

  it('a second surname the CURP does not spell is a mismatch, not a one-surname name ("Brandon Gómez Arias" for GOFB...; fresh150)', () => {
    const from = { address: 'brandon.gomez7837@alumnos.udg.mx', name: 'Brandon Gómez Farías' };
    const r = run('Nombre: Brandon Gómez Arias\nCódigo: 237991744\nNSS: 58241945649\nCURP: GOFB190303HJCMRRA4', { from });
    expect(r.fields.fullName).toBe('Brandon Gómez Arias');
    expect(r.problems.map((p) => p.code)).toContain('curp_name_mismatch');
  });

  it('"Andrés Velasco Valdez, así viene en mi curp" answers with the whole name; "Atte. Lorena" over a bare "gracias" signs (fresh149)', () => {
    expect(run('Andrés Velasco Valdez, así viene en mi curp', { from: { address: 'andres.velasco5610@alumnos.udg.mx', name: 'Andrés Velasco Valdez' } }).fields.fullName).toBe('Andrés Velasco Valdez');
    expect(run(`Código 229474497\nCURP ${CURP}\n\nAtte. Ana\n\ngracias\n\nEnviado desde mi iPhone`, { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Ruiz Peña' } }).fields.fullName).toBe('Ana');
  });

  it('an NSS said after it to be "el que viene en la hoja de mi mamá" is a parent\'s; one of two numbers, the other said so, is not (fresh149)', () => {
    const from = { address: 'perla.plascencia7523@alumnos.udg.mx', name: 'Perla Plascencia Galindo' };
    expect(run('y el nss es 31947571001, es el que viene en la hoja de mi mama', { from }).problems.map((p) => p.code)).toEqual(['nss_parent_suspected']);
    const two = run('Me equivoqué, el 66876836256 es el de mi papá. El mío es 42220766234, ya lo saqué en IMSS Digital', { from });
    expect(two.fields.nss).toBe('42220766234');
    expect(two.problems).toEqual([]);
  });

  it('"les escribo por Héctor Villanueva Tapia que se fracturó": the student written for (fresh146)', () => {
    const r = run('Buenas tardes, les escribo por Héctor Villanueva Tapia que se fracturó en el partido y está en cirugía. Su código es 236209242. Lo demás no lo tengo.', { from: { address: 'coach.rigo.futbol@hotmail.com', name: 'Rigoberto Nava' } });
    expect(r.fields.fullName).toBe('Héctor Villanueva Tapia');
  });

  it('someone else\'s mailbox ("desde el correo de mi novia") is not the student\'s address; her own again is', () => {
    const from = { address: 'jazmin.corona7515@alumnos.udg.mx', name: 'Jazmín Corona Esquivel' };
    expect(run('Buenas tardes, les escribo desde el correo de mi novia porque el mío no me deja entrar.\nCódigo: 226867158', { from }).fields.institutionalEmail).toBeNull();
    expect(run('Les escribí el sábado desde el correo de mi hermano por error, así que mejor les mando todo desde el mío:\nCódigo: 226867158', { from }).fields.institutionalEmail).toBe(from.address);
  });
});

describe('an office passing on a graduate\'s question (issue #3, fresh52 set)', () => {
  it('"Egresado:" labels the name; a "Correo de contacto:" is not the institutional field', () => {
    const r = run('Les turnamos la consulta de un egresado:\nEgresado: Saúl Soto Galindo\nCódigo: 224059537\nCorreo de contacto: soy.sauls@gmail.com', { from: { address: 'egresados@udg.mx', name: 'Coordinación de Egresados' } });
    expect(r.fields.fullName).toBe('Saúl Soto Galindo');
    expect(r.fields.institutionalEmail).toBeNull();
  });
});

describe('her whole name signed after a closing (issue #3, fresh54 set)', () => {
  it('"Gracias, Irene Chávez Aceves" over the phone\'s line: her display name, so not someone thanked', () => {
    const from = { address: 'irene.chavez5713@alumnos.udg.mx', name: 'Irene Chávez Aceves' };
    expect(run('¿Puedo tener también el IMSS de estudiante?\nGracias, Irene Chávez Aceves\nEnviado desde mi iPhone', { from }).fields.fullName).toBe('Irene Chávez Aceves');
  });
});

describe('a staff member who studies here (issue #3, fresh53 and fresh55 sets)', () => {
  it('"Soy técnica académica y alumna de la Maestría": her own name, from her staff address', () => {
    const from = { address: 'gabriela.enriquez@academicos.udg.mx', name: 'Gabriela Enríquez Macías' };
    const r = run('Soy técnica académica y alumna de nuevo ingreso de la Maestría en Salud Pública. Solicito el alta en el IMSS.\nNombre: Gabriela Enríquez Macías\nCódigo: 229058127', { from });
    expect(r.fields.fullName).toBe('Gabriela Enríquez Macías');
    expect(r.fields.institutionalEmail).toBeNull();
  });

  it('a teacher who "entered the Maestría" and sends a CURP of her own display name: her name line is the student\'s (fresh56 set)', () => {
    const from = { address: 'ana.ruiz@academicos.udg.mx', name: 'Ana Ruiz Peña' };
    const r = run(`Buenas tardes.\n\nSoy profesora de asignatura en el CUValles y este calendario entré a la Maestría en Tecnologías para el Aprendizaje. Mi nombramiento no tiene seguridad social.\n\nAna Ruiz Peña\nCódigo de alumna: 221935987\nNSS: ${NSS}\nCURP: ${CURP}\n\nSaludos.`, { from });
    expect(r.fields.fullName).toBe('Ana Ruiz Peña');
    expect(r.fields.institutionalEmail).toBeNull();
  });

  it('a teacher writing about a student still does not give her own name as the student\'s', () => {
    const from = { address: 'laura.mendez@academicos.udg.mx', name: 'Laura Méndez Ortiz' };
    const r = run(`Buenas tardes. Les escribo por mi alumna, que no tiene vigencia.\nCódigo: 221935987\nNSS: ${NSS}\nCURP: ${CURP}\n\nLaura Méndez Ortiz\nProfesora de asignatura`, { from });
    expect(r.fields.fullName).toBeNull();
  });
});

describe('the verb "registró" is not a registration number (issue #3, fresh64 set)', () => {
  it('"la hoja donde me registró de bebé: <NSS>" reads the NSS; "número de registro" still names none', () => {
    expect(run('Le pregunté a mi mamá y dice que ese número sí es el mío, que viene en la hoja donde me registró de bebé: 18917206015').fields.nss).toBe('18917206015');
    expect(run('Mi número de registro: 18917206015').fields.nss).toBeNull();
  });
});

describe('names given again, by a boyfriend, in a certificate (issue #3, fresh65 set)', () => {
  it('"Perdón, es <name>" after a correction names the writer; "Perdón, es que ..." does not', () => {
    expect(run('Perdón, es Christian Soto Lomelí').fields.fullName).toBe('Christian Soto Lomelí');
    expect(run('Perdón, es que no tengo NSS todavía.').fields.fullName).toBeNull();
  });
  it('"mi novia se llama <name>" and "el nombre de mi novia es <name>" name the student', () => {
    expect(run('Hola, mi novia se llama Beatriz Arias Vázquez y entró este semestre a la UdeG.').fields.fullName).toBe('Beatriz Arias Vázquez');
    expect(run('Hola, el nombre de mi novia es Beatriz Arias Vázquez.').fields.fullName).toBe('Beatriz Arias Vázquez');
  });
  it('a certificate\'s "Se hace constar que <NAME>" names the student', () => {
    expect(run('Se hace constar que FERNANDA BELTRAN VILLASENOR\ncon codigo 228060538, es alumna ACTIVA de la Licenciatura en Derecho').fields.fullName).toBe('FERNANDA BELTRAN VILLASENOR');
  });
});

describe('a surname spelled against the CURP (issue #3, fresh70 set)', () => {
  it('"Vásquez" where the CURP reads VAZQUEZ, and "Ingacio" where it reads IGNACIO (fresh72), are asked about', () => {
    const e = run('Nombre: Esteban Vásquez Lomas\nCódigo: 228979950\nCURP: VALE961002HJCZMS58');
    expect(e.problems.map((p) => p.code)).toContain('curp_name_mismatch');
    expect(e.problems.find((p) => p.code === 'curp_name_mismatch')!.message).toContain('«Vásquez» no está escrito como en tu CURP (VALE961002HJCZMS58): la CURP lleva «Z» donde tú escribiste «S»');
    const typo = run('Nombre: Ingacio Renteria Salcedo\nCURP: RESI050809HJCNLGC8');
    expect(typo.fields.fullName).toBe('Ingacio Renteria Salcedo');
    expect(typo.problems.find((p) => p.code === 'curp_name_mismatch')!.message).toContain('«Ingacio» no está escrito como en tu CURP');
    // A given name written as an initial has no consonant to compare.
    expect(run('Nombre: I. Renteria Salcedo\nCURP: RESI050809HJCNLGC8').problems).toEqual([]);
  });
});

describe('the IMSS card is a card too (issue #3, fresh69 set)', () => {
  it('"viene en la tarjeta que me dieron en la clínica: <NSS>" reads the NSS; a bank card\'s number names none', () => {
    expect(run('ese número sí es mío, viene en la tarjeta que me dieron en la clínica cuando era niña: 2897 7850 719').fields.nss).toBe('28977850719');
    expect(run('Mi tarjeta de débito: 28977850719').fields.nss).toBeNull();
  });
});

describe('a relative writing in English (issue #3, fresh70 set)', () => {
  it('"on behalf of my cousin <name>, student code ..." names the student', () => {
    expect(run("Hello, good afternoon. I'm writing on behalf of my cousin Ivonne Zárate Barba, student code 230490042. She broke her arm yesterday.", { from: { address: 'chris.zarate@outlook.com', name: 'Christopher Zárate' } }).fields.fullName).toBe('Ivonne Zárate Barba');
  });
});

describe('a number labelled as the application is not offered as the code (issue #3, fresh68 set)', () => {
  it('"no me sale código todavía, sólo el número de solicitud (2885896)": no code, no fault; "número de solicitud de aspirante" is still the applicant number', () => {
    const e = run('Me admitieron en Derecho pero en el dictamen no me sale código todavía, sólo el número de solicitud (2885896). ¿Con eso se puede?');
    expect(e.fields.studentCode).toBeNull();
    expect(e.problems).toEqual([]);
    expect(run('Mi número de solicitud de aspirante: 2424982').problems.map((p) => p.code)).toContain('student_code_aspirante');
  });
});

describe("a boyfriend's own institutional address (issue #3, fresh71 set)", () => {
  it('"Les escribo por mi novia" from his alumnos address: her data, not his address', () => {
    const e = run('Buenas tardes. Les escribo por mi novia, que está enferma.\n\nNombre: Viridiana Ramos Anguiano\nCódigo: 230095971\nNSS: 47241257337\nCURP: RAAV121211MJCMNRC2\n\nGracias.\nDiego Armando Quiñones Plata', { from: { address: 'diego.quinones7332@alumnos.udg.mx', name: 'Diego Armando Quiñones Plata' } });
    expect(e.fields.fullName).toBe('Viridiana Ramos Anguiano');
    expect(e.fields.institutionalEmail).toBeNull();
  });
});

describe("an office's numbered list (issue #3, fresh73 set)", () => {
  it('"1. Yadira Estrada Zamora (230873390) NSS ..." names the first student; a phone in parentheses names nobody', () => {
    const staff = { from: { address: 'coord.enfermeria@cucs.udg.mx', name: 'Coordinación de Enfermería CUCS' } };
    expect(run('Buen día.\n\n1. Yadira Estrada Zamora (230873390) NSS 50241269260\n2. Citlali Rentería Bañuelos (230169509) NSS 78241270194', staff).fields.fullName).toBe('Yadira Estrada Zamora');
    expect(run('Llámenme, Juan Pérez (3312345678)', staff).fields.fullName).toBeNull();
  });
});

describe('a classmate writing for him, a certificate with "el (la) C." (issue #3, fresh74 and fresh75 sets)', () => {
  it('"Soy compañera de <name>" from her alumnos address: his data, not her address', () => {
    const e = run('Buenas tardes. Soy compañera de Hugo Estrada Bautista; se cayó en la práctica de campo y sigue en urgencias.\n\nCódigo: 230664500\nCURP: EABH120728HBCSTGA0\n\nAbigail Covarrubias Lemus', { from: { address: 'abigail.covarrubias5122@alumnos.udg.mx', name: 'Abigail Covarrubias Lemus' } });
    expect(e.fields.institutionalEmail).toBeNull();
  });
  it('"Se hace constar que el (la) C. <NAME>" names the student without the "C."', () => {
    expect(run('Se hace constar que el (la) C. GUSTAVO ALVARADO CORONA con codigo 232044880\nes alumno(a) con estatus ACTIVO').fields.fullName).toBe('GUSTAVO ALVARADO CORONA');
  });
});

describe('a prepa code by its label, a code with a slash (issue #3, fresh75 set)', () => {
  it('"Código de la prepa: X / Código actual (licenciatura): Y" is Y; "Código: 230/188988" is the code', () => {
    expect(run('Nombre: Axel García Corona\nCódigo de la prepa: 226545936\nCódigo actual (licenciatura): 229706278').fields.studentCode).toBe('229706278');
    const e = run('Código: 230/188988\nNSS: 36 24 12 50327');
    expect(e.fields.studentCode).toBe('230188988');
    expect(e.problems.filter((p) => p.field === 'studentCode')).toEqual([]);
  });
});

describe("values typed on the desk's own list items (issue #3, fresh73 and fresh74 sets)", () => {
  it('"- Código de estudiante: 228382777" inside the quoted "Nos falta:" list is hers; the items of "Estos datos ya los recibimos" are not', () => {
    const reply = 'Buenos días, les completé los datos en su mismo correo.\n\n________________________________\nDe: Coordinación de Servicios Estudiantiles <imss@udg.mx>\nEnviado: jueves, 19 de enero de 2034 13:50\nPara: ana.ruiz1234@alumnos.udg.mx\nAsunto: Re: Solicitud de alta IMSS\n\nHola, Ana:\n\nNos falta:\n- Código de estudiante: 228382777\n- Número de Seguridad Social (NSS) 69241006159\n\nEstos datos ya los recibimos bien (por seguridad mostramos sólo una parte):\n- Código de estudiante: 219999999\n';
    const e = run(reply, { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Ruiz' } });
    expect(e.fields.studentCode).toBe('228382777');
    expect(e.fields.nss).toBe('69241006159');
  });
});

describe('an old code with its program in brackets, a label glued to the desk\'s item, names opening a sentence (issue #3, fresh77-fresh79 sets)', () => {
  it('"Código anterior (licenciatura): X / Código actual (maestría): Y" is Y', () => {
    expect(run('Nombre: Erika Alcaraz Bermúdez\nCódigo anterior (licenciatura): 205662681\nCódigo actual (maestría): 225288498').fields.studentCode).toBe('225288498');
    expect(run('Código anterior (CUCEI): 223876920\nCódigo actual (CUTonalá): 223771208').fields.studentCode).toBe('223771208');
  });

  it('"- Número de Seguridad Social (NSS)NSS:69240866306" typed on the quoted "Nos falta:" item is hers', () => {
    const reply = 'Ahí va\n\n-------- Mensaje original --------\nDe: Coordinación de Servicios Estudiantiles <imss@udg.mx>\nFecha: 18/1/27 9:39 (GMT-06:00)\nPara: \nAsunto: Re: Alta IMSS\n\nHola, Juan:\n\nNos falta:\n- Número de Seguridad Social (NSS)NSS:69240866306\n\nEstos datos ya los recibimos bien (por seguridad mostramos sólo una parte):\n- Código de estudiante: ******022\n';
    expect(run(reply, { from: { address: 'juan.dominguez4751@alumnos.udg.mx', name: 'Juan' } }).fields.nss).toBe('69240866306');
  });

  it('"... no tiene seguro. Se llama Christian Serrano Nuño y su código es ..." names the student; "Es América Arreola Urzúa" on a line of its own names the writer', () => {
    expect(run('Mi novio se lastimó el hombro y no tiene seguro. Se llama Christian Serrano Nuño y su código es 2641164.', { from: { address: 'fer.rios42@gmail.com', name: 'Fernanda Ríos' } }).fields.fullName).toBe('Christian Serrano Nuño');
    expect(run('Es América Arreola Urzúa\n\nAsí viene en mi acta. Gracias', { from: { address: 'america.arreola2491@alumnos.udg.mx', name: 'América Arreola Urzúa' } }).fields.fullName).toBe('América Arreola Urzúa');
    expect(run('Es que no tengo mi NSS todavía.', { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana' } }).fields.fullName).toBeNull();
  });
});

describe('a student\'s words quoted by a tutor, a name after "como viene en mi CURP,", a one-word display name signed (issue #3, fresh80 set)', () => {
  it('"soy Iván Campos Zepeda" inside quotation marks, under "el tutor del alumno", names the student', () => {
    const text = 'Les reenvío lo que nos compartió el tutor del alumno.\n\nLe copio lo que me mandó el alumno por WhatsApp:\n\n"profe buenas, soy Iván Campos Zepeda de su grupo de tutoría, mi código es 224776996"\n\nSaludos,\nMtro. Jorge Medrano';
    expect(run(text, { from: { address: 'jefatura.dcc@cucei.udg.mx', name: 'Jefatura DCC' } }).fields.fullName).toBe('Iván Campos Zepeda');
    // Unquoted, a tutor's "soy" is the tutor's own name.
    expect(run('Soy Jorge Medrano Ruvalcaba, tutor del alumno Iván, código 224776996.', { from: { address: 'jorge.medrano@academicos.udg.mx', name: 'Jorge Medrano Ruvalcaba' } }).fields.fullName).not.toBe('Jorge Medrano Ruvalcaba');
  });

  it('"Mi nombre completo, como viene en mi CURP, es Denisse Valencia Ruiz."', () => {
    expect(run('Tienen razón, me comí un apellido. Mi nombre completo, como viene en mi CURP, es Denisse Valencia Ruiz.\n\nSaludos.').fields.fullName).toBe('Denisse Valencia Ruiz');
  });

  it('a one-word display name ("Brenda") signed alone under a closing is her given name, incomplete', () => {
    const e = run('Buenas noches, ¿el alta del IMSS se tiene que volver a pedir cada semestre?\n\nGracias,\nBrenda', { from: { address: 'bcabrera107@gmail.com', name: 'Brenda' } });
    expect(e.fields.fullName).toBe('Brenda');
    expect(e.problems.map((p) => p.code)).toContain('name_incomplete');
  });
});

describe('a pasted portal table (issue #3, fresh81 set)', () => {
  it('the header row "Folio / Fecha / Documento" of IMSS Digital\'s screen is not a name', () => {
    const e = run('Ya lo saqué, esto me salió:\n\nTu NSS es: 39210676753\n\nFolio\tFecha\tDocumento\n1704191634405869396307\t12/08/2027\tNúmero de Seguridad Social\n');
    expect(e.fields.fullName).toBeNull();
    expect(e.fields.nss).toBe('39210676753');
  });
});

describe('answers typed inside the desk\'s quoted notice, the "> " kept on them (issue #3, fresh84 set)', () => {
  const notice = (typed: string) => `Les dejo los datos abajo.\n\n> El 23 nov 2027, a las 09:26, Coordinación de Servicios Estudiantiles <imss@udg.mx> escribió:\n>\n> Hola, Alexa:\n>\n> Nos falta:\n${typed}\n>\n> Estos datos ya los recibimos bien (por seguridad mostramos sólo una parte):\n> - Código de estudiante: ******750\n> - Número de Seguridad Social (NSS): ********468\n>\n> Por ejemplo: nombre.apellido1234@alumnos.udg.mx\n`;
  const from = { address: 'alexa.v@icloud.com', name: 'Alexa' };
  it('a labeled value, a value alone under its item, a name under its item', () => {
    expect(run(notice('> - CURP\n> Mi CURP: VIVA031105MJCLRLB6'), { from }).fields.curp).toBe('VIVA031105MJCLRLB6');
    const e = run(notice('> - Número de Seguridad Social (NSS)\n> NSS 33220776091\n> - CURP\n> FIBL070620HCHRRSA5'), { from });
    expect(e.fields.nss).toBe('33220776091');
    expect(e.fields.curp).toBe('FIBL070620HCHRRSA5');
    expect(run(notice('> - Nombre completo\n> Joaquín León Palomera\n> - Código de estudiante\n> 224152441'), { from }).fields.fullName).toBe('Joaquín León Palomera');
  });

  it('the desk\'s own items and masked values are not read; a line under the correction notice\'s list is', () => {
    const e = run(notice('> - CURP'), { from });
    expect(e.fields.curp).toBeNull();
    expect(e.fields.studentCode).toBeNull();
    expect(e.fields.institutionalEmail).toBeNull();
    const correction = 'Perdón\n\n> El 24 nov 2027, a la(s) 10:11, Coordinación de Servicios Estudiantiles <imss@udg.mx> escribió:\n>\n> Para continuar con tu trámite de alta en el IMSS (folio IMSS-2027-050661) necesitamos que corrijas estos datos:\n> - CURP\n> Ya la revisé, es: YAAR081218MMNXLNA9\n>\n> Nota de nuestro personal:\n';
    expect(run(correction, { from }).fields.curp).toBe('YAAR081218MMNXLNA9');
  });

  it('"R: Silvia Almaraz Jaramillo" typed between the quoted lines is the answer, without its marker', () => {
    const text = 'Buen día, contesto abajo.\n\nEl 12/11/27 a las 17:30, Coordinación de Servicios Estudiantiles\nescribió:\n> Hola, Silvia:\n>\n> Para continuar con tu trámite necesitamos que corrijas estos datos:\n> - Nombre completo\nR: Silvia Almaraz Jaramillo\n>\n> Nota de nuestro personal:\n';
    const e = run(text, { from: { address: 'silvia.almaraz@alumnos.udg.mx', name: 'Silvia' } });
    expect(e.fields.fullName).toBe('Silvia Almaraz Jaramillo');
    expect(e.problems.map((p) => p.code)).not.toContain('name_invalid_chars');
  });
});

describe('an old code marked by its bracket (issue #3, fresh85 set)', () => {
  it('"Código de la licenciatura (ya egresé): X / Código de la maestría: Y" is Y', () => {
    expect(run('Nombre: Carmen Bueno Pineda\nCódigo de la licenciatura (ya egresé): 221913193\nCódigo de la maestría: 228875801').fields.studentCode).toBe('228875801');
  });
});

describe('a constancia\'s procedure key, a son named before a colon (issue #3, fresh83 set)', () => {
  it('"Homoclave del trámite: IMSS-02-020" is no NSS; the constancia\'s labeled NSS is read', () => {
    const text = 'Esto me sale en la constancia:\n\nHomoclave del trámite\tHomoclave del formato\nIMSS-02-020\tFF-IMSS-012\n\nNSS: 60897025270\nCURP: GAVE081219MCLYLLC9\n';
    const e = run(text);
    expect(e.fields.nss).toBe('60897025270');
    expect(e.problems.map((p) => p.code)).not.toContain('nss_format');
  });

  it('"les mando lo que faltaba de mi hijo Santiago:" gives his given name, incomplete', () => {
    const e = run('Buenas tardes, les mando lo que faltaba de mi hijo Santiago:\n\nCódigo: 227836138\nCURP: BACS120603HJCRSNA6\n\nLaura Méndez', { from: { address: 'laura.mendez.ruiz@hotmail.com', name: 'Laura Méndez' } });
    expect(e.fields.fullName).toBe('Santiago');
    expect(e.problems.map((p) => p.code)).toContain('name_incomplete');
  });
});

describe('an answer typed at the end of the conflict notice\'s item (issue #3, fresh84 set)', () => {
  it('"... y ahora ******834   --> el correcto es el nuevo: 224331834" (Outlook) and "... <<< la buena es GIBN..." (quoted) are read', () => {
    const outlook = 'Buen día, les contesto en el mismo correo.\n\n________________________________\nDe: Coordinación de Servicios Estudiantiles <imss@udg.mx>\nEnviado: miércoles, 10 de noviembre de 2027 09:55\nPara: nancy.benavides3507@alumnos.udg.mx\nAsunto: Re: Alta IMSS\n\nHola, Nancy:\n\nRecibimos un dato distinto del que ya teníamos registrado en tu trámite (folio IMSS-2027-052186):\n- Código de estudiante: antes recibimos ******756 y ahora ******834   --> el correcto es el nuevo: 224331834\n\nPara no registrar un dato equivocado, ¿nos confirmas cuál es el correcto?\n';
    expect(run(outlook, { from: { address: 'nancy.benavides3507@alumnos.udg.mx', name: 'Nancy' } }).fields.studentCode).toBe('224331834');
    const quoted = 'Buenas tardes\n\n> El 16/11/27, Coordinación de Servicios Estudiantiles <imss@udg.mx> escribió:\n> Recibimos un dato distinto del que ya teníamos registrado en tu trámite (folio IMSS-2027-048071):\n> - CURP: antes recibimos ***************SC8 y ahora ***************SC8 <<< la buena es GIBN071028HMCLLSC8\n>\n> Para no registrar un dato equivocado, ¿nos confirmas cuál es el correcto?\n';
    expect(run(quoted, { from: { address: 'nestor.gil9102@alumnos.udg.mx', name: 'Néstor' } }).fields.curp).toBe('GIBN071028HMCLLSC8');
    // ...or on the line under the item, in red in Outlook.
    expect(run(outlook.replace(' y ahora ******834   --> el correcto es el nuevo: 224331834', ' y ahora ******834\nLA BUENA ES LA SEGUNDA: 224331834'), { from: { address: 'nancy.benavides3507@alumnos.udg.mx', name: 'Nancy' } }).fields.studentCode).toBe('224331834');
    // The notice alone, nothing typed: nothing read.
    expect(run(quoted.replace(' <<< la buena es GIBN071028HMCLLSC8', ''), { from: { address: 'nestor.gil9102@alumnos.udg.mx', name: 'Néstor' } }).fields.curp).toBeNull();
  });
});

describe('a value typed inside the desk\'s "Por favor revisa:" list of an unmarked Outlook quote (issue #3, fresh84 set)', () => {
  it('"Sí era el de mi mamá. El mío es 25240712163" under the NSS item is hers', () => {
    const text = 'Buenas tardes, les contesto abajo.\n\n________________________________\nDe: Coordinación de Servicios Estudiantiles <imss@udg.mx>\nEnviado: miércoles, 17 de noviembre de 2027 10:02\nPara: ariadna.guerrero5745@alumnos.udg.mx\nAsunto: Re: Alta IMSS\n\nHola, Ariadna:\n\nPor favor revisa:\n- Número de Seguridad Social (NSS) (recibimos ********429): el año de nacimiento de este NSS no coincide con el de tu CURP.\nSí era el de mi mamá. El mío es 25240712163\n\nEstos datos ya los recibimos bien (por seguridad mostramos sólo una parte):\n- Código de estudiante: ******460\n';
    expect(run(text, { from: { address: 'ariadna.guerrero5745@alumnos.udg.mx', name: 'Ariadna' } }).fields.nss).toBe('25240712163');
  });
});

describe('a name then a dash and its code (issue #3, fresh86 set)', () => {
  it('"Adriana Reyes Gómez — código 223281448" in an office\'s mail names the student', () => {
    const text = 'Por confidencialidad sólo compartimos su nombre y código:\n\nAdriana Reyes Gómez — código 223281448\n\nPsic. Mónica Arreola\nUnidad de Atención Psicológica, CUCS';
    expect(run(text, { from: { address: 'atencion.psicologica@cucs.udg.mx', name: 'Unidad de Atención Psicológica CUCS' } }).fields.fullName).toBe('Adriana Reyes Gómez');
  });
});

describe('numbers dictated in groups, a name before a middle dot or "así como viene en la CURP" (issue #3, fresh87 set)', () => {
  it('an NSS read aloud in pairs ("ochenta y tres, trece, noventa y seis, ...") and a dictation tool\'s "224. 618. 640"', () => {
    expect(run('Mi número de seguro social es ochenta y tres, trece, noventa y seis, setenta y cuatro, treinta y nueve, cero. Mi código 223570369.').fields.nss).toBe('83139674390');
    const e = run('Mi código es, 224. 618. 640. Mi número de seguro social es, 90, 24, 06, 8676, 7. Gracias.');
    expect(e.fields.studentCode).toBe('224618640');
    expect(e.fields.nss).toBe('90240686767');
    // Groups that make neither nine nor eleven digits stay as they are: a date, a short list.
    const d = run('Me atendieron el quince, veinte y treinta de abril. Código 223570369.');
    expect(d.fields.studentCode).toBe('223570369');
    expect(d.fields.nss).toBeNull();
  });

  it('"Isabel González Guerrero · código 224045881" and "Moisés Guerrero Barragán, así como viene en la CURP."', () => {
    expect(run('A una de nuestras atletas no le sale:\n\nIsabel González Guerrero · código 224045881 · NSS 77230665034\n\nCoordinación de Deportes', { from: { address: 'entrenadora.natacion@deportes.udg.mx', name: 'Coordinación de Deportes' } }).fields.fullName).toBe('Isabel González Guerrero');
    expect(run('Moisés Guerrero Barragán, así como viene en la CURP. Saludos', { from: { address: 'moises.guerrero8275@alumnos.udg.mx', name: 'Moisés' } }).fields.fullName).toBe('Moisés Guerrero Barragán');
  });
});

describe('dictated corrections and addresses, where someone is from (issue #3, fresh87 and fresh88 sets)', () => {
  it('"mi código es 226851358 no borra eso ese no es es 226859995" is the second', () => {
    expect(run('Buenas noches les escribe Hugo Silva Ruiz mi código es 226851358 no borra eso ese no es es 226859995 mi número de seguro social 40240848610').fields.studentCode).toBe('226859995');
  });

  it('"leonel punto zepeda6458 arroba alumnos punto udg punto mx" is the address', () => {
    expect(run('y el correo de la escuela es leonel punto zepeda6458 arroba alumnos punto udg punto mx gracias', { from: { address: 'leo.zc@gmail.com', name: 'Leonel' } }).fields.institutionalEmail).toBe('leonel.zepeda6458@alumnos.udg.mx');
  });

  it('"soy de San Juan de los Lagos" is where she is from, not her name', () => {
    expect(run('Muchas gracias! Una pregunta, soy de San Juan de los Lagos pero estudio en Lagos, ¿qué clínica me conviene poner?', { from: { address: 'leticia.c@alumnos.udg.mx', name: 'Leticia' } }).fields.fullName).toBeNull();
    expect(run('Hola, soy Leticia Camacho Muñoz, de San Juan de los Lagos.').fields.fullName).toBe('Leticia Camacho Muñoz');
  });
});

describe('the first Monday of 2029B (issue #3, fresh91 set)', () => {
  const tutor = { from: { address: 'gilberto.arana@academicos.udg.mx', name: 'Gilberto Arana' } };
  it('two students, each named on the line of their own code: several students, the first one\'s values', () => {
    const r = run(`Les escribo por dos de mis tutorados.\n\nLa alumna Ana Sofía Ruiz Peña (código 221935987) no trae su NSS ni su CURP.\n\nEl alumno Facundo Félix Ibarra sí me pasó todo: código 224858106, NSS 82240685782, CURP FEIF061208HNTLBCC9.`, tutor);
    expect(r.fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987', nss: null, curp: null });
    expect(r.severalStudents).toBe(true);
    // A student correcting her own code names nobody else.
    const fixed = run('Soy Ana Sofía Ruiz Peña, mi código es 221935987.\nPerdón, me equivoqué: el código correcto es 221935988.');
    expect(fixed.severalStudents).toBeUndefined();
  });

  it("a group chat pasted by a coordinator (three students, the last one labelling her data): the first one's values", () => {
    const chat = `Les copio el chat del grupo:\n\n[3/9/29, 7:41] Ana: Ana Sofía Ruiz Peña código 221935987 nss ${NSS}\n[3/9/29, 7:43] Facundo: Facundo Félix Ibarra 224858106 82240685782 FEIF061208HNTLBCC9\n[3/9/29, 7:52] Yare: Yareli Montes Guerrero\nCódigo 229041651\nNSS 47241026930\nCURP MOGY101030MZSNRRC5`;
    const r = run(chat, { from: { address: 'coord.civil@cucei.udg.mx', name: 'Arturo Velasco' } });
    expect(r.fields).toMatchObject({ studentCode: '221935987', nss: NSS, curp: null });
    expect(r.severalStudents).toBe(true);
  });

  it("the sender's whole name after a sentence's colon, or alone with an emoji after it, is hers; after a header's \"Para:\" it is not", () => {
    const daniela = { from: { address: 'daniela.covarrubias1794@alumnos.udg.mx', name: 'Daniela Covarrubias Núñez' } };
    expect(run('Se me olvidó poner mis apellidos: Daniela Covarrubias Núñez', daniela).fields.fullName).toBe('Daniela Covarrubias Núñez');
    expect(run('Ya les había escrito.\nPara: Daniela Covarrubias Núñez', daniela).fields.fullName).toBeNull();
    const ingrid = { from: { address: 'ingrid.ayala1517@alumnos.udg.mx', name: 'Ingrid Ayala Campos' } };
    expect(run('Ingrid Ayala Campos 🙏\n\nEnviado desde mi iPhone', ingrid).fields.fullName).toBe('Ingrid Ayala Campos');
  });

  it("a staff member's \"Cód. trabajador\" in the signature of a forwarded chain is not a student's code", () => {
    const chain = `Por favor atiendan a la alumna; reenvío la cadena.\n\nDr. Fernando Gallardo Pérez\nCód. trabajador 2938471 · Ext. 33521\n\n---------- Forwarded message ---------\nDe: Ana Sofía Ruiz Peña <ana.ruiz1234@alumnos.udg.mx>\nDate: vie, 31 ago 2029\nSubject: Alta IMSS\nTo: <fernando.gallardo@academicos.udg.mx>\n\nNombre: Ana Sofía Ruiz Peña\nCódigo: 221935987\nCURP: ${CURP}`;
    const r = run(chain, { from: { address: 'fernando.gallardo@academicos.udg.mx', name: 'Fernando Gallardo Pérez' } });
    expect(r.fields).toMatchObject({ studentCode: '221935987', curp: CURP });
    expect(r.problems.map((p) => p.code)).not.toContain('student_code_aspirante');
    expect(run('Cod. de empleado: 2938471').fields.studentCode).toBeNull();
  });
});

describe('phones in week two of 2029A (issue #3, fresh89 set)', () => {
  it('values glued to the next label with no space are each read by their label', () => {
    const r = run(`buenas tardes solicito alta imss Ana Sofía Ruiz Peña nss:${NSS}curp:${CURP}codigo:221935987correo:ana.ruiz1234@alumnos.udg.mx gracias`);
    expect(r.fields).toEqual({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987', nss: NSS, curp: CURP, institutionalEmail: 'ana.ruiz1234@alumnos.udg.mx' });
  });
});

describe('older and postgraduate students (issue #3, fresh93 set)', () => {
  it("a married name under the label is kept as written and does not spell her CURP: not a one-surname prefix of it", () => {
    const r = run('Nombre: Leticia López de Ramírez\nCódigo: 228640382\nCURP: LOHL770421MJCPRT71', { from: { address: 'lety.lopezderamirez@hotmail.com', name: 'Sra. Leticia López de Ramírez' } });
    expect(r.fields.fullName).toBe('Leticia López de Ramírez');
    expect(r.problems.map((p) => p.code)).toContain('curp_name_mismatch');
  });

  it('particles do not count toward the words of a name ("María de los Ángeles de la Cruz Nuño")', () => {
    expect(run('Mi nombre completo, como viene en la CURP, es:\n\nMaría de los Ángeles de la Cruz Nuño\n\nSaludos.').fields.fullName).toBe('María de los Ángeles de la Cruz Nuño');
  });

  it('"on behalf of my doctoral student Kwame Mensah (student code ...)" names the student', () => {
    const r = run('Dear colleagues,\n\nI am writing on behalf of my doctoral student Kwame Mensah (student code 228681455), from Ghana.\n\nBest regards,\nDr. Jaime Orozco', { from: { address: 'jaime.orozco@academicos.udg.mx', name: 'Dr. Jaime Orozco' } });
    expect(r.fields).toMatchObject({ fullName: 'Kwame Mensah', studentCode: '228681455' });
  });
});

describe('hospitals, friends and relatives (issue #3, fresh92 set)', () => {
  it("a doctor's 'Matrícula del médico' on a pasted UMF referral is not the student's code", () => {
    const r = run(`Les copio el pase:\n\nNombre del paciente: ANA SOFIA RUIZ PEÑA\nNSS: ${NSS}\nMatrícula del médico: 304834661\n\nMi nombre es Ana Sofía Ruiz Peña, código 221935987, CURP ${CURP}.`);
    expect(r.fields.studentCode).toBe('221935987');
  });

  it("a roommate who gives the patient's code ('Su código es ...') and signs with her own under her name: the patient's", () => {
    const text = 'Les escribo por mi compañera de cuarto, Ana Sofía Ruiz Peña, que está internada.\n\nSu código es 221935987 y su CURP ' + CURP + '.\n\nKarla Navarrete Pulido\nCódigo 224551038';
    expect(run(text, { from: { address: 'karla.navarrete7559@alumnos.udg.mx', name: 'Karla Navarrete Pulido' } }).fields.studentCode).toBe('221935987');
    // A student who signs with her own code and gives no one else's keeps it.
    expect(run('No tengo vigencia.\n\nKarla Navarrete Pulido\nCódigo 224551038', { from: { address: 'karla.navarrete7559@alumnos.udg.mx', name: 'Karla Navarrete Pulido' } }).fields.studentCode).toBe('224551038');
  });

  it("relatives and friends name the student: a husband, a friend copying a hospital bracelet, a father by her given name from her own account", () => {
    expect(run('Buenas tardes, soy el esposo de Ana Sofía Ruiz Peña, ella me puso en copia.', { from: { address: 'cristopher.zarate83@gmail.com', name: 'Cristopher Zárate Solano' } }).fields.fullName).toBe('Ana Sofía Ruiz Peña');
    expect(run('Mi amiga está internada. Así viene su nombre en la pulsera: RUIZ PEÑA ANA SOFIA, nacida el 15/03/2004.', { from: { address: 'dani_190@gmail.com', name: 'Daniela' } }).fields.fullName).toBe('RUIZ PEÑA ANA SOFIA');
    const father = run(`Buenas tardes, soy el papá de Ana, les escribo desde su correo porque ella está en terapia intensiva. Esta es su CURP: ${CURP}`, { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Ruiz Peña' } });
    expect(father.fields.fullName).toBe('Ana');
    expect(father.problems.map((p) => p.code)).toContain('name_incomplete');
  });
});

describe('after Easter (issue #3, fresh94 set)', () => {
  it('a parent writing in English ("My name is ... and my daughter ... is"): the daughter\'s name, not the writer\'s', () => {
    const r = run('Good afternoon,\n\nMy name is Jennifer Miller and my daughter Hannah Grace Miller is an exchange student this semester.\n\nHer student ID is 230294582.\n\nThank you so much,\nJennifer Miller', { from: { address: 'jmiller.family@gmail.com', name: 'Jennifer Miller' } });
    expect(r.fields.fullName).toBe('Hannah Grace Miller');
  });
});

describe('the week before 2030B (issue #3, fresh95 set)', () => {
  it('"Soy tutor académico de <name>" and a paragraph opening "Se llama <name>" name the student', () => {
    const teacher = { from: { address: 'ruben.beas@academicos.udg.mx', name: 'Rubén Beas' } };
    expect(run('Buenas tardes.\n\nSoy tutor académico de Ana Sofía Ruiz Peña, que se cambió de carrera. Su código nuevo es 221935987.\n\nSaludos.\nRubén Beas', teacher).fields.fullName).toBe('Ana Sofía Ruiz Peña');
    expect(run('Mi compañero de cuarto no tiene vigencia. Él está en cama, por eso les escribo yo.\n\nSe llama Facundo Félix Ibarra y su código es 224858106.').fields.fullName).toBe('Facundo Félix Ibarra');
  });
});

describe('a weekend of split data (issue #3, fresh96 set)', () => {
  it("a coach's 'Jugador:' labels the student, and his signature 'Entrenador, Voleibol Varonil' is no name", () => {
    const r = run('Uno de mis jugadores se lesionó la rodilla.\n\nJugador: Ana Sofía Ruiz Peña\nCódigo: 221935987\n\nProf. Armando Gallegos\nEntrenador, Voleibol Varonil', { from: { address: 'voleibol.varonil@deportes.udg.mx', name: 'Voleibol Varonil UdeG' } });
    expect(r.fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });

  it("an IMSS notice forwarded from another mailbox of the writer's (its local part holds her name) is hers", () => {
    const fwd = `Les reenvío el correo que me mandó el IMSS con mi número. Mi código es 221935987.\n\n---------- Forwarded message ---------\nDe: IMSS Servicios Digitales <serviciosdigitales@imss.gob.mx>\nDate: mié, 26 feb 2030, 16:37\nSubject: Número de Seguridad Social\nTo: <ana.ruiz04@gmail.com>\n\nNombre: ANA SOFIA RUIZ PENA\nCURP: ${CURP}\nNSS: ${NSS}`;
    const r = run(fwd, { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Sofía Ruiz Peña' } });
    expect(r.fields).toMatchObject({ nss: NSS, curp: CURP });
  });

  it('a given name signed with its group ("Alfredo, 4°B enfermería") is that given name, incomplete; a whole name in the subject completes a signature with one surname', () => {
    const alfredo = run(`NSS ${NSS}\nCURP ${CURP}\n\nAna, 4°B enfermería\n\nEnviado desde mi Galaxy`, { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Ruiz Peña' } });
    expect(alfredo.fields.fullName).toBe('Ana');
    expect(alfredo.problems.map((p) => p.code)).toContain('name_incomplete');
    const subject = run(`Código 221935987\nNSS ${NSS}\n\nGracias\n\n--\nAna Ruiz\nCURP ${CURP}`, { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Sofía Ruiz Peña' }, subject: 'Ana Sofía Ruiz Peña - alta IMSS' });
    expect(subject.fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });
});

describe('after the storm (issue #3, fresh97 set)', () => {
  it("a volunteer writing from his own alumnos mailbox for another student: his address is not hers", () => {
    const text = `Soy brigadista voluntario en el albergue. Aquí está una compañera que necesita el alta:\n\nNombre: Ana Sofía Ruiz Peña\nCódigo: 221935987\nNSS: ${NSS}\nCURP: ${CURP}\n\nIván Ochoa Serrano`;
    const r = run(text, { from: { address: 'ivan.ochoa4797@alumnos.udg.mx', name: 'Iván Ochoa Serrano' } });
    expect(r.fields.institutionalEmail).toBeNull();
    // Her own mailbox under a display name she chose is still hers.
    expect(run(text.replace('Iván Ochoa Serrano', 'Ana'), { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Tu Crush' } }).fields.institutionalEmail).toBe('ana.ruiz1234@alumnos.udg.mx');
  });

  it('an NSS in a line about the IMSS, a phone word well before it, is the NSS; the start of one she does not remember whole is none', () => {
    expect(run('Hoy entré a IMSS Digital desde el celular de mi mamá y me salió el mío: 84200360752').fields.nss).toBe('84200360752');
    expect(run('NSS: 2624060... (no me acuerdo de los últimos cuatro números)').fields.nss).toBeNull();
  });
});

describe("another office's mail about the student, forwarded or pasted (issue #3, fresh98 set)", () => {
  const ana = { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Sofía Ruiz Peña' } };
  it("her tutor's mail, addressed to her among other recipients, is a source", () => {
    const fwd = `Mi tutor les escribió a otra dirección y le rebotó, así que se los reenvío yo. Mi CURP es ${CURP}.\n\n---------- Forwarded message ---------\nDe: Ramón Casillas <ramon.casillas@academicos.udg.mx>\nDate: mar, 4 feb 2031\nSubject: Alumna sin vigencia\nTo: imss@udg.edu.mx, <ana.ruiz1234@alumnos.udg.mx>\n\nLes escribo por mi tutorada:\n\nAlumna: Ana Sofía Ruiz Peña\nCódigo: 221935987\nNSS: ${NSS}`;
    expect(run(fwd, ana).fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987', nss: NSS });
  });

  it("a chain: the medical service's mail her tutor passed on to her, his note naming the desk's address", () => {
    const chain = `Les reenvío lo que me pasó mi tutor. Código 221935987.\n\n---------- Forwarded message ---------\nDe: Joaquín Ledezma <joaquin.ledezma@academicos.udg.mx>\nDate: mar, 4 feb 2031\nSubject: Fwd: Alumna sin vigencia\nTo: <ana.ruiz1234@alumnos.udg.mx>\n\nAna, te reenvío lo que me mandaron del servicio médico. Escríbeles a imss@udg.mx con tu código.\n\n---------- Forwarded message ---------\nDe: Servicio Médico CUCBA <servicio.medico@cucba.udg.mx>\nDate: mar, 4 feb 2031\nSubject: Alumna sin vigencia\nTo: <joaquin.ledezma@academicos.udg.mx>\n\nSe informa que la alumna Ana Sofía Ruiz Peña, NSS ${NSS}, acudió al Servicio Médico.`;
    expect(run(chain, ana).fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', nss: NSS });
  });

  it("a father's Outlook forward ('RV:') of the counsellor's mail to him, and a student's pasted answer of Control Escolar", () => {
    const father = `Les reenvío lo que me mandó la orientadora de la prepa de mi hijo. Su número de seguro social es ${NSS}.\n\n________________________________\nDe: Orientación Educativa Prepa 12 <orientacion.prepa12@sems.udg.mx>\nEnviado: martes, 4 de febrero de 2031 11:15\nPara: gilbertobautista80@hotmail.com\nAsunto: Alumno sin vigencia IMSS\n\nSu hijo Facundo Félix Ibarra (código 224858106, CURP FEIF061208HNTLBCC9) aparece sin vigencia.`;
    expect(run(father, { from: { address: 'gilbertobautista80@hotmail.com', name: 'Gilberto Bautista' }, subject: 'RV: Alumno sin vigencia IMSS' }).fields).toMatchObject({ studentCode: '224858106', curp: 'FEIF061208HNTLBCC9' });
    const pasted = 'Control Escolar me dice que ya estoy activa, les pego su respuesta:\n\nDe: Control Escolar CUAAD <control.escolar@cuaad.udg.mx>\nFecha: miércoles, 5 de febrero de 2031, 12:14\nAsunto: RE: estatus\n\nTu estatus en SIIAU ya es ACTIVO.\n\nAlumna: RUIZ PEÑA ANA SOFIA\nCódigo: 221935987';
    expect(run(pasted, { ...ana, subject: 'Re: Alta IMSS' }).fields.studentCode).toBe('221935987');
  });

  it("a mail to her alumnos address forwarded from her Gmail gives that address; 'Estimada <name> (código ...)' is the name without the greeting", () => {
    const becas = `Les reenvío el aviso de becas. Mi NSS: ${NSS}\n\n---------- Mensaje reenviado ---------\nDe: Unidad de Becas <becas@udg.mx>\nDate: lun, 3 feb 2031\nSubject: Solicitud de beca incompleta\nTo: Ana Sofía Ruiz Peña <ana.ruiz1234@alumnos.udg.mx>\n\nEstimada Ana Sofía Ruiz Peña (código 221935987):\n\nTu solicitud quedó incompleta.`;
    const r = run(becas, { from: { address: 'anaruiz04@gmail.com', name: 'Ana Sofía Ruiz Peña' } });
    expect(r.fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '221935987', institutionalEmail: 'ana.ruiz1234@alumnos.udg.mx' });
  });

  it('the display name written surnames first in the subject ("NSS ... - Ruiz Peña Ana Sofía") is her name', () => {
    const r = run('Ahí en el asunto\n\nEnviado desde mi iPhone', { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Sofía Ruiz Peña' }, subject: `NSS ${NSS} - Ruiz Peña Ana Sofía` });
    expect(r.fields).toMatchObject({ fullName: 'Ruiz Peña Ana Sofía', nss: NSS });
  });
});

describe('the end of 2031A (issue #3, fresh99 set)', () => {
  it("a relative names the student by the given name alone ('mi hija Mariana (código ...)', 'soy la abuelita de Víctor,'): that name, incomplete", () => {
    const mother = run('Buenas tardes, mi hija Mariana (código 229751468) se va a trabajar en vacaciones. ¿Pierde el seguro?', { from: { address: 'angeles946@gmail.com', name: 'Ángeles' } });
    expect(mother.fields).toMatchObject({ fullName: 'Mariana', studentCode: '229751468' });
    expect(mother.problems.map((p) => p.code)).toContain('name_incomplete');
    expect(run(`Buenas tardes, soy la abuelita de Ana, que vive conmigo. Su código es 221935987 y su CURP ${CURP}.`, { from: { address: 'quintero.dona.tere@yahoo.com.mx', name: 'Teresa Quintero' } }).fields.fullName).toBe('Ana');
  });
});

describe('rarer clients on a busy Friday (issue #3, fresh100 set)', () => {
  it('a CURP with a letter lost among the other values of a one-line list is read, with its fault', () => {
    const r = run('Alta IMSS: Ana Sofía Ruiz Peña, 221935987, ' + NSS + ', ' + CURP.slice(0, 12) + CURP.slice(13) + ', ana.ruiz1234@alumnos.udg.mx. Gracias');
    expect(r.fields.curp).toBe(CURP.slice(0, 12) + CURP.slice(13));
    expect(r.problems.map((p) => p.code)).toContain('curp_format');
  });

  it("'Mi hija Brisa entró a la Prepa 16' gives the given name; a cable ISP's mailbox is a person's", () => {
    const r = run('Buenas tardes. Mi hija Ana entró a la Prepa 16 en agosto, su código es 231633332. ¿Qué papeles necesitan?', { from: { address: 'rebeca.nava@yahoo.com', name: 'Rebeca Nava' } });
    expect(r.fields.fullName).toBe('Ana');
  });
});

describe("the father's constancia listing the student among its beneficiaries (issue #3, fresh102 set)", () => {
  const constancia = { filename: 'constancia_vigencia.pdf', contentType: 'application/pdf', size: 1, text: `Constancia de Vigencia de Derechos\nNSS: 04957512348\nNombre(s), primer apellido y segundo apellido: J. GUADALUPE RUIZ SOLIS\nBeneficiarios\nNombre: ANA SOFIA RUIZ PENA CURP: ${CURP} Parentesco: HIJA` };
  const from = { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Sofía Ruiz Peña' };
  it("gives her CURP from the line that names her, and the father's NSS shows for what it is", () => {
    const r = run('Me sale con el número de mi papá y yo como beneficiaria. ¿Así es normal? Se las adjunto.\n\nAna Sofía Ruiz Peña\nCódigo 221935987', { from, attachments: [constancia] });
    expect(r.fields.curp).toBe(CURP);
    expect(r.fields.nss).toBe('04957512348');
    expect(r.problems.map((p) => p.code)).toContain('nss_parent_suspected');
  });
  it("the document's other lines stay his: his CURP on his name line is not hers", () => {
    const his = { ...constancia, text: `Constancia de Vigencia de Derechos\nNombre: J. GUADALUPE RUIZ SOLIS CURP: RUSG750101HJCZLD08\nNSS: 04957512348` };
    expect(run('Les adjunto la constancia.\n\nAna Sofía Ruiz Peña\nCódigo 221935987', { from, attachments: [his] }).fields.curp).toBeNull();
  });
});

describe('a code dictated in hundreds, as one number, or with thousands commas (issue #3, fresh104 set)', () => {
  const cases: [string, string][] = [
    ['three groups read aloud', 'Mi código es doscientos treinta y dos, seiscientos setenta y ocho, cero setenta y ocho, mi NSS 21241472626.'],
    ['three groups with no commas', 'mi nombre es Ana Ruiz y mi código es doscientos treinta y dos seiscientos setenta y ocho cero setenta y ocho ya les había mandado todo'],
    ['one number in millions', 'mi código de estudiante es doscientos treinta y dos millones seiscientos setenta y ocho mil setenta y ocho mi NSS 21241472626'],
    ['thousands commas', 'Mi código es 232,678,078. Mi número de seguro social es 21.24.14.7262.6.'],
  ];
  it.each(cases)('%s', (_l, text) => {
    expect(run(text).fields.studentCode).toBe('232678078');
  });
  it('a year, an amount and a count in words are no code', () => {
    const r = run('Pagué mil doscientos pesos en dos mil veintiséis, éramos doscientos treinta alumnos y cien maestros.');
    expect(r.fields.studentCode).toBeNull();
    expect(run('Me cobraron $1,250,000 por la cirugía, 232,678 pesos de anticipo.').fields.studentCode).toBeNull();
  });
});

describe('an exchange student dictating in English, a screenshot read by text recognition (issue #3, fresh104 set)', () => {
  it('reads a code said digit by digit and an address said with "at" and "dot", and "I\'m" is no surname', () => {
    const r = run("hi my name is Olivia Bennett I'm an exchange student at CUCSH my student code is two three two seven five three seven three one my school email is olivia dot bennett4118 at alumnos dot udg dot mx I don't have a CURP yet");
    expect(r.fields.studentCode).toBe('232753731');
    expect(r.fields.institutionalEmail).toBe('olivia.bennett4118@alumnos.udg.mx');
    expect(r.fields.fullName).toBe('Olivia Bennett');
  });
  it('a B in an NSS is an 8 when the check digit agrees; in a code it is asked about', () => {
    expect(run('Ya lo saqué, pego lo de la captura:\n\nTu NSS es: 722414137B9').fields.nss).toBe('72241413789');
    expect(run('Tu NSS es: 722414137B8').fields.nss).not.toBe('72241413788');
    const code = run('Código: 222B16300');
    expect(code.fields.studentCode).toBe('222B16300');
    expect(code.problems.map((p) => p.code)).toContain('student_code_format');
  });
  it('an NSS broken over two lines under its label is one value', () => {
    expect(run('copié el número de una captura y se me pegó en dos renglones:\n\nTu NSS es:\n612414\n43722\n\nCódigo: 232126208').fields.nss).toBe('61241443722');
    // Two short numbers under another label are not joined.
    expect(run('Teléfonos:\n612414\n43722').fields.nss).toBeNull();
  });
});

describe("a home university writing in English or Portuguese (issue #3, fresh104 set)", () => {
  it('"Student:" names her and "UdeG student code:" gives the code, not the home university\'s ID', () => {
    const r = run('Dear colleagues,\n\nI am writing on behalf of one of our students.\n\nStudent: Madison Brooks\nUO ID: 956388409\nUdeG student code: 232560647\n\nKind regards,\n\nRachel Lindqvist\nStudy Abroad Advisor\nGlobal Education Oregon', { from: { address: 'globaled@uoregon.edu', name: 'UO Global Education Office' } });
    expect(r.fields.fullName).toBe('Madison Brooks');
    expect(r.fields.studentCode).toBe('232560647');
  });
  it('"Nome completo:" is a name label', () => {
    expect(run('Nome completo: João Pedro Almeida Santos\nCódigo UdeG: 232995086').fields.fullName).toBe('João Pedro Almeida Santos');
  });
  it('a list line "Name - UdeG code ..." names the student; the office\'s signature does not run into its title', () => {
    const r = run('Dear Sir or Madam,\n\n1. Camille Lefebvre - UdeG code 232802002 - passport 21AB44413\n\nBest regards,\nAnne-Sophie Girard\nInternational Relations Office', { from: { address: 'international@sciencespo-lyon.fr', name: 'Relations Internationales' } });
    expect(r.fields.fullName).toBe('Camille Lefebvre');
  });
});

describe('a freshman pointing at her applicant number as her code (issue #3, fresh101 and fresh104 sets)', () => {
  it('in the subject ("Arriba va mi nombre y mi código") or in a pasted results page ("ahí viene mi código")', () => {
    const subject = run('Alta al seguro por favor, es mi primer día. Arriba va mi nombre y mi código', { subject: 'Víctor Vega Quintero 3206598' });
    expect(subject.fields.studentCode).toBe('3206598');
    expect(subject.problems.map((p) => p.code)).toContain('student_code_aspirante');
    const page = run('Les pego lo de la página de resultados, ahí viene mi código:\n\nRESULTADOS DE ADMISIÓN\nNúmero de solicitud: 2862750\nDictamen: ADMITIDO\n\nNombre: Ana Sofía Ruiz Peña');
    expect(page.fields.studentCode).toBe('2862750');
  });
  it('without her pointing at it, a request number stays none', () => {
    expect(run('Les pego lo de la página de resultados:\n\nNúmero de solicitud: 2862750\nDictamen: ADMITIDO').fields.studentCode).toBeNull();
    expect(run('Alta al seguro por favor, es mi primer día.', { subject: 'Víctor Vega Quintero 3206598' }).fields.studentCode).toBeNull();
  });
});

describe('signed "att: Sofía" (issue #3, fresh104 and fresh76 sets)', () => {
  it('is her given name alone: an incomplete name', () => {
    for (const sig of ['att: Sofía', 'Att. Sofía']) {
      const r = run(`hola q tal, xfa me pueden dar de alta en el imss?\ncod 232595227\ngrax!!\n${sig}\n\nEnviado desde mi iPhone`, { from: { address: 'sofia.bravo4166@alumnos.udg.mx', name: 'Sofía Bravo Pérez' } });
      expect(r.fields.fullName).toBe('Sofía');
      expect(r.problems.map((p) => p.code)).toContain('name_incomplete');
    }
  });
});

describe("a father's reply about his daughter (issue #3, fresh103 set)", () => {
  const from = { address: 'francisco.serrano96@gmail.com', name: 'Francisco Serrano' };
  it("his own name, signed alone, is not hers; the NSS after a sentence about his INE is read", () => {
    const r = run('Buenos días. Ayer fuimos a la subdelegación; como mi hija es menor tuve que ir yo con mi INE. Le unificaron los dos números y el que quedó es 75241465568.\n\n¿Ya pueden seguir con el trámite?\n\nFrancisco Serrano', { from });
    expect(r.fields.fullName).toBeNull();
    expect(r.fields.nss).toBe('75241465568');
  });
  it('her name is still read, and so is a name a shared family mailbox shows', () => {
    expect(run('Buenos días, escribo por mi hija. Sus datos:\nJimena Serrano López\nCódigo 232126208\n\nFrancisco Serrano', { from }).fields.fullName).toBe('Jimena Serrano López');
    expect(run('Buenos días, escribo por mi hija, ella es:\nJimena Serrano López', { from: { address: 'familia.serrano@gmail.com', name: 'Jimena Serrano López' } }).fields.fullName).toBe('Jimena Serrano López');
  });
  it('a phone word in an earlier sentence still rules a number in its own ("Tel. 3312345678")', () => {
    expect(run('Mi INE. Tel. 33123456789').fields.nss).toBeNull();
  });
});

describe('an address dictated with "guion bajo" (issue #3, fresh104 set)', () => {
  it('is spelled with its underscore and hyphen', () => {
    expect(run('mi correo institucional es garcia guion bajo aaron01 arroba gmail punto com gracias').fields.institutionalEmail).toBe('garcia_aaron01@gmail.com');
    expect(run('mi correo es ana guión ruiz arroba alumnos punto udg punto mx').fields.institutionalEmail).toBe('ana-ruiz@alumnos.udg.mx');
  });
});

describe('a former program\'s code beside the new one (issue #3, fresh105 set)', () => {
  it('the new code in the subject beats "el de antes era ..., ese ya no sirve" in the body', () => {
    expect(run('Me cambié de carrera y me dieron el código que puse en el asunto; el de antes era 229016415, ese ya no sirve.', { subject: 'Cambio de carrera - código nuevo 232959801' }).fields.studentCode).toBe('232959801');
  });
  it('a labeled code called old in a postscript gives way to the one given there', () => {
    expect(run('Código: 229943880\nNSS: 81241132174\n\nGracias.\n\nPD: perdón, ese código es el de mi carrera anterior (Biología). El nuevo, de Agronegocios, es 232056343.').fields.studentCode).toBe('232056343');
  });
  it('an old code alone is still the code', () => {
    expect(run('Mi código es 229016415, el de antes era ese porque no me han dado el nuevo.').fields.studentCode).toBe('229016415');
  });
});

describe("another office's answer to the student, greeting her by her whole name (issue #3, fresh105 set)", () => {
  it('names her', () => {
    const r = run('Buenas tardes, les reenvío lo que me contestó Control Escolar. Ya estoy activa.\n\n---------- Forwarded message ---------\nDe: Control Escolar CUAAD <controlescolar@cuaad.udg.mx>\nSubject: RE: Situación escolar\nTo: <janeth.lozano4107@alumnos.udg.mx>\n\nEstimada Janeth Lozano Chávez:\n\nLe confirmamos que, con código 229070034, usted se encuentra ACTIVA en el ciclo 2032B.', { from: { address: 'janeth.lozano4107@alumnos.udg.mx', name: 'Janeth Lozano Chávez' } });
    expect(r.fields.fullName).toBe('Janeth Lozano Chávez');
  });
  it('a greeting to someone else is not her name', () => {
    expect(run('Estimada Laura Gómez Ruiz:\n\nNo tengo vigencia, mi código es 229070034.', { from: { address: 'janeth.lozano4107@alumnos.udg.mx', name: 'Janeth Lozano Chávez' } }).fields.fullName).toBeNull();
  });
});

describe('a call centre signature, a US Social Security number, "Segundo apellido: X", a friend\'s "mi amiga Itzel" (issue #3, fresh106 and fresh107 sets)', () => {
  it("a company's name under the signature is not a name", () => {
    const r = run('Buenas tardes. Ya saqué el mío en IMSS Digital: 56241091729\n\nGracias.\n\nNoemí Cortés Ramírez\nSupervisora de Calidad | Campaña Bancaria\nPrisma Contact Center', { from: { address: 'noemi.cortesr@prismacontactcenter.com.mx', name: 'Noemí Cortés Ramírez' } });
    expect(r.fields.fullName).not.toBe('Prisma Contact Center');
  });
  it('another country\'s number on the NSS line is no NSS', () => {
    expect(run('NSS: no tengo, nunca me han dado uno aquí. Sólo tengo mi Social Security de allá (748-23-9981), ¿sirve?').fields.nss).toBeNull();
  });
  it('an X on the second surname\'s label is no surname', () => {
    expect(run('Nombre(s): Yaretzi\nPrimer apellido: Sandoval\nSegundo apellido: X\nCURP: SAXY121210MJCNXRA9').fields.fullName).toBe('Yaretzi Sandoval');
  });
  it("a friend writing for \"mi amiga Itzel\" from her own alumnos mailbox: the given name, incomplete, and not the friend's address", () => {
    const r = run('Hola, les mando los datos de mi amiga Itzel porque ella no tiene datos en el cel:\n\nCódigo: 229791984\nNSS: 63241158441', { from: { address: 'samantha.orozco3424@alumnos.udg.mx', name: 'Samantha Orozco Vidrio' } });
    expect(r.fields.fullName).toBe('Itzel');
    expect(r.fields.institutionalEmail).toBeNull();
  });
});

describe("an emergency unit's social worker naming \"el joven ...\" (issue #3, fresh108 set)", () => {
  it('names the student', () => {
    expect(run('Buenas tardes.\n\nEstá con nosotros el joven Hugo Pacheco Beltrán, quien refiere ser alumno del CUCEI. No trae identificación.\n\nTrabajo Social, turno matutino').fields.fullName).toBe('Hugo Pacheco Beltrán');
  });
});

describe("a reply-all under a teacher's call, quoting a classmate's answer (issue #3, fresh108 set)", () => {
  const quoted = '\n\nEl vie, 10 dic 2032 a las 07:20, Paulina Arias Muñoz (<paulina.arias6312@alumnos.udg.mx>) escribió:\n\n> Buenos días. Yo tampoco aparezco vigente, mis datos:\n>\n> Nombre: Paulina Arias Muñoz\n> Código: 229308569\n> NSS: 73241128393\n> CURP: AIMP110201MJCRXLC0';
  it("from his own alumnos mailbox, the classmate's quoted values are not his", () => {
    const r = run(`Igual yo, profe, no salgo vigente. Carlos Eduardo Jiménez Dávila, código 231356840. El NSS y la CURP los mando en la tarde.${quoted}`, { from: { address: 'carlos.jimenez6685@alumnos.udg.mx', name: 'Carlos Eduardo Jiménez Dávila' } });
    expect(r.fields.fullName).toBe('Carlos Eduardo Jiménez Dávila');
    expect(r.fields.nss).toBeNull();
    expect(r.fields.curp).toBeNull();
  });
  it('from a personal mailbox, her own earlier alumnos mail is still read', () => {
    expect(run(`Les reenvío lo que mandé desde mi correo de la escuela.${quoted}`, { from: { address: 'pau.arias.m@gmail.com', name: 'Paulina Arias' } }).fields.curp).toBe('AIMP110201MJCRXLC0');
  });
});

describe('labels typed with a slip, a CURP the phone broke after its date (issue #3, fresh109 set)', () => {
  it('"Nonbre:", "Codijo:", "Número de Seguridad Socal:", "CRUP:", "Corrreo:" are read as their labels', () => {
    const r = run('Nonbre: Ramiro León Miranda\nCodijo: 228804265\nNúmero de Seguridad Socal: 9424118403\nCRUP: LEMR100217HMCNRMB6\nCorrreo: leon_ramiro17@gmail.com');
    expect(r.fields.studentCode).toBe('228804265');
    expect(r.fields.nss).toBe('9424118403');
    expect(r.fields.institutionalEmail).toBe('leon_ramiro17@gmail.com');
    expect(r.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['nss_format', 'email_not_institutional']));
  });
  it('a plural or a title opening with a label word is no label', () => {
    expect(run('• Nombres que cuentan historias: las lenguas originarias en las aulas').fields.fullName).toBeNull();
    expect(run('Estudiantes: consulta tu vigencia en IMSS Digital').fields.fullName).toBeNull();
  });
  it('"Clave: AOOJ130514" over "MJCCRLB8" is one CURP', () => {
    expect(run('Les mando lo que sale en mi CURP:\n\nClave: AOOJ130514\nMJCCRLB8\nNombre\nJULIETA ACOSTA OROZCO').fields.curp).toBe('AOOJ130514MJCCRLB8');
  });
});

describe("an old webmail's fixed-width wrap inside a value (issue #3, fresh112 set)", () => {
  it('joins an NSS or a CURP cut at the end of a long line', () => {
    expect(run('Solicito el alta. Miguel Ángel Zepeda Íñiguez / 230104762 / 2924\n1214104 / ZEIM120111HVZPXGC2').fields.nss).toBe('29241214104');
    expect(run('nombre:jimena ruiz molina,codigo:233201304,nss:43241438845,curp:r\numj141105mjczlmb5,correo:jimena.ruiz2117@alumnos.udg.mx').fields.curp).toBe('RUMJ141105MJCZLMB5');
  });
  it('does not join two numbers that only look like one', () => {
    expect(run('Solicito el alta, mi teléfono de la casa es el número 3312345678 y la ext. 2924\n1214105 es de la oficina de mi papá.').fields.nss).toBeNull();
  });
});

describe("a writer's own or a parent's CURP offered in place of the student's (issue #3, fresh110 set)", () => {
  it("a father's, a sister's, and one the student says is his father's are not the student's", () => {
    expect(run('Solicito el alta de mi hijo.\n\nAlumno: Yahir Aguilar Nava\nCódigo: 232734400\n\nLa CURP de él no la tengo a la mano; les dejo la mía por si les sirve para buscarlo: AUSJ790902HJCGLQ22').fields.curp).toBeNull();
    expect(run('Buenas tardes, soy hermana de Estefanía Muñoz Orozco (código 226941175).\n\nLa CURP de ella no la encuentro, si les sirve la mía es MUOB050729MJCXRRC8, somos de los mismos papás.').fields.curp).toBeNull();
    expect(run('Nombre: Ricardo Robles Pérez\nCódigo: 231609771\nCURP: ROML820412HJCBNN07 (es la de mi papá, la mía no me la sé, ¿sirve?)', { from: { address: 'ricardo.robles7638@alumnos.udg.mx', name: 'Ricardo Robles Pérez' } }).fields.curp).toBeNull();
  });
  it("a sister who gives her sister's CURP is read", () => {
    expect(run('Buenas tardes, soy hermana de Ana Sofía Ruiz Peña (código 221935987). Su CURP es RUPA040315MJCZXNA7.').fields.curp).toBe('RUPA040315MJCZXNA7');
  });
});

describe('a husband, a roommate and a grandfather writing for the student (issue #3, fresh110 set)', () => {
  it('"Mi esposa, Valeria ..." and "Mi roomie Abril ..." name her', () => {
    expect(run('Mi esposa, Valeria Esparza Ruiz, no es desertora: está de licencia. Su código es 229327343.\n\nGracias.\nIván Rosales', { from: { address: 'ivan.rosales@gmail.com', name: 'Iván Rosales' } }).fields.fullName).toBe('Valeria Esparza Ruiz');
    expect(run('Hola! Mi roomie Abril González Serrano (abril.gonzalez4377@alumnos.udg.mx) no tiene seguro.').fields.fullName).toBe('Abril González Serrano');
  });
  it("a grandfather's signature, his subject saying whom he writes for, is not the student's name", () => {
    expect(run('Ayer fuimos mi nieto y yo a la subdelegación. El número quedó igual: 13241328999\n\n¿Ya pueden continuar con el alta?\n\nLeopoldo Santana', { subject: 'RE: Alta de mi nieto [IMSS-2033-039313]', from: { address: 'leopoldo.santana@prodigy.net.mx', name: 'Leopoldo Santana' } }).fields.fullName).toBeNull();
  });
});

describe("answers typed in colour inside Outlook's unmarked quote of the desk's reply (issue #3, fresh111 set)", () => {
  const header = '________________________________\nDe: Coordinación de Servicios Estudiantiles <imss@udg.mx>\nEnviado: lunes, 2 de mayo de 2033 10:31\nPara: vianey.alvarado4414@alumnos.udg.mx\nAsunto: Re: seguro [IMSS-2033-032551]\n\n';
  const from = { address: 'vianey.alvarado4414@alumnos.udg.mx', name: 'Vianey' };
  it('a name under the desk\'s "- Nombre completo" item, a note after it', () => {
    const r = run(`Buenos días, les contesté en azul.\n${header}Para continuar con tu trámite necesitamos que corrijas estos datos:\n- Nombre completo\nVianey Alvarado Zúñiga (así viene en mi CURP)\n\nAtentamente,\nCoordinación de Servicios Estudiantiles`, { from });
    expect(r.fields.fullName).toBe('Vianey Alvarado Zúñiga');
  });
  it("a sentence of hers with her CURP among the desk's next steps; the desk's own example is not hers", () => {
    const r = run(`Les escribo en verde lo que me pasa.\n${header}Próximos pasos:\n2. Registra tu clínica en IMSS Digital.\nYA LO INTENTÉ TRES VECES Y ME SALE QUE MI CURP NO COINCIDE: CARN110910MJCSMMB3. ¿QUÉ HAGO?\n3. Si después de un mes no apareces vigente, responde a este mismo correo.`, { from });
    expect(r.fields.curp).toBe('CARN110910MJCSMMB3');
    expect(run(`Ya les mando.\n${header}Necesitamos que nos envíes los siguientes datos:\n\nCódigo de estudiante: 219999999\nCURP: PEGL890909MJCRMS08`, { from }).fields.curp).toBeNull();
  });
});

describe('home universities writing in Portuguese or French (issue #3, fresh114 set)', () => {
  it('"em nome do nosso estudante <name>" names the student; the university\'s name signing is not a name', () => {
    const r = run('Prezados colegas da Universidad de Guadalajara,\n\nEscrevemos em nome do nosso estudante Pedro Henrique Lopes Martins, em mobilidade no CUCEI neste semestre (código UdeG 234695590), que nos informou que não conseguiu se inscrever no seguro do IMSS.\n\nAtenciosamente,\nSecretaria de Relações Internacionais\nUniversidade Federal de Santa Catarina', { from: { address: 'mobilidade@dri.ufsc.br', name: 'Secretaria de Relações Internacionais UFSC' } });
    expect(r.fields.fullName).toBe('Pedro Henrique Lopes Martins');
    expect(run('Hola, les escribo.\n\nGracias,\nUniversidade Federal de Santa Catarina', { from: { address: 'mobilidade@dri.ufsc.br', name: 'DRI' } }).fields.fullName).toBeNull();
  });
});

describe('a parent writing in Portuguese or French (issue #3, fresh114 set)', () => {
  it('"Sou mãe da <name>" names the daughter; the mother\'s own signature is not her name', () => {
    const r = run('Prezados, bom dia.\n\nSou mãe da Isabela Freitas Carvalho, que está fazendo intercâmbio no CUCEI desde fevereiro. O código dela é 234068067.\n\nPatrícia Freitas\nBelo Horizonte, Brasil', { from: { address: 'patricia.freitas98@uol.com.br', name: 'Patrícia Freitas' } });
    expect(r.fields.fullName).toBe('Isabela Freitas Carvalho');
  });
  it('"je suis la mère de <name>" too', () => {
    const r = run('Bonjour,\n\nJe suis la mère de Léa Martin Dubois, étudiante au CUCSH (code 234068011).\n\nSophie Dubois', { from: { address: 'sophie.dubois@orange.fr', name: 'Sophie Dubois' } });
    expect(r.fields.fullName).toBe('Léa Martin Dubois');
  });
});

describe('exchange students in French, Portuguese and English (issue #3, fresh114 set)', () => {
  const from = { address: 'chloe.martin8761@alumnos.udg.mx', name: 'Chloé Martin' };
  it("Outlook's French header block ends her text; her given name under \"Bien à vous,\" is an incomplete name", () => {
    const r = run('Bonjour,\n\nJe n\'ai toujours pas de CURP : mon rendez-vous est le 21 mars.\n\nBien à vous,\nChloé\n\n________________________________\nDe : Coordinación de Servicios Estudiantiles <imss@udg.mx>\nEnvoyé : jeudi 2 mars 2034 13:15\nÀ : chloe.martin8761@alumnos.udg.mx\nObjet : Re: Seguro facultativo [IMSS-2034-039804]\n\nHola, Chloé:\n\nNos falta:\n- CURP\n\nAtentamente,\nCoordinación de Servicios Estudiantiles', { from });
    expect(r.fields.fullName).toBe('Chloé');
    expect(r.problems.map((p) => p.code)).toContain('name_incomplete');
  });
  it('"My code:" labels the code (a 7-digit applicant number is named as one)', () => {
    const r = run('Name: Adriana Vázquez Álvarez\nMy code: 2956620 (es el que me dieron cuando apliqué)\nNSS: 10241637361', { from: { address: 'adriana.vazquez5825@alumnos.udg.mx', name: 'Adriana Vázquez Álvarez' } });
    expect(r.fields.studentCode).toBe('2956620');
    expect(r.problems.map((p) => p.code)).toContain('student_code_aspirante');
  });
  it('"Nom : / Prénom :" and "Nome: / Sobrenome:" give the whole name, given names first', () => {
    expect(run('Bonjour,\n\nNom : Lefèvre\nPrénom : Camille\nCode étudiant UdeG : 234930452', { from: { address: 'camille.lefevre2841@alumnos.udg.mx', name: 'Camille Lefèvre' } }).fields.fullName).toBe('Camille Lefèvre');
    expect(run('Bom dia!\n\nNome: João Pedro\nSobrenome: Gonçalves Ribeiro\nCódigo de estudante (UdeG): 234640826', { from: { address: 'joao.goncalves9603@alumnos.udg.mx', name: 'João Pedro Gonçalves Ribeiro' } }).fields.fullName).toBe('João Pedro Gonçalves Ribeiro');
  });
});

describe('numbers that are not values: ISSSTE, meeting ids, dialled codes, foreign phones; a lettered matrícula (issue #3, fresh113 and fresh116 sets)', () => {
  const from = { address: 'karla.santana3565@alumnos.udg.mx', name: 'Karla Santana Martínez' };
  it('"mi número del ISSSTE es ..." is not an NSS', () => {
    expect(run('Soy maestro y tengo ISSSTE. Nunca he tenido número del IMSS; mi número del ISSSTE es 2988115852.\n\nCódigo: 227351905').fields.nss).toBeNull();
  });
  it("a pasted Zoom or Teams invitation's ids (in its link, dialled after ',,' or before '#') and a US phone are no values", () => {
    const zoom = 'Todavía no tengo NSS.\n\nCódigo: 234659600\n\nhttps://udg.zoom.us/j/80146335270?pwd=YsVod\nID de reunión: 801 4633 5270\n+525541614288,,80146335270#,,,,*111904# México\n• +1 346 248 7799 EE. UU. (Houston)';
    expect(run(zoom, { from }).fields.nss).toBeNull();
    const teams = 'Mi código no me lo sé.\n\nUnirse por teléfono\n+52 55 8421 6310,,581387368#<tel:+525584216310,,581387368#> México\nId. de conferencia telefónica: 581 387 368#';
    expect(run(teams, { from }).fields.studentCode).toBeNull();
  });
  it('"Matrícula: A08732138" on her code\'s line is offered as the code, with its format fault', () => {
    const r = run('Nombre: Johana Guerrero Núñez\nMatrícula: A08732138\nNSS: 62241675735', { from: { address: 'johana.guerrero3598@alumnos.udg.mx', name: 'Johana Guerrero Núñez' } });
    expect(r.fields.studentCode).toBe('A08732138');
    expect(r.problems.map((p) => p.code)).toContain('student_code_format');
  });
});

describe('regional campuses: old clients, keypads, capitals (issue #3, fresh117 set)', () => {
  it("Outlook Express's reply to her own mail: the header block, then her mail quoted with '> ', is hers", () => {
    const r = run('¿Ya recibieron mis datos? No he tenido respuesta.\n\n----- Original Message -----\nFrom: "Elizabeth Arias Gutiérrez" <elizabetharias_77@prodigy.net.mx>\nTo: <imss@udg.mx>\nSent: Tuesday, October 03, 2034 7:12 PM\nSubject: Alta seguro facultativo\n\n\n> Buenas tardes:\n>\n> Nombre: Elizabeth Arias Gutiérrez\n> Código: 228513377\n> NSS: 89241088155\n> Correo de la UdeG: elizabeth.arias2616@alumnos.udg.mx', { from: { address: 'elizabetharias_77@prodigy.net.mx', name: 'Elizabeth Arias Gutiérrez' } });
    expect(r.fields.studentCode).toBe('228513377');
    expect(r.fields.nss).toBe('89241088155');
    expect(r.fields.institutionalEmail).toBe('elizabeth.arias2616@alumnos.udg.mx');
  });
  it('labels glued to their values on a keypad ("COD232713659", "NSS23241470691", "CURPCORF...") are read', () => {
    const r = run('NOMBRE FRANCISCO CORTES ROMO\nCOD232713659\nNSS23241470691\nCURPCORF141203HNTRMRB8\nCUSUR', { from: { address: 'francisco.cortes7982@alumnos.udg.mx', name: 'Francisco Cortés Romo' } });
    expect([r.fields.studentCode, r.fields.nss, r.fields.curp]).toEqual(['232713659', '23241470691', 'CORF141203HNTRMRB8']);
  });
  it('"HOLA SOY ALONDRA DE QUIMICO FARMACOBIOLOGO": her given name alone, not her career', () => {
    const r = run('HOLA SOY ALONDRA DE QUIMICO FARMACOBIOLOGO, ME URGE EL SEGURO\nCODIGO 230941323', { from: { address: 'alondra.casillas2014@alumnos.udg.mx', name: 'Alondra Casillas Villalvazo' } });
    expect(r.fields.fullName).toBe('ALONDRA');
    expect(r.problems.map((p) => p.code)).toContain('name_incomplete');
  });
  it('a question in capitals on its own line is not a name', () => {
    expect(run('MI PAPA DICE QUE ESE NUMERO SI ES EL MIO: 36937406951\nENTONCES CUAL LES MANDO?', { from: { address: 'yaretzi.cardenas1918@alumnos.udg.mx', name: 'Yaretzi Cárdenas Jiménez' } }).fields.fullName).toBeNull();
  });
});

describe('mail buried in signatures and threads (issue #3, fresh116 set)', () => {
  it('a signature\'s shortened "Óscar I. Jáuregui" does not replace the labeled name the CURP disagrees with', () => {
    const r = run('Nombre: Óscar Iván Xáuregui Peña\nCódigo: 233217963\nCURP: JAPO961108HJCRXS88\n\n--\nÓscar I. Jáuregui\nTel. 339-995-1232', { from: { address: 'oscar.jauregui5334@alumnos.udg.mx', name: 'Óscar Iván Jáuregui Peña' } });
    expect(r.fields.fullName).toBe('Óscar Iván Xáuregui Peña');
    expect(r.problems.map((p) => p.code)).toContain('curp_name_mismatch');
  });
  it("an office's reply she forwards: its staff member's seven-digit code under her title and its 'número de atención' are not the code", () => {
    const text = 'Les reenvío todo el hilo, mis datos están en mi primer correo.\n\n---------- Forwarded message ---------\nDe: Control Escolar CUTonalá <control.escolar@cutonala.udg.mx>\nSubject: Re: Alta seguro facultativo\nTo: Paula Uribe Serrano <paula.uribe8270@alumnos.udg.mx>\n\nTu solicitud quedó registrada con el número de atención 205488696.\n\nAtentamente,\nMtra. Verónica Salcido Ornelas\nJefa de la Unidad de Control Escolar, CUTonalá\nCódigo: 8507105\n\nEl mié, 16 ago 2034 a las 19:30, Paula Uribe Serrano <paula.uribe8270@alumnos.udg.mx> escribió:\n\n> Nombre: Paula Uribe Serrano\n> Código: 228762635\n> NSS: 35241089412';
    const r = run(text, { subject: 'Fwd: Alta seguro facultativo', from: { address: 'paula.uribe8270@alumnos.udg.mx', name: 'Paula Uribe Serrano' } });
    expect(r.fields.studentCode).toBe('228762635');
    expect(r.fields.nss).toBe('35241089412');
  });
  it('her given name under "Saludos," with her job\'s signature below a blank line is her incomplete name; one heading a firm\'s signature is not', () => {
    const r = run('Necesito darme de alta.\n\nCódigo: 227142310\n\nSaludos,\nMiranda\n\nBarista Jr. · Café La Flor de Córdoba · Sucursal Chapultepec\nAv. Chapultepec Sur 120, C.P. 44140', { from: { address: 'miranda.barragan7295@alumnos.udg.mx', name: 'Miranda Barragán Herrera' } });
    expect(r.fields.fullName).toBe('Miranda');
    expect(run('Muchas gracias. ¿La clínica me la asignan ustedes?\n\nSaludos.\n\nFrida\nAsistente Jurídico\nGarza Medina Abogados, S.C.', { from: { address: 'frida.estrada@garzamedinaabogados.mx', name: 'Frida Sofía Estrada Zepeda' } }).fields.fullName).toBeNull();
  });
  it('her former employer\'s notice to "Montserrat <m.torres749@gmail.com>" that she forwards is hers: its NSS is read', () => {
    const text = 'Les reenvío el correo de Capital Humano donde viene mi número.\n\nCódigo: 231576749\n\n---------- Forwarded message ---------\nDe: Capital Humano Café Volcán <capitalhumano@cafevolcan.mx>\nSubject: Confirmación de baja IMSS\nTo: Montserrat <m.torres749@gmail.com>\n\nNombre: MONTSERRAT TORRES RAMOS\nNSS: 83241372990\nRegistro patronal: Y6810182366';
    expect(run(text, { subject: 'Fwd: Confirmación de baja IMSS', from: { address: 'montserrat.torres1652@alumnos.udg.mx', name: 'Montserrat Torres Ramos' } }).fields.nss).toBe('83241372990');
  });
});

describe('values that changed and corrections (issue #3, fresh118 set)', () => {
  const from = { address: 'renata.medina1209@alumnos.udg.mx', name: 'Renata Medina Cisneros' };
  it('"en el NSS el sexto dígito es 4, no 7" and "el último número del código es 9, no 0" rebuild the values', () => {
    const r = run('NSS: 56241732329\nCódigo: 230367850\n\nPerdón, en el NSS el sexto dígito es 4, no 7.\n\nP.D. El último número del código es 9, no 0.', { from });
    expect(r.fields.nss).toBe('56241432329');
    expect(r.fields.studentCode).toBe('230367859');
  });
  it('a correction by place that does not fit the value written (the digit there is another) changes nothing', () => {
    expect(run('NSS: 56241732329\n\nEn el NSS el sexto dígito es 4, no 9.', { from }).fields.nss).toBe('56241732329');
  });
  it('"CURP anterior: ... / CURP vigente: ..." (RENAPO\'s notice) gives the current one', () => {
    expect(run('Les reenvío el aviso de RENAPO, cambió mi CURP.\n\nCURP anterior: NALJ120712HJCVZVB7\nCURP vigente: NALJ120721HJCVZVB6').fields.curp).toBe('NALJ120721HJCVZVB6');
  });
  it('"Antes era ...@alumnos.udg.mx pero ese ya no lo uso" gives way to the institutional address she writes from', () => {
    expect(run('Les escribo desde mi correo nuevo de la UdeG. Antes era miguelvalencia40@alumnos.udg.mx pero ese ya no lo uso.', { from: { address: 'miguel.valencia5360@alumnos.udg.mx', name: 'Miguel Ángel Valencia Cortés' } }).fields.institutionalEmail).toBe('miguel.valencia5360@alumnos.udg.mx');
  });
  it('"me unificaron los dos números ... el que quedó es el ..." replaces the NSS above', () => {
    expect(run('NSS: 22241424930\n\nPD: me unificaron los dos números que tenía y el que quedó es el 79241472558. Ese es el bueno.', { from }).fields.nss).toBe('79241472558');
  });
  it('"Perdón, el autocorrector me cambió el apellido, es Alondra Ruiz Pérez" corrects the labeled name', () => {
    expect(run('Nombre: Alondra Ruiz Peres\nCURP: RUPA130514MJCZRLB1\n\nPerdón, el autocorrector me cambió el apellido, es Alondra Ruiz Pérez, con z.', { from: { address: 'alondra.ruiz8717@alumnos.udg.mx', name: 'Alondra Ruiz Pérez' } }).fields.fullName).toBe('Alondra Ruiz Pérez');
  });
  it('a code struck through in HTML ("<s>228897118</s> 228223046") is not read', () => {
    const html = '<div>Nombre: Mauricio Amezcua Enr&iacute;quez</div><div>C&oacute;digo: <s>228897118</s> 228223046</div><div>NSS: <span style="text-decoration: line-through">42241007500</span> 42241007584</div>';
    const r = run('', { html, from: { address: 'mauricio.amezcua9463@alumnos.udg.mx', name: 'Mauricio Amezcua Enríquez' } });
    expect([r.fields.studentCode, r.fields.nss]).toEqual(['228223046', '42241007584']);
  });
});

describe('students with disabilities and those who write for them (issue #3, fresh119 set)', () => {
  it('a CURP spelled to the phone a word for each letter ("R de ratón, A de árbol, ..., 1, 1, 0, ...") is read', () => {
    const r = run('La CURP se las deletreo porque el dictado se equivoca con las letras: R de ratón, A de árbol, G de gato, B de burro, 1, 1, 0, 5, 2, 2, H de hotel, J de jirafa, C de casa, M de mamá, L de luna, N de nube, A de árbol, 1. Mi correo es este mismo.', { from: { address: 'benjamin.ramos9079@alumnos.udg.mx', name: 'Benjamín Ramos Gil' } });
    expect(r.fields.curp).toBe('RAGB110522HJCMLNA1');
  });
  it("a classmate writing from her own alumnos mailbox for another student, signing with her whole name: her address is not the student's", () => {
    const text = 'Hoy en la clase una compañera tuvo una crisis convulsiva. Ella me pidió que les escribiera porque todavía está muy cansada:\n\nNombre: Aitana Sánchez Vázquez\nCódigo: 229056639\nNSS: 48241171296\n\nGracias.\nLizeth Ramírez Ocampo';
    expect(run(text, { from: { address: 'lizeth.ramirez5013@alumnos.udg.mx', name: 'Lizeth Ramírez Ocampo' } }).fields.institutionalEmail).toBeNull();
  });
});

describe('mail passed on by other offices (issue #3, fresh120 set)', () => {
  it("an office's summary retyping her CURP with a slip, above her own mail: her mail's values, not two students (the desk's address in her words is nobody's record)", () => {
    const text = 'Para su atención.\n\nResumen de los datos de la quejosa:\n\nNombre: Zaira Silva Jaime\nCódigo: 229276400\nCURP: SIJZ111120MMNRMRC9\n\nDe: Zaira Silva Jaime <zaira.silva4965@alumnos.udg.mx>\nEnviado el: viernes, 2 de marzo de 2035 05:48 p. m.\nPara: defensoria@udg.mx\nAsunto: Queja: no me contestan lo del IMSS\n\nDesde el 6 de febrero mandé mis datos a imss@udg.mx y nadie me contesta.\n\nNombre completo: Zaira Silva Jaime\nCódigo de estudiante: 229276400\nNúmero de Seguro Social: 25241133963\nCURP: SIJZ111120MMNLMRC9\nCorreo institucional: zaira.silva4965@alumnos.udg.mx';
    const r = run(text, { from: { address: 'defensoria@udg.mx', name: 'Defensoría de los Derechos Universitarios' } });
    expect(r.severalStudents).toBeUndefined();
    expect([r.fields.curp, r.fields.nss]).toEqual(['SIJZ111120MMNLMRC9', '25241133963']);
  });
  it('"el correo que anotó es el de su hermana; el suyo es ..." gives hers', () => {
    const text = 'Les reenvío la solicitud de una alumna. Ojo: el correo que anotó es el de su hermana; el suyo es carolina.lopez6036@alumnos.udg.mx.\n\nControl Escolar CUCBA\n\nNombre: Carolina López Meza\nCódigo: 227579717\nCorreo: aurora.lopez8732@alumnos.udg.mx';
    expect(run(text, { from: { address: 'control.escolar@cucba.udg.mx', name: 'Control Escolar CUCBA' } }).fields.institutionalEmail).toBe('carolina.lopez6036@alumnos.udg.mx');
  });
});

describe('text copied from screenshots and PDFs (issue #3, fresh122 set)', () => {
  const from = { address: 'joel.marquez9046@alumnos.udg.mx', name: 'Joel Márquez Ramírez' };
  it("a PDF's ligatures ('Delﬁna', 'delﬁna.arreola...') read as their letters", () => {
    const r = run('Nombre: Delﬁna Arreola Fierro\nCorreo: delﬁna.arreola1165@alumnos.udg.mx', { from: { address: 'delfina.arreola1165@alumnos.udg.mx', name: 'Delfina Arreola Fierro' } });
    expect([r.fields.fullName, r.fields.institutionalEmail]).toEqual(['Delfina Arreola Fierro', 'delfina.arreola1165@alumnos.udg.mx']);
  });
  it('a word hyphenated at the line\'s end is joined ("Már-" / "quez Acosta", "carolina.ji-" / "menez8854@...")', () => {
    expect(run('Nombre: Néstor Már-\nquez Acosta\nCódigo: 231867228').fields.fullName).toBe('Néstor Márquez Acosta');
    expect(run('Mi correo es carolina.ji-\nmenez8854@alumnos.udg.mx').fields.institutionalEmail).toBe('carolina.jimenez8854@alumnos.udg.mx');
  });
  it('an NSS cut after its label and completed on the next line ("NSS: 1324166" / "9590") is one value', () => {
    expect(run('NSS: 1324166\n9590\nCURP: HAVG160613HJCRGSC1').fields.nss).toBe('13241669590');
  });
  it("a code copied from SIIAU's screen or the card, its digits read as letters, is read as the digits", () => {
    expect(run('Lo de SIIAU lo copié con el texto en vivo del iPhone:\n\nCódigo 2364399B7', { from }).fields.studentCode).toBe('236439987');
    expect(run('Copio mi SIIAU:\n\nCódigo: 234B8O9l9\nSituación: ACTIVO', { from }).fields.studentCode).toBe('234880919');
  });
  it('a code with a B typed in it, copied from nowhere, is still asked about', () => {
    expect(run('Código: 222B16300', { from }).problems.map((p) => p.code)).toContain('student_code_format');
  });
  it('a label spaced letter by letter ("C ó d i g o : 2 3 0 ...") is read', () => {
    expect(run('C ó d i g o : 2 3 0 8 7 4 4 2 6\nN S S : 6 2 2 4 1 2 5 6 1 8 9', { from }).fields.studentCode).toBe('230874426');
  });
  it("a CURP with digits for its letters ('O08S...', 'A1RV...') reads as the letters when the check digit agrees", () => {
    expect(run('CURP: O08S140309MJCSTFB1', { from }).fields.curp).toBe('OOBS140309MJCSTFB1');
    expect(run('la volví a sacar, ahora de la foto del acta: A1RV150221MJCVYLA2', { from }).fields.curp).toBe('AIRV150221MJCVYLA2');
  });
  it('a CURP hyphenated at the line\'s end ("BASM140-" / "613MJCRRRC8") and one cut short under its label ("CURP: CABJ12100" / "MBCLRMB0") are read', () => {
    expect(run('La copio del PDF:\n\nBASM140-\n613MJCRRRC8', { from }).fields.curp).toBe('BASM140613MJCRRRC8');
    const r = run('CURP: CABJ12100\nMBCLRMB0\nCorreo: jimena.calderon8252@alumnos.udg.mx', { from });
    expect(r.fields.curp).toBe('CABJ12100MBCLRMB0');
    expect(r.problems.map((p) => p.code)).toContain('curp_format');
  });
  it('an NSS pasted twice with nothing between is that NSS once', () => {
    expect(run('NSS: 4124131907241241319072', { from }).fields.nss).toBe('41241319072');
  });
});

describe('a name on its own line the CURP disagrees with (issue #3, fresh122 set)', () => {
  it('"Leonardo Cepeda Rentería" over "CURP ZERL...": his name as written, asked about', () => {
    const r = run('Hola, qué tal.\n\nLeonardo Cepeda Rentería\ncódigo 232722415\nCURP ZERL010126HJCPNNC7\n\nSaludos.', { from: { address: 'leonardo.zepeda7410@alumnos.udg.mx', name: 'Leonardo Cepeda Rentería' } });
    expect(r.fields.fullName).toBe('Leonardo Cepeda Rentería');
    expect(r.problems.map((p) => p.code)).toContain('curp_name_mismatch');
  });
});

describe('holidays, hard names, emergencies (issue #3, fresh124, fresh125 and fresh126 sets)', () => {
  it('"..., es Josefina Márquez Ávila, como viene en mi CURP" and "Completo es José María Carrillo Tostado" name the writer', () => {
    expect(run('En el acuse mi nombre aparece con menos palabras; por si me faltó ponerlo completo en mi primer correo, es Josefina Márquez Ávila, como viene en mi CURP.').fields.fullName).toBe('Josefina Márquez Ávila');
    expect(run('Ah, es que me registraron como José María pero nunca uso el María. Completo es José María Carrillo Tostado.').fields.fullName).toBe('José María Carrillo Tostado');
  });
  it('"una de las chicas, Montserrat Vera Saldaña, está internada" and "Sólo sé su nombre, Nayeli Cárdenas Reyes, ..." name the student; a display name that is a role ("Compañera de cuarto") is no name', () => {
    expect(run('Estoy en Sayulita con un grupo de amigos y una de las chicas, Montserrat Vera Saldaña, está internada en Bucerías.').fields.fullName).toBe('Montserrat Vera Saldaña');
    expect(run('Mi compañera de cuarto se desmayó esta mañana. Sólo sé su nombre, Nayeli Cárdenas Reyes, y su código 233649730.', { from: { address: 'brenda759@gmail.com', name: 'Compañera de cuarto' } }).fields.fullName).toBe('Nayeli Cárdenas Reyes');
  });
  it('an Ñ typed among a CURP\'s inner consonants reads as the X the CURP has', () => {
    const r = run('CURP: PEID140521MJCÑÑNC1', { from: { address: 'daniela.pena8592@alumnos.udg.mx', name: 'Daniela Peña Íñiguez' } });
    expect(r.fields.curp).toBe('PEID140521MJCXXNC1');
    expect(r.problems).toEqual([]);
  });
});

describe('students who work (issue #3, fresh123 set)', () => {
  it('"así viene en mi recibo de nómina: 82241590687" is her NSS (a payslip is where it is printed)', () => {
    expect(run('Lo revisé y así viene en mi recibo de nómina: 82241590687', { from: { address: 'ivonne.mora5113@alumnos.udg.mx', name: 'Ivonne Mora Jiménez' } }).fields.nss).toBe('82241590687');
  });
  it('"El muchacho Hugo Núñez Romero (estudiante de Arquitectura, código ...)" names the student', () => {
    expect(run('Soy supervisor de obra. El muchacho Hugo Núñez Romero (estudiante de Arquitectura, código 231783672) entró con nosotros hace dos semanas.\n\nIng. Federico Ramos', { from: { address: 'framos@arcosdelsur.com.mx', name: 'Federico Ramos' } }).fields.fullName).toBe('Hugo Núñez Romero');
  });
});

describe('students who come back after years away (issue #3, fresh127 set)', () => {
  it("a son writing from his own alumnos mailbox for his mother ('les escribo por mi mamá'): his address is not hers", () => {
    const r = run('Yo también estudio en la UdeG y les escribo por mi mamá, que regresó a la Licenciatura en Trabajo Social.\n\nNombre: Leticia Chávez Gómez\nCódigo: 236165610\nCURP: CAGL820927MGTHMT52', { from: { address: 'diego.chavez6962@alumnos.udg.mx', name: 'Diego Chávez' } });
    expect(r.fields.institutionalEmail).toBeNull();
  });
  it('"el viejo, ..., que ya no abre, y el nuevo ...": the new address', () => {
    expect(run('Tengo dos correos de la universidad: el viejo, aledezma@alumnos.udg.mx, que ya no abre, y el nuevo que me dieron al regresar: ana.ledezma9497@alumnos.udg.mx.', { from: { address: 'ana.ledezma93@hotmail.com', name: 'Ana Sofía Ledezma Serrano' } }).fields.institutionalEmail).toBe('ana.ledezma9497@alumnos.udg.mx');
  });
  it("her own mail forwarded 'que les mandé desde mi cuenta anterior': the address she writes from now", () => {
    const text = 'Les reenvío el correo que les mandé el 27 de agosto desde mi cuenta anterior de la universidad; ya me activaron la nueva.\n\n________________________________\nDe: Miriam Trujillo Chávez <miriam.trujillo@alumnos.udg.mx>\nEnviado: miércoles, 27 de agosto de 2036 09:12\nPara: imss@udg.mx\nAsunto: Alta IMSS reingreso\n\nNombre: Miriam Trujillo Chávez\nCódigo: 236345003';
    expect(run(text, { subject: 'RV: Alta IMSS reingreso', from: { address: 'miriam.trujillo3854@alumnos.udg.mx', name: 'Miriam Trujillo Chávez' } }).fields.institutionalEmail).toBe('miriam.trujillo3854@alumnos.udg.mx');
  });
});

describe('threads with parents and tutors in copy (issue #3, fresh128 set)', () => {
  const DESK_QUOTE = '> Hola, Ana:\n>\n> Nos falta:\n> - Número de Seguridad Social (NSS)\n> - CURP\n>\n> Atentamente,\n> Coordinación de Servicios Estudiantiles';
  const daughter = { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Sofía Ruiz Peña' } };
  const mothersReplyAll = `> Buenas noches. Soy la mamá de Ana Sofía Ruiz Peña, les paso lo que falta:\n>\n> NSS: ${NSS}\n> CURP: ${CURP}\n>\n> Gracias.\n> Silvia Peña\n>\n> El mié., 28 de ene. de 2037 14:02, Coordinación de Servicios Estudiantiles <imss@udg.mx> escribió:\n>\n${DESK_QUOTE.replace(/^> /gm, '> > ')}`;

  it("a field her own text leaves empty is read from her mother's quoted reply-all that names her", () => {
    const r = run(`Buenas tardes, ya tengo mi código: 219834567\n\nEl sáb., 31 de ene. de 2037 21:40, Silvia Peña <silvia.pena_@gmail.com> escribió:\n\n${mothersReplyAll}`, daughter);
    expect(r.fields).toMatchObject({ fullName: 'Ana Sofía Ruiz Peña', studentCode: '219834567', nss: NSS, curp: CURP });
    expect(r.sources).toMatchObject({ nss: 'quote', curp: 'quote', studentCode: 'body' });
  });

  it('her own value beats the one in the quoted mail', () => {
    const other = '13241188393';
    const r = run(`El NSS que mandó mi mamá es el de ella. El mío es ${other}.\n\nEl sáb., 31 de ene. de 2037 21:40, Silvia Peña <silvia.pena_@gmail.com> escribió:\n\n${mothersReplyAll}`, daughter);
    expect(r.fields.nss).toBe(other);
    expect(r.fields.curp).toBe(CURP);
  });

  it("a classmate's quoted answer, which names the classmate and not the writer, is not read", () => {
    const classmate = `> Profe, aquí van mis datos: Mariel Topete Ruiz, NSS ${NSS}, CURP ${CURP}`;
    const r = run(`Yo también mando los míos en un rato.\n\nEl lun, 2 feb 2037 a las 9:00, Mariel Topete <mariel.topete4218@alumnos.udg.mx> escribió:\n\n${classmate}`, daughter);
    expect(r.fields.nss).toBeNull();
    expect(r.fields.curp).toBeNull();
  });

  it("a parent's reply quoting the desk's reply to the student's mailbox gives her address (Outlook 'Para:')", () => {
    const text = `Buenas noches, aquí está el número de seguro de mi hija: ${NSS}\n\n________________________________\nDe: Coordinación de Servicios Estudiantiles <imss@udg.mx>\nEnviado: viernes, 30 de enero de 2037 15:16\nPara: Ana Ruiz <ana.ruiz1234@alumnos.udg.mx>\nCC: Silvia Peña <silvia.pena_@gmail.com>\nAsunto: Re: Alta seguro\n\nHola, Ana:\n\nNos falta:\n- Número de Seguridad Social (NSS)`;
    expect(run(text, { from: { address: 'silvia.pena_@gmail.com', name: 'Silvia Peña' } }).fields.institutionalEmail).toBe('ana.ruiz1234@alumnos.udg.mx');
    // ...not when the desk wrote to two students at once, nor when the writer is a student herself.
    expect(run(text.replace('Para: Ana Ruiz <ana.ruiz1234@alumnos.udg.mx>', 'Para: ana.ruiz1234@alumnos.udg.mx; luis.ruiz5678@alumnos.udg.mx'), { from: { address: 'silvia.pena_@gmail.com', name: 'Silvia Peña' } }).fields.institutionalEmail).toBeNull();
  });

  it("her own quoted mail's institutional From, under her tutor's or her father's reply, is her address; under a classmate's Gmail it is not", () => {
    const quoted = (who: string) => `\n\nEl sáb, 31 ene 2037 a las 20:14, Ana Ruiz (<ana.ruiz1234@alumnos.udg.mx>) escribió:\n\n> Buenas noches, aquí van los datos que faltaban:\n>\n> NSS: ${NSS}\n> CURP: ${CURP}\n>\n> Saludos,\n> Ana Sofía Ruiz Peña${who}`;
    expect(run(`Enterado, gracias. Ana, avísame cuando te llegue la confirmación.\n\nDr. Germán Ocegueda Luna${quoted('')}`, { from: { address: 'german.ocegueda@academicos.udg.mx', name: 'Dr. Germán Ocegueda Luna' } }).fields.institutionalEmail).toBe('ana.ruiz1234@alumnos.udg.mx');
    expect(run(`Soy el papá de Ana Sofía Ruiz Peña; ella me reenvió su correo.${quoted('')}`, { from: { address: 'samuel.ruiz36@gmail.com', name: 'Samuel Ruiz' } }).fields.institutionalEmail).toBe('ana.ruiz1234@alumnos.udg.mx');
    expect(run(`Una compañera me reenvió esto para saber qué mandar. Yo soy otro alumno, código 229766569.${quoted('')}`, { from: { address: 'javier.gutierrez_69@gmail.com', name: 'Javier Vallejo Gutiérrez' } }).fields.institutionalEmail).toBeNull();
  });

  it('"el código que ella les mandó es el de su hermana (…). El de ella es …": the second', () => {
    expect(run('Buenos días. Revisando el correo que le llegó a mi hija, el código que ella les mandó es el de su hermana menor (236102238). El de ella es 235006401.', { from: { address: 'enrique.guerrero@gmail.com', name: 'Enrique Guerrero' } }).fields.studentCode).toBe('235006401');
  });

  it('"Su NSS, según su expediente: …" is an NSS (the file is where it was read, not the number\'s kind)', () => {
    const r = run('El alumno Víctor Hugo Ocegueda Pacheco, código 234054672, sale a prácticas. Su NSS, según su expediente: 5924161800.', { from: { address: 'coord.veterinaria@cucba.udg.mx', name: 'Coordinación de Medicina Veterinaria' } });
    expect(r.fields.nss).toBe('5924161800');
    expect(r.problems.map((p) => p.code)).toContain('nss_format');
    expect(run('No. de expediente: 5924161800', { from: { address: 'coord.veterinaria@cucba.udg.mx', name: 'Coordinación' } }).fields.nss).toBeNull();
  });

  it('a number in a pasted spreadsheet row takes its field from the header cell over it (fresh123)', () => {
    const sheet = (nss: string) => `Copio mi renglón del reporte de personal:\n\nNo. Emp\tNombre\tNSS\tPuesto\n48814\tORENDAIN TOPETE GISELA\t${nss}\tVENDEDORA\n\nCódigo: 234480355`;
    const r = run(sheet('6240617818'));
    expect(r.fields.nss).toBe('6240617818');
    expect(r.problems.map((p) => p.code)).toContain('nss_format');
    // (The employee number under "No. Emp" stays nobody's; a row with no header above is read as before.)
    expect(run(sheet('6240617818')).fields.studentCode).toBe('234480355');
    expect(run('48814\tORENDAIN TOPETE GISELA\t6240617818\tVENDEDORA').fields.nss).toBeNull();
  });

  it('"Su NSS, según la ficha de inscripción: …" is an NSS too; a "ficha" number alone is not (fresh111)', () => {
    const coach = { from: { address: 'ramon.lugo@cucs.udg.mx', name: 'Ramón Lugo' } };
    const r = run('El atleta Manuel Márquez Miranda (código 231553597) viaja a la Universiada. Su NSS, según la ficha de inscripción: 7424139551.', coach);
    expect(r.fields.nss).toBe('7424139551');
    expect(r.problems.map((p) => p.code)).toContain('nss_format');
    expect(run('Mi ficha de inscripción: 7424139551', coach).fields.nss).toBeNull();
  });
});

describe('prepa students and their families (issue #3, fresh133 set)', () => {
  it('"Mi hija: <name>" is the name\'s label', () => {
    expect(run('Buenas tardes. Le mando foto de la tarjeta del IMSS.\n\nMi hija: Danna Paola Martínez Santana\nCódigo: 236422214', { from: { address: 'lalomartinez468@gmail.com', name: 'Eduardo Martínez' } }).fields.fullName).toBe('Danna Paola Martínez Santana');
  });
  it("a counsellor's forward of the desk's reply to 'x@alumnos.udg.mx <x@alumnos.udg.mx>' gives that address", () => {
    const text = 'El alumno me reenvió el correo; le ayudamos a sacar su NSS: 04220412342\n\n________________________________\nDe: Coordinación de Servicios Estudiantiles <imss@udg.mx>\nEnviado: martes, 12 de enero de 2038 10:31\nPara: luis.santana6772@alumnos.udg.mx <luis.santana6772@alumnos.udg.mx>\nAsunto: Re: Alta IMSS\n\nHola, Luis:\n\nNos falta:\n- Número de Seguridad Social (NSS)';
    expect(run(text, { subject: 'RV: Alta IMSS', from: { address: 'miguel.villagomez@sems.udg.mx', name: 'Miguel Villagómez' } }).fields.institutionalEmail).toBe('luis.santana6772@alumnos.udg.mx');
  });
});

describe('first requests typed on phones (issue #3, fresh130 set)', () => {
  const from = { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Sofía Ruiz Peña' } };
  it("an NSS dictated in the card's groups with a thousands word ('cuatro mil ochocientos dieciocho')", () => {
    expect(run('mi número de seguro social cuarenta y dos, veinticuatro, diecinueve, cuatro mil ochocientos dieciocho, tres gracias', from).fields.nss).toBe('42241948183');
  });
  it('a CURP wrapped inside its date, and an address wrapped before its last digits, are one value', () => {
    expect(run('NSS 64241888300\nCURP SIGV18051\n7MMNLNLC8', from).fields.curp).toBe('SIGV180517MMNLNLC8');
    const r = run('Nombre: Allison Cárdenas Quezada\nCorreo UDG: allison.cardenas50\n36@alumnos.udg.mx', { from: { address: 'acardenas717@gmail.com', name: 'Allison Cárdenas Quezada' } });
    expect(r.fields.institutionalEmail).toBe('allison.cardenas5036@alumnos.udg.mx');
  });
  it("an NSS the writer says is her mother's is explained as a parent's without a CURP; one she says was the parent's before her own is not", () => {
    const said = run('Les mando el de mi mamá porque yo no tengo: 83907100560', from);
    expect(said.problems.map((p) => p.code)).toEqual(['nss_parent_suspected']);
    expect(said.problems[0]!.message).toMatch(/^Nos dices que el NSS que enviaste es el de tu madre, padre o tutor/);
    expect(run('Tenían razón: el número que les mandé era el de mi papá. Ya saqué el mío en la página, es 15240948669.', from).problems).toEqual([]);
    expect(run('Este no es el de mi mamá, es el mío: 15240948669', from).problems).toEqual([]);
  });
  it('the same NSS sent again after the desk\'s quoted reply flagged it as a parent\'s is still a parent\'s; another one is read as it is (fresh141)', () => {
    const flagged = (nss: string) => `Mi papá dice que ese número sí es el mío: ${nss}\n\nEl mar, 29 mar 2039 a las 10:15, Coordinación de Servicios Estudiantiles <imss@udg.mx> escribió:\n> Por favor revisa:\n> - Número de Seguridad Social (NSS) (recibimos ********959): el año de nacimiento de este NSS no coincide con el de tu CURP; parece ser el NSS de otra persona (por ejemplo, de tu padre o madre). Necesitamos tu propio NSS.`;
    const again = run(flagged('36937450959'), from);
    expect(again.fields.nss).toBe('36937450959');
    expect(again.problems.map((p) => p.code)).toEqual(['nss_parent_suspected']);
    expect(again.problems[0]!.message).toMatch(/^Este NSS es el mismo que revisamos antes/);
    expect(run(flagged('15240948669'), from).problems).toEqual([]);
  });
});

describe('postgraduate and UDGVirtual students (issue #3, fresh134 set)', () => {
  it('"Código de licenciatura (anterior): ..." beside "Código de maestría (actual): ...": the current one', () => {
    expect(run('Nombre: Víctor Hugo Acosta Rojas\nCódigo de licenciatura (anterior): 217128241\nCódigo de maestría (actual): 238386929').fields.studentCode).toBe('238386929');
  });
});

describe('upset writers (issue #3, fresh135 set)', () => {
  it("answers typed between the lines of the desk's reply under a bare '-----Mensaje original-----' are hers", () => {
    const text = 'Les contesto abajo, entre sus líneas.\n\n-----Mensaje original-----\nHola, Emily:\n\nNos falta:\n- Código de estudiante\n\nAHÍ TIENEN: 233178744\n\n- CURP\n\nY LA CURP: RUPA040315MJCZXNA7 (ES LA MISMA QUE LES MANDÉ, REVISEN)\n\nAtentamente,\nCoordinación de Servicios Estudiantiles\nUniversidad de Guadalajara\nCorreo: imss@udg.mx';
    const r = run(text, { from: { address: 'emily.magana4837@alumnos.udg.mx', name: 'Emily Magaña Marín' } });
    expect(r.fields).toMatchObject({ fullName: null, studentCode: '233178744', curp: CURP });
  });
});

describe('a mother names her son in a sentence (issue #3, fresh133 set)', () => {
  it('"Ya le sacamos a <name> su propio número": his name', () => {
    expect(run('Buenas tardes. Tienen razón, el que les mandé era el mío. Ya le sacamos a Santiago Pérez López su propio número en IMSS Digital: 44242162905', { from: { address: 'judith.lopez@hotmail.com', name: 'Judith López' } }).fields.fullName).toBe('Santiago Pérez López');
  });
});

describe('replies answered every which way, and values in unusual layouts (issue #3, fresh137 and fresh138 sets)', () => {
  const ana = { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Sofía Ruiz Peña' } };
  it('her whole display name opening a line with the NSS after it', () => {
    expect(run(`Ana Sofía Ruiz Peña ${NSS}`, ana).fields.fullName).toBe('Ana Sofía Ruiz Peña');
  });
  it("a tutor's two bullet lines, a different student and value on each: the first student's", () => {
    const r = run('Les respondo por los dos alumnos que les canalicé:\n\n- Mauricio Ramos Mejía (IMSS-2038-039315): su NSS es 10241867117\n- Alondra Esquivel Gámez (IMSS-2038-037960): su CURP es EUGA160805MJCSMLA3\n\nMtra. Rocío Aldana', { from: { address: 'tutorias@cucsh.udg.mx', name: 'Programa de Tutorías CUCSH' } });
    expect(r.severalStudents).toBe(true);
    expect(r.fields.curp).toBeNull();
    expect(r.fields.nss).toBe('10241867117');
  });
  it("keycap digits, an NSS in a spreadsheet's thousands format, 'Student ID:', and a name split over English labels", () => {
    expect(run('Código: 2️⃣3️⃣8️⃣8️⃣3️⃣8️⃣0️⃣2️⃣7️⃣', ana).fields.studentCode).toBe('238838027');
    expect(run('NSS\t14,241,976,258', ana).fields.nss).toBe('14241976258');
    const id = run('Student ID: 2934942', ana);
    expect(id.fields.studentCode).toBe('2934942');
    expect(id.problems.map((p) => p.code)).toEqual(['student_code_aspirante']);
    expect(run('First name: Mariana\nLast name: González\nSecond last name: Domínguez', ana).fields.fullName).toBe('Mariana González Domínguez');
  });
});

describe("someone else's data beside her own (issue #3, fresh140 set)", () => {
  const josefina = { from: { address: 'josefina.navarrete8187@gmail.com', name: 'Josefina Navarrete Madrigal' } };
  it("a friend's block she takes back in the same mail ('esos son los datos de mi amiga ... Los míos son:'): her own", () => {
    const text = 'Buenas tardes, solicito mi alta en el IMSS:\n\nNombre: Alejandra Tello Carranza\nCódigo: 237387077\nNSS: 94241927154\nCURP: TECA190214MJCLRLB8\n\nAy perdón, esos son los datos de mi amiga, se me quedaron copiados. Los míos son:\n\nNombre: Josefina Navarrete Madrigal\nCódigo: 237036194\nNSS: 73241987145\nCURP: NAMJ191117MJCVDSC8';
    const r = run(text, josefina);
    expect(r.fields).toMatchObject({ fullName: 'Josefina Navarrete Madrigal', studentCode: '237036194', nss: '73241987145', curp: 'NAMJ191117MJCVDSC8' });
    expect(r.severalStudents).toBeUndefined();
  });
  it("her own code, then 'Código de mi hermano gemelo: ...' after it: hers; a sister writing for her brother keeps his", () => {
    const tomas = { from: { address: 'tomas.segura6322@alumnos.udg.mx', name: 'Tomás Segura Limón' } };
    expect(run('Buenas tardes, mis datos:\n\nTomás Segura Limón\n234794839\n38241625292\n\nCódigo de mi hermano gemelo: 234193993 (él ya está dado de alta).', tomas).fields.studentCode).toBe('234794839');
    expect(run('Les escribo por mi hermano, que no tiene computadora.\n\nCódigo de mi hermano: 234193993', { from: { address: 'maribel.s@gmail.com', name: 'Maribel Segura' } }).fields.studentCode).toBe('234193993');
  });
});

describe('replies under the desk\'s quoted reply (issue #3, fresh153 set)', () => {
  it("Outlook on the web's header block pasted at the top, her values under the desk's signature after a rule of dashes: hers", () => {
    const text = '________________________________\nDe: Coordinación de Servicios Estudiantiles <imss@udg.mx>\nEnviado: jueves, 10 de enero de 2041 11:11\nPara: hugo.gutierrez5614@alumnos.udg.mx <hugo.gutierrez5614@alumnos.udg.mx>\nAsunto: Re: Alta IMSS [IMSS-2041-018443]\n\nHola, Hugo:\n\nNos falta:\n- Número de Seguridad Social (NSS)\n- CURP\n\nAtentamente,\nCoordinación de Servicios Estudiantiles\nUniversidad de Guadalajara\nHorario de atención: lunes a viernes de 9:00 a 17:00 h\nCorreo: imss@udg.mx\n\n-----\nNSS: 76241836774\nCURP: GUCH180303HDFTSGA9\nHugo Gutiérrez Casillas';
    const r = run(text, { from: { address: 'hugo.gutierrez5614@alumnos.udg.mx', name: 'Hugo Gutiérrez Casillas' } });
    expect(r.fields).toMatchObject({ fullName: 'Hugo Gutiérrez Casillas', nss: '76241836774', curp: 'GUCH180303HDFTSGA9' });
  });
});

describe('the first day of 2041B, the portal down, back from the holidays (issue #3, fresh155-fresh157 sets)', () => {
  const kevin = { from: { address: 'kevin.juarez4846@alumnos.udg.mx', name: 'Kevin Juárez Barajas' } };
  it("the admission result's 7-digit number alone on a line among bare values, in a mail about the 'dictamen': sent for the code", () => {
    const r = run('Hola, soy de nuevo ingreso. Todavía no me dan la credencial, pongo el número que me salió en el dictamen:\n\n2668587\n\nKevin Juárez Barajas\n44242286852\nJUBK221119HJCRRVA8', kevin);
    expect(r.fields.studentCode).toBe('2668587');
    expect(r.problems.map((p) => p.code)).toEqual(['student_code_aspirante']);
    // Not in a mail that never speaks of the admission.
    expect(run('Hola, mis datos:\n\n2668587\n\nKevin Juárez Barajas\n44242286852\nJUBK221119HJCRRVA8', kevin).fields.studentCode).toBeNull();
  });
  it("ten digits alone among bare values whose 5th-6th digits are the CURP's birth year: an NSS cut short; a phone is not", () => {
    const omar = { from: { address: 'omar.ulloa4798@alumnos.udg.mx', name: 'Omar Ulloa Solís' } };
    const r = run('mis datos:\nOmar Ulloa Solís\n233187091\n4224158373\nUOSO151123HCHLLMA2', omar);
    expect(r.fields.nss).toBe('4224158373');
    expect(r.problems.map((p) => p.code)).toEqual(['nss_format']);
    expect(run('mis datos:\nOmar Ulloa Solís\n233187091\n3318273645\nUOSO151123HCHLLMA2', omar).fields.nss).toBeNull();
  });
  it("'me lo dictó mi hermana por teléfono': by phone, not a phone's number; the NSS is read and its check digit judged", () => {
    const r = run('Ya tengo el nss, me lo dictó mi hermana por teléfono desde la casa porque yo estoy en la escuela: 29-24-22-1505-6\n\nBernardo Sandoval Aceves / 241511297 / SAAB220909HGTNCRB2', { from: { address: 'bernardo.sandoval8576@alumnos.udg.mx', name: 'Bernardo Sandoval Aceves' } });
    expect(r.fields.nss).toBe('29242215056');
    expect(r.problems.map((p) => p.code)).toEqual(['nss_check_digit']);
  });
  it("an 8-digit code in a numbered list of bare values", () => {
    const r = run('Buenas tardes:\n\n1. Yuridia Lara Zavala\n2. 23968814\n3. 88242118540\n4. LAZY210624MGTRVRA8\n5. yuridia.lara3247@alumnos.udg.mx', { from: { address: 'yuridia.lara3247@alumnos.udg.mx', name: 'Yuridia Lara Zavala' } });
    expect(r.fields.studentCode).toBe('23968814');
  });
  it("'Mi compañera de cuarto, Rocío Camarena Soto, se quedó en Talpa': the roommate's name, not the writer's signature", () => {
    const r = run('Hola, buenas tardes. Mi compañera de cuarto, Rocío Camarena Soto, se quedó en Talpa porque se enfermó. Me pidió que les mandara sus datos:\n\nCódigo: 237543762\nNSS: 44241944105\n\nAlondra', { from: { address: 'alondra.beltran9@alumnos.udg.mx', name: 'Alondra Beltrán Gil' } });
    expect(r.fields.fullName).toBe('Rocío Camarena Soto');
  });
  it("a given name signed over Yahoo's 'Enviado desde Yahoo Mail para Android'", () => {
    const r = run('Hola, ¿ya quedó mi alta? Ya pasaron dos semanas.\nMarco\n\nEnviado desde Yahoo Mail para Android', { from: { address: 'marco.ponce5474@alumnos.udg.mx', name: 'Marco Ponce Íñiguez' } });
    expect(r.fields.fullName).toBe('Marco');
  });
});

describe('families that lost coverage, travellers, interns (issue #3, fresh158-fresh160 sets)', () => {
  it("'ese NSS es el de mi papá ... El mío lo acabo de sacar: 85242069665' on one line: hers, not said to be a parent's", () => {
    const r = run('Buenos días\n\nNombre: Tania Báez Becerra\nCódigo: 238618710\nNSS: 75947517928\nCURP: BABT200620MJCZCNB2\nCorreo: tania.baez8495@alumnos.udg.mx\n\nah no espérenme, ese NSS es el de mi papá (lo tenía guardado porque era beneficiaria de él hasta que lo liquidaron). El mío lo acabo de sacar en la página del IMSS: 85242069665\n\nperdón jaja', { from: { address: 'tania.baez8495@alumnos.udg.mx', name: 'Tania Báez Becerra' } });
    expect(r.fields.nss).toBe('85242069665');
    expect(r.problems).toEqual([]);
  });
  it("a passport's number on the CURP line is said back as not a CURP; a code typed there is not taken for one", () => {
    const manuel = { from: { address: 'manuel.cabrera4706@alumnos.udg.mx', name: 'Manuel Cabrera Aguirre' } };
    const r = run('Nombre: Manuel Cabrera Aguirre\nCódigo: 241610807\nNSS: 89242330259\nCURP: N95806345', manuel);
    expect(r.fields.curp).toBe('N95806345');
    expect(r.problems.map((p) => p.code)).toEqual(['curp_format']);
    expect(run('Nombre: Manuel Cabrera Aguirre\nCURP: 241610807', manuel).fields.curp).toBeNull();
  });
  it("a classmate's CURP sent in PDF for him from her own mailbox ('me pidió que les mandara su CURP (adjunto el PDF)'): his", () => {
    const pdf = { filename: 'CURP_VEIA190505HJCLBNB6.pdf', contentType: 'application/pdf', size: 1000, text: 'CLAVE UNICA DE REGISTRO DE POBLACION\nCURP: VEIA190505HJCLBNB6\nNombre: ANDRES VELASCO IBARRA' };
    const r = run('Hola. Mi compañero de internado está de guardia y no tiene señal, me pidió que les mandara su CURP (adjunto el PDF) y su código 237326969.\n\nFernanda', { from: { address: 'fernanda.olmos3391@alumnos.udg.mx', name: 'Fernanda Olmos' }, attachments: [pdf] });
    expect(r.fields).toMatchObject({ fullName: 'ANDRES VELASCO IBARRA', curp: 'VEIA190505HJCLBNB6', studentCode: '237326969' });
  });
});

describe('the hurricane on the coast (issue #3, fresh162 set)', () => {
  it("a friend writing for a friend from her own alumnos mailbox, 'mándenlo a mi correo ... y yo le aviso': not the student's address", () => {
    const r = run('Hola, escribo por mi amiga Luz Elena Alcántar Franco que está en el albergue de Talpa. Sus datos:\nCódigo 237007846\nNSS 17241963580\nCURP AAFL191004MJCLRZB8\n\nSi le tienen que mandar algo, mándenlo a mi correo daniela.montes9932@alumnos.udg.mx y yo le aviso.\n\nDaniela Montes', { from: { address: 'daniela.montes9932@alumnos.udg.mx', name: 'Daniela Montes Rojas' } });
    expect(r.fields.institutionalEmail).toBeNull();
    expect(r.fields.fullName).toBe('Luz Elena Alcántar Franco');
  });
  it("'le pedí el cel a mi hermana, 237332052, 89241990400, ...': a borrowed phone, not the numbers' label", () => {
    const r = run('hola soy Wendy Arriaga Loza, le pedí el cel a mi hermana, 237332052, 89241990400, AILW190818MJCRZNC4, wendy.arriaga1641@alumnos.udg.mx, estoy en el albergue', { from: { address: 'karen.arriaga.06@gmail.com', name: 'Karen' } });
    expect(r.fields).toMatchObject({ studentCode: '237332052', nss: '89241990400' });
  });
  it("a digit spelled out between typed ones on the NSS line: 'NSS 52242 uno 25434'", () => {
    const r = run('nombre Efraín Cervantes Tapia\ncódigo 239249201\nNSS 52242 uno 25434\nCURP CETE210913HJCRPFA9', { from: { address: 'efrain.cervantes8728@alumnos.udg.mx', name: 'Efraín Cervantes Tapia' } });
    expect(r.fields.nss).toBe('52242125434');
    expect(r.problems).toEqual([]);
  });
});

describe('the last week of 2042B (issue #3, fresh163 set)', () => {
  it("'ayer les mandé por error los datos de mi compañera ... Los míos son:' over his quoted first mail: his, nothing of the quote", () => {
    const text = 'Disculpen, ayer les mandé por error los datos de mi compañera de equipo. Los míos son:\n\nLeonardo Cuevas Preciado\n237793168\n16241914924\nCUPL190422HJCVRNA1\n\nSaludos\n\nEl lun, 1 dic 2042 a las 19:22, Leonardo Cuevas Preciado (<leonardo.cuevas2749@alumnos.udg.mx>) escribió:\n\n> Buenas tardes, les mando mis datos para el alta:\n>\n> Nombre: Valeria Montes de Oca\n> Código: 240902696\n> NSS: 87242293089\n> CURP: MOOV220730MJCNCLA1';
    const r = run(text, { from: { address: 'leonardo.cuevas2749@alumnos.udg.mx', name: 'Leonardo Cuevas Preciado' } });
    expect(r.fields).toMatchObject({ fullName: 'Leonardo Cuevas Preciado', studentCode: '237793168', nss: '16241914924', curp: 'CUPL190422HJCVRNA1' });
    expect(r.warnings).toEqual([]);
  });
});

describe('the day after the long weekend (issue #3, fresh167 set)', () => {
  it("'Perdón, puse los apellidos al revés. Es …' over his own quoted first mail: the name written again", () => {
    const text = 'Perdón, puse los apellidos al revés. Es Rodrigo Salas Medina.\n\n________________________________\nDe: Rodrigo Salas Medina <rodrigo.salas5373@alumnos.udg.mx>\nEnviado: martes, 3 de febrero de 2043 07:55\nPara: imss@udg.mx <imss@udg.mx>\nAsunto: datos imss\n\nBuen día\nRodrigo Medina Salas\n222721616\n27240485485\nSAMR040315HJCLDDC5';
    const r = run(text, { from: { address: 'rodrigo.salas5373@alumnos.udg.mx', name: 'Rodrigo Salas Medina' } });
    expect(r.fields).toMatchObject({ fullName: 'Rodrigo Salas Medina', studentCode: '222721616', curp: 'SAMR040315HJCLDDC5' });
  });
  it("a pasted CSV row 'Ximena,Ochoa Luna,…' under 'nombre,apellidos,…': the comma is the cell's, not surnames written first", () => {
    const r = run('nombre,apellidos,codigo,nss,curp\nXimena,Ochoa Luna,223769887,34200597853,OOLX050702MJCCNMA0', { from: { address: 'deportes@prepa9.udg.mx', name: 'Coordinación de Deportes' } });
    expect(r.fields.fullName).toBe('Ximena Ochoa Luna');
    // Surnames written first keep their comma.
    expect(run('apellidos,nombre,codigo,nss,curp\nOchoa Luna,Ximena,223769887,34200597853,OOLX050702MJCCNMA0', { from: { address: 'deportes@prepa9.udg.mx', name: 'Coordinación de Deportes' } }).fields.fullName).toBe('Ochoa Luna, Ximena');
  });
  it("a father signs his answer to his son's case: not a name the desk's masked one ('R****** S**** M*****') could be", () => {
    const quote = '\n\nEl vie., 30 de ene. de 2043 10:47, Coordinación de Servicios Estudiantiles <imss@udg.mx> escribió:\n\n> Hola:\n>\n> Nos falta:\n> - Número de Seguridad Social (NSS)\n>\n> Estos datos ya los recibimos bien (por seguridad mostramos sólo una parte):\n> - Nombre completo: R****** S**** M*****\n> - Código de estudiante: ******616\n';
    const father = run(`Buenos días, ya lo sacamos en la página del IMSS: 27240485485\n\nGracias\nErnesto Vidal Ortiz${quote}`, { from: { address: 'ernesto.vidal@gmail.com', name: 'Ernesto Vidal' } });
    expect(father.fields).toMatchObject({ fullName: null, nss: '27240485485' });
    const own = run(`Buenos días, aquí está mi NSS: 27240485485\n\nGracias\nRodrigo Salas Medina${quote}`, { from: { address: 'rodrigo.salas5373@alumnos.udg.mx', name: 'Rodrigo' } });
    expect(own.fields.fullName).toBe('Rodrigo Salas Medina');
  });
});

describe('the first day of 2043A, dictated (issue #3, fresh164 set)', () => {
  const rodrigo = { from: { address: 'rodrigo.salas5373@alumnos.udg.mx', name: 'Rodrigo Salas Medina' } };
  it("an address said aloud with its digits apart: 'ximena punto ochoa 5746 arroba alumnos punto udg punto mx'", () => {
    const r = run('hola mi nombre es Ximena Ochoa Luna y mi correo es ximena punto ochoa 5746 arroba alumnos punto udg punto mx gracias', { from: { address: 'xime.ol@gmail.com', name: 'Xime' } });
    expect(r.fields.institutionalEmail).toBe('ximena.ochoa5746@alumnos.udg.mx');
  });
  it("a CURP spelled by the letters' names and the digits' words: the eighteen characters; words that make no CURP stay words", () => {
    const r = run('curp ese a eme erre cero cuatro cero tres uno cinco hache jota ce ele de de ce cinco', rodrigo);
    expect(r.fields.curp).toBe('SAMR040315HJCLDDC5');
    expect(run('de a ce uno dos tres hache jota', rodrigo).fields.curp).toBeNull();
  });
  it("'mi nombre es rodrigo alas medina código …' in lower case: read, as far as the field that ends it", () => {
    // (The dictation lost the S of Salas: the name as written, against the CURP.)
    const r = run('buenos días mi nombre es rodrigo alas medina código 222721616 nss 27240485485 curp SAMR040315HJCLDDC5', rodrigo);
    expect(r.fields.fullName).toBe('rodrigo alas medina');
    expect(r.problems.map((p) => p.code)).toEqual(['curp_name_mismatch']);
    // Lower-case words that run on into the sentence are not a name.
    expect(run('buenos días mi nombre es rodrigo y estudio en el cucei', { from: { address: 'r.salas@gmail.com', name: 'R' } }).fields.fullName).not.toBe('rodrigo y estudio en el');
  });
});

describe('a code with a digit too many in a row of values (issue #3, fresh167 set)', () => {
  it("'mis datos: Rodrigo Salas Medina, 2227216163, 27240485485, SAMR…, …': the code, said back with its fault; a phone in such a row with a code is not", () => {
    const r = run('Qué tal, mis datos: Rodrigo Salas Medina, 2227216163, 27240485485, SAMR040315HJCLDDC5, rodrigo.salas5373@alumnos.udg.mx. Soy de la prepa 9.', { from: { address: 'rodrigo.salas5373@alumnos.udg.mx', name: 'Rodrigo Salas Medina' } });
    expect(r.fields.studentCode).toBe('2227216163');
    expect(r.problems.map((p) => p.code)).toEqual(['student_code_format']);
    const withCode = run('mis datos: Rodrigo Salas Medina, 222721616, 27240485485, SAMR040315HJCLDDC5, cel 2221234567', { from: { address: 'rodrigo.salas5373@alumnos.udg.mx', name: 'Rodrigo Salas Medina' } });
    expect(withCode.fields.studentCode).toBe('222721616');
  });
});

describe('graduate students, particles and surnames first (issue #3, fresh165 set)', () => {
  it("'mi nombre lo pongo como viene en la CURP:' over 'DE LA TORRE RUIZ SOFIA': the particles open the name", () => {
    const r = run('Buenas tardes, mando mis datos, mi nombre lo pongo como viene en la CURP:\n\nDE LA TORRE RUIZ SOFIA\n221818158\n41190310221\nTORS031120MJCRZFB8', { from: { address: 'sofia.torre6119@alumnos.udg.mx', name: 'Sofía' } });
    expect(r.fields.fullName).toBe('DE LA TORRE RUIZ SOFIA');
  });
});

describe('replies to the newsletter (issue #3, fresh166 set)', () => {
  it("'… CURP SAMR…. Gracias, Rodrigo' closing the line's last sentence: the given name, incomplete", () => {
    const r = run('Buenos días, me interesa lo del punto 2. Código 222721616, NSS 27240485485, CURP SAMR040315HJCLDDC5. Gracias, Rodrigo\n\nEnviado desde mi iPhone', { from: { address: 'rodrigo.salas5373@alumnos.udg.mx', name: 'Rodrigo Salas Medina' } });
    expect(r.fields.fullName).toBe('Rodrigo');
    expect(r.problems.map((p) => p.code)).toEqual(['name_incomplete']);
  });
});

describe('the fresh170-fresh175 sets\' first runs (issue #3)', () => {
  const at = (text: string, over: Partial<ParsedMail> = {}) => extractFields(mail(text, over), { ...CORPUS_OPTIONS, now: new Date('2043-05-01T12:00:00Z') });
  it("an NSS typed in groups with double spaces ('nss  822  4230  7039') is read whole", () => {
    expect(at('hola, soy Francisco Javier Solís Camacho\ncodigo  241344481\nnss  822  4230  7039\ncurp SOCF 230517 HZSLMRA2').fields.nss).toBe('82242307039');
    // (Two numbers on one labeled line stay apart: twenty digits are no NSS.)
    expect(at('nss  82242307039  241344481').fields.nss).toBe('82242307039');
  });
  it("Outlook's first-contact tip ('No suele recibir correo electrónico de ...') does not give the address", () => {
    const tip = 'No suele recibir correo electrónico de a.sandoval454@outlook.com. Por qué esto es importante<https://aka.ms/LearnAboutSenderIdentification>\n\n';
    const e = at(`${tip}Buenas tardes, no puedo entrar al correo de alumnos, les pido que me contesten aquí.\n\nNombre: Adrián Sandoval Cervantes\nCódigo: 239558454`, { from: { address: 'a.sandoval454@outlook.com', name: '' } });
    expect(e.fields.institutionalEmail).toBeNull();
    expect(e.fields.studentCode).toBe('239558454');
  });
  it("'es de mi papá, él se llama Rogelio Ochoa Sánchez': the father's name is not the student's", () => {
    expect(at('Buenas tardes, el número que les mandé sí es el que me dieron en la clínica: 87987933485. No sé por qué dicen que es de mi papá, él se llama Rogelio Ochoa Sánchez y tiene otro.').fields.fullName).toBeNull();
    // (A student introduced so is still read: "él acaba de entrar al CUCEI, se llama ...".)
    expect(at('Escribo por mi primo, él se llama Pablo Espinoza Bañuelos y no tiene seguro.').fields.fullName).toBe('Pablo Espinoza Bañuelos');
  });
  it("a name typed unmarked between the lines of the desk's reply quoted with '> ' is read", () => {
    const text = 'Buenas tardes, les contesto entre líneas.\n\n________________________________\nDe: Coordinación de Servicios Estudiantiles <imss@udg.mx>\nEnviado: martes, 17 de marzo de 2043 15:33\nPara: jaime.salazar4766@alumnos.udg.mx\nAsunto: Re: alta [IMSS-2043-035507]\n\n> Hola:\n>\n> Nos falta:\n> - Nombre completo\n\nNOMBRE: JAIME SALAZAR ANAYA\n\n> - CURP\n\nCURP: SAAJ190307HJCLNMB0\n\n>\n> Atentamente,\n> Coordinación de Servicios Estudiantiles';
    const e = at(text, { from: { address: 'jaime.salazar4766@alumnos.udg.mx', name: '' } });
    expect(e.fields.fullName).toBe('JAIME SALAZAR ANAYA');
    expect(e.fields.curp).toBe('SAAJ190307HJCLNMB0');
  });
  it("a given name signed under the signature's '--', or alone with an emoji after it: read, incomplete", () => {
    const juan = at('Buenas tardes, me pueden ayudar con el alta del seguro, gracias\n\ncod. 239379881\nnss: 11242180328\ncurp: VARJ211202HJCRVNB8\n\n--\nJuan', { from: { address: 'juan.vargas1409@alumnos.udg.mx', name: 'Juan Pablo Vargas Rivera' } });
    expect(juan.fields.fullName).toBe('Juan');
    expect(juan.problems.map((p) => p.code)).toContain('name_incomplete');
    expect(at('Sandra 🌻\n\nEnviado desde mi iPhone', { subject: 'alta 238085910', from: { address: 'sandra.cabrera5095@alumnos.udg.mx', name: 'Sandra Cabrera Campos' } }).fields.fullName).toBe('Sandra');
  });
  it("'Soy Yasmine Benali, de Marruecos, llegué ...': where she is from is not a surname", () => {
    expect(at('Soy Yasmine Benali, de Marruecos, llegué hace dos semanas para el intercambio en CUCEA.\n\nMi código es 243680968.').fields.fullName).toBe('Yasmine Benali');
  });
  it("'UdeG student number: 2435844261' is the code, with a digit too many", () => {
    const e = at('Name: Oliver Bennett\nUdeG student number: 2435844261\nNSS: 22242056186');
    expect(e.fields.studentCode).toBe('2435844261');
    expect(e.problems.map((p) => p.code)).toContain('student_code_format');
  });
  it('eight digits opening with 2 in a row of values with an NSS and a CURP: the code, a digit missing', () => {
    const e = at('Julio César Serrano Zamora 23677124 28241874248 SEZJ180414HSRRMLB1 porfa rapido tengo examen a las 11');
    expect(e.fields.studentCode).toBe('23677124');
    expect(e.problems.map((p) => p.code)).toContain('student_code_format');
    // (A phone's eight digits opening with 3 are not.)
    expect(at('Julio César Serrano Zamora 36771245 28241874248 SEZJ180414HSRRMLB1').fields.studentCode).toBeNull();
  });
  it("'Mi tutorado Luis Ángel Orozco Quintero me comenta ...': the tutee's name", () => {
    expect(at('Mi tutorado Luis Ángel Orozco Quintero me comenta que no ha podido usar el servicio médico. Sus datos: código 240898614, NSS 83242224547.\n\nDra. Yadira Lomelí', { from: { address: 'yadira.lomeli@academicos.udg.mx', name: 'Yadira Lomelí' } }).fields.fullName).toBe('Luis Ángel Orozco Quintero');
  });
  it("a parent's 'Mi NSS es ...', no CURP: the parent's (explained); a student mother's with her CURP is hers", () => {
    const father = at('Buen día, mi hija Yesenia Rivera Coronado (código 237096633) necesita el seguro. Yo tengo IMSS por mi trabajo. Mi NSS es 58957600818, el de ella no lo sabemos.', { from: { address: 'rivera.jorge@gmail.com', name: '' } });
    expect(father.fields.nss).toBe('58957600818');
    expect(father.problems.map((p) => p.code)).toEqual(['nss_parent_suspected']);
  });
});

describe("an office's Roundcube forward (issue #3, fresh112/116)", () => {
  it("'-------- Mensaje original --------' over 'Asunto: / Fecha: / Remitente: / Destinatario:': the student's own mail is read", () => {
    const text = 'Buenos días, les reenvío el correo de una alumna que nos escribió a nosotros; creemos que les corresponde a ustedes.\n\nSaludos.\nControl Escolar, Centro Universitario de los Altos\n\n-------- Mensaje original --------\nAsunto: seguro facultativo\nFecha: 2033-08-22 19:14\nRemitente: Valeria Zepeda Miranda <valeria.zepeda1973@alumnos.udg.mx>\nDestinatario: control.escolar@cualtos.udg.mx\n\nBuenas tardes, me dijeron en la coordinación que les pidiera a ustedes lo del seguro.\n\nNombre: Valeria Zepeda Miranda\nCódigo: 230676816\nNSS: 37241229485\nCURP: ZEMV121113MJCPRLB4';
    const e = extractFields(mail(text, { subject: 'Fwd: seguro facultativo', from: { address: 'control.escolar@cualtos.udg.mx', name: 'Control Escolar CUAltos' } }), { ...CORPUS_OPTIONS, now: new Date('2033-08-23T12:00:00Z') });
    expect(e.fields).toEqual({ fullName: 'Valeria Zepeda Miranda', studentCode: '230676816', nss: '37241229485', curp: 'ZEMV121113MJCPRLB4', institutionalEmail: 'valeria.zepeda1973@alumnos.udg.mx' });
    // (The desk's own reply under the same marker stays unread: its values are examples or masked.)
    const desk = text.replace('Valeria Zepeda Miranda <valeria.zepeda1973@alumnos.udg.mx>', 'Coordinación de Servicios Estudiantiles <imss@udg.mx>');
    expect(extractFields(mail(desk, { subject: 'Fwd: seguro facultativo', from: { address: 'control.escolar@cualtos.udg.mx', name: 'Control Escolar CUAltos' } }), CORPUS_OPTIONS).fields.curp).toBeNull();
  });
});

describe("someone else's student, grouped CURPs, corrections (issue #3, fresh176-fresh181 sets)", () => {
  const at = (text: string, over: Partial<ParsedMail> = {}) => extractFields(mail(text, over), { ...CORPUS_OPTIONS, now: new Date('2043-12-01T12:00:00Z') });
  const stranger = { from: { address: 'rosario.villa1961@yahoo.com.mx', name: 'Doña Chayo' } };
  it("a landlady's, a patient's, a clinic's and a classmate's words name the student", () => {
    expect(at('le rento un cuarto a un muchacho que estudia en la UDG, Tadeo Félix Espinoza, esta enfermo del estomago y dice que no tiene seguro.', stranger).fields.fullName).toBe('Tadeo Félix Espinoza');
    expect(at('soy la señora donde renta cuarto una muchacha estudiante de enfermeria Mariana Márquez Nájera, anoche le dio fiebre.', stranger).fields.fullName).toBe('Mariana Márquez Nájera');
    expect(at('le rento un cuarto a la señorita Celia Montes Rivera que estudia con ustedes, su código es 240006732.', stranger).fields.fullName).toBe('Celia Montes Rivera');
    expect(at('mi esposo estuvo internado y la doctora interna Ailin Aguirre Esquivel lo atendió muy bien.', stranger).fields.fullName).toBe('Ailin Aguirre Esquivel');
    expect(at('Atendimos a una paciente que dice ser estudiante de la UdeG y que debe estar afiliada: Jacqueline Moya Arteaga, NSS 94242012006.', stranger).fields.fullName).toBe('Jacqueline Moya Arteaga');
    expect(at('El MIP Raúl Márquez Saldaña, NSS 26242185622, no aparece vigente.', stranger).fields.fullName).toBe('Raúl Márquez Saldaña');
    expect(at('Hola, soy compañera de Jimena Aranda Barba en el CUCBA. Ella está internada.\nAtte. Samantha', stranger).fields.fullName).toBe('Jimena Aranda Barba');
    expect(at('Uno de ellos, Erick Tapia López, es el que más urge.', stranger).fields.fullName).toBe('Erick Tapia López');
    // (A place after the same words is not a name.)
    expect(at('busco a un muchacho de la UdeG que me renta un cuarto en la colonia Jardines del Country, me debe septiembre.', stranger).fields.fullName).toBeNull();
  });
  it("'Mi nombre completo como en la CURP es ...' and 'Así lo escribo siempre: ...' give the name", () => {
    expect(at('Mi nombre completo como en la CURP es Luis Ángel Silva Olivares, en el hospital me registraron sin el segundo apellido').fields.fullName).toBe('Luis Ángel Silva Olivares');
    expect(at('Así lo escribo siempre: Carolina Giménez Durán. Mi CURP es JIDC200814MJCMRRB3').fields.fullName).toBe('Carolina Giménez Durán');
  });
  it('a CURP in its four groups, by spaces or hyphens, after "la CURP correcta es" or alone in a row; an NSS glued to the CURP', () => {
    expect(at('Buenas tardes, la CURP correcta es HACD 180917 MJCRRN C1').fields.curp).toBe('HACD180917MJCRRNC1');
    expect(at('la CURP corregida: lahv 191221 mjcrrr a9').fields.curp).toBe('LAHV191221MJCRRRA9');
    expect(at('mi NSS es 15-24-20-2136-6 y mi CURP NALE-200229-HJCRMD-B9.').fields.curp).toBe('NALE200229HJCRMDB9');
    expect(at('Olga Maldonado Padilla, 242583869, 43242419398, MAPO241013 MJCLDLB1, me dijeron que mandara esto').fields.curp).toBe('MAPO241013MJCLDLB1');
    const glued = at('Sergio Becerra Núñez 243704120\n45242462369BENS240823HJCCXRA5');
    expect([glued.fields.nss, glued.fields.curp]).toEqual(['45242462369', 'BENS240823HJCCXRA5']);
    // (A folio in the same shape, its check digit wrong, is not.)
    expect(at('Permiso de acceso PRIM-079103 aprobado').fields.curp).toBeNull();
  });
  it("'el código de X no es A, es B': B; a husband's NSS ('su NSS es ...') is not hers; a guessed address is nobody's", () => {
    expect(at('una corrección: el código de Rubí Ibarra Valdivia no es 241091397, es 241039197. Disculpen.', { from: { address: 'leticia.amaral@cucei.udg.mx', name: 'Leticia Amaral' } }).fields.studentCode).toBe('241039197');
    expect(at('me voy a dar de baja. Mi esposo me va a meter a su seguro (su NSS es 70241774564). ¿Tengo que avisar?\nAlejandra Hinojosa Béjar\nCódigo 239596150').fields.nss).toBeNull();
    expect(at('aun no me dan mi correo institucional, creo que va a ser algo como alexa.sandoval@alumnos.udg.mx pero no se el numero', { from: { address: 'alexa.sandoval.m@gmail.com', name: 'Alexa Sandoval Medrano' } }).fields.institutionalEmail).toBeNull();
  });
  it("a cousin with the student's given name: 'Su código no lo tengo, el mío es ...' and his own mailbox are not the student's", () => {
    const e = at('Qué tal, les escribo por mi primo que acaba de entrar, tiene el mismo nombre que yo jaja.\n\nNombre: Omar Vega Aldana\nNSS: 75242414961\nCURP: VEAO240630HJCGLMB2\n\nSu código no lo tengo, el mío es 240745193 por si sirve de algo.\n\nOmar Alejandro Vega', { from: { address: 'omar.vega2824@alumnos.udg.mx', name: 'Omar Alejandro Vega Rosales' } });
    expect([e.fields.fullName, e.fields.studentCode, e.fields.institutionalEmail]).toEqual(['Omar Vega Aldana', null, null]);
  });
  it("a freshman's 'soy de primer ingreso ... numero: 2758024': the applicant number, explained; SIIAU's 'Estimado(a) GERARDO ENRÍQUEZ BRAVO' forwarded by him: his name", () => {
    const fresh = at('buenas tardes soy de primer ingreso 2043B\nBrandon Lomelí Sahagún\nnumero: 2758024\nnss 87242448188\ncurp LOSB240109HJCMHRC9', { from: { address: 'brandon.lomeli1203@alumnos.udg.mx', name: 'Brandon Lomelí Sahagún' } });
    expect([fresh.fields.studentCode, fresh.problems.map((p) => p.code)]).toEqual(['2758024', ['student_code_aspirante']]);
    const from = { address: 'gerardo.enriquez7112@alumnos.udg.mx', name: 'Gerardo Enríquez Bravo' };
    const notice = 'Buenas tardes, me llegó esto de SIIAU, ¿quiere decir que también me quitan el IMSS?\n\n---------- Forwarded message ---------\nDe: SIIAU Notificaciones <notificaciones.siiau@udg.mx>\nDate: lun, 7 dic 2043 a las 23:02\nSubject: Aviso de cambio de estatus - SIIAU\nTo: <gerardo.enriquez7112@alumnos.udg.mx>\n\nEstimado(a) GERARDO ENRÍQUEZ BRAVO\nCódigo: 239065169\nLe informamos que su estatus cambió a: BAJA ADMINISTRATIVA.\nEste es un mensaje automático.';
    expect(at(notice, { from, subject: 'Fwd: Aviso de cambio de estatus - SIIAU' }).fields.fullName).toBe('GERARDO ENRÍQUEZ BRAVO');
  });
  it("a CURP whose date is dictated in words ('COAA veintidós diez cero cinco MJCRNBC8'); an address with only the '@' said ('paola.lara4468 arroba alumnos.udg.mx')", () => {
    expect(at('mi curp es COAA veintidós diez cero cinco MJCRNBC8 gracias').fields.curp).toBe('COAA221005MJCRNBC8');
    expect(at('ahí les va mi curp es OESL veintitrés cero ocho cero ocho MJCRNZB3 gracias').fields.curp).toBe('OESL230808MJCRNZB3');
    expect(at('correo paola.lara4468 arroba alumnos.udg.mx gracias', { from: { address: 'paolalara.mtz@gmail.com', name: 'Paola Lara Montenegro' } }).fields.institutionalEmail).toBe('paola.lara4468@alumnos.udg.mx');
  });
  it("a phishing wave: the address a fake mail came from, a classmate's forward and a name in capitals before 'ME DICE' are not the student's", () => {
    const nadia = { from: { address: 'nadia.becerra4760@alumnos.udg.mx', name: 'Nadia Becerra Lomelí' }, subject: 'RV: Actualiza tus datos del seguro' };
    expect(at('El correo de abajo me llegó desde una cuenta de alumnos (rodrigo.lepe4821@alumnos.udg.mx), por eso casi le creo. ¿Es de ustedes?\nNombre: Nadia Becerra Lomelí\nCódigo: 240831865', nadia).fields.institutionalEmail).toBe('nadia.becerra4760@alumnos.udg.mx');
    const sergio = { from: { address: 'sergio.montes4387@alumnos.udg.mx', name: 'Sergio Iván Montes Lozano' }, subject: 'Fwd: Fwd: Actualiza tus datos del seguro' };
    const fwd = 'Buenas tardes, una compañera me pasó este correo. ¿Tengo que hacer algo? Mi código es 239783594.\nSergio Iván Montes Lozano\n\n---------- Forwarded message ---------\nDe: Karla Méndez Ávila <karla.mendez1813@alumnos.udg.mx>\nDate: mar, 12 abr 2044 a las 07:40\nSubject: Fwd: Actualiza tus datos del seguro\nTo: <sergio.montes4387@alumnos.udg.mx>\n\nsergio te llegó esto? 👀';
    expect(at(fwd, sergio).fields.institutionalEmail).toBe('sergio.montes4387@alumnos.udg.mx');
    expect(at('BUENAS TARDES MI NIETO CRISTIAN LUPERCIO ARIAS ME DICE QUE PUSO SUS DATOS EN UNA PAGINA. ESTA ES SU CURP LUAC230109HJCPRRB7.', { from: { address: 'luzarias1958@yahoo.com.mx', name: 'Maria de la Luz Arias' } }).fields.fullName).toBe('CRISTIAN LUPERCIO ARIAS');
  });
  it("'cuyo dueño, el Sr. Fidel Ocampo Lara, estudia' over a firm's signature, 'Una alumna, Karen Medina Urzúa, me contó' over a reporter's: the student; initials signed are no name", () => {
    expect(at('Llevo la contabilidad de un pequeño negocio cuyo dueño, el Sr. Fidel Ocampo Lara, estudia una licenciatura en la UdeG. Su NSS es 84907365252.\nAtentamente\nC.P. Arturo Lemus\nDespacho Contable Lemus y Asociados', { from: { address: 'despacho.lemus@prodigy.net.mx', name: 'C.P. Arturo Lemus' } }).fields.fullName).toBe('Fidel Ocampo Lara');
    expect(at('Preparo una nota sobre los correos falsos. Una alumna, Karen Medina Urzúa, me contó que perdió su contraseña. ¿Podrían darme una entrevista?\nAlejandra Ruiz\nReportera', { from: { address: 'aruiz@informador.com.mx', name: 'Alejandra Ruiz - El Informador' } }).fields.fullName).toBe('Karen Medina Urzúa');
    expect(at('Codigo: 239274912\n\n-- \nI. P. R.', { from: { address: 'ivan.pantoja2821@alumnos.udg.mx', name: 'Iván Pantoja Reséndiz' } }).fields.fullName).toBeNull();
  });
  it("Yahoo's unmarked quote of the desk's list with '----> value' typed under its items; an emoji glued to the last name ('Hurtado✨')", () => {
    const yahoo = 'Ahí les puse con flechitas\n\nEnviado desde Yahoo Mail para Android\n\nEl miércoles, 3 de febrero de 2044, 18:40, Coordinación de Servicios Estudiantiles <imss@udg.mx> escribió:\n\nHola, Dulce:\n\nNos falta:\n- CURP\n----> CALD230502MJCRRLA7\n- Correo institucional (Correo UDG)\n----> dulce.carranza8848@alumnos.udg.mx\n\nAtentamente,\nCoordinación de Servicios Estudiantiles\nUniversidad de Guadalajara\nCorreo: imss@udg.mx';
    const e = at(yahoo, { from: { address: 'dulce_carranza23@yahoo.com', name: 'Dulce Carranza Lara' }, subject: 'Re: Alta IMSS [IMSS-2044-019373]' });
    expect([e.fields.curp, e.fields.institutionalEmail]).toEqual(['CALD230502MJCRRLA7', 'dulce.carranza8848@alumnos.udg.mx']);
    expect(at('✨Nombre:Aarón Delgado Hurtado✨\n✨Código:238462208✨').fields.fullName).toBe('Aarón Delgado Hurtado');
  });
  it("a lower-case 'mi nieta valentina cruz anguiano cumple hoy 20 años'; a name signed with its campus after it, 'Elvira Torres de Santiago (CUAltos)'", () => {
    expect(at('buenas tardes señores del seguro\nmi nieta valentina cruz anguiano cumple hoy 20 años, yo la cuido y no tiene seguro, su codigo de la escuela es 243854164\ncarmen', { from: { address: 'carmen.anguiano@hotmail.com', name: 'carmen' } }).fields.fullName).toBe('valentina cruz anguiano');
    expect(at('Hola! ¿Me falta algo?\nNSS 74242486608\ncódigo 244966512\n\nElvira Torres de Santiago (CUAltos)').fields.fullName).toBe('Elvira Torres de Santiago');
  });
  it("an employer's 'el trabajador ...', 'Nuestro becario ...', 'constancia laboral de ...' and a co-worker's 'una compañera en la maquila, ..., que estudia': the student", () => {
    const hr = { from: { address: 'nominas@empresa.com.mx', name: 'Maribel' } };
    expect(at('Buenas tardes, el trabajador Raymundo Téllez Garza, NSS 80927607566, causa baja de nuestra empresa el 31 de marzo.\nSaludos\nMaribel, auxiliar de nóminas', hr).fields.fullName).toBe('Raymundo Téllez Garza');
    expect(at('Nuestro becario Eduardo Salazar Mejía, NSS 85241919712, recibió un correo falso.\nRecursos Humanos', hr).fields.fullName).toBe('Eduardo Salazar Mejía');
    expect(at('Adjunto constancia laboral de Julieta Arellano Nava, NSS 87058819936, quien nos solicitó enviarla.\nRecursos Humanos', hr).fields.fullName).toBe('Julieta Arellano Nava');
    expect(at('trabajo con una compañera en la maquila, Rosalba Nieves Carranza, que estudia en el bachillerato en línea de la UdeG, código 242246120.\n\nChuy', { from: { address: 'chuy.maquila@gmail.com', name: 'Chuy' } }).fields.fullName).toBe('Rosalba Nieves Carranza');
    // (Not a document's title: "Constancia de Situación Fiscal".)
    expect(at('Adjunto la Constancia de Situación Fiscal para facturar.', hr).fields.fullName).toBeNull();
  });
  it("'Nombre compelto:' (a typo in the label) labels the name over a nickname signed", () => {
    expect(at('Por este medio solicito el alta.\n\nNombre compelto: Patricia Ulloa Becerra\nCodgo: 243129394\n\nGracias de antemano,\nPaty Ulloa', { from: { address: 'patricia.ulloa1787@alumnos.udg.mx', name: 'Patricia Ulloa Becerra' } }).fields.fullName).toBe('Patricia Ulloa Becerra');
  });
  it("an English 'I' after the name ends it; a value after a check mark on the desk's quoted item ('> - Número de Seguridad Social (NSS) ✅ ...') is hers", () => {
    expect(at('Hi good morning my name is Kevin Navarro Smith I was born in California and I need the insurance', { from: { address: 'knavarro.smith@outlook.com', name: 'Kevin Navarro' } }).fields.fullName).toBe('Kevin Navarro Smith');
    const quote = 'Ya!\n\nEnviado desde mi iPhone\n\n> El 4 feb 2044, a las 10:12, Coordinación de Servicios Estudiantiles <imss@udg.mx> escribió:\n>\n> Hola, Alicia:\n>\n> - Número de Seguridad Social (NSS) ✅ 36242272973\n>\n> - Nombre completo: A***** F****** M*****';
    expect(at(quote, { from: { address: 'alicia.fuentes9594@alumnos.udg.mx', name: 'Alicia Fuentes Moreno' }, subject: 'Re: Alta IMSS [IMSS-2044-016099]' }).fields.nss).toBe('36242272973');
  });
  it("a grandmother's lower-case 'soy abuelita de valentina hurtado casillas que entro hoy': the name", () => {
    expect(at('buenas tardes disculpe la molestia soy abuelita de valentina hurtado casillas que entro hoy a la universidad su codigo es 243180337', { from: { address: 'esperanzacasillas1958@yahoo.com', name: 'Esperanza Casillas' } }).fields.fullName).toBe('valentina hurtado casillas');
  });
});

describe("values cut or named after them, a beneficiary's number, a bottom-posted signature (issue #3, fresh188-fresh191 sets)", () => {
  const at = (text: string, over: Partial<ParsedMail> = {}) => extractFields(mail(text, over), { ...CORPUS_OPTIONS, now: new Date('2044-08-20T12:00:00Z') });
  const student = (address: string, name: string) => ({ from: { address, name } });
  it("an NSS cut by the phone's wrap under a label with no colon ('NSS 3224' / '2135583'): one NSS when its check digit agrees", () => {
    expect(at('Datos:\nNombre Kevin Espinoza Tapia\nCodigo 240325446\nNSS 3224\n2135583\nCURP EITK210920HJCSPVA6').fields.nss).toBe('32242135583');
    // (Two parts whose check digit does not agree stay apart.)
    expect(at('Datos:\nNSS 3224\n2135584').fields.nss).toBeNull();
  });
  it("values named after them ('6024227963, ese es mi NSS', '2405192352 (código)'): those fields as written; ', mi NSS ...' is the next item", () => {
    const reader = at('Sebastián Olvera Macías, así me llamo. 241724600, ese es mi código. 6024227963, ese es mi NSS. OEMS220109HJCLCBA2, esa es mi CURP.');
    expect([reader.fields.studentCode, reader.fields.nss]).toEqual(['241724600', '6024227963']);
    expect(reader.problems.map((p) => p.code)).toContain('nss_format');
    expect(at('Yesenia Ávila Torres (nombre), 2405192352 (código), 65242291410 (NSS)').fields.studentCode).toBe('2405192352');
    const list = at('Mi código es 242746899, mi NSS 38242393494 y mi CURP COMS230519HJCNCLC8.');
    expect([list.fields.studentCode, list.fields.nss]).toEqual(['242746899', '38242393494']);
  });
  it("'en la app de mi papá aparezco como beneficiario con este número ...': the father's NSS, explained", () => {
    const e = at('Perdón, ahora sí: en la app de mi papá aparezco como beneficiario con este número 81886960905. El mío no lo puedo sacar porque IMSS Digital está en mantenimiento.\n\nPedro Pablo Jáuregui Núñez', student('pedro.jauregui3113@alumnos.udg.mx', 'Pedro Pablo Jáuregui Núñez'));
    expect(e.fields.nss).toBe('81886960905');
    expect(e.problems.map((p) => p.code)).toEqual(['nss_parent_suspected']);
    // (Her own number, looked up with her mother's help, is hers.)
    expect(at('Mi mamá me ayudó a sacarlo en la app, mi NSS es 81886960905.').problems.map((p) => p.code)).toEqual([]);
  });
  it("'ese NSS es el de mi hermana ... El mío es ...' after a labeled one: hers, the correction", () => {
    const e = at('Nombre: Paola Llamas Quintana\nNSS: 29242429453\nCURP: LAQP220930MJCLNLB4\n\nPerdón!! ese NSS es el de mi hermana, lo tengo guardado en el mismo lugar. El mío es 57242276038.');
    expect(e.fields.nss).toBe('57242276038');
    // (A sister's named on its own line after hers stays the sister's.)
    expect(at('NSS: 57242276038\nCURP: LAQP220930MJCLNLB4\nNSS de mi hermana: 29242429453').fields.nss).toBe('57242276038');
  });
  it("a given name signed under a bottom-posted reply (nothing above the quote)", () => {
    const text = 'El 06/07/44 a las 16:40, Coordinación de Servicios Estudiantiles escribió:\n> Hola, Noemí:\n>\n> Nos falta:\n> - Número de Seguridad Social (NSS)\n>\n> Atentamente,\n> Coordinación de Servicios Estudiantiles\n\nAquí va mi NSS: 42242154088\n\nNoemí';
    const e = at(text, { ...student('noemi.saucedo8313@alumnos.udg.mx', 'Noemí Saucedo Barba'), subject: 'Re: Re: Alta IMSS [IMSS-2044-085644]' });
    expect([e.fields.fullName, e.fields.nss]).toEqual(['Noemí', '42242154088']);
  });
  it("a host's '..., una estudiante de ustedes que está de verano' and a clinic's 'Se presentó en esta unidad ...': the student", () => {
    expect(at('Soy posdoc en el Instituto de Física de la UNAM y estoy a cargo de Alejandra Navarro Bustos, una estudiante de ustedes que está de verano con nosotros.\n\nGracias,\nLuis', student('luis.cifuentes.postdoc@gmail.com', 'Luis Cifuentes')).fields.fullName).toBe('Alejandra Navarro Bustos');
    expect(at('Buen día.\n\nSe presentó en esta unidad Nadia Itzel Sánchez Camacho, NSS 25242220314 2F2022OR, deportista de la Universiada.\n\nAfiliación y Vigencia, UMF No. 35', student('vigencia.umf35sin@imss.gob.mx', 'Afiliación y Vigencia UMF 35')).fields.fullName).toBe('Nadia Itzel Sánchez Camacho');
  });
});

describe("siblings' mailboxes and values, a name on its own line against the CURP, tickets and phone messages (issue #3, fresh192-fresh195 sets)", () => {
  const at = (text: string, over: Partial<ParsedMail> = {}) => extractFields(mail(text, over), { ...CORPUS_OPTIONS, now: new Date('2044-10-20T12:00:00Z') });
  const DATA = '\n\nNombre: Daniela Ochoa Villa\nCódigo: 241129542\nNSS: 69242260706\nCURP: OOVD220919MJCCLNA0';
  it("'soy Daniela, la gemela de Diego, les escribo desde su correo': Diego's mailbox is not her address; a mother 'desde su correo' writes from the student's own", () => {
    const twin = at('Hola buenas tardes, soy Daniela, la gemela de Diego, les escribo desde su correo porque el mío no me deja entrar.' + DATA, { from: { address: 'diego.ochoa8413@alumnos.udg.mx', name: 'Diego Ochoa Villa' } });
    expect(twin.fields.institutionalEmail).toBeNull();
    const lent = at('Buenas tardes, soy Alejandra, hermana de Héctor. Él me prestó su correo. Les mando mis datos:' + DATA, { from: { address: 'hector.macias5381@alumnos.udg.mx', name: 'Héctor Macías Orozco' } });
    expect(lent.fields.institutionalEmail).toBeNull();
    const mother = at('Buenas tardes, soy la mamá de Daniela, les escribo desde su correo porque ella está en el hospital.' + DATA, { from: { address: 'daniela.ochoa5512@alumnos.udg.mx', name: 'Daniela Ochoa Villa' } });
    expect(mother.fields.institutionalEmail).toBe('daniela.ochoa5512@alumnos.udg.mx');
  });
  it("a CURP said to be the twin's ('es igual a la de mi gemela, que es ...') is not hers", () => {
    const e = at('Mi nombre es Ximena Guadalupe Camarena Duarte, código 240322626, NSS 12242110182.\n\nLa CURP no la tengo aquí, pero es igual a la de mi gemela, que es CADX210611MJCMRMC7, nada más cambia la penúltima letra.');
    expect(e.fields.curp).toBeNull();
  });
  it("'esos son los de mi hermana Melissa ... Los míos son:' takes the block above back", () => {
    const e = at('Buenas tardes, mis datos:\n\nNombre: Melissa Godoy Ramos\nCódigo: 238915569\nNSS: 73242018395\nCURP: GORM200202MJCDMLB2\n\nAy perdón!! esos son los de mi hermana Melissa, los copié de la nota equivocada. Los míos son:\n\nNombre: Paulina Godoy Ramos\nCódigo: 241867298\nNSS: 66242206028\nCURP: GORP220813MJCDMLA3');
    expect([e.fields.fullName, e.fields.studentCode, e.fields.curp]).toEqual(['Paulina Godoy Ramos', '241867298', 'GORP220813MJCDMLA3']);
  });
  it("a name alone on its line spelt against the CURP's internal consonants ('Jhonatan' where it reads JONATHAN): asked about", () => {
    const e = at('buenas tardes, solicito mi alta.\n\nJhonatan Salcedo Íñiguez\n238778659\n48242020690\nSAIJ200316HJCLXNB7');
    expect(e.fields.fullName).toBe('Jhonatan Salcedo Íñiguez');
    expect(e.problems.map((p) => p.code)).toContain('curp_name_mismatch');
    expect(at('buenas tardes, solicito mi alta.\n\nJonathan Salcedo Íñiguez\n238778659\n48242020690\nSAIJ200316HJCLXNB7').problems.map((p) => p.code)).toEqual([]);
  });
  it("'yo no di ese correo, todavía no tengo correo de la UDG' over a call centre's acknowledgement: its address is not hers", () => {
    const text = 'Buenas tardes. Todo lo del acuse está bien menos el correo: yo no di ese correo, todavía no tengo correo de la UDG porque soy de nuevo ingreso.\nKarina Olague Beltrán\n\n---------- Forwarded message ---------\nDe: Contacto UdeG <no-responder.contacto@udg.mx>\nSubject: Acuse de tu reporte 441017303\n\nDatos registrados:\nNombre: Karina Olague Beltrán\nCódigo: 243996305\nCorreo: karina.olague1693@alumnos.udg.mx';
    expect(at(text, { from: { address: 'karinaolague.b@gmail.com', name: 'Karina Olague' }, subject: 'Fwd: Acuse de tu reporte 441017303' }).fields.institutionalEmail).toBeNull();
  });
  it("a call centre's 'Ticket: 441019512' is no code; a phone message's 'RECADO TELEFÓNICO' is no name", () => {
    const ticket = at('Ticket: 441019512\nCanal: Llamada entrante\n\nNombre del alumno: Saúl Herrera Vizcaíno\nCódigo: 23848213\nNSS: 71242021070', { subject: '[Ticket 441019512] Canalización: Alta en el seguro facultativo' });
    expect(ticket.fields.studentCode).toBe('23848213');
    expect(at('RECADO TELEFÓNICO\nMientras usted no estaba\n\nMensaje:\nAlumna de Enfermería. Código 241548175.').fields.fullName).toBeNull();
  });
});

describe('a verb after a name in capitals (issue #3, fresh195 set)', () => {
  it('"MI NIETO DIEGO LARA CONTRERAS NECESITA EL SEGURO" names Diego Lara Contreras, not "... NECESITA"', () => {
    const r = run('BUENAS TARDES. MI NIETO DIEGO LARA CONTRERAS NECESITA EL SEGURO. SU CURP ES LACD210414HJCRNGC9. GRACIAS. ATTE. MARIA ELENA CONTRERAS', { from: { address: 'maria.elena.c@yahoo.com', name: 'MARIA ELENA CONTRERAS' } });
    expect(r.fields.fullName).toBe('DIEGO LARA CONTRERAS');
  });
});

describe('people who write for a student (issue #3, fresh199 set)', () => {
  it('a mother\'s "Mis datos por si los piden: CURP ..." under her son\'s is hers, not his', () => {
    const r = run('Soy enfermera del ISSSTE y mi hijo estaba afiliado como mi beneficiario. Les mando sus datos:\n\nNombre: Alan Josué Quiroz Medina\nCódigo: 238102308\nCURP: QUMA191102HJCRDLC3\n\nMis datos por si los piden: CURP MELP760514MJCDZT45, número de ISSSTE MELP760514-07.\n\nPatricia Medina Loza', { from: { address: 'paty.medina.loza@hotmail.com', name: 'Patricia Medina' } });
    expect(r.fields.curp).toBe('QUMA191102HJCRDLC3');
    expect(r.fields.fullName).toBe('Alan Josué Quiroz Medina');
  });

  it('"Uno de mis choferes, NAME, estudia con ustedes" names the student, not the signer', () => {
    const r = run('Buenas tardes.\n\nTengo una flotilla de seis carros. Uno de mis choferes, Bryan Gutiérrez Moya, estudia con ustedes (código 239523056). Su NSS es 57242062289. ¿Qué tiene que hacer?\n\nSergio Plascencia Ramos\nCel. 33 1187 4402', { from: { address: 'flotilla.plascencia@gmail.com', name: 'Sergio Plascencia' } });
    expect(r.fields.fullName).toBe('Bryan Gutiérrez Moya');
  });

  it("the sender's whole name closing her one-line reply after a comma is her name; someone else's name there is not read as hers", () => {
    const text = 'Buenas tardes, les completo: código 240874644, NSS 83242108641. Disculpen la demora, Elisa Fernanda Robles Castro\n\nObtener Outlook para Android';
    expect(run(text, { from: { address: 'elisa.robles1537@alumnos.udg.mx', name: 'Elisa Fernanda Robles Castro' } }).fields.fullName).toBe('Elisa Fernanda Robles Castro');
    expect(run(text.replace('Elisa Fernanda Robles Castro', 'Pedro Ruiz Sola'), { from: { address: 'elisa.robles1537@alumnos.udg.mx', name: 'Elisa Fernanda Robles Castro' } }).fields.fullName).not.toBe('Elisa Fernanda Robles Castro');
  });
});

describe('link targets a client writes after the text (issue #3, fresh196 set)', () => {
  it('"48242286648 <tel:48242286648>" in a pasted spreadsheet row is one NSS, not a second value', () => {
    const r = run('Les paso el renglón del alumno:\nNombre\tCódigo\tNSS\tCURP\nSantiago Márquez Oliva\t241912044 <tel:241912044>\t48242286648 <tel:48242286648>\tMAOS220707HJCRLNA1', { from: { address: 'serviciosocial@cucs.udg.mx', name: 'Servicio Social CUCS' } });
    expect(r.fields.nss).toBe('48242286648');
    expect(r.fields.studentCode).toBe('241912044');
  });
});

describe('a code given anew in a thread (issue #3, fresh197 set)', () => {
  it('"se le asignó el código X; el Y quedó sin efecto" over her first mail\'s "Código: Y": X', () => {
    const text = 'Buenos días, compañeros de la mesa del IMSS:\nLa alumna Gabriela Pérez Santoyo reingresó en el calendario 2044B y se le asignó el código 244442320; el 238583141 quedó sin efecto. Les agradeceré tramitar su alta.\nMtro. Raúl Peregrina\n\n________________________________\nDe: Gabriela Pérez Santoyo <gabriela.perez6925@alumnos.udg.mx>\nEnviado: lunes, 29 de agosto de 2044 10:14\nPara: imss@udg.mx\nAsunto: Solicitud alta IMSS\n\nBuenos días, solicito mi alta en el IMSS.\nNombre: Gabriela Pérez Santoyo\nCódigo: 238583141\nCURP: PESG191230MJCRNBA9';
    const r = run(text, { from: { address: 'coord.trabajosocial@cucsh.udg.mx', name: 'Mtro. Raúl Peregrina' } });
    expect(r.fields.studentCode).toBe('244442320');
  });
});

describe('a CURP corrected in the thread she passes on (issue #3, fresh197 set)', () => {
  // fresh197/082 as it came: her CURP in her own quoted mail, Control Escolar's answer above it.
  const raw = readFileSync(join(CORPUS_ROOT, 'fresh197/082-thunderbird-control-escolar-le-dice-que-su-curp-tenia-un-error-de-dedo.eml'), 'latin1');
  const read = async (eml: string) => extractFields(await parseMessage(Buffer.from(eml, 'latin1')), { ...CORPUS_OPTIONS, now: new Date('2044-11-08T12:00:00Z') });
  it("her CURP fails its check digit and the office's answer writes it valid but for one letter: the valid one", async () => {
    const r = await read(raw);
    expect(r.fields.curp).toBe('PIGL210925HJCMRNA8');
    expect(r.problems.map((p) => p.code)).not.toContain('curp_check_digit');
  });
  it("a sibling's CURP that differs in two places is not taken for hers", async () => {
    const r = await read(raw.replace('En SIIAU tiene registrada PIGL210925HJCMRNA8, que s', 'La de su hermano es PIGL210925HJCMRNA8, que s'));
    expect(r.fields.curp).toBe('PIGL210925HJCLRNA8');
  });
});

describe('a name beside the code, not across a sentence (issue #3, fresh196 set)', () => {
  it('"ME VAN A OPERAR DE LA RODILLA. CODIGO 237422136." over his signed name: the signed name', () => {
    const r = run('YA VAN DOS SEMANAS Y NADA. NECESITO MI ALTA, ME VAN A OPERAR DE LA RODILLA. CODIGO 237422136.\nALFREDO NIETO SANTILLAN', { from: { address: 'alfredo.nieto4133@alumnos.udg.mx', name: 'Alfredo Nieto Santillán' } });
    expect(r.fields.fullName).toBe('ALFREDO NIETO SANTILLAN');
  });
  it('"Nombre: Mónica Estrada Lomelí. Código 238709499." still reads the labeled name', () => {
    const r = run('Hola, quiero darme de alta. Nombre: Mónica Estrada Lomelí. Código 238709499. NSS 73242015490.', { from: { address: 'moni_estrada_l@yahoo.com', name: 'Monica Estrada' } });
    expect(r.fields.fullName).toBe('Mónica Estrada Lomelí');
  });
});

describe("the student's own words under a relative's forward (issue #3, fresh197 set)", () => {
  it('"Papi, mándales esto tú ... mi CURP ..." forwarded by her father is her CURP, not his', () => {
    const text = 'Buenos días, les envío lo de mi hija para su seguro. Gracias.\nJesús Ruvalcaba\n\n---------- Forwarded message ---------\nDe: Marcela Ruvalcaba <marcela.ruvalcaba1282@alumnos.udg.mx>\nDate: lun, 3 oct 2044 a las 10:00\nSubject: seguro\nTo: <jesus.ruvalcaba@gmail.com>\n\nPapi, mándales esto tú al IMSS de la escuela. Mi NSS es 13242227695 y mi CURP RUAM220809MJCVNRA9. Yo soy Marcela Ruvalcaba Anaya por si te preguntan jaja';
    const r = run(text, { from: { address: 'jesus.ruvalcaba@gmail.com', name: 'Jesús Ruvalcaba' } });
    expect(r.fields.curp).toBe('RUAM220809MJCVNRA9');
  });
});

describe('an address to be answered at, and an NSS said to have changed (issue #3, fresh202 and fresh203 sets)', () => {
  it('"Correo para notificaciones: ...@hotmail.com" from a gestor is not offered as her institutional address', () => {
    const r = run('Me permito solicitar el alta de la alumna Maricela Ontiveros Bugarín.\nCódigo: 241699629\nCorreo para notificaciones: ocaranza.gestiones@hotmail.com\nLic. Rubén Ocaranza', { from: { address: 'ocaranza.gestiones@hotmail.com', name: 'Ruben Ocaranza' } });
    expect(r.fields.institutionalEmail).toBeNull();
    expect(r.problems.map((p) => p.code)).not.toContain('email_not_institutional');
    // (Her alumnos address there is hers.)
    expect(run('Código: 241699629\nCorreo de contacto: maricela.ontiveros1234@alumnos.udg.mx').fields.institutionalEmail).toBe('maricela.ontiveros1234@alumnos.udg.mx');
  });
  it('"el NSS que puse ya no es válido" over her quoted earlier mail leaves the NSS to come', () => {
    const text = 'Buenos días. Les reenvío lo que mandé entonces, pero el NSS que puse ya no es válido: me van a dar el bueno la próxima semana.\n\n---------- Forwarded message ---------\nDe: Leopoldo Nava Figueroa <leopoldo.nava3779@alumnos.udg.mx>\nDate: lun, 8 ago 2044 a las 10:00\nSubject: Alta IMSS\nTo: <imss@udg.mx>\n\nNombre: Leopoldo Nava Figueroa\nCódigo: 238270978\nNSS: 45242062359';
    const r = run(text, { from: { address: 'leopoldo.nava3779@alumnos.udg.mx', name: 'Leopoldo Nava Figueroa' } });
    expect(r.fields.nss).toBeNull();
    expect(r.fields.studentCode).toBe('238270978');
  });
});

describe('an address with spaces around its "@" and dots (issue #3, fresh200 set)', () => {
  it('"Correo institucional: andres.cobian1622 @ alumnos.udg. mx" (a browser translation) is the address, not "@"', () => {
    const r = run('Código de estudiante: 239873939\nCorreo institucional: andres.cobian1622 @ alumnos.udg. mx\nGracias de antemano.', { from: { address: 'andres.cobian.r@outlook.com', name: 'Andres Cobian' } });
    expect(r.fields.institutionalEmail).toBe('andres.cobian1622@alumnos.udg.mx');
    expect(r.problems.map((p) => p.code)).not.toContain('email_format');
  });
});

describe('characters that look like the right ones (issue #3, fresh201 set)', () => {
  it.each([
    ['a social app\'s bold alphabet', '𝐍𝐒𝐒: 𝟑𝟒𝟐𝟒𝟐𝟐𝟐𝟕𝟖𝟓𝟕', 'NSS: 34242227857'],
    ['script letters and a letter-like symbol among them', '𝓘𝓽𝔃𝓮𝓵 Arredondo ℌuízar', 'Itzel Arredondo Huízar'],
    ['circled digits, white and black, and a circled zero', '①②③ ❶❷❸ ➀➁ 🄋⓿', '123 123 12 00'],
    ['superscript digits inside an address', 'diego.vera⁵²⁹³@alumnos.udg.mx', 'diego.vera5293@alumnos.udg.mx'],
    ['an East Asian keyboard\'s wide at sign and full stop', 'yutong。zhao7206＠alumnos。udg。mx', 'yutong.zhao7206@alumnos.udg.mx'],
    ['long vowel marks, middle dots and long dashes between digits', '32242ー124736 72·242 57—242', '32242-124736 72-242 57-242'],
    ['Cyrillic capitals inside a CURP', 'CURP: КОХS210214MNEVXFA5', 'CURP: KOXS210214MNEVXFA5'],
  ])('%s', (_label, text, plain) => {
    expect(plainChars(text)).toBe(plain);
  });

  it('leaves a name written in Cyrillic, and a long dash that says "none", as they are', () => {
    expect(plainChars('Дарья Смирнова')).toBe('Дарья Смирнова');
    expect(plainChars('NSS: — (no lo tengo)')).toBe('NSS: — (no lo tengo)');
  });

  it('reads a mail typed on a bold keyboard', () => {
    const r = run('𝐇𝐨𝐥𝐚, 𝐬𝐨𝐲 𝐍𝐚𝐲𝐞𝐥𝐢 𝐎𝐫𝐞𝐧𝐝á𝐢𝐧 𝐁𝐞𝐜𝐞𝐫𝐫𝐚\n𝐂ó𝐝𝐢𝐠𝐨: 𝟐𝟒𝟏𝟗𝟒𝟖𝟖𝟖𝟕\n𝐍𝐒𝐒: 𝟑𝟒𝟐𝟒𝟐𝟐𝟐𝟕𝟖𝟓𝟕');
    expect(r.fields.studentCode).toBe('241948887');
    expect(r.fields.nss).toBe('34242227857');
  });
});

describe('examples beside labels, and old and current codes in sentences (issue #3, fresh201 and fresh203 sets)', () => {
  it('"NSS (ej. 53987417457): 61242225771" and an empty "CURP (ej. PEGL890909MJCRMS08):" read only her values', () => {
    const r = run('Llené la plantilla:\nNombre completo: Tamara Figueroa Nuño\nCódigo: 241721223\nNSS (ej. 53987417457): 61242225771\nCURP (ej. PEGL890909MJCRMS08):\nLa CURP no la tengo aquí.');
    expect(r.fields.nss).toBe('61242225771');
    expect(r.fields.curp).toBeNull();
  });
  it('"dejé la del ejemplo" leaves the CURP she copied from the template to come', () => {
    const r = run('Nombre completo: Lucero Amezcua Villa\nCódigo: 242837949\nCURP: PEGL890909MJCRMS08\n\n(la CURP no me la sé todavía, dejé la del ejemplo y luego se las paso)');
    expect(r.fields.curp).toBeNull();
    expect(r.fields.studentCode).toBe('242837949');
  });
  it('"su código anterior (240476382) quedó dado de baja. El código vigente es 244767379": the current one', () => {
    const r = run('Les informamos que el alumno Martín Alonso Gaytán Ruelas, CURP GARM210628HJCYLRC7, fue readmitido en 2044B y su código anterior (240476382) quedó dado de baja. El código vigente es 244767379.', { from: { address: 'control.escolar@cucsh.udg.mx', name: 'Control Escolar CUCSH' } });
    expect(r.fields.studentCode).toBe('244767379');
  });
  it('"the old one was 242394236, the new one is 244898501": the new one', () => {
    const r = run('My student code changed when I transferred to CUCEI: the old one was 242394236, the new one is 244898501. My NSS is 12242196439.');
    expect(r.fields.studentCode).toBe('244898501');
  });
});

describe('an English greeting is no name (issue #3, fresh200 set)', () => {
  it('"Hello, Ryan:" atop the desk\'s notice he pastes in translation is not his name; his signature is', () => {
    const r = run('Hi,\nThis is what Outlook\'s translation shows me of your email:\n[Translated from Spanish]\nHello, Ryan:\nWe received your complete data for the IMSS registration.\nSo I just wait? My student code is 244501462 in case you need it.\nThanks,\nRyan Mitchell', { from: { address: 'ryan.mitchell6471@alumnos.udg.mx', name: 'Ryan Mitchell' } });
    expect(r.fields.fullName).toBe('Ryan Mitchell');
  });
});

describe('a host university abroad writing about a student (issue #3, fresh200 set)', () => {
  it('"Your student, Ms. Daniela Orozco Vélez (UdG student code ...)" names her, not the coordinator who signs', () => {
    const r = run('Dear Sir or Madam,\nI am the exchange coordinator of the International Student Center. Your student, Ms. Daniela Orozco Vélez (UdG student code 240466882), visited our campus clinic yesterday.\nSincerely yours,\nTakeshi Yamamoto', { from: { address: 'yamamoto.takeshi@isc.nagoya-u.ac.jp', name: 'Takeshi Yamamoto' } });
    expect(r.fields.fullName).toBe('Daniela Orozco Vélez');
  });
});

describe('a CURP cancelled and its replacement (issue #3, fresh203 set)', () => {
  it('"La CURP que les mandé (X) la dieron de baja ... La nueva es Y": Y, with its fault, even when X is valid', () => {
    const r = run('Buenas tardes. La CURP que les mandé en septiembre (TOMK220707MJCPRRA2) la dieron de baja porque estaba duplicada. La nueva es TOMK220707MJCLRRC8.\nKaren Daniela Topete Mora', { from: { address: 'karen.topete9747@alumnos.udg.mx', name: 'Karen Daniela Topete Mora' } });
    expect(r.fields.curp).toBe('TOMK220707MJCLRRC8');
    expect(r.problems.map((p) => p.code)).toContain('curp_check_digit');
  });
  it('nor is the cancelled one taken back for being the new one but for two characters', () => {
    const r = run('La CURP que les mandé (TOMK220707MJCPRRA2) la dieron de baja. La nueva es TOMK220707MJCPRRA9.', { from: { address: 'karen.topete9747@alumnos.udg.mx', name: 'Karen Daniela Topete Mora' } });
    expect(r.fields.curp).toBe('TOMK220707MJCPRRA9');
  });
});

describe('the coast\'s season: dictation, employers and a father abroad (issue #3, fresh204 and fresh205 sets)', () => {
  it('"mi Kurt es P A G X 230717 M J C D X M A 1": the dictation\'s "Kurt" is the CURP\'s keyword for a spelt-out CURP', () => {
    const r = run('Buenas tardes soy Ximena Padilla Gaxiola mi código es 242338023 mi número de seguro es 51242321779 y mi Kurt es P A G X 230717 M J C D X M A 1 mi correo ximena.padilla7114@alumnos.udg.mx muchas gracias', { from: { address: 'ximena.padilla7114@alumnos.udg.mx', name: 'Ximena Padilla Gaxiola' } });
    expect(r.fields.curp).toBe('PAGX230717MJCDXMA1');
  });
  it('"La animadora NAME (estudiante CUCosta)": the name before the bracket that calls her a student', () => {
    const r = run('Buenas tardes.\n\nLa animadora Ángela Baldovinos Arias (estudiante CUCosta) necesita su seguro facultativo. Sus datos:\n\nCódigo: 241544798\nNSS: 56242231027\nCURP: VAAA220317MJCLRNB5\n\nCoordinación Kids Club', { from: { address: 'kidsclub@grandocasoresort.mx', name: 'Coordinación Kids Club' } });
    expect(r.fields.fullName).toBe('Ángela Baldovinos Arias');
  });
  it('"NAME is a student of your university", signed by an "HR Coordinator": the student, not the coordinator', () => {
    const r = run('Good afternoon,\n\nOur seasonal promoter Óscar Iván Santana Rubio is a student of your university and is not on our payroll.\n\nStudent code / Código: 238399985\nNSS: 35242093918\n\nBest regards / Saludos,\nJennifer Ochoa\nHR Coordinator - Brisas de Banderas Vacation Club', { from: { address: 'hr@brisasdebanderas.com', name: 'Human Resources - Brisas de Banderas' } });
    expect(r.fields.fullName).toBe('Óscar Iván Santana Rubio');
  });
  it('a job title signed under a name is no name: "HR Coordinator, Lakeshore Foods Inc."', () => {
    const r = run('Welcome to Lakeshore Foods! If you have any questions, just reply to this email.\n\nWarm regards,\nJennifer Moreau\nHR Coordinator, Lakeshore Foods Inc.', { from: { address: 'jmoreau@lakeshorefoods.ca', name: 'Jennifer Moreau' } });
    expect(r.fields.fullName).toBeNull();
  });
  it('a father who gives his son\'s NSS and then "El mío es ..., pero ese es el mío": the son\'s', () => {
    const r = run('Buenos dias, soy el papá de Eduardo Rangel Ibarra. Mi hijo me mando un mensaje que le falta mandar su numero del seguro social (IMSS), aqui esta: 65242143611\n\nEl mío es 40937445472 por si lo ocupan, pero ese es el mio, no el de el.\n\nGracias, Martin Rangel', { from: { address: 'martin.rangel.trucking@icloud.com', name: 'Martin Rangel' } });
    expect(r.fields.nss).toBe('65242143611');
  });
  it('a student who is a mother gives "Mi NSS:" and "NSS de mi hijo": hers', () => {
    const r = run('Estudio en UDGVirtual. Quiero darme de alta y después registrar a mi hijo como beneficiario.\n\nNombre: Mariana Flores Zamora\nMi NSS: 24957959208\n\nNSS de mi hijo (Iker Flores Villalobos): 63200330197\n\nel mío es el primero', { from: { address: 'flores_mariana92@gmail.com', name: 'Mariana Flores Zamora' } });
    expect(r.fields.nss).toBe('24957959208');
  });
});

describe('a code typed with O for 0 and l for 1 in a sentence (issue #3, fresh201 set)', () => {
  it('"Mi código es 24Ol62l55": the digits they stand for', () => {
    const r = run('Buenas tardes, yo sigo activa, ya pagué mi reinscripción. Mi código es 24Ol62l55 por si lo necesitan.\n\nKarina Itzel Mendoza Calderón', { from: { address: 'karina.mendoza4030@alumnos.udg.mx', name: 'Karina Itzel Mendoza Calderón' } });
    expect(r.fields.studentCode).toBe('240162155');
  });
  it('"código 24lo728ll": letters at its end too', () => {
    const r = run('Buenas tardes, soy la mamá de Brayan Alexis Godoy Serrano. Les paso sus números como él me los dictó por teléfono: código 24lo728ll, seguro social 87242272l33.', { from: { address: 'claudia.serrano.v@hotmail.com', name: 'Claudia Serrano' } });
    expect(r.fields.studentCode).toBe('241072811');
  });
  it('a word between digits is no digit run: "Salon 2O1 a las 11"', () => {
    const r = run('Nos vemos en el salón 2O1 a las 11, mi código es 240162155.', { from: { address: 'karina.mendoza4030@alumnos.udg.mx', name: 'Karina Mendoza Calderón' } });
    expect(r.fields.studentCode).toBe('240162155');
  });
});

describe('an emoji in a label\'s place (issue #3, fresh196 set)', () => {
  it('"🎓 244 850082" under "👩 Dulce ...": the code, its figure space aside', () => {
    const r = run('Holaa buenas tardes\nSoy de primer ingreso\n\n👩 Dulce Valeria Pelayo Guerrero\n🎓 244\u2007850082\n🏥 64242414502\n🪪 PEGD240328MJCLRLC3\n\nGracias!!', { from: { address: 'dulce.pelayo3531@alumnos.udg.mx', name: 'Dulce Valeria Pelayo Guerrero' } });
    expect(r.fields.studentCode).toBe('244850082');
    expect(r.fields.nss).toBe('64242414502');
  });
  it('"ALTA IMSS 🏥 240672952 / 54242113402": a hospital beside "IMSS" names no field', () => {
    const r = run('Hola, buenas tardes. Arriba van mi código y mi NSS. Mi CURP es AEMP211001MJCCNLA2.', { subject: 'ALTA IMSS 🏥 240672952 / 54242113402', from: { address: 'paola.aceves5341@alumnos.udg.mx', name: 'Paola Citlali Aceves Munguía' } });
    expect(r.fields.studentCode).toBe('240672952');
  });
});

describe('a Korean student who signs surname first, his name in Hangul beside it (issue #3, fresh200 set)', () => {
  const notice = '\n\nEl jue., 24 de nov. de 2044 17:40, Coordinación de Servicios Estudiantiles <imss@udg.mx> escribió:\n\n> Hola, Ji-ho:\n>\n> Estos datos ya los recibimos bien (por seguridad mostramos sólo una parte):\n> - Nombre completo: J**** P***\n> - Código de estudiante: ******649\n';
  const from = { address: 'jiho.park5352@alumnos.udg.mx', name: 'Ji-ho Park' };
  it('"Park Ji-ho (박지호)" under his NSS: the name as he signs it, without the Hangul', () => {
    expect(run('Le envío mi número de seguro social que me faltaba.\n\nNSS: 63242225991\n\nLe agradezco mucho su ayuda.\n\nPark Ji-ho (박지호)', { from }).fields.fullName).toBe('Park Ji-ho');
  });
  it('...over the desk\'s notice that masked it "J**** P***": a hyphenated given name is one word', () => {
    expect(run('Le envío mi número de seguro social que me faltaba.\n\nNSS: 63242225991\n\nLe agradezco mucho su ayuda.\n\nPark Ji-ho' + notice, { from }).fields.fullName).toBe('Park Ji-ho');
  });
});

describe('public computers and borrowed mailboxes (issue #3, fresh206 and fresh207 sets)', () => {
  it('a kiosk\'s footer "Sesion 192708526" is its session, not a code: the eight-digit code she wrote stands, with its fault', () => {
    const r = run('Buenas tardes\n\nNombre: Abigail Vázquez Lomelí\nCodigo: 24429554\nNSS: 25242329768\n\n-----\nEnviado desde el Kiosco de Tramites CUAltos, Biblioteca, equipo BIB-K2.\nSesion 192708526\nEste equipo es de uso publico: cierre su sesion al terminar.', { from: { address: 'abigail.vazquez1785@alumnos.udg.mx', name: 'Abigail Vázquez Lomelí' } });
    expect(r.fields.studentCode).toBe('24429554');
    expect(r.problems.map((p) => p.code)).toContain('student_code_format');
  });
  it('the mailbox owner\'s signature under "--" with her own NSS: not the student\'s, who gives his above it', () => {
    const r = run('Buenas tardes, soy Marco Antonio Chávez Lara, uso la laptop de mi esposa. Mi código 242433155, mi NSS 55242133811.\n\n--\nDiana López Reyes\nNSS 77241973930', { from: { address: 'diana.lopez.reyes@gmail.com', name: 'Diana López Reyes' } });
    expect(r.fields.nss).toBe('55242133811');
  });
  it('...while a number only under the "--" line is still read', () => {
    const r = run('Buenas tardes, solicito mi alta, soy Marco Antonio Chávez Lara.\n\n--\nMarco Antonio Chávez Lara\nNSS 55242133811', { from: { address: 'marco.chavez@gmail.com', name: 'Marco Antonio Chávez Lara' } });
    expect(r.fields.nss).toBe('55242133811');
  });
  it('"*Leticia Casas Orendain, perdón el autocorrector me cambió Casas": the starred correction of the name above', () => {
    const r = run('Buenas tardes, solicito mi alta.\n\nLeticia Cases Orendain\nCodigo: 241633437\nCURP: CAOL200722MJCSRTA8\n\n*Leticia Casas Orendain, perdon el autocorrector me cambio Casas', { from: { address: 'leticia.casas4396@alumnos.udg.mx', name: 'Leticia Casas Orendáin' } });
    expect(r.fields.fullName).toBe('Leticia Casas Orendain');
  });
  it('"Ejemplo: Begoña Ibáñez Treviño, CURP IATB..." on one line is a tip\'s sample, nobody\'s values', () => {
    const r = run('Compañeros:\n\nEn los equipos con teclado en inglés, la ñ se escribe con Alt+164.\n\nEjemplo: Begoña Ibáñez Treviño, CURP IATB200606MJCBRGB5\n\nSoporte Técnico', { from: { address: 'soporte@cucsh.udg.mx', name: 'Soporte Técnico CUCSH' } });
    expect(r.fields.curp).toBeNull();
    expect(r.fields.fullName).toBeNull();
  });
  it('"Our intern NAME (student ID ...)": the intern, not the plant manager\'s title under his signature', () => {
    const r = run('Dear colleagues,\n\nOur intern Marco Antonio Lomelí Tapia (student ID 239225675, IMSS no. 45242018211) cannot start on the shop floor until we receive proof of his coverage.\n\nBest regards,\nJens Albrecht\n\nJens Albrecht\nPlant Manager Silao\nNordwerk Automotive México', { from: { address: 'jens.albrecht@nordwerk-auto.com', name: 'Jens Albrecht' } });
    expect(r.fields.fullName).toBe('Marco Antonio Lomelí Tapia');
  });
});

describe('adult students, relatives\' coverage and circulars (issue #3, fresh208 and fresh209 sets)', () => {
  it('"NSS 00000000000" in a circular\'s sample record is a placeholder, nobody\'s number', () => {
    const r = run('A los centros universitarios: un alumno que es beneficiario de sus padres puede tener además el seguro facultativo. Ejemplo de registro: NOMBRE: ALUMNO EJEMPLO, NSS 00000000000.', { from: { address: 'secretaria.general@udg.mx', name: 'Secretaría General UdeG' } });
    expect(r.fields.nss).toBeNull();
  });
  it('"sólo tengo mi código 243266043 y mi nombre, Iker Limón Carrillo": the name after "mi nombre,"', () => {
    const r = run('Hola, mi papá tiene todos mis papeles porque me tiene en su seguro. Ahorita sólo tengo mi código 243266043 y mi nombre, Iker Limón Carrillo. ¿Con eso pueden revisar?', { from: { address: 'iker.limon4374@alumnos.udg.mx', name: 'Iker Limón Carrillo' } });
    expect(r.fields.fullName).toBe('Iker Limón Carrillo');
  });
  it('a student who is a mother ("Mi hija me dice que ... también puedo tener el seguro") writing from her own institutional mailbox: her name', () => {
    const r = run('Buenos días:\n\nMi hija me dice que como estudiante de UDGVirtual también puedo tener el seguro facultativo. Les dejo mis datos:\n\nMartha Patricia Cuevas Navarro\nCódigo: 245520384\nNSS: 63038306443', { from: { address: 'martha.cuevas5157@alumnos.udg.mx', name: 'Martha Patricia Cuevas Navarro' } });
    expect(r.fields.fullName).toBe('Martha Patricia Cuevas Navarro');
  });
  it('"Se presentó en esta Unidad el C. Alejandro Ponce Ruiz": the unit capitalised and "el C." before him', () => {
    const r = run('Buenas tardes.\n\nSe presentó en esta Unidad el C. Alejandro Ponce Ruiz, quien manifiesta ser alumno de UDGVirtual con código 245968514. Su NSS 18038377547 no presenta vigencia.\n\nTrabajo Social, UMF 3', { from: { address: 'ts.umf3@imss-jal.example.mx', name: 'Trabajo Social UMF 3' } });
    expect(r.fields.fullName).toBe('Alejandro Ponce Ruiz');
  });
  it('"Nombre Dolores Zamora Peña punto": the dictation\'s spoken period is no surname', () => {
    const r = run('Buenas noches punto les mando mis datos para el seguro punto\nNombre Dolores Zamora Peña punto\nCódigo 245678888 punto', { from: { address: 'dolores.zamora5109@alumnos.udg.mx', name: 'Dolores Zamora Peña' } });
    expect(r.fields.fullName).toBe('Dolores Zamora Peña');
  });
});

describe('a code and a grade in a pasted row (issue #3, fresh209 set)', () => {
  it('"Leopoldo Ramírez Olea<tab>245616221<tab>92" is a code and its grade, not an NSS of eleven digits', () => {
    const r = run('Compañeros tutores, les comparto las calificaciones del primer parcial:\n\nLeopoldo Ramírez Olea\t245616221\t92\n\nSaludos.', { from: { address: 'ernesto.vallejo@suv.udg.mx', name: 'Mtro. Ernesto Vallejo' } });
    expect(r.fields.nss).toBeNull();
    expect(r.fields.studentCode).toBe('245616221');
  });
});

describe('an admitted student\'s applicant number (issue #3, fresh206 set)', () => {
  it('"Me admitieron para 2045A. Mi numero es 2728765": the applicant number offered for the code, with its fault', () => {
    const r = run('Buenas tardes\n\nMe admitieron para 2045A. Mi numero es 2728765 y mi NSS es 20242120515.\n\nAtte. Mauricio Arce Cisneros', { from: { address: 'mauricio_arce@outlook.com', name: 'Mauricio Arce Cisneros' } });
    expect(r.fields.studentCode).toBe('2728765');
    expect(r.problems.map((p) => p.code)).toContain('student_code_aspirante');
  });
  it('"mi numero es 3312345" with no admission spoken of is no code', () => {
    const r = run('Buenas tardes, mi numero es 3312345 y mi NSS es 20242120515.', { from: { address: 'mauricio_arce@outlook.com', name: 'Mauricio Arce Cisneros' } });
    expect(r.fields.studentCode).toBeNull();
  });
});

describe('a second student\'s record on one line (issue #3, fresh211 set)', () => {
  it('a sister answers her brother\'s notice with his labeled data, then "Yo también ...: NAME, CODE, NSS ..., CURP ...": two students, the first one\'s values', () => {
    const r = run('Buenas tardes, soy su hermana, él no sabe usar el correo. Sus datos:\n\nNombre: Yael Sandoval Márquez\nCódigo: 245090323\nNSS: 56242402776\n\nYo también necesito revisar el mío: Brisa Sandoval Márquez, 243565835, NSS 50242293418, CURP SAMB220202MJCNRRB3.', { from: { address: 'brisa.sandoval5870@alumnos.udg.mx', name: 'Brisa Sandoval Márquez' } });
    expect(r.fields.nss).toBe('56242402776');
    expect(r.fields.fullName).toBe('Yael Sandoval Márquez');
    expect(r.severalStudents).toBeTruthy();
  });
  it('labels swapped ("Código: <11 digits>", "NSS: <9 digits>") are one student\'s', () => {
    const r = run('Nombre: Ana Ruiz Peña\nCódigo: 65241948663\nNSS: 237034410\nCURP: AAIR190520HJCVXFC0', { from: { address: 'ana.ruiz1234@alumnos.udg.mx', name: 'Ana Ruiz Peña' } });
    expect(r.severalStudents).toBeFalsy();
  });
});

describe('a pasante who writes his role after his name (issue #3, fresh210 set)', () => {
  it('"SOY JULIO CÉSAR ORNELAS VIDRIO PASANTE DE MEDICINA": the name without the role', () => {
    const r = run('BUENOS DIAS SOY JULIO CÉSAR ORNELAS VIDRIO PASANTE DE MEDICINA CODIGO 239415939 NSS 53242042298 CURP OEVJ200229HJCRDLA8 ESCRIBO DEL CEL DE LA CLINICA GRACIAS', { from: { address: 'clinicatenamaxtlan@gmail.com', name: 'Clinica Rural Tenamaxtlán' } });
    expect(r.fields.fullName).toBe('JULIO CÉSAR ORNELAS VIDRIO');
  });
});

describe('names, cut values and borrowed mailboxes (issue #3, session 32, fresh205-fresh211 misses)', () => {
  it('"pasante Lorena Cortés Zepeda del CAPA de Tequila": a place\'s acronym after "del" is no surname', () => {
    const r = run('Buenas tardes, pasante Lorena Cortés Zepeda del CAPA de Tequila necesita alta. Cod 239298508 NSS 71242024728 CURP COZL200723MJCRPRA7. Saludos', { from: { address: 'emilio.barragan.psic@hotmail.com', name: 'Psic. Emilio Barragán' } });
    expect(r.fields.fullName).toBe('Lorena Cortés Zepeda');
  });
  it('...while a name in capitals keeps its "DEL" surname', () => {
    const r = run('Nombre: JUAN PABLO CORTES DEL RIO\nCódigo: 239298508', { from: { address: 'juan.cortes1234@alumnos.udg.mx', name: 'Juan Pablo' } });
    expect(r.fields.fullName).toBe('JUAN PABLO CORTES DEL RIO');
  });
  it('"- CURP: ***************LB5 -> SOBG220131HJCTRLB5": the whole value after the arrow on the desk\'s masked line', () => {
    const r = run('Hola, en la lista que me mandaron la CURP no es la mía, la correcta:\n\n- Nombre completo: G*** S***** B*******\n- Código de estudiante: ******120\n- CURP: ***************LB5 -> SOBG220131HJCTRLB5\n\nGael Sotelo Barragán', { from: { address: 'gael.sotelo7325@alumnos.udg.mx', name: 'Gael Sotelo Barragán' } });
    expect(r.fields.curp).toBe('SOBG220131HJCTRLB5');
    expect(r.fields.studentCode).toBeNull();
  });
  it('"buenas noches, Fabián Rosales Gallegos nss 17242383234": the sender\'s whole name after a greeting, a field after it', () => {
    const r = run('buenas noches, Fabián Rosales Gallegos nss 17242383234\n\nEnviado desde mi HUAWEI', { from: { address: 'fabian.rosales8348@alumnos.udg.mx', name: 'Fabián Rosales Gallegos' } });
    expect(r.fields.fullName).toBe('Fabián Rosales Gallegos');
  });
  it('"Arturo Sepúlveda Rangel - pasante odontología": the sender\'s name opening a line, his role after a dash', () => {
    const r = run('Buenas tardes\n\nArturo Sepúlveda Rangel - pasante odontología CS Cihuatlán\ncódigo 239188275\nnss 80242040212', { from: { address: 'arturo.sepulveda6590@alumnos.udg.mx', name: 'Arturo Sepúlveda Rangel' } });
    expect(r.fields.fullName).toBe('Arturo Sepúlveda Rangel');
  });
  it('"soy Bruno ..., compañero de Monse, ella me prestó su correo": his name, and her mailbox is not his email', () => {
    const r = run('Hola, soy Bruno Esqueda Palafox, compañero de Monse, ella me prestó su correo porque el mío no abre. Mi código es 243180372 y mi NSS 84242200800. Gracias', { from: { address: 'montserrat.ibarra2886@alumnos.udg.mx', name: 'Montserrat Ibarra Tello' } });
    expect(r.fields.fullName).toBe('Bruno Esqueda Palafox');
    expect(r.fields.institutionalEmail).toBeNull();
  });
  it('...while a classmate who "les escribo desde su correo" writes for its owner: his address stands', () => {
    const r = run('Buenos días. Soy Citlali, compañera de Víctor. Les escribo desde su correo porque él está internado.\n\nNombre: Víctor Hugo Aguilar Miranda\nCódigo: 229426000', { from: { address: 'victor.aguilar9765@alumnos.udg.mx', name: 'Víctor Hugo Aguilar Miranda' } });
    expect(r.fields.institutionalEmail).toBe('victor.aguilar9765@alumnos.udg.mx');
  });
  it('"y mi curp es CAYB2210" at the end, the dictation cut: as written, with its fault', () => {
    const r = run('buenas tardes soy brandon josué cárdenas yerena mi código es 241000126 y mi curp es CAYB2210', { from: { address: 'brandon.cardenas4503@alumnos.udg.mx', name: 'Brandon Cárdenas' } });
    expect(r.fields.curp).toBe('CAYB2210');
    expect(r.problems.map((p) => p.code)).toContain('curp_format');
  });
  it('"CURP: CAYB2210" labeled and cut: as written', () => {
    const r = run('Nombre: Brandon Cárdenas Yerena\nCURP: CAYB2210', { from: { address: 'brandon.cardenas4503@alumnos.udg.mx', name: 'Brandon Cárdenas' } });
    expect(r.fields.curp).toBe('CAYB2210');
  });
});

describe('read-backs and teams on the road (issue #3, session 32, fresh212 and fresh213 sets)', () => {
  it('"70 guion 24 guion 22 guion 7896 guion 1": the hyphen a screen reader says, a separator', () => {
    const r = run('Copio mis datos como me los leyó el lector de pantalla:\n\nMariel Fonseca Urzúa\ncódigo 241289900\nnúmero de seguro 70 guion 24 guion 22 guion 7896 guion 1', { from: { address: 'mariel.fonseca2465@alumnos.udg.mx', name: 'Mariel Fonseca Urzúa' } });
    expect(r.fields.nss).toBe('70242278961');
  });
  it('"el predictor me cambió el apellido, soy Brenda Castillo Negrete": the corrected name over the labeled one', () => {
    const r = run('nombre: Brenda Castro Negrete\ncodigo: 242207049\ncurp: CANB230428MJCSGRC0\n\nPD: el predictor me cambió el apellido, soy Brenda Castillo Negrete, con Castillo no Castro.', { from: { address: 'brenda.castillo9552@alumnos.udg.mx', name: 'Brenda Castillo Negrete' } });
    expect(r.fields.fullName).toBe('Brenda Castillo Negrete');
  });
  it('"póliza GMA-2045-310052, certificado 88956733363": a private insurer\'s certificate is no NSS', () => {
    const r = run('Les mando mi seguro: póliza GMA-2045-310052, certificado 88956733363 (Seguros Atlas del Norte). Estoy en el torneo.', { from: { address: 'hugo.plascencia2635@alumnos.udg.mx', name: 'Hugo Plascencia Rico' } });
    expect(r.fields.nss).toBeNull();
  });
  it('"El ciclista Joel Castañeda Meléndez corre la Vuelta de Guanajuato": the name ends where the sentence goes on', () => {
    const r = run('El ciclista Joel Castañeda Meléndez corre la Vuelta de Guanajuato la otra semana. Su CURP es CAMJ200515HJCSLLA6 y su código 238812978.\n\nJaime Quintero\nEntrenador de ciclismo', { from: { address: 'jquintero.ciclismo@yahoo.com.mx', name: 'Jaime Quintero' } });
    expect(r.fields.fullName).toBe('Joel Castañeda Meléndez');
  });
  it('"el que falta es Emmanuel Lozano Prieto": a coach names the one his list leaves out', () => {
    const r = run('Va foto de la lista, el que falta es Emmanuel Lozano Prieto. Ahí vienen sus datos.\n\nCoach Paco', { from: { address: 'basquet.varonil.leones@gmail.com', name: 'Basquet Varonil Leones' } });
    expect(r.fields.fullName).toBe('Emmanuel Lozano Prieto');
  });
});

describe('aliases and changed papers (issue #3, session 32, fresh214 and fresh215 sets)', () => {
  it('"fabian.montaño@alumnos.udg.mx (no, sin ñ: fabian.montano@...)": no "o@..." cut from the ñ; the corrected address', () => {
    const r = run('Fabián Montaño Gil\n242322365\ncorreo fabian.montaño@alumnos.udg.mx (no, sin ñ: fabian.montano@alumnos.udg.mx)', { from: { address: 'fabian.montano4260@alumnos.udg.mx', name: 'Fabián Montaño Gil' } });
    expect(r.fields.institutionalEmail).toBe('fabian.montano@alumnos.udg.mx');
  });
  it('two institutional addresses in her words, one the mailbox she writes from: that one', () => {
    const r = run('solicito mi alta. Bruno Salcedo Ramos, código 240032739.\nAhora tengo dos correos, bruno.salcedo@alumnos.udg.mx y bruno.salcedo2022@alumnos.udg.mx; usen el segundo, que es el oficial.', { from: { address: 'bruno.salcedo2022@alumnos.udg.mx', name: 'Bruno Salcedo Ramos' } });
    expect(r.fields.institutionalEmail).toBe('bruno.salcedo2022@alumnos.udg.mx');
  });
  it('...but a new address that only a forwarded notice gives, her old mailbox in it too: the new one', () => {
    const r = run('Les aviso que mi correo institucional cambió (abajo la respuesta de SIIAU). Les escribo desde el anterior.\n\n---------- Forwarded message ---------\nDe: Mesa de Ayuda SIIAU <ayuda.siiau@udg.mx>\nSubject: RE: No puedo entrar a mi correo\n\nAl actualizarse su nombre se creó una cuenta nueva: sofia.luna6504@alumnos.udg.mx. La cuenta sofia.luna7615@alumnos.udg.mx dejará de funcionar el 30 de noviembre.', { from: { address: 'sofia.luna7615@alumnos.udg.mx', name: 'Sofía Luna Aguayo' } });
    expect(r.fields.institutionalEmail).toBe('sofia.luna6504@alumnos.udg.mx');
  });
  it('"RENAPO dio de baja BEMT...A8 por duplicidad y me dejó BEMT...B6": the one in force', () => {
    const r = run('Resulta que tenía dos CURP. RENAPO dio de baja BEMT220517MJCCRNA8 por duplicidad y me dejó BEMT220517MJCCRNB6, que es la que debo usar.\nNombre: Tania Becerra Mora', { from: { address: 'tania.becerra1217@alumnos.udg.mx', name: 'Tania Becerra Mora' } });
    expect(r.fields.curp).toBe('BEMT220517MJCCRNB6');
  });
  it('"mi CURP AECM... está dada de baja por duplicidad. La otra no me la sé": no CURP, the reply asks for it', () => {
    const r = run('Hola, en IMSS Digital me sale que mi CURP AECM230329MJCLJRB1 está dada de baja por duplicidad. La otra no me la sé. Soy Mariana Aldrete Ceja, código 243507546.', { from: { address: 'mariana.aldrete1963@alumnos.udg.mx', name: 'Mariana Aldrete Ceja' } });
    expect(r.fields.curp).toBeNull();
  });
  it('RENAPO\'s result pasted, "Estatus: BD - Baja por duplicidad" under one CURP, "AN - Alta normal" under the other: the one in force', () => {
    const r = run('Les paso lo que me llegó de RENAPO:\n\nCURP: SAFE210928HJCLNRA4\nNombre: ERICK SALCIDO FONSECA\nEstatus: BD - Baja por duplicidad\nCURP asociada: SAFE210928HJCLNRC0\n\nCURP: SAFE210928HJCLNRC0\nNombre: ERICK SALCIDO FONSECA\nEstatus: AN - Alta normal', { from: { address: 'erick.salcido1590@alumnos.udg.mx', name: 'Erick Salcido Fonseca' } });
    expect(r.fields.curp).toBe('SAFE210928HJCLNRC0');
  });
  it('"ya me reconoció mi papá ... CURP nueva CABA... (la anterior BAXA... ya no vale)": the new one, not lost as a parent\'s', () => {
    const r = run('Maestra, ya me reconoció mi papá y mi nombre es Alexis Carrillo Bautista. CURP nueva CABA221025HJCRTLB1 (la anterior BAXA221025HJCTXLB5 ya no vale). Código 242845443.', { from: { address: 'alexis.carrillo4574@alumnos.udg.mx', name: 'Alexis Carrillo Bautista' } });
    expect(r.fields.curp).toBe('CABA221025HJCRTLB1');
  });
  it('"cambió mi nombre; ahora es Teresa Vallejo Núñez": her name as it is now', () => {
    const r = run('Buenas tardes, sólo para avisar que en diciembre cambió mi nombre; ahora es Teresa Vallejo Núñez. La CURP nueva se las mando en cuanto me la den.', { from: { address: 'teresa.vallejo5970@alumnos.udg.mx', name: 'Teresa Vallejo' } });
    expect(r.fields.fullName).toBe('Teresa Vallejo Núñez');
  });
  it('"mi nombre en el acta estaba con J (Jesica) y ya lo corrigieron a Yesica Bravo Luna": the corrected name', () => {
    const r = run('Hola, mi nombre en el acta estaba con J (Jesica) y ya lo corrigieron a Yesica Bravo Luna. Código 242155958\nYesica', { from: { address: 'yesica.bravo9519@alumnos.udg.mx', name: 'Yesica Bravo Luna' } });
    expect(r.fields.fullName).toBe('Yesica Bravo Luna');
  });
  it('a CSV of students attached, "Pendientes ola 5 (adjunto).": several students, held', () => {
    const r = extractFields(mail('Pendientes ola 5 (adjunto).', { from: { address: 'export.migracion@udg.mx', name: 'export-migracion' }, attachments: [{ filename: 'pendientes_ola5.csv', contentType: 'text/csv', size: 200, text: 'nombre,codigo,correo,ola\nLuisa Pedroza Gil,241645866,luisa.pedroza8123@alumnos.udg.mx,5\nMarco Antonio Vera Ruiz,240694137,marco.vera8496@alumnos.udg.mx,5' }] }), CORPUS_OPTIONS);
    expect(r.severalStudents).toBe(true);
  });
  it('...but a student\'s own one-row CSV is one student', () => {
    const r = extractFields(mail('Les mando mis datos en el archivo.', { from: { address: 'luisa.pedroza8123@alumnos.udg.mx', name: 'Luisa Pedroza Gil' }, attachments: [{ filename: 'datos.csv', contentType: 'text/csv', size: 80, text: 'nombre,codigo\nLuisa Pedroza Gil,241645866' }] }), CORPUS_OPTIONS);
    expect(r.severalStudents).toBeUndefined();
  });
});

describe('the desk\'s slip and names hard to write down (issue #3, session 32, fresh216 and fresh217 sets)', () => {
  it('"Mi nombre bien es NAME" over the forwarded credential notice\'s "NOMBRE:" cut at 30 characters', () => {
    const r = run('En la credencial me pusieron ORNELA sin la s del final. Mi nombre bien es Jose de Jesus Castañeda Ornelas, codigo 243464358.\n\n---------- Forwarded message ---------\nDe: Credencialización UdeG <credencializacion-noreply@udg.mx>\nTo: <jose.castaneda5719@alumnos.udg.mx>\n\nNOMBRE: JOSE DE JESUS CASTAÑEDA ORNELA\nCÓDIGO: 243464358', { from: { address: 'jose.castaneda5719@alumnos.udg.mx', name: 'José de Jesús Castañeda Ornelas' } });
    expect(r.fields.fullName).toBe('Jose de Jesus Castañeda Ornelas');
  });
  it('"Me llamo NAME" in her words over a forwarded notice\'s "NOMBRE:" line', () => {
    const r = run('Me llegó este aviso de la credencial. Me llamo Juan Pablo Fernández de Córdoba y Santibáñez; para el seguro el nombre tiene que ir completo.\nMi NSS es 79242311854.\n\n---------- Forwarded message ---------\nDe: Credencialización UdeG <credencializacion-noreply@udg.mx>\nTo: <juan.fernandez5346@alumnos.udg.mx>\n\nNOMBRE: JUAN PABLO FERNANDEZ DE CORDOB\nCÓDIGO: 244416087', { from: { address: 'juan.fernandez5346@alumnos.udg.mx', name: 'Juan Pablo Fernández de Córdoba Santibáñez' } });
    expect(r.fields.fullName).toBe('Juan Pablo Fernández de Córdoba y Santibáñez');
  });
  it('"en la credencial aparezco como MA JOSE ..., pero mi nombre es NAME": the name after "pero"', () => {
    const r = run('Les aviso que en la credencial aparezco como MA JOSE GUTIERREZ DE VELASCO H, pero mi nombre es María José Gutiérrez de Velasco Hermosillo.\nCódigo 244560900\nCURP GUHJ230422MJCTRSC5', { from: { address: 'maria.gutierrez6465@alumnos.udg.mx', name: 'María José Gutiérrez' } });
    expect(r.fields.fullName).toBe('María José Gutiérrez de Velasco Hermosillo');
  });
  it('"Perdón, me equivoqué arriba, así es como viene en mi acta: NAME": the corrected name over the labeled one', () => {
    const r = run('Nombre: Jhoana Elizabeth Quezada Ibarra\nCódigo: 243864217\nCURP: QUIJ220416MJCZBHC2\nPerdón, me equivoqué arriba, así es como viene en mi acta: Johana Elizabeth Quezada Ibarra, sin h después de la J.', { from: { address: 'johana.quezada7536@alumnos.udg.mx', name: 'Johana Quezada' } });
    expect(r.fields.fullName).toBe('Johana Elizabeth Quezada Ibarra');
  });
  it('"NAME (Mc Gregor va separado)": the sender\'s name on its line, a note of hers after it', () => {
    const r = run('buenas tardes, solicito alta al imss\nDiego Alejandro Mc Gregor Limón (Mc Gregor va separado)\ncodigo 242381507', { from: { address: 'diego.gregor3806@alumnos.udg.mx', name: 'Diego Alejandro Mc Gregor Limón' } });
    expect(r.fields.fullName).toBe('Diego Alejandro Mc Gregor Limón');
  });
  it('"me preguntaron el nombre completo: es Daniela Mora, nada más": a given name and her one surname', () => {
    const r = run('Buenas tardes, me preguntaron el nombre completo: es Daniela Mora, nada más. No tengo segundo apellido. Mi código es 242091881.', { from: { address: 'daniela.mora1568@alumnos.udg.mx', name: 'Dani' } });
    expect(r.fields.fullName).toBe('Daniela Mora');
  });
  it('"My name: KIM Ji-woo." after an English label, family name first as written', () => {
    const r = run('I am exchange student from Korea. My name: KIM Ji-woo. Family name is KIM.\nCURP: KIXJ221002MNEMXXC8', { from: { address: 'jiwoo.kim4179@alumnos.udg.mx', name: 'Ji-woo Kim' } });
    expect(r.fields.fullName).toBe('KIM Ji-woo');
  });
  it('"mi NSS es 43242149896. Rebeca": the given name closing the line, incomplete', () => {
    const r = run('Buenas tardes, mi NSS es 43242149896. Rebeca', { from: { address: 'rebe.lozano@yahoo.com', name: 'Rebeca Lozano' } });
    expect(r.fields.fullName).toBe('Rebeca');
    expect(r.problems.map((p) => p.code)).toContain('name_incomplete');
  });
  it('"Un compañero, Ricardo Benavente Ochoa, me dice que ...": the one who told her is not the student', () => {
    const r = run('Buenas tardes. Un compañero, Ricardo Benavente Ochoa, me dice que a él le llegó un aviso que lo saluda como "Fernanda". Mis datos son:\nFernanda Ríos Aldama\nCódigo 241485952', { from: { address: 'fernanda.rios8341@alumnos.udg.mx', name: 'Fernanda Ríos Aldama' } });
    expect(r.fields.fullName).toBe('Fernanda Ríos Aldama');
  });
  it('"solicito el seguro Teresa Guerra Olivares nss 39242189304": the sender\'s whole name with a field after it', () => {
    const r = run('Buenas tardes solicito el seguro Teresa Guerra Olivares nss 39242189304\nEnviado desde mi Galaxy', { from: { address: 'teresa.guerra7451@alumnos.udg.mx', name: 'Teresa Guerra Olivares' } });
    expect(r.fields.fullName).toBe('Teresa Guerra Olivares');
  });
  it('"Soy Tomás, hombre, Tomás Iñiguez Robles.": the sender\'s whole name set off by a comma', () => {
    const r = run('Me saludan como Daniela. Soy Tomás, hombre, Tomás Iñiguez Robles. Código 240968662.', { from: { address: 'tomas.iniguez3071@alumnos.udg.mx', name: 'Tomás Iñiguez Robles' } });
    expect(r.fields.fullName).toBe('Tomás Iñiguez Robles');
  });
  it('"A MI HIJO SAMUEL ACEVES MORA LE LLEGARON DOS CORREOS": the name ends before the verb', () => {
    const r = run('BUENAS NOCHES A MI HIJO SAMUEL ACEVES MORA LE LLEGARON DOS CORREOS UNO QUE LE FALTA Y OTRO QUE NO. SU CODIGO ES 239223708.', { from: { address: 'marthamora1970@hotmail.com', name: 'MARTHA MORA' } });
    expect(r.fields.fullName).toBe('SAMUEL ACEVES MORA');
  });
  it('"les mando el que viene en la hoja de mi papá: 36977842156": a parent\'s NSS, said', () => {
    const r = run('Como me volvieron a pedir el NSS, les mando el que viene en la hoja de mi papá: 36977842156.\nLeonardo Frías Gallardo', { from: { address: 'leonardo.frias4238@alumnos.udg.mx', name: 'Leonardo Frías Gallardo' } });
    expect(r.problems.map((p) => p.code)).toContain('nss_parent_suspected');
  });
});

describe('night shifts and relayed channels (issue #3, session 32, fresh218 and fresh219 sets)', () => {
  it('a help window\'s case number "Caso: AU-45-0127-30438" is no NSS', () => {
    const r = run('SMS recibido en el código corto 30330\nCaso: AU-45-0127-30438\nBuenas noches soy mama de Kevin Alcala Robles, su curp es AARK220505HJCLBVC8', { from: { address: 'sms30330@atencion.udg.mx', name: 'Atención UdeG SMS' } });
    expect(r.fields.nss).toBeNull();
  });
  it('"NSS o CURP (opcional): GARD230309MJCLSNC3": a form\'s box for either holds a CURP, no NSS', () => {
    const r = run('Nombre: Daniela Sofía Gallegos Rosales\nCódigo de estudiante: 242110655\nNSS o CURP (opcional): GARD230309MJCLSNC3', { from: { address: 'escribenos@atencion.udg.mx', name: 'Formulario' } });
    expect(r.fields.curp).toBe('GARD230309MJCLSNC3');
    expect(r.fields.nss).toBeNull();
  });
  it('"NSS o CURP (opcional)" over a ten-digit number on the next line: the NSS as written, with its fault', () => {
    const r = run('Nombre\nRigoberto Anguiano Casas\nNSS o CURP (opcional)\n3824204644\nMensaje\nSolicito alta en el seguro.', { from: { address: 'escribenos@atencion.udg.mx', name: 'Formulario' } });
    expect(r.fields.nss).toBe('3824204644');
    expect(r.problems.map((p) => p.code)).toContain('nss_format');
  });
  it('a chat line "[27/01/45, 12:41:12] Sofi Lara: el unico nss que tengo es el de mi mama 89967756340": a parent\'s, said (the time stamp is no number)', () => {
    const r = run('Les paso este chat:\n[27/01/45, 12:40:30] Sofi Lara: Ana Sofía Lara Jiménez, codigo 241027804\n[27/01/45, 12:41:12] Sofi Lara: el unico nss que tengo es el de mi mama 89967756340, sirve?', { from: { address: 'daniel.ochoa@atencion.udg.mx', name: 'Daniel Ochoa' } });
    expect(r.problems.map((p) => p.code)).toContain('nss_parent_suspected');
  });
  it('"... y no sé nada. Hugo Escobedo Rosas.": the surname the display name leaves out', () => {
    const r = run('Buenas tardes, mandé mis datos hace diez días desde mi correo de la escuela y no sé nada. Hugo Escobedo Rosas.', { from: { address: 'hugo_escobedo@live.com.mx', name: 'Hugo Escobedo' } });
    expect(r.fields.fullName).toBe('Hugo Escobedo Rosas');
  });
});

describe('community radio notes and the portal\'s outage (issue #3, session 32, fresh220 and fresh221 sets)', () => {
  const note = 'XEJMN La Voz de los Cuatro Pueblos\nRECADO DE CABINA No. 0415\nRecibido: 31/01/2045 11:20\nDe: Haiyuli Carrillo Serio (por teléfono, desde Tuxpan de Bolaños)\nPara: Universidad de Guadalajara - Seguro IMSS\nNombre: Haiyuli Carrillo Serio\nCódigo: 240322513\nNSS: 26242282072\nTomó el recado: Rosalba Carrillo';
  it('a message form\'s "De: NAME (por teléfono) / Para: Universidad ..." is no quoted header: its values are read', () => {
    const r = run(note, { from: { address: 'cabina.xejmn@inpi.gob.mx', name: 'Cabina XEJMN - INPI' } });
    expect(r.fields.studentCode).toBe('240322513');
    expect(r.fields.nss).toBe('26242282072');
    expect(r.fields.fullName).toBe('Haiyuli Carrillo Serio');
  });
  it('the note\'s "De:" line names who left it; the station\'s name is nobody\'s', () => {
    const r = run('XEJMN La Voz de los Cuatro Pueblos\nRECADO DE CABINA No. 0421\nDe: Hilario Muñoz Ríos (en persona)\nPara: Universidad de Guadalajara - Seguro IMSS\n\nPregunta si ya le llegó su alta. Código 237873678.', { from: { address: 'cabina.xejmn@inpi.gob.mx', name: 'Cabina XEJMN - INPI' } });
    expect(r.fields.fullName).toBe('Hilario Muñoz Ríos');
  });
});

describe('mail apps\' leftovers (issue #3, session 32, fresh223 set)', () => {
  it('a right-to-left mark inside a CURP ("LEGN\\u200f221214MJCVTXC2") is dropped', () => {
    const r = run('mis datos: Noa Levy Gutiérrez, código 242368669, CURP LEGN\u200f221214MJCVTXC2.', { from: { address: 'noa.levy@gmail.com', name: 'Noa Levy' } });
    expect(r.fields.curp).toBe('LEGN221214MJCVTXC2');
  });
});

describe('a sample at the end of a line (issue #3, session 32, fresh219 set)', () => {
  it('"R: Nombre, código, NSS, CURP y correo institucional. Ejemplo: NAME, CODE, NSS ..., CURP ...": the sample is nobody\'s', () => {
    const r = run('Hola, ¿nos revisan este borrador?\nP: ¿Qué datos necesito?\nR: Nombre, código, NSS, CURP y correo institucional. Ejemplo: Ejemplo Muestra Tipo, 238109950, NSS 40200252464, CURP MUTE020202MJCSPJA4.\nGracias,\nPerla', { from: { address: 'perla.gomez@atencion.udg.mx', name: 'Perla Gómez' } });
    expect(r.fields.studentCode).toBeNull();
    expect(r.fields.nss).toBeNull();
    expect(r.fields.curp).toBeNull();
  });
  it('a long "Ejemplo de aviso contestado entre líneas (datos ficticios):" intro and "Código del ejemplo:" labels (session 33, fresh211/147): nobody\'s', () => {
    const r = run('Ejemplo de aviso contestado entre líneas (datos ficticios):\n\n> Nos falta:\n> - CURP\nAUPE020202HJCLRJC2\n> - Número de Seguridad Social (NSS)\n60220260461\n\nNombre del ejemplo: Ejemplo Alumno Prueba\nCódigo del ejemplo: 240876350', { from: { address: 'capacitacion.se@udg.mx', name: 'Capacitación SE' } });
    expect(r.fields.studentCode).toBeNull();
    expect(r.fields.nss).toBeNull();
    expect(r.fields.curp).toBeNull();
  });
  it('"Ejemplo de CURP con marca oculta: VALUE." after a sentence (session 33, fresh223/126): the sample is nobody\'s', () => {
    const r = run('Detectamos correos con marcas de dirección y espacios de ancho cero. Ejemplo de CURP con marca oculta: BIPE000101MJCDRJB3. No es un ataque, pero revisen antes de copiar.', { from: { address: 'seguridad.cgti@udg.mx', name: 'CGTI Seguridad' } });
    expect(r.fields.curp).toBeNull();
  });
});

describe('student parents (issue #3, session 33, fresh226 set)', () => {
  it('a CURP on a line labelled with her baby or her husband ("Mi bebé: Emiliano, CURP ...", "CURP esposo: ...") is never hers, even alone', () => {
    const from = { address: 'lizeth.carrillo1698@alumnos.udg.mx', name: 'Lizeth Carrillo Olmos' };
    const baby = 'Hola, tuve a mi bebé el 22 de enero.\n\nYo: Lizeth Carrillo Olmos, código 239462391, NSS 12242074735\nMi bebé: Emiliano, CURP DICE450122HJCZRMB7, certificado de nacimiento folio 718425124\n\nMi CURP la tengo en la casa de mi mamá';
    expect(run(baby, { from }).fields.curp).toBeNull();
    const husband = 'Buenas tardes, ¿mi esposo puede entrar en mi seguro?\n\nMi nombre: Patricia Quiñones Reyes\nMi código: 238248418\nMi NSS: 16242032429\nCURP esposo: LAPE170509HJCRXRC0';
    expect(run(husband, { from: { address: 'patricia.quinones6499@alumnos.udg.mx', name: 'Patricia Quiñones Reyes' } }).fields.curp).toBeNull();
    // A parent's "CURP de mi hija:" is the student's.
    expect(run('Hello, aquí está la CURP de mi hija: SUCR200106MJCRBNC8', { from: { address: 'mom.suarez@gmail.com', name: 'Rosa Cruz' } }).fields.curp).toBe('SUCR200106MJCRBNC8');
  });

  it('"CURP de mi hijo: ..." from a student father whose own "no la encuentro": none', () => {
    const text = 'Buenas tardes, necesito el seguro.\n\nNombre: Héctor Ávila Toledo\nCódigo: 238765708\nNSS: 31241908727\nCURP de mi hijo: AIRL450105HJCVMNB4\n\nLa mía no la encuentro, ¿la pueden buscar ustedes?';
    expect(run(text, { from: { address: 'hector.avila2769@alumnos.udg.mx', name: 'Héctor Ávila Toledo' } }).fields.curp).toBeNull();
  });

  it('her husband\'s NSS a sentence after she names him, beside her own "mi NSS": hers is read', () => {
    const text = 'Hola, buenas tardes. Mi esposo se quedó sin trabajo y perdió su IMSS. ¿Lo puedo agregar a mi seguro de estudiante? Su NSS es 90241865261.\n\nYo soy Lucero Navarro Estrada, código 239103605, mi NSS 80242095315';
    expect(run(text, { from: { address: 'lucero.navarro5380@alumnos.udg.mx', name: 'Lucero Navarro Estrada' } }).fields.nss).toBe('80242095315');
    // Her husband writing about her: "Su NSS" is hers.
    const husband = 'Bom dia. Mi esposa y yo estamos en Lisboa por su intercambio. Su NSS es 50242085467 y su CURP TUVE200218MJCRRMA0. Gracias. Rafael';
    expect(run(husband, { from: { address: 'rafanuno@sapo.pt', name: 'Rafael Nuño' } }).fields.nss).toBe('50242085467');
  });

  it('"mi hijo" beside "Soy alumna de ...": she writes about herself, and her signed name is hers', () => {
    const text = 'Buenas noches,\n\nSoy alumna de Trabajo Social. ¿Mi hijo de un mes puede usar mi seguro facultativo para pediatría? Yo ya estoy dada de alta (código 239282998, NSS 46242085028).\n\nGracias.\nGuadalupe Mejía Corona';
    const from = { address: 'guadalupe.mejia8039@alumnos.udg.mx', name: 'Guadalupe Mejía Corona' };
    expect(run(text, { from }).fields.fullName).toBe('Guadalupe Mejía Corona');
    // A mother who says so is a parent still, whatever else she says.
    const mother = 'Buenas noches, soy la mamá de Luis. Mi hijo no tiene seguro (código 239282998).\n\nGracias.\nGuadalupe Mejía Corona';
    expect(run(mother, { from: { address: 'lupita.mejia@gmail.com', name: 'Guadalupe Mejía Corona' } }).fields.fullName).not.toBe('Guadalupe Mejía Corona');
  });
});

describe('coverage through a parent that ended (issue #3, session 33, fresh227 set)', () => {
  it("a pension resolution's \"Beneficiario:\" line names her above the insured father: the document is hers, its CURP read", () => {
    const pdf = 'INSTITUTO MEXICANO DEL SEGURO SOCIAL\nRESOLUCION DE TERMINO DE PENSION\nFolio: RP-14-8595/2038\nBeneficiario: XIMENA GUADALUPE PARTIDA LOZANO\nCURP: PALX211025MJCRZMA7\nTipo: ORFANDAD\nNSS del asegurado: 73967767861\nAsegurado: RAMON PARTIDA GIL';
    const r = run('Buenas tardes. Adjunto la resolución de mi pensión de orfandad que terminó, ahí viene mi CURP. Mi código es 241489068 y mi NSS 46242187923.\n\nXimena', {
      from: { address: 'ximena.partida8449@alumnos.udg.mx', name: 'Ximena Guadalupe Partida Lozano' },
      attachments: [{ filename: 'resolucion_termino.pdf', contentType: 'application/pdf', size: 1, text: pdf }],
    });
    expect(r.fields.curp).toBe('PALX211025MJCRZMA7');
    expect(r.fields.nss).toBe('46242187923');
  });
});

describe('relatives writing before an announced paro (issue #3, session 33, fresh228 set)', () => {
  it('a grandmother\'s "mi nieta FRIDA ..." signed with her own name: her name is not the student\'s', () => {
    const text = 'BUENAS TARDES. MI NIETA FRIDA ESTÁ EN EXÁMENES Y ME PIDIÓ QUE LES ESCRIBIERA PARA SU SEGURO. SU CÓDIGO ES 241591398. LOS DEMÁS PAPELES LOS TIENE ELLA. DIOS LOS BENDIGA.\n\nTERESA CHÁVEZ';
    expect(run(text, { from: { address: 'abuela.teresa.chavez@hotmail.com', name: 'TERESA CHAVEZ' } }).fields.fullName).toBe('FRIDA');
    const aunt = 'Buenas tardes, mi sobrino Iker no alcanza a escribir, está en exámenes. Su código es 241591398.\n\nSaludos,\nMarta Ruiz Peña';
    expect(run(aunt, { from: { address: 'marta.ruiz.p@gmail.com', name: 'Marta Ruiz' } }).fields.fullName).not.toBe('Marta Ruiz Peña');
  });
});

describe("IMSS Digital's redesigned portal (issue #3, session 33, fresh229 set)", () => {
  it('a mother who writes for her daughter and says of the NSS "creo que es el mío porque yo soy la titular": a parent\'s', () => {
    const text = 'Buenas tardes, mi hija Miranda Solís Pedroza código 244190129 necesita el seguro. El NSS que sale en la pagina es 34957656092, creo que es el mio porque yo soy la titular.\nAdriana Pedroza';
    const r = run(text, { from: { address: 'adri.pedroza@yahoo.com.mx', name: 'Adriana Pedroza' } });
    expect(r.fields.nss).toBe('34957656092');
    expect(r.problems.map((p) => p.code)).toContain('nss_parent_suspected');
    // A student who says the number is hers: no fault.
    const own = 'Buenas tardes, soy Miranda Solís Pedroza, código 244190129. El NSS que sale en la pagina es 34242056095, creo que es el mio.';
    expect(run(own, { from: { address: 'miranda.solis@alumnos.udg.mx', name: 'Miranda Solís' } }).problems.map((p) => p.code)).not.toContain('nss_parent_suspected');
  });
});

describe('numbers as relatives heard them (issue #3, session 33, fresh230 set)', () => {
  const from = { address: 'esperanza.ocampo51@hotmail.com', name: 'Esperanza Ocampo' };
  it('"o" for cero and "doble"/"triple" before a repeated digit, as a phone number is read', () => {
    expect(run('mi nieto me dictó su código de la escuela por el teléfono: dos cuatro o doble seis cuatro nueve tres seis.', { from }).fields.studentCode).toBe('240664936');
    expect(run('CODIGO DOS CUATRO O NUEVE DOS O SEIS OCHO SIETE', { from }).fields.studentCode).toBe('240920687');
    expect(run('el número de seguro me lo dictó así:\ndoble uno dos cuatro dos tres ocho seis triple dos', { from }).fields.nss).toBe('11242386222');
    expect(run('NSS: cinco-dos-dos-cuatro-dos-tres-o-ocho-ocho-ocho-uno', { from }).fields.nss).toBe('52242308881');
  });
  it('groups in words apart by dashes or semicolons, and a "Seguro:" line with one digit short', () => {
    expect(run('lo apunte asi como me lo dijo:\n\nochenta y dos - doscientos cuarenta y dos - doscientos sesenta y uno - cuatrocientos ochenta y tres', { from }).fields.nss).toBe('82242261483');
    expect(run('me lo dijo en tres partes: cinco mil novecientos veinticuatro; dos mil setenta y dos; setecientos seis.', { from }).fields.nss).toBe('59242072706');
    const r = run('Código: 241065500\nSeguro: dos cinco dos cuatro dos dos cero nueve seis ocho', { from });
    expect(r.fields.nss).toBe('2524220968');
    expect(r.problems.map((p) => p.code)).toContain('nss_format');
  });
  it('a value split over lines on purpose and said so is joined when it makes the field ("partes", "lo separé")', () => {
    expect(run('Buenas tardes, les paso mis datos. El NSS lo parto en dos por si acaso:\nAlberto Nuño Gamboa\n241175733\nNSS primera parte: 16242\nNSS segunda parte: 295471', { from }).fields.nss).toBe('16242295471');
    expect(run('Buenas, les mando mi CURP en partes:\nSOOA22\n0909MJ\nCLRNB0\n(son las tres partes juntas)', { from }).fields.curp).toBe('SOOA220909MJCLRNB0');
    expect(run('Código:\n2386\n85825\n(es uno solo, lo separé para que se lea mejor)', { from }).fields.studentCode).toBe('238685825');
    // Lines that make no valid value stay apart.
    expect(run('Les paso mis datos en partes:\n2386\n85826', { from }).fields.studentCode).toBeNull();
  });
  it('a CURP whose letters are typed as capitals between the digits\' words', () => {
    expect(run('me la dicto asi:\n\nR O U I dos cuatro cero tres cero dos M J C S R T B cuatro\n\nGracias', { from }).fields.curp).toBe('ROUI240302MJCSRTB4');
    expect(run('Buenas, la CURP: SAME dos cero cero dos uno siete HJCLNR C siete (la escribí así por el dictado del cel)', { from }).fields.curp).toBe('SAME200217HJCLNRC7');
  });
  it('"o" as "or" between a few digit words makes no number', () => {
    const r = run('Le pregunté dos o tres veces y me dijo que su código es 240664936.', { from });
    expect(r.fields.studentCode).toBe('240664936');
  });
});

describe('US-born students and their SSNs (issue #3, session 33, fresh231 set)', () => {
  it('a nine-digit number labelled "SSN:" is no code: the code typed short is read as written', () => {
    const r = run('Hola buenas tardes\n\nNombre: Ximena Barajas Quintero\nCódigo UDG: 24068512\nSSN: 509348442\nNSS: 35242132369\nCURP: BAQX210329MNERNMC2', { from: { address: 'ximena.barajas5325@alumnos.udg.mx', name: 'Ximena Barajas Quintero' } });
    expect(r.fields.studentCode).toBe('24068512');
    expect(r.problems.map((p) => p.code)).toContain('student_code_format');
  });
});

describe('US-born students writing in English (issue #3, session 33, fresh231 set)', () => {
  it('"Thanks, Julian" closing an English mail: "Thanks" is no name word', () => {
    const r = run('Hey, quick question: do dual citizens (US/MX) qualify for the seguro facultativo? My code is 240119559.\n\nThanks, Julian', { from: { address: 'julian.x@alumnos.udg.mx', name: 'Julian Reyes' } });
    expect(r.fields.fullName ?? '').not.toMatch(/thanks/i);
  });
});

describe('IMSS workers and their children (issue #3, session 33, fresh236 set)', () => {
  it('an attached list keyed by CURP ("beneficiario,curp,parentesco") is about several students', () => {
    const csv = 'matricula_trabajador,beneficiario,curp,parentesco,vence\n76363510,CARLOS DANIEL HERRERA PAZ,HEPC210217HJCRZRB3,HIJO,28/02/2045\n16816763,MAYRA ALEJANDRA RUIZ GALLEGOS,RUGM200801MJCZLYC4,HIJA,28/02/2045';
    const r = extractFields(mail('Lic., le mando el listado de beneficiarios por renovar de la UMF 51. Saludos, Elvia', { from: { address: 'elvia.contreras@imss.gob.mx', name: 'Elvia Contreras' }, attachments: [{ filename: 'beneficiarios_umf51.csv', contentType: 'text/csv', size: 200, text: csv }] }), CORPUS_OPTIONS);
    expect(r.severalStudents).toBe(true);
  });
});

describe('one surname (issue #3, session 33, fresh238 set)', () => {
  it('a filler typed for the second surname she does not have ("Arce X", "Apellidos: Ocampo / —") is no part of the name', () => {
    const r = run('Hola buenas noches\nNombre completo: Ana Sofía Arce X\nCodigo: 241588726\nNss: 47242277185\nCurp: AEXA220909MJCRXNC4', { from: { address: 'ana.arce9303@alumnos.udg.mx', name: 'Ana Sofía Arce' } });
    expect(r.fields.fullName).toBe('Ana Sofía Arce');
    expect(run('Buenas!\nApellidos: Ocampo / —\nNombre: Gael\nCódigo: 242747230', { from: { address: 'g@gmail.com', name: 'G' } }).fields.fullName).toBe('Gael Ocampo');
  });
  it('a two-word name on the line under "mis datos:" is read once, not doubled', () => {
    const r = run('Hola! mis datos:\nMiranda Leyva\n241085127\n94242260654\nCURP: LEXM220725MJYXRA8', { from: { address: 'miranda.leyva2866@alumnos.udg.mx', name: 'Miranda Leyva' } });
    expect(r.fields.fullName).toBe('Miranda Leyva');
    // ...and a name that goes on over the line after it is still joined.
    expect(run('Mis datos:\nJuan Carlos\nHernández Ramírez\n241085127', { from: { address: 'jc@gmail.com', name: 'JC' } }).fields.fullName).toBe('Juan Carlos Hernández Ramírez');
  });
});

describe("the February batch's subject format (issue #3, session 33, fresh234 set)", () => {
  it('"LOTE FEB | CODE | NAME" in the subject: the batch tag is no name, the name after it is', () => {
    const r = run('va', { subject: 'LOTE FEB | 241827113 | Sebastián Pedroza Villa | 36242144073', from: { address: 'sebastian.pedroza1234@alumnos.udg.mx', name: 'Sebastián' } });
    expect(r.fields.fullName).toBe('Sebastián Pedroza Villa');
    expect(run('va', { subject: 'LOTE FEB | 242537487 | 79242269854 | CUAJ220902HJCVNLA5', from: { address: 'j.cuevas@gmail.com', name: 'J' } }).fields.fullName).toBeNull();
  });
});

describe('exchange students in East Asia (issue #3, session 33, fresh237 set)', () => {
  it('an ideographic comma after a name and a full-width parenthesis glued to it end the name, not cut it', () => {
    const from = { address: 'jorge.camacho3298@alumnos.udg.mx', name: 'Jorge' };
    expect(run('Hola, copio lo que ya tenía en mis notas del WeChat:\nJorge Luis Camacho Ríos\u3001240658591\u3001NSS 27242288739\u3001CARJ221118HJCMSRA1', { from }).fields.fullName).toBe('Jorge Luis Camacho Ríos');
    expect(run('氏名:HERNANDEZ DIAZ Luis Angel\uff08エルナンデス・ディアス ルイス アンヘル\uff09\nCURP:HEDL220503HJCRZSB3', { from: { address: 'ryo@kyoto-u.ac.jp', name: 'Yoshida' } }).fields.fullName).toBe('HERNANDEZ DIAZ Luis Angel');
  });
});

describe('replies to old threads (issue #3, session 33, fresh240 set)', () => {
  it('a code the writer names and takes back ("(237014849) y ese ya no es"), none given instead, is not read', () => {
    const r = run('Hola, en el correo de abajo puse el código de la prepa (237014849) y ese ya no es. El nuevo no me lo sé de memoria, luego se los mando.\n\n> Nombre: Eduardo Vázquez Herrera\n> Código: 237014849', { from: { address: 'eduardo.vazquez1725@alumnos.udg.mx', name: 'Eduardo Vázquez Herrera' } });
    expect(r.fields.studentCode).toBeNull();
    expect(run('Hola, mi código es 237014849 y ya no tengo dudas.', { from: { address: 'e@gmail.com', name: 'E' } }).fields.studentCode).toBe('237014849');
  });
});

describe('odd layouts (issue #3, session 33, fresh243 set)', () => {
  it('values on one line kept apart by runs of underscores are read apart', () => {
    const r = run('Sofía Lepe Candelario__239438978__76242095628__sofia.lepe8779@alumnos.udg.mx', { from: { address: 's.lepe@gmail.com', name: 'Sofi' } });
    expect(r.fields.studentCode).toBe('239438978');
    expect(r.fields.nss).toBe('76242095628');
    expect(r.fields.institutionalEmail).toBe('sofia.lepe8779@alumnos.udg.mx');
  });
  it('a spreadsheet row under English headers whose last cell is empty: the name given names first, "SSN (IMSS)" the NSS', () => {
    const r = run('Last name\tSecond last name\tFirst name\tID\tSSN (IMSS)\tCURP\tNotes\nQuintero\tAldana\tFernanda\t240735097\t19242196558\tQUAF210624MJCNLRC1\t', { from: { address: 'f@gmail.com', name: 'F' } });
    expect(r.fields.fullName).toBe('Fernanda Quintero Aldana');
    expect(r.fields.nss).toBe('19242196558');
  });
  it('"Student ID 243983650." is a label, not a name: the signed name is read', () => {
    expect(run('Student ID 243983650. Sorry, phone in English.\n\nDiego Mercado Haro', { from: { address: 'diego.mercado2715@alumnos.udg.mx', name: 'Diego' } }).fields.fullName).toBe('Diego Mercado Haro');
  });
});

describe("8M and the mother's surname first (issue #3, session 33, fresh247 set)", () => {
  it('"Andrea Ochoa Fuentes" against FUOA...: her surnames in another order than the CURP\'s, not "Ochoa" as a second given name', () => {
    const r = run('Nombre completo: Andrea Ochoa Fuentes\nCódigo de estudiante: 240042087\nNúmero de seguridad social: 89242131855\nCURP: FUOA211003MJCNCNC6', { from: { address: 'andrea.fuentes2346@alumnos.udg.mx', name: 'Andrea Fuentes Ochoa' } });
    expect(r.problems.map((p) => p.code)).toContain('curp_name_mismatch');
    // Her surnames in the CURP's order: no fault.
    expect(run('Nombre completo: Andrea Fuentes Ochoa\nCURP: FUOA211003MJCNCNC6', { from: { address: 'a@gmail.com', name: 'A' } }).problems.map((p) => p.code)).not.toContain('curp_name_mismatch');
  });
});

describe('whole SIIAU screens pasted (issue #3, session 33, fresh246 set)', () => {
  it('"Att Alan Partida Gómez" on the last line: the abbreviation of "atentamente" before a signature', () => {
    const r = run('Buenas, mis datos\nCódigo 243656624\nNSS 38242339240\n\nAtt Alan Partida Gómez', { from: { address: 'alan.partida8277@alumnos.udg.mx', name: 'Alan' } });
    expect(r.fields.fullName).toBe('Alan Partida Gómez');
  });
});
