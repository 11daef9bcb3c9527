// Messages/second for parseMessage + triageMessage over the extraction corpus against mailparser's
// own simpleParser (default options) on the same files, in the same run: warm-up, several
// rounds, median. Ratio = our time / simpleParser time (target < 2.0), taken in each round (its two
// runs back to back) and the median of those: the machine is shared and its speed drifts between
// rounds, which a ratio of the two medians would count as a difference between the parsers.
//   npm run bench:parse [-- --rounds 15]
import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { parseMessage } from '../src/mail/parse-message.js';
import { triageMessage } from '../src/triage/triage-message.js';
import { CORPUS_OPTIONS, corpusFiles } from '../tests/unit/extract/corpus-score.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const rounds = arg('rounds', 15);
const raws = [...corpusFiles('dev'), ...corpusFiles('holdout'), ...corpusFiles('unseen')].map((f) => readFileSync(f));

async function ours(): Promise<void> {
  for (const raw of raws) triageMessage(await parseMessage(raw), CORPUS_OPTIONS);
}
async function reference(): Promise<void> {
  for (const raw of raws) await simpleParser(raw);
}

async function time(fn: () => Promise<void>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Warm-up: JIT, pdf.js module load, iconv tables.
await ours();
await reference();
const a: number[] = [];
const b: number[] = [];
for (let i = 0; i < rounds; i++) {
  // Alternate the order so neither side always runs on a warmer heap.
  if (i % 2) {
    b.push(await time(reference));
    a.push(await time(ours));
  } else {
    a.push(await time(ours));
    b.push(await time(reference));
  }
}
const ma = median(a);
const mb = median(b);
const rate = (ms: number) => ((raws.length / ms) * 1000).toFixed(0);
console.log(`corpus: ${raws.length} messages, ${rounds} rounds (median)`);
console.log('| pipeline                          | median ms | msg/s |');
console.log('|-----------------------------------|----------:|------:|');
console.log(`| parseMessage + triageMessage      | ${ma.toFixed(1).padStart(9)} | ${rate(ma).padStart(5)} |`);
console.log(`| mailparser simpleParser (default) | ${mb.toFixed(1).padStart(9)} | ${rate(mb).padStart(5)} |`);
const ratios = a.map((t, i) => t / b[i]!);
console.log(`ratio of the medians: ${(ma / mb).toFixed(2)}; rounds' ratios from ${Math.min(...ratios).toFixed(2)} to ${Math.max(...ratios).toFixed(2)}`);
console.log(`ratio ours/simpleParser: ${median(ratios).toFixed(2)} (median of the rounds' own ratios; target < 2.0)`);
