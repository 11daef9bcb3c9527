// UTF-8 read as windows-1252 or ISO-8859-1 ("LomelÃ­" for "Lomelí", "â€™" for "’"): a client
// that declared the wrong charset. Each run of characters that spells a UTF-8 sequence byte for
// byte is decoded again; a run that does not decode cleanly is left as it is. Pure.
import iconv from 'iconv-lite';

// A continuation byte (0x80-0xBF) as windows-1252 shows it, or as ISO-8859-1 does (C1 controls).
const CONT = '[\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201a\\u201c-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122]';
// A lead byte and its continuation byte(s): C2 and C3 (Â, Ã) lead every Latin-1 letter and sign
// (á é í ó ú ñ ü ¿ ¡ °...), E2 the typographic quotes and dashes (â€™, â€œ, â€“). Other leads
// are left alone: "É" or "Ñ" before a no-break space is Spanish, not a misread sequence.
const SEQUENCE = new RegExp(`[\\u00c2\\u00c3]${CONT}|\\u00e2${CONT}{2}`, 'g');
// Cheap gate: the lead characters that mark nearly every misread Spanish letter or quote.
const GATE = /[ÂÃâ]/;

/** The text with its misread UTF-8 sequences decoded again; unchanged when there are none. */
export function repairMojibake(text: string): string {
  if (!GATE.test(text)) return text;
  return text.replace(SEQUENCE, (run) => {
    const bytes = toBytes(run);
    if (!bytes) return run;
    const decoded = bytes.toString('utf8');
    // One character, and a letter, a mark or punctuation a person types (not a control).
    return [...decoded].length === 1 && !decoded.includes('\ufffd') && /[\p{L}\p{P}\p{S}\p{Zs}]/u.test(decoded) ? decoded : run;
  });
}

/** The bytes a windows-1252 (or ISO-8859-1, for C1 controls) reader showed as `run`. */
function toBytes(run: string): Buffer | null {
  const out: number[] = [];
  for (const ch of run) {
    const code = ch.codePointAt(0)!;
    if (code <= 0xff) {
      out.push(code);
      continue;
    }
    const b = iconv.encode(ch, 'win1252');
    if (b.length !== 1 || b[0] === 0x3f) return null;
    out.push(b[0]!);
  }
  return Buffer.from(out);
}
