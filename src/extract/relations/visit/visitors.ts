/** Who visits: the subject of a cue, and those travelling alongside. */
import type { Doc, RMention } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet, isWord } from '../../match';
import { firstMentionIn, listAround, mentionAt, relativeAntecedent } from '../util';
import { isVisitor } from './places';

/**
 * The visitors a cue at k in clause [a, …) has as subject: the antecedent of a relative
 * pronoun ("X, who visited Y"), the subject of a subordinate clause ("China warned B,
 * hours after A arrived in C"), else the clause's first visitor and the list around it.
 */
export function subjectOf(doc: Doc, si: number, a: number, k: number): RMention[] {
  const ante = relativeAntecedent(doc, si, a).filter((x) => isVisitor(doc, x.key));
  if (ante.length) return ante;
  let from = a;
  for (let q = k - 1; q > a; q--) {
    if (doc.tokenMention[q] !== -1 || !inSet(doc.tokens, q, lexicon.visit.subordinators)) continue;
    if (firstMentionIn(doc, si, q + 1, k, (x) => isVisitor(doc, x.key))) from = q + 1;
    break;
  }
  const m = firstMentionIn(doc, si, from, k, (x) => isVisitor(doc, x.key));
  if (!m) return [];
  // "A, B's senior adviser, visited": a possessor opens an apposition and ends the list.
  const list = listAround(doc, m, m.t0, k);
  const end = list.findIndex((x, i) => i > 0 && x.poss);
  return (end > 0 ? list.slice(0, end) : list).filter((x) => isVisitor(doc, x.key));
}

/** How many sentences back a pronoun's person is looked for. */
const PRONOUN_SENTENCES = 2;

/**
 * "He is scheduled to travel to Canada", "his visit to Canada": "he", "his" at token p, with no
 * name before it in its sentence, is the first person named in the nearest sentence before that
 * names one; a visitor when that person is a leader.
 */
export function pronounVisitor(doc: Doc, si: number, p: number): string | undefined {
  const t = doc.tokens[p];
  const nm = lexicon.names;
  if (!t || (!nm.personPronouns.has(t.lower) && !nm.possessivePronouns.has(t.lower))) return undefined;
  const [sa] = doc.sentTok[si] ?? [0, 0];
  if (firstMentionIn(doc, si, sa, p, (x) => isPerson(doc, x.key))) return undefined;
  for (let s = si - 1; s >= Math.max(0, si - PRONOUN_SENTENCES); s--) {
    const m = (doc.bySentence[s] ?? []).find((x) => isPerson(doc, x.key));
    if (m) return doc.actors.get(m.key)?.kind === 'leader' ? m.key : undefined;
  }
  return undefined;
}

function isPerson(doc: Doc, key: string): boolean {
  const kind = doc.actors.get(key)?.kind;
  return kind === 'leader' || kind === 'analyst';
}

/** "travelled to C alongside B": the people named after "alongside" in the clause [k, b). */
export function coTravellers(doc: Doc, k: number, b: number): string[] {
  for (let r = k + 1; r < b; r++) {
    if (!isWord(doc.tokens, r, 'alongside') || doc.tokenMention[r] !== -1) continue;
    for (let q = r + 1; q < Math.min(b, r + 5); q++) {
      const m = mentionAt(doc, q);
      if (!m) continue;
      return listAround(doc, m, m.t0, b)
        .filter((x) => doc.actors.get(x.key)?.kind === 'leader')
        .map((x) => x.key);
    }
    return [];
  }
  return [];
}
