import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProblem } from '../../../src/extract/problems.js';
import { FIELD_NAMES } from '../../../src/extract/types.js';
import { DEFAULT_DESK_CONTACT } from '../../../src/replies/desk-contact.js';
import { FIELD_LABELS } from '../../../src/replies/field-labels.js';
import { sampleReplyData } from '../../../src/replies/preview.js';
import { ALL_REPLY_KINDS, type ReplyData, type ReplyKind } from '../../../src/replies/reply-kinds.js';
import { DEFAULT_TEMPLATES_DIR, renderReply } from '../../../src/replies/render-reply.js';
import { ReplyDataError } from '../../../src/replies/reply-view.js';

const samples = sampleReplyData();
const base = { contact: DEFAULT_DESK_CONTACT, originalSubject: 'Alta IMSS' };
const CURP = 'PEGL890909MJCRMS08';
const NSS = '53987417457';
const XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>';

const tmpDirs: string[] = [];
afterAll(() => tmpDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the real templates in a temp dir, with one file replaced. */
function templatesWith(file: string, content: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'imss-templates-'));
  tmpDirs.push(dir);
  cpSync(DEFAULT_TEMPLATES_DIR, dir, { recursive: true });
  if (content === null) rmSync(join(dir, file));
  else writeFileSync(join(dir, file), content);
  return dir;
}

