/**
 * `npm run eval`: the loader's quality in one report.
 *
 * 1. The case tables (tests/extract/cases/<kind>.jsonl): passed / total per kind.
 * 2. The dev and real sets of ../shared/eval (ENTENTE_EVAL overrides the folder), scored by its
 *    score.mjs: precision and recall per entity kind and relation type, summed over each set.
 * 3. Per rule id on the real set: how often it fired, and how often the tie it made is in the gold.
 *
 * Exits 1 when a case fails (the case tables must all pass), 0 otherwise. Without
 * ../shared/eval it says so in one line and reports the case tables only.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCases } from './eval/cases';
import { casesReport, rulesReport, setReport } from './eval/report';
import { ruleStats } from './eval/rules';
import { entityRates, loadScorer, relationRates, scoreSet } from './eval/sets';

const ROOT = resolve(import.meta.dirname, '..');
const EVAL_DIR = resolve(process.env.ENTENTE_EVAL ?? join(ROOT, '..', 'shared', 'eval'));
const SETS = ['dev', 'real'];
/** The set whose rules are counted. */
const RULE_SET = 'real';

async function main(): Promise<number> {
  const cases = runCases();
  console.log(casesReport(cases).join('\n'));
  const failed = cases.reduce((n, r) => n + r.failures.length, 0);
  if (failed) console.log(`eval: ${failed} case(s) failed: the case tables must all pass`);
  const score = await loadScorer(EVAL_DIR);
  if (!score) {
    console.log(`\neval: no scorer at ${join(EVAL_DIR, 'score.mjs')}: dev and real sets skipped`);
    return failed ? 1 : 0;
  }
  for (const set of SETS) {
    const folder = join(EVAL_DIR, set);
    if (!existsSync(folder)) {
      console.log(`\neval: no ${set} set at ${folder}: skipped`);
      continue;
    }
    const rows = scoreSet(folder, score);
    console.log(`\n${setReport(set, rows, entityRates(rows), relationRates(rows)).join('\n')}`);
    if (set === RULE_SET) console.log(`\n${rulesReport(set, ruleStats(rows, score)).join('\n')}`);
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
