import { describe, expect, it } from 'vitest';
import type { FieldName } from '../../../src/extract/types.js';
import { maskValue } from '../../../src/replies/mask-value.js';

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
