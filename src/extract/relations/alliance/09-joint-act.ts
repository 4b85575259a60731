/**
 * Step 9. One act by several states: "a Chinese and Russian proposal", "a meeting requested
 * by A, B and C". Its co-authors act together, an alliance between each two of them.
 */
import type { Doc, RMention } from '../../doc';
import { lexicon } from '../../lexicon';
import { isWord } from '../../match';
import type { FoundTie } from '../types';
import { clauseOf, listAround, mentionAt } from '../util';
import { addFound, pairs, type Seen } from './found';
import { negated } from './guards';
import { statesOf } from './parties';

const lx = lexicon.alliance;

/** "a Chinese and Russian draft proposal": the list of names right before the act noun at k. */
function authorsBefore(doc: Doc, si: number, k: number): RMention[] {
  const [sa] = doc.sentTok[si] ?? [0, 0];
  let q = k - 1;
  while (q > k - 3 && doc.tokenMention[q] === -1 && lx.actModifiers.has(doc.tokens[q]?.lower ?? '')) q--;
  const m = mentionAt(doc, q);
  return m && m.t1 === q + 1 ? listAround(doc, m, sa, m.t1) : [];
}

/** "requested by A, B and C": the list after "by" following the act verb at k. */
function authorsAfter(doc: Doc, si: number, k: number): RMention[] {
  const [, sb] = doc.sentTok[si] ?? [0, 0];
  if (!isWord(doc.tokens, k + 1, 'by')) return [];
  const m = mentionAt(doc, k + 2) ?? (isWord(doc.tokens, k + 2, 'the') ? mentionAt(doc, k + 3) : undefined);
  return m ? listAround(doc, m, m.t0, sb) : [];
}

export function jointAct(doc: Doc, si: number, k: number, seen: Seen, out: FoundTie[]): void {
  if (doc.tokenMention[k] !== -1) return;
  const w = doc.tokens[k]?.lower ?? '';
  const authors = lx.actNouns.has(w) ? authorsBefore(doc, si, k) : authorsAfter(doc, si, k);
  if (authors.length < 2) return;
  const [a, b] = clauseOf(doc, si, k);
  if (negated(doc, k, a, b)) return;
  addFound(doc, si, { pairs: pairs(statesOf(doc, authors)), rule: 'alliance/joint-act' }, seen, out);
}
