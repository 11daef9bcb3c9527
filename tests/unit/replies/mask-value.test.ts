import { describe, expect, it } from 'vitest';
import type { FieldName } from '../../../src/extract/types.js';
import { maskIdentifiersIn, maskValue } from '../../../src/replies/mask-value.js';

describe('maskValue', () => {
  const cases: [FieldName, string, string][] = [
    ['curp', 'PEGL890909MJCRMS08', '***************S08'],
    ['nss', '53987417457', '********457'],
    ['nss', '5398 74 1745 7', '********457'],
    ['studentCode', '217758497', '******497'],
    ['institutionalEmail', 'lucia.perez1234@alumnos.udg.mx', 'lu*************@alumnos.udg.mx'],
    ['institutionalEmail', 'ab@alumnos.udg.mx', '**@alumnos.udg.mx'],
    ['fullName', 'Lucía Pérez García', 'L**** P**** G*****'],
    ['curp', 'ABC', '***'],
    ['nss', '123456', '****56'],
    ['curp', '', ''],
  ];
  it.each(cases)('%s %j -> %j', (field, value, expected) => {
    expect(maskValue(field, value)).toBe(expected);
  });

  it('never returns a full CURP or NSS, and bounds the length', () => {
    expect(maskValue('curp', 'PEGL890909MJCRMS08')).not.toContain('PEGL');
    expect(maskValue('nss', '53987417457')).not.toContain('5398741');
    expect(maskValue('curp', 'X'.repeat(500)).length).toBeLessThanOrEqual(40);
  });

  it('removes control characters', () => {
    expect(maskValue('studentCode', '217\r\n758497')).toBe('******497');
  });
});

describe('maskIdentifiersIn', () => {
  const cases: [string, string, Record<string, string>, string][] = [
    ['CURP in a message', 'Tu CURP (PEGL890909MJCRMS09) parece tener un error.', {}, 'Tu CURP (***************S09) parece tener un error.'],
    ['lower-case CURP', 'Tu CURP (pegl890909mjcrms08) no corresponde.', {}, 'Tu CURP (***************s08) no corresponde.'],
    ['NSS', 'Tu NSS (53987417458) no es válido.', {}, 'Tu NSS (********458) no es válido.'],
    ['NSS written in groups', 'Tu NSS (5398 74 1745 8) no es válido.', {}, 'Tu NSS (********458) no es válido.'],
    ['NSS with hyphens', 'NSS 92-91-90-8443-1.', {}, 'NSS ********431.'],
    ['years and examples stay', 'Tu NSS (70) y tu CURP (2004); por ejemplo 219xxxxxx.', {}, 'Tu NSS (70) y tu CURP (2004); por ejemplo 219xxxxxx.'],
    ['received e-mail', 'Tu correo (lucia.perez@@alumnos.udg.mx) no es válido.', { institutionalEmail: 'lucia.perez@@alumnos.udg.mx' }, 'Tu correo (lu**********@alumnos.udg.mx) no es válido.'],
    ['aspirante number (7 digits)', 'El número 2177584 tiene 7 dígitos.', {}, 'El número *****84 tiene 7 dígitos.'],
  ];
  it.each(cases)('%s', (_label, text, received, expected) => {
    expect(maskIdentifiersIn(text, received)).toBe(expected);
  });
});
