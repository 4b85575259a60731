/** The part of a graph among chosen actors (for focused views: top actors, neighbourhoods). */
import { createGraph } from '../build';
import type { EntenteGraph } from '../types';

/** A new graph with the actors of `keys` that exist in `graph` and the ties among them. */
export function subgraph(graph: EntenteGraph, keys: Iterable<string>): EntenteGraph {
  const out = createGraph(graph.getAttributes());
  for (const k of keys) if (graph.hasNode(k) && !out.hasNode(k)) out.addNode(k, graph.getNodeAttributes(k));
  graph.forEachEdge((edge, attrs, source, target, _sa, _ta, undirected) => {
    if (!out.hasNode(source) || !out.hasNode(target)) return;
    if (undirected) out.addUndirectedEdgeWithKey(edge, source, target, attrs);
    else out.addDirectedEdgeWithKey(edge, source, target, attrs);
  });
  return out;
}
