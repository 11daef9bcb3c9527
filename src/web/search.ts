// Search over cases: folio, name, student code, NSS, CURP or e-mail. Pure.
// The query is normalised the way the values are: accents and case folded, and for identifiers
// spaces, dots and dashes dropped ("04 23 0512 347" finds NSS 04230512347).
import type { CaseRecord } from '../triage/case-model.js';

export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/\s+/g, ' ').trim();
}

function compact(s: string): string {
  return foldText(s).replace(/[\s.\-_/]/g, '');
}

export interface NormalisedQuery {
  text: string; // folded, for names, folios and e-mails
  compact: string; // folded, no separators, for identifiers
  words: string[];
}

export function normaliseQuery(q: string): NormalisedQuery | null {
  const text = foldText(q.slice(0, 200));
  if (text === '') return null;
  return { text, compact: compact(text), words: text.split(' ').filter(Boolean) };
}

type Searchable = Pick<CaseRecord, 'id' | 'fields' | 'addresses' | 'replyAddress'>;

export function matchesCase(c: Searchable, q: NormalisedQuery): boolean {
  if (foldText(c.id).includes(q.text) || (q.compact.length >= 3 && compact(c.id).includes(q.compact))) return true;
  const name = c.fields.fullName?.value;
  if (name) {
    const folded = foldText(name);
    if (q.words.every((w) => folded.includes(w))) return true;
  }
  if (q.compact.length >= 3) {
    for (const f of ['studentCode', 'nss', 'curp'] as const) {
      const v = c.fields[f]?.value;
      if (v && compact(v).includes(q.compact)) return true;
    }
  }
  const emails = [c.fields.institutionalEmail?.value, c.replyAddress, ...c.addresses].filter((e): e is string => !!e);
  return emails.some((e) => foldText(e).includes(q.text));
}

export function searchCases<T extends Searchable>(cases: readonly T[], query: string): T[] {
  const q = normaliseQuery(query);
  return q ? cases.filter((c) => matchesCase(c, q)) : [...cases];
}
