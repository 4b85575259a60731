/** What keeps an alliance cue from counting: no positive word, a negation, a deal not yet made. */
import type { Doc } from '../../doc';
import { lexicon } from '../../lexicon';
import { isSeq } from '../../match';
import { hasWordIn } from '../util';

const lx = lexicon.alliance;

/** A weak cue ("ties") counts only with a positive word near it ("closer ties"). */
export function hasPositive(doc: Doc, k: number, a: number, b: number): boolean {
  return hasWordIn(doc, Math.max(a, k - 4), Math.min(b, k + 9), lx.positive);
}

/** "tensions in their ties", "stopped the alliance", "ties soured". */
export function negated(doc: Doc, k: number, a: number, b: number): boolean {
  if (hasWordIn(doc, a, k, lx.negative)) return true;
  if (hasWordIn(doc, Math.max(a, k - 3), k, lx.negators)) return true;
  // After the cue only verbs negate: "ties soured", "relations have deteriorated".
  for (let q = k + 1; q < Math.min(b, k + 4); q++) {
    const w = doc.tokens[q]?.lower ?? '';
    if ((lx.negative.has(w) || lx.negators.has(w)) && (w.endsWith('ed') || w.endsWith('ing'))) return true;
  }
  return false;
}

/** "agreed to finalise a deal", "a possible pact": the deal does not exist yet. */
export function prospective(doc: Doc, k: number, a: number): boolean {
  for (let q = Math.max(a, k - 6); q < k; q++) {
    if (!lx.prospective.has(doc.tokens[q]?.lower ?? '')) continue;
    // "close to finalising a pact": the parties already act as partners.
    if (isSeq(doc.tokens, q - 2, ['close', 'to'])) continue;
    return true;
  }
  return false;
}
