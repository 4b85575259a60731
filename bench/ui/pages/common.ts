/** Helpers shared by the benchmark pages. */

/** Resolves on the next animation frame. */
export const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

import type { Core } from 'cytoscape';
import { createGraph } from '../../../src/graph/build';
import type { EntenteGraph } from '../../../src/graph/types';
import { syntheticGraph } from '../synthetic';

/**
 * The graph to draw: `?graph=FILE` (graphology JSON served beside the page, e.g. the CLI's
 * output for a whole corpus), else the seeded synthetic graph of `?nodes=&edges=`.
 */
export async function benchGraph(): Promise<EntenteGraph> {
  const file = new URLSearchParams(location.search).get('graph');
  const p = params();
  if (!file) return syntheticGraph(p.nodes, p.edges, p.seed);
  const g = createGraph();
  g.import((await (await fetch(file)).json()) as Parameters<EntenteGraph['import']>[0]);
  return g;
}

/** Query parameters of the page. */
export function params(): { nodes: number; edges: number; renderer: 'canvas' | 'webgl'; seed: number } {
  const q = new URLSearchParams(location.search);
  return {
    nodes: Number(q.get('nodes') ?? 2000),
    edges: Number(q.get('edges') ?? 8000),
    renderer: q.get('renderer') === 'webgl' ? 'webgl' : 'canvas',
    seed: Number(q.get('seed') ?? 1),
  };
}

/** Counts animation frames while `drive` runs (driven from outside by Playwright input). */
export function frameCounter(): { start(): void; stop(): { frames: number; ms: number; fps: number } } {
  let frames = 0;
  let running = false;
  let t0 = 0;
  const tick = (): void => {
    if (!running) return;
    frames++;
    requestAnimationFrame(tick);
  };
  return {
    start() {
      frames = 0;
      running = true;
      t0 = performance.now();
      requestAnimationFrame(tick);
    },
    stop() {
      running = false;
      const ms = performance.now() - t0;
      return { frames, ms, fps: (frames * 1000) / ms };
    },
  };
}

/** Median of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

/** Whether Cytoscape drew with its WebGL renderer. */
export const usesWebgl = (): boolean => !!document.querySelector('[data-id$="-webgl"]');

/**
 * Resolves with the time of the next render of `cy` (or after 3 s if none comes). The WebGL
 * renderer emits no `render` event: there it is the next animation frame, which runs after
 * Cytoscape's own frame callback (registered earlier) has drawn.
 */
export const rendered = (cy: Core): Promise<number> =>
  new Promise((resolve) => {
    if (usesWebgl()) {
      requestAnimationFrame(() => resolve(performance.now()));
      return;
    }
    const timer = setTimeout(() => resolve(performance.now()), 3000);
    cy.one('render', () => {
      clearTimeout(timer);
      resolve(performance.now());
    });
  });

/** `?wait=1`: resolves only when the driver calls window.go() (for profiling). */
export async function waitForGo(): Promise<void> {
  if (new URLSearchParams(location.search).has('wait')) {
    await new Promise<void>((resolve) => Object.assign(window, { go: resolve }));
  }
}

/** Times `n` redraws of `cy`, the i-th started by `step(i)`, a frame apart. */
export async function timeToggles(n: number, cy: Core, step: (i: number) => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const done = rendered(cy);
    step(i);
    out.push((await done) - t);
    await frame();
  }
  return out;
}

/** Times `n` PNG exports; `bytes` is the size of the last one. */
export async function timePng(
  n: number,
  exportPng: () => Promise<Blob>,
): Promise<{ ms: number[]; bytes: number }> {
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const blob = await exportPng();
    ms.push(performance.now() - t);
    bytes = blob.size;
  }
  return { ms, bytes };
}

/**
 * Watches animation frames from now on; `longest()` is the longest gap between two frames,
 * in ms: how long the page was frozen at worst.
 */
export function frameGaps(): { longest(): number } {
  let max = 0;
  let last = performance.now();
  let running = true;
  const tick = (t: number): void => {
    max = Math.max(max, t - last);
    last = t;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    longest() {
      running = false;
      return Math.max(max, performance.now() - last);
    },
  };
}
