// Scores the extraction corpus (tests/fixtures/extraction/{dev,holdout}): each .eml through
// parseMessage + triageMessage against its .expected.json. Shared by corpus.test.ts and the CLI:
//   node --import tsx tests/unit/extract/corpus-score.ts [--show] [set...]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMessage } from '../../../src/mail/parse-message.js';
import { triageMessage } from '../../../src/triage/triage-message.js';
import { FIELD_NAMES, type ExtractOptions, type FieldName } from '../../../src/extract/types.js';

export const CORPUS_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/extraction');

export const CORPUS_OPTIONS: ExtractOptions = {
  institutionalDomains: ['alumnos.udg.mx'],
  studentCodePattern: '^\\d{9}$',
  deskAddresses: ['imss@udg.mx'],
  now: new Date('2025-10-01T12:00:00Z'),
};

export interface Expected {
  fields: Record<FieldName, string | null>;
  problems: string[];
  decision: 'complete' | 'incomplete' | 'ignore';
}

export interface CaseResult {
  file: string;
  expected: Expected;
  got: { fields: Record<FieldName, string | null>; problems: string[]; decision: string; hold: string | null };
}

export function corpusFiles(set: string): string[] {
  const dir = join(CORPUS_ROOT, set);
  return readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map((f) => join(dir, f));
}

const same = (f: FieldName, a: string | null, b: string | null) =>
  f === 'fullName' ? (a ?? '').replace(/\s+/g, ' ').trim() === (b ?? '').replace(/\s+/g, ' ').trim() : a === b;

export async function runCase(file: string): Promise<CaseResult> {
  const expected = JSON.parse(readFileSync(file.replace(/\.eml$/, '.expected.json'), 'utf8')) as Expected;
  const mail = await parseMessage(readFileSync(file));
  // Each message is triaged when it arrives: at its own Date when that is later than the corpus's
  // default (the blind sets are dated 2026-2034; an NSS registered in 2026 is not "in the future"
  // for a mail of November 2027).
  const sent = mail.date ? Date.parse(mail.date) : NaN;
  const t = triageMessage(mail, sent > CORPUS_OPTIONS.now.getTime() ? { ...CORPUS_OPTIONS, now: new Date(sent) } : CORPUS_OPTIONS);
  return {
    file,
    expected,
    got: { fields: t.extraction.fields, problems: t.extraction.problems.map((p) => p.code).sort(), decision: t.decision, hold: t.hold },
  };
}

export interface FieldScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Score {
  cases: number;
  fields: Record<FieldName, FieldScore>;
  falseComplete: string[];
  /** A person writing about their coverage, called automatic: nobody answers them. */
  studentsIgnored: string[];
  /** Automatic mail (out-of-office, bounces, lists...) not called automatic: it would be answered. */
  automaticAnswered: string[];
  /** Automatic mail not called automatic but held for staff as a new case (src/triage/hold.ts): not answered. */
  automaticHeld: string[];
  /** A person's message held for staff as a new case: answered by a person, not at once. */
  peopleHeld: string[];
  decisionErrors: string[];
  problemErrors: string[];
  fieldErrors: string[];
  /** Messages expected to be ignored (automatic mail). */
  ignoreExpected: number;
}

export function score(results: readonly CaseResult[]): Score {
  const fields = Object.fromEntries(FIELD_NAMES.map((f) => [f, { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 }])) as Record<FieldName, FieldScore>;
  const out: Score = { cases: results.length, fields, falseComplete: [], studentsIgnored: [], automaticAnswered: [], automaticHeld: [], peopleHeld: [], decisionErrors: [], problemErrors: [], fieldErrors: [], ignoreExpected: results.filter((r) => r.expected.decision === 'ignore').length };
  for (const r of results) {
    const name = r.file.split('/').slice(-2).join('/');
    if (r.got.decision === 'ignore' && r.expected.decision !== 'ignore') out.studentsIgnored.push(name);
    if (r.expected.decision === 'ignore') {
      // Automatic mail: the desk reads nothing from it (a bounce may quote a student's values), so
      // only the decision counts.
      if (r.got.decision !== 'ignore' && r.got.hold) out.automaticHeld.push(`${name} (${r.got.hold})`);
      else if (r.got.decision !== 'ignore') {
        out.automaticAnswered.push(name);
        out.decisionErrors.push(`${name}: expected ignore got ${r.got.decision}`);
      }
      continue;
    }
    for (const f of FIELD_NAMES) {
      const e = r.expected.fields[f];
      const g = r.got.fields[f];
      const s = fields[f];
      if (g === null && e === null) continue;
      if (g !== null && e !== null && same(f, g, e)) s.tp++;
      else {
        if (g !== null) s.fp++;
        if (e !== null) s.fn++;
        out.fieldErrors.push(`${name} ${f}: expected ${JSON.stringify(e)} got ${JSON.stringify(g)}`);
      }
    }
    if (r.got.decision !== 'ignore' && r.got.hold) out.peopleHeld.push(`${name} (${r.got.hold})`);
    if (r.got.decision === 'complete' && r.expected.decision !== 'complete') out.falseComplete.push(name);
    if (r.got.decision !== r.expected.decision) out.decisionErrors.push(`${name}: expected ${r.expected.decision} got ${r.got.decision}`);
    const ep = [...r.expected.problems].sort().join(',');
    const gp = r.got.problems.join(',');
    if (ep !== gp) out.problemErrors.push(`${name}: expected [${ep}] got [${gp}]`);
  }
  for (const f of FIELD_NAMES) {
    const s = fields[f];
    s.precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
    s.recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  }
  return out;
}

