/**
 * The date a tie is placed at: its own date when the text gives one, else the publication
 * date of the article it was read in (the earliest, when several articles report it), marked
 * as such. The timeline and the date filter both use it.
 */
import type { EntenteGraph, TieAttributes } from '../graph/types';
import type { Histogram } from './timeline';
import { dateInterval, histogramOf } from './timeline';

/** A tie's date, and whether it is its article's publication date rather than its own. */
export interface TieDate {
  date: string;
  published: boolean;
}

/** Publication dates of the graph's articles, by article id (articles without one left out). */
export function publicationDates(graph: EntenteGraph): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of graph.getAttribute('articles') ?? [])
    if (a.date && dateInterval(a.date)) out.set(a.id, a.date);
  return out;
}

/** The tie's own date, else its earliest article's publication date; undefined when neither. */
export function tieDate(
  tie: Pick<TieAttributes, 'date' | 'evidence'>,
  published: ReadonlyMap<string, string>,
): TieDate | undefined {
  if (tie.date && dateInterval(tie.date)) return { date: tie.date, published: false };
  let earliest: string | undefined;
  for (const ev of tie.evidence) {
    const d = ev.article === undefined ? undefined : published.get(ev.article);
    if (d && (earliest === undefined || d < earliest)) earliest = d;
  }
  return earliest === undefined ? undefined : { date: earliest, published: true };
}

/** The timeline's histogram over ties' dates with the fallback, and how many used it. */
export function fallbackHistogram(graph: EntenteGraph): Histogram & { published: number } {
  const pub = publicationDates(graph);
  const dates: string[] = [];
  let undated = 0;
  let published = 0;
  graph.forEachEdge((_key, attrs) => {
    const d = tieDate(attrs, pub);
    if (!d) undated++;
    else {
      dates.push(d.date);
      if (d.published) published++;
    }
  });
  return { ...histogramOf(dates, 'auto', undated), published };
}
