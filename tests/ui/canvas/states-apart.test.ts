import { describe, expect, it } from 'vitest';
import type { LiteElement, Point } from '../../../src/ui/canvas/layout';
import { separateStates, STATE_GAP } from '../../../src/ui/canvas/states-apart';

const node = (id: string, kind: string, w = 40, h = 40): LiteElement => ({
  group: 'nodes',
  data: { id, kind, w, h },
});

describe('separateStates', () => {
  it('pushes overlapping states apart until their boxes keep the gap', () => {
    const lite = [node('A', 'state'), node('B', 'state'), node('C', 'state', 80, 50)];
    const pos = new Map<string, Point>([
      ['A', { x: 0, y: 0 }],
      ['B', { x: 10, y: 0 }],
      ['C', { x: 5, y: 5 }],
    ]);
    separateStates(pos, lite);
    const r = { A: 20, B: 20, C: 40 };
    for (const [a, b] of [
      ['A', 'B'],
      ['A', 'C'],
      ['B', 'C'],
    ] as const) {
      const d = Math.hypot(pos.get(a)!.x - pos.get(b)!.x, pos.get(a)!.y - pos.get(b)!.y);
      expect(d).toBeGreaterThanOrEqual(r[a] + r[b] + STATE_GAP - 0.5);
    }
  });

  it('leaves other kinds and states already apart where they are', () => {
    const lite = [node('A', 'state'), node('B', 'state'), node('x', 'leader')];
    const pos = new Map<string, Point>([
      ['A', { x: 0, y: 0 }],
      ['B', { x: 500, y: 0 }],
      ['x', { x: 1, y: 0 }],
    ]);
    separateStates(pos, lite);
    expect([...pos.values()]).toEqual([
      { x: 0, y: 0 },
      { x: 500, y: 0 },
      { x: 1, y: 0 },
    ]);
  });

  it('separates two states laid on the same spot', () => {
    const lite = [node('A', 'state'), node('B', 'state')];
    const pos = new Map<string, Point>([
      ['A', { x: 3, y: 3 }],
      ['B', { x: 3, y: 3 }],
    ]);
    separateStates(pos, lite);
    const [a, b] = [pos.get('A')!, pos.get('B')!];
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(40 + STATE_GAP - 0.5);
  });
});