export function formatScore(label: string, s: Score): string {
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`.padStart(8);
  const rows = FIELD_NAMES.map((f) => `  ${f.padEnd(20)} ${pct(s.fields[f].precision)} ${pct(s.fields[f].recall)}   tp=${s.fields[f].tp} fp=${s.fields[f].fp} fn=${s.fields[f].fn}`);
  return [
    `${label}: ${s.cases} messages`,
    `  ${'field'.padEnd(20)} precision   recall`,
    ...rows,
    `  decisions wrong: ${s.decisionErrors.length}, called complete but not: ${s.falseComplete.length}, problem-code sets differing: ${s.problemErrors.length}`
      + (s.studentsIgnored.length || s.automaticAnswered.length || s.ignoreExpected ? `, people ignored: ${s.studentsIgnored.length}, automatic mail answered: ${s.automaticAnswered.length} of ${s.ignoreExpected}` : '')
      + `, held for staff: ${s.peopleHeld.length} people, ${s.automaticHeld.length} automatic`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const show = process.argv.includes('--show');
  const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  for (const set of named.length ? named : ['dev', 'holdout', 'unseen', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8', 'fresh9', 'fresh10', 'fresh11', 'fresh12', 'fresh13', 'fresh14', 'fresh15', 'fresh16', 'fresh17', 'fresh18', 'fresh19', 'fresh20', 'fresh21', 'fresh22', 'fresh23', 'fresh24', 'fresh25', 'fresh26', 'fresh27', 'fresh28', 'fresh29', 'fresh30', 'fresh31', 'fresh32', 'fresh33', 'fresh34', 'fresh35', 'fresh36', 'fresh37', 'fresh38', 'fresh39', 'fresh40', 'fresh41', 'fresh42', 'fresh43', 'fresh44', 'fresh45', 'fresh46', 'fresh47', 'fresh48', 'fresh49', 'fresh50', 'fresh51', 'fresh52', 'fresh53', 'fresh54', 'fresh55', 'fresh56', 'fresh57', 'fresh58', 'fresh59', 'fresh60', 'fresh61', 'fresh62', 'fresh63', 'fresh64', 'fresh65', 'fresh66', 'fresh67', 'fresh68', 'fresh69', 'fresh70', 'fresh71', 'fresh72', 'fresh73', 'fresh74', 'fresh75', 'fresh76', 'fresh77', 'fresh78', 'fresh79', 'fresh80', 'fresh81', 'fresh82', 'fresh83', 'fresh84', 'fresh85', 'fresh86', 'fresh87', 'fresh88', 'fresh89', 'fresh90', 'fresh91', 'fresh92', 'fresh93', 'fresh94', 'fresh95', 'fresh96', 'fresh97', 'fresh98', 'fresh99', 'fresh100', 'fresh101', 'fresh102', 'fresh103', 'fresh104', 'fresh105', 'fresh106', 'fresh107', 'fresh108', 'fresh109', 'fresh110', 'fresh111', 'fresh112', 'fresh113', 'fresh114', 'fresh115', 'fresh116', 'fresh117', 'fresh118', 'fresh119', 'fresh120', 'fresh121', 'fresh122', 'fresh123', 'fresh124', 'fresh125', 'fresh126', 'fresh127', 'fresh128', 'fresh129', 'fresh130', 'fresh131', 'fresh132', 'fresh133', 'fresh134', 'fresh135', 'fresh136', 'fresh137', 'fresh138', 'fresh139', 'fresh140', 'fresh141', 'fresh142', 'fresh143', 'fresh144', 'fresh145', 'fresh146', 'fresh147', 'fresh148', 'fresh149', 'fresh150', 'fresh152', 'fresh153', 'fresh154', 'fresh155', 'fresh156', 'fresh157', 'fresh158', 'fresh159', 'fresh160', 'fresh161', 'fresh162', 'fresh163', 'fresh164', 'fresh165', 'fresh166', 'fresh167', 'fresh168', 'fresh169', 'fresh170', 'fresh171', 'fresh172', 'fresh173', 'fresh174', 'fresh175', 'fresh176', 'fresh177', 'fresh178', 'fresh179', 'fresh180', 'fresh181', 'fresh182', 'fresh183', 'fresh184', 'fresh185', 'fresh186', 'fresh187', 'fresh188', 'fresh189', 'fresh190', 'fresh191', 'fresh192', 'fresh193', 'fresh194', 'fresh195', 'fresh196', 'fresh197', 'fresh198', 'fresh199', 'fresh200', 'fresh201', 'fresh202', 'fresh203', 'fresh204', 'fresh205', 'fresh206', 'fresh207', 'fresh208', 'fresh209', 'fresh210', 'fresh211', 'fresh212', 'fresh213', 'fresh214', 'fresh215', 'fresh216', 'fresh217', 'fresh218', 'fresh219', 'fresh220', 'fresh221', 'fresh222', 'fresh223', 'fresh224', 'fresh225']) {
    const results = [];
    for (const f of corpusFiles(set)) results.push(await runCase(f));
    const s = score(results);
    console.log(formatScore(set, s));
    if (show) for (const l of [...s.fieldErrors, ...s.problemErrors, ...s.decisionErrors, ...s.peopleHeld.map((x) => `person held: ${x}`), ...s.automaticHeld.map((x) => `automatic held: ${x}`)]) console.log('   ', l);
  }
}
