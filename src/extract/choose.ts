// Chooses one value per field from the candidates and runs the cross-checks. A valid value wins
// over an invalid one; among equals, the student's labeled body text wins over bare patterns,
// then attachments, the subject and the sender. Pure.
import type { Candidate } from './candidates.js';
import { checkCurp, normalizeCurp, type CurpInfo } from './curp.js';
import { checkEmail, classifyDomain, normalizeEmail } from './email.js';
import { checkName, splitName } from './name.js';
import { curpNameKey } from './curp-name.js';
import { foldForCurp, foldLabel } from './fold.js';
import { checkNss, normalizeNss } from './nss.js';
import { makeProblem } from './problems.js';
import { checkStudentCode, normalizeStudentCode } from './student-code.js';
import type { ExtractOptions, FieldSource, NameParts, Problem } from './types.js';

const SOURCE_RANK: Record<FieldSource, number> = { body: 0, attachment: 1, subject: 2, sender: 3, quote: 4 };
const HOW_RANK: Record<Candidate['how'], number> = {
  label: 0, keyword: 1, sentence: 2, pattern: 3, list: 4, signature: 5, curp: 6, sender: 7,
};

// Within a source, a value written as a correction beats the one it corrects.
export const byRank = (a: Candidate, b: Candidate) =>
  SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
  Number(!!b.corrects) - Number(!!a.corrects) ||
  // Two values after correction words ("perdón, la que mandé era la de mi hermano (X); la mía es Y"):
  // the later one.
  (a.corrects && b.corrects ? b.pos - a.pos : 0) ||
  HOW_RANK[a.how] - HOW_RANK[b.how] ||
  a.pos - b.pos;

export interface Checked {
  c: Candidate;
  value: string;
  problems: Problem[];
}

export interface Choice {
  value: string | null;
  source: FieldSource | undefined;
  problems: Problem[];
  warnings: string[];
}

const none: Choice = { value: null, source: undefined, problems: [], warnings: [] };

/** Valid first (in rank order); otherwise the best-ranked invalid one; notes other valid values. */
export function pick(checked: readonly Checked[], label: string): Choice {
  if (!checked.length) return none;
  const sorted = [...checked].sort((a, b) => byRank(a.c, b.c));
  const valid = sorted.filter((x) => x.problems.length === 0);
  const chosen = valid[0] ?? sorted.find((x) => x.c.labeled) ?? sorted[0]!;
  const warnings: string[] = [];
  const others = new Set(valid.map((x) => x.value).filter((v) => v !== chosen.value));
  if (others.size) warnings.push(`Se encontró más de un ${label}: se tomó ${chosen.value}; también aparece ${[...others].join(', ')}.`);
  return { value: chosen.value, source: chosen.c.source, problems: chosen.problems, warnings };
}

export function chooseCurp(cands: readonly Candidate[], now: Date): Choice & { info: CurpInfo | null } {
  const notes: string[] = [];
  const checked = cands.map((c) => {
    const n = normalizeCurp(c.value, now);
    notes.push(...n.notes);
    return { c, value: n.value, problems: checkCurp(n.value, now).problems };
  });
  const choice = pick(checked, 'CURP');
  const info = choice.value && choice.problems.length === 0 ? checkCurp(choice.value, now).info : null;
  return { ...choice, warnings: [...choice.warnings, ...new Set(notes)], info };
}

export function chooseNss(cands: readonly Candidate[], curpYear: number | null, now: Date): Choice {
  const checked = cands.map((c) => {
    const value = normalizeNss(c.value);
    return { c, value, problems: checkNss(value, curpYear, now).problems };
  });
  return pick(checked, 'NSS');
}

export function chooseCode(cands: readonly Candidate[], pattern: string): Choice {
  const checked = cands.map((c) => {
    const value = normalizeStudentCode(c.value);
    return { c, value, problems: checkStudentCode(value, pattern) };
  });
  return pick(checked, 'código de estudiante');
}

