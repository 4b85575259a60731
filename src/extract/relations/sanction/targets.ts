/** Whom a measure named by a sanction noun targets. */
import { lexicon } from '../../lexicon';
import { inSet, isWord } from '../../match';
import {
  clauseOf,
  describedState,
  firstMentionIn,
  hasWordIn,
  isPolitical,
  listAround,
  mentionAt,
  relativeAntecedent,
  statesOf,
} from '../util';
import type { SanctionCue } from './cue';

const lx = lexicon.sanction;

/**
 * "X, which is under sweeping US sanctions", "X is under UN sanctions": the subject
 * under the measures is their target.
 */
export function underTarget(c: SanctionCue, imposers: readonly string[]): string[] {
  const { doc, si, k, sa } = c;
  let u = -1;
  for (let q = k - 1; q >= Math.max(sa, k - 7) && u < 0; q--) if (inSet(doc.tokens, q, lx.under)) u = q;
  if (u < 0) return [];
  const [ca] = clauseOf(doc, si, u);
  let subj = relativeAntecedent(doc, si, ca);
  if (!subj.length) {
    const first = firstMentionIn(doc, si, ca, u, (m) => isPolitical(doc, m.key));
    if (first) subj = listAround(doc, first, ca, u);
  }
  return statesOf(doc, subj).filter((x) => !imposers.includes(x));
}

/** "sanctions on B", "an embargo against the communist-ruled island", "sanctions over Y". */
export function targetAfterPreposition(c: SanctionCue, imposers: readonly string[]): string[] {
  const { doc, si, end, b } = c;
  for (let q = end; q < Math.min(b, end + 2); q++) {
    if (!inSet(doc.tokens, q, lx.targetPrepositions)) continue;
    // A reason ("over its invasion of Y") names no target; "over Y" right after may.
    const reason = inSet(doc.tokens, q, lx.reasonPrepositions);
    for (let r = q + 1; r < Math.min(b, q + (reason ? 2 : 5)); r++) {
      const m = mentionAt(doc, r);
      if (m) return statesOf(doc, listAround(doc, m, m.t0, b));
      // "an embargo on the communist-ruled island", "sanctions on the junta"
      const described = r === q + 1 ? describedState(doc, si, r, imposers) : undefined;
      if (described) return [described.key];
      if (reason && !isWord(doc.tokens, r, 'the')) break;
    }
    return [];
  }
  return [];
}

/** The sentence's subject, or the object of the imposing clause (a verb found the imposers). */
export function targetInSentence(c: SanctionCue, imposers: readonly string[], byVerb: boolean): string[] {
  const { doc, si, k, a, b } = c;
  const cands = (doc.bySentence[si] ?? []).filter((m) => {
    const s = statesOf(doc, [m])[0];
    const kind = doc.actors.get(m.key)?.kind;
    return s !== undefined && !imposers.includes(s) && (kind === 'state' || kind === 'leader');
  });
  const pick = byVerb ? cands.find((m) => m.t0 >= a && m.t0 < b) : cands[0];
  // "Norway has long opposed the U.S. embargo": a side taken, not a target.
  const stance = pick && pick.t1 <= k && hasWordIn(doc, pick.t1, k, lx.stance);
  return pick && !stance ? statesOf(doc, [pick]) : [];
}
