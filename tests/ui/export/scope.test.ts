import { describe, expect, it } from 'vitest';
import { computeHidden, indexElements } from '../../../src/ui/canvas/filter';
import { toElements } from '../../../src/ui/canvas/elements';
import { viewGraph } from '../../../src/ui/export/scope';
import { parseView, toFilter } from '../../../src/ui/lib/urlState';
import { ALLIANCE, fixture, QUOTE, VISIT } from '../fixture';

describe('data export scope', () => {
  const g = fixture().graph;
  const index = indexElements(toElements(g));

  it('the view leaves out the ties and actors the filters hide', () => {
    const filter = toFilter(parseView('?off=quote&isolated=0'));
    const v = viewGraph(g, computeHidden(index, filter));
    expect(v.hasEdge(QUOTE)).toBe(false);
    expect(v.hasEdge(ALLIANCE) && v.hasEdge(VISIT)).toBe(true);
    expect(v.hasNode('person:tomas-krell')).toBe(false);
    expect(v.order).toBe(g.order - 1);
    expect(v.isDirected(VISIT)).toBe(true);
    expect(v.isUndirected(ALLIANCE)).toBe(true);
    expect(g.hasEdge(QUOTE)).toBe(true);
  });

  it('with nothing hidden it is a copy of the whole graph', () => {
    const v = viewGraph(g, computeHidden(index, toFilter(parseView(''))));
    expect(v.export()).toEqual(g.export());
  });

  it('an article filter keeps only those articles’ evidence and metadata', () => {
    const filter = { ...toFilter(parseView('')), articles: ['other'] };
    const v = viewGraph(g, computeHidden(index, filter), ['other']);
    expect(v.size).toBe(0);
    expect(v.getAttribute('articles')).toEqual([]);
    const kept = viewGraph(g, computeHidden(index, { ...filter, articles: ['fx'] }), ['fx']);
    expect(kept.size).toBe(g.size);
    expect(kept.getAttribute('articles')?.map((m) => m.id)).toEqual(['fx']);
  });
});