/** `prefer`: an address the writer's own words hold beside others, the mailbox she writes from. */
export function chooseEmail(cands: readonly Candidate[], options: ExtractOptions, prefer?: string): Choice {
  const accepted = options.institutionalDomains;
  const checked: Checked[] = [];
  for (const c of cands) {
    const value = normalizeEmail(c.value);
    if (options.deskAddresses.includes(value)) continue;
    const domain = value.slice(value.indexOf('@') + 1);
    const kind = classifyDomain(domain, accepted);
    // A bare personal or staff address is just an address; only offered ones can be wrong.
    if (!c.labeled && (kind === 'other' || kind === 'udg_other')) continue;
    if (c.source === 'sender' && kind !== 'institutional') continue;
    checked.push({ c, value, problems: checkEmail(value, accepted) });
  }
  const sender = checked.find((x) => x.c.source === 'sender');
  // Two institutional addresses written, one of them the mailbox she writes from ("Ahora tengo dos
  // correos, bruno.salcedo@... y bruno.salcedo2022@...; usen el segundo"): the one she writes from.
  const own = prefer === undefined ? undefined : checked.find((x) => x.c.source !== 'sender' && x.value === normalizeEmail(prefer) && !x.problems.length);
  // (An address with no problem is an institutional one: checkEmail says so of every other.)
  const others = own ? checked.filter((x) => x.c.source !== 'sender' && x.value !== own.value && !x.problems.length) : [];
  const choice = pick(own && others.length ? [own] : checked, 'correo institucional');
  if (own && others.length) choice.warnings.push(`Se encontró más de un correo institucional: se tomó ${own.value}; también aparece ${[...new Set(others.map((x) => x.value))].join(', ')}.`);
  if (choice.value && sender && sender.value !== choice.value && choice.problems.length === 0) {
    choice.warnings.push(`El correo escrito (${choice.value}) no es el remitente (${sender.value}).`);
  }
  return choice;
}

export interface NameChoice extends Choice {
  parts: NameParts | null;
}

/** Chooses the name source by source (body, then attachments...); see chooseNameIn. */
export function chooseName(cands: readonly Candidate[], curp: string | null): NameChoice {
  // The first source with a name; a given name alone there ("Saludos, / Ricardo") gives way to a
  // whole name from a later source (the subject "Alta IMSS Ricardo San Román Fierro").
  let partial: NameChoice | null = null;
  for (const src of ['body', 'attachment', 'subject', 'sender', 'quote'] as const) {
    const here = cands.filter((c) => c.source === src);
    if (!here.length) continue;
    const choice = chooseNameIn(here, curp);
    if (choice.value === null) continue;
    if (!choice.problems.some((p) => p.code === 'name_incomplete')) return src === 'body' ? fullerInDocument(choice, cands, curp) : choice;
    partial ??= choice;
  }
  return partial ?? { ...none, parts: null };
}

/** A name's words, folded (no accents, lower case). */
const foldedWords = (v: string) => foldLabel(v).split(/[^a-z]+/).filter(Boolean);

/**
 * A name the body gives with one surname ("soy Pamela Gómez") that a document or the writer's own
 * subject gives whole ("PAMELA GOMEZ QUINTANA"; "Guillermo Vázquez Durán - alta IMSS" over a
 * signature "Guillermo Vázquez"; her mother's quoted reply-all "soy la mamá de Jacqueline Félix
 * Sepúlveda" over her signature "Jacqueline Félix"), its every word and one more: that one.
 */
function fullerInDocument(choice: NameChoice, cands: readonly Candidate[], curp: string | null): NameChoice {
  if (!cands.some((c) => c.source === 'attachment' || c.source === 'subject' || c.source === 'quote')) return choice;
  const mine = foldedWords(choice.value!);
  if (mine.length !== 2) return choice;
  for (const src of ['attachment', 'subject', 'quote'] as const) {
    const doc = chooseNameIn(cands.filter((c) => c.source === src && foldedWords(c.value).length > mine.length && mine.every((w) => foldedWords(c.value).includes(w))), curp);
    if (doc.value !== null && doc.problems.length === 0) return doc;
  }
  return choice;
}

/**
 * The choice of `chosen` (with `parts` and its problems), or of another writing of it among `valid`.
 * (A module-level function: under tsx, a named closure costs a __name call per call of its parent.)
 */
