/**
 * Workbench bench page: what the explorer does with a big graph. It opens on the focus on the
 * top actors (laid out in the worker), computes PageRank, betweenness and communities in the
 * analysis worker, then shows all (laid out in the worker, added a chunk per frame).
 */
import { createCanvas, createWorkerLayoutRunner } from '../../../src/ui/canvas';
import { heavy } from '../../../src/ui/lib/analysisClient';
import { benchGraph, frame, rendered, waitForGo } from './common';
import { focusOf, longTasks, publish } from './workbench-common';

async function main(): Promise<void> {
  const graph = await benchGraph();
  const container = document.getElementById('cy') as HTMLElement;
  await frame();
  await waitForGo();
  const tasks = longTasks();
  const runner = createWorkerLayoutRunner();
  const t0 = performance.now();
  const focus = focusOf(graph);
  const handle = createCanvas({ container, graph: focus, layoutRunner: runner.run });
  await handle.settled();
  const first = await rendered(handle.cy);
  const m0 = performance.now();
  await Promise.all([heavy(graph, 'pagerank'), heavy(graph, 'betweenness'), heavy(graph, 'community')]);
  const m1 = performance.now();
  await frame();
  const s0 = performance.now();
  handle.update({ graph });
  await handle.settled();
  const all = await rendered(handle.cy);
  Object.assign(window, { cy: handle.cy });
  await publish(
    {
      actors: graph.order,
      ties: graph.size,
      focusActors: focus.order,
      firstPictureMs: first - t0,
      metricsMs: m1 - m0,
      showAllMs: all - s0,
    },
    tasks,
  );
}

void main();
