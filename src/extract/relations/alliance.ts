/**
 * Alliance (undirected): alliance, partnership, friendship, cooperation, support,
 * pacts, ties growing closer… never under tension, rivalry or deterioration.
 * Pairs come from "between A and B", "A’s <cue> with B", "A and B <cue>",
 * hyphenated pairs ("Kim-Putin rapprochement") and "the two countries".
 */
import type { Doc, RMention } from '../doc';
import { lexicon } from '../lexicon';
import type { FoundTie, RelationExtractor } from './types';
import {
  clauseOf,
  gapBefore,
  listAround,
  mentionAt,
  pairFromContext,
  pairNounAt,
  sentenceOk,
  sentenceSpan,
  statesOf,
} from './util';

const lx = lexicon.alliance;
const RIGHT_PREPS = new Set(['with', 'for', 'to', 'among', 'alongside']);

function hasPositive(doc: Doc, k: number, a: number, b: number): boolean {
  for (let q = Math.max(a, k - 4); q < Math.min(b, k + 9); q++)
    if (lx.positive.has(doc.tokens[q]?.lower ?? '')) return true;
  return false;
}

function negated(doc: Doc, k: number, a: number, b: number): boolean {
  for (let q = a; q < k; q++) if (lx.negative.has(doc.tokens[q]?.lower ?? '')) return true;
  for (let q = Math.max(a, k - 3); q < k; q++) if (lx.negators.has(doc.tokens[q]?.lower ?? '')) return true;
  // After the cue only verbs negate: "ties soured", "relations have deteriorated".
  for (let q = k + 1; q < Math.min(b, k + 4); q++) {
    const w = doc.tokens[q]?.lower ?? '';
    if ((lx.negative.has(w) || lx.negators.has(w)) && /(?:ed|ing)$/.test(w)) return true;
  }
  return false;
}

/** The list introduced by "between" near k. */
function betweenList(doc: Doc, si: number, k: number, a: number, b: number): string[] | undefined {
  for (let q = Math.max(a, k - 4); q < Math.min(b, k + 4); q++) {
    if (doc.tokens[q]?.lower !== 'between') continue;
    const pn = pairNounAt(doc, q + 1, b) || pairNounAt(doc, q + 2, b);
    if (pn) return pairFromContext(doc, si, q);
    for (let r = q + 1; r < Math.min(b, q + 5); r++) {
      const m = mentionAt(doc, r);
      if (m) return statesOf(doc, listAround(doc, m, a, b));
    }
  }
  return undefined;
}

function pairs(xs: readonly string[], ys?: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  if (ys) {
    for (const x of xs) for (const y of ys) if (x !== y) out.push([x, y]);
  } else
    for (let i = 0; i < xs.length; i++)
      for (let j = i + 1; j < xs.length; j++) out.push([xs[i] as string, xs[j] as string]);
  return out;
}

function firstMentionBefore(doc: Doc, si: number, a: number, k: number): RMention | undefined {
  return (doc.bySentence[si] ?? []).find((m) => m.t0 >= a && m.t1 <= k && statesOf(doc, [m]).length > 0);
}

function extractSentence(doc: Doc, si: number, out: FoundTie[]): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  const seen = new Set<string>();
  for (let k = sa; k < sb; k++) {
    const t = doc.tokens[k];
    if (!t) continue;
    const strong = lx.strong.has(t.lower);
    if (!strong && !lx.weak.has(t.lower)) continue;
    if (doc.tokenMention[k] !== -1) continue;
    const [a, b] = clauseOf(doc, si, k);
    if (!strong && !hasPositive(doc, k, a, b)) continue;
    if (negated(doc, k, a, b)) continue;
    let found: [string, string][] = [];
    const between = betweenList(doc, si, k, a, b);
    if (between && between.length >= 2) found = pairs(between);
    if (!found.length) {
      // "Kim-Putin rapprochement", "China-Iran friendship"
      const m1 = mentionAt(doc, k - 1);
      const m0 = m1 ? mentionAt(doc, m1.t0 - 1) : undefined;
      if (m1 && m0 && gapBefore(doc, m1.t0) === '-') found = pairs(statesOf(doc, [m0, m1]));
    }
    if (!found.length) {
      // Right object: "<cue> with B", "support for B"
      let right: string[] = [];
      for (let q = k + 1; q < Math.min(b, k + 3); q++) {
        if (!RIGHT_PREPS.has(doc.tokens[q]?.lower ?? '')) continue;
        for (let r = q + 1; r < Math.min(b, q + 5); r++) {
          const m = mentionAt(doc, r);
          if (m) {
            right = statesOf(doc, listAround(doc, m, r, b));
            break;
          }
        }
        break;
      }
      // Left: a possessor right before the cue, else the clause subject.
      let left: string[] = [];
      for (let q = k - 1; q >= Math.max(a, k - 4); q--) {
        const m = mentionAt(doc, q);
        if (m) {
          if (m.poss || m.t1 === k) left = statesOf(doc, [m]);
          break;
        }
      }
      if (!left.length) {
        const subj = firstMentionBefore(doc, si, a, k) ?? firstMentionBefore(doc, si, sa, k);
        if (subj) left = statesOf(doc, listAround(doc, subj, subj.t0, k));
      }
      if (right.length) found = pairs(left, right);
      else if (left.length >= 2) found = pairs(left);
      else {
        const pn = (() => {
          for (let q = a; q < b; q++) {
            const n = pairNounAt(doc, q, b);
            if (n) return q;
          }
          return -1;
        })();
        if (pn >= 0) found = pairs(pairFromContext(doc, si, pn));
      }
    }
    for (const [x, y] of found) {
      const id = x < y ? `${x}|${y}` : `${y}|${x}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ type: 'alliance', source: x, target: y, ...sentenceSpan(doc, si) });
    }
  }
}

export const alliance: RelationExtractor = {
  type: 'alliance',
  extract(doc) {
    const out: FoundTie[] = [];
    for (let si = 0; si < doc.sentences.length; si++) if (sentenceOk(doc, si)) extractSentence(doc, si, out);
    return out;
  },
};
