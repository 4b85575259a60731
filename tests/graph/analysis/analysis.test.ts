import { describe, expect, it } from 'vitest';
import { addTie, createGraph, upsertActor } from '../../../src/graph/build';
import type { EntenteGraph, Evidence } from '../../../src/graph/types';
import {
  betweenness,
  communities,
  degrees,
  evidenceDegrees,
  metric,
  neighbourhood,
  pageRanks,
  pathTies,
  fromLight,
  lighten,
  pageRanksOf,
  projection,
  shortestPath,
  subgraph,
  topActors,
} from '../../../src/graph/analysis';

const ev = (n: number): Evidence[] =>
  Array.from({ length: n }, (_, i) => ({ text: `s${i}`, start: i, end: i + 1 }));

function graphOf(ties: [string, string, number?][], isolated: string[] = []): EntenteGraph {
  const g = createGraph();
  const keys = new Set([...ties.flatMap(([a, b]) => [a, b]), ...isolated]);
  for (const k of keys) upsertActor(g, k, { label: k, kind: 'state' });
  for (const [a, b, n] of ties) addTie(g, 'alliance', a, b, ev(n ?? 1));
  return g;
}

/** a - b - c - d - e */
const path = () =>
  graphOf([
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['d', 'e'],
  ]);
/** h at the centre of four leaves. */
const star = () =>
  graphOf([
    ['h', 'l1', 3],
    ['h', 'l2'],
    ['h', 'l3'],
    ['h', 'l4'],
  ]);

const obj = (m: Map<string, number>) =>
  Object.fromEntries([...m].map(([k, v]) => [k, Math.round(v * 1000) / 1000]));

describe('graph analysis', () => {
  it('counts degree and evidence-weighted degree', () => {
    expect(obj(degrees(path()))).toEqual({ a: 1, b: 2, c: 2, d: 2, e: 1 });
    expect(obj(evidenceDegrees(star()))).toEqual({ h: 6, l1: 3, l2: 1, l3: 1, l4: 1 });
    expect(metric(star(), 'evidence')).toEqual(evidenceDegrees(star()));
  });

  it('computes no betweenness, and throws nothing, on a graph without actors', () => {
    expect(betweenness(createGraph()).size).toBe(0);
  });

  it('computes betweenness: the middle of a path, the hub of a star', () => {
    expect(obj(betweenness(path()))).toEqual({ a: 0, b: 0.5, c: 0.667, d: 0.5, e: 0 });
    expect(obj(betweenness(star()))).toEqual({ h: 1, l1: 0, l2: 0, l3: 0, l4: 0 });
  });

  it('ranks a star hub first by PageRank, and evidence lifts a leaf', () => {
    const pr = pageRanks(star());
    expect([...pr.values()].reduce((s, v) => s + v, 0)).toBeCloseTo(1);
    expect(topActors(pr, 2)).toEqual(['h', 'l1']);
    expect(pr.get('l2')).toBeCloseTo(pr.get('l3')!);
    expect(pr.get('l1')!).toBeGreaterThan(pr.get('l2')!);
    const p = pageRanks(path());
    expect(p.get('a')).toBeCloseTo(p.get('e')!);
    expect(p.get('b')!).toBeGreaterThan(p.get('a')!);
  });

  it('finds two communities in two triangles joined by one tie, the same on every run', () => {
    const g = graphOf(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['x', 'y'],
        ['y', 'z'],
        ['z', 'x'],
        ['c', 'x'],
      ],
      ['lone'],
    );
    const c = communities(g, 7);
    expect(c.get('a')).toBe(c.get('b'));
    expect(c.get('a')).toBe(c.get('c'));
    expect(c.get('x')).toBe(c.get('z'));
    expect(c.get('a')).not.toBe(c.get('x'));
    expect(c.get('lone')).toBe(2);
    expect(communities(g, 7)).toEqual(c);
  });

  it('merges parallel ties into one weighted pair', () => {
    const g = graphOf([['a', 'b', 2]]);
    addTie(g, 'visit', 'b', 'a', ev(3));
    const p = projection(g);
    expect(p.size).toBe(1);
    expect(p.getEdgeAttribute('a', 'b', 'weight')).toBe(5);
    expect(pathTies(g, ['a', 'b'])[0]).toHaveLength(2);
  });

  it('lists neighbourhoods by hops', () => {
    expect(obj(neighbourhood(path(), 'c', 1))).toEqual({ c: 0, b: 1, d: 1 });
    expect(obj(neighbourhood(path(), 'a', 3))).toEqual({ a: 0, b: 1, c: 2, d: 3 });
    expect(neighbourhood(path(), 'zz', 2).size).toBe(0);
  });

  it('finds shortest paths, by hops or by evidence', () => {
    expect(shortestPath(path(), 'a', 'e')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(shortestPath(path(), 'a', 'a')).toEqual(['a']);
    const sq = graphOf([
      ['a', 'b'],
      ['b', 'd'],
      ['a', 'c', 5],
      ['c', 'd', 5],
    ]);
    expect(shortestPath(sq, 'a', 'd', true)).toEqual(['a', 'c', 'd']);
    expect(shortestPath(sq, 'a', 'd')).toHaveLength(3);
    const apart = graphOf([['a', 'b']], ['z']);
    expect(shortestPath(apart, 'a', 'z')).toBeNull();
    expect(shortestPath(apart, 'a', 'z', true)).toBeNull();
  });

  it('keeps the actors asked for and the ties among them in a subgraph', () => {
    const s = subgraph(path(), ['b', 'c', 'e', 'nobody']);
    expect(s.nodes().sort()).toEqual(['b', 'c', 'e']);
    expect(s.size).toBe(1);
    expect(s.getNodeAttribute('b', 'label')).toBe('b');
  });

  it('gives the same metrics on a projection sent as plain data', () => {
    const p = projection(star());
    expect(pageRanksOf(fromLight(structuredClone(lighten(p))))).toEqual(pageRanksOf(p));
  });
});
