/**
 * Step 1. "Speaking in Tokyo on Monday, A said …", "Speaking to reporters in Tokyo, A said …":
 * A is in the place's state.
 */
import type { Doc } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet } from '../../match';
import type { FoundTie } from '../types';
import { firstMentionIn, gapBefore, listAround, mentionAt } from '../util';
import { emit } from './emit';
import { isVisitor, placeAt } from './places';

const lx = lexicon.visit;

/** The longest opening phrase read for its place, in tokens. */
const OPENING_MAX = 15;

/** The place "in" or "at" names in the opening phrase [from, to), not "the war in Yemen". */
function openingPlace(doc: Doc, from: number, to: number): string | undefined {
  for (let r = from; r < to - 1; r++) {
    if (!inSet(doc.tokens, r, lx.placePrepositions) || inSet(doc.tokens, r - 1, lx.notMeetingNouns)) continue;
    const h = placeAt(doc, mentionAt(doc, r + 1));
    if (h) return h;
  }
  return undefined;
}

export function speakingIn(doc: Doc, si: number, out: FoundTie[]): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  if (!inSet(doc.tokens, sa, lx.presence)) return;
  // The subject right after the opening phrase's comma.
  let c = sa + 2;
  while (c < sb && !gapBefore(doc, c).includes(',')) c++;
  if (c >= sb || c > sa + OPENING_MAX) return;
  const host = openingPlace(doc, sa + 1, c);
  if (!host) return;
  const m = firstMentionIn(doc, si, c, Math.min(sb, c + 6), (x) => isVisitor(doc, x.key));
  if (!m) return;
  const visitors = listAround(doc, m, m.t0, sb)
    .filter((x) => isVisitor(doc, x.key) && doc.actors.get(x.key)?.kind === 'leader')
    .map((x) => x.key);
  emit(doc, si, { visitors, host, rule: ['visit/speaking-in'] }, out);
}
