import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { addTie, createGraph, upsertActor } from '../../../src/graph/build';
import type { EntenteGraph } from '../../../src/graph/types';
import { toElements } from '../../../src/ui/canvas/elements';
import { hashString, runLayout, seededRandom, withSeededRandom } from '../../../src/ui/canvas/layout';
import type { LayoutName } from '../../../src/ui/canvas/types';
import { smallGraph } from './fixture';

function positions(graph: EntenteGraph, name: LayoutName): Record<string, { x: number; y: number }> {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(graph) });
  runLayout(cy, name);
  const out: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((n) => {
    out[n.id()] = { ...n.position() };
  });
  cy.destroy();
  return out;
}

/** A ring-and-chords graph of n states. */
function ring(n: number): EntenteGraph {
  const g = createGraph();
  for (let i = 0; i < n; i++) upsertActor(g, `S${i}`, { label: `State ${i}`, kind: 'state' });
  for (let i = 0; i < n; i++) {
    addTie(g, 'alliance', `S${i}`, `S${(i + 1) % n}`, []);
    addTie(g, 'visit', `S${i}`, `S${(i * 7 + 3) % n}`, []);
  }
  return g;
}

describe('layout', () => {
  it('seeds a reproducible PRNG and restores Math.random', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const original = Math.random;
    expect(withSeededRandom(7, () => Math.random())).toBe(seededRandom(7)());
    expect(Math.random).toBe(original);
    expect(hashString('a')).not.toBe(hashString('b'));
  });

  it('gives the same fcose positions on two runs of the same graph', () => {
    const first = positions(smallGraph(), 'fcose');
    const second = positions(smallGraph(), 'fcose');
    expect(second).toEqual(first);
    const xs = Object.values(first).map((p) => Math.round(p.x));
    expect(new Set(xs).size).toBeGreaterThan(1);
  });

  it('is deterministic on a larger graph too, and differs between graphs', () => {
    const a = positions(ring(60), 'fcose');
    expect(positions(ring(60), 'fcose')).toEqual(a);
    const b = positions(ring(61), 'fcose');
    expect(b.S0).not.toEqual(a.S0);
  });

  it('runs every alternative layout deterministically', () => {
    for (const name of ['concentric', 'circle', 'grid'] as const) {
      const p = positions(smallGraph(), name);
      expect(positions(smallGraph(), name)).toEqual(p);
      expect(new Set(Object.values(p).map((q) => `${Math.round(q.x)},${Math.round(q.y)}`)).size).toBe(7);
    }
  });

  it('puts the highest-degree actor in the middle of the concentric layout', () => {
    const p = positions(smallGraph(), 'concentric');
    const pts = Object.values(p);
    const cx = pts.reduce((s, q) => s + q.x, 0) / pts.length;
    const cy = pts.reduce((s, q) => s + q.y, 0) / pts.length;
    const dist = (k: string) => Math.hypot((p[k]?.x ?? 0) - cx, (p[k]?.y ?? 0) - cy);
    expect(dist('AAA')).toBeLessThan(dist('person:lone-voice'));
  });
});
