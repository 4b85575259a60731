/**
 * Step 3 (continued): the subject of a speech cue at tokens [v, ve): the noun phrase before
 * the cue ("A said", "A, who …, said", "officials familiar with … said"), else the one after
 * it ("…,” said A", "according to A").
 */
import type { RMention } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet } from '../../match';
import { clauseOf, gapBefore, mentionAt } from '../util';
import {
  anonymousHeadBefore,
  anonymousInPlace,
  isPerson,
  npSpeaker,
  parentheticalHead,
  personOfTitledState,
  relativeAntecedent,
} from './speaker';
import { quoted } from './spans';
import type { QuoteState, Speaker } from './types';

const sp = lexicon.speech;
const nm = lexicon.names;

export interface Subject {
  who: Speaker;
  /** Offset where the subject starts, -1 if none. */
  subjStart: number;
  /** Ids of the rules that found the speaker. */
  rule: string[];
}

const NONE: Subject = { who: undefined, subjStart: -1, rule: [] };
const CLAUSE_RULE = 'quote/subject-before-clause';

/** The speaker of a speech cue at tokens [v, ve) in sentence si. */
export function subjectOf(st: QuoteState, si: number, v: number, ve: number, after: boolean): Subject {
  if (!after) {
    const before = subjectBefore(st, si, v);
    if (before) return before;
  }
  return subjectAfter(st, si, ve);
}

/** Back from the cue over "has also", "was" …, not across a comma: the subject's last token. */
function skipToSubject(st: QuoteState, sa: number, v: number): number {
  const { doc } = st;
  let q = v - 1;
  let skips = 0;
  while (
    q >= sa &&
    skips < 4 &&
    inSet(doc.tokens, q, sp.skipBeforeCue) &&
    mentionAt(doc, q) === undefined &&
    // "A, who arrived in C on Monday, said": a comma closes what is skipped.
    !gapBefore(doc, q + 1).includes(',')
  ) {
    q--;
    skips++;
  }
  return q;
}

