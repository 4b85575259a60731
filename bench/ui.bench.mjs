#!/usr/bin/env node
/**
 * UI benchmark (`npm run bench:ui`): the Entente canvas adapter vs a bare Cytoscape page
 * drawing the same elements with the same layout, in Debian's Chromium, for the canvas and
 * the WebGL renderers. Prints medians and ratios.
 *
 *   node bench/ui.bench.mjs [--nodes 2000] [--edges 8000] [--runs 5] [--renderers canvas,webgl]
 *   node bench/ui.bench.mjs --graph bbc.json   # a graph file instead (e.g. the CLI's output for a corpus)
 *   node bench/ui.bench.mjs --isolated hide    # Entente also hides actors left without ties (bare does not)
 *   node bench/ui.bench.mjs --demo      # screenshots of the demo graph into test-results/canvas/
 *   node bench/ui.bench.mjs --profile ours   # CPU profile (top self time) of first draw and toggles
 *   node bench/ui.bench.mjs --serve     # bundle and serve the bench pages until interrupted
 *
 * It also runs the workbench benchmark (see ui-workbench.mjs): on the BBC corpus graph (read
 * from ../shared when present; `--bbc FILE` gives an extracted one), the time to the first
 * useful picture, to compute metrics and communities, to show all, and the longest
 * main-thread block, against bare Cytoscape.
 *
 *   node bench/ui.bench.mjs --sections workbench --bbc /tmp/bbc.json   # the workbench part only
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/lib/chromium.mjs';
import { workbenchBench, workbenchGraph } from './ui-workbench.mjs';

const { values: args } = parseArgs({
  options: {
    nodes: { type: 'string', default: '2000' },
    edges: { type: 'string', default: '8000' },
    runs: { type: 'string', default: '5' },
    toggles: { type: 'string', default: '20' },
    renderers: { type: 'string', default: 'canvas,webgl' },
    demo: { type: 'boolean', default: false },
    graph: { type: 'string' },
    isolated: { type: 'string', default: 'show' },
    profile: { type: 'string' },
    serve: { type: 'boolean', default: false },
    sections: { type: 'string', default: 'canvas,workbench' },
    bbc: { type: 'string' },
    'workbench-runs': { type: 'string', default: '3' },
  },
});

if (!existsSync(CHROMIUM)) {
  console.error(
    `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium). No browser is downloaded.`,
  );
  process.exit(2);
}

const root = resolve(import.meta.dirname, 'ui/pages');
const outDir = mkdtempSync(join(tmpdir(), 'entente-bench-ui-'));

/** Bundles the bench pages with Vite into a temporary folder. */
async function bundle() {
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // Readable function names in profiles.
      minify: !args.profile,
      chunkSizeWarningLimit: 5000,
      rollupOptions: {
        input: {
          ours: join(root, 'ours.html'),
          bare: join(root, 'bare.html'),
          demo: join(root, 'demo.html'),
          workbench: join(root, 'workbench.html'),
          'bare-workbench': join(root, 'bare-workbench.html'),
        },
      },
    },
  });
}

const TYPES = {
  '.json': 'application/json',
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
};

