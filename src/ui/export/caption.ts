/**
 * The caption block of exported pictures: what the picture shows (title, sources,
 * publication dates, active filters) and "Made with Entente", as lines of text wrapped to
 * the picture's width, drawn by the PNG (2D canvas) and SVG renderers alike.
 */
import type { ArticleMeta, NodeKind, RelationType } from '../../graph/types';
import { NODE_KINDS, RELATION_TYPES } from '../../graph/types';
import type { CanvasFilter } from '../canvas/types';

/** What the caption describes. */
export interface CaptionInput {
  /** Every article of the workspace. */
  articles: readonly ArticleMeta[];
  filter: CanvasFilter;
}

/** One line of the caption. */
export interface CaptionLine {
  text: string;
  /** `title` is larger and bold; `credit` is small and muted. */
  role: 'title' | 'detail' | 'credit';
}

export const CREDIT = 'Made with Entente';

/** "a", "a and b", "a, b and c", "a, b, c and 2 more". */
export function listWords(words: readonly string[], max = 3): string {
  const shown = words.length > max ? [...words.slice(0, max), `${words.length - max} more`] : [...words];
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

const PLURAL: Record<NodeKind, string> = {
  state: 'states',
  leader: 'leaders',
  analyst: 'analysts',
  organization: 'organizations',
};

/** The active filters in words, or undefined when everything is shown. */
export function filterWords(filter: CanvasFilter, articleCount: number): string | undefined {
  const parts: string[] = [];
  const offTies: RelationType[] = RELATION_TYPES.filter((t) => filter.relations[t] === false);
  if (offTies.length) parts.push(`${listWords(offTies, 5)} ties hidden`);
  const offKinds: NodeKind[] = NODE_KINDS.filter((k) => filter.kinds[k] === false);
  if (offKinds.length)
    parts.push(
      `${listWords(
        offKinds.map((k) => PLURAL[k]),
        4,
      )} hidden`,
    );
  if (filter.hideIsolated) parts.push('isolated actors hidden');
  if ((filter.minEvidence ?? 1) > 1) parts.push(`ties with ${filter.minEvidence} or more sentences`);
  const { from, to } = filter.dateRange ?? {};
  if (from && to) parts.push(`ties dated ${from} to ${to}`);
  else if (from) parts.push(`ties dated from ${from}`);
  else if (to) parts.push(`ties dated until ${to}`);
  if (filter.articles) parts.push(`${filter.articles.length} of ${articleCount} articles`);
  return parts.length ? parts.join('; ') : undefined;
}

/** The caption's lines, before wrapping. */
export function captionLines({ articles, filter }: CaptionInput): CaptionLine[] {
  const only = filter.articles ? new Set(filter.articles) : undefined;
  const shown = only ? articles.filter((a) => only.has(a.id)) : articles;
  const lines: CaptionLine[] = [
    { text: shown.length === 1 ? shown[0]!.title : `${shown.length} articles`, role: 'title' },
  ];
  const sources = [...new Set(shown.map((a) => a.source).filter((s): s is string => !!s))];
  if (sources.length)
    lines.push({ text: `Source${sources.length > 1 ? 's' : ''}: ${listWords(sources)}`, role: 'detail' });
  const dates = shown
    .map((a) => a.date)
    .filter((d): d is string => !!d)
    .sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (first && last)
    lines.push({
      text: first === last ? `Published ${first}` : `Published ${first} to ${last}`,
      role: 'detail',
    });
  const filters = filterWords(filter, articles.length);
  lines.push({ text: filters ? `Filters: ${filters}` : 'Filters: none, every tie shown', role: 'detail' });
  lines.push({ text: CREDIT, role: 'credit' });
  return lines;
}

const SIZE: Record<CaptionLine['role'], number> = { title: 14, detail: 11.5, credit: 10 };
const LEADING = 1.4;
const PAD = 10;
/** Average advance of a character, as a share of the font size (a sans-serif's; generous). */
const CHAR_W = 0.58;

/** A caption line placed in caption-local CSS pixels (baseline at `y`). */
export interface CaptionPart extends CaptionLine {
  x: number;
  y: number;
  size: number;
}

/** Splits `text` into lines of at most `max` characters, at spaces when it can. */
export function wrapText(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= max || !line) line = next;
    else {
      out.push(line);
      line = word;
    }
    while (line.length > max) {
      out.push(line.slice(0, max));
      line = line.slice(max);
    }
  }
  if (line) out.push(line);
  return out;
}

/** The caption laid out for a picture `width` CSS px wide: its parts and height. */
export function layoutCaption(
  lines: readonly CaptionLine[],
  width: number,
): { parts: CaptionPart[]; height: number } {
  const parts: CaptionPart[] = [];
  let y = PAD;
  for (const line of lines) {
    const size = SIZE[line.role];
    const max = Math.max(8, Math.floor((width - PAD * 2) / (size * CHAR_W)));
    for (const text of wrapText(line.text, max)) {
      y += size * LEADING;
      parts.push({ ...line, text, x: PAD, y: y - size * 0.35, size });
    }
  }
  return { parts, height: Math.ceil(y + PAD) };
}

/** Colours of the caption. */
export interface CaptionColors {
  text: string;
  muted: string;
  rule: string;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The caption as an SVG `<g>` at (x, y), `width` wide, with a rule along its top. */
export function captionSvg(
  x: number,
  y: number,
  width: number,
  parts: readonly CaptionPart[],
  colors: CaptionColors,
  fontFamily: string,
): string {
  const out = [
    `<g class="entente-caption" transform="translate(${x} ${y})">`,
    `<line x1="${PAD}" y1="0.5" x2="${width - PAD}" y2="0.5" stroke="${colors.rule}" stroke-width="1"/>`,
  ];
  for (const p of parts) {
    const color = p.role === 'credit' ? colors.muted : colors.text;
    out.push(
      `<text x="${p.x}" y="${p.y}" fill="${color}" font-family="${esc(fontFamily)}" font-size="${p.size}"${p.role === 'title' ? ' font-weight="700"' : ''}>${esc(p.text)}</text>`,
    );
  }
  out.push('</g>');
  return out.join('');
}

/** Draws the caption on a 2D canvas at (x, y), `width` CSS px wide, scaled by `scale`. */
export function drawCaption(
  ctx: CanvasRenderingContext2D,
  at: { x: number; y: number; width: number; scale: number },
  parts: readonly CaptionPart[],
  colors: CaptionColors,
  fontFamily: string,
): void {
  ctx.save();
  ctx.translate(at.x, at.y);
  ctx.scale(at.scale, at.scale);
  ctx.strokeStyle = colors.rule;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(PAD, 0.5);
  ctx.lineTo(at.width - PAD, 0.5);
  ctx.stroke();
  for (const p of parts) {
    ctx.fillStyle = p.role === 'credit' ? colors.muted : colors.text;
    ctx.font = `${p.role === 'title' ? '700 ' : ''}${p.size}px ${fontFamily}`;
    ctx.fillText(p.text, p.x, p.y);
  }
  ctx.restore();
}
