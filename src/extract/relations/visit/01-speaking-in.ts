/** Step 1. "Speaking in Tokyo on Monday, A said …": A is in the place's state. */
import type { Doc } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet } from '../../match';
import type { FoundTie } from '../types';
import { firstMentionIn, gapBefore, listAround, mentionAt } from '../util';
import { emit } from './emit';
import { isVisitor, placeAt } from './places';

const lx = lexicon.visit;

export function speakingIn(doc: Doc, si: number, out: FoundTie[]): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  if (!inSet(doc.tokens, sa, lx.presence) || !inSet(doc.tokens, sa + 1, lx.placePrepositions)) return;
  const host = placeAt(doc, mentionAt(doc, sa + 2));
  if (!host) return;
  // The subject right after the opening phrase's comma.
  let c = sa + 2;
  while (c < sb && !gapBefore(doc, c).includes(',')) c++;
  if (c >= sb || c > sa + 10) return;
  const m = firstMentionIn(doc, si, c, Math.min(sb, c + 6), (x) => isVisitor(doc, x.key));
  if (!m) return;
  const visitors = listAround(doc, m, m.t0, sb)
    .filter((x) => isVisitor(doc, x.key) && doc.actors.get(x.key)?.kind === 'leader')
    .map((x) => x.key);
  emit(doc, si, { visitors, host, rule: ['visit/speaking-in'] }, out);
}
