/**
 * Pure stylesheet for the canvas, built from {@link PALETTE}, {@link NODE_SHAPES} and
 * {@link EDGE_STYLES}. Node size and label size come from element data (see `elements.ts`).
 */
import type { StylesheetJson, StylesheetJsonBlock } from 'cytoscape';
import { NODE_KINDS, RELATION_TYPES } from '../../graph/types';
import type { ThemeColors } from './palette';
import { EDGE_STYLES, NODE_SHAPES, themeColors } from './palette';

/** Class of elements dimmed while something else is selected. */
export const FADED_CLASS = 'ent-faded';
/** Class of the selected element and its highlighted neighbourhood. */
export const FOCUS_CLASS = 'ent-focus';

/** Font stack of labels (also used by the legend). */
export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Options of {@link buildStylesheet}. */
export interface StyleOptions {
  dark?: boolean;
  /**
   * Labels are not drawn when their on-screen size falls below this (px). Large graphs
   * use a higher value so a zoomed-out overview draws no text.
   */
  minZoomedFontSize?: number;
  /**
   * Large-graph mode: edges are haystack lines (Cytoscape's fastest kind, the one a bare
   * page uses) without arrowheads (drawing thousands of arrows costs more than the lines),
   * parallel ties spread over the node's radius, constant widths per type. Type colors and
   * line patterns stay; edges of a selected neighbourhood get the full drawing back (curves,
   * arrows), so direction is one click away.
   */
  large?: boolean;
}

/** The Cytoscape stylesheet for a theme. */
export function buildStylesheet(options: StyleOptions = {}): StylesheetJson {
  const c = themeColors(options.dark ?? false);
  const sheet: StylesheetJsonBlock[] = [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-family': FONT_FAMILY,
        'font-size': 'data(fontSize)',
        'font-weight': 600,
        color: c.text,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '150px',
        'line-height': 1.1,
        'text-outline-color': c.textOutline,
        'text-outline-width': 2.5,
        'text-outline-opacity': 0.95,
        'min-zoomed-font-size': options.minZoomedFontSize ?? 6,
        'border-width': 1.5,
        'border-color': c.nodeBorder,
        'border-opacity': 0.7,
        'z-index': 10,
      },
    },
    { selector: 'node[!major]', style: { label: '' } },
    ...NODE_KINDS.map((kind): StylesheetJsonBlock => ({
      selector: `node[kind = "${kind}"]`,
      style: { shape: NODE_SHAPES[kind], 'background-color': c.kinds[kind] },
    })),
    // Colour by community or country (see appearance.ts) overrides the kind colour.
    { selector: 'node[fill]', style: { 'background-color': 'data(fill)' } },
    ...(options.large ? largeEdgeRules(c) : detailedEdgeRules(c, 'edge')),
    ...correctedRules(options.dark ?? false),
    { selector: `.${FADED_CLASS}`, style: { opacity: 0.12, 'text-opacity': 0.25 } },
    {
      selector: `node.${FOCUS_CLASS}`,
      style: { label: 'data(label)', 'border-width': 2.5, 'border-opacity': 1, 'z-index': 20 },
    },
    ...(options.large ? detailedEdgeRules(c, `edge.${FOCUS_CLASS}`) : []),
    {
      selector: `edge.${FOCUS_CLASS}`,
      style: {
        opacity: 1,
        'z-index': 15,
        label: 'data(type)',
        'font-family': FONT_FAMILY,
        'font-size': 10,
        color: c.text,
        'text-rotation': 'autorotate',
        'text-background-color': c.background,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'min-zoomed-font-size': 6,
      },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': c.selection, 'border-opacity': 1 },
    },
    {
      selector: 'edge:selected',
      style: { 'underlay-color': c.selection, 'underlay-opacity': 0.25, 'underlay-padding': 3 },
    },
  ];
  return sheet;
}

/** Colour of the marks of corrected actors and ties (amber, readable on both themes). */
export const CORRECTED_COLOR = { light: '#c2410c', dark: '#fbbf24' } as const;

/** Actors and ties changed by the analyst's corrections: a double amber ring, an amber outline. */
function correctedRules(dark: boolean): StylesheetJsonBlock[] {
  const color = dark ? CORRECTED_COLOR.dark : CORRECTED_COLOR.light;
  return [
    {
      selector: 'node[?corrected]',
      style: { 'border-width': 5, 'border-style': 'double', 'border-color': color, 'border-opacity': 1 },
    },
    { selector: 'edge[?corrected]', style: { 'line-outline-width': 2, 'line-outline-color': color } },
  ];
}

/** Curved edges with end arrows, per-weight widths and parallel offsets, for `selector`. */
function detailedEdgeRules(c: ThemeColors, selector: string): StylesheetJsonBlock[] {
  return [
    {
      selector,
      style: {
        width: 'data(width)',
        // Unbundled beziers with precomputed offsets (data.curve) keep parallel ties apart
        // without Cytoscape's costly per-pair bundling.
        'curve-style': 'unbundled-bezier',
        'control-point-distances': 'data(curve)',
        'control-point-weights': 0.5,
        'arrow-scale': 1.35,
        'target-distance-from-node': 1,
        'mid-target-arrow-shape': 'none',
        'z-index': 1,
      },
    },
    ...RELATION_TYPES.map((type): StylesheetJsonBlock => {
      const s = EDGE_STYLES[type];
      const style: Record<string, string | number | number[]> = {
        'line-color': c.relations[type],
        'line-style': s.lineStyle,
        opacity: s.opacity,
        'target-arrow-shape': s.arrow,
        'target-arrow-color': c.relations[type],
      };
      if (s.dashPattern) style['line-dash-pattern'] = s.dashPattern;
      return { selector: `${selector}[type = "${type}"]`, style };
    }),
  ];
}

/** Haystack edges without arrowheads, constant widths (large-graph mode). */
function largeEdgeRules(c: ThemeColors): StylesheetJsonBlock[] {
  return [
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0.6,
        opacity: 0.8,
        'z-index': 1,
      },
    },
    ...RELATION_TYPES.map((type): StylesheetJsonBlock => {
      const s = EDGE_STYLES[type];
      const style: Record<string, string | number | number[]> = {
        width: Math.round(1.6 * s.widthFactor * 10) / 10,
        'line-color': c.relations[type],
        'line-style': s.lineStyle,
      };
      if (s.dashPattern) style['line-dash-pattern'] = s.dashPattern;
      return { selector: `edge[type = "${type}"]`, style };
    }),
  ];
}
