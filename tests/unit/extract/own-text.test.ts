import { describe, expect, it } from 'vitest';
import { extractOwnText, leadText } from '../../../src/extract/own-text.js';

describe('leadText: the writer\'s new text, before anything quoted or forwarded', () => {
  it.each([
    ['Gmail reply', 'Gracias, ya envié todo.\n\nEl lun, 31 ago 2026 a las 9:02, IMSS <imss@udg.mx> escribió:\n> Este es un mensaje automático', 'Gracias, ya envié todo.\n'],
    ['"> " lines', 'ok\n> favor de no responder', 'ok'],
    ['a forward', 'Les reenvío el aviso.\n\n---------- Forwarded message ---------\nDe: SIIAU <no-reply@siiau.example>\n\nno respondas a este mensaje', 'Les reenvío el aviso.\n'],
    ['an Outlook header block', 'Va mi NSS.\n\nDe: IMSS <imss@udg.mx>\nEnviado: lunes\nPara: Ana\nAsunto: Re: alta\n\nTexto', 'Va mi NSS.\n'],
    ['"Mensaje original"', 'Hola\n-----Mensaje original-----\nDe: x', 'Hola'],
    ['an SMS relayed to mail: "De:" a phone number is not a header block', 'SMS recibido en la línea 33 3826 3642\nDe: 89898\nFecha: 03/02/2027 09:58\n\nTu código es 779809.', 'SMS recibido en la línea 33 3826 3642\nDe: 89898\nFecha: 03/02/2027 09:58\n\nTu código es 779809.'],
    ['"De:" with the name on the next line is still a header block', 'Va mi NSS.\n\nDe:\nEnviado: lunes\nPara: Ana\nAsunto: Re: alta\n\nTexto', 'Va mi NSS.\n'],
    ['nothing quoted', 'Me encuentro de vacaciones.\nA mi regreso daré respuesta.', 'Me encuentro de vacaciones.\nA mi regreso daré respuesta.'],
  ])('%s', (_label, text, lead) => {
    expect(leadText(text)).toBe(lead);
  });
});

describe('her own earlier mail under an office\'s unmarked reply (issue #3, fresh197 set)', () => {
  const ctx = { senderAddress: 'ricky.ponce22@yahoo.com', senderName: 'Ricardo Iván Ponce Hurtado', deskAddresses: ['imss@udg.mx'], institutionalDomains: ['alumnos.udg.mx'], subject: 'Fwd: RE: RE: Vigencia' };
  const thread = (from: string) => [
    'Buenos días, en la clínica me mandaron con ustedes; les reenvío la conversación.',
    '',
    '----- Mensaje reenviado -----',
    'De: Asistente de Afiliación UMF 3 <afiliacion.umf3.jal@imss.gob.mx>',
    'Para: ricky.ponce22@yahoo.com',
    'Enviado: viernes, 14 de octubre de 2044, 8:30 a. m. CST',
    'Asunto: RE: RE: Vigencia',
    '',
    'El jueves, 13 de octubre de 2044, 12:00 p. m. CST, Asistente de Afiliación UMF 3 <afiliacion.umf3.jal@imss.gob.mx> escribió:',
    '',
    'Su NSS está correcto, pero su escuela no lo ha dado de alta.',
    '',
    `De: ${from}`,
    'Enviado el: martes, 11 de octubre de 2044 10:15',
    'Para: afiliacion.umf3.jal@imss.gob.mx',
    'Asunto: Vigencia',
    '',
    'NSS 48242289543',
    'CURP POHR220505HJCNRCC3',
  ].join('\n');
  it('the header block naming her, below the office\'s reply, is hers', () => {
    expect(extractOwnText(thread('Ricardo Iván Ponce Hurtado <ricky.ponce22@yahoo.com>'), ctx)).toContain('CURP POHR220505HJCNRCC3');
  });
  it("someone else's mail there is not", () => {
    expect(extractOwnText(thread('Laura Gómez Ruiz <laura.gomez@gmail.com>'), ctx)).not.toContain('POHR220505HJCNRCC3');
  });
});

describe('an office\'s reply she points to below (issue #3, fresh197 set)', () => {
  const ctx = { senderAddress: 'karla.ocampo7719@alumnos.udg.mx', senderName: 'Karla Berenice Ocampo Tejeda', deskAddresses: ['imss@udg.mx'], institutionalDomains: ['alumnos.udg.mx'], subject: 'Fwd: RE: Alta seguro facultativo' };
  const thread = (lead: string, from: string) => [
    lead,
    '',
    'El jue., 15 de sept. de 2044 13:10, Mtra. Alma Delia Huerta <' + from + '> escribió:',
    '> Hola, Karla.',
    '> Con el cambio de centro se te asignó un código nuevo: 243380358.',
    '> Mtra. Alma Delia Huerta',
  ].join('\n');
  it('"Abajo está la aclaración de mi coordinadora con mi código nuevo": her coordinator\'s reply is read', () => {
    expect(extractOwnText(thread('Abajo está la aclaración de mi coordinadora con mi código nuevo.', 'alma.huerta@cutonala.udg.mx'), ctx)).toContain('243380358');
  });
  it('"abajo me lo dio Control Escolar" too, with no article', () => {
    expect(extractOwnText(thread('Les reenvío mi código correcto (abajo me lo dio Control Escolar).', 'controlescolar@cucs.udg.mx'), ctx)).toContain('243380358');
  });
  it('"this is my CURP (below, from the mobility office)" in English too', () => {
    expect(extractOwnText(thread('Hi, this is my CURP (below, from the mobility office).', 'movilidad@cucsh.udg.mx'), ctx)).toContain('243380358');
  });
  it('not without her pointing to it, nor from an address outside the university', () => {
    expect(extractOwnText(thread('Les reenvío lo que me dijeron.', 'alma.huerta@cutonala.udg.mx'), ctx)).not.toContain('243380358');
    expect(extractOwnText(thread('Abajo está la aclaración de mi coordinadora con mi código nuevo.', 'alma.huerta@gmail.com'), ctx)).not.toContain('243380358');
  });
});
