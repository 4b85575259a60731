/**
 * The framework-free Cytoscape adapter: `createCanvas` draws an Entente graph and returns
 * a {@link CanvasHandle} to update, filter, select, center, export and destroy it.
 * It sets no globals (the page itself exposes `window.cy`).
 */
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, EventObject } from 'cytoscape';
import type { EntenteGraph, NodeKind, RelationType } from '../../graph/types';
import type { Appearance } from './appearance';
import { applyAppearance, applyAppearanceInChunks } from './appearance';
import { addInChunks, afterNextFrame, CHUNKED_ADD_MIN, fitPoints } from './chunked-add';
import { highlightElements } from './path-highlight';
import { NODE_KINDS, RELATION_TYPES } from '../../graph/types';
import { toElements } from './elements';
import { drawnViz, exportPng, exportSvg, loadSvg, roomForLabels } from './export';
import type { FilterIndex, HiddenSets } from './filter';
import { computeHidden, indexElements } from './filter';
import type { Point } from './layout';
import { computePositions, DRAFT_THRESHOLD, initialPosition, liteElements, registerFcose } from './layout';
import { ASYNC_LAYOUT_MIN_NODES } from './layout-runner';
import type { LegendContent } from './legend';
import { chooseRenderer } from './renderer';
import { buildStylesheet, FADED_CLASS, FOCUS_CLASS } from './style';
import type { CanvasFilter, CanvasHandle, CanvasOptions, LayoutName, Selection } from './types';

export type * from './types';
export { toElements } from './elements';
export type { NodeData, EdgeData } from './elements';
export { buildStylesheet } from './style';
export { PALETTE, NODE_SHAPES, EDGE_STYLES, themeColors } from './palette';
export type { ThemeColors, EdgeStyle, NodeShape } from './palette';
export { computeHidden, indexElements, passesDateRange } from './filter';
export { layoutOptions, DRAFT_THRESHOLD } from './layout';
export { createWorkerLayoutRunner, ASYNC_LAYOUT_MIN_NODES } from './layout-runner';
export type { LayoutRunner, WorkerLayoutRunner } from './layout-runner';
export { chooseRenderer, webglSupport, WEBGL_THRESHOLD } from './renderer';
export type { WebglSupport } from './renderer';
export { legendSvg, drawLegend, legendSize } from './legend';

/** Labels smaller than this on screen are skipped on large graphs (keeps overviews fast). */
const LARGE_MIN_FONT = 9;

/** Padding around the graph when it is fitted to the view, in px. */
const FIT_PADDING = 30;

const HIDDEN_STYLE = { display: 'none' };

/**
 * Element definitions with their layout positions, those in `hidden` already hidden (the
 * same `display` bypass `applyFilter` sets), so that a graph added in chunks never shows
 * what the filter hides.
 */
function placed(
  elements: ElementDefinition[],
  positions: Map<string, Point>,
  hidden?: HiddenSets,
): ElementDefinition[] {
  const n = positions.size;
  return elements.map((e) => {
    const id = String(e.data.id);
    const out = e.group === 'nodes' ? { ...e, position: positions.get(id) ?? initialPosition(id, n) } : e;
    const hide = e.group === 'nodes' ? hidden?.nodes.has(id) : hidden?.edges.has(id);
    return hide ? { ...out, style: HIDDEN_STYLE } : out;
  });
}

const nodeCount = (els: readonly ElementDefinition[]): number =>
  els.reduce((n, e) => n + (e.group === 'nodes' ? 1 : 0), 0);

/**
 * Creates the canvas in `options.container` and draws the graph. The layout runs
 * synchronously, or, for graphs of {@link ASYNC_LAYOUT_MIN_NODES} nodes or more when
 * `options.layoutRunner` is given, off the main thread: the canvas then shows the graph
 * (or keeps the previous one) once the positions arrive; `handle.settled()` tells when.
 */
