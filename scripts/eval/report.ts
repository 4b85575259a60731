/** Plain-text tables for `npm run eval`. */
import type { KindResult } from './cases';
import type { RuleStat } from './rules';
import type { Rate, Scored } from './sets';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);

/** The case tables: pass counts per kind, every failure, and the overall pass rate. */
export function casesReport(results: KindResult[]): string[] {
  const out = ['case tables (tests/extract/cases)'];
  for (const r of results) out.push(`  ${r.kind.padEnd(24)} ${`${r.passed}/${r.total}`.padStart(9)}`);
  for (const r of results) for (const f of r.failures) out.push(`    FAIL ${f}`);
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const total = results.reduce((n, r) => n + r.total, 0);
  out.push(`  ${'all'.padEnd(24)} ${`${passed}/${total}`.padStart(9)} ${pct(total ? passed / total : 1)}`);
  return out;
}

const rateLine = (name: string, r: Rate): string =>
  `    ${name.padEnd(24)} P ${pct(r.p)}  R ${pct(r.r)}   (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`;

/** Precision and recall per entity kind and relation type, and the mean overall score of a set. */
export function setReport(
  name: string,
  rows: Scored[],
  entities: Map<string, Rate>,
  relations: Map<string, Rate>,
): string[] {
  const mean = rows.reduce((a, r) => a + r.score.overall, 0) / (rows.length || 1);
  const att = rows.reduce(
    (a, r) => [a[0]! + r.score.attribution.correct, a[1]! + r.score.attribution.total],
    [0, 0],
  );
  const out = [`${name}: ${rows.length} articles, mean overall ${(100 * mean).toFixed(1)}`, '  entities'];
  for (const [k, r] of entities) out.push(rateLine(k, r));
  out.push('  relations');
  for (const [t, r] of relations) out.push(rateLine(t, r));
  out.push(`  quote attribution          ${att[0]}/${att[1]}`);
  return out;
}

/** Per rule id: evidence items it fired on, ties it made, and how many of those the gold holds. */
export function rulesReport(name: string, stats: Map<string, RuleStat>): string[] {
  const out = [
    `rules on ${name} (fired = evidence items; in gold = ties the gold holds, of the scored ties)`,
  ];
  out.push(`    ${'rule'.padEnd(40)} ${'fired'.padStart(6)} ${'ties'.padStart(6)} ${'in gold'.padStart(12)}`);
  const sorted = [...stats].sort((a, b) => b[1].fired - a[1].fired || a[0].localeCompare(b[0]));
  for (const [id, s] of sorted) {
    const gold = s.scored ? `${s.inGold}/${s.scored}${pct(s.inGold / s.scored)}` : '-';
    out.push(
      `    ${id.padEnd(40)} ${String(s.fired).padStart(6)} ${String(s.ties).padStart(6)} ${gold.padStart(12)}`,
    );
  }
  return out;
}
