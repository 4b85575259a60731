/**
 * Step 1, once a sentence. Membership of a bloc: "A joined B", "A became a member of B",
 * "A is a B member", "A's accession to B", "B member A". Applying to join, or leaving, makes none.
 */
import type { Doc, RMention } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet, isWord, skipBackIn } from '../../match';
import type { FoundTie } from '../types';
import { clauseOf, hasWordIn, mentionAt } from '../util';
import { addFound, type Seen } from './found';
import { negated } from './guards';
import { statesOf, subjectStates } from './parties';

const lx = lexicon.alliance;

/** The bloc (an intergovernmental body, not a universal one) named at token r, if any. */
export function blocAt(doc: Doc, r: number): RMention | undefined {
  const m = mentionAt(doc, r);
  if (!m) return undefined;
  const x = doc.actors.get(m.key);
  if (x?.kind !== 'organization' || x.orgType !== 'intergovernmental') return undefined;
  if (lx.universalBodies.has(x.label.toLowerCase()) || lx.universalBodies.has(m.surface.toLowerCase()))
    return undefined;
  return m;
}

/** "is a NATO member", "became a member of": a copula before the (determined) noun phrase at k. */
function statesMembership(doc: Doc, k: number, a: number): boolean {
  const q = skipBackIn(doc.tokens, k - 1, lx.membershipModifiers, a);
  return q >= a && inSet(doc.tokens, q, lx.memberCopulas);
}

interface Bloc {
  bloc: RMention;
  /** "NATO member Turkey": the member named right after the noun. */
  members: string[];
}

/** The bloc: after the cue ("joined NATO", "member of the EU") or before it ("a NATO member"). */
function blocOfCue(doc: Doc, k: number, b: number, join: boolean): Bloc | undefined {
  for (let r = k + 1; r < Math.min(b, k + 4); r++) {
    const bloc = blocAt(doc, r);
    if (bloc) return { bloc, members: [] };
    if (!inSet(doc.tokens, r, lx.blocLeads)) break;
  }
  if (join) return undefined;
  const bloc = blocAt(doc, k - 1);
  if (!bloc) return undefined;
  const next = k + 1 < b ? mentionAt(doc, k + 1) : undefined;
  return { bloc, members: next && doc.actors.get(next.key)?.kind === 'state' ? [next.key] : [] };
}

/** A possessor ("Sweden's accession") or the clause subject. */
function membersOf(doc: Doc, si: number, k: number, a: number, bloc: RMention): string[] {
  for (let q = k - 1; q >= Math.max(a, k - 4); q--) {
    const m = mentionAt(doc, q);
    if (m && m !== bloc) {
      if (m.poss) {
        const own = statesOf(doc, [m]);
        if (own.length) return own;
      }
      break;
    }
  }
  return subjectStates(doc, si, a, Math.min(k, bloc.t0));
}

function memberAt(doc: Doc, si: number, k: number, seen: Seen, out: FoundTie[]): void {
  const join = inSet(doc.tokens, k, lx.join);
  const [a, b] = clauseOf(doc, si, k);
  if (negated(doc, k, a, b)) return;
  if (join && hasWordIn(doc, Math.max(a, k - 3), k, lx.joinWish)) return;
  const found = blocOfCue(doc, k, b, join);
  if (!found) return;
  const { bloc } = found;
  let members = found.members;
  const stated = join || isWord(doc.tokens, k, 'accession') || statesMembership(doc, Math.min(k, bloc.t0), a);
  if (!members.length && !stated) return;
  if (!members.length) members = membersOf(doc, si, k, a, bloc);
  const states = members.filter((x) => x !== bloc.key && doc.actors.get(x)?.kind === 'state');
  addFound(doc, si, { pairs: states.map((x) => [x, bloc.key]), rule: 'alliance/member-of-bloc' }, seen, out);
}

export function membership(doc: Doc, si: number, seen: Seen, out: FoundTie[]): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  for (let k = sa; k < sb; k++) {
    if (doc.tokenMention[k] !== -1) continue;
    if (inSet(doc.tokens, k, lx.join) || inSet(doc.tokens, k, lx.membership)) memberAt(doc, si, k, seen, out);
  }
}