function nameResult(chosen: Checked, parts: NameParts | null, problems: Problem[], warnings: string[], valid: readonly Checked[], curp: string | null): NameChoice {
  // The same name written again in upper and lower case ("nombre: omar gallardo orozco ...
  // perdón, mi nombre bien: Omar Gallardo Orozco"; "Nombre: GRACIELA CERVANTES FÉLIX" and the
  // signature "Graciela Cervantes Félix"): that writing.
  // The same words, whatever their accents and order ("ARREOLA ENRIQUEZ URIEL" from a SIIAU screen
  // and "Uriel Arreola Enríquez" signed).
  let chosenWords: string | undefined;
  const twin = mixedCase(chosen.value) || valid.length < 2 ? undefined : valid.find((v) => mixedCase(v.value) && sortedWords(v.value) === (chosenWords ??= sortedWords(chosen.value)));
  // The same words written given names first elsewhere ("TANIA LIZBETH MORALES ESTRADA" in one
  // document, "MORALES ESTRADA TANIA LIZBETH" in another): that order.
  const opensWithGiven = !parts || chosen.value.toLowerCase().startsWith(parts.givenNames.split(/\s+/, 1)[0]!.toLowerCase());
  const given = parts && !twin && !opensWithGiven && valid.length > 1 ? firstWord(parts.givenNames) : undefined;
  const ordered = given && firstWord(chosen.value) !== given ? valid.find((v) => firstWord(v.value) === given && sortedWords(v.value) === (chosenWords ??= sortedWords(chosen.value))) : undefined;
  const x = twin ?? ordered ?? chosen;
  const twinParts = twin && parts && curp ? splitName(twin.value, curp) : null;
  return { value: x.value, source: x.c.source, problems: [...x.problems, ...problems], warnings, parts: twinParts?.ok ? twinParts.parts : parts };
}

/** A name with a word written as its initial ("Óscar I. Jáuregui", "J. Carlos"). */
const hasInitial = (v: string) => v.split(/\s+/).some((w) => /^\p{Lu}\.?,?$/u.test(w));
const mixedCase = (v: string) => v !== v.toLowerCase() && v !== v.toUpperCase();
const sortedWords = (v: string) => foldedWords(v).sort().join(' ');
const firstWord = (v: string) => foldLabel(v).split(/[^a-z]+/, 1)[0];

/** Within one source: with a valid CURP, the name must spell positions 1-4 (and 14-16). */
function chooseNameIn(cands: readonly Candidate[], curp: string | null): NameChoice {
  const checked = cands.map((c) => ({ c, value: c.value, problems: checkName(c.value) }));
  const sorted = [...checked].sort((a, b) => byRank(a.c, b.c));
  const valid = sorted.filter((x) => x.problems.length === 0);
  // (A name written as a correction counts as explicit wherever it stands.)
  const explicit = valid.filter((x) => x.c.how === 'label' || x.c.how === 'sentence' || x.c.corrects);
  if (!curp) {
    const x = valid.find((v) => v.c.how !== 'sender' && v.c.how !== 'curp') ?? sorted.find((v) => v.c.labeled);
    return x ? nameResult(x, null, [], [], valid, curp) : { ...none, parts: null };
  }
  // Something the student wrote as their name: it must agree with the CURP.
  const first = explicit[0];
  if (first) {
    const s = splitName(first.value, curp);
    if (s.ok) {
      // Another span of the student's text that spells the CURP completely beats one that only
      // agrees in its initials (a sibling "Jorge" for "Juan"), and a reading with both surnames
      // beats one that holds the same words with a single surname.
      const whole = s.full ? (s.parts.secondSurname === null ? fullerName(first, valid, curp) : null) : fullSpelling(valid, curp);
      if (whole) return nameResult(whole.x, whole.parts, [], [], valid, curp);
      // A name spelled against the CURP's internal consonants ("Vásquez" where it reads VAZQUEZ,
      // "Jhonatan" where it reads JONATHAN): the student is asked which is right (positions 14-16,
      // identifiers.md). Unchecked positions (a surname or given name written as an initial) are
      // not held against it.
      const differs = s.full ? null : nameAgainstCurp(s.parts, curp);
      if (differs) return nameResult(first, null, [makeProblem('curp_name_mismatch', { value: curp, ...differs })], [], valid, curp);
      return nameResult(first, s.parts, [], [], valid, curp);
    }
    // A later explicit candidate that spells the CURP is the better reading; not a shortened one,
    // with initials, of a name written out in full (a signature's "Óscar I. Jáuregui" under "Nombre:
    // Óscar Iván Xáuregui Peña": the student is asked about the name she wrote).
    const spelledOut = !hasInitial(first.value);
    const better = explicit.concat(valid).find((x) => splitName(x.value, curp).ok && !(spelledOut && hasInitial(x.value)));
    if (better) {
      const s2 = splitName(better.value, curp);
      if (s2.ok) return nameResult(better, s2.parts, [], [], valid, curp);
    }
    return nameResult(first, null, [makeProblem('curp_name_mismatch', { value: curp, expected: s.expected })], [], valid, curp);
  }
  const matching = valid
    .map((x) => ({ x, s: splitName(x.value, curp) }))
    .filter((m) => m.s.ok)
    .sort((a, b) => Number(b.s.ok && b.s.full) - Number(a.s.ok && a.s.full));
  const best = matching[0];
  if (best && best.s.ok) {
    // (A name on a line of its own is held to the CURP's internal consonants too: "Jhonatan Salcedo
    // Íñiguez" where it reads JONATHAN.)
    const differs = !best.s.full && best.x.c.how === 'list' ? nameAgainstCurp(best.s.parts, curp) : null;
    if (differs) return nameResult(best.x, null, [makeProblem('curp_name_mismatch', { value: curp, ...differs })], [], valid, curp);
    const whole = best.s.full && best.s.parts.secondSurname === null ? fullerName(best.x, valid, curp) : null;
    return whole ? nameResult(whole.x, whole.parts, [], [], valid, curp) : nameResult(best.x, best.s.parts, [], [], valid, curp);
  }
  const invalidLabeled = sorted.find((x) => x.c.labeled);
  if (invalidLabeled) return nameResult(invalidLabeled, null, [], [], valid, curp);
  // A whole name on a line of its own that agrees with the CURP's given-name initial but not with its
  // surnames ("Leonardo Cepeda Rentería" over "CURP ZERL..."): the student's, misspelt; asked about.
  const misspelt = valid.find((x) => x.c.how === 'list' && x.value.split(/\s+/).length >= 3 && foldForCurp(x.value)[0] === curp[3]);
  if (misspelt) {
    const s = splitName(misspelt.value, curp);
    return nameResult(misspelt, null, [makeProblem('curp_name_mismatch', { value: curp, ...(s.ok ? {} : { expected: s.expected }) })], [], valid, curp);
  }
  return { ...none, parts: null };
}

