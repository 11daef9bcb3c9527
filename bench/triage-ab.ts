// Triage alone, this tree against another checkout, in one process: the same corpus messages (dev,
// holdout, unseen), parsed afresh each round, alternating rounds, median. Machine noise hits both sides alike,
// which bench:parse's ratio against simpleParser cannot separate from a change in our code.
//   node --import tsx bench/triage-ab.ts --baseline-tree DIR [--rounds 21]
// DIR is a checkout of another commit with node_modules (a symlink to this one's will do):
//   git worktree add /tmp/base <rev> && ln -s "$PWD/node_modules" /tmp/base/node_modules
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseMessage } from '../src/mail/parse-message.js';
import { triageMessage } from '../src/triage/triage-message.js';
import { CORPUS_OPTIONS, corpusFiles } from '../tests/unit/extract/corpus-score.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const tree = arg('baseline-tree');
if (!tree) throw new Error('usage: triage-ab --baseline-tree DIR [--rounds N]');
const rounds = Number(arg('rounds') ?? 21);
const base = (await import(pathToFileURL(path.resolve(tree, 'src/triage/triage-message.ts')).href)) as { triageMessage: typeof triageMessage };

const raws = [...corpusFiles('dev'), ...corpusFiles('holdout'), ...corpusFiles('unseen')].map((f) => readFileSync(f));
// Each message is parsed again just before it is triaged, as in the worker and in bench:parse:
// its strings are new (a triage that remembers strings pays for hashing them again) and the
// parser's work runs in between. Only the triage is timed.
const run = async (fn: typeof triageMessage) => {
  let ms = 0;
  for (const raw of raws) {
    const p = await parseMessage(raw);
    const t0 = performance.now();
    fn(p, CORPUS_OPTIONS);
    ms += performance.now() - t0;
  }
  return ms;
};
for (let i = 0; i < 3; i++) await run(triageMessage), await run(base.triageMessage); // warm-up
const ours: number[] = [];
const theirs: number[] = [];
for (let i = 0; i < rounds; i++) {
  if (i % 2) theirs.push(await run(base.triageMessage)), ours.push(await run(triageMessage));
  else ours.push(await run(triageMessage)), theirs.push(await run(base.triageMessage));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`triage of ${raws.length} messages, ${rounds} alternating rounds (median): this tree ${median(ours).toFixed(1)} ms, ${tree} ${median(theirs).toFixed(1)} ms`);
// Each round's two runs were minutes apart at most: the median of the rounds' own ratios is the
// steadier figure on a shared machine, whose speed drifts between rounds.
const paired = ours.map((t, i) => t / theirs[i]!);
console.log(`ratio this/baseline: ${(median(ours) / median(theirs)).toFixed(3)} (median of the ${rounds} rounds' own ratios: ${median(paired).toFixed(3)})`);
