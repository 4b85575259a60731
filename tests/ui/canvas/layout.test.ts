import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../src/extract/index';
import { addTie, createGraph, upsertActor } from '../../../src/graph/build';
import type { EntenteGraph } from '../../../src/graph/types';
import { toElements } from '../../../src/ui/canvas/elements';
import {
  computePositions,
  DRAFT_THRESHOLD,
  hashString,
  layoutBox,
  seededRandom,
  withSeededRandom,
} from '../../../src/ui/canvas/layout';
import type { LayoutName } from '../../../src/ui/canvas/types';
import { smallGraph } from './fixture';

function positions(graph: EntenteGraph, name: LayoutName): Record<string, { x: number; y: number }> {
  return Object.fromEntries(computePositions(toElements(graph), name));
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

  it('is deterministic on a graph above the draft threshold, with every actor at its own place', () => {
    const g = ring(DRAFT_THRESHOLD + 50);
    const a = positions(g, 'fcose');
    expect(positions(ring(DRAFT_THRESHOLD + 50), 'fcose')).toEqual(a);
    const spots = new Set(Object.values(a).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(spots.size).toBe(DRAFT_THRESHOLD + 50);
  });

  it('runs every alternative layout deterministically', () => {
    for (const name of ['concentric', 'circle', 'grid'] as const) {
      const p = positions(smallGraph(), name);
      expect(positions(smallGraph(), name)).toEqual(p);
      expect(new Set(Object.values(p).map((q) => `${Math.round(q.x)},${Math.round(q.y)}`)).size).toBe(7);
    }
  });

  it('reserves room for labels, except unlabelled minor actors', () => {
    const labelled = layoutBox({ size: 20, fontSize: 12, label: 'A rather long name', major: true });
    expect(labelled.w).toBeGreaterThan(20);
    expect(labelled.h).toBeGreaterThan(20);
    expect(layoutBox({ size: 20, fontSize: 12, label: 'A rather long name', major: false })).toEqual({
      w: 20,
      h: 20,
    });
  });

  it('keeps fcose nodes apart', () => {
    const p = Object.values(positions(smallGraph(), 'fcose'));
    for (let i = 0; i < p.length; i++)
      for (let j = i + 1; j < p.length; j++)
        expect(Math.hypot(p[i]!.x - p[j]!.x, p[i]!.y - p[j]!.y)).toBeGreaterThan(20);
  });

  it('lays fcose nodes out with room for their boxes (labels included), not as points', () => {
    const text = readFileSync(
      join(import.meta.dirname, '../../../data/china-north-korea-russia.txt'),
      'utf8',
    );
    const els = toElements(extractGraph(text, { format: 'text' }).graph);
    const pos = computePositions(els, 'fcose');
    const boxes = els
      .filter((e) => e.group === 'nodes')
      .map((e) => layoutBox(e.data as Record<string, unknown>));
    const area = boxes.reduce((n, b) => n + b.w * b.h, 0);
    const xs = [...pos.values()].map((p) => p.x);
    const ys = [...pos.values()].map((p) => p.y);
    const extent = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    // Points packed as if they had no size cover about their own boxes' area; boxes with room
    // around them cover several times it.
    expect(extent).toBeGreaterThan(3 * area);
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
