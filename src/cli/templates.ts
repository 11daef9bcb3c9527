// `imss-triage templates preview [OUT] [--templates DIR]`: renders every reply kind with invented
// sample data and the configured desk contact (DESK_*, INSTITUTION_NAME) into OUT as
// <kind>.txt / <kind>.html, so the desk can check an edited template without sending mail.
// A template error (missing file, unknown variable, unescaped HTML) is printed and exits 1.
import { resolve } from 'node:path';
import { TriageError } from '../errors.js';
import { withDeskContact } from '../replies/desk-contact.js';
import { renderAllPreviews } from '../replies/preview.js';
import { DEFAULT_TEMPLATES_DIR } from '../replies/render-reply.js';
import { loadConfigOrExit } from './load-config.js';

export async function runTemplatesPreview(args: string[]): Promise<number> {
  const at = args.indexOf('--templates');
  const templatesArg = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !templatesArg) {
    process.stderr.write('usage: imss-triage templates preview [OUT] [--templates DIR]\n');
    return 2;
  }
  const positional = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  const config = loadConfigOrExit();
  const templatesDir = resolve(templatesArg ?? (config.templatesDir || DEFAULT_TEMPLATES_DIR));
  const outDir = resolve(positional[0] ?? 'template-preview');
  try {
    const written = await renderAllPreviews(outDir, templatesDir, withDeskContact(config.deskContact));
    process.stdout.write(`Rendered ${written.length / 2} reply kinds from ${templatesDir}\ninto ${outDir}:\n`);
    for (const f of written) process.stdout.write(`  ${f}\n`);
    return 0;
  } catch (err) {
    const code = err instanceof TriageError ? `${err.code}: ` : '';
    process.stderr.write(`imss-triage: template preview failed: ${code}${(err as Error).message}\n`);
    return 1;
  }
}
