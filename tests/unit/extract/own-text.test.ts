import { describe, expect, it } from 'vitest';
import { leadText } from '../../../src/extract/own-text.js';

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
