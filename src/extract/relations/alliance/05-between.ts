/** Step 5. "ties between A and B", "cooperation between the two countries". */
import { isWord } from '../../match';
import { listAround, mentionAt, pairFromContext, pairNounAt } from '../util';
import type { AllianceCue } from './cue';
import { pairs, type Found } from './found';
import { statesOf } from './parties';

/** The parties of the list introduced by "between" near the cue. */
function betweenList(c: AllianceCue): string[] | undefined {
  const { doc, si, k, a, b } = c;
  for (let q = Math.max(a, k - 4); q < Math.min(b, k + 4); q++) {
    if (!isWord(doc.tokens, q, 'between')) continue;
    const pn = pairNounAt(doc, q + 1, b) || pairNounAt(doc, q + 2, b);
    if (pn) return pairFromContext(doc, si, q);
    for (let r = q + 1; r < Math.min(b, q + 5); r++) {
      const m = mentionAt(doc, r);
      if (m) return statesOf(doc, listAround(doc, m, a, b));
    }
  }
  return undefined;
}

export function between(c: AllianceCue): Found | undefined {
  const list = betweenList(c);
  return list && list.length >= 2 ? { pairs: pairs(list), rule: 'alliance/between' } : undefined;
}
