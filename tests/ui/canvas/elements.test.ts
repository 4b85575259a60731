import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { createGraph, upsertActor, addTie } from '../../../src/graph/build';
import { edgeWidth, nodeSize, toElements } from '../../../src/ui/canvas/elements';
import type { EdgeData, NodeData } from '../../../src/ui/canvas/elements';
import { smallGraph } from './fixture';

const nodes = (els: ReturnType<typeof toElements>) =>
  els.filter((e) => e.group === 'nodes').map((e) => e.data as NodeData);
const edges = (els: ReturnType<typeof toElements>) =>
  els.filter((e) => e.group === 'edges').map((e) => e.data as EdgeData);

describe('toElements', () => {
  it('maps every actor and tie, with kinds, labels and counts', () => {
    const g = smallGraph();
    const els = toElements(g);
    expect(nodes(els)).toHaveLength(g.order);
    expect(edges(els)).toHaveLength(g.size);
    const ana = nodes(els).find((n) => n.id === 'person:ana-ortiz');
    expect(ana).toMatchObject({ label: 'Ana Ortiz', kind: 'leader', degree: 2, mentions: 3 });
    expect(nodes(els).find((n) => n.id === 'person:lone-voice')?.degree).toBe(0);
  });

  it('marks only alliances undirected and keeps date, status, weight and articles', () => {
    const els = edges(toElements(smallGraph()));
    for (const e of els) expect(e.directed).toBe(e.type !== 'alliance');
    const lifted = els.find((e) => e.status === 'lifted');
    expect(lifted).toMatchObject({ type: 'sanction', source: 'BBB', target: 'AAA', date: '2022-01-10' });
    const double = els.find((e) => e.type === 'sanction' && e.source === 'AAA');
    expect(double).toMatchObject({ weight: 2, articles: ['a1', 'a2'] });
    expect(double?.width).toBeGreaterThan(lifted?.width ?? Infinity);
  });

  it('keeps parallel ties between one pair as separate edges', () => {
    const els = edges(toElements(smallGraph()));
    const pair = els.filter((e) => [e.source, e.target].sort().join() === 'AAA,BBB');
    expect(pair.map((e) => e.type).sort()).toEqual(['alliance', 'sanction']);
    expect(new Set(pair.map((e) => e.id)).size).toBe(2);
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(smallGraph()) });
    expect(cy.getElementById('AAA').edgesWith(cy.getElementById('BBB'))).toHaveLength(2);
    cy.destroy();
  });

  it('is independent of insertion order', () => {
    const a = createGraph();
    const b = createGraph();
    for (const [k, l] of [
      ['X1', 'Xa'],
      ['X2', 'Xb'],
    ] as const)
      upsertActor(a, k, { label: l, kind: 'state' });
    for (const [k, l] of [
      ['X2', 'Xb'],
      ['X1', 'Xa'],
    ] as const)
      upsertActor(b, k, { label: l, kind: 'state' });
    addTie(a, 'visit', 'X1', 'X2', []);
    addTie(b, 'visit', 'X1', 'X2', []);
    expect(toElements(a)).toEqual(toElements(b));
  });

  it('sizes nodes by degree and edges by weight, monotonically', () => {
    expect(nodeSize(0, 10)).toBeLessThan(nodeSize(5, 10));
    expect(nodeSize(5, 10)).toBeLessThan(nodeSize(10, 10));
    expect(nodeSize(0, 0)).toBe(nodeSize(0, 10));
    expect(edgeWidth(1)).toBeLessThan(edgeWidth(4));
  });
});
