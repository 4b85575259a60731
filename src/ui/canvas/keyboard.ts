/** Keyboard moves over the canvas: which neighbour an arrow key goes to (pure geometry). */

export type Direction = 'left' | 'right' | 'up' | 'down';

/** Arrow key names and the direction each stands for. */
export const ARROW_KEYS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const UNIT: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

export interface Placed {
  key: string;
  x: number;
  y: number;
}

/**
 * The candidate that lies in `dir` from `from` (within 45° either side of it), the nearest
 * first, with closeness to the direction's axis breaking ties; undefined when none does.
 */
export function neighbourInDirection(
  from: { x: number; y: number },
  candidates: readonly Placed[],
  dir: Direction,
): string | undefined {
  const u = UNIT[dir];
  let best: { key: string; score: number } | undefined;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * u.x + dy * u.y;
    const across = Math.abs(dx * u.y - dy * u.x);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (!best || score < best.score) best = { key: c.key, score };
  }
  return best?.key;
}
