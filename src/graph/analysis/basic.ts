/**
 * The cheap metrics (counts, no graph algorithm), kept apart from the heavier ones so that
 * the page loads graphology-metrics and Louvain only when it needs them.
 */
import type { EntenteGraph } from '../types';
import { evidenceCount } from './projection';

/** Metric names, as they appear in the URL. */
export const METRICS = ['degree', 'evidence', 'pagerank', 'betweenness'] as const;
export type MetricName = (typeof METRICS)[number];

/** Number of ties of each actor (parallel ties count one each). */
export function degrees(graph: EntenteGraph): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachNode((key) => out.set(key, graph.degree(key)));
  return out;
}

/** Weighted degree: the evidence items behind each actor's ties. */
export function evidenceDegrees(graph: EntenteGraph): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachNode((key) => out.set(key, 0));
  graph.forEachEdge((edge, _a, source, target) => {
    const w = evidenceCount(graph, edge);
    out.set(source, (out.get(source) ?? 0) + w);
    if (target !== source) out.set(target, (out.get(target) ?? 0) + w);
  });
  return out;
}

/** The `n` actors ranked highest by `values` (ties broken by key), best first. */
export function topActors(values: ReadonlyMap<string, number>, n: number): string[] {
  return [...values.keys()]
    .sort((a, b) => (values.get(b) ?? 0) - (values.get(a) ?? 0) || a.localeCompare(b))
    .slice(0, n);
}
