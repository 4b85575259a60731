/**
 * Step 4: what was said. For a cue with its speaker: the quotation before it ("“…,” said
 * X"), the clause after "According to X,", the clause before ", X said", or the words after
 * the cue (a quotation after a colon, or reported speech). Then the quotations no cue
 * claimed: a paragraph that opens with a quote continues the last speaker.
 */
import type { Doc } from '../../doc';
import { lexicon } from '../../lexicon';
import { fw, inSet } from '../../match';
import { gapBefore } from '../util';
import { accordingToAt, endAttribution, secondActAt, timeClauseAt } from './cues';
import { mentionStarting } from './speaker';
import { sentenceOf, spanText } from './spans';
import type { QSpan, Speaker } from './types';

const sp = lexicon.speech;

/** The paragraph being read: its quotations and first sentence. */
export interface Para {
  pi: number;
  spans: QSpan[];
  firstSent: number;
  /** The last speaker before this paragraph: whom an opening quotation continues. */
  speakerBefore: Speaker;
}

/** A cue with its speaker, at tokens [k, ve) of sentence s. */
export interface Cue {
  s: number;
  k: number;
  ve: number;
  according: boolean;
  /** The cue follows a quotation that ends inside a parenthetical ('A, who praised B as "…", said'). */
  parenthetical: boolean;
  who: string | null;
  subjStart: number;
}

/** The words of one act: offset ranges, the text shown, the sentences spanned, the rule. */
export interface Words {
  ranges: [number, number][];
  quote: string;
  from: number;
  to: number;
  rule: string;
}

/** What the speaker of `cue` said. Marks the quotations it claims with the speaker. */
export function wordsOfCue(doc: Doc, para: Para, cue: Cue): Words {
  const sent = doc.sentences[cue.s];
  const tk = doc.tokens[cue.k];
  if (!sent || !tk) return { ranges: [], quote: '', from: cue.s, to: cue.s, rule: '' };
  const before = para.spans.filter(
    (q) => q.close <= tk.start && q.close >= sent.start - 1 && q.speaker === undefined,
  );
  const lastBefore = before[before.length - 1];
  const between = lastBefore ? doc.text.slice(lastBefore.close, tk.start) : '';
  if (
    lastBefore &&
    !cue.parenthetical &&
    between.split(/\s+/).filter(Boolean).length <= 6 &&
    !/[.!?]\s/.test(between)
  ) {
    // "“…,” said X" — the quote before, and earlier unattributed ones in this sentence.
    const mine = before.filter((q) => q.open >= sent.start - 1 || q === lastBefore);
    for (const q of mine) q.speaker = cue.who;
    const from = sentenceOf(doc, mine[0]?.start ?? sent.start, para.firstSent);
    return {
      ranges: mine.map((q) => [q.start, q.end]),
      quote: spanText(doc, mine),
      from,
      to: cue.s,
      rule: 'quote/quote-before-cue',
    };
  }
  if (cue.according && doc.text.slice(sent.start, tk.start).trim() === '')
    return accordingLead(doc, para, cue);
  if (cue.according || endAttribution(doc, sent.start, cue.subjStart, cue.ve))
    return wordsBeforeSubject(doc, para, cue);
  return wordsAfterCue(doc, para, cue);
}

/** Quotations within [from, to] take the speaker if they have none; their text, else the plain words. */
function claimInner(
  doc: Doc,
  para: Para,
  who: string | null,
  from: number,
  to: number,
  plain: string,
): string {
  const inner = para.spans.filter((q) => q.start >= from && q.end <= to + 1);
  for (const q of inner) q.speaker ??= who;
  return inner.length ? spanText(doc, inner) : plain;
}

/** "According to X, a senior analyst at Y, CONTENT." */
function accordingLead(doc: Doc, para: Para, cue: Cue): Words {
  const sent = doc.sentences[cue.s];
  const [, sb] = doc.sentTok[cue.s] ?? [0, 0];
  const end = sent?.end ?? 0;
  const sm = mentionStarting(doc, cue.subjStart);
  let from2 = sm ? sm.t1 : cue.ve;
  if (gapBefore(doc, from2).includes(',') && inSet(doc.tokens, from2, fw.articles)) {
    let r = from2 + 1;
    while (r < Math.min(sb, from2 + 20) && !gapBefore(doc, r).includes(',')) r++;
    if (r < Math.min(sb, from2 + 20)) from2 = r;
  }
  const cs = doc.tokens[from2]?.start ?? end;
  const quote = claimInner(doc, para, cue.who, cs, end, trimEnd(doc.text.slice(cs, end), '.'));
  return { ranges: [[cs, end]], quote, from: cue.s, to: cue.s, rule: 'quote/according-to-lead' };
}

