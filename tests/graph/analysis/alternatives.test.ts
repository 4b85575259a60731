import { describe, expect, it } from 'vitest';
import { alternativePaths } from '../../../src/graph/analysis/alternatives';
import { addTie, createGraph, upsertActor } from '../../../src/graph/build';

describe('alternative paths', () => {
  it('lists the shortest path, then the next-shortest ones avoiding each of its hops', () => {
    const g = createGraph();
    for (const k of ['a', 'b', 'c', 'd', 'e', 'z']) upsertActor(g, k, { label: k, kind: 'state' });
    // a-b-d (2 hops), a-c-e-d (3 hops)
    for (const [s, t] of [
      ['a', 'b'],
      ['b', 'd'],
      ['a', 'c'],
      ['c', 'e'],
      ['e', 'd'],
    ] as const)
      addTie(g, 'alliance', s, t, [{ text: 'x', start: 0, end: 1 }]);
    expect(alternativePaths(g, 'a', 'd')).toEqual([
      ['a', 'b', 'd'],
      ['a', 'c', 'e', 'd'],
    ]);
    expect(alternativePaths(g, 'a', 'z')).toEqual([]);
    expect(g.size).toBe(5);
  });
});
