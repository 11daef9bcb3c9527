// STUB — replaced by the automatic-mail work. Pure: is this message machine-generated?
import type { ParsedMail } from '../extract/types.js';

export type AutomaticVerdict = { automatic: true; reason: string } | { automatic: false };

export function detectAutomatic(mail: ParsedMail, deskAddresses: readonly string[]): AutomaticVerdict {
  void mail;
  void deskAddresses;
  return { automatic: false };
}
