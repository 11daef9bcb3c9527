// Who a sender is, from their address alone. Pure.
//   student       a student's institutional mailbox (INSTITUTIONAL_DOMAINS)
//   staff         another address of the university (the desk's domain and its subdomains):
//                 a teacher, an office, a campus system
//   personal      a personal mailbox provider (gmail.com, hotmail.com, prodigy.net.mx, Apple's
//                 relay...), from the maintained email-providers list
//   organisation  anything else: a company, a government office, a shop, a bank
import emailProviders from 'email-providers';

export type SenderKind = 'student' | 'staff' | 'personal' | 'organisation';

// ...and Mexican ISPs' and portals' mailboxes the list lacks (Guadalajara's cable ISP among them:
// a student writing from cybercable.net.mx is a person, not a company).
const REGIONAL_PROVIDERS = ['cybercable.net.mx', 'megacable.com.mx', 'infinitummail.com', 'telmexmail.com', 'telmexmail.com.mx', 'prodigy.net.mx', 'terra.com.mx', 'todito.com'];
const PERSONAL_DOMAINS: ReadonlySet<string> = new Set([...emailProviders, ...REGIONAL_PROVIDERS]);

export function senderKind(address: string | null | undefined, options: { deskAddresses: readonly string[]; institutionalDomains: readonly string[] }): SenderKind {
  const domain = (address ?? '').toLowerCase().split('@')[1] ?? '';
  if (options.institutionalDomains.some((d) => under(domain, d.toLowerCase()))) return 'student';
  if (options.deskAddresses.some((a) => under(domain, a.toLowerCase().split('@')[1] ?? ''))) return 'staff';
  return isPersonalDomain(domain) ? 'personal' : 'organisation';
}

/** `domain` is `parent` or one of its subdomains. */
const under = (domain: string, parent: string) => !!parent && (domain === parent || domain.endsWith(`.${parent}`));

/** A personal mailbox provider's domain. Exact: the list also holds a few public suffixes (com.ar). */
export function isPersonalDomain(domain: string): boolean {
  return PERSONAL_DOMAINS.has(domain);
}
