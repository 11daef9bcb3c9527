// Renders a reply (subject, plain text, HTML) from the Handlebars templates in templates/.
//
// Layout of a templates directory: <kind>.text.hbs and <kind>.html.hbs for every ReplyKind, and
// partials/<name>.hbs, used as {{> name}}. All of them are read and compiled on first use of a
// directory and cached per directory (one Handlebars environment each, so partials never leak).
//
// Safety contract:
// - Templates are compiled in strict mode: a variable missing from the view is an error, not a blank.
// - The HTML part escapes every value ({{ }}); templates must never use {{{ }}} (a test checks).
// - The text part is compiled with noEscape (it is not HTML); values have no control characters.
// - A missing template or a template error throws TriageError IMSS_REPLY_TEMPLATE (not retryable).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { TriageError } from '../errors.js';
import { ALL_REPLY_KINDS, type RenderedReply, type ReplyData, type ReplyKind } from './reply-kinds.js';
import { buildReplyView, type ReplyView } from './reply-view.js';

export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));
export const REPLY_TEMPLATE_ERROR = 'IMSS_REPLY_TEMPLATE';

type Compiled = (view: ReplyView) => string;
interface TemplateSet {
  text: Record<ReplyKind, Compiled>;
  html: Record<ReplyKind, Compiled>;
}

const cache = new Map<string, TemplateSet>();

export function renderReply<K extends ReplyKind>(kind: K, data: ReplyData<K>, templatesDir: string = DEFAULT_TEMPLATES_DIR): RenderedReply {
  const templates = loadTemplates(templatesDir);
  const view = buildReplyView(kind, data);
  return {
    subject: view.subject,
    text: tidyText(run(templates.text[kind], view, kind, 'text')),
    html: run(templates.html[kind], view, kind, 'html'),
  };
}

/** Compiles (once) every template of a directory; throws if any is missing or malformed. */
export function loadTemplates(dir: string): TemplateSet {
  const cached = cache.get(dir);
  if (cached) return cached;
  const hb = Handlebars.create();
  const partialsDir = join(dir, 'partials');
  for (const file of safeList(partialsDir).filter((f) => f.endsWith('.hbs'))) {
    hb.registerPartial(file.slice(0, -'.hbs'.length), read(join(partialsDir, file)));
  }
  const compile = (kind: ReplyKind, part: 'text' | 'html'): Compiled => {
    const source = read(join(dir, `${kind}.${part}.hbs`));
    if (part === 'html' && /\{\{\{|\{\{&/.test(source)) fail(`${kind}.html.hbs uses unescaped output`);
    return hb.compile<ReplyView>(source, { strict: true, noEscape: part === 'text' });
  };
  const set: TemplateSet = {
    text: Object.fromEntries(ALL_REPLY_KINDS.map((k) => [k, compile(k, 'text')])) as TemplateSet['text'],
    html: Object.fromEntries(ALL_REPLY_KINDS.map((k) => [k, compile(k, 'html')])) as TemplateSet['html'],
  };
  cache.set(dir, set);
  return set;
}

function run(template: Compiled, view: ReplyView, kind: ReplyKind, part: string): string {
  try {
    return template(view);
  } catch (err) {
    throw fail(`template ${kind}.${part}.hbs failed: ${(err as Error).message}`, err);
  }
}

/** Plain text: LF line ends, no trailing spaces, at most one blank line in a row, one final LF. */
function tidyText(text: string): string {
  return `${text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw fail(`cannot read template ${path}`, err);
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function fail(message: string, cause?: unknown): never {
  throw new TriageError(REPLY_TEMPLATE_ERROR, message, false, { cause });
}