/** "CONTENT, X said on Saturday." / "CONTENT, according to X." */
function wordsBeforeSubject(doc: Doc, para: Para, cue: Cue): Words {
  const start = doc.sentences[cue.s]?.start ?? 0;
  const cut = cue.according ? (doc.tokens[cue.k]?.start ?? 0) : titleStart(doc.text, start, cue.subjStart);
  const quote = claimInner(doc, para, cue.who, start, cut, trimEnd(doc.text.slice(start, cut), ','));
  const rule = cue.according ? 'quote/according-to' : 'quote/words-before-cue';
  return { ranges: [[start, cut]], quote, from: cue.s, to: cue.s, rule };
}

/** Words of a title: "U.S. Secretary of State". */
const TITLE_WORD = /^(?:\p{Lu}\S*|of|the|for)$/u;

/** "CONTENT, U.S. Secretary of State X said": where the title before the subject starts (its comma). */
function titleStart(text: string, start: number, subj: number): number {
  const comma = text.lastIndexOf(',', subj);
  if (comma <= start) return subj;
  const words = text
    .slice(comma + 1, subj)
    .split(/\s+/)
    .filter(Boolean);
  return words.length <= 6 && words.every((w) => TITLE_WORD.test(w)) ? comma : subj;
}

/** "X said: “…”" (the quotations from the colon on), else what follows the cue in the sentence. */
function wordsAfterCue(doc: Doc, para: Para, cue: Cue): Words {
  const sentEnd = doc.sentences[cue.s]?.end ?? 0;
  const cueEnd = doc.tokens[cue.ve - 1]?.end ?? doc.tokens[cue.k]?.end ?? 0;
  const next = para.spans.find((q) => q.open >= cueEnd && q.open < sentEnd);
  if (!next || !/:\s*$/.test(doc.text.slice(cueEnd, next.open))) return reportedWords(doc, para, cue, cueEnd);
  const mine = para.spans.filter((q) => q.open >= next.open && (q.open < sentEnd || q === next));
  for (const q of mine) q.speaker ??= cue.who;
  const to = sentenceOf(doc, next.end - 1, cue.s);
  return {
    ranges: mine.map((q) => [q.start, q.end]),
    quote: spanText(doc, mine),
    from: cue.s,
    to,
    rule: 'quote/cue-colon-quote',
  };
}

/** "X said (that) …", "X said “…”": the rest of the sentence, up to a clause that is not said. */
function reportedWords(doc: Doc, para: Para, cue: Cue, cueEnd: number): Words {
  const sentEnd = doc.sentences[cue.s]?.end ?? 0;
  let endPos = sentEnd;
  const inner = para.spans.filter((q) => q.open >= cueEnd && q.open < sentEnd);
  for (const q of inner) {
    q.speaker ??= cue.who;
    endPos = Math.max(endPos, q.end);
  }
  const rangeEnd = notSaidFrom(doc, cue, inner, endPos);
  const to = sentenceOf(doc, endPos - 1, cue.s);
  const quote = inner.length ? spanText(doc, inner) : plainWords(doc.text.slice(cueEnd, rangeEnd));
  return {
    ranges: [[cueEnd, rangeEnd]],
    quote,
    from: cue.s,
    to,
    rule: inner.length ? 'quote/cue-then-quote' : 'quote/reported-speech',
  };
}

/**
 * Where the words after a cue stop: "…, according to state media" (the source named after
 * the words is not their subject), "…, and met B in C" (a second act of the subject),
 * "…, hours after A arrived in C" (a time clause frames the act).
 */
function notSaidFrom(doc: Doc, cue: Cue, inner: readonly QSpan[], endPos: number): number {
  const [, sb] = doc.sentTok[cue.s] ?? [0, 0];
  for (let r = cue.ve; r < sb - 1; r++) {
    const w = doc.tokens[r];
    if (!w) continue;
    const stop =
      accordingToAt(doc, r) ||
      (r > cue.ve && secondActAt(doc, r)) ||
      (r > cue.ve && timeClauseAt(doc, r) && gapBefore(doc, r).includes(','));
    if (stop) return inner.every((q) => q.close <= w.start) ? w.start : endPos;
  }
  return endPos;
}

/** Reported words without their frame: "said in a statement that …" -> "…". */
function plainWords(s: string): string {
  let out = trimEnd(trimStart(s, ',:'), '.,');
  const lower = out.toLowerCase();
  for (const art of sp.saidFrameArticles)
    for (const noun of sp.saidFrameNouns) {
      const frame = `in ${art} ${noun}`;
      if (lower.startsWith(frame)) {
        out = trimStart(out.slice(frame.length), ',');
        return dropThat(out);
      }
    }
  return dropThat(out);
}

function dropThat(s: string): string {
  return /^that\s/i.test(s) ? s.slice(5) : s;
}

/** s without the spaces and `marks` at its end (a loop: a regex here backtracks quadratically). */
export function trimEnd(s: string, marks: string): string {
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
