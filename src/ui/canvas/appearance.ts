/**
 * Size-by and colour-by: node diameters from a metric, and fill colours from a category
 * (community, country), set as node data (`size`, `fill`) that the stylesheet reads.
 */
import type { Core } from 'cytoscape';
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

/**
 * Sets `size` (from `sizes`, else the degree size the node came with, kept in its scratch)
 * and `fill` on every drawn node, in one batch. Only values that change are written: each
 * data write restyles its node, which on thousands of nodes freezes the page.
 */
export function applyAppearance(cy: Core, a: Appearance): void {
  const sizes = a.sizes ? metricSizes(a.sizes, cy.nodes().length > ALL_LABELS_MAX) : null;
  const colors = a.groups ? groupColors(a.groups) : null;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const id = n.id();
      let base = n.scratch('baseSize') as number | undefined;
      if (base === undefined) {
        base = n.data('size') as number;
        n.scratch('baseSize', base);
      }
      const size = sizes?.get(id) ?? base;
      if (n.data('size') !== size) n.data('size', size);
      const g = a.groups?.get(id);
      const fill = g === undefined ? undefined : (colors?.get(g) ?? OTHER_GROUP_COLOR);
      const had = n.data('fill') as string | undefined;
      if (fill && had !== fill) n.data('fill', fill);
      else if (!fill && had !== undefined) n.removeData('fill');
    });
  });
}
