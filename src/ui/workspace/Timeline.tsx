/**
 * The timeline: a histogram of dated ties with a date range (two date inputs, or a click
 * on a bar). Setting a range hides undated ties and ties outside it (see
 * src/workspace/timeline.ts for the exact semantics).
 */
import { useMemo } from 'react';
import type { EntenteGraph } from '../../graph/types';
import type { DateRange } from '../../workspace/timeline';
import { dateInRange, dateInterval, isRangeActive } from '../../workspace/timeline';
import { fallbackHistogram, publicationDates } from '../../workspace/tieDate';

export interface TimelineProps {
  graph: EntenteGraph;
  range: DateRange | undefined;
  onChange: (range: DateRange | undefined) => void;
}

/** The two date inputs, in order. */
const BOUNDS = [
  { key: 'from', label: 'From' },
  { key: 'to', label: 'To' },
] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayOrEmpty = (d: string | undefined): string => (d && DAY.test(d) ? d : '');

/** The range grown to cover a bar (open bounds stay open). */
function extend(range: DateRange, bar: { from: string; to: string }): DateRange {
  const next: DateRange = {};
  const from = range.from ? dateInterval(range.from)?.first : undefined;
  const to = range.to ? dateInterval(range.to)?.last : undefined;
  if (range.from) next.from = from && from < bar.from ? from : bar.from;
  if (range.to) next.to = to && to > bar.to ? to : bar.to;
  return next;
}

/** Histogram of dated ties with a from/to range; click a bar for its period, Shift+click to extend. */
export function Timeline({ graph, range, onChange }: TimelineProps) {
  const hist = useMemo(() => fallbackHistogram(graph), [graph]);
  const pubDates = useMemo(() => [...new Set(publicationDates(graph).values())].sort(), [graph]);
  const max = Math.max(1, ...hist.bins.map((b) => b.count));
  const active = isRangeActive(range);
  const set = (patch: DateRange) => {
    const next: DateRange = { ...range, ...patch };
    if (!next.from) delete next.from;
    if (!next.to) delete next.to;
    onChange(next.from || next.to ? next : undefined);
  };
  const unit = hist.bin === 'year' ? 'year' : 'month';
  return (
    <div className="ws-timeline">
      <div className="ws-bars" role="group" aria-label={`Dated ties per ${unit}`}>
        {hist.bins.length === 0 && <span className="hint">No dated tie yet.</span>}
        {hist.bins.map((b) => {
          const inside = !active || (dateInRange(b.from, range) && dateInRange(b.to, range));
          return (
            <button
              key={b.key}
              type="button"
              className={`ws-bar${inside ? '' : ' out'}`}
              aria-label={`${b.key}: ${b.count} ${b.count === 1 ? 'tie' : 'ties'}; show only this ${unit}`}
              title={`${b.key}: ${b.count} (Shift+click: extend the range)`}
              onClick={(e) => onChange(e.shiftKey && active ? extend(range, b) : { from: b.from, to: b.to })}
            >
              <span className="ws-bar-fill" style={{ height: `${Math.round((b.count / max) * 100)}%` }} />
            </button>
          );
        })}
      </div>
      {hist.bins.length > 0 && (
        <div className="ws-axis" aria-hidden="true">
          <span>{hist.bins[0]?.key}</span>
          <span>{hist.bins[hist.bins.length - 1]?.key}</span>
        </div>
      )}
      <div className="ws-range">
        {BOUNDS.map(({ key, label }) => (
          <label key={key}>
            {label}{' '}
            <input
              type="date"
              aria-label={`${label} date`}
              value={dayOrEmpty(range?.[key])}
              onChange={(e) => set({ [key]: e.currentTarget.value })}
            />
          </label>
        ))}
        <button type="button" className="btn small" disabled={!active} onClick={() => onChange(undefined)}>
          Clear dates
        </button>
      </div>
      <p className="hint ws-timeline-note" aria-live="polite">
        {hist.dated + hist.yearOnly} dated
        {hist.published > 0 ? ` (${hist.published} by their article’s publication date)` : ''} ·{' '}
        {hist.undated} undated
        {active ? ' (undated ties are hidden while a date range is set)' : ''}
      </p>
      {pubDates.length > 0 && (
        <p className="hint ws-pubdates">
          {pubDates.length === 1 ? 'Article published ' : 'Articles published '}
          {pubDates.length <= 6
            ? pubDates.join(' · ')
            : `${pubDates[0]} to ${pubDates[pubDates.length - 1]} (${pubDates.length} dates)`}
        </p>
      )}
    </div>
  );
}
