/**
 * Baseline page: bare Cytoscape (default style, no adapter) drawing the same elements with
 * the same layout options as the adapter. Results go to `window.bench`.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { toElements } from '../../../src/ui/canvas/elements';
import { layoutOptions } from '../../../src/ui/canvas/layout';
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

cytoscape.use(fcose);

async function main(): Promise<void> {
  const p = params();
  const elements = toElements(await benchGraph());
  const container = document.getElementById('cy') as HTMLElement;
  await frame();
  await waitForGo();
  const gaps = frameGaps();
  const t0 = performance.now();
  const cy = cytoscape({
    container,
    elements,
    layout: layoutOptions('fcose', elements.filter((e) => e.group === 'nodes').length),
    ...(p.renderer === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  const created = performance.now();
  const drawn = await rendered(cy);
  const counter = frameCounter();
  const quotes = cy.edges('[type = "quote"]');
  let quote = true;
  Object.assign(window, {
    cy,
    bench: {
      ready: true,
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      webgl: usesWebgl(),
      createMs: created - t0,
      firstDrawMs: drawn - t0,
      longestTaskMs: gaps.longest(),
      toggles: (n: number) =>
        timeToggles(n, cy, () => {
          quote = !quote;
          quotes.style('display', quote ? 'element' : 'none');
        }),
      png: (n: number) => timePng(n, () => cy.png({ output: 'blob-promise', full: true, bg: '#ffffff' })),
      startFrames: () => counter.start(),
      stopFrames: () => counter.stop(),
    },
  });
}

void main();