/**
 * The part of the name (a surname or the given names) whose first internal consonant is not the
 * CURP's (positions 14-16; an Ñ typed as N aside), with the two letters, or null.
 */
function nameAgainstCurp(parts: NameParts, curp: string): { part: string; written: string; expected: string } | null {
  const { consonants } = curpNameKey(parts.givenNames, parts.firstSurname, parts.secondSurname);
  if (consonantDiffers(consonants, curp, 0)) return consonantAt(consonants, curp, 0, parts.firstSurname);
  if (spelled(parts.secondSurname) && consonantDiffers(consonants, curp, 1)) return consonantAt(consonants, curp, 1, parts.secondSurname);
  return parts.givenNames.split(/\s+/).every(spelled) && consonantDiffers(consonants, curp, 2) ? consonantAt(consonants, curp, 2, parts.givenNames) : null;
}
// (nameAgainstCurp's helpers, at module level: under tsx a named closure costs a __name call per call.)
const consonantDiffers = (consonants: string, curp: string, i: number) => consonants[i] !== curp[13 + i] && !(consonants[i] === 'N' && curp[13 + i] === 'X');
const consonantAt = (consonants: string, curp: string, i: number, part: string) => ({ part, written: consonants[i]!, expected: curp[13 + i]! });
// A part written as an initial ("Hernández R.", "J. Carlos") has no consonant to compare.
const spelled = (part: string | null): part is string => part !== null && part.replace(/[^\p{L}]/gu, '').length > 1;

const nameWords = (v: string) => foldLabel(v).replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);

/** The first candidate (in rank order) that spells the CURP completely. */
function fullSpelling(valid: readonly Checked[], curp: string): { x: Checked; parts: NameParts } | null {
  for (const x of valid) {
    const s = splitName(x.value, curp);
    if (s.ok && s.full) return { x, parts: s.parts };
  }
  return null;
}

/** A candidate spelling the CURP with both surnames that holds every word of `short`. */
function fullerName(short: Checked, valid: readonly Checked[], curp: string): { x: Checked; parts: NameParts } | null {
  const have = new Set(nameWords(short.value));
  for (const x of valid) {
    const words = nameWords(x.value);
    if (x === short || words.length <= have.size || ![...have].every((w) => words.includes(w))) continue;
    const s = splitName(x.value, curp);
    if (s.ok && s.full && s.parts.secondSurname !== null) return { x, parts: s.parts };
  }
  return null;
}
