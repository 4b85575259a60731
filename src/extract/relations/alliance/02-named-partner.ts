/** Step 2. "A described B as “a reliable friend and strategic partner”", "A called B its closest ally". */
import type { Doc } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet, isWord } from '../../match';
import type { FoundTie } from '../types';
import { clauseOf, hasWordIn, mentionAt } from '../util';
import { addFound, pairs, type Seen } from './found';
import { statesOf, subjectStates } from './parties';

const lx = lexicon.alliance;

export function namedPartner(doc: Doc, si: number, v: number, seen: Seen, out: FoundTie[]): void {
  const [, sb] = doc.sentTok[si] ?? [0, 0];
  if (doc.tokenMention[v] !== -1) return;
  const obj = mentionAt(doc, v + 1);
  if (!obj || obj.t0 !== v + 1 || obj.poss) return;
  if (inSet(doc.tokens, v, lx.asNamingVerbs) && !isWord(doc.tokens, obj.t1, 'as')) return;
  let cue = -1;
  for (let q = obj.t1; q < Math.min(sb, obj.t1 + 8) && cue < 0; q++) {
    if (mentionAt(doc, q)) break;
    if (inSet(doc.tokens, q, lx.friendNouns)) cue = q;
  }
  if (cue < 0 || hasWordIn(doc, obj.t1, cue, lx.negators) || hasWordIn(doc, obj.t1, cue, lx.negative)) return;
  const [a] = clauseOf(doc, si, v);
  const found = pairs(subjectStates(doc, si, a, v), statesOf(doc, [obj]));
  addFound(doc, si, { pairs: found, rule: 'alliance/named-partner' }, seen, out);
}
