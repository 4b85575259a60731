/**
 * The simple undirected view of an Entente graph that the analyses run on: one edge per pair
 * of actors, weighted by the evidence behind all the ties between them. Entente graphs are
 * mixed multigraphs (a quote and a visit can join the same two actors), which Louvain and
 * Brandes do not take as they are.
 */
import Graph from 'graphology';
import type { EntenteGraph } from '../types';

/** Edge attributes of the projection. */
export interface PairAttributes {
  /** Evidence items behind the pair's ties (at least 1 per tie). */
  weight: number;
  /** Keys of the Entente ties between the pair. */
  ties: string[];
}

/** Evidence count of a tie: its evidence items, at least one. */
export const evidenceCount = (graph: EntenteGraph, edge: string): number =>
  Math.max(1, graph.getEdgeAttribute(edge, 'evidence').length);

/** A projection graph. */
export type Projection = Graph<Record<string, never>, PairAttributes>;

/** The projection as plain data (structured-cloneable, for a worker): actors and weighted pairs. */
export interface LightProjection {
  nodes: string[];
  pairs: [string, string, number][];
}

/** The light form of a projection (tie keys are left out). */
export function lighten(p: Projection): LightProjection {
  const pairs: [string, string, number][] = [];
  p.forEachEdge((_e, a, s, t) => pairs.push([s, t, a.weight]));
  return { nodes: p.nodes(), pairs };
}

/** A projection rebuilt from its light form. */
export function fromLight(l: LightProjection): Projection {
  const out: Projection = new Graph({ type: 'undirected', multi: false });
  for (const k of l.nodes) out.addNode(k);
  for (const [s, t, weight] of l.pairs) out.addEdge(s, t, { weight, ties: [] });
  return out;
}

/** The projection (see the module comment); self-loops are dropped. */
export function projection(graph: EntenteGraph): Projection {
  const out: Projection = new Graph({ type: 'undirected', multi: false });
  graph.forEachNode((key) => {
    out.addNode(key);
  });
  graph.forEachEdge((edge, _attrs, source, target) => {
    if (source === target) return;
    const w = evidenceCount(graph, edge);
    if (out.hasEdge(source, target)) {
      out.updateEdgeAttributes(source, target, (a) => ({ weight: a.weight + w, ties: [...a.ties, edge] }));
    } else out.addEdge(source, target, { weight: w, ties: [edge] });
  });
  return out;
}
