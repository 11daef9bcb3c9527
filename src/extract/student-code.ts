// UdeG student code: a configurable pattern (default exactly 9 digits). Pure.
import { makeProblem } from './problems.js';
import type { Problem } from './types.js';

export const DEFAULT_STUDENT_CODE_PATTERN = '^\\d{9}$';

/** Drops spaces, hyphens and dots: "219 123456" -> "219123456"; O typed for zero -> 0. */
export function normalizeStudentCode(raw: string): string {
  const s = raw.replace(/[\s.\-‐]/g, '');
  return /\d/.test(s) ? s.replace(/[oO]/g, '0') : s;
}

export function checkStudentCode(code: string, pattern: string): Problem[] {
  let re: RegExp;
  try {
    re = new RegExp(pattern);
  } catch {
    re = new RegExp(DEFAULT_STUDENT_CODE_PATTERN);
  }
  if (re.test(code)) return [];
  if (/^\d{7}$/.test(code)) return [makeProblem('student_code_aspirante', { value: code })];
  return [makeProblem('student_code_format', { value: code, pattern })];
}
