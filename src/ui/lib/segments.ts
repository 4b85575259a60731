/** Cuts an article text into runs for the article panel: plain, mention, highlighted. */
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

/**
 * Splits `text` at every mention boundary and at the highlight bounds. Mentions that
 * overlap an earlier one or fall outside the text are dropped.
 */
export function segmentText(
  text: string,
  mentions: readonly MentionSpan[],
  highlight: { start: number; end: number } | null,
): Segment[] {
  const spans: MentionSpan[] = [];
  let last = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < last || m.end <= m.start || m.end > text.length) continue;
    spans.push(m);
    last = m.end;
  }
  const cuts = new Set<number>([0, text.length]);
  for (const m of spans) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const hl =
    highlight && highlight.end > highlight.start
      ? { start: Math.max(0, highlight.start), end: Math.min(text.length, highlight.end) }
      : null;
  if (hl) {
    cuts.add(hl.start);
    cuts.add(hl.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  let si = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    while (si < spans.length && spans[si]!.end <= start) si++;
    const span = spans[si];
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
