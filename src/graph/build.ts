/**
 * Mutation helpers: the only way the loader and the workspace write to a graph.
 * They keep the contract: one node per actor, one edge per (type, source, target),
 * evidence merged without duplicates, `weight` = number of evidence items.
 */
import Graph from 'graphology';
import type {
  ActorAttributes,
  Evidence,
  EntenteGraph,
  GraphAttributes,
  RelationType,
  TieAttributes,
  TieStatus,
} from './types';
import { UNDIRECTED_TYPES } from './types';
import { tieKey } from './keys';

/** A new, empty Entente graph (`mixed`, `multi`). */
export function createGraph(attributes: GraphAttributes = {}): EntenteGraph {
  const g = new Graph<ActorAttributes, TieAttributes, GraphAttributes>({
    type: 'mixed',
    multi: true,
    allowSelfLoops: false,
  });
  g.replaceAttributes({ ...attributes });
  return g;
}

const uniq = (xs: readonly string[]): string[] => [...new Set(xs.filter((x) => x.length > 0))];

/** Adds an actor, or merges aliases, role, country and mentions into the existing one. */
export function upsertActor(
  graph: EntenteGraph,
  key: string,
  attrs: Omit<ActorAttributes, 'mentions' | 'aliases'> & { aliases?: string[]; mentions?: number },
): void {
  const incoming: ActorAttributes = {
    ...attrs,
    aliases: uniq(attrs.aliases ?? []),
    mentions: attrs.mentions ?? 0,
  };
  if (!graph.hasNode(key)) {
    graph.addNode(key, incoming);
    return;
  }
  graph.updateNodeAttributes(key, (old) => {
    const merged: ActorAttributes = {
      ...old,
      aliases: uniq([...old.aliases, ...incoming.aliases]).filter((a) => a !== old.label),
      mentions: old.mentions + incoming.mentions,
    };
    if (!merged.role && incoming.role) merged.role = incoming.role;
    if (!merged.country && incoming.country) merged.country = incoming.country;
    return merged;
  });
}

const evidenceId = (e: Evidence): string => `${e.article ?? ''}|${e.start}|${e.end}|${e.quote ?? ''}`;

/** More precise ISO dates win: 2024-04-11 over 2024-04 over 2024. */
function preciser(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.length > a.length ? b : a;
}

/**
 * Adds a tie, or adds evidence to the existing (type, source, target) edge.
 * Returns the edge key. Self-ties are ignored (returns undefined).
 */
export function addTie(
  graph: EntenteGraph,
  type: RelationType,
  source: string,
  target: string,
  evidence: readonly Evidence[],
  extra: { date?: string; status?: TieStatus } = {},
): string | undefined {
  if (source === target) return undefined;
  if (!graph.hasNode(source)) throw new Error(`addTie: unknown source node "${source}" for ${type} edge`);
  if (!graph.hasNode(target)) throw new Error(`addTie: unknown target node "${target}" for ${type} edge`);
  const key = tieKey(type, source, target);
  if (!graph.hasEdge(key)) {
    const attrs: TieAttributes = { type, evidence: [], weight: 0 };
    if (UNDIRECTED_TYPES.has(type)) {
      const [a, b] = source < target ? [source, target] : [target, source];
      graph.addUndirectedEdgeWithKey(key, a, b, attrs);
    } else graph.addDirectedEdgeWithKey(key, source, target, attrs);
  }
  graph.updateEdgeAttributes(key, (old) => {
    const seen = new Set(old.evidence.map(evidenceId));
    const ev = [...old.evidence];
    for (const e of evidence) {
      const id = evidenceId(e);
      if (seen.has(id)) continue;
      seen.add(id);
      ev.push(e);
    }
    const next: TieAttributes = { ...old, evidence: ev, weight: ev.length };
    const date = preciser(old.date, extra.date);
    if (date) next.date = date;
    const status = old.status ?? extra.status;
    if (status) next.status = status;
    return next;
  });
  return key;
}

/** Merges `from` into `into` (mutates `into`): same keys become one node / edge. */
export function mergeInto(into: EntenteGraph, from: EntenteGraph): EntenteGraph {
  from.forEachNode((key, attrs) => upsertActor(into, key, attrs));
  from.forEachEdge((_key, attrs, source, target) => {
    const extra: { date?: string; status?: TieStatus } = {};
    if (attrs.date) extra.date = attrs.date;
    if (attrs.status) extra.status = attrs.status;
    addTie(into, attrs.type, source, target, attrs.evidence, extra);
  });
  const articles = [...(into.getAttribute('articles') ?? [])];
  const ids = new Set(articles.map((a) => a.id));
  for (const a of from.getAttribute('articles') ?? []) if (!ids.has(a.id)) articles.push(a);
  into.setAttribute('articles', articles);
  return into;
}
