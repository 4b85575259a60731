/**
 * Pure filtering: which elements a {@link CanvasFilter} hides. The adapter applies the
 * result as a `display` style bypass in one batch; positions never change.
 *
 * Rules, in order:
 * 1. A tie is hidden when its relation type is toggled off, when either end's kind is
 *    toggled off, when it has fewer evidence items than `minEvidence`, when it fails the
 *    date range, or when it fails the article filter.
 * 2. Date range (`from`/`to`, inclusive ISO dates, either may be partial: `2024`,
 *    `2024-04`): when at least one bound is set, an UNDATED tie is hidden, and a dated tie
 *    is shown when its date, taken as the whole period it names (`2024-04` = the whole of
 *    April 2024), overlaps `[from, to]`.
 * 3. Article filter: when `articles` is set, a tie is shown only if some of its evidence
 *    comes from one of those articles. An actor is shown only if it is an end of such a tie
 *    (of any type, whatever the other filters say); actors with no tie from those articles
 *    are hidden. An empty list hides everything.
 * 4. An actor is hidden when its kind is toggled off, and, with `hideIsolated`, when none of
 *    its ties is visible after rules 1–3.
 * 5. A tie with no evidence item is one the analyst added without a sentence: it belongs to
 *    no article and has no date, so the article and date filters leave it shown (and its
 *    ends, as rule 3 does), and the minimum-evidence filter hides it only from 2 up.
 */
import type { ElementDefinition } from 'cytoscape';
import type { NodeKind, RelationType } from '../../graph/types';
import type { CanvasFilter } from './types';

/** What filtering needs to know about the elements. */
export interface FilterIndex {
  nodes: { id: string; kind: NodeKind }[];
  edges: {
    id: string;
    source: string;
    target: string;
    type: RelationType;
    /** Evidence items behind the tie. */
    weight: number;
    date?: string;
    articles: readonly string[];
  }[];
}

/** Ids of the hidden elements. */
export interface HiddenSets {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Builds the {@link FilterIndex} of element definitions made by `toElements`. */
export function indexElements(elements: readonly ElementDefinition[]): FilterIndex {
  const index: FilterIndex = { nodes: [], edges: [] };
  for (const el of elements) {
    const d = el.data as Record<string, unknown>;
    if (el.group === 'edges' || (el.group === undefined && typeof d.source === 'string')) {
      const edge: FilterIndex['edges'][number] = {
        id: String(d.id),
        source: String(d.source),
        target: String(d.target),
        type: d.type as RelationType,
        weight: typeof d.weight === 'number' ? d.weight : 1,
        articles: Array.isArray(d.articles) ? (d.articles as string[]) : [],
      };
      if (typeof d.date === 'string' && d.date) edge.date = d.date;
      index.edges.push(edge);
    } else index.nodes.push({ id: String(d.id), kind: d.kind as NodeKind });
  }
  return index;
}

/** First day of the period an ISO date names (`2024` -> `2024-01-01`). */
export function periodStart(iso: string): string {
  const [y = '', m = '01', d = '01'] = iso.split('-');
  return `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** Last day of the period an ISO date names, for comparison (`2024-04` -> `2024-04-31`). */
export function periodEnd(iso: string): string {
  const [y = '', m = '12', d = '31'] = iso.split('-');
  return `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** Whether a tie date passes a date range (see rule 2). Without bounds everything passes. */
export function passesDateRange(date: string | undefined, range: CanvasFilter['dateRange']): boolean {
  const from = range?.from || undefined;
  const to = range?.to || undefined;
  if (!from && !to) return true;
  if (!date) return false;
  if (from && periodEnd(date) < periodStart(from)) return false;
  if (to && periodStart(date) > periodEnd(to)) return false;
  return true;
}

/** Computes the hidden nodes and edges for a filter (no filter hides nothing). */
export function computeHidden(index: FilterIndex, filter: CanvasFilter | undefined): HiddenSets {
  const hidden: HiddenSets = { nodes: new Set(), edges: new Set() };
  if (!filter) return hidden;
  const articles = filter.articles ? new Set(filter.articles) : undefined;
  const inArticles = articles ? new Set<string>() : undefined;
  const kindOf = new Map<string, NodeKind>();
  for (const n of index.nodes) {
    kindOf.set(n.id, n.kind);
    if (filter.kinds[n.kind] === false) hidden.nodes.add(n.id);
  }
  const minEvidence = filter.minEvidence ?? 1;
  const hasVisibleTie = new Set<string>();
  for (const e of index.edges) {
    const unsourced = e.weight === 0;
    const fromArticles = unsourced || !articles || e.articles.some((a) => articles.has(a));
    if (fromArticles && inArticles) {
      inArticles.add(e.source);
      inArticles.add(e.target);
    }
    const visible =
      fromArticles &&
      filter.relations[e.type] !== false &&
      Math.max(e.weight, 1) >= minEvidence &&
      !hidden.nodes.has(e.source) &&
      !hidden.nodes.has(e.target) &&
      (unsourced || passesDateRange(e.date, filter.dateRange));
    if (visible) {
      hasVisibleTie.add(e.source);
      hasVisibleTie.add(e.target);
    } else hidden.edges.add(e.id);
  }
  for (const n of index.nodes) {
    if (inArticles && !inArticles.has(n.id)) hidden.nodes.add(n.id);
    else if (filter.hideIsolated && !hasVisibleTie.has(n.id)) hidden.nodes.add(n.id);
  }
  return hidden;
}
