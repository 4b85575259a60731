/** Step 8. "The agreement, brokered by C, was signed by A and B": the signers. */
import { lexicon } from '../../lexicon';
import { inSet, isWord } from '../../match';
import { listAround, mentionAt } from '../util';
import type { AllianceCue } from './cue';
import { pairs, type Found } from './found';
import { statesOf } from './parties';

/** The states after "signed by" later in the sentence of the deal at k. */
function signers(c: AllianceCue): string[] {
  const { doc, si, k } = c;
  const [, sb] = doc.sentTok[si] ?? [0, 0];
  for (let q = k + 1; q < Math.min(sb - 1, k + 14); q++) {
    if (!inSet(doc.tokens, q, lexicon.alliance.signVerbs) || !isWord(doc.tokens, q + 1, 'by')) continue;
    const m = mentionAt(doc, q + 2) ?? mentionAt(doc, q + 3);
    return m ? statesOf(doc, listAround(doc, m, m.t0, sb)) : [];
  }
  return [];
}

export function signedBy(c: AllianceCue): Found | undefined {
  const found = pairs(signers(c));
  return found.length ? { pairs: found, rule: 'alliance/signed-by' } : undefined;
}
