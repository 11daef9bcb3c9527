// Authentication-Results: only the trusted host's verdict counts; an institutional From that fails
// DMARC (or SPF and DKIM without DMARC) is flagged for staff.
import { describe, expect, it } from 'vitest';
import { checkSenderAuthentication, parseAuthResults } from '../../../src/triage/sender-authentication.js';

const opts = { trustedHosts: ['mx.udg.mx'], institutionalDomains: ['alumnos.udg.mx'] };
const mail = (from: string, ...ar: string[]) => ({
  from: { address: from, name: '' },
  headers: (ar.length ? { 'authentication-results': ar.map((v) => `Authentication-Results: ${v}`).join('\n') } : {}) as Record<string, string>,
});
const STUDENT = 'irene.martinez5805@alumnos.udg.mx';

describe('parseAuthResults', () => {
  it('reads authserv-id and method results, comments dropped, one passing DKIM enough', () => {
    expect(parseAuthResults('mx.udg.mx (postfix 3.7); spf=fail (sender IP is 6.6.6.6) smtp.mailfrom=x; dkim=fail header.d=a; dkim=pass header.d=b; dmarc=fail header.from=alumnos.udg.mx')).toEqual({
      authservId: 'mx.udg.mx',
      results: { spf: 'fail', dkim: 'pass', dmarc: 'fail' },
    });
  });
});

describe('checkSenderAuthentication', () => {
  const cases: [string, ReturnType<typeof mail>, string, typeof opts?][] = [
    ['dmarc=fail from the trusted host', mail(STUDENT, 'mx.udg.mx; spf=fail; dkim=none; dmarc=fail'), 'fail'],
    ['dmarc=pass', mail(STUDENT, 'mx.udg.mx; spf=pass; dkim=pass; dmarc=pass'), 'pass'],
    ['no dmarc, spf and dkim fail', mail(STUDENT, 'mx.udg.mx; spf=softfail; dkim=none'), 'fail'],
    ['no dmarc, dkim passes', mail(STUDENT, 'mx.udg.mx; spf=fail; dkim=pass'), 'pass'],
    ['forged header from another host says pass, trusted says fail (below)', mail(STUDENT, 'evil.test; dmarc=pass', 'mx.udg.mx; dmarc=fail'), 'fail'],
    ['only an untrusted host', mail(STUDENT, 'evil.test; dmarc=fail'), 'not_checked'],
    ['no header at all', mail(STUDENT), 'not_checked'],
    ['topmost trusted header wins', mail(STUDENT, 'mx.udg.mx; dmarc=pass', 'mx.udg.mx; dmarc=fail'), 'pass'],
    ['not an institutional sender', mail('ana@gmail.com', 'mx.udg.mx; dmarc=fail'), 'not_checked'],
    ['lookalike domain is not institutional', mail('irene@alumnos.udg.mx.evil.com', 'mx.udg.mx; dmarc=fail'), 'not_checked'],
    ['feature off (no trusted hosts)', mail(STUDENT, 'mx.udg.mx; dmarc=fail'), 'not_checked', { ...opts, trustedHosts: [] }],
  ];
  it.each(cases)('%s', (_l, m, status, o = opts) => {
    const v = checkSenderAuthentication(m, o);
    expect(v.status).toBe(status);
    if (v.status === 'fail') expect(v.warning).toMatch(/suplantación/);
  });
});
