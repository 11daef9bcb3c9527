// Does the mail system vouch for the sender? Pure. Reads the Authentication-Results header
// (RFC 8601) that the university's own receiving server adds, and only that one: the header's
// authserv-id must be in AUTH_RESULTS_TRUSTED_HOSTS (anyone can write an Authentication-Results
// line into a message; a receiving MTA is expected to remove forged ones claiming its own id, and
// the topmost trusted one is the last it added). With no trusted host configured, it says nothing.
//
// A message whose From claims an institutional domain but whose trusted results show DMARC
// failing — or, without a DMARC result, neither SPF nor DKIM passing — is suspicious: its data may
// be someone else's. The verdict is a warning for staff on the case, never a silent drop.
import type { ParsedMail } from '../extract/types.js';
import { headerValues } from './header-values.js';

export interface SenderAuthOptions {
  /** authserv-ids whose results are believed, lower-cased; [] = feature off. */
  trustedHosts: readonly string[];
  /** Domains a student address belongs to (alumnos.udg.mx), lower-cased. */
  institutionalDomains: readonly string[];
}

export type SenderAuthVerdict =
  | { status: 'not_checked'; reason: 'no_trusted_hosts' | 'not_institutional' | 'no_trusted_results' }
  | { status: 'pass'; results: Record<string, string> }
  | { status: 'fail'; results: Record<string, string>; warning: string };

/** Method results of one Authentication-Results value: { spf: 'fail', dkim: 'pass', dmarc: 'fail' }. */
export function parseAuthResults(value: string): { authservId: string; results: Record<string, string> } {
  // Comments "(...)" carry free text; drop them before looking at method=result pairs.
  const clean = value.replace(/\([^()]*\)/g, ' ');
  const [head = '', ...rest] = clean.split(';');
  const authservId = head.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const results: Record<string, string> = {};
  for (const part of rest) {
    const m = /^\s*(spf|dkim|dmarc|arc)\s*=\s*([a-z]+)/i.exec(part);
    if (!m) continue;
    const method = m[1]!.toLowerCase();
    const result = m[2]!.toLowerCase();
    // Several DKIM signatures: one passing is enough.
    if (results[method] !== 'pass') results[method] = result;
  }
  return { authservId, results };
}

export function checkSenderAuthentication(mail: Pick<ParsedMail, 'from' | 'headers'>, options: SenderAuthOptions): SenderAuthVerdict {
  if (options.trustedHosts.length === 0) return { status: 'not_checked', reason: 'no_trusted_hosts' };
  const domain = mail.from?.address.split('@').pop()?.toLowerCase() ?? '';
  if (!options.institutionalDomains.includes(domain)) return { status: 'not_checked', reason: 'not_institutional' };
  const trusted = new Set(options.trustedHosts.map((h) => h.toLowerCase()));
  const first = headerValues(mail.headers, 'authentication-results').map(parseAuthResults).find((r) => trusted.has(r.authservId));
  if (!first) return { status: 'not_checked', reason: 'no_trusted_results' };
  const { results } = first;
  const failed = results.dmarc !== undefined ? results.dmarc !== 'pass' : results.spf !== 'pass' && results.dkim !== 'pass';
  if (!failed) return { status: 'pass', results };
  const summary = ['dmarc', 'spf', 'dkim'].map((m) => `${m}=${results[m] ?? 'ninguno'}`).join(', ');
  return {
    status: 'fail',
    results,
    warning: `El remitente dice ser de @${domain}, pero el servidor de correo no lo autenticó (${summary}): posible suplantación; verificar antes de usar estos datos.`,
  };
}
