/** The alliance ties of one sentence: each pair once, with every rule that found it. */
import type { Doc } from '../../doc';
import type { FoundTie } from '../types';
import { sentenceSpan } from '../util';

/** Pairs of parties and the rule that paired them. */
export interface Found {
  pairs: [string, string][];
  rule: string;
}

/** The ties of one sentence so far, by unordered pair. */
export type Seen = Map<string, FoundTie>;

/** Every pair of xs with ys (x ≠ y), or every pair within xs. */
export function pairs(xs: readonly string[], ys?: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  if (ys) {
    for (const x of xs) for (const y of ys) if (x !== y) out.push([x, y]);
  } else
    for (let i = 0; i < xs.length; i++)
      for (let j = i + 1; j < xs.length; j++) out.push([xs[i] as string, xs[j] as string]);
  return out;
}

/** One tie a new pair of sentence si; a pair found again only gains the rule's id. */
export function addFound(doc: Doc, si: number, found: Found, seen: Seen, out: FoundTie[]): void {
  for (const [x, y] of found.pairs) {
    const id = x < y ? `${x}|${y}` : `${y}|${x}`;
    const had = seen.get(id);
    if (had) {
      if (!had.rule?.includes(found.rule)) had.rule?.push(found.rule);
      continue;
    }
    const tie: FoundTie = {
      type: 'alliance',
      source: x,
      target: y,
      ...sentenceSpan(doc, si),
      rule: [found.rule],
    };
    seen.set(id, tie);
    out.push(tie);
  }
}
