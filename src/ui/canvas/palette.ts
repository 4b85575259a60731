/**
 * Visual vocabulary of the canvas, exported as data so the app's legend, the exported
 * pictures and the Cytoscape stylesheet all use the same colors, shapes and line styles.
 *
 * Every relation type is also told apart by its line pattern and every actor kind by its
 * shape, so nothing depends on colour alone.
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

/**
 * Node kinds and tie types use two separate sets (no colour means both an actor kind and a tie
 * type), drawn from Paul Tol's colour-blind-safe schemes. Within each set the colours stay
 * apart under deuteranopia and protanopia simulation (tests/ui/palette.test.ts). Quote ties,
 * the most numerous and least telling, get a pale colour so they recede.
 */
export const PALETTE: { light: ThemeColors; dark: ThemeColors } = {
  light: {
    background: '#ffffff',
    text: '#1a1a1a',
    textOutline: '#ffffff',
    nodeBorder: '#333333',
    selection: '#000000',
    kinds: { state: '#332288', leader: '#DDAA33', analyst: '#EE6677', organization: '#88CCEE' },
    relations: {
      alliance: '#117733',
      visit: '#0077BB',
      sanction: '#EE7733',
      quote: '#C8A2C8',
      affiliation: '#777777',
    },
  },
  dark: {
    background: '#15171a',
    text: '#f2f2f2',
    textOutline: '#15171a',
    nodeBorder: '#e6e6e6',
    selection: '#ffffff',
    kinds: { state: '#6655BB', leader: '#DDAA33', analyst: '#EE6677', organization: '#88CCEE' },
    relations: {
      alliance: '#33AA77',
      visit: '#4499EE',
      sanction: '#FF9955',
      quote: '#6E5E70',
      affiliation: '#9A9A9A',
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
  /** Line opacity: the telling types stand out, quotes and affiliations recede. */
  opacity: number;
}

/** Line style and arrow of each relation type; only `alliance` is undirected. */
export const EDGE_STYLES: Record<RelationType, EdgeStyle> = {
  alliance: { lineStyle: 'solid', arrow: 'none', patternName: 'solid', widthFactor: 1.4, opacity: 0.95 },
  visit: {
    lineStyle: 'dashed',
    dashPattern: [9, 5],
    arrow: 'triangle',
    patternName: 'dashed',
    widthFactor: 1,
    opacity: 0.95,
  },
  sanction: {
    lineStyle: 'dashed',
    dashPattern: [12, 4, 2, 4],
    arrow: 'triangle-tee',
    patternName: 'dash-dot',
    widthFactor: 1.2,
    opacity: 0.95,
  },
  quote: { lineStyle: 'dotted', arrow: 'vee', patternName: 'dotted', widthFactor: 0.6, opacity: 0.6 },
  affiliation: {
    lineStyle: 'dashed',
    dashPattern: [3, 4],
    arrow: 'chevron',
    patternName: 'short dashes',
    widthFactor: 0.8,
    opacity: 0.75,
  },
};

/** The theme for a dark flag. */
export function themeColors(dark: boolean): ThemeColors {
  return dark ? PALETTE.dark : PALETTE.light;
}
