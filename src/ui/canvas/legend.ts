/**
 * The legend drawn into exported pictures (PNG via a 2D canvas, SVG as elements). It uses
 * the same palette, shapes and line patterns as the canvas. Geometry is in CSS pixels;
 * callers scale it.
 */
import type { NodeKind, RelationType } from '../../graph/types';
import { NODE_KINDS, RELATION_TYPES } from '../../graph/types';
import type { NodeShape } from './palette';
import { EDGE_STYLES, NODE_SHAPES, themeColors } from './palette';
import { FONT_FAMILY } from './style';

/** Which entries the legend lists (defaults: all kinds and types). */
export interface LegendContent {
  kinds?: readonly NodeKind[];
  relations?: readonly RelationType[];
  dark?: boolean;
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const ROW = 20;
const PAD = 10;
const COL_W = 132;
const HEAD = 18;
const FONT_SIZE = 12;

/** Size of the legend box in CSS pixels. */
export function legendSize(content: LegendContent = {}): { width: number; height: number } {
  const kinds = content.kinds ?? NODE_KINDS;
  const relations = content.relations ?? RELATION_TYPES;
  const rows = Math.max(kinds.length, relations.length);
  return { width: PAD * 2 + COL_W * 2, height: PAD * 2 + HEAD + rows * ROW };
}

/** SVG path of a node shape of radius r centred at (cx, cy). */
export function shapePath(shape: NodeShape, cx: number, cy: number, r: number): string {
  const f = (n: number): string => String(Math.round(n * 100) / 100);
  switch (shape) {
    case 'ellipse':
      return `M${f(cx - r)} ${f(cy)}A${f(r)} ${f(r)} 0 1 0 ${f(cx + r)} ${f(cy)}A${f(r)} ${f(r)} 0 1 0 ${f(cx - r)} ${f(cy)}Z`;
    case 'diamond':
      return `M${f(cx)} ${f(cy - r)}L${f(cx + r)} ${f(cy)}L${f(cx)} ${f(cy + r)}L${f(cx - r)} ${f(cy)}Z`;
    case 'round-triangle':
      return `M${f(cx)} ${f(cy - r)}L${f(cx + r)} ${f(cy + r * 0.8)}L${f(cx - r)} ${f(cy + r * 0.8)}Z`;
    case 'round-rectangle': {
      const k = r * 0.35;
      const x0 = cx - r;
      const x1 = cx + r;
      const y0 = cy - r * 0.8;
      const y1 = cy + r * 0.8;
      return (
        `M${f(x0 + k)} ${f(y0)}L${f(x1 - k)} ${f(y0)}Q${f(x1)} ${f(y0)} ${f(x1)} ${f(y0 + k)}` +
        `L${f(x1)} ${f(y1 - k)}Q${f(x1)} ${f(y1)} ${f(x1 - k)} ${f(y1)}L${f(x0 + k)} ${f(y1)}` +
        `Q${f(x0)} ${f(y1)} ${f(x0)} ${f(y1 - k)}L${f(x0)} ${f(y0 + k)}Q${f(x0)} ${f(y0)} ${f(x0 + k)} ${f(y0)}Z`
      );
    }
  }
}

/** Dash array (CSS px) of a relation type's line, or undefined for solid. */
export function dashArray(type: RelationType): number[] | undefined {
  const s = EDGE_STYLES[type];
  if (s.lineStyle === 'dotted') return [1.5, 3];
  if (s.lineStyle === 'dashed') return s.dashPattern ? [...s.dashPattern] : [6, 4];
  return undefined;
}

/** One drawable piece of the legend, in legend-local CSS pixels. */
export type LegendPart =
  | { kind: 'box'; width: number; height: number; fill: string; stroke: string }
  | { kind: 'text'; x: number; y: number; text: string; color: string; bold?: boolean }
  | { kind: 'shape'; d: string; fill: string; stroke: string }
  | { kind: 'line'; x1: number; y: number; x2: number; color: string; width: number; dash?: number[] }
  | { kind: 'arrow'; d: string; color: string };

/** The legend as drawable parts (shared by the PNG and SVG renderers). */
export function legendParts(content: LegendContent = {}): LegendPart[] {
  const c = themeColors(content.dark ?? false);
  const kinds = content.kinds ?? NODE_KINDS;
  const relations = content.relations ?? RELATION_TYPES;
  const { width, height } = legendSize(content);
  const parts: LegendPart[] = [
    { kind: 'box', width, height, fill: c.background, stroke: c.nodeBorder },
    { kind: 'text', x: PAD, y: PAD + 12, text: 'Actors', color: c.text, bold: true },
    { kind: 'text', x: PAD + COL_W, y: PAD + 12, text: 'Ties', color: c.text, bold: true },
  ];
  kinds.forEach((kind, i) => {
    const cy = PAD + HEAD + i * ROW + ROW / 2;
    parts.push({
      kind: 'shape',
      d: shapePath(NODE_SHAPES[kind], PAD + 8, cy, 6.5),
      fill: c.kinds[kind],
      stroke: c.nodeBorder,
    });
    parts.push({ kind: 'text', x: PAD + 22, y: cy + 4, text: capitalize(kind), color: c.text });
  });
  relations.forEach((type, i) => {
    const cy = PAD + HEAD + i * ROW + ROW / 2;
    const x1 = PAD + COL_W;
    const x2 = x1 + 34;
    const color = c.relations[type];
    const line: LegendPart = { kind: 'line', x1, y: cy, x2, color, width: 2 };
    const dash = dashArray(type);
    if (dash) line.dash = dash;
    parts.push(line);
    if (EDGE_STYLES[type].arrow !== 'none') {
      parts.push({
        kind: 'arrow',
        d: `M${x2 + 6} ${cy}L${x2 - 2} ${cy - 4.5}L${x2 - 2} ${cy + 4.5}Z`,
        color,
      });
    }
    parts.push({ kind: 'text', x: x2 + 12, y: cy + 4, text: capitalize(type), color: c.text });
  });
  return parts;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The legend as an SVG `<g>` translated to (x, y) and scaled by `scale`. */
export function legendSvg(x: number, y: number, scale: number, content: LegendContent = {}): string {
  const out: string[] = [`<g class="entente-legend" transform="translate(${x} ${y}) scale(${scale})">`];
  for (const p of legendParts(content)) {
    switch (p.kind) {
      case 'box':
        out.push(
          `<rect x="0.5" y="0.5" width="${p.width - 1}" height="${p.height - 1}" rx="6" fill="${p.fill}" fill-opacity="0.92" stroke="${p.stroke}" stroke-opacity="0.4"/>`,
        );
        break;
      case 'text':
        out.push(
          `<text x="${p.x}" y="${p.y}" fill="${p.color}" font-family="${esc(FONT_FAMILY)}" font-size="${FONT_SIZE}"${p.bold ? ' font-weight="700"' : ''}>${esc(p.text)}</text>`,
        );
        break;
      case 'shape':
        out.push(`<path d="${p.d}" fill="${p.fill}" stroke="${p.stroke}" stroke-width="1"/>`);
        break;
      case 'line':
        out.push(
          `<line x1="${p.x1}" y1="${p.y}" x2="${p.x2}" y2="${p.y}" stroke="${p.color}" stroke-width="${p.width}"${p.dash ? ` stroke-dasharray="${p.dash.join(' ')}"` : ''}/>`,
        );
        break;
      case 'arrow':
        out.push(`<path d="${p.d}" fill="${p.color}"/>`);
        break;
    }
  }
  out.push('</g>');
  return out.join('');
}

/** Draws the legend on a 2D canvas context at (x, y), scaled by `scale` (browser only). */
export function drawLegend(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  scale: number,
  content: LegendContent = {},
): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(scale, scale);
  for (const p of legendParts(content)) {
    switch (p.kind) {
      case 'box':
        ctx.globalAlpha = 0.92;
        ctx.fillStyle = p.fill;
        ctx.beginPath();
        ctx.roundRect(0.5, 0.5, p.width - 1, p.height - 1, 6);
        ctx.fill();
        ctx.globalAlpha = 0.4;
        ctx.strokeStyle = p.stroke;
        ctx.lineWidth = 1;
        ctx.stroke();
        ctx.globalAlpha = 1;
        break;
      case 'text':
        ctx.fillStyle = p.color;
        ctx.font = `${p.bold ? '700 ' : ''}${FONT_SIZE}px ${FONT_FAMILY}`;
        ctx.fillText(p.text, p.x, p.y);
        break;
      case 'shape': {
        const path = new Path2D(p.d);
        ctx.fillStyle = p.fill;
        ctx.fill(path);
        ctx.strokeStyle = p.stroke;
        ctx.lineWidth = 1;
        ctx.stroke(path);
        break;
      }
      case 'line':
        ctx.strokeStyle = p.color;
        ctx.lineWidth = p.width;
        ctx.setLineDash(p.dash ?? []);
        ctx.beginPath();
        ctx.moveTo(p.x1, p.y);
        ctx.lineTo(p.x2, p.y);
        ctx.stroke();
        ctx.setLineDash([]);
        break;
      case 'arrow':
        ctx.fillStyle = p.color;
        ctx.fill(new Path2D(p.d));
        break;
    }
  }
  ctx.restore();
}
