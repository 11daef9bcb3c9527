// HTML -> plain text for HTML-only mail. Linear-time tokenizer, no DOM: block elements and table
// cells become line breaks, <blockquote> (and Gmail/Yahoo quote containers) become "> " lines so
// the quote rules can drop them, entities are decoded. Pure.

const BLOCK = new Set([
  'p', 'div', 'br', 'tr', 'td', 'th', 'li', 'ul', 'ol', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'hr', 'pre', 'section', 'article', 'header', 'footer', 'dd', 'dt', 'dl', 'center',
]);
/** An inline style that hides an element: its text is not what the reader sees. */
// (Struck-through text too: the writer crossed it out, "Código: <s>228897118</s> 228223046".)
export const HIDDEN_STYLE = /\bstyle\s*=\s*["'][^"']*\b(?:display\s*:\s*none|visibility\s*:\s*hidden|text-decoration(?:-line)?\s*:\s*line-through)/i;
const STRUCK = /^(?:s|strike|del)$/i;
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'col', 'area', 'base', 'source']);
const QUOTE_CLASS = /class\s*=\s*["'][^"']*\b(gmail_quote|yahoo_quoted|moz-cite-prefix)\b/i;

const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", aacute: 'á', eacute: 'é', iacute: 'í',
  oacute: 'ó', uacute: 'ú', Aacute: 'Á', Eacute: 'É', Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú', ntilde: 'ñ',
  Ntilde: 'Ñ', uuml: 'ü', Uuml: 'Ü', iexcl: '¡', iquest: '¿', laquo: '«', raquo: '»', ordm: 'º', ordf: 'ª',
  middot: '·', bull: '•', ndash: '–', mdash: '—', hellip: '…', zwnj: '', zwj: '', shy: '', copy: '©',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[body] ?? m;
  });
}

/**
 * Removes comments and head/style/script/title elements in one forward pass (a lazy regex would
 * rescan to the end for every unclosed opener: quadratic on hostile input). An unclosed one
 * drops the rest.
 */
function dropHidden(html: string): string {
  const lower = html.toLowerCase();
  const open = /<!--|<(head|style|script|title)\b/gi;
  let out = '';
  let from = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    if (m.index < from) continue;
    out += html.slice(from, m.index);
    const close = m[1] ? `</${m[1].toLowerCase()}` : '-->';
    const end = lower.indexOf(close, m.index + m[0].length);
    if (end < 0) return out;
    from = m[1] ? lower.indexOf('>', end) + 1 || html.length : end + 3;
    open.lastIndex = from;
  }
  return out + html.slice(from);
}

/** Converts HTML to text; input beyond maxLength characters is ignored. */
export function htmlToText(html: string, maxLength = 1_000_000): string {
  const src = dropHidden(html.slice(0, maxLength));
  const lines: string[] = [];
  let line = '';
  let lineHasText = false; // tracked, not recomputed: trimming a growing line is quadratic
  let lineDepth = 0;
  let depth = 0;
  const quoteStack: boolean[] = []; // for divs: whether each open div started a quote
  // An empty line is kept only for <br>/<p> (paragraph breaks), not between table cells.
  const flush = (blank = false) => {
    const t = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (t) lines.push('> '.repeat(lineDepth) + t);
    else if (blank && lines.length && lines[lines.length - 1] !== '') lines.push('');
    line = '';
    lineHasText = false;
  };
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^<>]*)>|([^<]+)|(<)/g;
  // Inside an element hidden by its style: its name and how many of that name are open.
  let hidden: string | null = null;
  let hiddenOpen = 0;
  for (let m = tag.exec(src); m; m = tag.exec(src)) {
    if (hidden !== null) {
      if (m[2]?.toLowerCase() === hidden && !(m[3] ?? '').endsWith('/')) hiddenOpen += m[1] === '/' ? -1 : 1;
      if (hiddenOpen === 0) hidden = null;
      continue;
    }
    if (m[2] && m[1] !== '/' && (STRUCK.test(m[2]) || HIDDEN_STYLE.test(m[3] ?? ''))) {
      const name = m[2].toLowerCase();
      // A hidden block still ends the line before it, as it would if shown ("…987<div hidden>…</div>NSS").
      if (BLOCK.has(name) || name === 'blockquote') flush();
      if (!VOID.has(name) && !(m[3] ?? '').endsWith('/')) {
        hidden = name;
        hiddenOpen = 1;
      }
      continue;
    }
    if (m[4] !== undefined || m[5] !== undefined) {
      const text = decodeEntities((m[4] ?? '<').replace(/[\r\n]+/g, ' '));
      if (!lineHasText && text.trim()) {
        lineDepth = depth;
        lineHasText = true;
      }
      line += text;
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (name === 'blockquote') {
      flush();
      depth = Math.max(0, depth + (closing ? -1 : 1));
    } else if (name === 'div') {
      flush();
      if (closing) {
        if (quoteStack.pop()) depth = Math.max(0, depth - 1);
      } else {
        const q = QUOTE_CLASS.test(m[3] ?? '');
        quoteStack.push(q);
        if (q) depth++;
      }
    } else if (BLOCK.has(name)) {
      flush(name === 'br' || name === 'p');
    }
  }
  flush();
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
