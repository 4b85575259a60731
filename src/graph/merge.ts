/**
 * An order-independent merge of graphs (pure): the same graph whatever the order and the
 * grouping of its inputs, so that partial graphs made anywhere (threads, machines, queue
 * workers) merge to one answer. Each attribute joins with a rule that is associative and
 * commutative: sums (mentions), sorted unions (aliases, evidence, articles), the smallest
 * non-empty value (label, kind, role, country, status) and the most precise date (the
 * smallest on a tie). Nodes, edges, evidence and articles come out sorted.
 */
import type {
  ActorAttributes,
  ArticleMeta,
  EntenteGraph,
  Evidence,
  RelationType,
  TieAttributes,
} from './types';
import { UNDIRECTED_TYPES } from './types';
import { createGraph, evidenceId } from './build';
import { tieKey } from './keys';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The smaller defined value (undefined and '' lose). */
function least<T extends string>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a) return b || undefined;
  if (!b) return a;
  return cmp(a, b) <= 0 ? a : b;
}

/** The more precise ISO date; between two as precise, the earlier. */
function preciser(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b || a.length === b.length) return least(a, b);
  return a.length > b.length ? a : b;
}

/** Keeps, for `key`, the value whose JSON sorts first (a clash of two different items). */
function keepLeast<T>(into: Map<string, T>, key: string, x: T): void {
  const had = into.get(key);
  if (had === undefined || cmp(JSON.stringify(x), JSON.stringify(had)) < 0) into.set(key, x);
}

const evidenceSortKey = (e: Evidence): string =>
  `${e.article ?? ''}\u0000${String(e.start).padStart(12, '0')}\u0000${String(e.end).padStart(12, '0')}\u0000${e.quote ?? ''}`;

interface Actor extends Omit<ActorAttributes, 'aliases'> {
  aliases: Set<string>;
}

interface Tie extends Omit<TieAttributes, 'evidence' | 'weight'> {
  source: string;
  target: string;
  evidence: Map<string, Evidence>;
}

function joinActor(had: Actor | undefined, b: ActorAttributes): Actor {
  if (!had) return { ...b, aliases: new Set(b.aliases) };
  had.label = least(had.label, b.label) ?? had.label;
  had.kind = least(had.kind, b.kind) ?? had.kind;
  for (const a of b.aliases) had.aliases.add(a);
  had.mentions += b.mentions;
  const role = least(had.role, b.role);
  const country = least(had.country, b.country);
  if (role) had.role = role;
  if (country) had.country = country;
  return had;
}

function joinTie(had: Tie, b: TieAttributes): Tie {
  for (const e of b.evidence) keepLeast(had.evidence, evidenceId(e), e);
  const date = preciser(had.date, b.date);
  const status = least(had.status, b.status);
  if (date) had.date = date;
  if (status) had.status = status;
  return had;
}

/**
 * Merges graphs one at a time (memory grows with the merged graph, not with the inputs);
 * {@link GraphMerger.result} builds the merged graph, the same whatever the order or grouping
 * of the graphs added.
 */
export class GraphMerger {
  private readonly actors = new Map<string, Actor>();
  private readonly ties = new Map<string, Tie>();
  private readonly articles = new Map<string, ArticleMeta>();

  add(g: EntenteGraph): this {
    g.forEachNode((key, attrs) => this.actors.set(key, joinActor(this.actors.get(key), attrs)));
    g.forEachEdge((_k, attrs, source, target) => {
      const type: RelationType = attrs.type;
      const [s, t] = UNDIRECTED_TYPES.has(type) && target < source ? [target, source] : [source, target];
      const key = tieKey(type, s, t);
      const had = this.ties.get(key) ?? { type, source: s, target: t, evidence: new Map() };
      this.ties.set(key, joinTie(had, attrs));
    });
    for (const a of g.getAttribute('articles') ?? []) keepLeast(this.articles, a.id, a);
    return this;
  }

  result(): EntenteGraph {
    const articles = [...this.articles.keys()].sort(cmp).map((id) => this.articles.get(id)!);
    const out = createGraph({ articles });
    for (const key of [...this.actors.keys()].sort(cmp)) {
      const a = this.actors.get(key)!;
      const attrs = { label: a.label, kind: a.kind, aliases: [...a.aliases].sort(cmp) } as ActorAttributes;
      if (a.role) attrs.role = a.role;
      if (a.country) attrs.country = a.country;
      out.addNode(key, { ...attrs, mentions: a.mentions });
    }
    for (const key of [...this.ties.keys()].sort(cmp)) {
      const { source, target, type, evidence: byId, date, status } = this.ties.get(key)!;
      const evidence = [...byId.values()].sort((x, y) => cmp(evidenceSortKey(x), evidenceSortKey(y)));
      const attrs = { type, evidence } as TieAttributes;
      if (date) attrs.date = date;
      if (status) attrs.status = status;
      attrs.weight = evidence.length;
      if (UNDIRECTED_TYPES.has(attrs.type)) out.addUndirectedEdgeWithKey(key, source, target, attrs);
      else out.addDirectedEdgeWithKey(key, source, target, attrs);
    }
    return out;
  }
}

/** Merges `graphs` into a new graph, the same whatever their order or grouping. */
export function mergeGraphs(graphs: Iterable<EntenteGraph>): EntenteGraph {
  const merger = new GraphMerger();
  for (const g of graphs) merger.add(g);
  return merger.result();
}
