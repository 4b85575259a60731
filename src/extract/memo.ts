/**
 * Memoized gazetteer queries. News text repeats the same surfaces ("China", "said",
 * "President") thousands of times; a Map hit is much cheaper than the gazetteer's
 * normalization. Bounded: each cache is cleared when it grows large.
 */
import type { GazetteerHit } from './gazetteer';
import { gazetteer } from './gazetteer';

const MAX = 200_000;

/** `fn` with a bounded cache keyed by its string argument. */
function memoized<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let r = cache.get(key);
    if (r === undefined) {
      if (cache.size > MAX) cache.clear();
      r = fn(key);
      cache.set(key, r);
    }
    return r;
  };
}

/** `gazetteer().lookup`, memoized. */
export const lookup: (surface: string) => readonly GazetteerHit[] = memoized((s) => gazetteer().lookup(s));

/** `gazetteer().startsForm`, memoized. */
export const startsForm: (token: string) => boolean = memoized((t) => gazetteer().startsForm(t));

/** `gazetteer().isNonActorPlace`, memoized. */
export const isNonActorPlace: (surface: string) => boolean = memoized((s) => gazetteer().isNonActorPlace(s));
