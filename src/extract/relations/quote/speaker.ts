/**
 * Step 3: who speaks. The noun phrase before a cue ("A said", "A, who …, said"), after it
 * ("…,” said A", "according to A"), or what a pronoun or a head noun points back to ("she",
 * "they", "the ministry"). Every look-back is bounded by a window or served by an index.
 */
import type { Doc, RMention } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet, wordAt } from '../../match';
import { clauseOf, gapBefore, mentionAt } from '../util';
import { quoted } from './spans';
import { isPerson, leaderWithTitleBefore, personOfTitledState, possessiveTitle } from './titles';
import type { Named, QuoteState } from './types';

export { isPerson, personOfTitledState } from './titles';

const sp = lexicon.speech;
/** How many sentences back, and mentions into each, "he said" looks for its person. */
const PRONOUN_SENTENCES = 3;
const PRONOUN_MENTIONS = 200;

/** The mention starting at offset pos (binary search over the ordered mentions). */
export function mentionStarting(doc: Doc, pos: number): RMention | undefined {
  let lo = 0;
  let hi = doc.mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = doc.mentions[mid] as RMention;
    if (m.start < pos) lo = mid + 1;
    else if (m.start > pos) hi = mid - 1;
    else return m;
  }
  return undefined;
}

/**
 * "he said": the subject (first person named outside quotations) of the nearest
 * sentence before the pronoun that names a person, within three sentences.
 */
function pronounPerson(st: QuoteState, q: number): string | undefined {
  const { doc } = st;
  const t = doc.tokens[q];
  if (!t) return undefined;
  for (let s = t.sent; s >= Math.max(0, t.sent - PRONOUN_SENTENCES); s--) {
    const ms = doc.bySentence[s] ?? [];
    // Bounded: the subject is among a sentence's first mentions.
    for (let i = 0; i < Math.min(ms.length, PRONOUN_MENTIONS); i++) {
      st.steps++;
      const m = ms[i] as RMention;
      if (m.start >= t.start) break;
      if (isPerson(doc, m.key) && !quoted(st.spans, m.start)) return m.key;
    }
  }
  return undefined;
}

/** Mentions of organizations of one type, in text order: an index built once per pass. */
function orgMentions(st: QuoteState, type: string): RMention[] {
  let list = st.orgMentions.get(type);
  if (!list) {
    list = st.doc.mentions.filter((m) => {
      const a = st.doc.actors.get(m.key);
      return a?.kind === 'organization' && a.orgType === type;
    });
    st.orgMentions.set(type, list);
  }
  return list;
}

/** The last organization of that type named before offset `before` (binary search). */
export function lastOrg(st: QuoteState, before: number, type: string): string | undefined {
  st.steps++;
  const list = orgMentions(st, type);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    st.steps++;
    const mid = (lo + hi) >> 1;
    if ((list[mid] as RMention).start < before) lo = mid + 1;
    else hi = mid;
  }
  return list[lo - 1]?.key;
}

/** What "they" and "the chiefs" refer to: the last group that spoke, else the last speaker. */
function groupOrLast(st: QuoteState): Named {
  return st.plural
    ? { who: st.plural, rule: 'quote/group-speaker' }
    : { who: st.last, rule: 'quote/last-speaker' };
}

/** "he", "they", "we": the person or group the pronoun points back to. */
function pronounSpeaker(st: QuoteState, q: number): Named | undefined {
  const { tokens } = st.doc;
  if (inSet(tokens, q, sp.personPronouns)) {
    const p = pronounPerson(st, q);
    return p ? { who: p, rule: 'quote/pronoun-speaker' } : { who: st.last, rule: 'quote/last-speaker' };
  }
  // "I argued", "we wrote" outside quotation marks: the writer's own voice.
  if (inSet(tokens, q, sp.writerPronouns) && !quoted(st.spans, tokens[q]?.start ?? 0)) return { who: null };
  if (inSet(tokens, q, sp.groupPronouns)) return groupOrLast(st);
  if (inSet(tokens, q, sp.subjectPronouns)) return { who: st.last, rule: 'quote/last-speaker' };
  return undefined;
}

/** How many words a statement's author may stand before it: "the G7 joint statement". */
const STATEMENT_OF_WORDS = 3;

