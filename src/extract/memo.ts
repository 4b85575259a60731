/**
 * Bounded memo caches. News text repeats the same surfaces ("China", "said", "President")
 * thousands of times; a Map hit is much cheaper than the gazetteer's normalization. Bounded,
 * so that nothing long is kept across articles: a key longer than its cache's `maxKeyLength`
 * is never cached (such keys do not repeat), and a cache is cleared when it holds more than
 * `maxEntries` keys or `maxKeyChars` characters of keys.
 */
import type { GazetteerHit } from './gazetteer';
import { gazetteer } from './gazetteer';

/** Limits of one cache. */
export interface CacheLimits {
  maxKeyLength: number;
  maxEntries: number;
  maxKeyChars: number;
}

/** What a cache holds. */
export interface CacheSize {
  entries: number;
  keyChars: number;
}

/** Limits of the gazetteer caches: surfaces are short. */
export const SURFACE_LIMITS: CacheLimits = { maxKeyLength: 64, maxEntries: 100_000, maxKeyChars: 2_000_000 };

const all: BoundedCache<unknown>[] = [];

/** A string-keyed cache within {@link CacheLimits}. */
export class BoundedCache<T> {
  private readonly map = new Map<string, T>();
  private keyChars = 0;

  constructor(private readonly limits: CacheLimits) {
    all.push(this);
  }

  /** The cached value for `key`, or `compute()` (cached when the key is short enough). */
  get(key: string, compute: () => T): T {
    if (key.length > this.limits.maxKeyLength) return compute();
    if (this.map.has(key)) return this.map.get(key) as T;
    const { maxEntries, maxKeyChars } = this.limits;
    if (this.map.size >= maxEntries || this.keyChars + key.length > maxKeyChars) {
      this.map.clear();
      this.keyChars = 0;
    }
    const value = compute();
    this.map.set(key, value);
    this.keyChars += key.length;
    return value;
  }

  get size(): CacheSize {
    return { entries: this.map.size, keyChars: this.keyChars };
  }
}

/** What every bounded cache holds now, summed (for tests and benchmarks). */
export function memoStats(): CacheSize {
  const out = { entries: 0, keyChars: 0 };
  for (const c of all) {
    out.entries += c.size.entries;
    out.keyChars += c.size.keyChars;
  }
  return out;
}

/** `fn` with a bounded cache keyed by its string argument. */
function memoized<T>(fn: (key: string) => T, limits = SURFACE_LIMITS): (key: string) => T {
  const cache = new BoundedCache<T>(limits);
  return (key) => cache.get(key, () => fn(key));
}

/** `gazetteer().lookup`, memoized. */
export const lookup: (surface: string) => readonly GazetteerHit[] = memoized((s) => gazetteer().lookup(s));

/** `gazetteer().startsForm`, memoized. */
export const startsForm: (token: string) => boolean = memoized((t) => gazetteer().startsForm(t));

/** `gazetteer().isNonActorPlace`, memoized. */
export const isNonActorPlace: (surface: string) => boolean = memoized((s) => gazetteer().isNonActorPlace(s));
