/** Who takes part in an alliance: the states behind mentions, and a cue's subject. */
import type { Doc, RMention } from '../../doc';
import { lexicon } from '../../lexicon';
import { fw, inSet } from '../../match';
import {
  firstMentionIn,
  listAround,
  mentionAt,
  relativeAntecedent,
  statesOf as politicalStatesOf,
} from '../util';

/** The parties of mentions: states (for people acting for one) and armed groups, which take sides too. */
export function statesOf(doc: Doc, ms: readonly RMention[]): string[] {
  const out = politicalStatesOf(doc, ms);
  for (const m of ms) {
    const a = doc.actors.get(m.key);
    if (a?.kind === 'organization' && a.orgType === 'armed-group' && !out.includes(a.key)) out.push(a.key);
  }
  return out;
}

/** The first mention in token range [a, k) of sentence si that stands for a party. */
export function firstMentionBefore(doc: Doc, si: number, a: number, k: number): RMention | undefined {
  return firstMentionIn(doc, si, a, k, (m) => statesOf(doc, [m]).length > 0);
}

/** "costs on B", "in B": a mention a preposition governs, which is no clause's subject. */
function governed(doc: Doc, m: RMention): boolean {
  let q = m.t0 - 1;
  while (inSet(doc.tokens, q, fw.articles)) q--;
  return inSet(doc.tokens, q, lexicon.alliance.notSubjectPrepositions);
}

/** The first mention in [a, k) that stands for a party and no preposition governs. */
function subjectBefore(doc: Doc, si: number, a: number, k: number): RMention | undefined {
  return firstMentionIn(doc, si, a, k, (m) => statesOf(doc, [m]).length > 0 && !governed(doc, m));
}

/**
 * Index of the last reaction verb ("welcomed", "said", "criticised") in [from, to), or -1.
 * A possessive pronoun after it ("hailed her alliance with B") keeps the subject a party.
 */
export function lastReaction(doc: Doc, from: number, to: number): number {
  let v = -1;
  for (let q = from; q < to; q++) {
    const w = doc.tokens[q]?.lower ?? '';
    if (doc.tokenMention[q] === -1 && lexicon.alliance.reactions.has(w)) v = q;
    else if (v >= 0 && lexicon.names.possessivePronouns.has(w)) v = -1;
  }
  return v;
}

/** The antecedent of a relative clause at a, unless its subject only reacts to the deal. */
function antecedentStates(doc: Doc, a: number, k: number, ante: readonly RMention[]): string[] {
  return lastReaction(doc, a, k) >= 0 ? [] : statesOf(doc, ante);
}

/**
 * The parties on the left of a cue at k: the clause's subject, or the antecedent of a
 * relative clause ("B and C, which have formed a pact"). A subject that only reacts to
 * the deal ("A welcomed the agreement", "A said the pact with B…") is no party; the
 * subject after its verb is ("A regretted that B had signed a deal with C").
 */
export function subjectStates(doc: Doc, si: number, a: number, k: number): string[] {
  const [sa] = doc.sentTok[si] ?? [0, 0];
  const ante = relativeAntecedent(doc, si, a);
  // "X, which hosts … and is an ally of B": no subject of its own, the antecedent acts.
  const ownSubject = ante.length > 0 && mentionAt(doc, a + 1)?.t0 === a + 1;
  if (ante.length && !ownSubject) return antecedentStates(doc, a, k, ante);
  let subj = subjectBefore(doc, si, a, k);
  if (!subj && ante.length) return antecedentStates(doc, a, k, ante);
  subj ??= subjectBefore(doc, si, sa, k);
  if (!subj) return [];
  const v = lastReaction(doc, subj.t1, k);
  if (v >= 0) {
    subj = subjectBefore(doc, si, v + 1, k);
    if (!subj) return [];
  }
  return statesOf(doc, listAround(doc, subj, subj.t0, k));
}
