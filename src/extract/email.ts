// Institutional e-mail: normalization and domain checks, including lookalike domains
// (alumnos.udg.mx.evil.com, alumnos-udg.mx, Cyrillic letters) that must never pass. Pure.
import { makeProblem } from './problems.js';
import type { Problem } from './types.js';

const EMAIL = /^[a-z0-9._%+'-]+@[^\s@]+\.[^\s@]+$/;

/** Lower-cases and drops mailto:, angle brackets, quotes and trailing punctuation. */
export function normalizeEmail(raw: string): string {
  return raw
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^[<("'[]+|[>)"'\].,;:!?]+$/g, '')
    .replace(/^mailto:/i, '')
    .toLowerCase();
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

export type DomainKind = 'institutional' | 'typo' | 'lookalike' | 'udg_other' | 'other';

/** How a domain relates to the accepted institutional domains. */
export function classifyDomain(domain: string, accepted: readonly string[]): DomainKind {
  if (accepted.includes(domain)) return 'institutional';
  // The same few domains come back in every message (senders, addresses in bodies): remember the
  // answer per accepted list. Pure, so the cache changes nothing but the time.
  let known = CLASSIFIED.get(accepted);
  if (!known) CLASSIFIED.set(accepted, (known = new Map()));
  let kind = known.get(domain);
  if (kind === undefined) {
    kind = classifyNew(domain, accepted);
    if (known.size >= 4096) known.clear();
    if (domain.length <= 255) known.set(domain, kind);
  }
  return kind;
}

const CLASSIFIED = new WeakMap<readonly string[], Map<string, DomainKind>>();
const flat = (d: string) => d.replace(/[^a-z0-9]/g, '');
const stem = (d: string) => d.slice(0, d.lastIndexOf('.'));

function classifyNew(domain: string, accepted: readonly string[]): DomainKind {
  // Non-ASCII or punycode: a homoglyph of an accepted domain is never trusted.
  const ascii = /^[a-z0-9.-]+$/.test(domain) && !domain.split('.').some((l) => l.startsWith('xn--'));
  for (const acc of accepted) {
    if (!ascii) return 'lookalike';
    // "alumnos.udg.com.mx", "alumnos.udg.com": a public suffix typed after the domain's name.
    // (Not ".edu.mx": written as other universities' addresses are, a domain that looks like the
    // university's, as "udg.edu.mx" does.)
    if (domain.startsWith(stem(acc) + '.') && /^(?:com|net|org)(?:\.mx)?$/.test(domain.slice(stem(acc).length + 1))) return 'typo';
    // Its last label typed twice ("alumnos.udg.mx.mx"): a slip of the keyboard, not another domain.
    if (domain === acc + acc.slice(acc.lastIndexOf('.'))) return 'typo';
    // ...or left off ("alumnos.udg" for alumnos.udg.mx): the domain cut short, not another one.
    if (domain === stem(acc) && domain.includes('.')) return 'typo';
    // A letter or two typed after it ("alumnos.udg.mxx"): a slip, not another domain.
    if (domain.startsWith(acc) && /^[a-z]{1,2}$/.test(domain.slice(acc.length))) return 'typo';
    if (domain.startsWith(acc + '.') || domain.startsWith(acc + '-') || domain.includes('.' + acc + '.')) return 'lookalike';
    if (flat(domain) === flat(acc) || flat(domain).startsWith(flat(acc))) return 'lookalike';
    if (editDistance(domain, acc) <= 2) return 'typo';
    if (stem(domain) === stem(acc) && /^[a-z]{2,4}$/.test(domain.slice(domain.lastIndexOf('.') + 1))) return 'typo'; // .com for .mx
  }
  if (domain === 'udg.mx' || domain.endsWith('.udg.mx')) return 'udg_other';
  if (/udg|u-d-g/.test(domain)) return 'lookalike';
  return 'other';
}

export function isEmailShape(s: string): boolean {
  return EMAIL.test(s);
}

/** Problems of an address offered as the institutional e-mail. */
export function checkEmail(email: string, accepted: readonly string[]): Problem[] {
  const expected = accepted[0] ?? 'alumnos.udg.mx';
  if (!isEmailShape(email)) return [makeProblem('email_format', { value: email, expected })];
  const domain = email.slice(email.indexOf('@') + 1);
  switch (classifyDomain(domain, accepted)) {
    case 'institutional':
      return [];
    case 'typo':
      return [makeProblem('email_domain_typo', { value: email, domain, expected })];
    case 'lookalike':
      return [makeProblem('email_domain_lookalike', { value: email, domain, expected })];
    default:
      return [makeProblem('email_not_institutional', { value: email, expected })];
  }
}
