/** Phrase lookups over tokens: the longest phrase of a {@link PhraseSet} starting or ending at a token. */
import type { PhraseSet } from '../lexicon';
import type { Token } from '../tokens';

/** Whether the tokens from i on are the words of `ph`. */
function wordsAt(tokens: readonly Token[], i: number, ph: readonly string[]): boolean {
  for (let k = 0; k < ph.length; k++) if (tokens[i + k]?.lower !== ph[k]) return false;
  return true;
}

/** Longest phrase of `set` starting at token `i` (within [i, end)); 0 if none. */
export function phraseAt(tokens: readonly Token[], i: number, end: number, set: PhraseSet): number {
  const w = tokens[i]?.lower ?? '';
  if (!set.starts.has(w)) return 0;
  for (const ph of set.byFirst.get(w) ?? []) {
    if (i + ph.length > end) continue;
    if (wordsAt(tokens, i, ph)) return ph.length;
  }
  return set.words.has(tokens[i]?.lower ?? '') ? 1 : 0;
}

/** Longest phrase of `set` ending at token `j` (inclusive, not before `min`); 0 if none. */
export function phraseEndingAt(tokens: readonly Token[], j: number, min: number, set: PhraseSet): number {
  if (set.phrases.length && !set.endWords.has(tokens[j]?.lower ?? ''))
    return set.words.has(tokens[j]?.lower ?? '') ? 1 : 0;
  for (const ph of set.phrases) {
    const i = j - ph.length + 1;
    if (i < min) continue;
    if (wordsAt(tokens, i, ph)) return ph.length;
  }
  return set.words.has(tokens[j]?.lower ?? '') ? 1 : 0;
}

/** The lower-case words of tokens [a, b), joined by spaces. */
export function wordsOf(tokens: readonly Token[], a: number, b: number): string {
  return tokens
    .slice(a, b)
    .map((x) => x.lower)
    .join(' ');
}
