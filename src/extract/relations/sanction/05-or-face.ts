/**
 * Step 5. "A urged B to accept the deal or face further sanctions": the one who urges
 * threatens the one urged with the measure.
 */
import type { Doc } from '../../doc';
import { lexicon } from '../../lexicon';
import { findIn, inSet, isWord } from '../../match';
import type { FoundTie } from '../types';
import { firstMentionIn, isPolitical, listAround, statesOf } from '../util';
import { pushTies } from './ties';

const lx = lexicon.sanction;

/** The appeal verb before token end ("urged", "warned"), the last one in [from, end), or -1. */
function appealBefore(doc: Doc, from: number, end: number): number {
  for (let q = end - 1; q >= from; q--) if (inSet(doc.tokens, q, lx.appeals)) return q;
  return -1;
}

/** "or face …sanctions" at token f ("face"): the one urged and the one urging. */
function threatAt(doc: Doc, si: number, f: number, out: FoundTie[]): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  if (!isWord(doc.tokens, f - 1, 'or') || findIn(doc.tokens, f + 1, Math.min(sb, f + 7), lx.nouns) < 0)
    return;
  const v = appealBefore(doc, sa, f);
  if (v < 0) return;
  const political = (m: { key: string }): boolean => isPolitical(doc, m.key);
  const urger = firstMentionIn(doc, si, sa, v, political);
  const urged = firstMentionIn(doc, si, v + 1, Math.min(f, v + 6), political);
  if (!urger || !urged) return;
  const imposers = statesOf(doc, listAround(doc, urger, sa, v));
  const measure = { imposers, targets: statesOf(doc, [urged]), status: 'threatened' as const };
  pushTies(doc, si, { ...measure, rule: ['sanction/or-face'] }, out);
}

export function orFace(doc: Doc, si: number, out: FoundTie[]): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  for (let k = sa + 1; k < sb; k++) if (inSet(doc.tokens, k, lx.face)) threatAt(doc, si, k, out);
}
