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

describe('fuzz: actors in hostile text', () => {
  it('random UTF-16 text gives an InputError or a graph, never a crash', () => {
    const r = rng(7);
    for (let k = 0; k < 20; k++) {
      let s = '';
      for (let i = 0; i < 5000; i++) s += String.fromCharCode(Math.floor(r() * 0x3000));
      try {
        expect(typeof extractGraph(s).text).toBe('string');
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
      }
    }
  });

  it('over 5 MB of one state name finishes with at most one actor', SLOW, () => {
    expect(extractGraph('Sudan '.repeat(850_000)).graph.order).toBeLessThanOrEqual(1);
  });

  it('an article over 5 MB is read whole, not truncated', SLOW, () => {
    const input = 'Peru and Chile signed a trade pact in Lima on Monday.\n\n'.repeat(100_000);
    expect(input.length).toBeGreaterThan(5_000_000);
    const out = extractGraph(input);
    expect(out.text.length).toBeGreaterThan(5_000_000);
    expect(out.warnings.join(' ')).not.toMatch(/truncat/);
  });

  it('1 MB of names, titles and trigger words with no punctuation keeps its text', SLOW, () => {
    const r = rng(3);
    const words = ['Chile', 'Peru', 'Minister', 'Rosa', 'Quintero', 'said', 'the', 'alliance', 'visit'];
    words.push('sanctions', 'and', 'of', 'University', 'Center', '“');
    const parts: string[] = [];
    let n = 0;
    while (n < 1_000_000) {
      const w = words[Math.floor(r() * words.length)] ?? 'the';
      parts.push(w);
      n += w.length + 1;
    }
    expect(extractGraph(parts.join(' ')).text.length).toBeGreaterThan(900_000);
  });

  it('nested and unbalanced quotes around actors keep every evidence on its sentence', () => {
    const text = `Peru said “${'the talks go on, '.repeat(5000)} and Chile “agreed. ”” " “ ”`;
    const out = extractGraph(`${text}\n\n${'“Bolivia '.repeat(20000)}`);
    out.graph.forEachEdge((_e, a) => {
      for (const ev of a.evidence) expect(out.text.slice(ev.start, ev.end)).toBe(ev.text);
    });
  });

  it('HTML with a script around a real tie keeps the tie and drops the script', () => {
    const out = extractGraph(
      '<html><body><script>alert("Chile")</script><p>Peru and Bolivia signed a friendship treaty on Monday in Lima, officials said.</p></body></html>',
    );
    expect(out.text).not.toContain('alert');
    expect(out.graph.hasNode('PER')).toBe(true);
  });
});
