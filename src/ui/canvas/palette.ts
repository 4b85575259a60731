/**
 * Visual vocabulary of the canvas, exported as data so the app's legend, the exported
 * pictures and the Cytoscape stylesheet all use the same colors, shapes and line styles.
 *
 * Colors come from the Okabe–Ito palette (color-blind safe); every relation type is also
 * told apart by its line pattern and every actor kind by its shape, so nothing depends on
 * color alone.
 */
import type { NodeKind, RelationType } from '../../graph/types';

/** A Cytoscape node shape name (subset used here). */
export type NodeShape = 'ellipse' | 'diamond' | 'round-triangle' | 'round-rectangle';

/** Colors of one theme. */
export interface ThemeColors {
  /** Canvas background (used for exports with a white/dark background and label halos). */
  background: string;
  /** Label text. */
  text: string;
  /** Halo drawn around labels so they stay readable over edges. */
  textOutline: string;
  /** Outline of nodes. */
  nodeBorder: string;
  /** Ring drawn around the selected element. */
  selection: string;
  /** Fill of each actor kind. */
  kinds: Record<NodeKind, string>;
  /** Line color of each relation type. */
  relations: Record<RelationType, string>;
}

/** Okabe–Ito colors. */
const OI = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  black: '#000000',
} as const;

/** Light and dark themes. Kind and relation colors are the same hues in both. */
export const PALETTE: { light: ThemeColors; dark: ThemeColors } = {
  light: {
    background: '#ffffff',
    text: '#1a1a1a',
    textOutline: '#ffffff',
    nodeBorder: '#333333',
    selection: '#000000',
    kinds: { state: OI.blue, leader: OI.orange, analyst: OI.purple, organization: OI.green },
    relations: {
      alliance: OI.green,
      visit: OI.blue,
      sanction: OI.vermillion,
      quote: OI.purple,
      affiliation: '#7a7a7a',
    },
  },
  dark: {
    background: '#15171a',
    text: '#f2f2f2',
    textOutline: '#15171a',
    nodeBorder: '#e6e6e6',
    selection: '#ffffff',
    kinds: { state: OI.skyBlue, leader: OI.orange, analyst: OI.purple, organization: OI.green },
    relations: {
      alliance: OI.green,
      visit: OI.skyBlue,
      sanction: OI.vermillion,
      quote: OI.purple,
      affiliation: '#a6a6a6',
    },
  },
};

/** Shape of each actor kind. */
export const NODE_SHAPES: Record<NodeKind, NodeShape> = {
  state: 'ellipse',
  leader: 'diamond',
  analyst: 'round-triangle',
  organization: 'round-rectangle',
};

/** How one relation type is drawn. */
export interface EdgeStyle {
  /** Cytoscape `line-style`. */
  lineStyle: 'solid' | 'dashed' | 'dotted';
  /** Cytoscape `line-dash-pattern` (dashed lines only). */
  dashPattern?: [number, number] | [number, number, number, number];
  /** Target arrow; `none` for undirected types. */
  arrow: 'none' | 'triangle' | 'vee' | 'triangle-tee' | 'chevron';
  /** Human-readable name of the pattern, for legends. */
  patternName: string;
  /** Line width multiplier. */
  widthFactor: number;
}

/** Line style and arrow of each relation type; only `alliance` is undirected. */
export const EDGE_STYLES: Record<RelationType, EdgeStyle> = {
  alliance: { lineStyle: 'solid', arrow: 'none', patternName: 'solid', widthFactor: 1.4 },
  visit: {
    lineStyle: 'dashed',
    dashPattern: [9, 5],
    arrow: 'triangle',
    patternName: 'dashed',
    widthFactor: 1,
  },
  sanction: {
    lineStyle: 'dashed',
    dashPattern: [12, 4, 2, 4],
    arrow: 'triangle-tee',
    patternName: 'dash-dot',
    widthFactor: 1.2,
  },
  quote: { lineStyle: 'dotted', arrow: 'vee', patternName: 'dotted', widthFactor: 1 },
  affiliation: {
    lineStyle: 'dashed',
    dashPattern: [3, 4],
    arrow: 'chevron',
    patternName: 'short dashes',
    widthFactor: 0.8,
  },
};

/** The theme for a dark flag. */
export function themeColors(dark: boolean): ThemeColors {
  return dark ? PALETTE.dark : PALETTE.light;
}
