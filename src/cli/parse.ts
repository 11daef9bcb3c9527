// `imss-triage parse [--json] FILE...`: triage .eml files (or - for stdin) with no server at all.
// --json prints one NDJSON object per file, in input order; this format is how extraction is
// measured, keep it stable.
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config/index.js';
import { parseMessage } from '../mail/parse-message.js';
import { triageMessage } from '../triage/triage-message.js';
import { FIELD_NAMES } from '../extract/types.js';
import { maskValue } from '../logger.js';

async function readInput(file: string): Promise<Buffer> {
  if (file !== '-') return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function runParse(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const reveal = args.includes('--reveal');
  const files = args.filter((a) => a === '-' || !a.startsWith('--'));
  if (files.length === 0) {
    process.stderr.write('usage: imss-triage parse [--json] [--reveal] FILE... (- for stdin)\n');
    return 2;
  }
  if (json && reveal) process.stderr.write('note: --json always prints values in full; it is meant for measurement on test data\n');
  // parse works without any server: only the extraction settings matter, from the environment.
  const config = loadConfig({ ...process.env });
  let failures = 0;
  for (const file of files) {
    try {
      const raw = await readInput(file);
      const mail = await parseMessage(raw, { maxBytes: config.maxMessageBytes });
      const result = triageMessage(mail, {
        institutionalDomains: config.extraction.institutionalDomains,
        studentCodePattern: config.extraction.studentCodePattern,
        deskAddresses: config.deskAddresses,
        now: new Date(),
      });
      const { fields, problems } = result.extraction;
      if (json) {
        process.stdout.write(`${JSON.stringify({ file, decision: result.decision, hold: result.hold, fields, problems: problems.map(({ field, code, message }) => ({ field, code, message })) })}\n`);
      } else {
        const show = (v: string | null) => (v === null ? '—' : reveal ? v : maskValue(v, 4));
        process.stdout.write(`${file}: ${result.decision}${result.automatic.automatic ? ` (${result.automatic.reason})` : ''}${result.hold ? ` (held for staff if it starts a case: ${result.hold})` : ''}\n`);
        for (const f of FIELD_NAMES) process.stdout.write(`  ${f.padEnd(18)} ${show(fields[f])}\n`);
        for (const p of problems) process.stdout.write(`  ! ${p.field}: ${p.code} — ${p.message}\n`);
      }
    } catch (err) {
      failures += 1;
      const message = (err as Error).message;
      if (json) process.stdout.write(`${JSON.stringify({ file, decision: 'error', hold: null, fields: null, problems: [], error: message })}\n`);
      else process.stderr.write(`${file}: error: ${message}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}
