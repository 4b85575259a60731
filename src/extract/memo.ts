/**
 * Memoized gazetteer queries. News text repeats the same surfaces ("China", "said",
 * "President") thousands of times; a Map hit is much cheaper than the gazetteer's
 * normalization. Bounded: the caches are cleared when they grow large.
 */
import type { GazetteerHit } from './gazetteer';
import { gazetteer } from './gazetteer';

const MAX = 200_000;
const lookups = new Map<string, readonly GazetteerHit[]>();
const starts = new Map<string, boolean>();
const places = new Map<string, boolean>();

/** `gazetteer().lookup`, memoized. */
export function lookup(surface: string): readonly GazetteerHit[] {
  let r = lookups.get(surface);
  if (r === undefined) {
    if (lookups.size > MAX) lookups.clear();
    r = gazetteer().lookup(surface);
    lookups.set(surface, r);
  }
  return r;
}

/** `gazetteer().startsForm`, memoized. */
export function startsForm(token: string): boolean {
  let r = starts.get(token);
  if (r === undefined) {
    if (starts.size > MAX) starts.clear();
    r = gazetteer().startsForm(token);
    starts.set(token, r);
  }
  return r;
}

/** `gazetteer().isNonActorPlace`, memoized. */
export function isNonActorPlace(surface: string): boolean {
  let r = places.get(surface);
  if (r === undefined) {
    if (places.size > MAX) places.clear();
    r = gazetteer().isNonActorPlace(surface);
    places.set(surface, r);
  }
  return r;
}
