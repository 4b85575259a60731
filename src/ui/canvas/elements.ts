/**
 * Pure mapping from an Entente graph to Cytoscape element definitions.
 *
 * Elements come out sorted by key, so the same graph always gives the same element order
 * (and, with the seeded layout, the same picture) whatever order it was built in.
 */
import type { ElementDefinition } from 'cytoscape';
import type { EntenteGraph, NodeKind, RelationType, TieStatus } from '../../graph/types';
import { UNDIRECTED_TYPES } from '../../graph/types';
import { publicationDates, tieDate } from '../../workspace/tieDate';
import { EDGE_STYLES } from './palette';

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
  /**
   * Whether the label is always drawn. On large graphs only the {@link MAJOR_LABELS}
   * best-connected actors keep a permanent label (others show theirs when highlighted),
   * which keeps overviews legible and cheap to draw.
   */
  major: boolean;
  /** Changed by the analyst's corrections (marked on the canvas). */
  corrected?: boolean;
}

/** Graphs with more actors than this label only their best-connected ones. */
export const ALL_LABELS_MAX = 400;
/** How many actors keep a permanent label on large graphs. */
export const MAJOR_LABELS = 120;

/** `data` of an edge element. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  weight: number;
  directed: boolean;
  /** ISO date of the tie, else its article's publication date (see `datePublished`), or undefined. */
  date?: string;
  /** `date` is the article's publication date: the text did not date the tie. */
  datePublished?: boolean;
  status?: TieStatus;
  /** Line width in px, from the weight. */
  width: number;
  /** Ids of the articles the tie's evidence comes from (sorted, unique). */
  articles: string[];
  /**
   * Perpendicular offset (px) of the curve's control point from the straight line, relative
   * to this edge's own source -> target direction: 0 for a lone tie, spread symmetrically
   * for parallel ties between one pair so each stays visible.
   */
  curve: number;
  /** Changed or added by the analyst's corrections (marked on the canvas). */
  corrected?: boolean;
}

/** Distance between neighbouring parallel edges' control points, in px. */
export const PARALLEL_STEP = 34;

const MIN_SIZE = 22;
const MAX_SIZE = 58;
const MIN_FONT = 11;
const MAX_FONT = 17;

/** Node diameter for a degree, given the graph's highest degree (smaller on large graphs). */
export function nodeSize(degree: number, maxDegree: number, large = false): number {
  const r = maxDegree > 0 ? Math.sqrt(Math.min(degree, maxDegree) / maxDegree) : 0;
  const [lo, hi] = large ? [10, 36] : [MIN_SIZE, MAX_SIZE];
  return Math.round(lo + (hi - lo) * r);
}

/** Label font size for a degree, given the graph's highest degree. */
export function labelSize(degree: number, maxDegree: number): number {
  const r = maxDegree > 0 ? Math.sqrt(Math.min(degree, maxDegree) / maxDegree) : 0;
  return Math.round(MIN_FONT + (MAX_FONT - MIN_FONT) * r);
}

/** Line width for a tie weight (number of evidence items), times the type's width factor. */
export function edgeWidth(weight: number, factor = 1): number {
  return Math.round((1.8 + Math.min(Math.log2(Math.max(weight, 1)), 3)) * factor * 10) / 10;
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
  const major = majorNodes(nodeKeys, degrees);
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
      size: nodeSize(degree, maxDegree, nodeKeys.length > ALL_LABELS_MAX),
      fontSize: labelSize(degree, maxDegree),
      major: major === undefined || major.has(key),
    };
    if (a.corrected) data.corrected = true;
    out.push({ group: 'nodes', data });
  }
  const edgeKeys = graph.edges().sort(byString);
  const published = publicationDates(graph);
  const curves = parallelOffsets(graph, edgeKeys);
  for (const key of edgeKeys) {
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
      width: edgeWidth(a.weight, EDGE_STYLES[a.type].widthFactor),
      articles,
      curve: curves.get(key) ?? 0,
    };
    const when = tieDate(a, published);
    if (when) data.date = when.date;
    if (when?.published) data.datePublished = true;
    if (a.status) data.status = a.status;
    if (a.corrected) data.corrected = true;
    out.push({ group: 'edges', data });
  }
  return out;
}

/** Control-point offsets of parallel edges (see {@link EdgeData.curve}). */
function parallelOffsets(graph: EntenteGraph, edgeKeys: readonly string[]): Map<string, number> {
  const groups = new Map<string, string[]>();
  for (const key of edgeKeys) {
    const s = graph.source(key);
    const t = graph.target(key);
    const pair = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    const group = groups.get(pair);
    if (group) group.push(key);
    else groups.set(pair, [key]);
  }
  const out = new Map<string, number>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.forEach((key, i) => {
      const offset = (i - (group.length - 1) / 2) * PARALLEL_STEP;
      // Offsets are laid out for the pair's sorted orientation; flip for reversed edges.
      const reversed = graph.source(key) > graph.target(key);
      out.set(key, (reversed ? -offset : offset) || 0);
    });
  }
  return out;
}

/** The best-connected actors of a large graph (undefined when every label is shown). */
function majorNodes(nodeKeys: readonly string[], degrees: Map<string, number>): Set<string> | undefined {
  if (nodeKeys.length <= ALL_LABELS_MAX) return undefined;
  const ranked = [...nodeKeys].sort(
    (a, b) => (degrees.get(b) ?? 0) - (degrees.get(a) ?? 0) || byString(a, b),
  );
  return new Set(ranked.slice(0, MAJOR_LABELS));
}
