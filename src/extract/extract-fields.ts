// STUB — replaced by the extraction work. Pure: ParsedMail -> Extraction.
import type { ExtractOptions, Extraction, ParsedMail } from './types.js';

export function extractFields(mail: ParsedMail, options: ExtractOptions): Extraction {
  void mail;
  void options;
  return {
    fields: { fullName: null, studentCode: null, nss: null, curp: null, institutionalEmail: null },
    problems: [],
    sources: {},
    nameParts: null,
    warnings: [],
  };
}
