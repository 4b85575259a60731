/**
 * Quote (speaker -> each actor the words are about). Handles direct quotations
 * ("…," said X / X said "…"), split quotes, a paragraph opening with a quotation mark
 * that continues the previous speaker, pronoun speakers ("she said"), reported speech
 * (X said that …, X suggested …). Anonymous sources ("experts said", "the official")
 * make no edge. Evidence carries `quote`, the quoted (or reported) words, and the ids of
 * the rules that found the tie (data/rules/quote.json).
 *
 * Steps, in order:
 *   1. spans     quotation spans of each paragraph
 *   2. cues      speech cues ("said", "according to", "hailed the “…”")
 *   3. speaker   who speaks (subject.ts: before or after the cue; speaker.ts: what a
 *                pronoun or head noun points back to)
 *   4. said      what was said; then quotations without a cue (acts.ts runs 2–4)
 *   5. targets   whom the words are about
 * Runs after sanction (words about "the sanctions" are about their imposer).
 */
import type { Doc } from '../../doc';
import type { FoundTie, RelationExtractor } from '../types';
import { cuedActs, uncuedActs } from './acts';
import type { Para } from './said';
import { findQuotes, spansByParagraph } from './spans';
import { toTies } from './targets';
import type { EarlierTies } from './types';
import { newState } from './types';

export { findQuotes } from './spans';

const NONE: EarlierTies = new Map();

/** The quote ties of a document, and the look-back steps taken (tests prove these bounded). */
export function runQuote(doc: Doc, earlier: EarlierTies = NONE): { ties: FoundTie[]; steps: number } {
  // 1. spans
  const st = newState(doc, findQuotes(doc), earlier);
  const byPara = spansByParagraph(st.spans);
  let si = 0;
  for (let pi = 0; pi < doc.paragraphs.length; pi++) {
    const para: Para = { pi, spans: byPara.get(pi) ?? [], firstSent: si, speakerBefore: st.last };
    while (si < doc.sentences.length && doc.sentences[si]?.para === pi) si++;
    // 2–4. cues, their speakers and words, sentence by sentence
    for (let s = para.firstSent; s < si; s++) cuedActs(st, para, s);
    // 4. quotations without a cue
    uncuedActs(st, para);
  }
  // 5. targets
  return { ties: toTies(st), steps: st.steps };
}

export const quote: RelationExtractor = {
  type: 'quote',
  after: ['sanction'],
  extract: (doc, earlier) => runQuote(doc, earlier).ties,
};
