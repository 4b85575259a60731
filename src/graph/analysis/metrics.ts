/**
 * Who matters: per-actor metrics as maps from actor key to value. Thin wrappers over
 * graphology-metrics and graphology-communities-louvain, run on the undirected projection
 * (see `projection.ts`). No display code.
 */
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { mulberry32 } from '../random';
import type { EntenteGraph } from '../types';
import type { Projection } from './projection';
import type { MetricName } from './basic';
import { degrees, evidenceDegrees } from './basic';
import { projection } from './projection';

export { METRICS, degrees, evidenceDegrees, topActors } from './basic';
export type { MetricName } from './basic';

const toMap = (o: Record<string, number>): Map<string, number> => new Map(Object.entries(o));

/** PageRank over a projection, edges weighted by evidence (values sum to 1). */
export function pageRanksOf(p: Projection): Map<string, number> {
  if (p.order === 0) return new Map();
  return toMap(pagerank(p, { getEdgeWeight: 'weight' }));
}

/** Normalized betweenness centrality over a projection (unweighted: hops count). */
export function betweennessOf(p: Projection): Map<string, number> {
  // graphology-metrics throws on a graph without nodes (its stack needs a positive capacity).
  if (p.order === 0) return new Map();
  return toMap(betweennessCentrality(p, { normalized: true, getEdgeWeight: null }));
}

/** PageRank of a graph's actors (see {@link pageRanksOf}). */
export const pageRanks = (graph: EntenteGraph): Map<string, number> => pageRanksOf(projection(graph));

/** Betweenness of a graph's actors (see {@link betweennessOf}). */
export const betweenness = (graph: EntenteGraph): Map<string, number> => betweennessOf(projection(graph));

/** One metric by name. */
export function metric(graph: EntenteGraph, name: MetricName): Map<string, number> {
  switch (name) {
    case 'degree':
      return degrees(graph);
    case 'evidence':
      return evidenceDegrees(graph);
    case 'pagerank':
      return pageRanks(graph);
    case 'betweenness':
      return betweenness(graph);
  }
}

/**
 * Louvain communities (seeded, so the same graph always splits the same way), numbered by
 * size: 0 is the largest. Actors without ties each get a community of their own.
 */
export const communities = (graph: EntenteGraph, seed = 1): Map<string, number> =>
  communitiesOf(projection(graph), seed);

/** {@link communities} over a projection. */
export function communitiesOf(p: Projection, seed = 1): Map<string, number> {
  const raw = p.size === 0 ? {} : louvain(p, { getEdgeWeight: 'weight', rng: mulberry32(seed) });
  const groups = new Map<string, string[]>();
  p.forEachNode((key) => {
    const c = p.degree(key) === 0 ? `solo:${key}` : String(raw[key]);
    const g = groups.get(c);
    if (g) g.push(key);
    else groups.set(c, [key]);
  });
  const ranked = [...groups.values()].sort(
    (a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''),
  );
  const out = new Map<string, number>();
  ranked.forEach((keys, i) => keys.forEach((k) => out.set(k, i)));
  return out;
}
