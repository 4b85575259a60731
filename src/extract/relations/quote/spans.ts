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

/** A straight mark that opens: after a space, a bracket or a dash, and before a word. */
function opensAt(text: string, i: number, from: number): boolean {
  const before = i > from ? (text[i - 1] as string) : ' ';
  const after = text[i + 1] ?? ' ';
  return /[\s([—–-]/.test(before) && /\S/.test(after);
}

/**
 * A mark that can only open a quotation of the open one's style: a curly opening mark,
 * or a straight mark that starts a sentence ('… position. "Unless …').
 */
function reopensAt(text: string, i: number, from: number, straight: boolean): boolean {
  const ch = text[i];
  if (ch === '“') return !straight;
  if (ch !== '"' || !straight) return false;
  return /[.?!]\s+$/.test(text.slice(Math.max(from, i - 3), i)) && /\p{Lu}/u.test(text[i + 1] ?? '');
}

/**
 * Quotations of one paragraph. Real text mixes marks: a quotation opened with a straight
 * mark may close with a curly one, and the reverse. Inside a quotation, a mark of the
 * other style that opens (a space before it, a word after) starts a quotation inside the
 * quotation ("… the “new era” …"), which closes before the outer one.
 */
function quotesOfParagraph(text: string, from: number, to: number, pi: number, out: QSpan[]): void {
  let open = -1;
  let straight = false;
  let inner = false;
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
    inner = false;
  };
  for (let i = from; i < to; i++) {
    const ch = text[i];
    const curly = ch === '“' || ch === '”';
    if (ch !== '"' && !curly) continue;
    if (open < 0) {
      // A lone closing mark opens nothing.
      if (ch === '”') continue;
      open = i;
      straight = ch === '"';
    } else if (inner) {
      // The inner quotation closes with a mark of its own style.
      if (curly === straight && ch !== '“') inner = false;
    } else if (reopensAt(text, i, from, straight)) {
      // The open quotation was never closed: it ends where the new one starts.
      close(i);
      open = i;
      straight = ch === '"';
    } else if (curly === straight && ch !== '”' && opensAt(text, i, from)) inner = true;
    else if (ch !== '“') close(i);
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
