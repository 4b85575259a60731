/**
 * The matching vocabulary of the loader: small helpers over tokens, so that rules read as
 * data ("word at k is in fw.prepositions", "the words at k are 'according to'") instead of
 * inline regexes and `lower === 'word'` comparisons. Closed-class word lists are in
 * data/lexicon/function-words.json, exposed here as `fw`.
 */
import functionWords from '../../data/lexicon/function-words.json';
import type { Token } from './tokens';

export type WordSet = ReadonlySet<string>;

const lowerSet = (xs: readonly string[]): WordSet => new Set(xs.map((x) => x.toLowerCase()));

/** Closed-class words by class, lower case. */
export const fw = {
  articles: lowerSet(functionWords.articles),
  determiners: lowerSet(functionWords.determiners),
  possessives: lowerSet(functionWords.possessives),
  demonstratives: lowerSet(functionWords.demonstratives),
  copulas: lowerSet(functionWords.copulas),
  auxiliaries: lowerSet(functionWords.auxiliaries),
  prepositions: lowerSet(functionWords.prepositions),
  placePrepositions: lowerSet(functionWords.placePrepositions),
  conjunctions: lowerSet(functionWords.conjunctions),
  subordinators: lowerSet(functionWords.subordinators),
  relativePronouns: lowerSet(functionWords.relativePronouns),
  subjectPronouns: lowerSet(functionWords.subjectPronouns),
  objectPronouns: lowerSet(functionWords.objectPronouns),
  smallNumbers: lowerSet(functionWords.smallNumbers),
} as const;

/** A set built from a word list, for lists a rule keeps in its own lexicon file. */
export const words = (xs: readonly string[]): WordSet => lowerSet(xs);

/** The union of several sets. */
export const union = (...sets: readonly WordSet[]): WordSet => new Set(sets.flatMap((s) => [...s]));

/** Lower-case word at token k, or '' outside the tokens. */
export function wordAt(tokens: readonly Token[], k: number): string {
  return tokens[k]?.lower ?? '';
}

/** Whether the word at token k is `word` (lower case). */
export function isWord(tokens: readonly Token[], k: number, word: string): boolean {
  return tokens[k]?.lower === word;
}

/** Whether the word at token k is in `set`. */
export function inSet(tokens: readonly Token[], k: number, set: WordSet): boolean {
  const t = tokens[k];
  return t !== undefined && set.has(t.lower);
}

/** Whether the words from token k on are exactly `seq` (lower case). */
export function isSeq(tokens: readonly Token[], k: number, seq: readonly string[]): boolean {
  for (let i = 0; i < seq.length; i++) if (tokens[k + i]?.lower !== seq[i]) return false;
  return seq.length > 0;
}

/** Whether the words ending at token k (inclusive) are exactly `seq`. */
export function isSeqBefore(tokens: readonly Token[], k: number, seq: readonly string[]): boolean {
  return isSeq(tokens, k - seq.length + 1, seq);
}

/** Length of the first phrase of `phrases` that starts at token k (longest first), or 0. */
export function phraseLenAt(
  tokens: readonly Token[],
  k: number,
  phrases: readonly (readonly string[])[],
): number {
  for (const p of phrases) if (isSeq(tokens, k, p)) return p.length;
  return 0;
}

/** First token index in [from, to) whose word is in `set`, or -1. */
export function findIn(tokens: readonly Token[], from: number, to: number, set: WordSet): number {
  for (let k = Math.max(0, from); k < to && k < tokens.length; k++)
    if (set.has(tokens[k]?.lower ?? '')) return k;
  return -1;
}

/** Last token index in [from, to) whose word is in `set`, or -1. */
export function findLastIn(tokens: readonly Token[], from: number, to: number, set: WordSet): number {
  for (let k = Math.min(to, tokens.length) - 1; k >= Math.max(0, from); k--)
    if (set.has(tokens[k]?.lower ?? '')) return k;
  return -1;
}

/** The text between token k-1 and token k (punctuation and spaces), or '' at the edges. */
export function gapText(text: string, tokens: readonly Token[], k: number): string {
  const t = tokens[k];
  const p = tokens[k - 1];
  return t && p ? text.slice(p.end, t.start) : '';
}

/** Whether only spaces stand between token k-1 and token k (no punctuation). */
export function plainGap(text: string, tokens: readonly Token[], k: number): boolean {
  return gapText(text, tokens, k).trim() === '';
}

/** Skips tokens from k forward while their words are in `set`; returns the first other index. */
export function skipIn(tokens: readonly Token[], k: number, set: WordSet, limit = tokens.length): number {
  while (k < limit && set.has(tokens[k]?.lower ?? '')) k++;
  return k;
}

/** Skips tokens from k backward while their words are in `set`; returns the first other index. */
export function skipBackIn(tokens: readonly Token[], k: number, set: WordSet, floor = 0): number {
  while (k >= floor && set.has(tokens[k]?.lower ?? '')) k--;
  return k;
}

/** Each word of the sets with the bit flags of every set holding it: one lookup per token for many cue kinds. */
export function cueFlags(
  sets: readonly (readonly [Iterable<string>, number])[],
): ReadonlyMap<string, number> {
  const flags = new Map<string, number>();
  for (const [set, bit] of sets) for (const w of set) flags.set(w, (flags.get(w) ?? 0) | bit);
  return flags;
}
