// Text of a PDF attachment with pdf.js (legacy build, Node 20). Bounded: bytes, pages, characters
// and wall time; anything that is not a readable PDF yields null. Never throws.
// Without these limits a hostile PDF could hold the worker (pdf.js runs on the main thread in
// Node: its "fake worker"), and a huge one would fill memory with page text nobody reads.

export interface PdfLimits {
  maxBytes: number;
  maxPages: number;
  maxChars: number;
  timeoutMs: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { maxBytes: 5 * 1024 * 1024, maxPages: 10, maxChars: 100_000, timeoutMs: 3_000 };

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
// The minified builds carry no sourceMappingURL. The readable ones point to ~6 MB of source maps,
// which Node parses and keeps for the life of the process whenever source maps are on (tsx turns
// them on): ~80 MB of heap, re-marked by every major GC. The fake worker would import the
// readable pdf.worker.mjs by itself, so its handler is loaded here and handed over through
// globalThis.pdfjsWorker, the hook pdf.js checks first.
const loadPdfJs = () =>
  (pdfjs ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown };
    // @ts-expect-error: the minified build ships without its own .d.mts; it is the same module.
    g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
    // @ts-expect-error: as above; typed as pdf.mjs.
    return (await import('pdfjs-dist/legacy/build/pdf.min.mjs')) as PdfJs;
  })());

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
  transform?: number[];
}

function pageText(items: readonly TextItemLike[]): string {
  let out = '';
  let lastY: number | null = null;
  for (const it of items) {
    if (typeof it.str !== 'string') continue;
    const y = it.transform?.[5] ?? null;
    if (lastY !== null && y !== null && Math.abs(y - lastY) > 2 && !out.endsWith('\n')) out += '\n';
    else if (out && !out.endsWith('\n') && !out.endsWith(' ') && it.str && !it.str.startsWith(' ')) out += ' ';
    out += it.str;
    if (it.hasEOL) out += '\n';
    if (y !== null) lastY = y;
  }
  return out;
}

export function isPdf(data: Uint8Array): boolean {
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/** Extracts the text of a PDF, or null when it is not one, is too big, or cannot be read in time. */
export async function extractPdfText(data: Uint8Array, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<string | null> {
  if (data.length === 0 || data.length > limits.maxBytes || !isPdf(data)) return null;
  let timer: NodeJS.Timeout | undefined;
  let task: { destroy(): Promise<void> } | null = null;
  const work = (async () => {
    const { getDocument, VerbosityLevel } = await loadPdfJs();
    const loading = getDocument({
      data: new Uint8Array(data), // pdf.js transfers (detaches) the buffer it gets
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: VerbosityLevel.ERRORS,
    });
    task = loading;
    const doc = await loading.promise;
    let text = '';
    const pages = Math.min(doc.numPages, limits.maxPages);
    for (let p = 1; p <= pages && text.length < limits.maxChars; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      text += pageText(content.items as TextItemLike[]) + '\n';
      page.cleanup();
    }
    return text.slice(0, limits.maxChars).trim();
  })();
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), limits.timeoutMs);
  });
  try {
    const text = await Promise.race([work, timeout]);
    return text ? text : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
    work.catch(() => undefined);
    const t = task as { destroy(): Promise<void> } | null;
    if (t) await t.destroy().catch(() => undefined);
  }
}
