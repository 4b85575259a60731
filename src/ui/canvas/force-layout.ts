/**
 * The layout of large graphs (see `positionsOf`): each connected component gets a
 * ForceAtlas2 refinement (Barnes-Hut above a few hundred actors) then overlap removal, actors
 * without ties are packed in a grid, and the blocks are packed side by side in rows into a
 * roughly square picture. Deterministic: the start positions come from a PRNG seeded by the
 * caller, and components are processed in element order.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { mulberry32 } from '../../graph/random';
import type { LiteElement, Point } from './layout';
import { separate } from './separate';

/** Gap between an actor's disc and its neighbours', in model px. */
export const NODE_GAP = 6;
/** Gap between packed blocks (components, the grid of isolated actors), in model px. */
export const BLOCK_GAP = 40;

/** An actor as the force layout sees it: a disc. */
interface Disc {
  id: string;
  r: number;
}

/** A laid-out group of actors: positions relative to its own top-left corner, and its size. */
export interface Block {
  ids: string[];
  xy: Point[];
  w: number;
  h: number;
}

/** Radius an actor needs: half its box (label included for labelled actors), plus a gap. */
export function discRadius(data: { w: number; h: number }): number {
  return Math.max(data.w, data.h) / 2 + NODE_GAP / 2;
}

/** The connected components of the actors with ties (each a list of indices), in element order. */
export function components(n: number, adjacency: readonly number[][]): number[][] {
  const seen = new Uint8Array(n);
  const out: number[][] = [];
  for (let s = 0; s < n; s++) {
    if (seen[s] || (adjacency[s]?.length ?? 0) === 0) continue;
    seen[s] = 1;
    const comp = [s];
    for (let i = 0; i < comp.length; i++) {
      for (const t of adjacency[comp[i] ?? 0] ?? []) {
        if (seen[t]) continue;
        seen[t] = 1;
        comp.push(t);
      }
    }
    out.push(comp);
  }
  return out;
}

/** Iterations of ForceAtlas2 for a component of `n` actors: fewer for big ones (each costs more). */
export function iterationsFor(n: number): number {
  if (n <= 50) return 400;
  if (n <= 500) return 300;
  return 100;
}

/** Free area a component gets per unit of its discs' squared diameters. */
export const ROOM = 2;

/**
 * Scales positions up about the origin (in place) when their bounding box is smaller than
 * {@link ROOM} times the area of the discs' squares: ForceAtlas2 packs dense cores tighter
 * than their actors' sizes allow, and the overlap removal that follows needs room to work.
 */
export function makeRoom(xy: Point[], radii: readonly number[]): void {
  if (xy.length < 2) return;
  const xs = xy.map((p) => p.x);
  const ys = xy.map((p) => p.y);
  const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
  const need = ROOM * radii.reduce((s, r) => s + 4 * r * r, 0);
  const k = area > 0 ? Math.sqrt(need / area) : 1;
  if (k <= 1) return;
  for (const p of xy) {
    p.x *= k;
    p.y *= k;
  }
}

/** Lays out one connected component with ForceAtlas2, from seeded random start positions. */
export function forceBlock(
  discs: readonly Disc[],
  edges: readonly [number, number][],
  rand: () => number,
): Block {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const side = Math.sqrt(discs.length) * 40;
  discs.forEach((d, i) => {
    g.addNode(i, { x: rand() * side, y: rand() * side, size: d.r });
  });
  for (const [a, b] of edges) if (a !== b) g.mergeEdge(a, b);
  const n = discs.length;
  const settings = {
    ...forceAtlas2.inferSettings(n),
    adjustSizes: false,
    barnesHutOptimize: n > 300,
    scalingRatio: 6,
    gravity: 1,
  };
  const pos = n <= 2 ? twoApart(discs) : forceAtlas2(g, { iterations: iterationsFor(n), settings });
  const xy = discs.map((_, i) => {
    const p = pos[i];
    return { x: p?.x ?? 0, y: p?.y ?? 0 };
  });
  const radii = discs.map((d) => d.r);
  makeRoom(xy, radii);
  separate(xy, radii);
  return toBlock(
    discs.map((d) => d.id),
    xy,
    discs.map((d) => d.r),
  );
}

