/** Step 1: quotation spans ("…" and “…”) of each paragraph, and lookups over them. */
import type { Doc } from '../../doc';
import { lexicon } from '../../lexicon';
import type { QSpan } from './types';

const sp = lexicon.speech;

/** Bounded work per paragraph: a paragraph with hundreds of quotes is not prose. */
const MAX_SPANS_PER_PARAGRAPH = 60;

/** Quotation spans of each paragraph; an unclosed mark runs to the paragraph's end. */
export function findQuotes(doc: Doc): QSpan[] {
  const out: QSpan[] = [];
  doc.paragraphs.forEach((p, pi) => quotesOfParagraph(doc.text, p.start, p.end, pi, out));
  return out;
}

function quotesOfParagraph(text: string, from: number, to: number, pi: number, out: QSpan[]): void {
  let open = -1;
  let straight = false;
  const close = (i: number): void => {
    if (open >= 0 && i - open - 1 <= sp.maxQuoteChars) {
      const s = text.slice(open + 1, i);
      out.push({
        start: open + 1,
        end: i,
        open,
        close: i,
        para: pi,
        words: s.split(/\s+/).filter(Boolean).length,
      });
    }
    open = -1;
  };
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '“') {
      if (open < 0) {
        open = i;
        straight = false;
      }
    } else if (ch === '”') {
      if (open >= 0 && !straight) close(i);
    } else if (ch === '"') {
      if (open < 0) {
        open = i;
        straight = true;
      } else if (straight) close(i);
    }
  }
  if (open >= 0) close(to);
}

/** The spans of each paragraph, at most MAX_SPANS_PER_PARAGRAPH each. */
export function spansByParagraph(spans: readonly QSpan[]): Map<number, QSpan[]> {
  const out = new Map<number, QSpan[]>();
  for (const s of spans) {
    const l = out.get(s.para);
    if (l && l.length >= MAX_SPANS_PER_PARAGRAPH) continue;
    if (l) l.push(s);
    else out.set(s.para, [s]);
  }
  return out;
}

/** The span of a paragraph (few, see above) that holds offset pos. */
export function inSpan(spans: readonly QSpan[], pos: number): QSpan | undefined {
  for (const s of spans) if (pos >= s.start && pos < s.end) return s;
  return undefined;
}

/** Whether offset pos lies inside a quotation (spans are in text order and do not overlap). */
export function quoted(spans: readonly QSpan[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = spans[mid] as QSpan;
    if (pos < q.start) hi = mid - 1;
    else if (pos >= q.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Index of the sentence holding offset pos (binary search, not before `from`). */
export function sentenceOf(doc: Doc, pos: number, from: number): number {
  let lo = from;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.sentences[mid]?.end ?? 0) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(from, lo);
}

/** The quoted words of spans, joined with an ellipsis. */
export function spanText(doc: Doc, spans: readonly QSpan[]): string {
  return spans.map((q) => doc.text.slice(q.start, q.end)).join(' … ');
}
