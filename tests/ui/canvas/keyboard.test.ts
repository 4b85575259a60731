import { describe, expect, it } from 'vitest';
import { neighbourInDirection } from '../../../src/ui/canvas/keyboard';

const around = [
  { key: 'east', x: 100, y: 10 },
  { key: 'west', x: -80, y: 0 },
  { key: 'north', x: 5, y: -60 },
  { key: 'south', x: -10, y: 90 },
  { key: 'far-east', x: 300, y: 0 },
];

describe('neighbourInDirection', () => {
  it('goes to the nearest neighbour on the side of the arrow (screen y grows downwards)', () => {
    const o = { x: 0, y: 0 };
    expect(neighbourInDirection(o, around, 'right')).toBe('east');
    expect(neighbourInDirection(o, around, 'left')).toBe('west');
    expect(neighbourInDirection(o, around, 'up')).toBe('north');
    expect(neighbourInDirection(o, around, 'down')).toBe('south');
  });

  it('finds nothing when no neighbour lies that way', () => {
    expect(neighbourInDirection({ x: 0, y: 0 }, [{ key: 'east', x: 50, y: 0 }], 'left')).toBeUndefined();
  });

  it('prefers a neighbour close to the axis over a nearer one far off it', () => {
    const c = [
      { key: 'diagonal', x: 40, y: 38 },
      { key: 'straight', x: 60, y: 2 },
    ];
    expect(neighbourInDirection({ x: 0, y: 0 }, c, 'right')).toBe('straight');
  });
});
