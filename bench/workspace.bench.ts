/**
 * Workspace benchmark: every article of a corpus (default ../shared/corpus/bbc) through
 * extractGraph, into one workspace, merged into one graph.
 *
 *   npx tsx bench/workspace.bench.ts [DIR] [--runs N]
 *
 * Prints medians and, as the baseline measured in the same run, a plain sequential
 * `mergeInto` of the loader results into one graph (what a one-shot merge costs), so that
 * the workspace's derived, provenance-keeping merge reads as a ratio of it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractGraph } from '../src/extract/index';
import type { ExtractResult } from '../src/extract/types';
import { addTie, createGraph, mergeInto, upsertActor } from '../src/graph/build';
import { mulberry32 as rng } from '../src/graph/random';
import { exportWorkspace, importWorkspace } from '../src/workspace/file';
import {
  addArticles,
  articleFromResult,
  emptyWorkspace,
  removeArticle,
  workspaceGraph,
} from '../src/workspace/model';
import type { Workspace } from '../src/workspace/types';
import { dateHistogram } from '../src/workspace/timeline';
import { applyCorrections } from '../src/workspace/corrections';
import { benchCorrections } from './corrections';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const dir = args.find((a, i) => !a.startsWith('--') && i !== runsAt + 1) ?? '../shared/corpus/bbc';

function walk(d: string): string[] {
  return readdirSync(d)
    .sort()
    .flatMap((name) => {
      const p = join(d, name);
      if (statSync(p).isDirectory()) return walk(p);
      return /\.(?:txt|html?)$/i.test(name) && !/^readme/i.test(name) ? [p] : [];
    });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number): string => `${x.toFixed(1)} ms`;
function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const out = f();
  return [out, performance.now() - t];
}
/** A workspace with the same articles in a fresh array: defeats the merge memo. */
const fresh = (ws: Workspace): Workspace => ({ ...ws, articles: [...ws.articles].reverse().reverse() });

const files = walk(dir);
console.log(`workspace bench: ${files.length} files under ${dir}, ${RUNS} runs per figure`);

/**
 * Article graphs shaped like real ones where the stub loader gives none: 12 actors drawn
 * (skewed to a popular few) from a pool of 3,000, 20 ties of every type, a third dated.
 */
function synthetic(n: number): ExtractResult[] {
  const rand = rng(42);
  const types = ['alliance', 'visit', 'sanction', 'quote', 'affiliation'] as const;
  const kinds = ['state', 'leader', 'analyst', 'organization'] as const;
  const pick = (): number => Math.floor(3000 * rand() ** 2);
  const out: ExtractResult[] = [];
  for (let i = 0; i < n; i++) {
    const id = `syn-${i}`;
    const article = { id, title: `Synthetic ${i}`, date: `2004-${String(1 + (i % 12)).padStart(2, '0')}-15` };
    const graph = createGraph({ articles: [article] });
    const keys = [...new Set(Array.from({ length: 12 }, pick))].map((k) => `actor:${k}`);
    for (const k of keys)
      upsertActor(graph, k, {
        label: k,
        kind: kinds[k.length % 4]!,
        aliases: [`${k}-alias-${i % 7}`],
        mentions: 2,
      });
    let text = '';
    for (let t = 0; t < 20; t++) {
      const a = keys[Math.floor(rand() * keys.length)]!;
      const b = keys[Math.floor(rand() * keys.length)]!;
      const sentence = `Sentence ${t} of article ${i}, where ${a} meets ${b}.`;
      const ev = { text: sentence, start: text.length, end: text.length + sentence.length };
      text += sentence + ' ';
      const date = rand() < 0.33 ? `2004-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}` : undefined;
      addTie(graph, types[t % 5]!, a, b, [ev], date ? { date } : {});
    }
    out.push({ graph, text, article, mentions: [], warnings: [] });
  }
  return out;
}

