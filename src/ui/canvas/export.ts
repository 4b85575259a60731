/**
 * PNG and SVG export with the legend drawn into the picture.
 *
 * Pixel sizes (PNG) and user units (SVG) are exact multiples of the scale, independent of
 * the screen's devicePixelRatio:
 * - view (`full: false`): the container's size × scale; the legend is overlaid in the
 *   bottom-left corner;
 * - full (`full: true`): the graph's bounding box plus a 16 px margin on each side, with the
 *   legend in a band below the graph, all × scale.
 * The caption, when asked for, is a band across the bottom of either.
 */
import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import type { GexfNodeViz, GexfViz } from '../../graph/formats/gexf';
import type { CaptionColors, CaptionLine, CaptionPart } from '../export/caption';
import { captionSvg, drawCaption, layoutCaption } from '../export/caption';
import type { LegendContent } from './legend';
import { drawLegend, legendSize, legendSvg } from './legend';
import { themeColors } from './palette';
import { FONT_FAMILY } from './style';
import type { PngExportOptions } from './types';

/** Margin around a full-graph export, in CSS px. */
export const FULL_MARGIN = 16;
/** Gap between the picture and the legend, in CSS px. */
const LEGEND_GAP = 12;

let svgRegistered = false;
let svgLoading: Promise<void> | undefined;
/**
 * Loads and registers cytoscape-svg once. It is imported lazily because it touches
 * `window` when evaluated (so it cannot load in Node or a worker) and is only needed for
 * SVG export; it also keeps it out of the main bundle.
 */
export function loadSvg(): Promise<void> {
  svgLoading ??= import('cytoscape-svg').then((m) => {
    if (!svgRegistered) cytoscape.use(m.default);
    svgRegistered = true;
  });
  return svgLoading;
}

/** Clamps a scale to 1–4 (non-numbers become 1). */
export function clampScale(scale: number): number {
  if (!Number.isFinite(scale)) return 1;
  return Math.min(4, Math.max(1, scale));
}

/** Size in CSS px of what cy.png / cy.svg draws (before scaling). */
function baseSize(cy: Core, full: boolean): { width: number; height: number } {
  if (full) {
    const bb = cy.elements().boundingBox(); // excludes display:none elements, as cy.png does
    return { width: Math.max(1, Math.ceil(bb.w)), height: Math.max(1, Math.ceil(bb.h)) };
  }
  return { width: Math.max(1, cy.width()), height: Math.max(1, cy.height()) };
}

/** Final picture geometry for an export (CSS px; multiply by scale for pixels). */
export function exportGeometry(
  graph: { width: number; height: number },
  full: boolean,
  legend: { width: number; height: number } | undefined,
): { width: number; height: number; graphX: number; graphY: number; legendX: number; legendY: number } {
  if (!full) {
    const lx = 8;
    const ly = legend ? Math.max(0, graph.height - legend.height - 8) : 0;
    return { width: graph.width, height: graph.height, graphX: 0, graphY: 0, legendX: lx, legendY: ly };
  }
  const width = Math.max(graph.width, legend?.width ?? 0) + FULL_MARGIN * 2;
  const height = graph.height + FULL_MARGIN * 2 + (legend ? legend.height + LEGEND_GAP : 0);
  return {
    width,
    height,
    graphX: FULL_MARGIN,
    graphY: FULL_MARGIN,
    legendX: FULL_MARGIN,
    legendY: FULL_MARGIN + graph.height + LEGEND_GAP,
  };
}

type Geometry = ReturnType<typeof exportGeometry>;

/** A picture's geometry with the caption band added below it (when there are caption lines). */
function withCaption(
  g: Geometry,
  lines: readonly CaptionLine[] | undefined,
): Geometry & { captionY: number; caption?: CaptionPart[] } {
  if (!lines?.length) return { ...g, captionY: g.height };
  const { parts, height } = layoutCaption(lines, g.width);
  return { ...g, height: g.height + height, captionY: g.height, caption: parts };
}

/** Caption colours of a theme. */
const captionColors = (dark: boolean): CaptionColors => {
  const c = themeColors(dark);
  return { text: c.text, muted: dark ? '#a6a6a6' : '#5c5c5c', rule: dark ? '#3a3d42' : '#d6d6d6' };
};

