/**
 * Overlap removal for force layouts: discs closer than the sum of their radii are pushed
 * apart along the line between their centres, a few sweeps over a spatial hash. ForceAtlas2's
 * own anti-collision leaves dense cores overlapping when Barnes-Hut approximates them.
 */
import type { Point } from './layout';

/** Buckets disc indices by grid cell of side `cell`. */
function hashDiscs(xy: readonly Point[], cell: number): Map<string, number[]> {
  const grid = new Map<string, number[]>();
  xy.forEach((p, i) => {
    const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
    const bucket = grid.get(key);
    if (bucket) bucket.push(i);
    else grid.set(key, [i]);
  });
  return grid;
}

/** Pushes disc `i` and `j` apart when they overlap; returns whether they did. */
function pushApart(xy: Point[], radii: readonly number[], i: number, j: number): boolean {
  const p = xy[i];
  const q = xy[j];
  if (!p || !q) return false;
  const need = (radii[i] ?? 0) + (radii[j] ?? 0);
  let dx = q.x - p.x;
  let dy = q.y - p.y;
  let d = Math.hypot(dx, dy);
  if (d >= need) return false;
  if (d === 0) {
    // Coincident centres: a direction fixed by the indices keeps the result deterministic.
    const a = (i * 2.399963 + j) % (2 * Math.PI);
    dx = Math.cos(a);
    dy = Math.sin(a);
    d = 1;
  }
  // Pushing a little further than needed settles crowds faster than exact pushes, which oscillate.
  const move = ((need - d) * 0.6 + 0.5) / d;
  p.x -= dx * move;
  p.y -= dy * move;
  q.x += dx * move;
  q.y += dy * move;
  return true;
}

/** One sweep over every pair of neighbouring discs; returns how many pairs overlapped. */
function sweep(xy: Point[], radii: readonly number[], cell: number): number {
  const grid = hashDiscs(xy, cell);
  let overlaps = 0;
  for (const [key, bucket] of grid) {
    const [cx = 0, cy = 0] = key.split(',').map(Number);
    for (let gx = cx - 1; gx <= cx + 1; gx++)
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        const other = grid.get(`${gx},${gy}`);
        if (!other) continue;
        for (const i of bucket) for (const j of other) if (i < j && pushApart(xy, radii, i, j)) overlaps++;
      }
  }
  return overlaps;
}

/**
 * Moves discs (in place) until none overlaps another, or `maxSweeps` sweeps have run.
 * Returns the number of overlapping pairs left at the last sweep.
 */
export function separate(xy: Point[], radii: readonly number[], maxSweeps = 60): number {
  const cell = 2 * Math.max(1, ...radii);
  let left = 0;
  for (let s = 0; s < maxSweeps; s++) {
    left = sweep(xy, radii, cell);
    if (left === 0) break;
  }
  return left;
}
