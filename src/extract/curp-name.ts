// The name -> CURP key rules (positions 1-4 and 14-16) and matching a name written in any order
// against a CURP. Pure. See /work/shared/domain/identifiers.md.
import { foldForCurp } from './fold.js';
import type { NameParts } from './types.js';

export const PARTICLES = new Set([
  'DA', 'DAS', 'DE', 'DEL', 'DER', 'DI', 'DIE', 'DD', 'EL', 'LA', 'LOS', 'LAS', 'LE', 'LES', 'MAC', 'MC', 'VAN', 'VON', 'Y',
]);
const SKIPPED_FIRST_GIVEN = new Set(['MARIA', 'MA.', 'MA', 'JOSE', 'J.', 'J']);

/** Anexo 2 of the Instructivo: when positions 1-4 spell one of these, position 2 becomes X. */
export const INCONVENIENT_WORDS = new Set(
  `BACA BAKA BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COGI COJA COJE COJI COJO COLA CULO
   FALO FETO GETA GUEI GUEY JETA JOTO KACA KACO KAGA KAGO KAKA KAKO KOGE KOGI KOJA KOJE KOJI
   KOJO KOLA KULO LILO LOCA LOCO LOKA LOKO MAME MAMO MEAR MEAS MEON MIAR MION MOCO MOKO MULA
   MULO NACA NACO PEDA PEDO PENE PIPI PITO POPO PUTA PUTO QULO RATA ROBA ROBE ROBO RUIN SENO
   TETA VACA VAGA VAGO VAKA VUEI VUEY WUEI WUEY`.split(/\s+/),
);

const VOWELS = 'AEIOU';

