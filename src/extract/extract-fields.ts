// ParsedMail -> Extraction. Pure: reads only the mail and the options (including `now`).
// Sources, strongest first: the student's own new body text (labeled, then bare values), PDF
// attachment text, the subject, and the sender's address (e-mail only: a display name is set
// once in a mail client and is not the full name the desk asked for).
import type { Candidate, Segment } from './candidates.js';
import { chooseCode, chooseCurp, chooseEmail, chooseName, chooseNss } from './choose.js';
import { findNames, findNamesByCurp } from './find-names.js';
import { findValues } from './find-values.js';
import { htmlToText } from './html-to-text.js';
import { extractOwnText } from './own-text.js';
import type { Extraction, ExtractOptions, FieldSource, ParsedMail, Problem } from './types.js';

export { PROBLEM_CODES, type ProblemCode } from './problems.js';

const MAX_TEXT = 200_000;

/** The body as text: the plain part, or the HTML part converted when the plain part is poor. */
export function bodyText(mail: Pick<ParsedMail, 'text' | 'html'>): string {
  const text = (mail.text ?? '').slice(0, MAX_TEXT);
  if (mail.html && text.replace(/\s+/g, '').length < 40) {
    const converted = htmlToText(mail.html);
    if (converted.replace(/\s+/g, '').length > text.replace(/\s+/g, '').length) return converted.slice(0, MAX_TEXT);
  }
  return text;
}

/** Finders work line by line; bounding line length keeps every pattern scan near-linear. */
function breakLongLines(text: string): string {
  // Anchored at line starts: unanchored, the engine retries from every position of a long line.
  return text.replace(/^[^\n]{1001,}/gm, (line) => {
    const parts: string[] = [];
    let at = 0;
    while (line.length - at > 1000) {
      const space = line.lastIndexOf(' ', at + 1000);
      const cut = space > at + 500 ? space : at + 1000;
      parts.push(line.slice(at, cut));
      at = cut;
    }
    parts.push(line.slice(at));
    return parts.join('\n');
  });
}

export function extractFields(mail: ParsedMail, options: ExtractOptions): Extraction {
  const now = options.now;
  const own = extractOwnText(breakLongLines(bodyText(mail).normalize('NFC')), {
    senderAddress: mail.from?.address ?? null,
    senderName: mail.from?.name ?? '',
    deskAddresses: options.deskAddresses,
    institutionalDomains: options.institutionalDomains,
  });
  const segments: Segment[] = [{ text: own, source: 'body' }];
  for (const a of mail.attachments) {
    if (a.text) segments.push({ text: breakLongLines(a.text.slice(0, MAX_TEXT).normalize('NFC')), source: 'attachment' });
  }
  const subject: Segment = { text: (mail.subject ?? '').normalize('NFC'), source: 'subject' };

  const values: Candidate[] = [...segments, subject].flatMap((s, k) => findValues(s, k * 10_000_000));
  if (mail.from) {
    values.push({ field: 'institutionalEmail', value: mail.from.address, source: 'sender', labeled: false, how: 'sender', pos: 0 });
  }
  const of = (f: Candidate['field']) => values.filter((c) => c.field === f);

  const curp = chooseCurp(of('curp'), now);
  const validCurp = curp.info ? curp.value : null;

  const names: Candidate[] = segments.flatMap((s, k) => findNames(s, k * 10_000_000));
  if (validCurp) {
    names.push(...[...segments, subject].flatMap((s, k) => findNamesByCurp(s, validCurp, k * 10_000_000)));
  }
  const name = chooseName(names, validCurp);
  const nss = chooseNss(of('nss'), curp.info?.birthYear ?? null, now);
  const code = chooseCode(of('studentCode'), options.studentCodePattern);
  const email = chooseEmail(of('institutionalEmail'), options);

  const sources: Partial<Record<(typeof FIELD_ORDER)[number], FieldSource>> = {};
  const chosen = { fullName: name, studentCode: code, nss, curp, institutionalEmail: email } as const;
  const problems: Problem[] = [];
  const warnings: string[] = [];
  for (const f of FIELD_ORDER) {
    const c = chosen[f];
    if (c.value !== null && c.source) sources[f] = c.source;
    problems.push(...c.problems);
    warnings.push(...c.warnings);
  }
  return {
    fields: {
      fullName: name.value,
      studentCode: code.value,
      nss: nss.value,
      curp: curp.value,
      institutionalEmail: email.value,
    },
    problems,
    sources,
    nameParts: name.parts,
    warnings: [...new Set(warnings)],
  };
}

const FIELD_ORDER = ['fullName', 'studentCode', 'nss', 'curp', 'institutionalEmail'] as const;
