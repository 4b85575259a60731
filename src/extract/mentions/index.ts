/**
 * Stage 3, mentions: finds what may name an actor — gazetteer forms (states, their
 * demonyms, capitals and seats; organizations; office holders), capitalized name
 * spans with the titles around them, organization names by their head word, and
 * definite descriptions ("the Russian president"). Resolution happens in `resolve`.
 *
 * Each sentence is cut into capitalized runs (runs.ts), each run split into mentions
 * (segment.ts); lower-case words may start a description (descriptions.ts).
 */
import type { Sentence } from '../sentences';
import type { Token } from '../tokens';
import type { Ctx } from './context';
import { scanSentence } from './runs';
import type { Mention } from './types';

export type { Mention, MentionType } from './types';
export { phraseAt, phraseEndingAt } from './phrases';

/** Finds all mentions, sentence by sentence. */
export function findMentions(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): Mention[] {
  const lowerWords = new Set<string>();
  for (const t of tokens) if (!t.cap) lowerWords.add(t.lower);
  const ctx: Ctx = { text, tokens, out: [], owner: new Int32Array(tokens.length).fill(-1), lowerWords };
  let ti = 0;
  for (let si = 0; si < sentences.length; si++) {
    const a = ti;
    while (ti < tokens.length && tokens[ti]?.sent === si) ti++;
    scanSentence(ctx, a, ti);
  }
  return ctx.out;
}
