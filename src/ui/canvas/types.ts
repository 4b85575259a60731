/**
 * Public surface of the framework-free Cytoscape adapter. React code talks to the canvas
 * only through these types (`createCanvas` returns a {@link CanvasHandle}).
 */
import type { Core } from 'cytoscape';
import type { EntenteGraph, NodeKind, RelationType } from '../../graph/types';
import type { Appearance } from './appearance';
import type { CaptionLine } from '../export/caption';
import type { GexfViz } from '../../graph/formats/gexf';
import type { LayoutRunner } from './layout-runner';

export type LayoutName = 'fcose' | 'concentric' | 'circle' | 'grid';

/** What is visible. Filtering hides/shows elements; it never re-runs the layout. */
export interface CanvasFilter {
  relations: Record<RelationType, boolean>;
  kinds: Record<NodeKind, boolean>;
  hideIsolated: boolean;
  /** Ties with fewer evidence items than this are hidden (1 or unset: none). */
  minEvidence?: number;
  /** Inclusive ISO date bounds on tie dates; when set, undated ties are hidden. */
  dateRange?: { from?: string; to?: string };
  /** When set, only evidence from these article ids counts. */
  articles?: readonly string[];
}

export type Selection = { type: 'node'; key: string } | { type: 'edge'; key: string };

export interface CanvasOptions {
  container: HTMLElement;
  graph: EntenteGraph;
  filter?: CanvasFilter;
  layout?: LayoutName;
  dark?: boolean;
  /** `auto` picks WebGL above a size threshold. Default `auto`. */
  renderer?: 'canvas' | 'webgl' | 'auto';
  onSelect?: (selection: Selection | null) => void;
  /**
   * Run Cytoscape headless (no drawing; `container` is ignored). For tests and workers;
   * exports are unavailable. Default false.
   */
  headless?: boolean;
  /**
   * Lays out large graphs off the main thread (see `createWorkerLayoutRunner`). Without
   * it, every layout runs synchronously.
   */
  layoutRunner?: LayoutRunner;
  /** Called with true when a layout starts off the main thread, and false when it is drawn. */
  onLayoutState?: (running: boolean) => void;
  /** Called with the graph once it is drawn (its layout applied and all its elements added). */
  onDrawn?: (graph: EntenteGraph) => void;
}

export interface PngExportOptions {
  /** 1–4. */
  scale: number;
  background: 'white' | 'transparent';
  /** Whole graph (true) or the current viewport (false). */
  full: boolean;
  /** Draw the legend into the picture. Default true. */
  legend?: boolean;
  /** Lines of the caption band drawn below the picture; none without. */
  caption?: readonly CaptionLine[];
}

export interface CanvasHandle {
  /** The Cytoscape instance (exposed as `window.cy` by the page). */
  readonly cy: Core;
  /** Replace the graph (re-runs the layout), or change filter / layout / theme. */
  update(patch: { graph?: EntenteGraph; filter?: CanvasFilter; layout?: LayoutName; dark?: boolean }): void;
  /** Select and highlight a node's neighbourhood or an edge; null clears. */
  select(selection: Selection | null): void;
  /** Pan and zoom to a node. */
  center(key: string): void;
  exportPng(options: PngExportOptions): Promise<Blob>;
  /**
   * Exports draw the graph as it stands without a selection (nothing faded), and a view
   * export zooms out just enough for the labels of the actors in view to fit.
   */
  exportSvg(options: Omit<PngExportOptions, 'scale'>): string;
  /** Positions, colours and sizes of the drawn actors and ties, for GEXF's viz namespace. */
  viz(): GexfViz;
  /** Focuses a path's actors and ties and fades the rest; null goes back to the selection. */
  highlightPath(path: { nodes: readonly string[]; edges: readonly string[] } | null): void;
  /** Size nodes by a metric and colour them by group (kept across graph changes). */
  setAppearance(appearance: Appearance): void;
  /** Resolves when the latest layout has been applied (at once for synchronous layouts). */
  settled(): Promise<void>;
  destroy(): void;
}
