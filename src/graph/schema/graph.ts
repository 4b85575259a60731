/**
 * The schema of a serialized Entente graph (`graph.export()`, the CLI's JSON output), and
 * the checks a field-by-field schema cannot make: node references, one edge per
 * (type, source, target), directions, `weight` = number of evidence items.
 */
import * as v from 'valibot';
import type { ActorAttributes, ArticleMeta, Evidence, GraphAttributes, TieAttributes } from '../types';
import { UNDIRECTED_TYPES } from '../types';

import {
  boolean,
  bounded,
  count,
  Invalid,
  isoDate,
  list,
  nonEmptyString,
  oneOf,
  parseAt,
  record,
  string,
} from './core';

export const NodeKindSchema = oneOf(['state', 'leader', 'analyst', 'organization']);
export const RelationTypeSchema = oneOf(['alliance', 'visit', 'sanction', 'quote', 'affiliation']);

export const EvidenceSchema = record({
  text: string,
  start: count,
  end: count,
  quote: v.optional(string),
  article: v.optional(string),
  date: v.optional(isoDate),
  rule: v.optional(list(string)),
});

export const ActorSchema = record({
  label: nonEmptyString,
  kind: NodeKindSchema,
  aliases: list(string),
  role: v.optional(string),
  country: v.optional(string),
  mentions: count,
  corrected: v.optional(boolean),
  correction: v.optional(string),
});

export const TieSchema = record({
  type: RelationTypeSchema,
  evidence: list(EvidenceSchema),
  date: v.optional(isoDate),
  status: v.optional(oneOf(['planned', 'lifted', 'threatened'])),
  weight: count,
  corrected: v.optional(boolean),
  correction: v.optional(string),
});

export const ArticleMetaSchema = record({
  id: nonEmptyString,
  title: string,
  source: v.optional(string),
  date: v.optional(isoDate),
});

export const GraphAttributesSchema = record({ articles: v.optional(list(ArticleMetaSchema)) });

export const SerializedGraphSchema = record({
  options: v.optional(bounded),
  attributes: v.optional(GraphAttributesSchema),
  nodes: list(record({ key: nonEmptyString, attributes: ActorSchema })),
  edges: list(
    record({
      key: v.optional(string),
      source: nonEmptyString,
      target: nonEmptyString,
      undirected: v.optional(boolean),
      attributes: TieSchema,
    }),
  ),
});

export type SerializedGraphRecord = v.InferOutput<typeof SerializedGraphSchema>;

// The schemas and the hand-written contract in ../types must agree (compile-time check).
type Agrees<S, T> = S extends T ? true : never;
export const schemasAgree: [
  Agrees<v.InferOutput<typeof EvidenceSchema>, Evidence>,
  Agrees<v.InferOutput<typeof ActorSchema>, ActorAttributes>,
  Agrees<v.InferOutput<typeof TieSchema>, TieAttributes>,
  Agrees<v.InferOutput<typeof ArticleMetaSchema>, ArticleMeta>,
  Agrees<v.InferOutput<typeof GraphAttributesSchema>, GraphAttributes>,
] = [true, true, true, true, true];

/** What {@link checkGraphConsistency} checks beyond the shape. */
export interface GraphContext {
  /** Every evidence item must belong to this article. */
  article?: string;
}

function checkTie(e: SerializedGraphRecord['edges'][number], p: string, ctx: GraphContext): void {
  const a = e.attributes;
  const undirected = UNDIRECTED_TYPES.has(a.type);
  if (undirected && e.undirected !== true)
    throw new Invalid(`${p}.undirected must be true: an ${a.type} tie has no direction`);
  if (!undirected && e.undirected === true)
    throw new Invalid(`${p}.undirected must not be true: a ${a.type} tie points from source to target`);
  if (a.weight !== a.evidence.length)
    throw new Invalid(
      `${p}.attributes.weight is ${a.weight} but the tie has ${a.evidence.length} evidence items`,
    );
  a.evidence.forEach((ev, j) => {
    const q = `${p}.attributes.evidence[${j}]`;
    if (ev.end < ev.start) throw new Invalid(`${q} ends (${ev.end}) before it starts (${ev.start})`);
    if (ctx.article !== undefined && ev.article !== undefined && ev.article !== ctx.article)
      throw new Invalid(
        `${q}.article is ${JSON.stringify(ev.article)} but the evidence sits in article "${ctx.article}"`,
      );
  });
}

/** Node references, one edge per (type, source, target), directions, weights. */
export function checkGraphConsistency(g: SerializedGraphRecord, path: string, ctx: GraphContext = {}): void {
  const keys = new Set<string>();
  g.nodes.forEach((n, i) => {
    if (keys.has(n.key)) throw new Invalid(`${path}.nodes[${i}].key repeats the node "${n.key}"`);
    keys.add(n.key);
  });
  const triples = new Map<string, number>();
  const edgeKeys = new Map<string, number>();
  g.edges.forEach((e, i) => {
    const p = `${path}.edges[${i}]`;
    for (const end of ['source', 'target'] as const)
      if (!keys.has(e[end]))
        throw new Invalid(
          `${p}.${end} "${e[end]}" is not a node of this ${ctx.article === undefined ? 'graph' : 'article'}`,
        );
    if (e.source === e.target) throw new Invalid(`${p} ties the node "${e.source}" to itself`);
    checkTie(e, p, ctx);
    const [s, t] = e.undirected && e.target < e.source ? [e.target, e.source] : [e.source, e.target];
    const triple = JSON.stringify([e.attributes.type, s, t]);
    const before = triples.get(triple);
    if (before !== undefined)
      throw new Invalid(
        `${p} repeats the ${e.attributes.type} tie ${e.source} - ${e.target} of ${path}.edges[${before}] (one edge per type, source and target)`,
      );
    triples.set(triple, i);
    if (e.key !== undefined) {
      const k = edgeKeys.get(e.key);
      if (k !== undefined) throw new Invalid(`${p}.key repeats the key of ${path}.edges[${k}]`);
      edgeKeys.set(e.key, i);
    }
  });
}

/** Reads a serialized graph at `path`: the shape, then {@link checkGraphConsistency}. */
export function parseGraphRecord(
  value: unknown,
  path: string,
  ctx: GraphContext = {},
): SerializedGraphRecord {
  const g = parseAt(SerializedGraphSchema, value, path);
  checkGraphConsistency(g, path, ctx);
  return g;
}
