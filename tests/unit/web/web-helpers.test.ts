import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/web/csv.js';
import { html, raw } from '../../../src/web/html.js';
import { parseForDisplay, sanitizeMessageHtml } from '../../../src/web/mailbox.js';
import { safeNext } from '../../../src/web/routes/login.js';
import { searchCases } from '../../../src/web/search.js';
import { median } from '../../../src/web/summary.js';
import { makeCase } from '../../integration/web-helpers.js';

describe('html``', () => {
  it('escapes every interpolation unless it is SafeHtml', () => {
    const evil = '<img src=x onerror="alert(1)">\'`&';
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe('<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&#96;&amp;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&#96;&amp;</p>');
    expect(html`<ul>${['<a>', html`<li>ok</li>`]}</ul>`.value).toBe('<ul>&lt;a&gt;<li>ok</li></ul>');
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
    expect(html`${raw('<b>x</b>')}`.value).toBe('<b>x</b>');
  });
});

describe('sanitizeMessageHtml', () => {
  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '<svg onload=alert(1)>',
    '<iframe src="https://evil.example"></iframe>',
    '<p style="background:url(javascript:alert(1))" onclick="alert(1)">x</p>',
    '<form action="https://evil.example"><input name=x></form>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  ])('%s is inert', (dirty) => {
    const clean = sanitizeMessageHtml(dirty);
    expect(clean).not.toMatch(/<script|onerror|onload|onclick|javascript:|<iframe|<form|<img|<svg|style=/i);
  });
  it('keeps text, paragraphs and safe links', () => {
    expect(sanitizeMessageHtml('<p>Hola <b>mundo</b> <a href="https://udg.mx">UdeG</a></p>')).toBe('<p>Hola <b>mundo</b> <a href="https://udg.mx" rel="noopener noreferrer nofollow" target="_blank">UdeG</a></p>');
  });
});

describe('csv', () => {
  it('quotes, defuses formulas and starts with a BOM', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('di "hola"')).toBe('"di ""hola"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+52 33')).toBe("'+52 33");
    expect(csvCell(null)).toBe('');
    expect(toCsv(['a', 'b'], [['1', 'ñ']])).toBe('\uFEFFa,b\r\n1,ñ\r\n');
  });
});

describe('search', () => {
  const cases = [
    makeCase({ id: 'IMSS-2026-000101', firstMessageAt: '2026-03-01T00:00:00Z' }),
    makeCase({ id: 'IMSS-2026-000102', firstMessageAt: '2026-03-01T00:00:00Z', replyAddress: 'otro@gmail.com', addresses: ['otro@gmail.com'] }),
  ];
  cases[1]!.fields.fullName = { value: 'José Ángel Núñez', messageId: '', at: '', source: 'body' };
  cases[1]!.fields.curp = { value: 'NUAJ050101HJCXNSA1', messageId: '', at: '', source: 'body' };
  const ids = (q: string) => searchCases(cases, q).map((c) => c.id);
  it.each([
    ['imss-2026-000102', ['IMSS-2026-000102']],
    ['000101', ['IMSS-2026-000101']],
    ['jose angel', ['IMSS-2026-000102']],
    ['NUÑEZ', ['IMSS-2026-000102']],
    ['nuaj050101', ['IMSS-2026-000102']],
    ['04 2305 12347', ['IMSS-2026-000101', 'IMSS-2026-000102']],
    ['OTRO@GMAIL.COM', ['IMSS-2026-000102']],
    ['219-876-543', ['IMSS-2026-000101', 'IMSS-2026-000102']],
    ['   ', ['IMSS-2026-000101', 'IMSS-2026-000102']],
    ['nadie', []],
  ] as const)('%j', (q, expected) => {
    expect(ids(q)).toEqual(expected);
  });
});

describe('safeNext and median', () => {
  it.each([['/casos/IMSS-2026-000001', '/casos/IMSS-2026-000001'], ['//evil.example', '/cola'], ['https://evil.example', '/cola'], ['/\\evil', '/cola'], ['/login', '/cola'], ['', '/cola']])('%j -> %j', (a, b) => {
    expect(safeNext(a)).toBe(b);
  });
  it('median', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('parseForDisplay', () => {
  it('shows Latin-1 bytes labeled UTF-8 as the triage read them, not as U+FFFD', async () => {
    const raw = Buffer.from('From: a@b.mx\nSubject: x\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nLuz Mar\xeda \xd1eco Villase\xf1or\n', 'latin1');
    const { message } = await parseForDisplay(raw, 'INBOX', 1);
    expect(message.text).toContain('Luz María Ñeco Villaseñor');
  });
});
