/**
 * Time: the timeline histogram and the date-range filter semantics (pure).
 *
 * Dates are ISO and as precise as the text allows: `2024`, `2024-04` or `2024-04-11`.
 * A date stands for the whole period it names: `2024-04` is 1–30 April 2024.
 *
 * DATE-RANGE SEMANTICS. A range `{ from?, to? }` has inclusive bounds, each also a possibly
 * partial ISO date (`from: '2024-04'` starts on 1 April, `to: '2024-04'` ends on 30 April;
 * a missing bound is open). When a range is set:
 * - an UNDATED tie is hidden (there is nothing to place on the timeline);
 * - a dated tie is shown when its period overlaps the range, hidden otherwise. So a tie
 *   dated `2024` stays visible for a range inside 2024; one dated `2023-12-31` does not for
 *   a range starting `2024-01-01`.
 * With no range (`undefined`, or both bounds missing) every tie is shown.
 */
import type { EntenteGraph, TieAttributes } from '../graph/types';

/** Inclusive bounds, ISO (YYYY, YYYY-MM or YYYY-MM-DD). */
export interface DateRange {
  from?: string;
  to?: string;
}

/** A closed interval of days, as YYYY-MM-DD strings (which sort chronologically). */
export interface DayInterval {
  first: string;
  last: string;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The days an ISO date stands for, or undefined when it is not a valid date. */
export function dateInterval(date: string | undefined): DayInterval | undefined {
  if (!date) return undefined;
  const m = ISO.exec(date.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[2] === undefined) return { first: `${pad(y, 4)}-01-01`, last: `${pad(y, 4)}-12-31` };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return undefined;
  const ym = `${pad(y, 4)}-${pad(mo)}`;
  if (m[3] === undefined) return { first: `${ym}-01`, last: `${ym}-${pad(daysIn(y, mo))}` };
  const d = Number(m[3]);
  if (d < 1 || d > daysIn(y, mo)) return undefined;
  return { first: `${ym}-${pad(d)}`, last: `${ym}-${pad(d)}` };
}

/** True when the range sets at least one valid bound. */
export function isRangeActive(range: DateRange | undefined): range is DateRange {
  return !!range && (dateInterval(range.from) !== undefined || dateInterval(range.to) !== undefined);
}

/** Whether a tie with this date is shown under `range` (see the module's semantics). */
export function dateInRange(date: string | undefined, range: DateRange | undefined): boolean {
  if (!isRangeActive(range)) return true;
  const own = dateInterval(date);
  if (!own) return false;
  const from = dateInterval(range.from)?.first;
  const to = dateInterval(range.to)?.last;
  if (from !== undefined && own.last < from) return false;
  if (to !== undefined && own.first > to) return false;
  return true;
}

/** Whether a tie is shown under `range`: by its `date` (see the module's semantics). */
export function tieInDateRange(tie: Pick<TieAttributes, 'date'>, range: DateRange | undefined): boolean {
  return dateInRange(tie.date, range);
}

/** Edge keys of the ties shown under `range`. */
export function tiesInDateRange(graph: EntenteGraph, range: DateRange | undefined): string[] {
  return graph.filterEdges((_key, attrs) => tieInDateRange(attrs, range));
}

/** Histogram granularity. */
export type Bin = 'month' | 'year';

/** One bar of the timeline. */
export interface HistogramBin {
  /** `YYYY` or `YYYY-MM`. */
  key: string;
  /** First and last day the bar covers (usable as a {@link DateRange}). */
  from: string;
  to: string;
  /** Ties whose date falls in this bar. */
  count: number;
}

/** The timeline's data. */
export interface Histogram {
  bin: Bin;
  /** Contiguous bars from the earliest to the latest dated tie (empty bars included). */
  bins: HistogramBin[];
  /** Dated ties counted in bars. */
  dated: number;
  /** Ties with no (valid) date: hidden whenever a range is set. */
  undated: number;
  /** Month bins only: ties dated to a year only, not placed in a bar. */
  yearOnly: number;
}

/** Month bins up to this many months of span, year bins beyond (for `bin: 'auto'`). */
const AUTO_MONTHS = 60;

/**
 * Histogram of dated ties (one count per tie, by its `date`) by month or year. `auto`
 * picks months unless the dates span more than five years.
 */
export function dateHistogram(graph: EntenteGraph, bin: Bin | 'auto' = 'auto'): Histogram {
  const dates: string[] = [];
  let undated = 0;
  graph.forEachEdge((_key, attrs) => {
    const iv = dateInterval(attrs.date);
    if (iv && attrs.date) dates.push(attrs.date.trim());
    else undated++;
  });
  return histogramOf(dates, bin, undated);
}

/** {@link dateHistogram} over plain ISO dates (invalid ones count as undated). */
export function histogramOf(
  dates: readonly string[],
  bin: Bin | 'auto' = 'auto',
  undatedBase = 0,
): Histogram {
  let undated = undatedBase;
  const valid: { date: string; iv: DayInterval }[] = [];
  for (const date of dates) {
    const iv = dateInterval(date);
    if (iv) valid.push({ date, iv });
    else undated++;
  }
  const firsts = valid.map((v) => v.iv.first).sort();
  const min = firsts[0];
  const max = firsts[firsts.length - 1];
  let chosen: Bin = bin === 'auto' ? 'month' : bin;
  if (bin === 'auto' && min && max) {
    const span =
      (Number(max.slice(0, 4)) - Number(min.slice(0, 4))) * 12 +
      Number(max.slice(5, 7)) -
      Number(min.slice(5, 7));
    if (span > AUTO_MONTHS) chosen = 'year';
  }
  const keyOf = (v: { date: string; iv: DayInterval }): string | undefined => {
    if (chosen === 'year') return v.iv.first.slice(0, 4);
    return /^\d{4}-\d{2}/.test(v.date) ? v.iv.first.slice(0, 7) : undefined;
  };
  const counts = new Map<string, number>();
  let yearOnly = 0;
  for (const v of valid) {
    const k = keyOf(v);
    if (k === undefined) yearOnly++;
    else counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort();
  const bins: HistogramBin[] = [];
  const lo = keys[0];
  const hi = keys[keys.length - 1];
  if (lo !== undefined && hi !== undefined) {
    for (let k: string | undefined = lo; k !== undefined && k <= hi; k = nextKey(k)) {
      const iv = dateInterval(k);
      if (!iv) break;
      bins.push({ key: k, from: iv.first, to: iv.last, count: counts.get(k) ?? 0 });
    }
  }
  return { bin: chosen, bins, dated: valid.length - yearOnly, undated, yearOnly };
}

function nextKey(k: string): string | undefined {
  const y = Number(k.slice(0, 4));
  if (k.length === 4) return pad(y + 1, 4);
  const m = Number(k.slice(5, 7));
  return m === 12 ? `${pad(y + 1, 4)}-01` : `${pad(y, 4)}-${pad(m + 1)}`;
}
