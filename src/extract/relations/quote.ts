/**
 * Quote (speaker -> each actor the words are about). Handles direct quotations
 * ("…," said X / X said "…"), split quotes, a paragraph opening with a quotation mark
 * that continues the previous speaker, pronoun speakers ("she said"), reported speech
 * (X said that …, X suggested …). Anonymous sources ("experts said", "the official")
 * make no edge. Evidence carries `quote`, the quoted (or reported) words.
 */
import type { Doc, RMention } from '../doc';
import { lexicon } from '../lexicon';
import type { FoundTie, RelationExtractor } from './types';
import { clauseOf, gapBefore, listAround, mentionAt, sentenceOk } from './util';
import { phraseAt } from '../mentions';
import { stateOf } from '../doc';
import { sanction } from './sanction';

const sp = lexicon.speech;

const MAX_SPANS_PER_PARAGRAPH = 60;
const PHRASE_FIRST = new Set(sp.phrases.map((p) => p[0] ?? ''));

interface QSpan {
  /** content offsets (inside the marks) */
  start: number;
  end: number;
  open: number;
  close: number;
  para: number;
  words: number;
  speaker?: string | null;
}

type Speaker = string | null | undefined; // key, null = anonymous, undefined = unknown

interface Act {
  speaker: string;
  para: number;
  sentFrom: number;
  sentTo: number;
  ranges: [number, number][];
  quote: string;
  /** Offset where the speaker's words start, for ordering. */
  at: number;
}

/** Quotation spans of each paragraph; an unclosed mark runs to the paragraph's end. */
export function findQuotes(doc: Doc): QSpan[] {
  const out: QSpan[] = [];
  const { text } = doc;
  doc.paragraphs.forEach((p, pi) => {
    let open = -1;
    let straight = false;
    const close = (i: number): void => {
      if (open >= 0 && i - open - 1 <= sp.maxQuoteChars) {
        const s = text.slice(open + 1, i);
        out.push({
          start: open + 1,
          end: i,
          open,
          close: i,
          para: pi,
          words: s.split(/\s+/).filter(Boolean).length,
        });
      }
      open = -1;
    };
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i];
      if (ch === '“') {
        if (open < 0) {
          open = i;
          straight = false;
        }
      } else if (ch === '”') {
        if (open >= 0 && !straight) close(i);
      } else if (ch === '"') {
        if (open < 0) {
          open = i;
          straight = true;
        } else if (straight) close(i);
      }
    }
    if (open >= 0) close(p.end);
  });
  return out;
}

function inSpan(spans: readonly QSpan[], pos: number): QSpan | undefined {
  // spans are few per paragraph; linear scan over the paragraph's spans
  for (const s of spans) if (pos >= s.start && pos < s.end) return s;
  return undefined;
}

class QuoteState {
  last: Speaker = undefined;
  /** The last speaker that was a group ("A, B and C said"): what "they" and "the chiefs" refer to. */
  plural: Speaker = undefined;
  lastMedia: string | undefined;
  /** Every quotation span of the document (mentions inside them name no speaker). */
  spans: readonly QSpan[] = [];
}

const nm = lexicon.names;
/** How many mentions back a definite description looks for its leader. */
const MAX_LOOKBACK = 2000;

