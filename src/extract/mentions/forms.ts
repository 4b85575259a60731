/** Gazetteer forms over tokens: states, organizations and office holders named as written. */
import type { GazetteerHit } from '../gazetteer';
import { gazetteer } from '../gazetteer';
import { isWord } from '../match';
import { isNonActorPlace, lookup, startsForm } from '../memo';
import type { Token } from '../tokens';
import type { Ctx } from './context';
import { joinedRange } from './context';

/** A gazetteer form may also start with a digit. */
const DIGIT_START = /^\p{N}/u;

/** The words of tokens [i, i + n) joined by single spaces. */
function surfaceOf(tokens: readonly Token[], i: number, n: number): string {
  let surface = '';
  for (let k = 0; k < n; k++) surface += (k ? ' ' : '') + (tokens[i + k]?.text ?? '');
  return surface;
}

/** What tokens [i, i + n) name in the gazetteer (no possessive inside). */
export function gazHits(tokens: readonly Token[], i: number, n: number): readonly GazetteerHit[] {
  const first = tokens[i];
  if (!first?.cap && !DIGIT_START.test(first?.text ?? '')) return [];
  let surface = '';
  for (let k = 0; k < n; k++) {
    const t = tokens[i + k];
    if (!t) return [];
    if (k > 0 && tokens[i + k - 1]?.poss) return [];
    surface += (k ? ' ' : '') + t.text;
  }
  return lookup(surface);
}

/** A gazetteer hit, or a non-actor place to skip. */
export interface GazAt {
  n: number;
  hit?: GazetteerHit;
  alt?: GazetteerHit[];
  place?: boolean;
}

/** Longest gazetteer hit starting at i within [i, end). */
export function gazAt(tokens: readonly Token[], text: string, i: number, end: number): GazAt | undefined {
  const first = tokens[i];
  if (!first || !startsForm(first.text)) return undefined;
  const max = Math.min(gazetteer().maxTokens, end - i);
  for (let n = max; n >= 1; n--) {
    if (n > 1 && !joinedRange(tokens, text, i, i + n)) continue;
    // "South China Sea", "Latin America": a place, not the state inside it.
    if ((n === 1 || !tokens[i + n - 2]?.poss) && isNonActorPlace(surfaceOf(tokens, i, n)))
      return { n, place: true };
    const hits = gazHits(tokens, i, n);
    const hit = hits.find((h) => h.kind === 'state') ?? hits[0];
    if (hit) return hits.length > 1 ? { n, hit, alt: hits.filter((h) => h !== hit) } : { n, hit };
  }
  return undefined;
}

/**
 * End of a gazetteer form that runs from the capitalized run [i, j) over "of" (or "of
 * the") at j into the next capitalized word; 0 if none.
 */
export function formThroughOf(ctx: Ctx, i: number, j: number, b: number): number {
  const { tokens, text } = ctx;
  for (const skip of [1, 2]) {
    const end = j + skip + 1;
    if (end > b || !tokens[end - 1]?.cap) continue;
    if (skip === 2 && !isWord(tokens, j + 1, 'the')) continue;
    if (!joinedRange(tokens, text, j - 1, end)) continue;
    let tail = '';
    for (let k = j; k < end; k++) tail += ' ' + (tokens[k]?.text ?? '');
    let head = '';
    for (let p = j - 1; p >= Math.max(i, j - 3); p--) {
      head = (tokens[p]?.text ?? '') + (head ? ' ' + head : '');
      if (startsForm(tokens[p]?.text ?? '') && lookup(head + tail).length) return end;
    }
  }
  return 0;
}
