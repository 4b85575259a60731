/**
 * Size-by and colour-by: node diameters from a metric, and fill colours from a category
 * (community, country), set as node data (`size`, `fill`) that the stylesheet reads.
 */
import type cytoscape from 'cytoscape';
import type { Core, NodeSingular } from 'cytoscape';
import { styleNow } from './chunked-add';
import { ALL_LABELS_MAX, nodeSize } from './elements';

/** What the canvas draws nodes with, beyond their kind. Null or missing: the defaults. */
export interface Appearance {
  /** A metric value per actor: diameters scale with its square root. */
  sizes?: ReadonlyMap<string, number> | null;
  /** A category per actor (community number, country code): one colour each. */
  groups?: ReadonlyMap<string, string | number> | null;
}

/**
 * Categorical colours readable on light and dark backgrounds (Tableau 10, reordered so
 * neighbours differ). Groups beyond them share a neutral grey.
 */
export const GROUP_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#ff9da7',
  '#9c755f',
  '#2f8f9d',
  '#d37295',
  '#8cd17d',
];
export const OTHER_GROUP_COLOR = '#9a9a9a';

/**
 * A colour per group, the most populous group first; groups of one actor, the unknown group
 * '' and groups beyond the palette are grey.
 */
export function groupColors(groups: ReadonlyMap<string, string | number>): Map<string | number, string> {
  const counts = new Map<string | number, number>();
  for (const g of groups.values()) counts.set(g, (counts.get(g) ?? 0) + 1);
  const ranked = [...counts.entries()]
    .filter(([g, n]) => n > 1 && g !== '')
    .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  const out = new Map<string | number, string>();
  ranked.forEach(([g], i) => out.set(g, GROUP_COLORS[i] ?? OTHER_GROUP_COLOR));
  return out;
}

/** Node diameters for metric values (the graph's highest value gets the largest). */
export function metricSizes(values: ReadonlyMap<string, number>, large: boolean): Map<string, number> {
  let max = 0;
  for (const v of values.values()) if (v > max) max = v;
  const out = new Map<string, number>();
  for (const [k, v] of values) out.set(k, nodeSize(Math.max(0, v), max, large));
  return out;
}

/** A node whose data must change: its new size, and its new fill (null: none). */
export interface NodeChange {
  node: NodeSingular;
  size: number;
  fill: string | null;
}

/**
 * The size each drawn node came with. Kept out of Cytoscape: a node's `scratch` write
 * restyles it, which on 5,000 nodes cost a 0.3 s frame.
 */
const baseSizes = new WeakMap<NodeSingular, number>();

/**
 * The nodes whose `size` (from `sizes`, else the degree size the node came with, kept in
 * {@link baseSizes}) or `fill` differ from what they have: only those are written, since each data
 * write restyles its node.
 */
export function appearanceChanges(cy: Core, a: Appearance): NodeChange[] {
  const sizes = a.sizes ? metricSizes(a.sizes, cy.nodes().length > ALL_LABELS_MAX) : null;
  const colors = a.groups ? groupColors(a.groups) : null;
  const out: NodeChange[] = [];
  cy.nodes().forEach((node) => {
    const id = node.id();
    let base = baseSizes.get(node);
    if (base === undefined) {
      base = node.data('size') as number;
      baseSizes.set(node, base);
    }
    const size = sizes?.get(id) ?? base;
    const g = a.groups?.get(id);
    const fill = g === undefined ? null : (colors?.get(g) ?? OTHER_GROUP_COLOR);
    const had = (node.data('fill') as string | undefined) ?? null;
    if (node.data('size') !== size || had !== fill) out.push({ node, size, fill });
  });
  return out;
}

/**
 * Writes changes in one batch (a node removed meanwhile is skipped), and computes the nodes'
 * new style at once (see `styleNow`).
 */
export function writeChanges(cy: Core, changes: readonly NodeChange[]): void {
  cy.batch(() => {
    for (const { node, size, fill } of changes) {
      if (node.removed()) continue;
      if (node.data('size') !== size) node.data('size', size);
      if (fill !== null) {
        if (node.data('fill') !== fill) node.data('fill', fill);
      } else if (node.data('fill') !== undefined) node.removeData('fill');
    }
  });
  const nodes = cy.collection(changes.map((c) => c.node) as unknown as cytoscape.CollectionArgument);
  styleNow(nodes);
  // A node's new size marks its ties' style dirty too (their ends move).
  styleNow(nodes.connectedEdges());
}

/** Sets size and fill on every drawn node, in one batch (see {@link appearanceChanges}). */
export function applyAppearance(cy: Core, a: Appearance): void {
  writeChanges(cy, appearanceChanges(cy, a));
}

/** Nodes restyled per task when a large graph changes appearance. */
export const RESTYLE_CHUNK = 250;

/**
 * {@link applyAppearance} spread over tasks of {@link RESTYLE_CHUNK} nodes, each followed by
 * a frame, so that restyling thousands of nodes never freezes the page. Stops (resolving
 * false) as soon as `current()` turns false.
 */
export async function applyAppearanceInChunks(
  cy: Core,
  a: Appearance,
  current: () => boolean,
  nextTask: () => Promise<void>,
): Promise<boolean> {
  const changes = appearanceChanges(cy, a);
  for (let i = 0; i < changes.length; i += RESTYLE_CHUNK) {
    if (i > 0) await nextTask();
    if (!current()) return false;
    writeChanges(cy, changes.slice(i, i + RESTYLE_CHUNK));
  }
  return true;
}