/** Cytoscape's renderer method that draws an export into a fresh canvas (used by cy.png). */
type BufferCanvasImage = (options: object) => HTMLCanvasElement;

/**
 * Draws the graph into a canvas exactly as cy.png would, without encoding it to PNG and
 * decoding it again (the legend is composited onto it before the single encode).
 */
async function graphImage(
  cy: Core,
  options: { full: boolean; maxWidth: number; maxHeight: number; bg?: string },
): Promise<CanvasImageSource & { width: number; height: number }> {
  const renderer = (cy as unknown as { renderer(): { bufferCanvasImage?: BufferCanvasImage } }).renderer();
  if (typeof renderer.bufferCanvasImage === 'function') return renderer.bufferCanvasImage(options);
  return createImageBitmap(await cy.png({ output: 'blob-promise', ...options }));
}

/** Renders a PNG; `legendContent` undefined means no legend. */
export async function exportPng(
  cy: Core,
  options: PngExportOptions & { dark?: boolean },
  legendContent: LegendContent | undefined,
): Promise<Blob> {
  const scale = clampScale(options.scale);
  const bg = options.background === 'white' ? '#ffffff' : undefined;
  const base = baseSize(cy, options.full);
  // maxWidth/maxHeight (instead of `scale`) make Cytoscape ignore devicePixelRatio.
  const shot = await graphImage(cy, {
    full: options.full,
    maxWidth: base.width * scale,
    maxHeight: base.height * scale,
    ...(bg ? { bg } : {}),
  });
  const legend = legendContent ? legendSize(legendContent) : undefined;
  const g = withCaption(exportGeometry(base, options.full, legend), options.caption);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(g.width * scale);
  canvas.height = Math.round(g.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('PNG export: this browser cannot draw on a 2D canvas');
  if (bg) {
    ctx.fillStyle = bg;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  ctx.drawImage(shot, Math.round(g.graphX * scale), Math.round(g.graphY * scale));
  if ('close' in shot && typeof shot.close === 'function') shot.close();
  if (legendContent) drawLegend(ctx, g.legendX * scale, g.legendY * scale, scale, legendContent);
  if (g.caption) {
    const at = { x: 0, y: g.captionY * scale, width: g.width, scale };
    drawCaption(ctx, at, g.caption, captionColors(options.dark ?? false), FONT_FAMILY);
  }
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png');
  });
}

/** Room kept around the labels of a view export, in screen px. */
const LABEL_ROOM = 4;

/**
 * Prepares a view export that cuts no label: the actors whose centre is in view are drawn
 * whole (the view zooms out about its centre just enough to hold them with their labels),
 * and the others are left out (made transparent; their ties still lead off the picture).
 * Returns how to put the viewport and the actors back.
 */
export function roomForLabels(cy: Core): () => void {
  const ext = cy.extent();
  const isIn = (p: { x: number; y: number }) =>
    p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
  const shown = cy.nodes(':visible');
  const inView = shown.filter((n) => isIn(n.position()));
  const outside = shown.not(inView);
  outside.style('opacity', 0);
  const viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  const back = () => {
    cy.viewport(viewport);
    outside.removeStyle('opacity');
  };
  if (inView.empty()) return back;
  const bb = inView.boundingBox({ includeLabels: true, includeOverlays: false });
  const cx = (ext.x1 + ext.x2) / 2;
  const cy0 = (ext.y1 + ext.y2) / 2;
  const room = LABEL_ROOM / viewport.zoom;
  const halfW = Math.max(cx - bb.x1, bb.x2 - cx) + room;
  const halfH = Math.max(cy0 - bb.y1, bb.y2 - cy0) + room;
  const factor = Math.min(1, ext.w / 2 / halfW, ext.h / 2 / halfH);
  if (factor < 1) {
    const zoom = viewport.zoom * factor;
    cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * cx, y: cy.height() / 2 - zoom * cy0 } });
  }
  return back;
}

/** GEXF shape names of Cytoscape's node shapes. */
const GEXF_SHAPES: Record<string, GexfNodeViz['shape']> = {
  ellipse: 'disc',
  diamond: 'diamond',
  'round-triangle': 'triangle',
  'round-rectangle': 'square',
};