/** The subject before the cue; undefined when the cue opens the sentence or follows a quotation. */
function subjectBefore(st: QuoteState, si: number, v: number): Subject | undefined {
  const { doc } = st;
  const [sa] = doc.sentTok[si] ?? [0, 0];
  const q = skipToSubject(st, sa, v);
  if (q < sa) return undefined;
  const g = doc.text.slice(doc.tokens[q]?.end ?? 0, doc.tokens[q + 1]?.start ?? 0);
  // 'A, who praised B as "a partner", said': the quotation closes before the parenthetical's comma.
  if (/[”"]\s*,\s*$/.test(g)) {
    const head = parentheticalHead(doc, sa, q);
    if (head) return { who: head.key, subjStart: head.start, rule: [CLAUSE_RULE] };
  }
  if (/[”"]/.test(g)) return undefined;
  return g.includes(',') ? subjectBeforeComma(st, si, sa, q) : subjectRightBefore(st, si, sa, q);
}

/**
 * "A, who arrived in C, said", "A, speaking alongside B, said", "A, an analyst at the
 * Institute - C, said", "Beijing, which …, said": the head before the parenthetical.
 */
function subjectBeforeComma(st: QuoteState, si: number, sa: number, q: number): Subject {
  const { doc } = st;
  const head = parentheticalHead(doc, sa, q);
  if (head) return { who: head.key, subjStart: head.start, rule: [CLAUSE_RULE] };
  const rel = relativeAntecedent(doc, si, q);
  if (rel) return { who: rel.key, subjStart: rel.start, rule: [CLAUSE_RULE] };
  // "New Zealand's prime minister, Jacinda Ardern, said": the name right before.
  const mq = mentionAt(doc, q);
  if (mq && isPerson(doc, mq.key)) return { who: mq.key, subjStart: mq.start, rule: [] };
  const [ca] = clauseOf(doc, si, q);
  // "… Yun Sun, director of …, said": the person right before the first comma.
  const lead = mentionBeforeComma(doc, ca, q);
  if (lead && isPerson(doc, lead.key)) return { who: lead.key, subjStart: lead.start, rule: [CLAUSE_RULE] };
  // Apposition: "Yun Sun, director of …, said"
  for (let r = ca; r < Math.min(q, ca + 4); r++) {
    const m = mentionAt(doc, r);
    if (!m) continue;
    const a = doc.actors.get(m.key);
    if (a && a.kind !== 'state') return { who: m.key, subjStart: m.start, rule: [CLAUSE_RULE] };
    break;
  }
  const m0 = mentionAt(doc, ca);
  if (!m0) return NONE;
  // "Kenyan President X welcomed …, saying": the titled person, not their state.
  const person = personOfTitledState(st, m0, q);
  return person
    ? { who: person, subjStart: m0.start, rule: ['quote/titled-person'] }
    : { who: m0.key, subjStart: m0.start, rule: [] };
}

/** The noun phrase ending right before the cue ("Analysts in Nairobi say", "she said"). */
function subjectRightBefore(st: QuoteState, si: number, sa: number, q: number): Subject {
  const { doc } = st;
  const m = mentionAt(doc, q);
  const subjStart = m ? m.start : (doc.tokens[q]?.start ?? -1);
  // "Analysts in Nairobi say": unnamed commentators located in a place, not its state.
  if (m && anonymousInPlace(doc, m)) return { who: null, subjStart, rule: [] };
  // "officials from both sides said", "diplomats familiar with the talks said": the
  // head is the unnamed commentators before the modifier, not its last noun.
  const head = anonymousHeadBefore(doc, sa, q);
  if (head >= 0) {
    const n = npSpeaker(st, head, 'before');
    return { who: n.who ?? null, subjStart: doc.tokens[head]?.start ?? -1, rule: n.rule ? [n.rule] : [] };
  }
  // "Sara Jones of the Gulf Institute said": the person, not the body they belong to.
  const member = m ? memberBefore(doc, m) : undefined;
  if (member) return { who: member.key, subjStart: member.start, rule: [] };
  const n = npSpeaker(st, q, 'before');
  if (n.who !== undefined) return { who: n.who, subjStart, rule: n.rule ? [n.rule] : [] };
  // "Beijing, which when asked about … said"
  const rel = relativeAntecedent(doc, si, q);
  return rel ? { who: rel.key, subjStart: rel.start, rule: [CLAUSE_RULE] } : NONE;
}

/** The person named right before "of", "at" or "from" and the mention m ("A of the Institute"). */
function memberBefore(doc: QuoteState['doc'], m: RMention): RMention | undefined {
  const r = inSet(doc.tokens, m.t0 - 1, sp.invertedSubjectSkips) ? m.t0 - 2 : m.t0 - 1;
  if (!inSet(doc.tokens, r, nm.affiliationPrepositions) || /[,;:“”"()]/.test(gapBefore(doc, r + 1)))
    return undefined;
  if (/[,;:“”"()]/.test(gapBefore(doc, r))) return undefined;
  const p = mentionAt(doc, r - 1);
  return p && p.t1 === r && isPerson(doc, p.key) ? p : undefined;
}

/** Inversion: "…,” said X" / "according to X": the noun phrase after the cue. */
function subjectAfter(st: QuoteState, si: number, ve: number): Subject {
  const { doc } = st;
  const [, sb] = doc.sentTok[si] ?? [0, 0];
  for (let r = ve; r < Math.min(sb, ve + 4); r++) {
    const t = doc.tokens[r];
    // "saying “Tony, that's rubbish”": a name inside the quoted words is not who says them.
    if (!t || quoted(st.spans, t.start)) break;
    // "said the Gen. A": articles and honorifics before the name.
    if (inSet(doc.tokens, r, sp.invertedSubjectSkips) || inSet(doc.tokens, r, nm.honorifics.words)) continue;
    // "said international relations expert A": the person the head noun introduces.
    const named = sp.anonymous.has(t.lower) ? namedAfterHead(st, r) : undefined;
    if (named) return { who: named, subjStart: t.start, rule: ['quote/inverted-cue'] };
    const n = npSpeaker(st, r, 'after');
    if (n.who !== undefined)
      return { who: n.who, subjStart: t.start, rule: ['quote/inverted-cue', ...(n.rule ? [n.rule] : [])] };
    // "a defense official": skip modifiers up to the head, not into a prepositional phrase
    if (!t.cap && !sp.anonymous.has(t.lower) && !sp.invertedSubjectStops.has(t.lower)) continue;
    break;
  }
  return NONE;
}

/** The person named right after a head noun ("expert A", "analyst A"), with no comma between. */
function namedAfterHead(st: QuoteState, r: number): string | undefined {
  const m = mentionAt(st.doc, r + 1);
  if (!m || m.t0 !== r + 1 || gapBefore(st.doc, r + 1).trim()) return undefined;
  return isPerson(st.doc, m.key) ? m.key : undefined;
}

/** The mention that ends right before the first comma in tokens [ca, q). */
function mentionBeforeComma(doc: QuoteState['doc'], ca: number, q: number): RMention | undefined {
  for (let r = ca + 1; r <= q; r++) {
    if (!gapBefore(doc, r).includes(',')) continue;
    const m = mentionAt(doc, r - 1);
    return m && m.t1 === r ? m : undefined;
  }
  return undefined;
}
