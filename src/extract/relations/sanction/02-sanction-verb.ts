/** Step 2. "A, B and C sanctioned 20 Russian officials": the subjects sanction the object's state. */
import type { Doc } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet, isWord } from '../../match';
import type { FoundTie } from '../types';
import { clauseOf, firstMentionIn, isPolitical, listAround, statesOf } from '../util';
import { pushTies, statusOf } from './ties';

const lx = lexicon.sanction;

/** "sanctions" is mostly the noun; a passive ("was sanctioned") or an adjective ("the sanctioned bank") names no imposer. */
function verbAt(doc: Doc, k: number): boolean {
  if (!inSet(doc.tokens, k, lx.verbs) || isWord(doc.tokens, k, 'sanctions') || doc.tokenMention[k] !== -1)
    return false;
  return !inSet(doc.tokens, k - 1, lx.notVerbAfter) && !isWord(doc.tokens, k + 1, 'by');
}

export function sanctionVerbs(doc: Doc, si: number, out: FoundTie[]): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  for (let k = sa + 1; k < sb; k++) {
    if (!verbAt(doc, k)) continue;
    const [a, b] = clauseOf(doc, si, k);
    const subj = firstMentionIn(doc, si, a, k, (m) => isPolitical(doc, m.key));
    const obj = firstMentionIn(doc, si, k + 1, Math.min(b, k + 7), (m) => isPolitical(doc, m.key));
    if (!subj || !obj) continue;
    const imposers = statesOf(doc, listAround(doc, subj, a, k));
    const measure = { imposers, targets: statesOf(doc, [obj]), status: statusOf(doc, a, k) };
    pushTies(doc, si, { ...measure, rule: ['sanction/sanction-verb'] }, out);
  }
}