/** "The G7 joint statement", "a Turkish presidential statement": the actor named just before. */
function statementOf(doc: Doc, q: number): Named | undefined {
  for (let r = q - 1; r >= Math.max(0, q - STATEMENT_OF_WORDS); r--) {
    if (/[,;:“”"()]/.test(gapBefore(doc, r + 1)) || doc.tokens[r]?.sent !== doc.tokens[q]?.sent)
      return undefined;
    const m = mentionAt(doc, r);
    if (m) return { who: m.key, rule: 'quote/statement-of' };
  }
  return undefined;
}

/** "the newspaper", "the ministry", "the chiefs": the body or group named before. */
function headSpeaker(st: QuoteState, q: number, dir: 'before' | 'after'): Named | undefined {
  const { doc } = st;
  const t = doc.tokens[q];
  if (!t) return undefined;
  if (sp.mediaHeads.has(t.lower)) {
    const prev = mentionAt(doc, q - 1);
    if (prev && dir === 'before') return { who: prev.key };
    return { who: lastOrg(st, t.start, 'media') ?? null, rule: 'quote/last-organization' };
  }
  if (inSet(doc.tokens, q, sp.ministryHeads))
    return { who: lastOrg(st, t.start, 'ministry') ?? null, rule: 'quote/last-organization' };
  // "The two governments urged": a counted pair, not the last speaker.
  if (inSet(doc.tokens, q - 1, sp.countedPairWords) && t.lower.endsWith('s')) return { who: null };
  if (sp.statementHeads.has(t.lower)) return statementOf(doc, q) ?? groupOrLast(st);
  if (sp.groupHeads.has(t.lower)) return groupOrLast(st);
  return undefined;
}

/** "American officials", "Obama administration officials", "the Chinese government": whose. */
function officialsSpeaker(st: QuoteState, q: number): Named | undefined {
  const { doc } = st;
  const t = doc.tokens[q];
  if (!t || !(sp.anonymous.has(t.lower) || sp.stateSpeakers.has(t.lower))) return undefined;
  const body = representedAfter(st, q) ?? repeatedGroup(st, q);
  if (body) return body;
  for (let r = q - 1; r >= 0 && r >= q - 3; r--) {
    const w = doc.tokens[r];
    if (!w || w.sent !== t.sent) break;
    const mm = mentionAt(doc, r);
    if (mm) {
      const a = doc.actors.get(mm.key);
      if (sp.stateSpeakers.has(t.lower) || inSet(doc.tokens, r + 1, sp.stateSpeakers))
        return a?.kind === 'state' ? { who: a.key, rule: 'quote/officials-of-state' } : { who: mm.key };
      // "a State Department spokesperson": the body the spokesperson speaks for.
      if (sp.spokespersons.has(t.lower) && r === q - 1 && a?.kind === 'organization')
        return { who: mm.key, rule: 'quote/spokesperson-of-body' };
      // "the top U.S. diplomat": the one of that state's leaders named last.
      if (a?.kind === 'state' && definiteSingular(doc, mm.t0, q)) {
        const who = leaderWithTitleBefore(st, mm, a.key, t.lower);
        if (who) return { who, rule: 'quote/definite-description' };
      }
      return { who: null };
    }
    if (!sp.stateSpeakers.has(w.lower) && !sp.officialModifiers.has(w.lower)) break;
  }
  // "the spokesperson": the body whose spokesperson spoke last.
  if (sp.spokespersons.has(t.lower) && definiteSingular(doc, q, q)) {
    const who = lastSpokespersonBody(st);
    if (who) return { who, rule: 'quote/definite-description' };
  }
  return { who: null };
}

/**
 * "a spokesman for the Foreign Ministry", "top diplomats from the Group of Seven": the
 * state or body named right after a representative's head (a body named with its members
 * is what "the diplomats" and "they" refer to next).
 */
function representedAfter(st: QuoteState, q: number): Named | undefined {
  const { doc } = st;
  if (!inSet(doc.tokens, q, sp.representativeHeads) || !inSet(doc.tokens, q + 1, sp.representativeLinks))
    return undefined;
  if (/[,;:“”"()]/.test(gapBefore(doc, q + 1))) return undefined;
  const r = inSet(doc.tokens, q + 2, sp.invertedSubjectSkips) ? q + 3 : q + 2;
  const m = mentionAt(doc, r);
  const a = m && m.t0 === r ? doc.actors.get(m.key) : undefined;
  if (!a || (a.kind !== 'state' && a.kind !== 'organization')) return undefined;
  if (a.kind === 'organization' && a.orgType === 'media') return undefined;
  const head = wordAt(doc.tokens, q);
  if (head.endsWith('s') && !sp.spokespersons.has(head)) {
    st.plural = a.key;
    st.pluralHead = head;
  }
  return { who: a.key, rule: 'quote/representative-of-body' };
}

/** "the diplomats", after "diplomats from the G7": the group that head noun named last. */
function repeatedGroup(st: QuoteState, q: number): Named | undefined {
  const { doc } = st;
  if (!st.plural || st.pluralHead !== wordAt(doc.tokens, q)) return undefined;
  for (let r = q - 1; r >= Math.max(0, q - 3); r--) {
    if (wordAt(doc.tokens, r) === 'the') return { who: st.plural, rule: 'quote/group-speaker' };
    if (!sp.officialModifiers.has(wordAt(doc.tokens, r))) return undefined;
  }
  return undefined;
}

/** "the top U.S. diplomat": "the" and modifiers before token from, and a singular head at q. */
function definiteSingular(doc: Doc, from: number, q: number): boolean {
  if (wordAt(doc.tokens, q).endsWith('s') && !sp.spokespersons.has(wordAt(doc.tokens, q))) return false;
  for (let r = from - 1; r >= Math.max(0, from - 3); r--) {
    if (wordAt(doc.tokens, r) === 'the') return true;
    if (!sp.officialModifiers.has(wordAt(doc.tokens, r))) return false;
  }
  return false;
}

/** The body of the last act found by "a State Department spokesperson". */
function lastSpokespersonBody(st: QuoteState): string | undefined {
  for (let i = st.acts.length - 1; i >= 0; i--) {
    st.steps++;
    const a = st.acts[i];
    if (a?.rule.includes('quote/spokesperson-of-body')) return a.speaker;
  }
  return undefined;
}

/** Who the noun phrase ending at token q (or starting there) names; who undefined if nobody. */
export function npSpeaker(st: QuoteState, q: number, dir: 'before' | 'after'): Named {
  const { doc } = st;
  const t = doc.tokens[q];
  if (!t) return { who: undefined };
  const m = mentionAt(doc, q);
  if (m) {
    const person =
      dir === 'after' ? personOfTitledState(st, m, doc.sentTok[t.sent]?.[1] ?? q + 1) : undefined;
    return person ? { who: person, rule: 'quote/titled-person' } : { who: m.key };
  }
  return (
    pronounSpeaker(st, q) ??
    headSpeaker(st, q, dir) ??
    (dir === 'before' ? possessiveTitle(st, q) : undefined) ??
    officialsSpeaker(st, q) ?? { who: undefined }
  );
}

/** How many words an unnamed head may stand before the cue: "diplomats from the Group of Seven leading democracies". */
const ANONYMOUS_HEAD_WINDOW = 8;
/** The same for other heads ("a report on human rights by …"). */
const PLAIN_HEAD_WINDOW = 6;

/**
 * Index of an unnamed head ("officials", "diplomats") that a modifier ending at q
 * follows: "officials from both sides", "sources familiar with the talks"; -1 if none.
 */
export function anonymousHeadBefore(doc: Doc, sa: number, q: number): number {
  for (let r = q - 1; r >= Math.max(sa, q - ANONYMOUS_HEAD_WINDOW); r--) {
    if (/[,;:“”"()]/.test(gapBefore(doc, r + 1))) return -1;
    if (!inSet(doc.tokens, r, sp.anonymous) || doc.tokenMention[r] !== -1) continue;
    if (r < q - PLAIN_HEAD_WINDOW && !inSet(doc.tokens, r, sp.representativeHeads)) return -1;
    return inSet(doc.tokens, r + 1, sp.anonymousFollowers) ? r : -1;
  }
  return -1;
}

/** "analysts in PLACE", "experts at PLACE": the place only locates unnamed commentators. */
export function anonymousInPlace(doc: Doc, m: RMention): boolean {
  if (!inSet(doc.tokens, m.t0 - 1, sp.commentatorPlacePrepositions)) return false;
  const head = wordAt(doc.tokens, m.t0 - 2);
  return sp.anonymous.has(head) && !sp.stateSpeakers.has(head);
}

/**
 * The mention before a parenthetical that ends at token q (a comma after it): a relative
 * clause ("who arrived in C"), a participial phrase ("speaking alongside B") or an
 * appositive noun phrase ("an analyst at …"), opened by a comma after the mention.
 */
export function parentheticalHead(doc: Doc, sa: number, q: number): RMention | undefined {
  for (let p = q; p > Math.max(sa, q - 14); p--) {
    if (!gapBefore(doc, p).includes(',')) continue;
    const t = doc.tokens[p];
    if (!t || t.cap || doc.tokenMention[p] !== -1) return undefined;
    const opens =
      inSet(doc.tokens, p, sp.parentheticalOpeners) ||
      (/^[a-z]{3,}ing$/.test(t.lower) && !sp.verbs.has(t.lower));
    const head = opens ? mentionAt(doc, p - 1) : undefined;
    return head && head.t1 === p && isPerson(doc, head.key) ? head : undefined;
  }
  return undefined;
}

/** "Beijing, which … said": the mention before a relative pronoun opening the clause of q. */
export function relativeAntecedent(doc: Doc, si: number, q: number): RMention | undefined {
  const [ca] = clauseOf(doc, si, q);
  return inSet(doc.tokens, ca, sp.relativeSubjects) ? mentionAt(doc, ca - 1) : undefined;
}
