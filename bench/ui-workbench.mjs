/**
 * The workbench part of `npm run bench:ui` (issue 10): on the BBC corpus graph, the explorer's
 * way (focus on the top actors, metrics in a worker, layouts in a worker, chunked adds) against
 * bare Cytoscape with graphology on the main thread, in the same run. Reports the time to the
 * first useful picture (the focused top-150 view), the time to compute PageRank, betweenness
 * and communities, the time to show all, and the longest main-thread block, in wall time (the
 * page's PerformanceObserver) and in CPU time (a Chromium trace, see e2e/lib/main-thread.mjs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bigGraph } from '../e2e/lib/big-graph.mjs';
import { mainThreadTasks } from '../e2e/lib/main-thread.mjs';

const repo = resolve(import.meta.dirname, '..');
/** The BBC corpus, beside the repository; never copied into it. */
export const BBC_CORPUS = resolve(repo, '../shared/corpus/bbc');

/**
 * The graph file to measure and what it is: `file` when given; else the BBC corpus graph,
 * extracted once with the CLI into the temporary folder; else (no corpus) a synthetic graph of
 * the same shape, saying so.
 */
export function workbenchGraph(file, log) {
  if (file) return { path: resolve(file), name: `the graph in ${file}` };
  if (existsSync(BBC_CORPUS)) {
    const path = join(tmpdir(), 'entente-bench-bbc-graph.json');
    if (!existsSync(path)) {
      log(`extracting the BBC corpus graph from ${BBC_CORPUS} (once, into ${path}; minutes)…`);
      execFileSync(process.execPath, [join(repo, 'bin/entente.mjs'), 'extract', BBC_CORPUS, '-o', path], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    } else log(`BBC corpus graph: ${path} (delete it to extract again)`);
    return { path, name: 'the BBC corpus graph' };
  }
  log(`${BBC_CORPUS} is absent: measuring a synthetic graph of the BBC graph's shape (5,000 actors) instead`);
  const path = join(tmpdir(), 'entente-bench-bbc-shaped.json');
  writeFileSync(path, JSON.stringify(bigGraph(5000)));
  return { path, name: 'a synthetic BBC-shaped graph (the BBC corpus is absent)' };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One page load: the page's report plus the longest main-thread task's CPU time. */
async function once(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${url}?graph=workbench.json&wait=1`);
  await page.waitForFunction(() => typeof window.go === 'function', null, { timeout: 180000 });
  const tasks = await mainThreadTasks(page, async () => {
    await page.evaluate(() => window.go());
    await page.waitForFunction(() => window.bench?.ready === true, null, { timeout: 600000, polling: 500 });
  });
  const report = await page.evaluate(() => window.bench);
  await context.close();
  const longest = (frame) => Math.max(0, ...tasks.filter((t) => t.frame === frame).map((t) => t.cpu));
  return { ...report, longestWorkCpuMs: longest(false), longestFrameCpuMs: longest(true) };
}

const METRICS = [
  ['firstPictureMs', 'first useful picture (top-150 focus), wall (ms)'],
  ['metricsMs', 'PageRank + betweenness + communities, wall (ms)'],
  ['showAllMs', 'show all (laid out and drawn), wall (ms)'],
  ['longestTaskMs', 'longest main-thread block, wall (ms)'],
  ['longestWorkCpuMs', "  of which the page's own work (task without a frame), CPU (ms)"],
  ['longestFrameCpuMs', '  of which a frame (Cytoscape drawing), CPU (ms)'],
];

/** Runs both pages `runs` times (alternating) and prints medians and ratios. */
export async function workbenchBench(browser, base, { runs, log, graphName }) {
  const results = { ours: [], bare: [] };
  for (let r = 0; r < runs; r++) {
    for (const which of r % 2 ? ['bare', 'ours'] : ['ours', 'bare']) {
      const res = await once(browser, `${base}/${which === 'ours' ? 'workbench' : 'bare-workbench'}.html`);
      results[which].push(res);
      log(
        `workbench ${which} run ${r + 1}: ${METRICS.map(([k]) => `${k.replace(/Ms$/, '')} ${Math.round(res[k])}`).join(', ')}`,
      );
    }
  }
  const first = results.ours[0];
  const rows = [['workbench', 'entente', 'bare', 'ratio']];
  for (const [key, label] of METRICS) {
    const ours = median(results.ours.map((x) => x[key]));
    const bare = median(results.bare.map((x) => x[key]));
    rows.push([label, ours.toFixed(0), bare.toFixed(0), (ours / bare).toFixed(2)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((c) => c[i].length)));
  console.log(
    `\nWorkbench benchmark on ${graphName}: ${first.actors} actors, ${first.ties} ties; focus ${first.focusActors} actors; ` +
      `medians of ${runs} page loads. Entente: layouts and metrics in workers, chunked adds; bare: Cytoscape + graphology on the main thread.\n`,
  );
  for (const cells of rows)
    console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  const work = median(results.ours.map((x) => x.longestWorkCpuMs));
  const frame = median(results.ours.map((x) => x.longestFrameCpuMs));
  const verdict = (ms) => (ms <= 200 ? 'met' : 'MISSED');
  console.log(
    `\ntarget (workbench): no main-thread block over 200 ms of CPU: the page's own work ${verdict(work)}, frames ${verdict(frame)}`,
  );
}