describe('renderReply: every kind', () => {
  it.each(ALL_REPLY_KINDS)('%s renders subject, text and HTML', (kind) => {
    const reply = renderReply<ReplyKind>(kind, samples[kind] as ReplyData);
    expect(reply.subject).toMatch(/^Re: /);
    expect(reply.text.length).toBeGreaterThan(200);
    expect(reply.html).toMatch(/^<!DOCTYPE html>/);
    expect(reply.html).toContain('</html>');
    for (const part of [reply.text, reply.html]) {
      expect(part).not.toMatch(/undefined|null|\[object Object\]/);
      expect(part).toContain('Pedro Moreno #1029');
      expect(part).toContain('imss@udg.mx');
      expect(part).toContain('9:00 a 17:00');
      expect(part).toContain('Lucía Pérez García');
      expect(part).not.toContain(CURP);
      expect(part).not.toContain(NSS);
      // tú throughout (the extraction's problem messages and the student guide tutean), never usted
      expect(part).not.toMatch(/\b(su|sus|usted|responda|revise|consulte|necesita|acuda|le escribiremos|estimado)\b/i);
    }
    expect(reply.text).not.toMatch(/<[a-z]|&amp;|&#x|&lt;/);
    expect(reply.text.endsWith('\n')).toBe(true);
    expect(reply.text).not.toMatch(/\n{3,}/);
  });

  it('puts the folio in the subject and body when there is one', () => {
    const reply = renderReply('acknowledged', samples.acknowledged);
    expect(reply.subject).toBe('Re: Alta IMSS [IMSS-2026-000123]');
    expect(reply.text).toContain('Tu folio es IMSS-2026-000123');
    expect(reply.html).toContain('<strong>IMSS-2026-000123</strong>');
  });

  it('greets without a name when there is none', () => {
    const reply = renderReply('status', { ...base, folio: 'IMSS-2026-000001', studentName: null });
    expect(reply.text.startsWith('Hola:')).toBe(true);
  });
});

describe('renderReply: incomplete', () => {
  it('names every missing field in Spanish', () => {
    const reply = renderReply('incomplete', { ...base, missing: [...FIELD_NAMES] });
    for (const f of FIELD_NAMES) {
      const label = FIELD_LABELS[f];
      const capitalized = label.charAt(0).toUpperCase() + label.slice(1);
      expect(reply.text).toContain(`- ${capitalized}`);
      expect(reply.html).toContain(`<li>${capitalized}</li>`);
    }
  });

  it('names only what is missing and gives help for it', () => {
    const reply = renderReply('incomplete', { ...base, missing: ['nss'] });
    expect(reply.text).toContain('- Número de Seguridad Social (NSS)');
    expect(reply.text).not.toContain('- CURP');
    expect(reply.text).toContain('https://www.imss.gob.mx/imssdigital');
    expect(reply.text).not.toContain('https://www.gob.mx/curp/');
    expect(reply.text).toContain('responde a este mismo correo');
  });

  it('treats problems with code "missing" as missing', () => {
    const reply = renderReply('incomplete', { ...base, problems: [{ field: 'curp', code: 'missing', message: 'Falta la CURP.' }] });
    expect(reply.text).toContain('Nos falta:\n- CURP');
    expect(reply.text).not.toContain('Por favor revise');
  });

  it('shows each problem message with the masked value and the CURP lookup', () => {
    const reply = renderReply('incomplete', {
      ...base,
      problems: [{ field: 'curp', code: 'curp_check_digit', message: 'El último dígito de la CURP no corresponde.' }],
      received: { curp: 'PEGL890909MJCRMS09', nss: NSS, studentCode: '217758497' },
    });
    expect(reply.text).toContain('- CURP (recibimos ***************S09): El último dígito de la CURP no corresponde.');
    expect(reply.text).toContain('https://www.gob.mx/curp/');
    expect(reply.text).toContain('Número de Seguridad Social (NSS): ********457');
    expect(reply.text).not.toContain('PEGL890909');
    expect(reply.html).not.toContain('PEGL890909');
    expect(reply.html).not.toContain(NSS);
  });

  it('masks identifiers that a problem message quotes, without echoing the value twice', () => {
    const reply = renderReply('incomplete', {
      ...base,
      problems: [
        makeProblem('curp_check_digit', { value: 'PEGL890909MJCRMS09' }),
        makeProblem('nss_check_digit', { value: '5398 74 1745 8' }),
        makeProblem('student_code_format', { value: '21775849' }),
      ],
      received: { curp: 'PEGL890909MJCRMS09', nss: '5398 74 1745 8', studentCode: '21775849' },
    });
    for (const part of [reply.text, reply.html]) {
      expect(part).not.toContain('PEGL890909');
      expect(part).not.toMatch(/5398\s?74/);
      expect(part).not.toContain('217758');
      expect(part).toContain('***************S09');
      expect(part).toContain('********458');
    }
    expect(reply.text).toContain('- CURP: Tu CURP (***************S09) parece tener');
    expect(reply.text).not.toContain('recibimos ***************S09');
  });

  it('escapes HTML from message values in the HTML part', () => {
    const reply = renderReply('incomplete', {
      ...base,
      originalSubject: XSS,
      studentName: XSS,
      missing: ['nss'],
      problems: [{ field: 'fullName', code: 'name_invalid', message: XSS }],
      received: { fullName: XSS, institutionalEmail: `${XSS}@alumnos.udg.mx` },
    });
    expect(reply.html).not.toContain('<script>');
    expect(reply.html).not.toContain('<img');
    expect(reply.html).toContain('&lt;script&gt;');
    expect(reply.html).not.toMatch(/<[^>]*\sonerror=/i);
  });

  it('strips CR/LF from values that could reach a header', () => {
    const reply = renderReply('incomplete', {
      ...base,
      originalSubject: 'Alta\r\nBcc: victim@example.com',
      studentName: 'Lucía\r\nBcc: victim@example.com',
      missing: ['nss'],
    });
    expect(reply.subject).not.toMatch(/[\r\n]/);
    expect(reply.text).toContain('Hola, Lucía Bcc: victim@example.com:');
  });

  it('requires something missing or wrong', () => {
    expect(() => renderReply('incomplete', { ...base })).toThrow(ReplyDataError);
  });
});

describe('renderReply: other kinds', () => {
  it('correction lists the chosen fields and the note, escaped', () => {
    const received = { curp: 'PEGL890909MJCRMS08', nss: '53987417457' };
    const reply = renderReply('correction', { ...base, folio: 'IMSS-2026-000002', fields: ['curp', 'nss'], received, note: 'Revise <b>la CURP</b>\ny el NSS' });
    expect(reply.text).toContain('necesitamos que corrijas estos datos:\n- CURP\n- Número de Seguridad Social (NSS)\n');
    expect(reply.text).toContain('con los datos corregidos.');
    expect(reply.text).toContain('Revise <b>la CURP</b>\ny el NSS');
    expect(reply.html).toContain('Revise &lt;b&gt;la CURP&lt;/b&gt;<br>');
    // The values themselves are never shown.
    expect(reply.text + reply.html).not.toContain('PEGL890909MJCRMS08');
  });

  it('correction asks to send, not to correct, a value the student never gave', () => {
    const none = renderReply('correction', { ...base, folio: 'IMSS-2026-000002', fields: ['curp'] });
    expect(none.text).toContain('necesitamos que nos envíes estos datos:\n- CURP (no venía en tus correos)\n');
    expect(none.text).toContain('con esos datos.');
    expect(none.text).not.toMatch(/corrij|corregidos/);
    expect(none.html).toContain('<li>CURP (no venía en tus correos)</li>');

    const some = renderReply('correction', { ...base, folio: 'IMSS-2026-000002', fields: ['curp', 'nss'], received: { nss: '53987417457' } });
    expect(some.text).toContain('necesitamos que corrijas o nos envíes estos datos:\n- CURP (no venía en tus correos)\n- Número de Seguridad Social (NSS)\n');
    expect(some.text).toContain('con los datos corregidos.');
  });

  it('referral names the original documents from the guide', () => {
    const { text } = renderReply('referral', samples.referral);
    for (const doc of ['CURP', 'Comprobante de domicilio', 'Acta de nacimiento', 'Credencial de estudiante', 'INE (si eres menor de edad, la de tu padre o madre)']) {
      expect(text).toContain(`- ${doc}`);
    }
    expect(text).toContain('subdelegación');
  });

  it('resolved gives the vigencia and UMF steps, with the Guadalajara postal code for foráneos', () => {
    const { text } = renderReply('resolved', samples.resolved);
    expect(text).toContain('un mes');
    expect(text).toContain('Vigencia de Derechos');
    expect(text).toContain('Alta en Clínica o UMF');
    expect(text).toMatch(/foráneo.*código postal.*Guadalajara/s);
  });

  it('rejected explains baja/desertor', () => {
    expect(renderReply('rejected', samples.rejected).text).toMatch(/baja o desertor/);
  });

  it('conflict shows both values masked', () => {
    const { text, html } = renderReply('conflict', samples.conflict);
    expect(text).toContain('- CURP: antes recibimos ***************S08 y ahora ***************S17');
    expect(html).not.toContain('PEGL890909');
  });

  it.each([
    ['acknowledged', { ...base }, 'folio'],
    ['correction', { ...base, folio: 'IMSS-2026-000003' }, 'fields'],
    ['conflict', { ...base, folio: 'IMSS-2026-000003' }, 'conflicts'],
  ] as const)('%s without required data throws naming %s', (kind, data, key) => {
    expect(() => renderReply<ReplyKind>(kind, data as ReplyData)).toThrow(new RegExp(key));
  });
});

describe('renderReply: templates', () => {
  it('has a text and an HTML template for every kind and no unescaped output', () => {
    const files = readdirSync(DEFAULT_TEMPLATES_DIR);
    for (const kind of ALL_REPLY_KINDS) {
      expect(files).toContain(`${kind}.text.hbs`);
      expect(files).toContain(`${kind}.html.hbs`);
    }
    const partials = readdirSync(join(DEFAULT_TEMPLATES_DIR, 'partials'));
    for (const f of [...files.filter((x) => x.endsWith('.hbs')), ...partials.map((p) => `partials/${p}`)]) {
      expect(readFileSync(join(DEFAULT_TEMPLATES_DIR, f), 'utf8'), f).not.toMatch(/\{\{\{|\{\{&/);
    }
  });

  it('fails loudly on a variable the view does not have (strict mode)', () => {
    const dir = templatesWith('status.text.hbs', 'Folio {{folioo}}');
    expect(() => renderReply('status', samples.status, dir)).toThrow(/IMSS_REPLY_TEMPLATE|folioo/);
    try {
      renderReply('status', samples.status, dir);
    } catch (err) {
      expect((err as { code?: string }).code).toBe('IMSS_REPLY_TEMPLATE');
    }
  });

  it('refuses triple-stash in HTML templates', () => {
    const dir = templatesWith('status.html.hbs', '<p>{{{folio}}}</p>');
    expect(() => renderReply('status', samples.status, dir)).toThrow(/unescaped/);
  });

  it('fails when a template is missing', () => {
    const dir = templatesWith('rejected.html.hbs', null);
    expect(() => renderReply('status', samples.status, dir)).toThrow(/rejected\.html\.hbs/);
  });
});
