import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../src/extract/mojibake.js';

describe('repairMojibake', () => {
  it.each([
    ['UTF-8 read as ISO-8859-1', 'Nadia LomelÃ\u00ad Maldonado', 'Nadia Lomelí Maldonado'],
    ['UTF-8 read as windows-1252', 'Ernesto YÃ¡Ã±ez Rosales, Â¿quÃ© tal?', 'Ernesto Yáñez Rosales, ¿qué tal?'],
    ['typographic quotes', 'â€œHolaâ€\u009d y â€™', '“Hola” y ’'],
    ['capital accents', 'CÃ“DIGO: 221935987, Ã‘', 'CÓDIGO: 221935987, Ñ'],
  ])('%s', (_l, text, fixed) => {
    expect(repairMojibake(text)).toBe(fixed);
  });

  it.each([
    ['Spanish as written', 'José Pérez Núñez, ¿cómo está?'],
    ['an accented capital before a no-break space', 'JOSÉ\u00a0PÉREZ'],
    ['Portuguese', 'SÃO PAULO'],
    ['no lead character at all', 'Código 221935987'],
  ])('leaves %s alone', (_l, text) => {
    expect(repairMojibake(text)).toBe(text);
  });
});
