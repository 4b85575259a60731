/**
 * Pure mapping from an Entente graph to Cytoscape element definitions.
 *
 * Elements come out sorted by key, so the same graph always gives the same element order
 * (and, with the seeded layout, the same picture) whatever order it was built in.
 */
import type { ElementDefinition } from 'cytoscape';
import type { EntenteGraph, NodeKind, RelationType, TieStatus } from '../../graph/types';
import { UNDIRECTED_TYPES } from '../../graph/types';

/** `data` of a node element. */
export interface NodeData {
  id: string;
  label: string;
  kind: NodeKind;
  /** Number of incident ties (parallel ties count one each). */
  degree: number;
  mentions: number;
  /** Node diameter in model units, from the degree relative to the graph's highest. */
  size: number;
  /** Label font size in px, from the degree. */
  fontSize: number;
}

/** `data` of an edge element. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  weight: number;
  directed: boolean;
  /** ISO date of the tie, or undefined. */
  date?: string;
  status?: TieStatus;
  /** Line width in px, from the weight. */
  width: number;
  /** Ids of the articles the tie's evidence comes from (sorted, unique). */
  articles: string[];
}

const MIN_SIZE = 22;
const MAX_SIZE = 58;
const MIN_FONT = 11;
const MAX_FONT = 17;

/** Node diameter for a degree, given the graph's highest degree. */
export function nodeSize(degree: number, maxDegree: number): number {
  const r = maxDegree > 0 ? Math.sqrt(Math.min(degree, maxDegree) / maxDegree) : 0;
  return Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * r);
}

/** Label font size for a degree, given the graph's highest degree. */
export function labelSize(degree: number, maxDegree: number): number {
  const r = maxDegree > 0 ? Math.sqrt(Math.min(degree, maxDegree) / maxDegree) : 0;
  return Math.round(MIN_FONT + (MAX_FONT - MIN_FONT) * r);
}

/** Line width for a tie weight (number of evidence items). */
export function edgeWidth(weight: number): number {
  return Math.round((1.5 + Math.min(Math.log2(Math.max(weight, 1)), 3)) * 10) / 10;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Maps the graph to node and edge definitions (nodes first, each group sorted by key). */
export function toElements(graph: EntenteGraph): ElementDefinition[] {
  const nodeKeys = graph.nodes().sort(byString);
  let maxDegree = 0;
  const degrees = new Map<string, number>();
  for (const key of nodeKeys) {
    const d = graph.degree(key);
    degrees.set(key, d);
    if (d > maxDegree) maxDegree = d;
  }
  const out: ElementDefinition[] = [];
  for (const key of nodeKeys) {
    const a = graph.getNodeAttributes(key);
    const degree = degrees.get(key) ?? 0;
    const data: NodeData = {
      id: key,
      label: a.label || key,
      kind: a.kind,
      degree,
      mentions: a.mentions,
      size: nodeSize(degree, maxDegree),
      fontSize: labelSize(degree, maxDegree),
    };
    out.push({ group: 'nodes', data });
  }
  for (const key of graph.edges().sort(byString)) {
    const a = graph.getEdgeAttributes(key);
    const articles = [...new Set(a.evidence.map((e) => e.article).filter((x): x is string => !!x))].sort(
      byString,
    );
    const data: EdgeData = {
      id: key,
      source: graph.source(key),
      target: graph.target(key),
      type: a.type,
      weight: a.weight,
      directed: !UNDIRECTED_TYPES.has(a.type),
      width: edgeWidth(a.weight),
      articles,
    };
    if (a.date) data.date = a.date;
    if (a.status) data.status = a.status;
    out.push({ group: 'edges', data });
  }
  return out;
}
