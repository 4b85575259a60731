/** Step 6. "Kim-Putin rapprochement", "China-Iran friendship": a hyphenated pair before the cue. */
import { gapBefore, mentionAt } from '../util';
import type { AllianceCue } from './cue';
import { pairs, type Found } from './found';
import { statesOf } from './parties';

export function hyphenatedPair(c: AllianceCue): Found | undefined {
  const m1 = mentionAt(c.doc, c.k - 1);
  const m0 = m1 ? mentionAt(c.doc, m1.t0 - 1) : undefined;
  if (!m1 || !m0 || gapBefore(c.doc, m1.t0) !== '-') return undefined;
  const found = pairs(statesOf(c.doc, [m0, m1]));
  return found.length ? { pairs: found, rule: 'alliance/hyphenated-pair' } : undefined;
}
