/**
 * Layouts. The default is fcose, made deterministic: the layout runs synchronously
 * (`animate: false`) with `Math.random` replaced, for the duration of the run only, by a
 * PRNG seeded from a hash of the graph's node and edge keys. The same graph therefore always
 * gives the same picture. Above {@link DRAFT_THRESHOLD} actors the default layout is the
 * component-wise ForceAtlas2 of `force-layout.ts` instead (fcose's draft quality, spectral
 * only, piled thousands of actors on one point).
 */
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, LayoutOptions, NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from './types';
import { mulberry32 } from '../../graph/random';
import { forcePositions } from './force-layout';
import { separateStates } from './states-apart';

/**
 * Above this many nodes the default layout is `forcePositions` (and a bare Cytoscape page's
 * fcose runs in `draft` quality, see {@link layoutOptions}).
 */
export const DRAFT_THRESHOLD = 1000;

let registered = false;
/** Registers cytoscape-fcose once. */
export function registerFcose(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/** 32-bit FNV-1a hash of a string. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: a small, fast, seeded PRNG returning numbers in [0, 1). */
export const seededRandom = mulberry32;

/** Runs `fn` with `Math.random` replaced by a PRNG seeded with `seed`; always restores it. */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

/** The layout seed of a graph: a hash of its sorted node and edge keys. */
export function graphSeed(cy: Core): number {
  let h = 0x811c9dc5;
  const ids = cy
    .nodes()
    .map((n) => n.id())
    .sort();
  for (const id of ids) h = hashString(id + '\n', h);
  const eids = cy
    .edges()
    .map((e) => e.id())
    .sort();
  for (const id of eids) h = hashString(id + '\n', h);
  return h;
}

/**
 * A deterministic starting position for a node, spread over a square that grows with the
 * graph. Layouts replace it; it only keeps geometry valid (no two nodes on one spot) before
 * the layout runs, which spares Cytoscape degenerate edge computations and warnings.
 */
export function initialPosition(key: string, nodeCount: number): { x: number; y: number } {
  const side = Math.max(200, Math.sqrt(nodeCount) * 80);
  const h = hashString(key);
  const h2 = hashString(key, h);
  return { x: (h / 4294967296) * side, y: (h2 / 4294967296) * side };
}

const degreeOf = (n: NodeSingular): number => Number(n.data('degree') ?? n.degree(false));

/** Cytoscape layout options for a layout name and graph size. */
export function layoutOptions(name: LayoutName, nodeCount: number): LayoutOptions {
  const large = nodeCount > DRAFT_THRESHOLD;
  const common = { animate: false, fit: true, padding: 30 };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: large ? 'draft' : 'default',
        randomize: true,
        numIter: large ? 1000 : 2500,
        nodeDimensionsIncludeLabels: !large,
        uniformNodeDimensions: large,
        packComponents: true,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 110,
        edgeElasticity: () => 0.45,
        nodeSeparation: 90,
        gravity: 0.25,
        tile: true,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        concentric: degreeOf,
        levelWidth: (nodes: cytoscape.NodeCollection) => Math.max(1, nodes.maxDegree(false) / 5),
        minNodeSpacing: 14,
        avoidOverlap: true,
      };
    case 'circle':
      return {
        name: 'circle',
        ...common,
        avoidOverlap: true,
        sort: (a: NodeSingular, b: NodeSingular) =>
          String(a.data('kind')).localeCompare(String(b.data('kind'))) || degreeOf(b) - degreeOf(a),
      };
    case 'grid':
      return {
        name: 'grid',
        ...common,
        avoidOverlap: true,
        avoidOverlapPadding: 20,
        sort: (a: NodeSingular, b: NodeSingular) =>
          String(a.data('kind')).localeCompare(String(b.data('kind'))) ||
          degreeOf(b) - degreeOf(a) ||
          a.id().localeCompare(b.id()),
      };
  }
}

const countEdges = (els: readonly { group?: string }[]): number =>
  els.reduce((n, e) => n + (e.group === 'edges' ? 1 : 0), 0);

