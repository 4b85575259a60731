/** Who visits: the subject of a cue, and those travelling alongside. */
import type { Doc, RMention } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet, isWord } from '../../match';
import { firstMentionIn, listAround, mentionAt, relativeAntecedent } from '../util';
import { isVisitor } from './places';

/**
 * The visitors a cue at k in clause [a, …) has as subject: the antecedent of a relative
 * pronoun ("X, who visited Y"), the subject of a subordinate clause ("China warned B,
 * hours after A arrived in C"), else the clause's first visitor and the list around it.
 */
export function subjectOf(doc: Doc, si: number, a: number, k: number): RMention[] {
  const ante = relativeAntecedent(doc, si, a).filter((x) => isVisitor(doc, x.key));
  if (ante.length) return ante;
  let from = a;
  for (let q = k - 1; q > a; q--) {
    if (doc.tokenMention[q] !== -1 || !inSet(doc.tokens, q, lexicon.visit.subordinators)) continue;
    if (firstMentionIn(doc, si, q + 1, k, (x) => isVisitor(doc, x.key))) from = q + 1;
    break;
  }
  const m = firstMentionIn(doc, si, from, k, (x) => isVisitor(doc, x.key));
  if (!m) return [];
  // "A, B's senior adviser, visited": a possessor opens an apposition and ends the list.
  const list = listAround(doc, m, m.t0, k);
  const end = list.findIndex((x, i) => i > 0 && x.poss);
  return (end > 0 ? list.slice(0, end) : list).filter((x) => isVisitor(doc, x.key));
}

/** "travelled to C alongside B": the people named after "alongside" in the clause [k, b). */
export function coTravellers(doc: Doc, k: number, b: number): string[] {
  for (let r = k + 1; r < b; r++) {
    if (!isWord(doc.tokens, r, 'alongside') || doc.tokenMention[r] !== -1) continue;
    for (let q = r + 1; q < Math.min(b, r + 5); q++) {
      const m = mentionAt(doc, q);
      if (!m) continue;
      return listAround(doc, m, m.t0, b)
        .filter((x) => doc.actors.get(x.key)?.kind === 'leader')
        .map((x) => x.key);
    }
    return [];
  }
  return [];
}
