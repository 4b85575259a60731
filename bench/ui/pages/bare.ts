/**
 * Baseline page: bare Cytoscape (default style, no adapter) drawing the same elements with
 * the same layout options as the adapter. Results go to `window.bench`.
 */
import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { toElements } from '../../../src/ui/canvas/elements';
import { layoutOptions } from '../../../src/ui/canvas/layout';
import { benchGraph, frame, frameCounter, params } from './common';

cytoscape.use(fcose);

const rendered = (cy: Core): Promise<number> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(performance.now()), 3000);
    cy.one('render', () => {
      clearTimeout(timer);
      resolve(performance.now());
    });
  });

async function main(): Promise<void> {
  const p = params();
  const elements = toElements(await benchGraph());
  const container = document.getElementById('cy') as HTMLElement;
  await frame();
  // `?wait=1`: start only when the driver calls window.go() (for profiling).
  if (new URLSearchParams(location.search).has('wait')) {
    await new Promise<void>((resolve) => Object.assign(window, { go: resolve }));
  }
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
  Object.assign(window, {
    cy,
    bench: {
      ready: true,
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      webgl: !!document.querySelector('[data-id$="-webgl"]'),
      createMs: created - t0,
      firstDrawMs: drawn - t0,
      async toggles(n: number): Promise<number[]> {
        const out: number[] = [];
        for (let i = 0; i < n; i++) {
          const t = performance.now();
          const done = rendered(cy);
          quotes.style('display', i % 2 === 1 ? 'element' : 'none');
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
          const blob = await cy.png({ output: 'blob-promise', full: true, bg: '#ffffff' });
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
