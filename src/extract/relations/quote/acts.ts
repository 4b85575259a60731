/**
 * Steps 2–4 for one paragraph: each speech cue of each sentence gets its speaker and its
 * words (an act); then the quotations no cue claimed get the speaker of their context.
 */
import type { RMention } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet, wordAt } from '../../match';
import { clauseOf, gapBefore, listAround, sentenceOk } from '../util';
import { cueAt, frameCueAt, isAccordingAt, passiveCue, skipAudience } from './cues';
import type { Cue, Para, Words } from './said';
import { wordsOfCue } from './said';
import { mentionStarting, npSpeaker, parentheticalHead } from './speaker';
import { inSpan, sentenceOf } from './spans';
import type { Subject } from './subject';
import { subjectOf } from './subject';
import type { Act, QSpan, QuoteState, Speaker } from './types';

const sp = lexicon.speech;

/** Whether one of the latest acts covers sentence s (acts are appended in text order). */
function actInSentence(acts: readonly Act[], s: number): boolean {
  for (let i = acts.length - 1; i >= 0; i--) {
    const x = acts[i] as Act;
    if (x.sentTo < s) return false;
    if (x.sentFrom <= s) return true;
  }
  return false;
}

/** Acts of the cues of sentence s. */
export function cuedActs(st: QuoteState, para: Para, s: number): void {
  const { doc } = st;
  if (!sentenceOk(doc, s)) return;
  const [sa, sb] = doc.sentTok[s] ?? [0, 0];
  const sent = doc.sentences[s];
  if (!sent) return;
  for (let k = sa; k < sb; k++) {
    const tk = doc.tokens[k];
    if (!tk || inSpan(para.spans, tk.start)) continue;
    let ve = cueAt(doc, k, sb);
    // Frames count only before quoted words: "hailed the “…”", "accused X of “…”".
    if (ve < 0 && frameCueAt(doc, k, para.spans, sent.end)) ve = k + 1;
    // "“…,” read the statement": a cue only right after a quotation.
    if (ve < 0 && inSet(doc.tokens, k, sp.afterQuoteVerbs) && /[”"]\s*$/.test(gapBefore(doc, k))) ve = k + 1;
    if (ve < 0 || passiveCue(doc, k, sa)) continue;
    ve = skipAudience(doc, k, ve, sb);
    if (actAtCue(st, para, s, k, ve)) k = ve - 1;
  }
}

/** The act of the cue at tokens [k, ve) of sentence s; false when it has no speaker. */
function actAtCue(st: QuoteState, para: Para, s: number, k: number, ve: number): boolean {
  const { doc } = st;
  const according = isAccordingAt(doc, k);
  // "…, according to state media" after a speaker of this sentence: the source, not a speaker.
  if (according && actInSentence(st.acts, s)) return false;
  const { subject, parenthetical } = speakerOfCue(st, s, k, ve, according);
  const { who, subjStart } = subject;
  if (who === undefined) return false;
  const [sa, sb] = doc.sentTok[s] ?? [0, 0];
  const subjMention = mentionStarting(doc, subjStart);
  // A list of speakers, or a bloc ("the G7 … said. They called …"), is what "they" refers to.
  if (subjMention && listAround(doc, subjMention, sa, sb).length >= 2) st.plural = who;
  else if (who && doc.actors.get(who)?.orgType === 'intergovernmental') st.plural = who;
  const cue: Cue = { s, k, ve, according, parenthetical, who, subjStart };
  const words = wordsOfCue(doc, para, cue);
  // "according to X" names its speaker after the cue by construction: no inversion rule.
  const speakerRules = according ? subject.rule.filter((r) => r !== 'quote/inverted-cue') : subject.rule;
  addAct(st, who, para.pi, words, s, [words.rule, ...speakerRules], doc.tokens[k]?.start ?? 0);
  return true;
}

/** The subject of the cue at [k, ve), and whether a quotation before it ends in a parenthetical. */
function speakerOfCue(
  st: QuoteState,
  s: number,
  k: number,
  ve: number,
  according: boolean,
): { subject: Subject; parenthetical: boolean } {
  const { doc, acts } = st;
  const [sa] = doc.sentTok[s] ?? [0, 0];
  const prevGap = gapBefore(doc, k);
  // 'A, who praised B as "a partner", said …': the quotation ends inside a parenthetical.
  const parenthetical = /[”"]\s*,\s*$/.test(prevGap) && parentheticalHead(doc, sa, k - 1) !== undefined;
  const afterQuote = /[”"]/.test(prevGap) && !parenthetical;
  // "X told reporters …, but said …", "X said …, adding that …": the same speaker.
  const last = acts[acts.length - 1];
  const participle = prevGap.includes(',') && wordAt(doc.tokens, k).endsWith('ing');
  if ((participle || inSet(doc.tokens, k - 1, sp.coordinators)) && last && last.sentTo === s)
    return { subject: { who: last.speaker, subjStart: -1, rule: ['quote/coordinated-cue'] }, parenthetical };
  let subject = subjectOf(st, s, k, ve, according || afterQuote);
  // "…, said X" / "Said X": the subject follows the cue only after a comma or at the sentence's
  // start ("urged Russia to …": the noun after the cue is its object).
  if (subject.who === undefined && !according && !afterQuote && (k === sa || prevGap.includes(',')))
    subject = subjectOf(st, s, k, ve, true);
  return { subject, parenthetical };
}

function addAct(
  st: QuoteState,
  speaker: Speaker,
  para: number,
  w: Words,
  s: number,
  rule: string[],
  cueStart: number,
): void {
  st.last = speaker;
  const { ranges, quote } = w;
  const at = ranges[0]?.[0] ?? cueStart;
  if (speaker === null) st.silent.push({ para, at });
  if (!speaker) return;
  st.acts.push({
    speaker,
    para,
    sentFrom: Math.min(w.from, s),
    sentTo: Math.max(w.to, s),
    ranges,
    quote,
    at,
    rule,
  });
}

/** Quotes without a cue of their own: the speaker of their paragraph or of their clause. */
export function uncuedActs(st: QuoteState, para: Para): void {
  const { doc } = st;
  for (const q of para.spans) {
    if (q.speaker !== undefined) continue;
    const s = sentenceOf(doc, q.open, para.firstSent);
    const sent = doc.sentences[s];
    if (!sent || !sentenceOk(doc, s)) continue;
    const found = speakerOfQuote(st, para, q, s);
    if (!found) continue;
    const { who, rule, ranges } = found;
    q.speaker = who;
    if (!who) continue;
    const sentTo = sentenceOf(doc, q.end - 1, s);
    const quote = doc.text.slice(q.start, q.end);
    st.acts.push({ speaker: who, para: para.pi, sentFrom: s, sentTo, ranges, quote, at: q.start, rule });
    st.last = who;
  }
}

interface QuoteSpeaker {
  who: string | null;
  rule: string[];
  ranges: [number, number][];
}

/** Who speaks a quotation without a cue: the paragraph's attributed quote, the last speaker, the subject. */
function speakerOfQuote(st: QuoteState, para: Para, q: QSpan, s: number): QuoteSpeaker | undefined {
  const ranges: [number, number][] = [[q.start, q.end]];
  // Same paragraph: the speaker of the nearest words before (quoted or reported), else of the next quote.
  const prev = lastActBefore(st, para.pi, q.open);
  // "“…,” a Western diplomat said. “…”": the unnamed speaker's words go on.
  const silent = lastSilentBefore(st, para.pi, q.open);
  if (silent !== undefined && silent > (prev?.at ?? -1)) return { who: null, rule: [], ranges };
  if (prev) return known(prev.speaker, 'quote/same-paragraph-speaker', ranges);
  const next = para.spans.find((o) => o.open > q.open && typeof o.speaker === 'string');
  if (next) return known(next.speaker, 'quote/same-paragraph-speaker', ranges);
  // A paragraph opening with a quotation continues the last speaker (only its first quotation can).
  if (q === para.spans[0] && st.doc.text.slice(st.doc.paragraphs[para.pi]?.start ?? 0, q.open).trim() === '')
    return known(para.speakerBefore, 'quote/paragraph-continues', ranges);
  if (q.words <= sp.scareQuoteMaxWords) return undefined;
  const sentEnd = st.doc.sentences[s]?.end ?? 0;
  const found = subjectBeforeQuote(st, q, s);
  return found && known(found.who, found.rule, [[q.start, sentEnd > q.end ? sentEnd : q.end]]);
}

/** The act of paragraph pi whose words start last before offset pos (acts of a paragraph are at the end). */
function lastActBefore(st: QuoteState, pi: number, pos: number): Act | undefined {
  let best: Act | undefined;
  for (let i = st.acts.length - 1; i >= 0; i--) {
    st.steps++;
    const a = st.acts[i] as Act;
    if (a.para !== pi) break;
    if (a.at < pos && (!best || a.at > best.at)) best = a;
  }
  return best;
}

/** Where the last unnamed speaker's words of paragraph pi start before offset pos (recorded in text order). */
function lastSilentBefore(st: QuoteState, pi: number, pos: number): number | undefined {
  let best: number | undefined;
  for (let i = st.silent.length - 1; i >= 0; i--) {
    st.steps++;
    const x = st.silent[i] as { para: number; at: number };
    if (x.para !== pi) break;
    if (x.at < pos && (best === undefined || x.at > best)) best = x.at;
  }
  return best;
}

function known(who: Speaker, rule: string | string[], ranges: [number, number][]): QuoteSpeaker | undefined {
  return who === undefined ? undefined : { who, rule: typeof rule === 'string' ? [rule] : rule, ranges };
}

/** "A, B and C “recalled …” from X": the subject right before the quote. */
function subjectBeforeQuote(
  st: QuoteState,
  q: QSpan,
  s: number,
): { who: Speaker; rule: string[] } | undefined {
  const { doc } = st;
  const [sa, sb] = doc.sentTok[s] ?? [0, 0];
  let openTok = sa;
  while ((doc.tokens[openTok]?.start ?? Infinity) < q.open) openTok++;
  const [ca] = clauseOf(doc, s, Math.max(sa, openTok - 1));
  let best: RMention | undefined;
  for (const m of doc.bySentence[s] ?? []) {
    if (m.t0 < ca || m.end > q.open) continue;
    const kind = doc.actors.get(m.key)?.kind;
    if (!best || kind === 'leader' || kind === 'analyst' || doc.actors.get(best.key)?.kind === 'state')
      best = m;
  }
  const rule = 'quote/subject-before-quote';
  if (best) {
    if (listAround(doc, best, sa, sb).length >= 2) st.plural = best.key;
    return { who: best.key, rule: [rule] };
  }
  const prevTok = doc.tokens[openTok - 1];
  if (!prevTok || prevTok.start < (doc.tokens[ca]?.start ?? 0)) return undefined;
  for (let r = openTok - 1; r >= ca; r--) {
    const n = npSpeaker(st, r, 'before');
    if (n.who !== undefined) return { who: n.who, rule: n.rule ? [rule, n.rule] : [rule] };
  }
  return undefined;
}
