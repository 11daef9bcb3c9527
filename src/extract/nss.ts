// NSS (IMSS social security number): 11 digits, Luhn check, birth-year and registration-year
// cross-checks against the CURP. Pure. Rules: /work/shared/domain/identifiers.md.
import { makeProblem } from './problems.js';
import type { Problem } from './types.js';

/** A birth year this many years before the CURP's points to a parent's or guardian's NSS. */
export const PARENT_GAP_YEARS = 14;

/** Drops spaces, hyphens and dots; reads letter O as zero. */
export function normalizeNss(raw: string): string {
  return raw.replace(/[\s.\-‐]/g, '').replace(/[oO]/g, '0');
}

/** Luhn check digit over the first ten digits (weights 1,2,1,2... from the left). */
export function nssCheckDigit(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(first10[i]) * (i % 2 === 0 ? 1 : 2);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** Eleven digits whose last is the check digit of the ten before it. */
export const nssCheckDigitAgrees = (digits: string): boolean => nssCheckDigit(digits.slice(0, 10)) === Number(digits[10]);

export interface NssCheck {
  problems: Problem[];
  warnings: string[];
}

/**
 * Validates a normalized NSS. With the CURP's birth year it also checks that the NSS is the
 * student's own: same birth-year digits (skipped when the first pair is 97, an NSS assigned
 * without a birth date), and a registration year between birth and now.
 */
export function checkNss(nss: string, curpBirthYear: number | null, now: Date): NssCheck {
  if (!/^\d{11}$/.test(nss)) return { problems: [makeProblem('nss_format', { value: nss })], warnings: [] };
  if (!nssCheckDigitAgrees(nss)) {
    return { problems: [makeProblem('nss_check_digit', { value: nss })], warnings: [] };
  }
  if (curpBirthYear === null) return { problems: [], warnings: [] };
  const nowYear = now.getUTCFullYear();
  const reg2 = nss.slice(2, 4);
  const birth2 = nss.slice(4, 6);
  const curpYY = String(curpBirthYear % 100).padStart(2, '0');

  if (nss.slice(0, 2) !== '97' && birth2 !== curpYY) {
    // The NSS birth year in the century that puts it nearest the CURP's (and not in the future):
    // decades before is a parent's, years after a child's ("lo copié de la app donde tiene abierta
    // la cuenta del hijo": 2004 for a mother born in 1979).
    const b = Number(birth2);
    const nssYear = [1900 + b, 2000 + b].filter((y) => y <= nowYear).sort((x, y) => Math.abs(x - curpBirthYear) - Math.abs(y - curpBirthYear))[0] ?? 1900 + b;
    const detail = { nssYear: birth2, curpYear: curpBirthYear };
    if (curpBirthYear - nssYear >= PARENT_GAP_YEARS) {
      return { problems: [makeProblem('nss_parent_suspected', detail)], warnings: [] };
    }
    return { problems: [makeProblem('nss_birth_year_mismatch', detail)], warnings: [] };
  }

  const r = Number(reg2);
  const candidates = [1900 + r, 2000 + r];
  if (candidates.some((y) => y >= curpBirthYear && y <= nowYear)) return { problems: [], warnings: [] };
  const future = 2000 + r > nowYear ? 2000 + r - nowYear : Infinity;
  const before = curpBirthYear - (1900 + r);
  const detail = { regYear: reg2, curpYear: curpBirthYear };
  return {
    problems: [makeProblem(future < before ? 'nss_registration_future' : 'nss_registration_before_birth', detail)],
    warnings: [],
  };
}
