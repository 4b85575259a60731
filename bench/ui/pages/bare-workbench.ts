/**
 * Baseline for the workbench bench: bare Cytoscape with graphology on the main thread, doing
 * the same three steps the plain way. The focus is laid out by fcose as Cytoscape is created,
 * the metrics run on this thread, and "show all" adds every element and runs fcose again
 * (draft quality above 1,000 actors, as a bare page would).
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { betweennessOf, communitiesOf, pageRanksOf } from '../../../src/graph/analysis/metrics';
import { projection } from '../../../src/graph/analysis/projection';
import { toElements } from '../../../src/ui/canvas/elements';
import { layoutOptions } from '../../../src/ui/canvas/layout';
import { benchGraph, frame, rendered, waitForGo } from './common';
import { focusOf, longTasks, publish } from './workbench-common';

cytoscape.use(fcose);

const nodeCount = (els: readonly cytoscape.ElementDefinition[]): number =>
  els.filter((e) => e.group === 'nodes').length;

async function main(): Promise<void> {
  const graph = await benchGraph();
  const container = document.getElementById('cy') as HTMLElement;
  await frame();
  await waitForGo();
  const tasks = longTasks();
  const t0 = performance.now();
  const focus = focusOf(graph);
  const focusEls = toElements(focus);
  const cy = cytoscape({
    container,
    elements: focusEls,
    layout: layoutOptions('fcose', nodeCount(focusEls)),
  });
  const first = await rendered(cy);
  await frame();
  const m0 = performance.now();
  const p = projection(graph);
  pageRanksOf(p);
  betweennessOf(p);
  communitiesOf(p);
  const m1 = performance.now();
  await frame();
  const s0 = performance.now();
  const all = toElements(graph);
  cy.batch(() => {
    cy.elements().remove();
    cy.add(all);
  });
  cy.layout(layoutOptions('fcose', nodeCount(all))).run();
  const drawn = await rendered(cy);
  Object.assign(window, { cy });
  await publish(
    {
      actors: graph.order,
      ties: graph.size,
      focusActors: focus.order,
      firstPictureMs: first - t0,
      metricsMs: m1 - m0,
      showAllMs: drawn - s0,
    },
    tasks,
  );
}

void main();
