/** Read-only questions the panels ask of the merged graph. Pure; no React. */
import type {
  ActorAttributes,
  EntenteGraph,
  Evidence,
  NodeKind,
  RelationType,
  TieAttributes,
} from '../../graph/types';
import { fold } from '../../graph/normalize';
import { NODE_KINDS, RELATION_TYPES, UNDIRECTED_TYPES } from '../../graph/types';

/** Number of ties per relation type. */
export function relationCounts(graph: EntenteGraph): Record<RelationType, number> {
  const counts = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
  graph.forEachEdge((_k, a) => {
    counts[a.type] = (counts[a.type] ?? 0) + 1;
  });
  return counts;
}

/** Number of actors per kind. */
export function kindCounts(graph: EntenteGraph): Record<NodeKind, number> {
  const counts = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  graph.forEachNode((_k, a) => {
    counts[a.kind] = (counts[a.kind] ?? 0) + 1;
  });
  return counts;
}

/** Label of an actor, or its key when it is not in the graph. */
export function labelOf(graph: EntenteGraph, key: string): string {
  return graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
}

/** One tie as seen from one of its ends. */
export interface TieView {
  key: string;
  type: RelationType;
  /** The actor at the other end. */
  other: string;
  otherLabel: string;
  /** `out`: this actor is the source; `in`: the target; `both`: undirected. */
  direction: 'out' | 'in' | 'both';
  weight: number;
}

/** An actor's ties grouped by relation type (types in canonical order, empty ones left out). */
export function tiesByType(graph: EntenteGraph, node: string): [RelationType, TieView[]][] {
  const groups = new Map<RelationType, TieView[]>();
  graph.forEachEdge(node, (key, a: TieAttributes, source, target) => {
    const other = source === node ? target : source;
    const direction = UNDIRECTED_TYPES.has(a.type) ? 'both' : source === node ? 'out' : 'in';
    const list = groups.get(a.type) ?? [];
    list.push({ key, type: a.type, other, otherLabel: labelOf(graph, other), direction, weight: a.weight });
    groups.set(a.type, list);
  });
  return RELATION_TYPES.filter((t) => groups.has(t)).map((t) => [
    t,
    (groups.get(t) ?? []).sort((x, y) => x.otherLabel.localeCompare(y.otherLabel)),
  ]);
}

/** Everything the details panel shows about an edge. */
export interface EdgeView {
  key: string;
  attrs: TieAttributes;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  directed: boolean;
}

export function edgeView(graph: EntenteGraph, key: string): EdgeView | null {
  if (!graph.hasEdge(key)) return null;
  const source = graph.source(key);
  const target = graph.target(key);
  const attrs = graph.getEdgeAttributes(key);
  return {
    key,
    attrs,
    source,
    target,
    sourceLabel: labelOf(graph, source),
    targetLabel: labelOf(graph, target),
    directed: !UNDIRECTED_TYPES.has(attrs.type),
  };
}

/** A sentence split around the quoted words, for marking them. */
export interface MarkedSentence {
  before: string;
  marked: string;
  after: string;
}

/**
 * Splits an evidence sentence around its quote. Returns null when the quote is missing
 * or not literally in the sentence (reported speech): then show the quote separately.
 */
export function markQuote(e: Evidence): MarkedSentence | null {
  const q = e.quote?.trim();
  if (!q) return null;
  let i = e.text.indexOf(q);
  if (i < 0) i = e.text.toLowerCase().indexOf(q.toLowerCase());
  if (i < 0) return null;
  return {
    before: e.text.slice(0, i),
    marked: e.text.slice(i, i + q.length),
    after: e.text.slice(i + q.length),
  };
}

export interface SearchHit {
  key: string;
  label: string;
  kind: NodeKind;
  /** The alias that matched, when it is not the label. */
  via?: string;
}

/**
 * Actors whose label or any alias contains `query` (case- and accent-blind). Prefix and
 * word-start matches rank first, then more-mentioned actors.
 */
export function searchActors(graph: EntenteGraph, query: string, limit = 12): SearchHit[] {
  const q = fold(query);
  if (!q) return [];
  const scored: { hit: SearchHit; score: number; mentions: number }[] = [];
  graph.forEachNode((key, a: ActorAttributes) => {
    let best: { score: number; via?: string } | null = null;
    for (const name of [a.label, ...a.aliases]) {
      const f = fold(name);
      const i = f.indexOf(q);
      if (i < 0) continue;
      const score = i === 0 ? (f === q ? 0 : 1) : /\s|-/.test(f[i - 1] ?? '') ? 2 : 3;
      if (!best || score < best.score) best = name === a.label ? { score } : { score, via: name };
    }
    if (best) {
      const hit: SearchHit = { key, label: a.label, kind: a.kind };
      if (best.via) hit.via = best.via;
      scored.push({ hit, score: best.score, mentions: a.mentions });
    }
  });
  scored.sort(
    (x, y) => x.score - y.score || y.mentions - x.mentions || x.hit.label.localeCompare(y.hit.label),
  );
  return scored.slice(0, limit).map((s) => s.hit);
}