/** The mention starting at offset pos (binary search over the ordered mentions). */
function mentionStarting(doc: Doc, pos: number): RMention | undefined {
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

function isPerson(doc: Doc, key: string | null | undefined): boolean {
  const k = key ? doc.actors.get(key)?.kind : undefined;
  return k === 'leader' || k === 'analyst';
}

/**
 * A state named before a title ("Nigerian President Bola Tinubu", "the Brazilian
 * president"): the person the noun phrase names, or the leader of that state with that
 * title named earlier. Undefined when the phrase names no person.
 */
function personOfTitledState(doc: Doc, m: RMention, end: number): string | undefined {
  const a = doc.actors.get(m.key);
  if (a?.kind !== 'state') return undefined;
  let q = m.t1;
  let role = '';
  const limit = Math.min(end, m.t1 + 8);
  while (q < limit) {
    if (q > m.t1 && /[,;:.()“”"]/.test(gapBefore(doc, q))) break;
    const mm = mentionAt(doc, q);
    if (mm) return isPerson(doc, mm.key) ? mm.key : undefined;
    const n = Math.max(
      phraseAt(doc.tokens, q, end, nm.leaderRoles),
      phraseAt(doc.tokens, q, end, nm.portfolios),
    );
    if (n > 0) {
      role = doc.tokens
        .slice(q, q + n)
        .map((t) => t.lower)
        .join(' ');
      q += n;
      continue;
    }
    if (doc.tokens[q]?.cap || nm.honorifics.words.has(doc.tokens[q]?.lower ?? '')) {
      q++;
      continue;
    }
    break;
  }
  if (!role) return undefined;
  // "the Brazilian president": that state's leader with that title, named before.
  // Backwards over a bounded window of mentions: the nearest with the title, else the nearest.
  let best: string | undefined;
  const idx = doc.tokenMention[m.t0] ?? -1;
  for (let i = idx - 1; i >= Math.max(0, idx - MAX_LOOKBACK); i--) {
    const x = doc.mentions[i];
    const p = x ? doc.actors.get(x.key) : undefined;
    if (p?.kind !== 'leader' || p.country !== a.key) continue;
    if ((p.role ?? '').toLowerCase().includes(role)) return p.key;
    best ??= p.key;
  }
  return best;
}

/** Whether offset pos lies inside a quotation. */
function quoted(st: QuoteState, pos: number): boolean {
  // Spans are in text order and do not overlap: binary search.
  let lo = 0;
  let hi = st.spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = st.spans[mid] as QSpan;
    if (pos < q.start) hi = mid - 1;
    else if (pos >= q.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * "he said": the subject (first person named outside quotations) of the nearest
 * sentence before the pronoun that names a person, within three sentences.
 */
function pronounPerson(doc: Doc, q: number, st: QuoteState): string | undefined {
  const t = doc.tokens[q];
  if (!t) return undefined;
  for (let s = t.sent; s >= Math.max(0, t.sent - 3); s--) {
    const ms = doc.bySentence[s] ?? [];
    // Bounded: the subject is among a sentence's first mentions.
    for (let i = 0; i < Math.min(ms.length, 200); i++) {
      const m = ms[i] as RMention;
      if (m.start >= t.start) break;
      if (isPerson(doc, m.key) && !quoted(st, m.start)) return m.key;
    }
  }
  return undefined;
}

function lastOrg(doc: Doc, before: number, type: string): string | undefined {
  let found: string | undefined;
  for (const m of doc.mentions) {
    if (m.start >= before) break;
    const a = doc.actors.get(m.key);
    if (a?.kind === 'organization' && a.orgType === type) found = a.key;
  }
  return found;
}

/** Who the noun phrase ending at token q (or starting there) names. */
function npSpeaker(doc: Doc, q: number, st: QuoteState, dir: 'before' | 'after'): Speaker {
  const t = doc.tokens[q];
  if (!t) return undefined;
  const m = mentionAt(doc, q);
  if (m)
    return (
      (dir === 'after' ? personOfTitledState(doc, m, doc.sentTok[t.sent]?.[1] ?? q + 1) : undefined) ?? m.key
    );
  if (t.lower === 'he' || t.lower === 'she') return pronounPerson(doc, q, st) ?? st.last;
  if (t.lower === 'they' || t.lower === 'we') return st.plural ?? st.last;
  if (sp.subjectPronouns.has(t.lower)) return st.last;
  if (sp.mediaHeads.has(t.lower)) {
    const prev = mentionAt(doc, q - 1);
    if (prev && dir === 'before') return prev.key;
    return lastOrg(doc, t.start, 'media') ?? null;
  }
  if (t.lower === 'ministry') return lastOrg(doc, t.start, 'ministry') ?? null;
  // "The two governments urged": a counted pair, not the last speaker.
  if (/^(?:two|both|three)$/.test(doc.tokens[q - 1]?.lower ?? '') && /s$/.test(t.lower)) return null;
  if (sp.groupHeads.has(t.lower) || sp.statementHeads.has(t.lower)) return st.plural ?? st.last;
  if (sp.anonymous.has(t.lower) || sp.stateSpeakers.has(t.lower)) {
    // "American officials", "Obama administration officials", "the Chinese government"
    let r = q - 1;
    while (r >= 0 && r >= q - 3) {
      const w = doc.tokens[r];
      if (!w || w.sent !== t.sent) break;
      const mm = mentionAt(doc, r);
      if (mm) {
        const a = doc.actors.get(mm.key);
        if (sp.stateSpeakers.has(t.lower) || sp.stateSpeakers.has(doc.tokens[r + 1]?.lower ?? ''))
          return a?.kind === 'state' ? a.key : mm.key;
        // "a State Department spokesperson": the body the spokesperson speaks for.
        if (/^spokes(?:man|woman|person)$/.test(t.lower) && r === q - 1 && a?.kind === 'organization')
          return mm.key;
        return null;
      }
      if (!sp.stateSpeakers.has(w.lower) && !sp.officialModifiers.has(w.lower)) break;
      r--;
    }
    return null;
  }
  return undefined;
}

/**
 * Index of an unnamed head ("officials", "diplomats") that a modifier ending at q
 * follows: "officials from both sides", "sources familiar with the talks"; -1 if none.
 */
function anonymousHeadBefore(doc: Doc, sa: number, q: number): number {
  for (let r = q - 1; r >= Math.max(sa, q - 6); r--) {
    if (/[,;:“”"()]/.test(gapBefore(doc, r + 1))) return -1;
    const w = doc.tokens[r]?.lower ?? '';
    if (!sp.anonymous.has(w) || doc.tokenMention[r] !== -1) continue;
    const next = doc.tokens[r + 1]?.lower ?? '';
    return sp.anonymousFollowers.has(next) ? r : -1;
  }
  return -1;
}

/** "analysts in PLACE", "experts at PLACE": the place only locates unnamed commentators. */
function anonymousInPlace(doc: Doc, m: RMention): boolean {
  const prep = doc.tokens[m.t0 - 1]?.lower ?? '';
  if (prep !== 'in' && prep !== 'at') return false;
  const head = doc.tokens[m.t0 - 2]?.lower ?? '';
  return sp.anonymous.has(head) && !sp.stateSpeakers.has(head);
}

/**
 * The mention before a parenthetical that ends at token q (a comma after it): a relative
 * clause ("who arrived in C"), a participial phrase ("speaking alongside B") or an
 * appositive noun phrase ("an analyst at …"), opened by a comma after the mention.
 */
function parentheticalHead(doc: Doc, sa: number, q: number): RMention | undefined {
  for (let p = q; p > Math.max(sa, q - 14); p--) {
    if (!/,/.test(gapBefore(doc, p))) continue;
    const t = doc.tokens[p];
    if (!t || t.cap || doc.tokenMention[p] !== -1) return undefined;
    const opens =
      /^(?:who|a|an)$/.test(t.lower) || (/^[a-z]{3,}ing$/.test(t.lower) && !sp.verbs.has(t.lower));
    const head = opens ? mentionAt(doc, p - 1) : undefined;
    return head && head.t1 === p && isPerson(doc, head.key) ? head : undefined;
  }
  return undefined;
}

/** The speaker of a speech cue at tokens [v, ve) in sentence si. */
function subjectOf(
  doc: Doc,
  si: number,
  v: number,
  ve: number,
  st: QuoteState,
  after: boolean,
): { who: Speaker; subjStart: number } {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  if (!after) {
    let q = v - 1;
    let skips = 0;
    while (
      q >= sa &&
      skips < 4 &&
      lexicon.speech.skipBeforeCue.has(doc.tokens[q]?.lower ?? '') &&
      mentionAt(doc, q) === undefined &&
      // "A, who arrived in C on Monday, said": a comma closes what is skipped.
      !gapBefore(doc, q + 1).includes(',')
    ) {
      q--;
      skips++;
    }
    const g = q >= sa ? doc.text.slice(doc.tokens[q]?.end ?? 0, doc.tokens[q + 1]?.start ?? 0) : '';
    // 'A, who praised B as "a partner", said': the quotation closes before the parenthetical's comma.
    if (q >= sa && /[”"]\s*,\s*$/.test(g)) {
      const head = parentheticalHead(doc, sa, q);
      if (head) return { who: head.key, subjStart: head.start };
    }
    if (q >= sa && !/[”"]/.test(g)) {
      if (g.includes(',')) {
        // "A, who arrived in C, said", "A, speaking alongside B, said", "A, an analyst at
        // the Institute - C, said": the head before the parenthetical is the subject.
        const head = parentheticalHead(doc, sa, q);
        if (head) return { who: head.key, subjStart: head.start };
        const [ca] = clauseOf(doc, si, q);
        // "Beijing, which …, said", "X, who flew to Y for talks with Z, said": the antecedent.
        const rel = doc.tokens[ca];
        if (rel && (rel.lower === 'which' || rel.lower === 'who')) {
          const m = mentionAt(doc, ca - 1);
          if (m) return { who: m.key, subjStart: m.start };
        }
        // "New Zealand's prime minister, Jacinda Ardern, said": the name right before.
        const mq = mentionAt(doc, q);
        if (mq && isPerson(doc, mq.key)) return { who: mq.key, subjStart: mq.start };
        // Apposition: "Yun Sun, director of …, said"
        for (let r = ca; r < Math.min(q, ca + 4); r++) {
          const m = mentionAt(doc, r);
          if (m) {
            const a = doc.actors.get(m.key);
            if (a && a.kind !== 'state') return { who: m.key, subjStart: m.start };
            break;
          }
        }
        const m0 = mentionAt(doc, ca);
        // "Kenyan President X welcomed …, saying": the titled person, not their state.
        if (m0) return { who: personOfTitledState(doc, m0, q) ?? m0.key, subjStart: m0.start };
        return { who: undefined, subjStart: -1 };
      }
      const m = mentionAt(doc, q);
      const subjStart = m ? m.start : (doc.tokens[q]?.start ?? -1);
      // "Analysts in Nairobi say": unnamed commentators located in a place, not its state.
      if (m && anonymousInPlace(doc, m)) return { who: null, subjStart };
      // "officials from both sides said", "diplomats familiar with the talks said": the
      // head is the unnamed commentators before the modifier, not its last noun.
      const head = anonymousHeadBefore(doc, sa, q);
      if (head >= 0)
        return { who: npSpeaker(doc, head, st, 'before') ?? null, subjStart: doc.tokens[head]?.start ?? -1 };
      const who = npSpeaker(doc, q, st, 'before');
      if (who !== undefined) return { who, subjStart };
      // "Beijing, which when asked about … said"
      const [ca] = clauseOf(doc, si, q);
      const first = doc.tokens[ca];
      if (first && (first.lower === 'which' || first.lower === 'who')) {
        const mm = mentionAt(doc, ca - 1);
        if (mm) return { who: mm.key, subjStart: mm.start };
      }
      return { who: undefined, subjStart: -1 };
    }
  }
  // Inversion: "…,” said X" / "according to X"
  for (let r = ve; r < Math.min(sb, ve + 4); r++) {
    const t = doc.tokens[r];
    if (!t) break;
    if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an' || t.lower === 'by') continue;
    const who = npSpeaker(doc, r, st, 'after');
    if (who !== undefined) return { who, subjStart: doc.tokens[r]?.start ?? -1 };
    // "a defense official": skip modifiers up to the head, not into a prepositional phrase
    if (!t.cap && !sp.anonymous.has(t.lower) && !lexicon.speech.invertedSubjectStops.has(t.lower)) continue;
    break;
  }
  return { who: undefined, subjStart: -1 };
}

/**
 * "Washington has maintained sanctions", "Tokyo added 12 firms to its sanctions list":
 * a verb that can take a plain object is no speech cue when its object is a number or
 * a measure (before any "that" or comma).
 */
function objectNotSpeech(doc: Doc, k: number, end: number): boolean {
  if (!lexicon.speech.objectVerbs.has(doc.tokens[k]?.lower ?? '')) return false;
  const next = doc.tokens[k + 1];
  if (!next || gapBefore(doc, k + 1).trim()) return false;
  if (/^\d/.test(next.text)) return true;
  for (let q = k + 1; q < Math.min(end, k + 9); q++) {
    const t = doc.tokens[q];
    if (!t || t.lower === 'that' || (q > k + 1 && /[,;:“”"]/.test(gapBefore(doc, q)))) return false;
    if (lexicon.sanction.nouns.has(t.lower) || lexicon.sanction.verbs.has(t.lower)) return true;
  }
  return false;
}

/** "after …", "hours after …", "days before …": a time clause opening at token r. */
function timeClauseAt(doc: Doc, r: number): boolean {
  const w = doc.tokens[r]?.lower ?? '';
  const subs = lexicon.visit.subordinators;
  if (subs.has(w) && w !== 'as' && w !== 'since') return true;
  return lexicon.speech.timeLeads.has(w) && subs.has(doc.tokens[r + 1]?.lower ?? '');
}

/** ", and met B", ", and visited C": at token r ("and"), a second act of the subject. */
function secondActAt(doc: Doc, r: number): boolean {
  const next = doc.tokens[r + 1]?.lower ?? '';
  return (
    doc.tokens[r]?.lower === 'and' &&
    gapBefore(doc, r).includes(',') &&
    doc.tokenMention[r + 1] === -1 &&
    (lexicon.visit.meet.has(next) || lexicon.visit.verbs.has(next) || lexicon.alliance.signVerbs.has(next))
  );
}

/** Speech cue at token k: returns its end (exclusive) or -1. */
function cueAt(doc: Doc, k: number, end: number): number {
  const t = doc.tokens[k];
  if (!t) return -1;
  if (objectNotSpeech(doc, k, end)) return -1;
  if (!PHRASE_FIRST.has(t.lower)) return sp.verbs.has(t.lower) && !t.cap ? k + 1 : -1;
  for (const ph of sp.phrases) {
    if (k + ph.length > end) continue;
    let ok = true;
    for (let q = 0; q < ph.length; q++) if (doc.tokens[k + q]?.lower !== ph[q]) ok = false;
    if (ok) return k + ph.length;
  }
  return sp.verbs.has(t.lower) && t.cap === false ? k + 1 : -1;
}

/** "CONTENT, X said …": a long clause, a comma, then a short subject before the cue. */
function endAttribution(doc: Doc, sentStart: number, subjStart: number, ve: number): boolean {
  if (subjStart <= sentStart) return false;
  const head = doc.text.slice(sentStart, subjStart);
  const comma = head.lastIndexOf(',');
  if (comma < 0) return false;
  const subj = head.slice(comma + 1);
  // A short subject, not the tail of a list ("A, B and C vowed").
  if (subj.split(/\s+/).filter(Boolean).length > 7 || /\s(?:and|or)\s/.test(subj)) return false;
  // "CONTENT, while Minister X said …": a clause of its own with a named subject, whose words
  // follow the cue ("…, but analysts said" keeps the words before).
  if (/^\s*(?:while|whereas|but)\s+[A-Z]/.test(subj)) return false;
  if (head.slice(0, comma).split(/\s+/).filter(Boolean).length < 6) return false;
  const next = doc.tokens[ve]?.lower;
  return next !== 'that' && next !== 'to';
}

/** s without the spaces and `marks` at its end (a loop: a regex here backtracks quadratically). */
function trimEnd(s: string, marks: string): string {
  let e = s.length;
  while (e > 0 && (marks.includes(s[e - 1] as string) || /\s/.test(s[e - 1] as string))) e--;
  return s.slice(0, e);
}

/** s without the spaces and `marks` at its start. */
function trimStart(s: string, marks: string): string {
  let b = 0;
  while (b < s.length && (marks.includes(s[b] as string) || /\s/.test(s[b] as string))) b++;
  return s.slice(b);
}

/** Index of the sentence holding offset pos (binary search, not before `from`). */
function sentenceOf(doc: Doc, pos: number, from: number): number {
  let lo = from;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.sentences[mid]?.end ?? 0) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(from, lo);
}

/** Whether one of the latest acts covers sentence s (acts are appended in text order). */
function actInSentence(acts: readonly Act[], s: number): boolean {
  for (let i = acts.length - 1; i >= 0; i--) {
    const x = acts[i] as Act;
    if (x.sentTo < s) return false;
    if (x.sentFrom <= s) return true;
  }
  return false;
}

function extract(doc: Doc): FoundTie[] {
  const spans = findQuotes(doc);
  const st = new QuoteState();
  st.spans = spans;
  const acts: Act[] = [];
  const spansByPara = new Map<number, QSpan[]>();
  for (const s of spans) {
    const l = spansByPara.get(s.para);
    // Bounded work per paragraph: a paragraph with hundreds of quotes is not prose.
    if (l && l.length >= MAX_SPANS_PER_PARAGRAPH) continue;
    if (l) l.push(s);
    else spansByPara.set(s.para, [s]);
  }
  const addAct = (
    speaker: Speaker,
    para: number,
    ranges: [number, number][],
    quote: string,
    sentFrom: number,
    sentTo: number,
    at: number,
  ): void => {
    st.last = speaker;
    if (!speaker) return;
    acts.push({ speaker, para, sentFrom, sentTo, ranges, quote, at });
  };
  let si = 0;
  for (let pi = 0; pi < doc.paragraphs.length; pi++) {
    const pspans = spansByPara.get(pi) ?? [];
    const speakerBeforePara = st.last;
    const firstSent = si;
    while (si < doc.sentences.length && doc.sentences[si]?.para === pi) si++;
    const lastSent = si - 1;
    for (let s = firstSent; s <= lastSent; s++) {
      if (!sentenceOk(doc, s)) continue;
      const [sa, sb] = doc.sentTok[s] ?? [0, 0];
      const sent = doc.sentences[s];
      if (!sent) continue;
      for (let k = sa; k < sb; k++) {
        const tk = doc.tokens[k];
        if (!tk || inSpan(pspans, tk.start)) continue;
        let ve = cueAt(doc, k, sb);
        // Frames count only before quoted words: "hailed the “…”", "accused X of “…”".
        if (
          ve < 0 &&
          !tk.cap &&
          ((lexicon.speech.quoteFrames.has(tk.lower) &&
            pspans.some((q) => q.open > tk.start && q.open < sent.end)) ||
            // "praised B as “a partner”"
            (lexicon.speech.asFrames.has(tk.lower) &&
              pspans.some(
                (q) =>
                  q.open > tk.end &&
                  q.open < sent.end &&
                  /^\s+\S[^,;:.]{0,60}\sas\s*$/.test(doc.text.slice(tk.end, q.open)),
              )))
        )
          ve = k + 1;
        if (ve < 0) continue;
        // "was announced": a passive cue has no speaker.
        const before1 = doc.tokens[k - 1]?.lower ?? '';
        if (k > sa && /^(?:was|were|is|are|been|be|being)$/.test(before1) && /ed$/.test(tk.lower)) continue;
        // "told reporters", "told Reuters": the audience is not what was said.
        if (tk.lower === 'told' || tk.lower === 'tells') {
          while (ve < sb) {
            const am = mentionAt(doc, ve);
            if (
              am &&
              doc.actors.get(am.key)?.kind === 'organization' &&
              doc.actors.get(am.key)?.orgType === 'media'
            )
              ve = am.t1;
            else if (!am && lexicon.speech.audiences.has(doc.tokens[ve]?.lower ?? '')) ve++;
            else break;
          }
          if (ve >= sb) ve = sb;
        }
        const isAccording = tk.lower === 'according';
        // "…, according to state media" after a speaker of this sentence: the source, not a speaker.
        if (isAccording && actInSentence(acts, s)) continue;
        // "X told reporters …, but said …": the same speaker.
        const coordinated =
          (before1 === 'and' || before1 === 'but') &&
          acts.length > 0 &&
          (acts[acts.length - 1]?.sentTo ?? -1) === s;
        const prevGap = gapBefore(doc, k);
        // 'A, who praised B as "a partner", said …': the quotation ends inside a parenthetical.
        const parenthetical = /[”"]\s*,\s*$/.test(prevGap) && parentheticalHead(doc, sa, k - 1) !== undefined;
        const afterQuote = /[”"]/.test(prevGap) && !parenthetical;
        let { who, subjStart } = coordinated
          ? { who: acts[acts.length - 1]?.speaker as Speaker, subjStart: -1 }
          : subjectOf(doc, s, k, ve, st, isAccording || afterQuote);
        if (who === undefined && !isAccording && !afterQuote && !coordinated)
          ({ who, subjStart } = subjectOf(doc, s, k, ve, st, true));
        if (who === undefined) continue;
        const subjMention = mentionStarting(doc, subjStart);
        if (subjMention && listAround(doc, subjMention, sa, sb).length >= 2) st.plural = who;
        // What was said.
        const before = pspans.filter(
          (q) => q.close <= tk.start && q.close >= sent.start - 1 && q.speaker === undefined,
        );
        const lastBefore = before[before.length - 1];
        const between = lastBefore ? doc.text.slice(lastBefore.close, tk.start) : '';
        let ranges: [number, number][];
        let quoteText: string;
        let from = s;
        let to = s;
        if (
          lastBefore &&
          !parenthetical &&
          between.split(/\s+/).filter(Boolean).length <= 6 &&
          !/[.!?]\s/.test(between)
        ) {
          // "“…,” said X" — the quote before, and earlier unattributed ones in this sentence.
          const mine = before.filter((q) => q.open >= sent.start - 1 || q === lastBefore);
          for (const q of mine) q.speaker = who;
          ranges = mine.map((q) => [q.start, q.end]);
          quoteText = mine.map((q) => doc.text.slice(q.start, q.end)).join(' … ');
          from = sentenceOf(doc, mine[0]?.start ?? sent.start, firstSent);
        } else if (isAccording && doc.text.slice(sent.start, tk.start).trim() === '') {
          // "According to X, a senior analyst at Y, CONTENT."
          const sm = mentionStarting(doc, subjStart);
          let from2 = sm ? sm.t1 : ve;
          if (/,/.test(gapBefore(doc, from2)) && /^(?:a|an|the)$/.test(doc.tokens[from2]?.lower ?? '')) {
            let r = from2 + 1;
            while (r < Math.min(sb, from2 + 20) && !/,/.test(gapBefore(doc, r))) r++;
            if (r < Math.min(sb, from2 + 20)) from2 = r;
          }
          const cs = doc.tokens[from2]?.start ?? sent.end;
          ranges = [[cs, sent.end]];
          const inner = pspans.filter((q) => q.start >= cs && q.end <= sent.end + 1);
          for (const q of inner) q.speaker ??= who;
          quoteText = inner.length
            ? inner.map((q) => doc.text.slice(q.start, q.end)).join(' … ')
            : trimEnd(doc.text.slice(cs, sent.end), '.');
        } else if (isAccording || endAttribution(doc, sent.start, subjStart, ve)) {
          // "CONTENT, X said on Saturday." / "CONTENT, according to X."
          const cut = isAccording ? tk.start : subjStart;
          ranges = [[sent.start, cut]];
          const inner = pspans.filter((q) => q.start >= sent.start && q.end <= cut + 1);
          for (const q of inner) q.speaker ??= who;
          quoteText = inner.length
            ? inner.map((q) => doc.text.slice(q.start, q.end)).join(' … ')
            : trimEnd(doc.text.slice(sent.start, cut), ',');
        } else {
          const cueEnd = doc.tokens[ve - 1]?.end ?? tk.end;
          const next = pspans.find((q) => q.open >= cueEnd && q.open < sent.end);
          const colon = next && /:\s*$/.test(doc.text.slice(cueEnd, next.open));
          if (next && colon) {
            const mine = pspans.filter((q) => q.open >= next.open && (q.open < sent.end || q === next));
            for (const q of mine) q.speaker ??= who;
            ranges = mine.map((q) => [q.start, q.end]);
            quoteText = mine.map((q) => doc.text.slice(q.start, q.end)).join(' … ');
            to = sentenceOf(doc, next.end - 1, s);
          } else {
            let endPos = sent.end;
            const inner = pspans.filter((q) => q.open >= cueEnd && q.open < sent.end);
            for (const q of inner) {
              q.speaker ??= who;
              endPos = Math.max(endPos, q.end);
            }
            // "…, according to state media": the source named after the words is not their subject.
            let rangeEnd = endPos;
            for (let r = ve; r < sb - 1; r++) {
              const w = doc.tokens[r];
              if (w?.lower === 'according' && doc.tokens[r + 1]?.lower === 'to') {
                if (inner.every((q) => q.close <= w.start)) rangeEnd = w.start;
                break;
              }
              // "announced that …, and met B in C": a second act of the subject, not said.
              if (w && r > ve && secondActAt(doc, r)) {
                if (inner.every((q) => q.close <= w.start)) rangeEnd = w.start;
                break;
              }
              // "warned B, hours after A arrived in C": a time clause frames the act, it is not said.
              if (w && r > ve && timeClauseAt(doc, r) && gapBefore(doc, r).includes(',')) {
                if (inner.every((q) => q.close <= w.start)) rangeEnd = w.start;
                break;
              }
            }
            ranges = [[cueEnd, rangeEnd]];
            to = sentenceOf(doc, endPos - 1, s);
            quoteText = inner.length
              ? inner.map((q) => doc.text.slice(q.start, q.end)).join(' … ')
              : trimEnd(trimStart(doc.text.slice(cueEnd, rangeEnd), ',:'), '.,')
                  // "said in a statement that …": the words start after the frame.
                  .replace(/^in (?:a|an) (?:statement|interview|editorial|speech|post)[\s,]*/i, '')
                  .replace(/^that\s/i, '');
          }
        }
        addAct(who, pi, ranges, quoteText, Math.min(from, s), Math.max(to, s), ranges[0]?.[0] ?? tk.start);
        k = ve - 1;
      }
    }
    // Quotes without a cue of their own.
    for (const q of pspans) {
      if (q.speaker !== undefined) continue;
      const s = sentenceOf(doc, q.open, firstSent);
      const sent = doc.sentences[s];
      if (!sent || !sentenceOk(doc, s)) continue;
      let who: Speaker;
      let ranges: [number, number][] = [[q.start, q.end]];
      // Same paragraph: the speaker of the nearest attributed quote.
      const attributed = pspans.filter((o) => o !== q && typeof o.speaker === 'string');
      const prevA =
        [...attributed].reverse().find((o) => o.open < q.open) ?? attributed.find((o) => o.open > q.open);
      const [sa, sb] = doc.sentTok[s] ?? [0, 0];
      const openTok = (() => {
        let k = sa;
        while ((doc.tokens[k]?.start ?? Infinity) < q.open) k++;
        return k;
      })();
      if (prevA) who = prevA.speaker;
      else if (
        q.open === doc.paragraphs[pi]?.start ||
        doc.text.slice(doc.paragraphs[pi]?.start ?? 0, q.open).trim() === ''
      ) {
        who = speakerBeforePara;
      } else {
        if (q.words <= sp.scareQuoteMaxWords) continue;
        // "A, B and C “recalled …” from X": the subject right before the quote.
        const [ca] = clauseOf(doc, s, Math.max(sa, openTok - 1));
        let best: RMention | undefined;
        for (const m of doc.bySentence[s] ?? []) {
          if (m.t0 < ca || m.end > q.open) continue;
          const a = doc.actors.get(m.key);
          if (
            !best ||
            a?.kind === 'leader' ||
            a?.kind === 'analyst' ||
            doc.actors.get(best.key)?.kind === 'state'
          )
            best = m;
        }
        const prevTok = doc.tokens[openTok - 1];
        if (best) {
          who = best.key;
          if (listAround(doc, best, sa, sb).length >= 2) st.plural = who;
        } else if (prevTok && prevTok.start >= (doc.tokens[ca]?.start ?? 0)) {
          for (let r = openTok - 1; r >= ca; r--) {
            const w = npSpeaker(doc, r, st, 'before');
            if (w !== undefined) {
              who = w;
              break;
            }
          }
        }
        ranges = [[q.start, sent.end > q.end ? sent.end : q.end]];
      }
      if (who === undefined) continue;
      q.speaker = who;
      if (!who) continue;
      acts.push({
        speaker: who,
        para: pi,
        sentFrom: s,
        sentTo: sentenceOf(doc, q.end - 1, s),
        ranges,
        quote: doc.text.slice(q.start, q.end),
        at: q.start,
      });
      st.last = who;
    }
  }
  return toTies(doc, acts);
}

function targetsOf(doc: Doc, act: Act): string[] {
  const out: string[] = [];
  const ms: RMention[] = [];
  for (let s = act.sentFrom; s <= act.sentTo; s++) ms.push(...(doc.bySentence[s] ?? []));
  for (const m of ms) {
    if (!act.ranges.some(([a, b]) => m.start >= a && m.end <= b)) continue;
    if (m.key === act.speaker || out.includes(m.key)) continue;
    const a = doc.actors.get(m.key);
    if (!a) continue;
    // Blocs and armed groups are parties; companies, media and ministries are not.
    if (a.kind === 'organization' && a.orgType !== 'intergovernmental' && a.orgType !== 'armed-group')
      continue;
    out.push(m.key);
  }
  return out;
}

/**
 * Words that name no actor are about what the context is about: the other parties
 * named in the same sentence (outside the speaker's own words), else in the previous
 * one; failing those, the speaker's own state or organization.
 */
function contextTargets(doc: Doc, act: Act): string[] {
  const own = stateOf(doc, act.speaker);
  const speaker = doc.actors.get(act.speaker);
  const skip = (key: string): boolean =>
    key === act.speaker ||
    key === own ||
    !!speaker?.affiliations.has(key) ||
    (doc.actors.get(key)?.kind === 'leader' && own !== undefined && stateOf(doc, key) === own);
  // Words cut short by a clause of their own ("…, while B said C …") are not about that clause.
  const end = Math.max(...act.ranges.map((r) => r[1]));
  const [ta, tb] = doc.sentTok[act.sentTo] ?? [0, 0];
  let cut = Infinity;
  for (let r = ta; r < tb; r++)
    if (
      doc.tokens[r]?.start === end &&
      ((timeClauseAt(doc, r) && gapBefore(doc, r).includes(',')) || secondActAt(doc, r))
    )
      cut = end;
  const pick = (s: number): string[] => {
    const out: string[] = [];
    for (const m of doc.bySentence[s] ?? []) {
      const a = doc.actors.get(m.key);
      if (!a || skip(m.key) || (s >= act.sentFrom && m.start >= cut)) continue;
      // Parties are states and blocs; a leader stands for their state.
      let k: string | undefined;
      if (
        a.kind === 'state' ||
        (a.kind === 'organization' && (a.orgType === 'intergovernmental' || a.orgType === 'armed-group'))
      )
        k = a.key;
      else if (a.kind === 'leader' && a.country && doc.actors.has(a.country)) k = a.country;
      if (k && !skip(k) && !out.includes(k)) out.push(k);
    }
    return out;
  };
  for (let s = act.sentFrom; s <= act.sentTo; s++) {
    const out = pick(s);
    if (out.length) return out;
  }
  const prev = act.sentFrom - 1;
  if (prev >= 0 && (doc.sentences[prev]?.para ?? -1) >= act.para - 1) {
    const out = pick(prev);
    if (out.length) return out;
  }
  // Only those who act or comment for a state fall back on it (not media or companies).
  if (
    speaker?.kind === 'state' ||
    (speaker?.kind === 'organization' &&
      speaker.orgType !== 'ministry' &&
      speaker.orgType !== 'intergovernmental')
  )
    return [];
  if (own && doc.actors.has(own)) return [own];
  for (const o of speaker?.affiliations ?? []) if (doc.actors.has(o)) return [o];
  return [];
}

/** Whether sentence s refers back to a measure: "called the sanctions …", "these measures". */
function namesMeasure(doc: Doc, s: number): boolean {
  const [sa, sb] = doc.sentTok[s] ?? [0, 0];
  for (let k = sa + 1; k < sb; k++) {
    const d = doc.tokens[k - 1]?.lower ?? '';
    if (/^(?:the|these|those|such)$/.test(d) && lexicon.sanction.anaphors.has(doc.tokens[k]?.lower ?? ''))
      return true;
  }
  return false;
}

/**
 * "Beijing called the sanctions “illegal”": words about a measure named in the last
 * sentences are about its imposer (or, from the imposer's side, its target).
 */
function measureTargets(doc: Doc, act: Act, measures: () => readonly FoundTie[]): string[] {
  if (!namesMeasure(doc, act.sentFrom)) return [];
  const start = doc.sentences[act.sentFrom]?.start ?? 0;
  const from = doc.sentences[Math.max(0, act.sentFrom - 3)]?.start ?? 0;
  const prior = measures().filter((t) => t.start >= from && t.start <= start);
  const last = prior[prior.length - 1];
  if (!last) return [];
  const own = stateOf(doc, act.speaker) ?? act.speaker;
  const t = last.source === own || last.source === act.speaker ? last.target : last.source;
  return t === own || t === act.speaker ? [] : [t];
}

function toTies(doc: Doc, acts: Act[]): FoundTie[] {
  let sanctions: FoundTie[] | undefined;
  const measures = (): readonly FoundTie[] => (sanctions ??= sanction.extract(doc));
  const targets = acts.map((a) => targetsOf(doc, a));
  const out: FoundTie[] = [];
  acts.forEach((act, i) => {
    let ts = targets[i] ?? [];
    if (!ts.length) {
      // Borrow from the same speaker's nearest act: same paragraph first, then before.
      let best = -1;
      let bestD = Infinity;
      acts.forEach((o, j) => {
        if (j === i || o.speaker !== act.speaker || !(targets[j] ?? []).length) return;
        const d = Math.abs(o.para - act.para) * 10 + (j < i ? 0 : 1);
        if (Math.abs(o.para - act.para) <= 2 && d < bestD) {
          best = j;
          bestD = d;
        }
      });
      ts = best >= 0 ? (targets[best] ?? []) : [];
    }
    if (!ts.length) ts = measureTargets(doc, act, measures);
    if (!ts.length) ts = contextTargets(doc, act);
    const from = doc.sentences[act.sentFrom];
    const to = doc.sentences[act.sentTo];
    if (!from || !to) return;
    for (const t of ts)
      out.push({
        type: 'quote',
        source: act.speaker,
        target: t,
        start: from.start,
        end: to.end,
        quote: act.quote,
      });
  });
  return out;
}

export const quote: RelationExtractor = { type: 'quote', extract };