/** Positions of a component of one or two actors: side by side. */
function twoApart(discs: readonly Disc[]): Record<string, Point> {
  const a = discs[0]?.r ?? 0;
  const b = discs[1]?.r ?? 0;
  return { 0: { x: 0, y: 0 }, 1: { x: a + b + NODE_GAP, y: 0 } };
}

/** A block from positions and radii: shifted so its discs start at (0, 0). */
export function toBlock(ids: string[], xy: Point[], radii: readonly number[]): Block {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  xy.forEach((p, i) => {
    const r = radii[i] ?? 0;
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r);
  });
  const moved = xy.map((p) => ({ x: p.x - x1, y: p.y - y1 }));
  return { ids, xy: moved, w: x2 - x1, h: y2 - y1 };
}

/** Actors without ties in rows of a square-ish grid, in element order. */
export function gridBlock(discs: readonly Disc[]): Block {
  const cell = 2 * Math.max(...discs.map((d) => d.r));
  const cols = Math.ceil(Math.sqrt(discs.length));
  const xy = discs.map((_, i) => ({
    x: (i % cols) * cell + cell / 2,
    y: Math.floor(i / cols) * cell + cell / 2,
  }));
  const rows = Math.ceil(discs.length / cols);
  return { ids: discs.map((d) => d.id), xy, w: cols * cell, h: rows * cell };
}

/**
 * Packs blocks in rows, largest first, into a picture about as wide as it is high: each row
 * is filled up to the width of a square of the blocks' total area (or of the widest block).
 */
export function packBlocks(blocks: readonly Block[]): Map<string, Point> {
  const sorted = [...blocks].sort((a, b) => b.h - a.h || b.w - a.w);
  const area = sorted.reduce((s, b) => s + (b.w + BLOCK_GAP) * (b.h + BLOCK_GAP), 0);
  const width = Math.max(Math.sqrt(area), ...sorted.map((b) => b.w));
  const out = new Map<string, Point>();
  let x = 0;
  let y = 0;
  let rowH = 0;
  for (const b of sorted) {
    if (x > 0 && x + b.w > width) {
      x = 0;
      y += rowH + BLOCK_GAP;
      rowH = 0;
    }
    b.ids.forEach((id, i) => {
      const p = b.xy[i] ?? { x: 0, y: 0 };
      out.set(id, { x: x + p.x, y: y + p.y });
    });
    x += b.w + BLOCK_GAP;
    rowH = Math.max(rowH, b.h);
  }
  return out;
}

/** Indexes light elements: the actors as discs, and the ties as pairs of actor indices. */
function discsAndTies(lite: readonly LiteElement[]): { discs: Disc[]; ties: [number, number][] } {
  const discs: Disc[] = [];
  const at = new Map<string, number>();
  for (const e of lite) {
    if (e.group !== 'nodes') continue;
    at.set(e.data.id, discs.length);
    discs.push({ id: e.data.id, r: discRadius(e.data) });
  }
  const ties: [number, number][] = [];
  for (const e of lite) {
    if (e.group !== 'edges') continue;
    const a = at.get(e.data.source);
    const b = at.get(e.data.target);
    if (a !== undefined && b !== undefined && a !== b) ties.push([a, b]);
  }
  return { discs, ties };
}

/** Positions of every actor of a large graph (see the module comment). */
export function forcePositions(lite: readonly LiteElement[], seed: number): Map<string, Point> {
  const { discs, ties } = discsAndTies(lite);
  const adjacency: number[][] = discs.map(() => []);
  for (const [a, b] of ties) {
    adjacency[a]?.push(b);
    adjacency[b]?.push(a);
  }
  const comps = components(discs.length, adjacency);
  const local = new Int32Array(discs.length);
  const compTies: [number, number][][] = comps.map(() => []);
  const compOf = new Int32Array(discs.length).fill(-1);
  comps.forEach((c, ci) =>
    c.forEach((v, i) => {
      local[v] = i;
      compOf[v] = ci;
    }),
  );
  for (const [a, b] of ties) compTies[compOf[a] ?? 0]?.push([local[a] ?? 0, local[b] ?? 0]);
  const rand = mulberry32(seed);
  const blocks = comps.map((c, ci) =>
    forceBlock(
      c.map((v) => discs[v] as Disc),
      compTies[ci] ?? [],
      rand,
    ),
  );
  const lonely = discs.filter((_, i) => compOf[i] === -1);
  if (lonely.length > 0) blocks.push(gridBlock(lonely));
  return packBlocks(blocks);
}
