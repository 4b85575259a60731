import { describe, expect, it } from 'vitest';
import { eventDate } from '../../src/extract/dates';
import { BoundedCache, lookup, memoStats, SURFACE_LIMITS } from '../../src/extract/memo';

const LIMIT_CHARS = 2 * SURFACE_LIMITS.maxKeyChars + 1_000_000;

describe('memo caches', () => {
  it('never keep a long surface', () => {
    const before = memoStats();
    for (let i = 0; i < 2000; i++) lookup(`Minister ${'X'.repeat(SURFACE_LIMITS.maxKeyLength)} ${i}`);
    expect(memoStats()).toEqual(before);
  });

  it('stay within their key budget over many articles of distinct surfaces and sentences', () => {
    // 40 "articles", each with 20,000 distinct surfaces and 300 distinct long sentences.
    for (let a = 0; a < 40; a++) {
      for (let i = 0; i < 20_000; i++) lookup(`Surface ${a} ${i} of an article`);
      for (let i = 0; i < 300; i++) {
        eventDate(
          `Article ${a}, sentence ${i}: ${'the talks went on '.repeat(80)}on Monday.`,
          '2024-03-15',
          false,
        );
      }
    }
    const { entries, keyChars } = memoStats();
    expect(keyChars).toBeLessThanOrEqual(LIMIT_CHARS);
    expect(entries).toBeGreaterThan(0);
  });

  it('clear a cache when it reaches its entry or character budget', () => {
    const cache = new BoundedCache<number>({ maxKeyLength: 10, maxEntries: 3, maxKeyChars: 8 });
    let computed = 0;
    const get = (k: string): number => cache.get(k, () => ++computed);
    expect([get('aa'), get('bb'), get('aa')]).toEqual([1, 2, 1]);
    expect(cache.size).toEqual({ entries: 2, keyChars: 4 });
    get('cccc'); // 8 characters: still within
    expect(cache.size).toEqual({ entries: 3, keyChars: 8 });
    get('d'); // over both budgets: cleared first
    expect(cache.size).toEqual({ entries: 1, keyChars: 1 });
    get('a much longer key');
    expect(cache.size).toEqual({ entries: 1, keyChars: 1 });
  });
});
