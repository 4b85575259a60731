/**
 * Hostile inputs through the whole loader: each must finish (no catastrophic backtracking;
 * vitest's timeout is the only clock here) and non-text input must get a clear error.
 * Time scaling (1x/2x/4x) is measured in bench/loader.bench.ts, not asserted here.
 */
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/extract/index';
import { checkInput, MAX_INPUT_BYTES } from '../../src/extract/input';
import { InputError } from '../../src/extract/types';
import { htmlWithScripts, noPunctuation, randomBytes, repeatedWord, rng, unbalancedQuotes } from './inputs';

const SLOW = { timeout: 300_000 };

describe('fuzz: random bytes', () => {
  it('gets a clear one-line InputError for every seed and size', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const size = [16, 100, 1000, 65536][seed % 4] ?? 16;
      const bytes = randomBytes(size, seed);
      let err: unknown;
      try {
        checkInput(bytes);
      } catch (e) {
        err = e;
      }
      expect(err, `seed ${seed}`).toBeInstanceOf(InputError);
      expect((err as Error).message).toMatch(/binary.*give a news article/);
      expect((err as Error).message).not.toContain('\n');
    }
  });

  it('as a string, makes the loader throw an InputError, not crash', () => {
    const text = String.fromCharCode(...randomBytes(4096, 99));
    expect(() => extractGraph(text)).toThrow(InputError);
  });
});

describe('fuzz: large and odd text', () => {
  it('5 MB of one repeated word finishes with no actor', SLOW, () => {
    const text = repeatedWord(5);
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(text.length).toBeLessThan(MAX_INPUT_BYTES);
    const r = extractGraph(checkInput(text));
    expect(r.graph.order).toBe(0);
    expect(r.graph.size).toBe(0);
  });

  it('1 MB without punctuation finishes and keeps every offset inside the text', SLOW, () => {
    const text = noPunctuation(1);
    expect(text).not.toMatch(/[.,;:!?"'\n]/);
    const r = extractGraph(checkInput(text));
    for (const m of r.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(r.text.length);
    }
    r.graph.forEachEdge((_e, a) => {
      for (const ev of a.evidence) expect(r.text.slice(ev.start, ev.end)).toBe(ev.text);
    });
  });

  it('unbalanced quotation marks finish and every evidence points at its sentence', SLOW, () => {
    const r = extractGraph(unbalancedQuotes(0.5));
    r.graph.forEachEdge((_e, a) => {
      expect(a.evidence.length).toBeGreaterThan(0);
      for (const ev of a.evidence) expect(r.text.slice(ev.start, ev.end)).toBe(ev.text);
    });
  });

  it('HTML with <script> finishes, runs no script and keeps no script text', SLOW, () => {
    const r = extractGraph(htmlWithScripts(2000));
    expect((globalThis as Record<string, unknown>).__fuzzScriptRan).toBeUndefined();
    expect(r.text).not.toContain('INJECTED');
    expect(r.text).not.toContain('__fuzzScriptRan');
    expect(r.text).toContain('Officials from France and Germany met in Paris on day 1999');
    expect(r.graph.hasNode('FRA')).toBe(true);
  });

  it('random mixes of letters, punctuation, quotes and brackets finish', SLOW, () => {
    const alphabet = 'aZ .,;:!?"“”‘’«»()[]<>{}—–-\n\t\'Mr. U.S. 1999 ';
    for (let seed = 1; seed <= 20; seed++) {
      const r = rng(seed);
      let s = 'Germany and France ';
      for (let i = 0; i < 20000; i++) s += alphabet[Math.floor(r() * alphabet.length)] ?? ' ';
      const out = extractGraph(s);
      expect(out.text.length).toBeGreaterThan(0);
    }
  });
});
