import { describe, expect, it } from 'vitest';
import {
  components,
  discRadius,
  forcePositions,
  gridBlock,
  packBlocks,
  toBlock,
} from '../../../src/ui/canvas/force-layout';
import type { LiteElement, Point } from '../../../src/ui/canvas/layout';
import { separate } from '../../../src/ui/canvas/separate';

const node = (id: string, w = 20): LiteElement => ({ group: 'nodes', data: { id, w, h: w } });
const edge = (a: string, b: string): LiteElement => ({
  group: 'edges',
  data: { id: `${a}-${b}`, source: a, target: b },
});

/** A star of `leaves` around a hub, a path of `path` actors and `lonely` actors without ties. */
function sample(leaves: number, path: number, lonely: number): LiteElement[] {
  const out: LiteElement[] = [node('hub', 40)];
  for (let i = 0; i < leaves; i++) out.push(node(`leaf${i}`), edge('hub', `leaf${i}`));
  for (let i = 0; i < path; i++) out.push(node(`p${i}`));
  for (let i = 1; i < path; i++) out.push(edge(`p${i - 1}`, `p${i}`));
  for (let i = 0; i < lonely; i++) out.push(node(`x${i}`, 10 + (i % 5)));
  return out;
}

function overlapping(pos: Map<string, Point>, lite: readonly LiteElement[]): number {
  const nodes = lite.filter((e) => e.group === 'nodes');
  let count = 0;
  for (const a of nodes) {
    const p = pos.get(a.data.id)!;
    const hit = nodes.some((b) => {
      if (b === a) return false;
      const q = pos.get(b.data.id)!;
      const ra = (a.data as { w: number }).w / 2;
      const rb = (b.data as { w: number }).w / 2;
      return Math.hypot(p.x - q.x, p.y - q.y) < ra + rb;
    });
    if (hit) count++;
  }
  return count;
}

describe('force layout of large graphs', () => {
  it('finds connected components in element order, leaving out actors without ties', () => {
    expect(components(6, [[1], [0, 2], [1], [], [5], [4]])).toEqual([
      [0, 1, 2],
      [4, 5],
    ]);
  });

  it('places every actor, none on another, and is deterministic', () => {
    const lite = sample(60, 30, 200);
    const a = forcePositions(lite, 1);
    expect(a.size).toBe(291);
    expect(forcePositions(lite, 1)).toEqual(a);
    expect(forcePositions(lite, 2)).not.toEqual(a);
    expect(overlapping(a, lite)).toBe(0);
  });

  it('keeps a star compact around its hub, and the picture about square', () => {
    const lite = sample(60, 30, 200);
    const pos = forcePositions(lite, 1);
    const hub = pos.get('hub')!;
    const far = Math.max(
      ...[...Array(60).keys()].map((i) =>
        Math.hypot(pos.get(`leaf${i}`)!.x - hub.x, pos.get(`leaf${i}`)!.y - hub.y),
      ),
    );
    expect(far).toBeLessThan(400);
    const xs = [...pos.values()].map((p) => p.x);
    const ys = [...pos.values()].map((p) => p.y);
    const w = Math.max(...xs) - Math.min(...xs);
    const h = Math.max(...ys) - Math.min(...ys);
    expect(Math.max(w, h) / Math.min(w, h)).toBeLessThan(3);
  });

  it('packs actors without ties in a grid whose cells fit the largest', () => {
    const b = gridBlock([
      { id: 'a', r: 5 },
      { id: 'b', r: 10 },
      { id: 'c', r: 5 },
      { id: 'd', r: 5 },
      { id: 'e', r: 5 },
    ]);
    expect(b.xy).toEqual([
      { x: 10, y: 10 },
      { x: 30, y: 10 },
      { x: 50, y: 10 },
      { x: 10, y: 30 },
      { x: 30, y: 30 },
    ]);
    expect([b.w, b.h]).toEqual([60, 40]);
  });

  it('packs blocks in rows without overlap', () => {
    const blocks = [0, 1, 2, 3].map((i) => toBlock([`b${i}`], [{ x: 0, y: 0 }], [50]));
    const pos = [...packBlocks(blocks).values()];
    const xs = new Set(pos.map((p) => p.x));
    const ys = new Set(pos.map((p) => p.y));
    expect(xs.size).toBe(2);
    expect(ys.size).toBe(2);
  });

  it('pushes overlapping discs apart, coincident ones too', () => {
    const xy = [
      { x: 0, y: 0 },
      { x: 0, y: 0 },
      { x: 5, y: 0 },
    ];
    expect(separate(xy, [10, 10, 10])).toBe(0);
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++)
        expect(Math.hypot(xy[i]!.x - xy[j]!.x, xy[i]!.y - xy[j]!.y)).toBeGreaterThanOrEqual(19.999);
  });

  it('gives a labelled actor room for its label', () => {
    expect(discRadius({ w: 100, h: 30 })).toBeGreaterThan(50);
  });
});
