/** Runs the loader on an annotated set (../shared/eval/dev, real) and scores each graph with score.mjs. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractGraph } from '../../src/extract/index';
import type { Counts, Gold, GraphJson, Score, ScoreFn } from './score-types';

export interface Scored {
  name: string;
  gold: Gold;
  graph: GraphJson;
  score: Score;
}

/** The scorer of ../shared/eval, or undefined when the folder is absent. */
export async function loadScorer(evalDir: string): Promise<ScoreFn | undefined> {
  const file = join(evalDir, 'score.mjs');
  if (!existsSync(file)) return undefined;
  const mod = (await import(pathToFileURL(file).href)) as { score: ScoreFn };
  return mod.score;
}

/** A '# key: value' header, a blank line, then the body (as ../shared/eval/run.mjs reads it). */
function splitArticle(raw: string): { header: Record<string, string>; body: string } {
  const lines = raw.split('\n');
  const header: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length && (lines[i] ?? '').startsWith('# '); i++) {
    const m = /^# (\w+): (.*)$/.exec(lines[i] ?? '');
    if (m?.[1]) header[m[1]] = (m[2] ?? '').trim();
  }
  return { header, body: lines.slice(i).join('\n').replace(/^\n+/, '') };
}

/** The article beside its gold file, or in ../shared/articles (as run.mjs looks for it). */
function articlePath(folder: string, file: string): string {
  const beside = join(folder, file);
  return existsSync(beside) ? beside : join(folder, '..', '..', 'articles', file);
}

/** Extracts and scores every NAME.gold.json of a folder, as run.mjs does through the CLI. */
export function scoreSet(folder: string, score: ScoreFn): Scored[] {
  const golds = readdirSync(folder)
    .filter((f) => f.endsWith('.gold.json'))
    .sort();
  return golds.map((g) => {
    const name = basename(g, '.gold.json');
    const gold = JSON.parse(readFileSync(join(folder, g), 'utf8')) as Gold;
    const path = articlePath(folder, gold.article ?? `${name}.txt`);
    const raw = readFileSync(path, 'utf8');
    const isHtml = /\.html?$/i.test(path);
    const { header, body } = isHtml ? { header: {} as Record<string, string>, body: raw } : splitArticle(raw);
    const date = (header.date ?? gold.published ?? '').slice(0, 10);
    const r = extractGraph(body, { articleId: name, source: path, ...(date ? { date } : {}) });
    const graph = JSON.parse(JSON.stringify(r.graph.export())) as GraphJson;
    return { name, gold, graph, score: score(gold, graph) };
  });
}

export interface Rate {
  p: number;
  r: number;
  tp: number;
  fp: number;
  fn: number;
}

const rate = (tp: number, fp: number, fn: number, found = tp, wanted = tp + fn): Rate => ({
  tp,
  fp,
  fn,
  p: tp + fp ? tp / (tp + fp) : 1,
  r: wanted ? found / wanted : 1,
});

const sum = (xs: Counts[]): Counts =>
  xs.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });

/** Precision and recall per entity kind, summed over a set. */
export function entityRates(rows: Scored[]): Map<string, Rate> {
  const kinds = [...new Set(rows.flatMap((r) => Object.keys(r.score.entities)))];
  return new Map(
    kinds.map((k) => {
      const c = sum(rows.flatMap((r) => r.score.entities[k] ?? []));
      return [k, rate(c.tp, c.fp, c.fn)];
    }),
  );
}

/**
 * Precision and recall per relation type, summed over a set. As in score.mjs, precision is over
 * distinct predicted ties and recall over required gold relations (several ties may hit one).
 */
export function relationRates(rows: Scored[]): Map<string, Rate> {
  const types = [...new Set(rows.flatMap((r) => Object.keys(r.score.relations)))];
  const out = new Map<string, Rate>();
  for (const t of types) {
    const c = sum(rows.flatMap((r) => r.score.relations[t] ?? []));
    const wanted = rows.reduce(
      (n, r) => n + r.gold.relations.filter((g) => g.type === t && !g.optional).length,
      0,
    );
    out.set(t, rate(c.tp, c.fp, c.fn, wanted - c.fn, wanted));
  }
  const q = sum(rows.map((r) => r.score.quoteSubjects));
  out.set('quote (who-about-whom)', rate(q.tp, q.fp, q.fn));
  return out;
}