/**
 * What the canvas draws, for GEXF's viz namespace: each actor's position (y pointing up, as
 * Gephi draws it), size and colour, each tie's colour and thickness.
 */
export function drawnViz(cy: Core): GexfViz {
  const nodes = new Map<string, GexfNodeViz>();
  const edges = new Map<string, { color: string; thickness: number }>();
  cy.nodes().forEach((n) => {
    const p = n.position();
    const v: GexfNodeViz = {
      x: round(p.x),
      y: round(-p.y),
      size: round(n.width() / 2),
      color: rgb(n, 'background-color'),
    };
    const shape = GEXF_SHAPES[String(n.style('shape'))];
    if (shape) v.shape = shape;
    nodes.set(n.id(), v);
  });
  cy.edges().forEach((e) => {
    edges.set(e.id(), {
      color: rgb(e, 'line-color'),
      thickness: round(parseFloat(String(e.style('width')))),
    });
  });
  return { nodes, edges };
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** A colour style of an element as `rgb(r,g,b)`, whatever Cytoscape reports. */
function rgb(ele: { style(name: string): unknown }, name: string): string {
  return String(ele.style(name)).replace(/\s+/g, '');
}

type RoundPolygonPath = (ctx: { beginPath?: () => void }, ...rest: unknown[]) => void;

/**
 * Runs `draw` with Cytoscape's round-polygon path (the analyst's triangle) starting a path of
 * its own, as its other shapes do. On a canvas Cytoscape hands it a fresh Path2D; the SVG
 * context of cytoscape-svg has no such path, so the triangle's commands went to the label
 * drawn before it: no triangle, that label stroked with the triangle's border, and the
 * console error "Attempted to apply path command to node text".
 */
function withOwnPaths<T>(cy: Core, draw: () => T): T {
  const r = (cy as unknown as { renderer(): { drawRoundPolygonPath: RoundPolygonPath } }).renderer();
  const own = Object.prototype.hasOwnProperty.call(r, 'drawRoundPolygonPath');
  const shared = r.drawRoundPolygonPath;
  r.drawRoundPolygonPath = function (this: unknown, ctx, ...rest) {
    if (typeof ctx.beginPath === 'function') ctx.beginPath();
    shared.call(this, ctx, ...rest);
  };
  try {
    return draw();
  } finally {
    if (own) r.drawRoundPolygonPath = shared;
    else delete (r as Partial<typeof r>).drawRoundPolygonPath;
  }
}

/** Renders an SVG string (scale 1); `legendContent` undefined means no legend. */
export function exportSvg(
  cy: Core,
  options: {
    full: boolean;
    background: 'white' | 'transparent';
    caption?: readonly CaptionLine[];
    dark?: boolean;
  },
  legendContent: LegendContent | undefined,
): string {
  if (!svgRegistered) throw new Error('SVG export is still loading; try again in a moment');
  const base = baseSize(cy, options.full);
  const raw = withOwnPaths(cy, () =>
    (cy as unknown as { svg(o: object): string }).svg({
      full: options.full,
      maxWidth: base.width,
      maxHeight: base.height,
      ...(options.background === 'white' ? { bg: '#ffffff' } : {}),
    }),
  );
  const legend = legendContent ? legendSize(legendContent) : undefined;
  const g = withCaption(exportGeometry(base, options.full, legend), options.caption);
  const open = /<svg\b[^>]*>/.exec(raw);
  const close = raw.lastIndexOf('</svg>');
  if (!open || close < 0) throw new Error('SVG export: the SVG renderer returned no <svg> element');
  const inner = raw.slice(open.index + open[0].length, close);
  const bgRect =
    options.background === 'white' ? `<rect width="${g.width}" height="${g.height}" fill="#ffffff"/>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" ` +
    `width="${g.width}" height="${g.height}" viewBox="0 0 ${g.width} ${g.height}">` +
    bgRect +
    `<g transform="translate(${g.graphX} ${g.graphY})">${inner}</g>` +
    (legendContent ? legendSvg(g.legendX, g.legendY, 1, legendContent) : '') +
    (g.caption
      ? captionSvg(0, g.captionY, g.width, g.caption, captionColors(options.dark ?? false), FONT_FAMILY)
      : '') +
    '</svg>'
  );
}
