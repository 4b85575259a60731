/**
 * Loader benchmark (`npm run bench`).
 *
 * 1. Throughput of `extractGraph` over every article of ../shared/corpus/bbc: MB/s,
 *    articles/s, peak RSS and heap (sampled between articles), median of BENCH_RUNS passes.
 * 2. Baseline in the same run: compromise's people()/places()/organizations() on a fixed
 *    subset (every SUBSET_STEP-th article, since compromise takes minutes over the whole
 *    corpus), against the loader on the same subset; prints the ratio (target >= 10x).
 * 3. Linear scaling of the fuzz inputs: time at 1x, 2x and 4x size, and the ratios
 *    (about 2 and 4 when time grows linearly).
 *
 * Times are CPU time of this process (user + system, process.cpuUsage), so that other load
 * on the machine does not skew them. BENCH_ONLY=corpus|baseline|scaling runs one part.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { extractGraph } from '../src/extract/index';
import { checkInput } from '../src/extract/input';
import { htmlWithScripts, noPunctuation, repeatedWord, unbalancedQuotes } from '../tests/fuzz/inputs';

const CORPUS = process.env.BENCH_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'bbc');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SUBSET_STEP = Number(process.env.BENCH_SUBSET_STEP ?? 10);
const MB = 1024 * 1024;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const fmt = (n: number, digits = 2): string => n.toFixed(digits);

function articles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt')) out.push(p); // lower-case .txt: the articles, not README.TXT
    }
  };
  walk(dir);
  return out;
}

interface Pass {
  ms: number;
  peakRss: number;
  peakHeap: number;
}

/** Times `f` over every text, sampling memory every 25 texts. */
function pass(texts: string[], f: (t: string) => void): Pass {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const t0 = process.cpuUsage();
  texts.forEach((t, i) => {
    f(t);
    if (i % 25 === 0) sample();
  });
  const cpu = process.cpuUsage(t0);
  const ms = (cpu.user + cpu.system) / 1000;
  sample();
  return { ms, peakRss, peakHeap };
}

function repeat(texts: string[], f: (t: string) => void, runs = RUNS): Pass {
  const passes = Array.from({ length: runs }, () => pass(texts, f));
  return {
    ms: median(passes.map((p) => p.ms)),
    peakRss: Math.max(...passes.map((p) => p.peakRss)),
    peakHeap: Math.max(...passes.map((p) => p.peakHeap)),
  };
}

const loader = (t: string): void => {
  extractGraph(t);
};
const compromise = (t: string): void => {
  const doc = nlp(t);
  doc.people().out('array');
  doc.places().out('array');
  doc.organizations().out('array');
};

/** The corpus texts, or undefined after one line saying what is missing. */
function readCorpus(): string[] | undefined {
  const files = existsSync(CORPUS) && statSync(CORPUS).isDirectory() ? articles(CORPUS) : [];
  if (files.length === 0) {
    console.error(
      `bench: no .txt articles under ${CORPUS}: set BENCH_CORPUS to a directory of articles, or BENCH_ONLY=scaling`,
    );
    process.exitCode = 1;
    return undefined;
  }
  const texts = files.map((f) => checkInput(readFileSync(f)));
  console.log(`corpus: ${files.length} articles, ${fmt(bytes(texts) / MB)} MB (${CORPUS})`);
  return texts;
}

const bytes = (ts: string[]): number => ts.reduce((n, t) => n + Buffer.byteLength(t), 0);

function main(): void {
  const only = process.env.BENCH_ONLY;
  const parts = ['corpus', 'baseline', 'scaling'];
  if (only && !parts.includes(only)) {
    console.error(`bench: unknown BENCH_ONLY=${only}: give one of ${parts.join(', ')}`);
    process.exitCode = 1;
    return;
  }
  const part = (name: string): boolean => !only || only === name;
  console.log(`node ${process.version}; median of ${RUNS} passes; CPU time\n`);
  if (part('corpus') || part('baseline')) {
    const texts = readCorpus();
    if (!texts) return;
    corpusParts(texts, part);
  }
  if (part('scaling')) scaling();
}

/** The corpus throughput and the compromise baseline. */
function corpusParts(texts: string[], part: (name: string) => boolean): void {
  const total = bytes(texts);
  // Warm-up (JIT, gazetteer indexes) so that the first pass does not skew the median.
  // The whole corpus once: the loader's larger functions take a few passes to reach their
  // optimized tier, and until then JIT threads add to the CPU time measured.
  for (const t of texts) loader(t);

  if (part('corpus')) {
    const full = repeat(texts, loader);
    console.log('loader, whole corpus');
    console.log(
      `  time ${fmt(full.ms / 1000)} s   ${fmt(total / MB / (full.ms / 1000), 3)} MB/s   ${fmt(texts.length / (full.ms / 1000), 1)} articles/s`,
    );
    console.log(`  peak RSS ${fmt(full.peakRss / MB, 0)} MB   peak heap ${fmt(full.peakHeap / MB, 0)} MB\n`);
  }
  if (part('baseline')) {
    const subset = texts.filter((_t, i) => i % SUBSET_STEP === 0);
    const subBytes = bytes(subset);
    for (const t of subset.slice(0, 5)) compromise(t);
    // The loader's passes come first: compromise keeps a large heap alive afterwards, and
    // every later allocation pays for collecting around it (CPU time includes the GC threads).
    const ours = repeat(subset, loader);
    const base = repeat(subset, compromise);
    const baseRate = subBytes / MB / (base.ms / 1000);
    const oursRate = subBytes / MB / (ours.ms / 1000);
    console.log(
      `baseline on the same subset: every ${SUBSET_STEP}th article, ${subset.length} articles, ${fmt(subBytes / MB, 3)} MB`,
    );
    console.log(
      `  compromise people/places/organizations  ${fmt(base.ms / 1000)} s   ${fmt(baseRate, 3)} MB/s`,
    );
    console.log(
      `  entente extractGraph                    ${fmt(ours.ms / 1000)} s   ${fmt(oursRate, 3)} MB/s`,
    );
    console.log(`  ratio entente / compromise: ${fmt(oursRate / baseRate, 1)}x (target >= 10x)\n`);
  }
}

/** Linear scaling of the fuzz inputs. */
function scaling(): void {
  loader(noPunctuation(0.05)); // warm-up when the corpus did not run
  console.log('linear scaling of the fuzz inputs (median ms at 1x / 2x / 4x; ratios ~2 and ~4 when linear)');
  const cases: [string, (k: number) => string][] = [
    ['repeated word (1.25 MB per x)', (k) => repeatedWord(1.25 * k)],
    ['no punctuation (0.25 MB per x)', (k) => noPunctuation(0.25 * k)],
    ['unbalanced quotes (0.125 MB per x)', (k) => unbalancedQuotes(0.125 * k)],
    ['HTML with scripts (500 paragraphs per x)', (k) => htmlWithScripts(500 * k)],
  ];
  for (const [name, make] of cases) {
    const [t1, t2, t4] = [1, 2, 4].map((k) => {
      const input = make(k);
      loader(input.slice(0, 20000));
      return repeat([input], loader).ms;
    }) as [number, number, number];
    console.log(
      `  ${name.padEnd(42)} ${fmt(t1, 0).padStart(6)} ${fmt(t2, 0).padStart(6)} ${fmt(t4, 0).padStart(6)}   x2: ${fmt(t2 / t1)}  x4: ${fmt(t4 / t1)}`,
    );
  }
}

main();
