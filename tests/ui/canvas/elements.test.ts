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
    // Control points on opposite sides of the A–B line, whatever each edge's direction.
    const side = (e: EdgeData) => (e.source < e.target ? e.curve : -e.curve);
    expect(pair.every((e) => e.curve !== 0)).toBe(true);
    expect(Math.sign(side(pair[0]!))).toBe(-Math.sign(side(pair[1]!)));
    const lone = els.filter((e) => e.type === 'quote');
    expect(lone.every((e) => e.curve === 0)).toBe(true);
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

  it('labels every actor of a small graph, and only the best connected of a large one', () => {
    expect(nodes(toElements(smallGraph())).every((n) => n.major)).toBe(true);
    const g = createGraph();
    for (let i = 0; i < 500; i++) upsertActor(g, `N${i}`, { label: `N${i}`, kind: 'state' });
    for (let i = 1; i < 500; i++) addTie(g, 'visit', `N${i}`, `N${i % 7}`, []);
    const ns = nodes(toElements(g));
    const major = ns.filter((n) => n.major);
    expect(major.length).toBeGreaterThan(0);
    expect(major.length).toBeLessThan(ns.length);
    const minMajor = Math.min(...major.map((n) => n.degree));
    expect(ns.filter((n) => !n.major).every((n) => n.degree <= minMajor)).toBe(true);
    expect(major.map((n) => n.id)).toContain('N0');
  });

  it('sizes nodes by degree and edges by weight, monotonically', () => {
    expect(nodeSize(0, 10)).toBeLessThan(nodeSize(5, 10));
    expect(nodeSize(5, 10)).toBeLessThan(nodeSize(10, 10));
    expect(nodeSize(0, 0)).toBe(nodeSize(0, 10));
    expect(edgeWidth(1)).toBeLessThan(edgeWidth(4));
  });
});
