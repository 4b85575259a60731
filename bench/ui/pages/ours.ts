/** Benchmark page: the Entente adapter drawing a synthetic graph. Results go to `window.bench`. */
import type { Core } from 'cytoscape';
import { NODE_KINDS, RELATION_TYPES } from '../../../src/graph/types';
import type { NodeKind, RelationType } from '../../../src/graph/types';
import { createCanvas } from '../../../src/ui/canvas';
import type { CanvasFilter } from '../../../src/ui/canvas';
import { benchGraph, frame, frameCounter, params } from './common';

const rendered = (cy: Core): Promise<number> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(performance.now()), 3000);
    cy.one('render', () => {
      clearTimeout(timer);
      resolve(performance.now());
    });
  });

const filterWith = (quote: boolean): CanvasFilter => ({
  relations: Object.fromEntries(RELATION_TYPES.map((t) => [t, t !== 'quote' || quote])) as Record<
    RelationType,
    boolean
  >,
  kinds: Object.fromEntries(NODE_KINDS.map((k) => [k, true])) as Record<NodeKind, boolean>,
  hideIsolated: true,
});

async function main(): Promise<void> {
  const p = params();
  const graph = await benchGraph();
  const container = document.getElementById('cy') as HTMLElement;
  await frame();
  // `?wait=1`: start only when the driver calls window.go() (for profiling).
  if (new URLSearchParams(location.search).has('wait')) {
    await new Promise<void>((resolve) => Object.assign(window, { go: resolve }));
  }
  const t0 = performance.now();
  const handle = createCanvas({ container, graph, renderer: p.renderer, filter: filterWith(true) });
  const created = performance.now();
  const drawn = await rendered(handle.cy);
  const counter = frameCounter();
  Object.assign(window, {
    cy: handle.cy,
    bench: {
      ready: true,
      handle,
      nodes: handle.cy.nodes().length,
      edges: handle.cy.edges().length,
      webgl: !!document.querySelector('[data-id$="-webgl"]'),
      createMs: created - t0,
      firstDrawMs: drawn - t0,
      async toggles(n: number): Promise<number[]> {
        const out: number[] = [];
        for (let i = 0; i < n; i++) {
          const t = performance.now();
          const done = rendered(handle.cy);
          handle.update({ filter: filterWith(i % 2 === 1) });
          out.push((await done) - t);
          await frame();
        }
        return out;
      },
      async png(n: number): Promise<{ ms: number[]; bytes: number }> {
        const ms: number[] = [];
        let bytes = 0;
        for (let i = 0; i < n; i++) {
          const t = performance.now();
          const blob = await handle.exportPng({ scale: 1, background: 'white', full: true, legend: true });
          ms.push(performance.now() - t);
          bytes = blob.size;
        }
        return { ms, bytes };
      },
      startFrames: () => counter.start(),
      stopFrames: () => counter.stop(),
    },
  });
}

void main();
