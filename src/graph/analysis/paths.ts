/**
 * How actors are connected: neighbourhoods by hops and shortest paths, over the undirected
 * projection (see `projection.ts`). Thin wrappers over graphology-shortest-path.
 */
import { bidirectional as dijkstra } from 'graphology-shortest-path/dijkstra';
import { bidirectional as unweighted } from 'graphology-shortest-path/unweighted';
import type { EntenteGraph } from '../types';
import { projection } from './projection';

/** Actors within `hops` ties of `key`, with their distance (the actor itself at 0). */
export function neighbourhood(graph: EntenteGraph, key: string, hops: number): Map<string, number> {
  const out = new Map<string, number>();
  if (!graph.hasNode(key)) return out;
  out.set(key, 0);
  let frontier = [key];
  for (let d = 1; d <= hops && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const k of frontier)
      graph.forEachNeighbor(k, (n) => {
        if (out.has(n)) return;
        out.set(n, d);
        next.push(n);
      });
    frontier = next;
  }
  return out;
}

/**
 * The shortest path from `a` to `b` as actor keys, or null when they are not connected.
 * `byEvidence` weighs each hop by 1 / evidence count, so well-attested ties make short hops.
 */
export function shortestPath(graph: EntenteGraph, a: string, b: string, byEvidence = false): string[] | null {
  if (!graph.hasNode(a) || !graph.hasNode(b)) return null;
  if (a === b) return [a];
  const p = projection(graph);
  if (!byEvidence) return unweighted(p, a, b);
  // The typings promise an array; the function returns null when the two are not connected.
  const path = dijkstra(p, a, b, (_e, attrs) => 1 / attrs.weight) as string[] | null;
  return path && path.length > 0 ? path : null;
}

/** The Entente ties between consecutive actors of a path (each hop's ties, any type). */
export function pathTies(graph: EntenteGraph, path: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] ?? '';
    const b = path[i] ?? '';
    out.push([...new Set([...graph.edges(a, b), ...graph.edges(b, a)])]);
  }
  return out;
}
