/**
 * Step 6. "Kim-Putin rapprochement", "China-Iran friendship": a hyphenated pair before the
 * cue; "joint U.K.-U.S. drills": one right after a cue that modifies what follows.
 */
import type { Doc, RMention } from '../../doc';
import { lexicon } from '../../lexicon';
import { gapBefore, mentionAt } from '../util';
import type { AllianceCue } from './cue';
import { pairs, type Found } from './found';
import { statesOf } from './parties';

/** The pair "A-B" whose second name ends at token end, if any. */
function pairEndingAt(doc: Doc, end: number): [RMention, RMention] | undefined {
  const m1 = mentionAt(doc, end - 1);
  const m0 = m1 ? mentionAt(doc, m1.t0 - 1) : undefined;
  return m1 && m0 && m1.t1 === end && gapBefore(doc, m1.t0) === '-' ? [m0, m1] : undefined;
}

/** The pair "A-B" starting at token start, if any. */
function pairStartingAt(doc: Doc, start: number): [RMention, RMention] | undefined {
  const m0 = mentionAt(doc, start);
  const m1 = m0 && m0.t0 === start ? mentionAt(doc, m0.t1) : undefined;
  return m0 && m1 && gapBefore(doc, m1.t0) === '-' ? [m0, m1] : undefined;
}

export function hyphenatedPair(c: AllianceCue): Found | undefined {
  const before = pairEndingAt(c.doc, c.k);
  const after = lexicon.alliance.modifierCues.has(c.w) ? pairStartingAt(c.doc, c.k + 1) : undefined;
  const pair = before ?? after;
  if (!pair) return undefined;
  const found = pairs(statesOf(c.doc, pair));
  return found.length ? { pairs: found, rule: 'alliance/hyphenated-pair' } : undefined;
}
