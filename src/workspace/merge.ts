/**
 * One-pass merge of many article graphs. Gives exactly the graph that folding
 * {@link mergeInto} over them gives (tests hold it to that), but keeps one evidence index
 * per edge for the whole pass and builds the graph once: `mergeInto` re-indexes an edge's
 * evidence and copies its arrays at every article, which grows with the square of the
 * evidence on busy ties.
 */
import { createGraph } from '../graph/build';
import { tieKey } from '../graph/keys';
import type { ActorAttributes, EntenteGraph, Evidence, TieAttributes } from '../graph/types';
import { UNDIRECTED_TYPES } from '../graph/types';

/** Same identity as the graph model's evidence de-duplication (src/graph/build.ts). */
const evidenceId = (e: Evidence): string => `${e.article ?? ''}|${e.start}|${e.end}|${e.quote ?? ''}`;

interface NodeAcc {
  attrs: ActorAttributes;
  aliases: Set<string>;
  seen: number;
}

interface EdgeAcc {
  source: string;
  target: string;
  undirected: boolean;
  type: TieAttributes['type'];
  evidence: Evidence[];
  ids: Set<string>;
  date?: string;
  status?: TieAttributes['status'];
}

/** `graphs` merged in order into a new graph (no input is touched). */
export function mergeGraphs(graphs: readonly EntenteGraph[]): EntenteGraph {
  const nodes = new Map<string, NodeAcc>();
  const edges = new Map<string, EdgeAcc>();
  for (const g of graphs) {
    g.forEachNode((key, a) => {
      const acc = nodes.get(key);
      if (!acc) {
        const aliases = new Set(a.aliases.filter((x) => x.length > 0));
        nodes.set(key, { attrs: { ...a, aliases: [], mentions: a.mentions ?? 0 }, aliases, seen: 1 });
        return;
      }
      acc.seen++;
      for (const x of a.aliases) if (x.length > 0) acc.aliases.add(x);
      acc.attrs.mentions += a.mentions ?? 0;
      if (!acc.attrs.role && a.role) acc.attrs.role = a.role;
      if (!acc.attrs.country && a.country) acc.attrs.country = a.country;
    });
    g.forEachEdge((_k, a, source, target) => {
      if (source === target) return;
      const key = tieKey(a.type, source, target);
      let acc = edges.get(key);
      if (!acc) {
        const undirected = UNDIRECTED_TYPES.has(a.type);
        const [s, t] = undirected && target < source ? [target, source] : [source, target];
        acc = { source: s, target: t, undirected, type: a.type, evidence: [], ids: new Set() };
        edges.set(key, acc);
      }
      for (const e of a.evidence) {
        const id = evidenceId(e);
        if (acc.ids.has(id)) continue;
        acc.ids.add(id);
        acc.evidence.push(e);
      }
      if (a.date && (!acc.date || a.date.length > acc.date.length)) acc.date = a.date;
      if (!acc.status && a.status) acc.status = a.status;
    });
  }
  const out = createGraph({ articles: [] });
  for (const [key, acc] of nodes) {
    const aliases = [...acc.aliases];
    acc.attrs.aliases = acc.seen > 1 ? aliases.filter((x) => x !== acc.attrs.label) : aliases;
    out.addNode(key, acc.attrs);
  }
  for (const [key, acc] of edges) {
    const attrs: TieAttributes = { type: acc.type, evidence: acc.evidence, weight: acc.evidence.length };
    if (acc.date) attrs.date = acc.date;
    if (acc.status) attrs.status = acc.status;
    if (acc.undirected) out.addUndirectedEdgeWithKey(key, acc.source, acc.target, attrs);
    else out.addDirectedEdgeWithKey(key, acc.source, acc.target, attrs);
  }
  return out;
}
