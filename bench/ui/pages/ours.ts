/** Benchmark page: the Entente adapter drawing a synthetic graph. Results go to `window.bench`. */
import { NODE_KINDS, RELATION_TYPES } from '../../../src/graph/types';
import type { NodeKind, RelationType } from '../../../src/graph/types';
import { createCanvas, createWorkerLayoutRunner } from '../../../src/ui/canvas';
import type { CanvasFilter } from '../../../src/ui/canvas';
import {
  benchGraph,
  frame,
  frameCounter,
  frameGaps,
  params,
  rendered,
  timePng,
  timeToggles,
  usesWebgl,
  waitForGo,
} from './common';

const filterWith = (quote: boolean): CanvasFilter => ({
  relations: Object.fromEntries(RELATION_TYPES.map((t) => [t, t !== 'quote' || quote])) as Record<
    RelationType,
    boolean
  >,
  kinds: Object.fromEntries(NODE_KINDS.map((k) => [k, true])) as Record<NodeKind, boolean>,
  // The explorer's default view; `?isolated=hide` also hides actors left without ties.
  hideIsolated: new URLSearchParams(location.search).get('isolated') === 'hide',
});

async function main(): Promise<void> {
  const p = params();
  const graph = await benchGraph();
  const container = document.getElementById('cy') as HTMLElement;
  await frame();
  await waitForGo();
  const gaps = frameGaps();
  // As in the app: large graphs are laid out in a worker (`?sync=1` lays out on this thread).
  const runner = new URLSearchParams(location.search).has('sync') ? undefined : createWorkerLayoutRunner();
  const t0 = performance.now();
  const handle = createCanvas({
    container,
    graph,
    renderer: p.renderer,
    filter: filterWith(true),
    ...(runner ? { layoutRunner: runner.run } : {}),
  });
  const created = performance.now();
  // First draw = the first render after the layout has been applied.
  await handle.settled();
  const laidOut = performance.now();
  const drawn = await rendered(handle.cy);
  const counter = frameCounter();
  let quote = true;
  Object.assign(window, {
    cy: handle.cy,
    bench: {
      ready: true,
      handle,
      nodes: handle.cy.nodes().length,
      edges: handle.cy.edges().length,
      webgl: usesWebgl(),
      createMs: created - t0,
      firstDrawMs: drawn - t0,
      layoutMs: laidOut - t0,
      longestTaskMs: gaps.longest(),
      // Each toggle flips quote ties (a counter across calls, so no step is a no-op).
      toggles: (n: number) =>
        timeToggles(n, handle.cy, () => handle.update({ filter: filterWith((quote = !quote)) })),
      png: (n: number) =>
        timePng(n, () => handle.exportPng({ scale: 1, background: 'white', full: true, legend: true })),
      startFrames: () => counter.start(),
      stopFrames: () => counter.stop(),
    },
  });
}

void main();