/** Words of a name part, folded for the CURP: "Ñúñez-Díaz" -> ["XUXEZ", "DIAZ"]. */
export function curpWords(part: string): string[] {
  return foldForCurp(part)
    .replace(/[-‐]/g, ' ')
    .replace(/[^A-Z. ]/g, '')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** The word of a surname that the CURP uses: the first one that is not a particle. */
export function surnameWord(words: readonly string[]): string {
  return words.find((w) => !PARTICLES.has(w.replace(/\./g, ''))) ?? words[0] ?? '';
}

/** The word of the given names that the CURP uses (MARIA/JOSE rule). */
export function givenWord(words: readonly string[]): string {
  const first = words[0] ?? '';
  if (words.length > 1 && SKIPPED_FIRST_GIVEN.has(first)) {
    const next = words.slice(1).find((w) => !PARTICLES.has(w));
    if (next) return next;
  }
  return first;
}

const letters = (w: string) => w.replace(/[^A-Z]/g, '');
const firstInternal = (w: string, isWanted: (c: string) => boolean) => {
  const l = letters(w);
  for (let i = 1; i < l.length; i++) if (isWanted(l[i]!)) return l[i]!;
  return 'X';
};
const isVowel = (c: string) => VOWELS.includes(c);
const isConsonant = (c: string) => !isVowel(c);

export interface CurpNameKey {
  first4: string;
  consonants: string;
}

/** Positions 1-4 and 14-16 for a name already split into parts. */
export function curpNameKey(given: string, first: string, second: string | null): CurpNameKey {
  const s1 = letters(surnameWord(curpWords(first)));
  const s2 = second ? letters(surnameWord(curpWords(second))) : '';
  const g = letters(givenWord(curpWords(given)));
  let first4 = (s1[0] ?? 'X') + firstInternal(s1, isVowel) + (s2[0] ?? 'X') + (g[0] ?? 'X');
  if (INCONVENIENT_WORDS.has(first4)) first4 = first4[0] + 'X' + first4.slice(2);
  const consonants = firstInternal(s1, isConsonant) + (s2 ? firstInternal(s2, isConsonant) : 'X') + firstInternal(g, isConsonant);
  return { first4, consonants };
}

/** Groups words into units: a particle travels with the word after it ("de la Cruz"). */
function units(words: readonly string[]): string[] {
  const out: string[] = [];
  let pending: string[] = [];
  for (const w of words) {
    pending.push(w);
    if (!PARTICLES.has(foldForCurp(w).replace(/\./g, ''))) {
      out.push(pending.join(' '));
      pending = [];
    }
  }
  if (pending.length) {
    if (out.length) out[out.length - 1] += ' ' + pending.join(' ');
    else out.push(pending.join(' '));
  }
  return out;
}

/** Every plausible split of a written name into given names and surnames. */
export function candidateSplits(written: string): NameParts[] {
  const comma = written.indexOf(',');
  const splits: NameParts[] = [];
  if (comma >= 0) {
    const before = written.slice(0, comma).trim();
    const after = written.slice(comma + 1).trim();
    // Surnames, comma, given names ("Gómez Farías Ibarra, Ma. Teresa"), read first; then given
    // names, comma, surnames ("Juan Carlos, Hernández Ramírez").
    for (const [surText, given] of [[before, after], [after, before]] as const) {
      const sur = units(surText.split(/\s+/).filter(Boolean));
      if (!sur.length || !given || sur.length > 3) continue;
      splits.push({ givenNames: given, firstSurname: sur[0]!, secondSurname: sur.slice(1).join(' ') || null });
      // A compound first surname without a particle ("Gómez Farías Ibarra, Ma. Teresa").
      if (sur.length === 3) splits.push({ givenNames: given, firstSurname: sur.slice(0, 2).join(' '), secondSurname: sur[2]! });
    }
    return splits;
  }
  const u = units(written.trim().split(/\s+/).filter(Boolean));
  // Given names first: "María Fernanda López García".
  for (let k = 1; k < u.length; k++) {
    const rest = u.slice(k);
    const given = u.slice(0, k).join(' ');
    splits.push({ givenNames: given, firstSurname: rest[0]!, secondSurname: rest.slice(1).join(' ') || null });
    if (rest.length >= 2 && rest.length <= 3 && particleLed(rest[1])) {
      splits.push({ givenNames: given, firstSurname: rest.slice(0, 2).join(' '), secondSurname: rest.slice(2).join(' ') || null });
    }
  }
  // Surnames first: "López García María Fernanda" (or one surname: "López María").
  for (const nSur of [2, 1]) {
    if (u.length > nSur) {
      splits.push({
        givenNames: u.slice(nSur).join(' '),
        firstSurname: u[0]!,
        secondSurname: nSur === 2 ? u[1]! : null,
      });
    }
  }
  // A compound first surname without a particle, the CURP taking its first word ("Ma. Teresa
  // Gómez Farías Ibarra", "RUIZ VELASCO ARAMBULA LUIS FERNANDO"): last readings, exactly three
  // surname units (two for the compound, one for the second surname).
  if (u.length >= 4) {
    const k = u.length - 3;
    splits.push({ givenNames: u.slice(0, k).join(' '), firstSurname: u.slice(k, k + 2).join(' '), secondSurname: u[k + 2]! });
    splits.push({ givenNames: u.slice(3).join(' '), firstSurname: u.slice(0, 2).join(' '), secondSurname: u[2]! });
  }
  // Surnames first with a compound first surname: "Díaz de León Márquez Ricardo".
  if (particleLed(u[1])) {
    for (const nSur of [3, 2]) {
      if (u.length > nSur) {
        splits.push({ givenNames: u.slice(nSur).join(' '), firstSurname: u.slice(0, 2).join(' '), secondSurname: u.slice(2, nSur).join(' ') || null });
      }
    }
  }
  return splits;
}

const laterGivenStartsWith = (given: string, letter: string) => given.trim().split(/\s+/).slice(1).some((w) => foldForCurp(w)[0] === letter && !PARTICLES.has(foldForCurp(w).replace(/\./g, '')));

/**
 * A unit that starts with a particle ("de León"): a compound first surname with a particle inside
 * ("Díaz de León", "Montes de Oca") is a second reading, tried after the one-word first surname.
 */
const particleLed = (unit: string | undefined) => !!unit && PARTICLES.has(foldForCurp(unit.split(' ')[0]!).replace(/\./g, ''));

/** A surname of several units, a later one led by a particle ("Díaz de León"). */
const particleInside = (surname: string) => units(surname.split(/\s+/)).slice(1).some(particleLed);

/** A surname the CURP reads as a single letter: "R." (but "de la O" is a surname written out). */
function isInitial(part: string): boolean {
  return letters(surnameWord(curpWords(part))).length <= 1 && !particleLed(part);
}

/**
 * The given names as the CURP may read them. "J." / "J" is José (skipped by the MARIA/JOSE rule)
 * or the initial of another name (Juan, Jorge, Jesús); "M." / "Mª" is María or another initial:
 * both readings are tried, the skipped one first ("J. Carlos" -> CARLOS, then J).
 */
function givenReadings(given: string): string[] {
  const words = given.trim().split(/\s+/);
  const first = foldForCurp(words[0] ?? '').replace(/[^A-Z]/g, '');
  if (words.length < 2 || (first !== 'J' && first !== 'M')) return [given];
  const rest = words.slice(1).join(' ');
  return [first === 'J' ? given : `MARIA ${rest}`, words[0]!];
}

export type NameMatch =
  | { kind: 'full'; parts: NameParts }
  | { kind: 'initials'; parts: NameParts }
  | { kind: 'none'; expected: string };

/**
 * Matches a written name against a CURP. "full": positions 1-4 and 14-16 agree; "initials": only
 * 1-4 agree; "none": no split of the name gives positions 1-4 (expected holds the best guess).
 * A name written with a single surname leaves positions 3 and 15 unchecked.
 */
export function matchNameToCurp(written: string, curp: string): NameMatch {
  // The finders try the same runs of words again and again (each start of a line, then the
  // choice): remember recent answers. Pure; a copy goes out so no caller shares the cached parts.
  const key = `${curp}|${written}`;
  let m = MATCHED.get(key);
  if (m === undefined) {
    m = matchNew(written, curp);
    if (MATCHED.size >= 4096) MATCHED.clear();
    if (written.length <= 300) MATCHED.set(key, m);
  }
  return m.kind === 'none' ? { ...m } : { kind: m.kind, parts: { ...m.parts } };
}

const MATCHED = new Map<string, NameMatch>();
// An Ñ typed without its tilde ("BANUELOS" for BAÑUELOS) reads N where the CURP has X.
const eq = (a: string | undefined, b: string | undefined) => a === b || (a === 'N' && b === 'X');
const same = (a: string, b: string, at: readonly number[]) => at.every((i) => eq(a[i], b[i]));

function matchNew(written: string, curp: string): NameMatch {
  const want4 = curp.slice(0, 4);
  const wantC = curp.slice(13, 16);
  let initials: NameParts | null = null;
  const splits = candidateSplits(written);
  for (const parts of splits) {
    // The first surname must be written out; a second surname or a given name written as an
    // initial ("Hernández R.", "J. Carlos" for Juan Carlos) leaves its internal consonant unchecked.
    if (isInitial(parts.firstSurname)) continue;
    // A compound first surname with a particle inside and nothing after it ("López de Ramírez")
    // when the CURP says there is a second surname (its third letter is not X): the "de Ramírez" is
    // read as that second surname, which the CURP checks (a married name, "Sra. Leticia López de
    // Ramírez", is not her CURP's). A true compound ("Ruiz de Velasco") keeps its reading beside a
    // second surname, or when the CURP has none.
    if (parts.secondSurname === null && curp[2] !== 'X' && particleInside(parts.firstSurname)) continue;
    // One surname read with a later "given name" whose initial is the CURP's second surname's ("Andrea
    // Ochoa Fuentes" for FUOA...: Ochoa is her mother's surname put first, not a given name): the
    // surnames in another order than the CURP's, no one-surname reading.
    if (parts.secondSurname === null && curp[2] !== 'X' && laterGivenStartsWith(parts.givenNames, curp[2]!)) continue;
    const lax = parts.secondSurname === null;
    const initial2 = !lax && isInitial(parts.secondSurname!);
    for (const given of givenReadings(parts.givenNames)) {
      const key = curpNameKey(given, parts.firstSurname, parts.secondSurname);
      const same4 = same(key.first4, want4, lax ? [0, 1, 3] : [0, 1, 2, 3]);
      if (!same4) continue;
      const initialGiven = letters(givenWord(curpWords(given))).length <= 1;
      const checked = [0, ...(lax || initial2 ? [] : [1]), ...(initialGiven ? [] : [2])];
      // At least two of the three consonants must be checked for a full match.
      if (checked.length >= 2 && same(key.consonants, wantC, checked)) return { kind: 'full', parts };
      initials ??= parts;
    }
  }
  if (initials) return { kind: 'initials', parts: initials };
  const guess = splits[0];
  const expected = guess ? curpNameKey(guess.givenNames, guess.firstSurname, guess.secondSurname).first4 : '';
  return { kind: 'none', expected };
}
