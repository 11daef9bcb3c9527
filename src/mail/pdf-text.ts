// Text of a PDF attachment with pdf.js (legacy build, Node 20). Bounded: bytes, pages, characters
// and wall time; anything that is not a readable PDF yields null. Never throws.
// Without these limits a hostile PDF could hold the worker (pdf.js runs on the main thread in
// Node), and a huge one would fill memory with page text nobody reads. The timeout can only act
// between pdf.js's messages (see InProcessPort): a single page's parsing is not cut short.

export interface PdfLimits {
  maxBytes: number;
  maxPages: number;
  maxChars: number;
  timeoutMs: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { maxBytes: 5 * 1024 * 1024, maxPages: 10, maxChars: 100_000, timeoutMs: 3_000 };

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfWorker = InstanceType<PdfJs['PDFWorker']>;
interface WorkerModule {
  WorkerMessageHandler: { initializeFromPort(port: InProcessPort): void };
}
let pdfjs: Promise<PdfJs> | null = null;
// The minified builds carry no sourceMappingURL. The readable ones point to ~6 MB of source maps,
// which Node parses and keeps for the life of the process whenever source maps are on (tsx turns
// them on): ~80 MB of heap, re-marked by every major GC. The worker half is loaded here and
// handed over through globalThis.pdfjsWorker, the hook pdf.js checks first, so that nothing
// imports the readable pdf.worker.mjs by itself.
const loadPdfJs = () =>
  (pdfjs ??= withBuiltInsKept(async () => {
    const g = globalThis as { pdfjsWorker?: WorkerModule };
    // @ts-expect-error: the minified build ships without its own .d.mts; it is the same module.
    g.pdfjsWorker ??= (await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs')) as WorkerModule;
    // @ts-expect-error: as above; typed as pdf.mjs.
    return (await import('pdfjs-dist/legacy/build/pdf.min.mjs')) as PdfJs;
  }));

// The legacy build carries core-js, which replaces built-ins for the whole process when its
// feature tests find Node 20's V8 short of the latest spec: Array.prototype.push by a JavaScript
// loop (every push of every module then ran through it: measured, our parse and triage 1.6% and
// mailparser's own parse 8% slower), JSON.parse, and Function.prototype.toString (to pass its own
// functions off as native).
// V8's own are right for all this process does: they are put back once pdf.js is loaded. What
// core-js only adds (Promise.withResolvers, Set.prototype.union...) stays, for pdf.js to use.
const KEPT_BUILT_INS: readonly [object, string][] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [Function.prototype, 'toString'],
];
async function withBuiltInsKept<T>(load: () => Promise<T>): Promise<T> {
  const saved = KEPT_BUILT_INS.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)!] as const);
  try {
    return await load();
  } finally {
    for (const [owner, key, descriptor] of saved) Object.defineProperty(owner, key, descriptor);
  }
}

// pdf.js's two halves (API and worker) talk through a port, and in Node both run on this thread.
// Left to itself, pdf.js builds a "fake worker" (port, handlers, configure message) for every
// document, and copies every message with structuredClone, which Node 20 runs through a
// MessageChannel: 2-13 µs a message, ~16 messages a document. Instead one worker on our own port
// serves every document (getDocument leaves a worker it was given alone: a document's destroy()
// ends only that document's handlers), and the port copies plain messages itself (~7x cheaper).
// Messages must still be copied: pdf.js reuses some objects after posting them.
const NOT_PLAIN = Symbol('not plain');
// A copy of a message made only of primitives, plain objects and arrays, as structuredClone would
// make it (pdf.js sends trees, so shared references need no care); NOT_PLAIN for anything else
// (typed arrays, maps, errors, functions, deep or cyclic data), which goes to structuredClone.
function copyPlain(v: unknown, depth: number): unknown {
  if (typeof v !== 'object' || v === null) return typeof v === 'function' ? NOT_PLAIN : v;
  if (depth > 32) return NOT_PLAIN;
  if (Array.isArray(v)) {
    const out: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const c = copyPlain(v[i], depth + 1);
      if (c === NOT_PLAIN) return NOT_PLAIN;
      out[i] = c;
    }
    return out;
  }
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    const c = copyPlain((v as Record<string, unknown>)[k], depth + 1);
    if (c === NOT_PLAIN) return NOT_PLAIN;
    out[k] = c;
  }
  return out;
}