export function createCanvas(options: CanvasOptions): CanvasHandle {
  registerFcose();
  if (!options.headless && typeof window !== 'undefined') void loadSvg();
  let dark = options.dark ?? false;
  let layout: LayoutName = options.layout ?? 'fcose';
  let filter: CanvasFilter | undefined = options.filter;
  let elements: ElementDefinition[] = toElements(options.graph);
  let index: FilterIndex = indexElements(elements);
  let hidden: HiddenSets = { nodes: new Set(), edges: new Set() };
  let selection: Selection | null = null;
  let appearance: Appearance = {};
  const headless = options.headless ?? false;
  /** Number of the latest appearance change; older ones still being written stop. */
  let appearanceSeq = 0;
  let large = options.graph.order > DRAFT_THRESHOLD;
  const renderer = headless ? 'canvas' : chooseRenderer(options.renderer ?? 'auto', elements.length);
  const styleFor = (d: boolean) =>
    buildStylesheet({ dark: d, large, minZoomedFontSize: large ? LARGE_MIN_FONT : 6 });

  let destroyed = false;
  /** A new graph waiting for its layout (the previous one stays drawn meanwhile). */
  let pending: { elements: ElementDefinition[]; graph: EntenteGraph } | undefined;
  /** Number of the latest layout started; older results are dropped. */
  let layoutSeq = 0;
  let settled: Promise<void> = Promise.resolve();
  const runner = options.layoutRunner;
  const isAsync = (els: readonly ElementDefinition[]): boolean =>
    runner !== undefined && nodeCount(els) >= ASYNC_LAYOUT_MIN_NODES;

  const cy: Core = cytoscape({
    ...(headless ? { headless: true, styleEnabled: true } : { container: options.container }),
    // The layout runs beforehand on a light headless copy (see computePositions); a large
    // graph laid out by the runner is added when its positions arrive.
    elements: isAsync(elements) ? [] : placed(elements, computePositions(elements, layout)),
    style: styleFor(dark),
    // Fit on nodes only: edges lie between them, and skipping their bounds saves a pass.
    layout: { name: 'preset', fit: false },
    minZoom: 0.02,
    maxZoom: 5,
    boxSelectionEnabled: false,
    selectionType: 'single',
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    motionBlur: false,
    ...(renderer === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);

  /** Drawn elements by id (element lookups by id build a collection each: too dear per toggle). */
  let byId = new Map<string, cytoscape.SingularElementReturnValue>();
  const indexDrawn = (): void => {
    byId = new Map();
    cy.elements().forEach((e) => {
      byId.set(e.id(), e);
    });
  };
  indexDrawn();

  /**
   * Applies `filter` to the elements whose visibility changed since the last call (freshly
   * added elements count as shown: `hidden` is reset with them).
   */
  const applyFilter = (): void => {
    const next = computeHidden(index, filter);
    const prev = hidden;
    const hide: cytoscape.SingularElementReturnValue[] = [];
    const show: cytoscape.SingularElementReturnValue[] = [];
    const flip = (id: string, h: boolean, was: boolean): void => {
      if (h === was) return;
      const ele = byId.get(id);
      if (ele) (h ? hide : show).push(ele);
    };
    for (const n of index.nodes) flip(n.id, next.nodes.has(n.id), prev.nodes.has(n.id));
    for (const e of index.edges) flip(e.id, next.edges.has(e.id), prev.edges.has(e.id));
    // A `display` bypass per direction: Cytoscape sets the one property, where a class change
    // would match every element's style against the whole stylesheet again. Bypasses survive
    // stylesheet changes (theme, exports). cy.collection takes an array of elements (its
    // typings only list definitions).
    const asCollection = (eles: cytoscape.SingularElementReturnValue[]) =>
      cy.collection(eles as unknown as cytoscape.CollectionArgument);
    cy.batch(() => {
      if (hide.length) asCollection(hide).style('display', 'none');
      if (show.length) asCollection(show).style('display', 'element');
    });
    hidden = next;
  };

  /**
   * Lays out `els` and hands the positions to `apply`: at once, or, for a large graph with a
   * runner, when the runner answers and no newer layout has started since. A runner that
   * fails falls back to the synchronous layout, so the graph is still drawn.
   */
  const layoutThen = (
    els: ElementDefinition[],
    apply: (positions: Map<string, Point>) => void | Promise<unknown>,
  ): void => {
    const seq = ++layoutSeq;
    if (!runner || !isAsync(els)) {
      settled = Promise.resolve(apply(computePositions(els, layout))).then(() => undefined);
      options.onLayoutState?.(false);
      return;
    }
    options.onLayoutState?.(true);
    const name = layout;
    settled = runner(liteElements(els), name)
      .catch((e: unknown) => {
        if (destroyed || seq !== layoutSeq) return undefined;
        console.warn('Layout off the main thread failed; laying out here instead.', e);
        return computePositions(els, name);
      })
      .then(async (positions) => {
        if (!positions || destroyed || seq !== layoutSeq) return;
        await apply(positions);
        if (destroyed || seq !== layoutSeq) return;
        options.onLayoutState?.(false);
      });
  };

  /** Lays out every element (hidden ones too, so filtering never moves anything). */
  const layoutAll = (): void => {
    layoutThen(elements, (positions) => {
      cy.batch(() => {
        cy.nodes().positions((n) => positions.get(n.id()) ?? n.position());
      });
      cy.fit(cy.nodes(), FIT_PADDING);
    });
  };

  /**
   * Applies `appearance` to the drawn nodes: at once on small graphs, else a few hundred nodes
   * per frame (restyling thousands of nodes at once freezes the page for seconds).
   */
  const restyle = (): void => {
    const seq = ++appearanceSeq;
    if (headless || cy.nodes().length < CHUNKED_ADD_MIN) {
      applyAppearance(cy, appearance);
      return;
    }
    void applyAppearanceInChunks(cy, appearance, () => !destroyed && seq === appearanceSeq, afterNextFrame);
  };

  /**
   * Replaces the drawn elements with `next` at `positions`, keeping filter and selection, and
   * tells `onDrawn`. A large graph on a visible page goes in in chunks (see `addInChunks`):
   * the returned promise resolves once it is all there (or a newer graph took over).
   */
  const replaceElements = (
    next: ElementDefinition[],
    positions: Map<string, Point>,
    graph: EntenteGraph,
  ): void | Promise<void> => {
    const seq = layoutSeq;
    elements = next;
    if (large !== nodeCount(next) > DRAFT_THRESHOLD) {
      large = !large;
      cy.style(styleFor(dark));
    }
    index = indexElements(elements);
    hidden = computeHidden(index, filter);
    const defs = placed(elements, positions, hidden);
    const finish = (): void => {
      indexDrawn();
      if (appearance.sizes || appearance.groups) restyle();
      applyFilter();
      // Fresh elements carry no highlight classes: clearing them would touch every element.
      if (selection) highlight(selection);
      options.onDrawn?.(graph);
    };
    if (headless || defs.length < CHUNKED_ADD_MIN) {
      cy.batch(() => {
        cy.elements().remove();
        cy.add(defs);
      });
      cy.fit(cy.nodes(), FIT_PADDING);
      finish();
      return;
    }
    // Fitted from the positions: `cy.fit` would measure every label of the graph at once.
    fitPoints(cy, positions.values(), FIT_PADDING);
    return addInChunks(cy, defs, () => !destroyed && seq === layoutSeq).then((done) => {
      if (done) finish();
    });
  };

  const clearHighlight = (): void => {
    cy.batch(() => {
      cy.elements().removeClass(`${FADED_CLASS} ${FOCUS_CLASS}`);
      cy.elements(':selected').unselect();
    });
  };

  const highlight = (sel: Selection | null): void => {
    const ele = sel ? cy.getElementById(sel.key) : undefined;
    if (!sel || !ele || ele.empty() || ele.isNode() !== (sel.type === 'node')) {
      selection = null;
      clearHighlight();
      return;
    }
    selection = sel;
    const focus =
      sel.type === 'node' ? ele.closedNeighborhood() : ele.union(ele.source()).union(ele.target());
    cy.batch(() => {
      cy.elements().removeClass(`${FADED_CLASS} ${FOCUS_CLASS}`);
      cy.elements(':selected').not(ele).unselect();
      ele.select();
      cy.elements().not(focus).addClass(FADED_CLASS);
      focus.addClass(FOCUS_CLASS);
    });
  };

  const onTap = (evt: EventObject): void => {
    const target = evt.target as Core | cytoscape.SingularElementReturnValue;
    let sel: Selection | null = null;
    if (target !== cy) {
      const ele = target as cytoscape.SingularElementReturnValue;
      sel = { type: ele.isNode() ? 'node' : 'edge', key: ele.id() };
    }
    highlight(sel);
    options.onSelect?.(sel);
  };
  cy.on('tap', onTap);

  const legendContent = (): LegendContent => {
    const kinds = new Set<NodeKind>();
    const relations = new Set<RelationType>();
    for (const n of index.nodes) if (!hidden.nodes.has(n.id)) kinds.add(n.kind);
    for (const e of index.edges) if (!hidden.edges.has(e.id)) relations.add(e.type);
    return {
      kinds: NODE_KINDS.filter((k) => kinds.has(k)),
      relations: RELATION_TYPES.filter((t) => relations.has(t)),
    };
  };

  /**
   * Runs `draw` (an export) on the graph as it stands without the selection's fading, and
   * for a view export with room for the labels of the actors in view; puts both back after.
   */
  const asExported = <T>(full: boolean, draw: () => T): T => {
    clearHighlight();
    // Both are put back in this same task (an export draws synchronously): no frame shows them.
    const restoreViewport = full ? undefined : roomForLabels(cy);
    try {
      return draw();
    } finally {
      restoreViewport?.();
      highlight(selection);
    }
  };

  /** Runs `fn` with the light stylesheet when exporting on white from dark mode. */
  const withExportTheme = async <T>(
    background: 'white' | 'transparent',
    fn: (d: boolean) => Promise<T> | T,
  ) => {
    const swap = dark && background === 'white';
    if (swap) cy.style(styleFor(false));
    try {
      return await fn(swap ? false : dark);
    } finally {
      if (swap) cy.style(styleFor(true));
    }
  };

  if (isAsync(elements)) {
    // Nothing is drawn yet: the index describes the elements once they are added.
    const first = elements;
    elements = [];
    index = indexElements(elements);
    layoutThen(first, (positions) => replaceElements(first, positions, options.graph));
  } else {
    cy.fit(cy.nodes(), FIT_PADDING);
    applyFilter();
    options.onDrawn?.(options.graph);
  }

  const handle: CanvasHandle = {
    cy,
    update(patch) {
      if (patch.dark !== undefined && patch.dark !== dark) {
        dark = patch.dark;
        cy.style(styleFor(dark));
      }
      if (patch.filter) filter = patch.filter;
      if (patch.graph) {
        const next = toElements(patch.graph);
        const graph = patch.graph;
        if (patch.layout) layout = patch.layout;
        pending = { elements: next, graph };
        layoutThen(next, (positions) => {
          pending = undefined;
          return replaceElements(next, positions, graph);
        });
        if (patch.filter) applyFilter();
        return;
      }
      if (patch.layout && patch.layout !== layout) {
        layout = patch.layout;
        // A graph still being laid out is laid out again with the new layout.
        const next = pending;
        if (next)
          layoutThen(next.elements, (positions) => {
            pending = undefined;
            return replaceElements(next.elements, positions, next.graph);
          });
        else layoutAll();
      }
      if (patch.filter) applyFilter();
    },
    select(sel) {
      highlight(sel);
    },
    center(key) {
      const node = cy.getElementById(key);
      if (node.empty()) return;
      const zoom = Math.min(cy.maxZoom(), Math.max(cy.zoom(), 1.2));
      cy.stop();
      cy.animate({ zoom, center: { eles: node } }, { duration: 350, easing: 'ease-in-out-cubic' });
    },
    exportPng(opts) {
      const legend = opts.legend ?? true;
      return withExportTheme(opts.background, (d) =>
        asExported(opts.full, () =>
          exportPng(cy, { ...opts, dark: d }, legend ? { ...legendContent(), dark: d } : undefined),
        ),
      );
    },
    exportSvg(opts) {
      const legend = opts.legend ?? true;
      const swap = dark && opts.background === 'white';
      const d = swap ? false : dark;
      if (swap) cy.style(styleFor(false));
      try {
        return asExported(opts.full, () =>
          exportSvg(cy, { ...opts, dark: d }, legend ? { ...legendContent(), dark: d } : undefined),
        );
      } finally {
        if (swap) cy.style(styleFor(true));
      }
    },
    highlightPath(path) {
      if (path) highlightElements(cy, path.nodes, path.edges);
      else highlight(selection);
    },
    setAppearance(a) {
      appearance = a;
      restyle();
    },
    viz() {
      return drawnViz(cy);
    },
    settled() {
      return settled;
    },
    destroy() {
      destroyed = true;
      cy.off('tap', onTap);
      cy.destroy();
    },
  };
  return handle;
}
