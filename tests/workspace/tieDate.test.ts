import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import type { EntenteGraph, TieAttributes } from '../../src/graph/types';
import { publicationDates, tieDate } from '../../src/workspace/tieDate';

const ev = (article: string) => ({ text: 'x', start: 0, end: 1, article });

describe('tieDate', () => {
  const published = new Map([
    ['a2025', '2025-03-01'],
    ['a2024', '2024-06-10'],
  ]);

  it('keeps a tie’s own date', () => {
    expect(tieDate({ date: '2023-11', evidence: [ev('a2025')] }, published)).toEqual({
      date: '2023-11',
      published: false,
    });
  });

  it('falls back to the earliest publication date of the articles reporting it, marked', () => {
    const tie: Pick<TieAttributes, 'date' | 'evidence'> = { evidence: [ev('a2025'), ev('a2024')] };
    expect(tieDate(tie, published)).toEqual({ date: '2024-06-10', published: true });
  });

  it('stays undated when no article has a date', () => {
    expect(tieDate({ evidence: [ev('nodate')] }, published)).toBeUndefined();
    expect(tieDate({ date: 'soon', evidence: [] }, published)).toBeUndefined();
  });
});

describe('publicationDates', () => {
  it('reads the graph’s article list, skipping articles without a valid date', () => {
    const g = new Graph({ multi: true, type: 'mixed' }) as unknown as EntenteGraph;
    g.setAttribute('articles', [
      { id: 'a', title: 'A', date: '2024-01-02' },
      { id: 'b', title: 'B' },
      { id: 'c', title: 'C', date: 'bad' },
    ]);
    expect([...publicationDates(g)]).toEqual([['a', '2024-01-02']]);
  });
});

describe('fallbackHistogram', () => {
  it('places undated ties at their article’s publication date and counts them', async () => {
    const { fallbackHistogram } = await import('../../src/workspace/tieDate');
    const g = new Graph({ multi: true, type: 'mixed' }) as unknown as EntenteGraph;
    g.setAttribute('articles', [
      { id: 'old', title: 'Old', date: '2024-02-03' },
      { id: 'new', title: 'New', date: '2025-01-09' },
      { id: 'none', title: 'None' },
    ]);
    for (const n of ['A', 'B', 'C']) g.addNode(n, { label: n, kind: 'state' } as never);
    const tie = (date: string | undefined, article: string) =>
      ({ type: 'visit', weight: 1, evidence: [ev(article)], ...(date ? { date } : {}) }) as never;
    g.addEdge('A', 'B', tie('2023-09-01', 'old'));
    g.addEdge('A', 'C', tie(undefined, 'old'));
    g.addEdge('B', 'C', tie(undefined, 'new'));
    g.addEdge('C', 'A', tie(undefined, 'none'));
    const h = fallbackHistogram(g);
    expect(h.published).toBe(2);
    expect(h.undated).toBe(1);
    expect(h.dated).toBe(3);
    expect(h.bins[0]?.key).toBe('2023-09');
    expect(h.bins[h.bins.length - 1]?.key).toBe('2025-01');
  });
});
