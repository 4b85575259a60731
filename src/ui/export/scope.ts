/**
 * What a data export writes: the current view (default) or the whole merged graph. The
 * view is what the canvas shows: actors and ties the filters hide are left out, and with an
 * article filter, only the shown articles' evidence is kept (weights follow).
 */
import { createGraph } from '../../graph/build';
import type { EntenteGraph } from '../../graph/types';
import type { HiddenSets } from '../canvas/filter';

/** `view`: what the filters show; `whole`: every actor and tie of the workspace. */
export type DataScope = 'view' | 'whole';

/**
 * The part of `graph` the view shows: without the `hidden` actors and ties (nor ties to a
 * hidden actor); with `articles`, only those articles' evidence and metadata.
 */
export function viewGraph(
  graph: EntenteGraph,
  hidden: HiddenSets,
  articles?: readonly string[],
): EntenteGraph {
  const only = articles ? new Set(articles) : undefined;
  const metas = graph.getAttribute('articles') ?? [];
  const out = createGraph({ articles: only ? metas.filter((m) => only.has(m.id)) : [...metas] });
  graph.forEachNode((key, attrs) => {
    if (!hidden.nodes.has(key)) out.addNode(key, { ...attrs });
  });
  graph.forEachEdge((key, attrs, source, target) => {
    if (hidden.edges.has(key) || !out.hasNode(source) || !out.hasNode(target)) return;
    const evidence = only
      ? attrs.evidence.filter((e) => e.article !== undefined && only.has(e.article))
      : attrs.evidence;
    if (evidence.length === 0) return;
    const tie = { ...attrs, evidence: [...evidence], weight: evidence.length };
    if (graph.isDirected(key)) out.addDirectedEdgeWithKey(key, source, target, tie);
    else out.addUndirectedEdgeWithKey(key, source, target, tie);
  });
  return out;
}
