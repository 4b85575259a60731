import { describe, expect, it } from 'vitest';
import { addTie, createGraph, mergeInto, upsertActor } from '../../src/graph/build';
import type { EntenteGraph, RelationType } from '../../src/graph/types';
import { mergeGraphs } from '../../src/workspace/merge';

/** Seeded PRNG so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: RelationType[] = ['alliance', 'visit', 'sanction', 'quote', 'affiliation'];

function randomGraph(rand: () => number, i: number): EntenteGraph {
  const g = createGraph({ articles: [{ id: `g${i}`, title: `G${i}` }] });
  const keys = Array.from({ length: 6 }, () => `k${Math.floor(rand() * 10)}`);
  for (const k of keys) {
    const attrs: Parameters<typeof upsertActor>[2] = {
      label: `Label ${k}`,
      kind: 'leader',
      aliases: rand() < 0.3 ? [`Label ${k}`, `${k}-${i % 3}`, ''] : [`${k}-${i % 2}`],
      mentions: Math.floor(rand() * 3),
    };
    if (rand() < 0.3) attrs.role = `role ${i}`;
    if (rand() < 0.3) attrs.country = `C${i % 4}`;
    upsertActor(g, k, attrs);
  }
  for (let t = 0; t < 8; t++) {
    const s = keys[Math.floor(rand() * keys.length)]!;
    const d = keys[Math.floor(rand() * keys.length)]!;
    const start = Math.floor(rand() * 4) * 10;
    const ev = {
      text: `s${start}`,
      start,
      end: start + 5,
      ...(rand() < 0.5 ? { article: `g${i % 3}` } : {}),
    };
    const extra: { date?: string; status?: 'planned' | 'lifted' } = {};
    if (rand() < 0.4) extra.date = ['2024', '2024-05', '2024-05-06'][Math.floor(rand() * 3)]!;
    if (rand() < 0.2) extra.status = rand() < 0.5 ? 'planned' : 'lifted';
    addTie(g, TYPES[Math.floor(rand() * TYPES.length)]!, s, d, [ev], extra);
  }
  return g;
}

describe('mergeGraphs', () => {
  it.each([1, 2, 3, 4, 5])('equals folding mergeInto over the same graphs (seed %i)', (seed) => {
    const rand = rng(seed);
    const graphs = Array.from({ length: 12 }, (_, i) => randomGraph(rand, i));
    const folded = createGraph({ articles: [] });
    for (const g of graphs) mergeInto(folded, g);
    const fast = mergeGraphs(graphs);
    const strip = (g: EntenteGraph) => ({ ...g.export(), attributes: {} });
    expect(strip(fast)).toEqual(strip(folded));
    expect(fast.order).toBeGreaterThan(0);
    expect(fast.size).toBeGreaterThan(0);
  });

  it('does not touch its inputs', () => {
    const rand = rng(9);
    const graphs = [randomGraph(rand, 0), randomGraph(rand, 1)];
    const before = graphs.map((g) => structuredClone(g.export()));
    mergeGraphs(graphs);
    expect(graphs.map((g) => g.export())).toEqual(before);
  });
});