const [results, tExtract] = time(() => {
  const out: ExtractResult[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    try {
      out.push(extractGraph(text, { source: relative(dir, f), format: 'text' }));
    } catch (e) {
      console.log(`  skipped ${f}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return out;
});
console.log(`extract:            ${ms(tExtract)} for ${results.length} articles`);
measure('corpus through extractGraph', results);
measure('synthetic, with ties (seeded)', synthetic(results.length));

/** Merge, append, removal, file and timeline figures for one set of loader results. */
function measure(label: string, results: ExtractResult[]): void {
  console.log(`\n== ${label}: ${results.length} articles`);
  const [articles, tStamp] = time(() => results.map((r) => articleFromResult(r, '2026-01-01T00:00:00.000Z')));
  const ws = addArticles(emptyWorkspace(), articles);
  console.log(`to workspace items: ${ms(tStamp)} (stamp provenance, serialize per article)`);

  // Baseline: one plain sequential merge of the loader's graphs.
  const base: number[] = [];
  let baseGraph = createGraph();
  for (let i = 0; i < RUNS; i++) {
    const [g, t] = time(() => {
      const into = createGraph({ articles: [] });
      for (const r of results) mergeInto(into, r.graph);
      return into;
    });
    baseGraph = g;
    base.push(t);
  }

  // Workspace merge from scratch (first run also pays the per-article graph import, once).
  const scratch: number[] = [];
  let g = workspaceGraph(ws);
  for (let i = 0; i < RUNS; i++) {
    workspaceGraph(emptyWorkspace()); // the next merge starts from nothing
    const [out, t] = time(() => workspaceGraph(fresh(ws)));
    g = out;
    scratch.push(t);
  }
  workspaceGraph(ws);
  const [, tMemo] = time(() => workspaceGraph(ws));

  // Append one article to the whole corpus (memoized prefix: copy + merge one).
  const last = articles[articles.length - 1]!;
  const withoutLast = removeArticle(ws, last.meta.id);
  const append: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const prefix = fresh(withoutLast);
    workspaceGraph(emptyWorkspace());
    workspaceGraph(prefix);
    append.push(time(() => workspaceGraph(addArticles(prefix, [last])))[1]);
  }

  // Remove an article from the middle (derived again from scratch).
  const middle = articles[Math.floor(articles.length / 2)]!;
  const removal: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const w = fresh(ws);
    workspaceGraph(emptyWorkspace());
    workspaceGraph(w);
    removal.push(time(() => workspaceGraph(removeArticle(w, middle.meta.id)))[1]);
  }

  // 1,000 corrections applied after derivation (issue #11: under 10% of deriving the graph).
  const log = benchCorrections(g);
  const corrections: number[] = [];
  let corrected = applyCorrections(g, log);
  for (let i = 0; i < RUNS; i++)
    corrections.push(time(() => (corrected = applyCorrections(g, { ...log })))[1]);
  const active = [...corrected.status.values()].filter((s) => s.state === 'active').length;

  const [json, tExport] = time(() => exportWorkspace(ws));
  const [back, tImport] = time(() => importWorkspace(json));
  const [hist, tHist] = time(() => dateHistogram(g));

  let evidence = 0;
  g.forEachEdge((_k, a) => (evidence += a.evidence.length));
  console.log(
    `graph:              ${g.order} nodes, ${g.size} edges, ${evidence} evidence items (baseline graph ${baseGraph.order}/${baseGraph.size})`,
  );
  console.log(`baseline mergeInto: median ${ms(median(base))}`);
  console.log(
    `workspace merge:    median ${ms(median(scratch))}  (${(median(scratch) / median(base)).toFixed(2)}x baseline)`,
  );
  console.log(`memo hit:           ${ms(tMemo)}`);
  console.log(
    `append 1 article:   median ${ms(median(append))}  (${(median(append) / median(scratch)).toFixed(3)}x full merge)`,
  );
  console.log(`remove 1 article:   median ${ms(median(removal))}`);
  console.log(
    `1,000 corrections:  median ${ms(median(corrections))}  (${((100 * median(corrections)) / median(scratch)).toFixed(1)}% of the workspace merge; ${active} active, ${corrected.graph.order}/${corrected.graph.size} after)`,
  );
  console.log(`export:             ${ms(tExport)}, ${(json.length / 1e6).toFixed(1)} MB`);
  console.log(`import (validated): ${ms(tImport)}, ${back.articles.length} articles`);
  console.log(`timeline histogram: ${ms(tHist)}, ${hist.dated} dated ties, ${hist.undated} undated`);
  console.log(`peak RSS:           ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}
