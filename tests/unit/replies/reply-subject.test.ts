import { describe, expect, it } from 'vitest';
import { MAX_SUBJECT_LENGTH, replySubject } from '../../../src/replies/reply-subject.js';

describe('replySubject', () => {
  const F = 'IMSS-2026-000123';
  const cases: [string, string, string | undefined, string][] = [
    ['adds Re:', 'Alta IMSS', undefined, 'Re: Alta IMSS'],
    ['keeps a single Re:', 'Re: Alta IMSS', undefined, 'Re: Alta IMSS'],
    ['RE: upper case', 'RE: Alta IMSS', undefined, 'Re: Alta IMSS'],
    ['stacked prefixes', 'Re: RE: re: Alta IMSS', undefined, 'Re: Alta IMSS'],
    ['Spanish RV: (reenviado)', 'RV: Alta IMSS', undefined, 'Re: Alta IMSS'],
    ['Fwd: and FW:', 'Fwd: FW: Alta IMSS', undefined, 'Re: Alta IMSS'],
    ['Re[2]:', 'Re[2]: Alta IMSS', undefined, 'Re: Alta IMSS'],
    ['French spacing "RE :"', 'RE : Alta IMSS', undefined, 'Re: Alta IMSS'],
    ['Res: and AW:', 'Res: AW: Alta IMSS', undefined, 'Re: Alta IMSS'],
    ['word starting with re is kept', 'Respuesta a mi solicitud', undefined, 'Re: Respuesta a mi solicitud'],
    ['appends the folio', 'Alta IMSS', F, `Re: Alta IMSS [${F}]`],
    ['folio not duplicated', `Re: Alta IMSS [${F}]`, F, `Re: Alta IMSS [${F}]`],
    ['folio moved to the end once', `[${F}] Re: Alta IMSS [${F}]`, F, `Re: Alta IMSS [${F}]`],
    ['folio matched case-insensitively', `Re: Alta IMSS [imss-2026-000123]`, F, `Re: Alta IMSS [${F}]`],
    ['CR/LF removed', 'Alta\r\nBcc: x@y.example', undefined, 'Re: Alta Bcc: x@y.example'],
    ['CR/LF removed from the folio', 'Alta', 'IMSS-1\r\nBcc: x', 'Re: Alta [IMSS-1 Bcc: x]'],
    ['empty subject falls back', '', undefined, 'Re: Solicitud de alta en el IMSS'],
    ['only prefixes falls back', 'Re: Fwd:', F, `Re: Solicitud de alta en el IMSS [${F}]`],
    ['spaces collapsed', '  Alta    IMSS  ', undefined, 'Re: Alta IMSS'],
    ['non-ASCII kept', '¿Ya quedó mi alta?', undefined, 'Re: ¿Ya quedó mi alta?'],
  ];
  it.each(cases)('%s', (_label, original, folio, expected) => {
    expect(replySubject(original, folio)).toBe(expected);
  });

  it('is bounded and keeps the folio when the original is long', () => {
    const s = replySubject(`Re: ${'muy largo '.repeat(100)}`, F);
    expect(s.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
    expect(s.startsWith('Re: muy largo')).toBe(true);
    expect(s.endsWith(`… [${F}]`)).toBe(true);
  });

  it('is idempotent', () => {
    for (const [, original, folio] of cases) {
      const once = replySubject(original, folio);
      expect(replySubject(once, folio)).toBe(once);
    }
  });
});

describe('replySubject properties', async () => {
  const fc = await import('fast-check');
  it('always one "Re: ", no CR/LF, bounded, idempotent, folio once', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.option(fc.constantFrom('IMSS-2026-000123', 'IMSS-2025-999999'), { nil: undefined }), (original, folio) => {
        const s = replySubject(original, folio);
        expect(s.startsWith('Re: ')).toBe(true);
        expect(s.slice(4)).not.toMatch(/^(re|rv|fw|fwd)\s*:/i);
        expect(s).not.toMatch(/[\r\n\u0000-\u001f]/);
        expect(Array.from(s).length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
        expect(replySubject(s, folio)).toBe(s);
        if (folio) expect(s.split(`[${folio}]`).length - 1).toBe(1);
      }),
      { numRuns: 500 },
    );
  });
});
