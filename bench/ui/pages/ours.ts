/** Benchmark page: the Entente adapter drawing a synthetic graph. Results go to `window.bench`. */
import { NODE_KINDS, RELATION_TYPES } from '../../../src/graph/types';
import type { NodeKind, RelationType } from '../../../src/graph/types';
import { createCanvas } from '../../../src/ui/canvas';
import type { CanvasFilter } from '../../../src/ui/canvas';
import { benchGraph, frame, frameCounter, params, rendered, timePng, timeToggles, waitForGo } from './common';

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
  await waitForGo();
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
      toggles: (n: number) =>
        timeToggles(n, handle.cy, (i) => handle.update({ filter: filterWith(i % 2 === 1) })),
      png: (n: number) =>
        timePng(n, () => handle.exportPng({ scale: 1, background: 'white', full: true, legend: true })),
      startFrames: () => counter.start(),
      stopFrames: () => counter.stop(),
    },
  });
}

void main();
