/**
 * Next-shortest paths: for each hop of the shortest path, the shortest path that avoids it
 * (the first round of Yen's algorithm), distinct and sorted by length.
 */
import { bidirectional as unweighted } from 'graphology-shortest-path/unweighted';
import { bidirectional as dijkstra } from 'graphology-shortest-path/dijkstra';
import type { EntenteGraph } from '../types';
import type { Projection } from './projection';
import { projection } from './projection';

function shortestOn(p: Projection, a: string, b: string, byEvidence: boolean): string[] | null {
  if (!byEvidence) return unweighted(p, a, b);
  // The typings promise an array; the function returns null when the two are not connected.
  const path = dijkstra(p, a, b, (_e, attrs) => 1 / attrs.weight) as string[] | null;
  return path && path.length > 0 ? path : null;
}

/** Up to `k` paths from `a` to `b`, the shortest first, each avoiding one hop of the first. */
export function alternativePaths(
  graph: EntenteGraph,
  a: string,
  b: string,
  byEvidence = false,
  k = 3,
): string[][] {
  if (!graph.hasNode(a) || !graph.hasNode(b) || a === b) return [];
  const p = projection(graph);
  const best = shortestOn(p, a, b, byEvidence);
  if (!best) return [];
  const found = new Map<string, string[]>([[best.join('\u0000'), best]]);
  for (let i = 1; i < best.length; i++) {
    const s = best[i - 1] ?? '';
    const t = best[i] ?? '';
    const attrs = p.getEdgeAttributes(s, t);
    p.dropEdge(s, t);
    const other = shortestOn(p, a, b, byEvidence);
    p.addEdge(s, t, attrs);
    if (other) found.set(other.join('\u0000'), other);
  }
  const [first, ...rest] = [...found.values()];
  rest.sort((x, y) => x.length - y.length || x.join().localeCompare(y.join()));
  return [first ?? best, ...rest].slice(0, k);
}
