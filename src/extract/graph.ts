/**
 * Stage 6, graph: actors become nodes and found ties become edges through the graph
 * model's upsertActor/addTie, with evidence {text, start, end, quote?, article}.
 */
import { addTie, createGraph, upsertActor } from '../graph/build';
import type { ArticleMeta, EntenteGraph, Evidence } from '../graph/types';
import type { Doc } from './doc';
import type { FoundTie } from './relations';

/** Builds the graph of one article. */
export function buildGraph(doc: Doc, ties: readonly FoundTie[], article: ArticleMeta): EntenteGraph {
  const graph = createGraph({ articles: [article] });
  const used = new Set<string>();
  for (const t of ties) {
    used.add(t.source);
    used.add(t.target);
  }
  for (const a of doc.actors.values()) {
    if (a.mentions === 0 && !used.has(a.key)) continue;
    const attrs: Parameters<typeof upsertActor>[2] = {
      label: a.label,
      kind: a.kind,
      aliases: [...a.aliases],
      mentions: a.mentions,
    };
    if (a.role) attrs.role = a.role;
    if (a.country) attrs.country = a.country;
    upsertActor(graph, a.key, attrs);
  }
  for (const t of ties) {
    if (!graph.hasNode(t.source) || !graph.hasNode(t.target)) continue;
    const ev: Evidence = {
      text: doc.text.slice(t.start, t.end),
      start: t.start,
      end: t.end,
      article: article.id,
    };
    if (t.quote !== undefined) ev.quote = t.quote;
    if (t.date) ev.date = t.date;
    const extra: { date?: string; status?: FoundTie['status'] } = {};
    if (t.date) extra.date = t.date;
    if (t.status) extra.status = t.status;
    addTie(graph, t.type, t.source, t.target, [ev], extra);
  }
  return graph;
}
