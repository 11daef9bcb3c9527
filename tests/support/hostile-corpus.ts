// Loads the hostile corpus: the committed .eml files of tests/fixtures/hostile plus the big
// messages generated in memory (see tests/fixtures/hostile/build-corpus.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigMessages, smallMessages, type HostileMessage } from '../fixtures/hostile/build-corpus.js';

export { DESK, INJECTED_MARKER, type HostileMessage } from '../fixtures/hostile/build-corpus.js';

export const HOSTILE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile');

/** Every hostile message, committed first (name order), then the generated ones. */
export function loadHostileCorpus(options: { big?: boolean } = {}): HostileMessage[] {
  const about = new Map(smallMessages().map((m) => [m.name, m.about]));
  const files = readdirSync(HOSTILE_DIR).filter((f) => f.endsWith('.eml')).sort();
  const committed = files.map((f) => {
    const name = f.slice(0, -4);
    return { name, about: about.get(name) ?? '(not in build-corpus.ts)', raw: readFileSync(path.join(HOSTILE_DIR, f)) };
  });
  return options.big === false ? committed : [...committed, ...bigMessages()];
}