/** Serves `outDir` on 127.0.0.1 (random port). */
function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(outDir, path === '/' ? 'ours.html' : path);
    if (!file.startsWith(outDir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const log = (msg) => process.stderr.write(`  ${msg}\n`);
const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');

/**
 * CPU seconds used so far by the renderer and GPU processes (CDP SystemInfo). Wall times on
 * a busy machine include time spent waiting for a core; CPU time does not, so the bench
 * reports both.
 */
async function cpuSeconds(cdp) {
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  return processInfo
    .filter((p) => p.type === 'renderer' || p.type === 'GPU')
    .reduce((s, p) => s + p.cpuTime, 0);
}

/** Opens a bench page and starts it; returns the page and the CPU ms its start took. */
async function openPage(browser, url, cdp) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${url}&wait=1`);
  await page.waitForFunction(() => typeof window.go === 'function', null, { timeout: 180000 });
  const cpu0 = await cpuSeconds(cdp);
  await page.evaluate(() => window.go());
  await page.waitForFunction(() => window.bench?.ready === true, null, { timeout: 180000 });
  const startCpuMs = ((await cpuSeconds(cdp)) - cpu0) * 1000;
  return { page, context, startCpuMs };
}

/** Pan (drag) and zoom (wheel) with real input events; returns frames per second. */
async function panZoomFps(page) {
  await page.evaluate(() => {
    window.cy.autoungrabify(true);
    window.bench.startFrames();
  });
  await page.mouse.move(600, 400);
  await page.mouse.down();
  for (let i = 0; i < 40; i++) await page.mouse.move(600 + i * 6, 400 + i * 3);
  await page.mouse.up();
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel(0, i < 10 ? -120 : 120);
    await page.waitForTimeout(16);
  }
  return page.evaluate(() => window.bench.stopFrames());
}

async function measure(browser, base, renderer, cdp) {
  const q = `?nodes=${args.nodes}&edges=${args.edges}&renderer=${renderer}&isolated=${args.isolated}${args.graph ? '&graph=graph.json' : ''}`;
  const runs = Number(args.runs);
  const first = { ours: [], bare: [] };
  const firstCpu = { ours: [], bare: [] };
  const create = { ours: [], bare: [] };
  const frozen = { ours: [], bare: [] };
  let info;
  for (let r = 0; r < runs; r++) {
    const order = r % 2 ? ['bare', 'ours'] : ['ours', 'bare'];
    for (const which of order) {
      const { page, context, startCpuMs } = await openPage(browser, `${base}/${which}.html${q}`, cdp);
      const b = await page.evaluate(() => {
        const { nodes, edges, webgl, createMs, firstDrawMs, longestTaskMs, layoutMs } = window.bench;
        return { nodes, edges, webgl, createMs, firstDrawMs, longestTaskMs, layoutMs };
      });
      first[which].push(b.firstDrawMs);
      firstCpu[which].push(startCpuMs);
      log(
        `${renderer} ${which} run ${r + 1}: first draw ${fmt(b.firstDrawMs)} ms (create call ${fmt(b.createMs)} ms${b.layoutMs ? `, laid out and placed at ${fmt(b.layoutMs)} ms` : ''}, longest frame gap ${fmt(b.longestTaskMs)} ms)`,
      );
      create[which].push(b.createMs);
      frozen[which].push(b.longestTaskMs);
      if (which === 'ours') info = b;
      await context.close();
    }
  }
  const extra = {};
  for (const which of ['ours', 'bare']) {
    const { page, context } = await openPage(browser, `${base}/${which}.html${q}`, cdp);
    await page.evaluate(() => window.bench.toggles(1));
    const cpu0 = await cpuSeconds(cdp);
    const toggles = await page.evaluate((n) => window.bench.toggles(n), Number(args.toggles));
    const toggleCpu = (((await cpuSeconds(cdp)) - cpu0) * 1000) / Number(args.toggles);
    log(
      `${renderer} ${which}: toggle median ${fmt(median(toggles), 1)} ms, CPU ${fmt(toggleCpu, 1)} ms per toggle`,
    );
    const png = await page.evaluate(() => window.bench.png(5));
    log(`${renderer} ${which}: png median ${fmt(median(png.ms))} ms`);
    const fps = await panZoomFps(page);
    log(`${renderer} ${which}: ${fmt(fps.fps, 1)} fps`);
    extra[which] = {
      toggle: median(toggles),
      toggleCpu,
      png: median(png.ms),
      pngBytes: png.bytes,
      fps: fps.fps,
    };
    await context.close();
  }
  return {
    renderer,
    webgl: info.webgl,
    nodes: info.nodes,
    edges: info.edges,
    first: { ours: median(first.ours), bare: median(first.bare) },
    firstCpu: { ours: median(firstCpu.ours), bare: median(firstCpu.bare) },
    create: { ours: median(create.ours), bare: median(create.bare) },
    frozen: { ours: median(frozen.ours), bare: median(frozen.bare) },
    ...extra,
  };
}

async function demoShots(browser, base) {
  const dir = resolve(import.meta.dirname, '../test-results/canvas');
  mkdirSync(dir, { recursive: true });
  const shots = [
    ['demo-fcose-light', '?layout=fcose'],
    ['demo-fcose-dark', '?layout=fcose&dark=1'],
    ['demo-select-node', '?layout=fcose&select=RUS'],
    ['demo-concentric', '?layout=concentric'],
    ['demo-circle', '?layout=circle'],
    ['demo-grid', '?layout=grid'],
  ];
  for (const [name, q] of shots) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${base}/demo.html${q}`);
    await page.waitForFunction(() => !!window.handle);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(dir, `${name}.png`) });
    if (name === 'demo-fcose-light') {
      for (const [file, opts] of [
        ['export-full-2x.png', { scale: 2, background: 'white', full: true, legend: true }],
        ['export-view-1x.png', { scale: 1, background: 'transparent', full: false, legend: true }],
      ]) {
        const b64 = await page.evaluate(async (o) => {
          const blob = await window.handle.exportPng(o);
          const buf = new Uint8Array(await blob.arrayBuffer());
          let s = '';
          for (const x of buf) s += String.fromCharCode(x);
          return btoa(s);
        }, opts);
        writeFileSync(join(dir, file), Buffer.from(b64, 'base64'));
      }
      await page.waitForTimeout(300);
      const svg = await page.evaluate(() => window.handle.exportSvg({ full: true, background: 'white' }));
      writeFileSync(join(dir, 'export-full.svg'), svg);
    }
    await context.close();
  }
  // The benchmark graph in large-graph mode, overview and with a hub selected.
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${base}/ours.html?nodes=2000&edges=8000`);
  await page.waitForFunction(() => window.bench?.ready === true, null, { timeout: 180000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(dir, 'large-overview.png') });
  await page.evaluate(() => {
    const hub = window.cy.nodes().max((n) => n.degree(false)).ele;
    window.bench.handle.select({ type: 'node', key: hub.id() });
    window.cy.zoom({ level: 1.2, position: hub.position() });
    window.cy.center(hub);
  });
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(dir, 'large-selected-hub.png') });
  await context.close();
  console.log(`screenshots and exports in ${dir}`);
}

/** Top `n` functions by self time of a CDP CPU profile, one line each. */
function topSelf(prof, n = 25) {
  const byId = new Map(prof.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const dt = prof.timeDeltas;
  for (let i = 0; i < prof.samples.length; i++) {
    const node = byId.get(prof.samples[i]);
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  // Inclusive (total) time per function: every function on a sample's stack, counted once.
  const parent = new Map();
  for (const node of prof.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const incl = new Map();
  for (let i = 0; i < prof.samples.length; i++) {
    const seen = new Set();
    for (let id = prof.samples[i]; id !== undefined; id = parent.get(id)) {
      const name = byId.get(id).callFrame.functionName;
      if (!name || seen.has(name)) continue;
      seen.add(name);
      incl.set(name, (incl.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
    }
  }
  const inclRows = [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return [
    `total ${total.toFixed(0)} ms; self time:`,
    ...rows.map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${k}`),
    'inclusive time:',
    ...inclRows.map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${k}`),
  ].join('\n');
}

/** `--profile ours|bare`: CPU profiles of the first draw and of 10 toggles, as top self times. */
async function profile(browser, base, which) {
  const q = `?nodes=${args.nodes}&edges=${args.edges}&renderer=canvas&isolated=${args.isolated}${args.graph ? '&graph=graph.json' : ''}&wait=1`;
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${base}/${which}.html${q}`);
  await page.waitForFunction(() => typeof window.go === 'function', null, { timeout: 180000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.evaluate(() => window.go());
  await page.waitForFunction(() => window.bench?.ready === true, null, { timeout: 180000 });
  const first = await cdp.send('Profiler.stop');
  writeFileSync(join(tmpdir(), `entente-${which}-first.cpuprofile`), JSON.stringify(first.profile));
  console.log(`--- ${which}: first draw ---\n${topSelf(first.profile)}`);
  await page.evaluate(() => window.bench.toggles(1));
  await cdp.send('Profiler.start');
  const ms = await page.evaluate(() => window.bench.toggles(10));
  const toggles = await cdp.send('Profiler.stop');
  writeFileSync(join(tmpdir(), `entente-${which}-toggles.cpuprofile`), JSON.stringify(toggles.profile));
  console.log(
    `--- ${which}: 10 toggles (${ms.map((x) => x.toFixed(0)).join(' ')} ms) ---\n${topSelf(toggles.profile)}`,
  );
  await context.close();
}

async function main() {
  await bundle();
  if (args.graph) writeFileSync(join(outDir, 'graph.json'), readFileSync(args.graph));
  const sections = args.sections.split(',');
  const wbGraph = sections.includes('workbench') && !args.serve ? workbenchGraph(args.bbc, log) : undefined;
  if (wbGraph) writeFileSync(join(outDir, 'workbench.json'), readFileSync(wbGraph.path));
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  if (args.serve) {
    console.log(`bench pages at ${base}/ours.html, bare.html, demo.html (Ctrl-C stops)`);
    return;
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  try {
    if (args.demo) {
      await demoShots(browser, base);
      return;
    }
    if (args.profile) {
      await profile(browser, base, args.profile);
      return;
    }
    if (wbGraph)
      await workbenchBench(browser, base, {
        runs: Number(args['workbench-runs']),
        log,
        graphName: wbGraph.name,
      });
    if (!sections.includes('canvas')) return;
    const cdp = await browser.newBrowserCDPSession();
    const results = [];
    for (const renderer of args.renderers.split(','))
      results.push(await measure(browser, base, renderer, cdp));
    const rows = [['renderer', 'metric', 'entente', 'bare', 'ratio']];
    const row = (name, metric, ours, bare, digits = 0) =>
      rows.push([name, metric, fmt(ours, digits), fmt(bare, digits), fmt(ours / bare, 2)]);
    for (const r of results) {
      const name = `${r.renderer}${r.renderer === 'webgl' && !r.webgl ? ' (fell back)' : ''}`;
      row(name, 'first draw, wall (ms)', r.first.ours, r.first.bare);
      row(name, '  create call (blocks the page), wall (ms)', r.create.ours, r.create.bare);
      row(name, '  longest frame gap until drawn (ms)', r.frozen.ours, r.frozen.bare);
      row(name, 'first draw, CPU renderer+GPU (ms)', r.firstCpu.ours, r.firstCpu.bare);
      row(name, 'filter toggle median, wall (ms)', r.ours.toggle, r.bare.toggle, 1);
      row(name, 'filter toggle, CPU per toggle (ms)', r.ours.toggleCpu, r.bare.toggleCpu, 1);
      row(name, 'PNG export full 1x, wall (ms)', r.ours.png, r.bare.png);
      row(name, 'pan/zoom frame rate (fps)', r.ours.fps, r.bare.fps, 1);
    }
    const widths = rows[0].map((_, i) => Math.max(...rows.map((cells) => cells[i].length)));
    console.log(
      `\nUI benchmark: ${results[0]?.nodes} nodes, ${results[0]?.edges} edges; first draw = median of ${args.runs} page loads, ` +
        `toggle = median of ${args.toggles} (quote ties off/on; actors left without ties ${args.isolated === 'hide' ? 'hidden by Entente only' : 'shown'}); Chromium ${browser.version()} (--disable-gpu: WebGL runs on SwiftShader)\n`,
    );
    for (const cells of rows)
      console.log(cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
    const canvas = results.find((r) => r.renderer === 'canvas');
    if (canvas) {
      const verdict = (ok) => (ok ? 'met' : 'MISSED');
      console.log(
        `\ntargets (canvas): toggle median < 100 ms: wall ${verdict(canvas.ours.toggle < 100)}, CPU ${verdict(canvas.ours.toggleCpu < 100)}; ` +
          `first draw <= 1.3x bare: wall ${verdict(canvas.first.ours / canvas.first.bare <= 1.3)}, CPU ${verdict(canvas.firstCpu.ours / canvas.firstCpu.bare <= 1.3)}`,
      );
    }
    console.log(
      `load average at the end: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} on ${cpus().length} cores`,
    );
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
