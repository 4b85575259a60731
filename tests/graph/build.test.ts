import { describe, expect, it } from 'vitest';
import { addTie, createGraph, mergeInto, upsertActor } from '../../src/graph/build';
import { actorKey, tieKey } from '../../src/graph/keys';

describe('graph model', () => {
  it('keys states by ISO3 and people by slug', () => {
    expect(actorKey('state', 'China', 'chn')).toBe('CHN');
    expect(actorKey('leader', 'Ramón Pacheco Pardo')).toBe('person:ramon-pacheco-pardo');
    expect(actorKey('organization', "King's College London")).toBe('org:kings-college-london');
    expect(() => actorKey('state', 'Atlantis')).toThrow(/ISO 3166/);
  });

  it('sorts undirected ends and keeps directed ones', () => {
    expect(tieKey('alliance', 'RUS', 'CHN')).toBe(tieKey('alliance', 'CHN', 'RUS'));
    expect(tieKey('visit', 'RUS', 'CHN')).not.toBe(tieKey('visit', 'CHN', 'RUS'));
  });

  it('keeps one edge per (type, source, target) and merges evidence', () => {
    const g = createGraph();
    upsertActor(g, 'CHN', { label: 'China', kind: 'state', aliases: ['Beijing'], mentions: 1 });
    upsertActor(g, 'RUS', { label: 'Russia', kind: 'state', mentions: 1 });
    upsertActor(g, 'CHN', { label: 'China', kind: 'state', aliases: ['Chinese', 'China'], mentions: 2 });
    expect(g.getNodeAttributes('CHN')).toMatchObject({ aliases: ['Beijing', 'Chinese'], mentions: 3 });
    const ev = { text: 'China and Russia are allies.', start: 0, end: 28 };
    addTie(g, 'alliance', 'CHN', 'RUS', [ev]);
    addTie(g, 'alliance', 'RUS', 'CHN', [ev, { ...ev, start: 40, end: 68 }], { date: '2024-04' });
    expect(g.size).toBe(1);
    const e = g.getEdgeAttributes(tieKey('alliance', 'CHN', 'RUS'));
    expect(e.weight).toBe(2);
    expect(e.date).toBe('2024-04');
    expect(g.isUndirected(tieKey('alliance', 'CHN', 'RUS'))).toBe(true);
    expect(addTie(g, 'visit', 'CHN', 'CHN', [ev])).toBeUndefined();
    expect(() => addTie(g, 'visit', 'CHN', 'XXX', [ev])).toThrow(/unknown target node "XXX"/);
  });

  it('merges graphs article by article', () => {
    const a = createGraph({ articles: [{ id: 'a', title: 'A' }] });
    const b = createGraph({ articles: [{ id: 'b', title: 'B' }] });
    for (const g of [a, b]) {
      upsertActor(g, 'CHN', { label: 'China', kind: 'state', mentions: 1 });
      upsertActor(g, 'IRN', { label: 'Iran', kind: 'state', mentions: 1 });
    }
    addTie(a, 'visit', 'CHN', 'IRN', [{ text: 'x', start: 0, end: 1, article: 'a' }], { date: '2016' });
    addTie(b, 'visit', 'CHN', 'IRN', [{ text: 'x', start: 0, end: 1, article: 'b' }], { date: '2016-01-23' });
    mergeInto(a, b);
    expect(a.order).toBe(2);
    expect(a.getNodeAttribute('CHN', 'mentions')).toBe(2);
    const e = a.getEdgeAttributes(tieKey('visit', 'CHN', 'IRN'));
    expect(e.weight).toBe(2);
    expect(e.date).toBe('2016-01-23');
    expect(a.getAttribute('articles')?.map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('dedupes evidence even when other code rewrote an edge', () => {
    const g = createGraph();
    upsertActor(g, 'A', { label: 'A', kind: 'state' });
    upsertActor(g, 'B', { label: 'B', kind: 'state' });
    const ev = (start: number) => ({ text: 's', start, end: start + 1 });
    const key = addTie(g, 'visit', 'A', 'B', [ev(0), ev(1)]);
    if (!key) throw new Error('no edge');
    g.setEdgeAttribute(key, 'evidence', [ev(5)]);
    addTie(g, 'visit', 'A', 'B', [ev(5), ev(0)]);
    expect(g.getEdgeAttribute(key, 'evidence').map((e) => e.start)).toEqual([5, 0]);
    expect(g.getEdgeAttribute(key, 'weight')).toBe(2);
  });
});
