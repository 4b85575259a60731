/**
 * Stage 6, graph: actors become nodes and found ties become edges through the graph
 * model's upsertActor/addTie, with evidence {text, start, end, quote?, article}.
 */
import { addTie, createGraph, upsertActor } from '../graph/build';
import { tieKey } from '../graph/keys';
import type { ArticleMeta, EntenteGraph, Evidence, TieStatus } from '../graph/types';
import type { Doc } from './doc';
import type { FoundTie } from './relations';

interface Group {
  t: FoundTie;
  ev: Evidence[];
  date?: string;
  status?: TieStatus;
}

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
  // One addTie per edge: evidence is grouped first (graph updates are the costly part).
  const groups = new Map<string, Group>();
  for (const t of ties) {
    if (t.source === t.target || !graph.hasNode(t.source) || !graph.hasNode(t.target)) continue;
    const ev: Evidence = {
      text: doc.text.slice(t.start, t.end),
      start: t.start,
      end: t.end,
      article: article.id,
    };
    if (t.quote !== undefined) ev.quote = t.quote;
    if (t.date) ev.date = t.date;
    if (t.rule?.length) ev.rule = [...t.rule];
    const key = tieKey(t.type, t.source, t.target);
    let g = groups.get(key);
    if (!g) {
      g = { t, ev: [] };
      groups.set(key, g);
    }
    g.ev.push(ev);
    if (t.date && (!g.date || t.date.length > g.date.length)) g.date = t.date;
    if (t.status) g.status ??= t.status;
  }
  for (const g of groups.values()) {
    const extra: { date?: string; status?: TieStatus } = {};
    if (g.date) extra.date = g.date;
    if (g.status) extra.status = g.status;
    addTie(graph, g.t.type, g.t.source, g.t.target, g.ev, extra);
  }
  return graph;
}