type PortListener = (event: { data: unknown }) => void;
// Everything pdf.js does in-process runs as promise jobs: a long extraction never let timers run,
// so the timeout could not fire before it ended (10 heavy pages: 7-10 s past a 200 ms timeout).
// Once YIELD_MS have passed since the port last yielded, it delivers through setImmediate (in
// order: later messages wait behind), so the timeout fires and its Terminate reaches the worker
// half at the next message.
const YIELD_MS = 20;

/** The in-process port: each message is copied and delivered in a promise job, like pdf.js's own. */
class InProcessPort {
  #listeners = new Map<PortListener, (() => void) | null>();
  #resolved = Promise.resolve();
  #held: { data: unknown }[] | null = null;
  #lastYield = performance.now();

  postMessage(message: unknown, transfer?: ArrayBuffer[]): void {
    let data = transfer?.length ? NOT_PLAIN : copyPlain(message, 0);
    if (data === NOT_PLAIN) data = structuredClone(message, transfer?.length ? { transfer } : undefined);
    const event = { data };
    if (this.#held) {
      this.#held.push(event);
    } else if (performance.now() - this.#lastYield < YIELD_MS) {
      void this.#resolved.then(() => this.#dispatch(event));
    } else {
      this.#held = [event];
      setImmediate(() => {
        const held = this.#held ?? [];
        this.#held = null;
        this.#lastYield = performance.now();
        for (const e of held) void this.#resolved.then(() => this.#dispatch(e));
      });
    }
  }

  #dispatch(event: { data: unknown }): void {
    for (const listener of this.#listeners.keys()) listener.call(this, event);
  }

  addEventListener(_type: 'message', listener: PortListener, options?: { signal?: AbortSignal }): void {
    const signal = options?.signal;
    if (signal?.aborted) return;
    let unlink: (() => void) | null = null;
    if (signal) {
      const onAbort = () => this.removeEventListener(_type, listener);
      signal.addEventListener('abort', onAbort);
      unlink = () => signal.removeEventListener('abort', onAbort);
    }
    this.#listeners.set(listener, unlink);
  }

  removeEventListener(_type: 'message', listener: PortListener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }
}

let worker: PdfWorker | null = null;
function sharedWorker(pdf: PdfJs): PdfWorker {
  if (worker && !worker.destroyed) return worker;
  const port = new InProcessPort();
  (globalThis as { pdfjsWorker?: WorkerModule }).pdfjsWorker!.WorkerMessageHandler.initializeFromPort(port);
  // @ts-expect-error: the typings declare `port` null; any postMessage/addEventListener object works.
  worker = new pdf.PDFWorker({ port, verbosity: pdf.VerbosityLevel.ERRORS });
  return worker;
}

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
  transform?: number[];
}

// Linear in the page's text: the last character is tracked rather than asked of the growing
// string (endsWith flattens it: quadratic, minutes on a 5 MB page of short lines), and the page
// stops once it has `budget` characters, all the caller keeps.
function pageText(items: readonly TextItemLike[], budget: number): string {
  let out = '';
  let last = '';
  let lastY: number | null = null;
  const add = (s: string) => {
    out += s;
    if (s) last = s[s.length - 1]!;
  };
  for (const it of items) {
    if (out.length >= budget) break;
    if (typeof it.str !== 'string') continue;
    const y = it.transform?.[5] ?? null;
    if (lastY !== null && y !== null && Math.abs(y - lastY) > 2 && last !== '\n') add('\n');
    else if (out && last !== '\n' && last !== ' ' && it.str && !it.str.startsWith(' ')) add(' ');
    add(it.str);
    if (it.hasEOL) add('\n');
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
  let pdf: PdfJs;
  try {
    pdf = await loadPdfJs(); // once a process (seconds on a busy machine): not the document's time
  } catch {
    return null;
  }
  const { getDocument, VerbosityLevel } = pdf;
  let timer: NodeJS.Timeout | undefined;
  let task: { destroy(): Promise<void> } | null = null;
  const work = (async () => {
    const loading = getDocument({
      worker: sharedWorker(pdf),
      data: new Uint8Array(data), // pdf.js transfers (detaches) the buffer it gets
      isEvalSupported: false,
      disableFontFace: true,
      // Nothing is drawn and no font files ship with us. This only stops the worker asking the
      // API half for a standard font's file (a round trip ending in an error, per font); Symbol
      // and ZapfDingbats are still asked for. The text is the same.
      useSystemFonts: true,
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
      text += pageText(content.items as TextItemLike[], limits.maxChars - text.length) + '\n';
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
