/** Step 3. "A froze the assets of B's generals": the subject sanctions the owner of the assets. */
import type { Doc } from '../../doc';
import { lexicon } from '../../lexicon';
import { findIn, inSet } from '../../match';
import type { FoundTie } from '../types';
import { clauseOf, firstMentionIn, isPolitical, listAround, statesOf } from '../util';
import { pushTies, statusOf } from './ties';

const lx = lexicon.sanction;

export function assetFreezes(doc: Doc, si: number, out: FoundTie[]): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  for (let k = sa; k < sb; k++) {
    if (!inSet(doc.tokens, k, lx.freeze) || doc.tokenMention[k] !== -1) continue;
    const asset = findIn(doc.tokens, k + 1, Math.min(sb, k + 4), lx.assets);
    if (asset < 0) continue;
    const [a, b] = clauseOf(doc, si, k);
    const subj = firstMentionIn(doc, si, a, k, (m) => isPolitical(doc, m.key));
    const obj = firstMentionIn(doc, si, asset + 1, Math.min(b, asset + 8), (m) => isPolitical(doc, m.key));
    if (!subj || !obj) continue;
    const imposers = statesOf(doc, listAround(doc, subj, a, k));
    const measure = { imposers, targets: statesOf(doc, [obj]), status: statusOf(doc, a, k) };
    pushTies(doc, si, { ...measure, rule: ['sanction/asset-freeze'] }, out);
  }
}
