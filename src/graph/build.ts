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
  const old = graph.getNodeAttributes(key);
  const aliases = old.aliases.filter((a) => a !== old.label);
  for (const a of incoming.aliases) if (a !== old.label && !aliases.includes(a)) aliases.push(a);
  const patch: Partial<ActorAttributes> = { aliases, mentions: old.mentions + incoming.mentions };
  if (!old.role && incoming.role) patch.role = incoming.role;
  if (!old.country && incoming.country) patch.country = incoming.country;
  graph.mergeNodeAttributes(key, patch);
}

/** Identity of an evidence item: the same sentence span and quote in the same article. */
export const evidenceId = (e: Evidence): string => `${e.article ?? ''}|${e.start}|${e.end}|${e.quote ?? ''}`;

/**
 * The evidence list each edge OWNS in a graph, with the ids it holds, so that adding evidence
 * costs O(new items), not O(all items). An edge's list is copied the first time this graph
 * writes to it (or when the edge was written by other code since): a graph made with
 * `copy()` shares its lists with the original, and must never push into the original's.
 */
interface OwnEvidence {
  list: Evidence[];
  seen: Set<string>;
}
const evidenceIndex = new WeakMap<EntenteGraph, Map<string, OwnEvidence>>();

/** The list edge `key` owns in `graph`; `created` is the list of an edge just added (owned already). */
function ownEvidence(graph: EntenteGraph, key: string, created?: Evidence[]): OwnEvidence {
  let perGraph = evidenceIndex.get(graph);
  if (!perGraph) evidenceIndex.set(graph, (perGraph = new Map<string, OwnEvidence>()));
  if (created) {
    const own = { list: created, seen: new Set<string>() };
    perGraph.set(key, own);
    return own;
  }
  const current = graph.getEdgeAttribute(key, 'evidence');
  let own = perGraph.get(key);
  if (!own || own.list !== current || own.seen.size !== current.length) {
    const list = [...current];
    graph.setEdgeAttribute(key, 'evidence', list);
    own = { list, seen: new Set(list.map(evidenceId)) };
    perGraph.set(key, own);
  }
  return own;
}

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
  let created: Evidence[] | undefined;
  if (!graph.hasEdge(key)) {
    created = [];
    const attrs: TieAttributes = { type, evidence: created, weight: 0 };
    if (UNDIRECTED_TYPES.has(type)) {
      const [a, b] = source < target ? [source, target] : [target, source];
      graph.addUndirectedEdgeWithKey(key, a, b, attrs);
    } else graph.addDirectedEdgeWithKey(key, source, target, attrs);
  }
  const { list, seen } = ownEvidence(graph, key, created);
  for (const e of evidence) {
    const id = evidenceId(e);
    if (seen.has(id)) continue;
    seen.add(id);
    list.push(e);
  }
  const attrs = graph.getEdgeAttributes(key);
  const patch: Partial<TieAttributes> = { weight: list.length };
  const date = preciser(attrs.date, extra.date);
  if (date) patch.date = date;
  const status = attrs.status ?? extra.status;
  if (status) patch.status = status;
  graph.mergeEdgeAttributes(key, patch);
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
