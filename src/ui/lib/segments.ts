/**
 * Cuts an article text for the article panel: into blocks (so that only the blocks in view
 * get mention buttons), and a block into runs: plain, mention, highlighted.
 */
import type { MentionSpan } from '../../graph/types';

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Node key when the run is an actor mention. */
  node?: string;
  /** True inside the highlighted evidence sentence. */
  highlight: boolean;
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Mentions sorted by start; those that overlap an earlier one or fall outside the text are
 * dropped.
 */
export function cleanMentions(text: string, mentions: readonly MentionSpan[]): MentionSpan[] {
  const spans: MentionSpan[] = [];
  let last = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < last || m.end <= m.start || m.end > text.length) continue;
    spans.push(m);
    last = m.end;
  }
  return spans;
}

/** Index of the first span ending after `pos` (spans sorted and disjoint). */
function firstEndingAfter(spans: readonly MentionSpan[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Consecutive blocks covering `text`, each about `size` characters: cut after a blank line
 * when there is one, else after a line break, else at a space, never inside a mention.
 */
export function textBlocks(text: string, spans: readonly MentionSpan[], size = 2000): Range[] {
  const out: Range[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (text.length - start > size * 1.5) {
      const window = text.slice(start + size / 2, start + size * 1.5);
      const at = (s: string) => window.lastIndexOf(s);
      const cut = [at('\n\n') + 2, at('\n') + 1, at(' ') + 1].find((c) => c > 0) ?? window.length;
      end = start + size / 2 + cut;
      const inside = spans[firstEndingAfter(spans, end)];
      if (inside && inside.start < end) end = inside.end;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

/**
 * Splits `range` of `text` (the whole text by default) at every mention boundary and at the
 * highlight bounds. `spans` come from {@link cleanMentions}.
 */
export function segmentRange(
  text: string,
  spans: readonly MentionSpan[],
  highlight: Range | null,
  range: Range = { start: 0, end: text.length },
): Segment[] {
  const hl =
    highlight && highlight.end > highlight.start
      ? { start: Math.max(range.start, highlight.start), end: Math.min(range.end, highlight.end) }
      : null;
  const cuts = new Set<number>([range.start, range.end]);
  const first = firstEndingAfter(spans, range.start);
  let last = first;
  for (; last < spans.length && spans[last]!.start < range.end; last++) {
    cuts.add(Math.max(range.start, spans[last]!.start));
    cuts.add(Math.min(range.end, spans[last]!.end));
  }
  if (hl && hl.end > hl.start) {
    cuts.add(hl.start);
    cuts.add(hl.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  let si = first;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    while (si < last && spans[si]!.end <= start) si++;
    const span = si < last ? spans[si] : undefined;
    const seg: Segment = {
      start,
      end,
      text: text.slice(start, end),
      highlight: hl !== null && start >= hl.start && end <= hl.end,
    };
    if (span && span.start <= start && end <= span.end) seg.node = span.node;
    out.push(seg);
  }
  return out;
}

/** The whole text cut into runs (mentions cleaned first). */
export const segmentText = (
  text: string,
  mentions: readonly MentionSpan[],
  highlight: Range | null,
): Segment[] => segmentRange(text, cleanMentions(text, mentions), highlight);
