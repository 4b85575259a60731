/** Step 3. "A signed the Falepili Union with B": a named instrument signed with a partner. */
import type { Doc } from '../../doc';
import { isWord } from '../../match';
import type { FoundTie } from '../types';
import { clauseOf, listAround, mentionAt } from '../util';
import { addFound, pairs, type Seen } from './found';
import { negated, prospective } from './guards';
import { statesOf, subjectStates } from './parties';

export function treatySigned(doc: Doc, si: number, v: number, seen: Seen, out: FoundTie[]): void {
  const [, sb] = doc.sentTok[si] ?? [0, 0];
  if (doc.tokenMention[v] !== -1 || !isWord(doc.tokens, v + 1, 'the')) return;
  // The instrument: capitalized words (an organization-like name, no state).
  let q = v + 2;
  while (q < Math.min(sb, v + 8) && doc.tokens[q]?.cap) {
    const m = mentionAt(doc, q);
    if (m && doc.actors.get(m.key)?.kind !== 'organization') break;
    q++;
  }
  if (q === v + 2 || !isWord(doc.tokens, q, 'with')) return;
  const partner = mentionAt(doc, q + 1);
  if (!partner) return;
  const [a, b] = clauseOf(doc, si, v);
  if (negated(doc, v, a, b) || prospective(doc, v, a)) return;
  const right = statesOf(doc, listAround(doc, partner, partner.t0, b));
  addFound(
    doc,
    si,
    { pairs: pairs(subjectStates(doc, si, a, v), right), rule: 'alliance/treaty-signed' },
    seen,
    out,
  );
}
