/** The two sides of an alliance cue: the partner after it, and the party before it. */
import type { Doc, RMention } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet, isWord } from '../../match';
import { describedState, gapBefore, listAround, mentionAt } from '../util';
import { blocAt } from './01-membership';
import { appositionObject } from './apposition';
import type { AllianceCue } from './cue';
import { firstMentionBefore, statesOf } from './parties';

const lx = lexicon.alliance;

/** Parties on each side, and the rule that found the right side. */
export interface Sides {
  left: string[];
  right: string[];
  rule: string;
  /** "the two NATO allies": the bloc the counted allies share, never a party. */
  shared?: string;
}

/** "a close ally of the junta": the state a description stands for, not the clause's subject's. */
function describedAt(c: AllianceCue, r: number): string | undefined {
  const subj = firstMentionBefore(c.doc, c.si, c.a, c.k);
  return describedState(c.doc, c.si, r, subj ? statesOf(c.doc, [subj]) : [])?.key;
}

/** "with A's rival B": the name a possessor's noun leads to, else the name itself. */
function possessedName(doc: Doc, m: RMention | undefined, b: number): RMention | undefined {
  if (!m?.poss) return m;
  for (let r = m.t1; r < Math.min(b, m.t1 + 3); r++) {
    const t = doc.tokens[r];
    if (!t || (r > m.t1 && gapBefore(doc, r) !== ' ')) break;
    const next = mentionAt(doc, r);
    if (next) return r > m.t1 && !next.poss ? next : m;
    if (t.cap) break;
  }
  return m;
}

/** "<cue> with B", "support for B", "an ally of B": the partner after a preposition. */
function prepositionObject(c: AllianceCue): string[] {
  const { doc, k, b } = c;
  for (let q = k + 1; q < Math.min(b, k + 3); q++) {
    const of = isWord(doc.tokens, q, 'of') && lx.ofCues.has(c.w);
    if (!inSet(doc.tokens, q, lx.rightPrepositions) && !of) continue;
    for (let r = q + 1; r < Math.min(b, q + 5); r++) {
      const m = possessedName(doc, mentionAt(doc, r), b);
      if (m) return statesOf(doc, listAround(doc, m, m.t0, b));
      const described = r === q + 1 ? describedAt(c, r) : undefined;
      if (described) return [described];
    }
    return [];
  }
  return [];
}

/**
 * "A and B built ties with countries of the region": a partner the cue names without a name,
 * so the subjects share a partner, not a tie ("with each other" names them both).
 */
export function unnamedPartner(c: AllianceCue): boolean {
  const { doc, k, b } = c;
  const q = isWord(doc.tokens, k + 1, 'with') ? k + 1 : isWord(doc.tokens, k + 2, 'with') ? k + 2 : -1;
  if (q < 0 || q + 1 >= b || inSet(doc.tokens, q + 1, lx.reciprocalStarts)) return false;
  for (let r = q + 1; r < Math.min(b, q + 5); r++) if (mentionAt(doc, r)) return false;
  return true;
}

/** The partner after a preposition, else the one named right after the cue ("its closest ally, B"). */
export function rightOfCue(c: AllianceCue): Pick<Sides, 'right' | 'rule'> {
  const right = prepositionObject(c);
  if (right.length) return { right, rule: 'alliance/cue-with-partner' };
  return { right: statesOf(c.doc, appositionObject(c.doc, c.k, c.b)), rule: 'alliance/ally-named-after' };
}

/** A bloc modifying a counted noun ("the two NATO allies", "both EU members"). */
function countedBloc(c: AllianceCue, m: RMention): boolean {
  const count =
    inSet(c.doc.tokens, m.t0 - 1, lx.countWords) || /^\d+$/.test(c.doc.tokens[m.t0 - 1]?.lower ?? '');
  return blocAt(c.doc, m.t0) !== undefined && count;
}

/** A possessor right before the cue ("A’s ties"), or a name ending at it ("Russian allies"). */
export function leftOfCue(c: AllianceCue): Pick<Sides, 'left' | 'shared'> {
  const { doc, k, a } = c;
  for (let q = k - 1; q >= Math.max(a, k - 4); q--) {
    const m = mentionAt(doc, q);
    if (!m) continue;
    if (m.t1 === k && !m.poss && countedBloc(c, m)) return { left: [], shared: m.key };
    return { left: m.poss || m.t1 === k ? statesOf(doc, [m]) : [] };
  }
  return { left: [] };
}

/**
 * "X, a close ally of B": X and B; "X, B's closest partner": X and B; "B and C, its two
 * main allies": a plural apposition applies to each member; "A has supported X, its only
 * treaty ally": "its" is the sentence's subject.
 */
export function appositionSides(c: AllianceCue, s: Sides, app: NonNullable<AllianceCue['app']>): void {
  const { doc, si, sa } = c;
  const heads = c.w.endsWith('s') ? listAround(doc, app.head, sa, app.start) : [app.head];
  const head = statesOf(doc, heads);
  if (!s.right.length) s.right = s.left;
  if (!s.right.length && inSet(doc.tokens, app.start, lx.ownerPronouns)) {
    const subj = firstMentionBefore(doc, si, sa, app.head.t0);
    if (subj) s.right = statesOf(doc, [subj]).filter((x) => !head.includes(x));
  }
  s.left = head;
  s.rule = 'alliance/ally-apposition';
}

/** "A has become the new government's closest ally": the state a definite possessor stands for. */
export function definitePossessor(c: AllianceCue): string | undefined {
  const { doc, si, k, a } = c;
  for (let q = k - 1; q >= Math.max(a, k - 3); q--) {
    if (!/^['’]s\s/.test(gapBefore(doc, q + 1))) continue;
    let r = q - 1;
    while (r > Math.max(a, q - 3) && !isWord(doc.tokens, r, 'the')) r--;
    const subj = firstMentionBefore(doc, si, a, r);
    const not = subj ? statesOf(doc, [subj]) : [];
    const d = describedState(doc, si, r, not, lexicon.names.possessorDescriptors);
    return d?.end === q + 1 ? d.key : undefined;
  }
  return undefined;
}