/** A node position. */
export interface Point {
  x: number;
  y: number;
}

/**
 * Box a node takes in the layout: its shape plus, when labelled, an estimate of its label
 * below it (0.6 em per character). The estimate, unlike measuring text, does not depend on
 * installed fonts, so the layout is the same on every machine.
 */
export function layoutBox(data: Record<string, unknown>): { w: number; h: number } {
  const size = Number(data.size ?? 30);
  if (data.major === false) return { w: size, h: size };
  const font = Number(data.fontSize ?? 12);
  const text = typeof data.label === 'string' ? data.label : '';
  const label = Math.min(text.length * font * 0.6, 150);
  return { w: Math.max(size, label), h: size + font + 6 };
}

/** What the layout needs of a node or an edge: structure and layout boxes, nothing else. */
export type LiteElement =
  | { group: 'nodes'; data: { id: string; kind?: unknown; degree?: unknown; w: number; h: number } }
  | { group: 'edges'; data: { id: string; source: string; target: string } };

/**
 * The light copy of element definitions the layout runs on: nodes become plain boxes (see
 * {@link layoutBox}), edges keep only their ends. Small and structured-cloneable, so it can
 * be posted to a worker.
 */
export function liteElements(elements: readonly ElementDefinition[]): LiteElement[] {
  return elements.map((e): LiteElement => {
    const d = e.data as Record<string, unknown>;
    if (e.group === 'nodes') {
      const box = layoutBox(d);
      return {
        group: 'nodes',
        data: { id: String(d.id), kind: d.kind, degree: d.degree, w: box.w, h: box.h },
      };
    }
    return { group: 'edges', data: { id: String(d.id), source: String(d.source), target: String(d.target) } };
  });
}

/**
 * Computes layout positions on a private headless Cytoscape instance whose nodes are plain
 * boxes (see {@link layoutBox}) and whose edges are haystack lines: the layout then costs no
 * more than on a bare Cytoscape page, and the visible instance only receives the result.
 * Deterministic: the same elements always give the same positions.
 */
export function computePositions(
  elements: readonly ElementDefinition[],
  name: LayoutName,
): Map<string, Point> {
  return positionsOf(liteElements(elements), name);
}

/** {@link computePositions} on elements already made light (what the layout worker runs). */
export function positionsOf(lite: readonly LiteElement[], name: LayoutName): Map<string, Point> {
  const large = lite.length - countEdges(lite) > DRAFT_THRESHOLD;
  if (large && name === 'fcose') return forcePositions(lite, liteSeed(lite));
  if (name === 'fcose') registerFcose();
  const cy = cytoscape({
    headless: true,
    // Headless Cytoscape ignores styles unless told: without them every node is a point and
    // fcose packs the graph three times too tight for its nodes.
    styleEnabled: true,
    elements: lite as ElementDefinition[],
    style: [
      { selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle' } },
      { selector: 'edge', style: { 'curve-style': 'haystack' } },
    ],
  });
  const nodes = cy.nodes();
  const out = new Map<string, Point>();
  if (nodes.length > 0) {
    const layout = cy.layout({
      ...layoutOptions(name, nodes.length),
      fit: false,
      nodeDimensionsIncludeLabels: false,
    } as LayoutOptions);
    withSeededRandom(graphSeed(cy), () => {
      layout.run();
    });
    nodes.forEach((n) => {
      const p = n.position();
      out.set(n.id(), { x: p.x, y: p.y });
    });
    if (name === 'fcose') separateStates(out, lite);
  }
  cy.destroy();
  return out;
}

/** The layout seed of light elements: a hash of their sorted ids (as {@link graphSeed}). */
export function liteSeed(lite: readonly LiteElement[]): number {
  let h = 0x811c9dc5;
  const ids = (group: string) =>
    lite
      .filter((e) => e.group === group)
      .map((e) => e.data.id)
      .sort();
  for (const id of ids('nodes')) h = hashString(id + '\n', h);
  for (const id of ids('edges')) h = hashString(id + '\n', h);
  return h;
}
