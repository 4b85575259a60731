/** What both workbench bench pages share: the graph's focus, long tasks and the report. */
import { degrees, topActors } from '../../../src/graph/analysis/basic';
import { subgraph } from '../../../src/graph/analysis/subgraph';
import type { EntenteGraph } from '../../../src/graph/types';
import { DEFAULT_TOP } from '../../../src/ui/lib/analysisState';

/** The first useful picture of a big graph: its top actors by degree and the ties among them. */
export const focusOf = (graph: EntenteGraph): EntenteGraph =>
  subgraph(graph, topActors(degrees(graph), DEFAULT_TOP));

/** Records long tasks (wall ms) from now on; `longest()` is the longest so far. */
export function longTasks(): { longest(): number } {
  let max = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) max = Math.max(max, e.duration);
  }).observe({ type: 'longtask' });
  return { longest: () => max };
}

/** What a workbench page reports, in ms from its start (or for its own step). */
export interface WorkbenchReport {
  actors: number;
  ties: number;
  focusActors: number;
  /** From the start until the focused view is drawn. */
  firstPictureMs: number;
  /** PageRank, betweenness and communities of the whole graph, asked for together. */
  metricsMs: number;
  /** From the click on "Show all" until the whole graph is drawn. */
  showAllMs: number;
  /** Longest main-thread task over all three steps (PerformanceObserver, wall time). */
  longestTaskMs: number;
}

/** Lets pending long-task entries arrive, then publishes the report for the driver. */
export async function publish(report: Omit<WorkbenchReport, 'longestTaskMs'>, tasks: { longest(): number }) {
  await new Promise((r) => setTimeout(r, 300));
  Object.assign(window, { bench: { ready: true, ...report, longestTaskMs: tasks.longest() } });
}
