/**
 * Robustness: pathological inputs go through without exceptions (other than a clear
 * InputError for non-text) and without catastrophic backtracking. No timing assertions:
 * the inputs are large enough that a quadratic stage would not finish within the
 * test runner's timeout.
 */
import { describe, expect, it } from 'vitest';
import { extractGraph, InputError } from '../../src/extract';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('fuzz', () => {
  it('random bytes give an InputError or a graph, never a crash', () => {
    const r = rng(7);
    for (let k = 0; k < 20; k++) {
      let s = '';
      for (let i = 0; i < 5000; i++) s += String.fromCharCode(Math.floor(r() * 0x3000));
      try {
        const out = extractGraph(s);
        expect(typeof out.text).toBe('string');
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
      }
    }
  });

  it('5 MB of one repeated word', () => {
    const out = extractGraph('Sudan '.repeat(850_000));
    expect(out.graph.order).toBeLessThanOrEqual(1);
  });

  it('1 MB of capitalized words with no punctuation', () => {
    const r = rng(3);
    const words = [
      'Chile',
      'Peru',
      'Minister',
      'Rosa',
      'Quintero',
      'said',
      'the',
      'alliance',
      'visit',
      'sanctions',
      'and',
      'of',
      'University',
      'Center',
      '“',
    ];
    const parts: string[] = [];
    let n = 0;
    while (n < 1_000_000) {
      const w = words[Math.floor(r() * words.length)] ?? 'the';
      parts.push(w);
      n += w.length + 1;
    }
    const out = extractGraph(parts.join(' '));
    expect(out.text.length).toBeGreaterThan(900_000);
  });

  it('unbalanced quotation marks and long quotes', () => {
    const text = `Peru said “${'the talks go on, '.repeat(5000)} and Chile “agreed. ”” " “ ”`;
    const out = extractGraph(`${text}\n\n${'“Bolivia '.repeat(20000)}`);
    out.graph.forEachEdge((_e, a) => {
      for (const ev of a.evidence) expect(out.text.slice(ev.start, ev.end)).toBe(ev.text);
    });
  });

  it('HTML with a script: the script is never text', () => {
    const out = extractGraph(
      '<html><body><script>alert("Chile")</script><p>Peru and Bolivia signed a friendship treaty on Monday in Lima, officials said.</p></body></html>',
    );
    expect(out.text).not.toContain('alert');
    expect(out.graph.hasNode('PER')).toBe(true);
  });
});
