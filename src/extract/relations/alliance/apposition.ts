/** Appositions and possessive pronouns around an alliance cue. */
import type { Doc, RMention } from '../../doc';
import { lexicon } from '../../lexicon';
import { fw, inSet, isWord } from '../../match';
import { gapBefore, listAround, mentionAt, mentionsIn } from '../util';

const lx = lexicon.alliance;

/**
 * The head of an apposition holding the cue at k: "X, a close ally of B," and
 * "X, B's closest partner,". Returns the head and the apposition's first token.
 */
export function appositionHead(
  doc: Doc,
  si: number,
  k: number,
): { head: RMention; start: number } | undefined {
  const [sa] = doc.sentTok[si] ?? [0, 0];
  for (let p = k; p > Math.max(sa, k - 7); p--) {
    const g = gapBefore(doc, p);
    if (/[;:.()“”"]/.test(g)) return undefined;
    if (g.includes(',')) {
      const head = mentionAt(doc, p - 1);
      const first = mentionAt(doc, p);
      if (!head || head.t1 !== p || p === k) return undefined;
      if (!inSet(doc.tokens, p, lx.appositionStarts) && !(first?.poss && first.t0 === p)) return undefined;
      return { head, start: p };
    }
    const w = doc.tokens[p - 1]?.lower ?? '';
    if (p - 1 < k && (lx.reactions.has(w) || lexicon.clauses.conjunctions.has(w))) return undefined;
  }
  return undefined;
}

/** "its closest ally, B", "Iran's ally Russia": the ally named right after the cue at k. */
export function appositionObject(doc: Doc, k: number, b: number): RMention[] {
  if (!inSet(doc.tokens, k, lx.ofCues) || k + 1 >= b) return [];
  const comma = gapBefore(doc, k + 1).includes(',');
  // "Iran's ally Russia", "its allies Japan and South Korea": a possessor, then the name.
  const owned =
    mentionAt(doc, k - 1)?.poss === true || inSet(doc.tokens, k - 1, lexicon.names.possessivePronouns);
  if (!comma && !(owned && gapBefore(doc, k + 1) === ' ')) return [];
  const m = mentionAt(doc, k + 1);
  if (!m || m.t0 !== k + 1) return [];
  return comma ? [m] : listAround(doc, m, m.t0, b);
}

/**
 * "A thanked B for its support": the actor "its"/"their" before the cue at k stands for,
 * the last one named before the pronoun in the clause, when it is not the clause's first.
 */
export function pronounPossessor(
  doc: Doc,
  si: number,
  a: number,
  k: number,
): { owner: RMention; subject: RMention } | undefined {
  let p = -1;
  for (let q = k - 1; q >= Math.max(a, k - 4); q--) {
    if (inSet(doc.tokens, q, lx.ownerPronouns)) {
      p = q;
      break;
    }
    if (doc.tokenMention[q] !== -1 || /[,;:.()]/.test(gapBefore(doc, q + 1))) return undefined;
  }
  if (p < 0) return undefined;
  const ms = mentionsIn(doc, si, a, p);
  const last = ms[ms.length - 1];
  const first = ms[0];
  if (!last || !first || ms.length < 2 || last.poss) return undefined;
  // "A and its allies": the pronoun's owner heads the phrase, the allies are unnamed.
  if (last.t1 === p - 1 && inSet(doc.tokens, p - 1, fw.conjunctions)) return undefined;
  return prepositionObject(doc, listAround(doc, last, a, p)) ? undefined : { owner: last, subject: first };
}

/**
 * "its influence with B and C", "the invasion of B": a list governed by a preposition,
 * which names no one a pronoun after it could thank or partner ("… to cease their cooperation").
 */
function prepositionObject(doc: Doc, list: readonly RMention[]): boolean {
  let q = (list[0]?.t0 ?? 0) - 1;
  while (inSet(doc.tokens, q, fw.articles) || isWord(doc.tokens, q, 'both')) q--;
  return inSet(doc.tokens, q, fw.prepositions);
}
