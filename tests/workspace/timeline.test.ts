import { describe, expect, it } from 'vitest';
import { addTie, createGraph, upsertActor } from '../../src/graph/build';
import {
  dateHistogram,
  dateInRange,
  dateInterval,
  histogramOf,
  tiesInDateRange,
} from '../../src/workspace/timeline';

describe('dates', () => {
  it('reads partial ISO dates as the period they name', () => {
    expect(dateInterval('2024')).toEqual({ first: '2024-01-01', last: '2024-12-31' });
    expect(dateInterval('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dateInterval('2023-02')?.last).toBe('2023-02-28');
    expect(dateInterval('2024-04-11')).toEqual({ first: '2024-04-11', last: '2024-04-11' });
    expect(dateInterval('2024-13')).toBeUndefined();
    expect(dateInterval('2024-02-30')).toBeUndefined();
    expect(dateInterval('soon')).toBeUndefined();
    expect(dateInterval(undefined)).toBeUndefined();
  });

  it('shows everything without a range, hides undated ties with one', () => {
    expect(dateInRange(undefined, undefined)).toBe(true);
    expect(dateInRange(undefined, {})).toBe(true);
    expect(dateInRange(undefined, { from: '2024-01-01' })).toBe(false);
    expect(dateInRange('garbage', { to: '2030' })).toBe(false);
  });

  it('keeps ties whose period overlaps the inclusive range', () => {
    const range = { from: '2024-03-01', to: '2024-04-30' };
    expect(dateInRange('2024-03-01', range)).toBe(true);
    expect(dateInRange('2024-04-30', range)).toBe(true);
    expect(dateInRange('2024-02-29', range)).toBe(false);
    expect(dateInRange('2024-05-01', range)).toBe(false);
    expect(dateInRange('2024', range)).toBe(true);
    expect(dateInRange('2024-02', range)).toBe(false);
    expect(dateInRange('2023', range)).toBe(false);
    expect(dateInRange('2024-04', { from: '2024-04' })).toBe(true);
    expect(dateInRange('2024-03-31', { from: '2024-04' })).toBe(false);
    expect(dateInRange('2024-04-30', { to: '2024-04' })).toBe(true);
    expect(dateInRange('2024-05-01', { to: '2024-04' })).toBe(false);
  });
});

describe('timeline histogram', () => {
  const g = createGraph();
  for (const k of ['A', 'B', 'C', 'D']) upsertActor(g, k, { label: k, kind: 'state' });
  const ev = [{ text: 'x', start: 0, end: 1 }];
  addTie(g, 'visit', 'A', 'B', ev, { date: '2024-01-15' });
  addTie(g, 'visit', 'B', 'A', ev, { date: '2024-01' });
  addTie(g, 'sanction', 'A', 'C', ev, { date: '2024-03-02' });
  addTie(g, 'sanction', 'B', 'C', ev, { date: '2024' });
  addTie(g, 'alliance', 'C', 'D', ev);

  it('counts dated ties by month with empty months in between', () => {
    const h = dateHistogram(g, 'month');
    expect(h.bins.map((b) => [b.key, b.count])).toEqual([
      ['2024-01', 2],
      ['2024-02', 0],
      ['2024-03', 1],
    ]);
    expect(h.bins[1]).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(h).toMatchObject({ dated: 3, undated: 1, yearOnly: 1, bin: 'month' });
  });

  it('counts by year, and picks years for long spans', () => {
    expect(dateHistogram(g, 'year').bins).toEqual([
      { key: '2024', from: '2024-01-01', to: '2024-12-31', count: 4 },
    ]);
    const long = histogramOf(['2001-05', '2010-01-01', 'bad']);
    expect(long.bin).toBe('year');
    expect(long.bins).toHaveLength(10);
    expect(long.undated).toBe(1);
    expect(histogramOf([]).bins).toEqual([]);
  });

  it('filters ties by range, hiding undated ones', () => {
    expect(tiesInDateRange(g, undefined)).toHaveLength(5);
    expect(tiesInDateRange(g, { from: '2024-02-01', to: '2024-03-31' }).sort()).toEqual([
      'sanction:A->C',
      'sanction:B->C',
    ]);
  });
});
