/**
 * Seeded generators of hostile inputs, shared by the fuzz tests and the scaling benchmark.
 * `scale` multiplies the size, so that the benchmark can check linear growth.
 */

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export { mulberry32 as rng } from '../../src/graph/random';
import { mulberry32 as rng } from '../../src/graph/random';

/** `n` random bytes. */
export function randomBytes(n: number, seed: number): Uint8Array {
  const r = rng(seed);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(r() * 256);
  return out;
}

const MB = 1024 * 1024;

/** About `mb` megabytes of one word repeated. */
export function repeatedWord(mb = 5, word = 'diplomacy'): string {
  return `${word} `.repeat(Math.floor((mb * MB) / (word.length + 1)));
}

const WORDS = [
  'the',
  'minister',
  'of',
  'France',
  'met',
  'officials',
  'in',
  'Berlin',
  'and',
  'said',
  'talks',
  'with',
  'Germany',
  'President',
  'Smith',
  'visited',
  'Japan',
  'sanctions',
  'on',
  'Iran',
  'alliance',
  'United',
  'Nations',
];

/** About `mb` megabytes of seeded words, with no punctuation and no line break at all. */
export function noPunctuation(mb = 1, seed = 7): string {
  const r = rng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < mb * MB) {
    const w = WORDS[Math.floor(r() * WORDS.length)] ?? 'the';
    parts.push(w);
    size += w.length + 1;
  }
  return parts.join(' ');
}

/** Sentences with quotation marks that open and never close (straight and curly). */
export function unbalancedQuotes(mb = 0.5, seed = 11): string {
  const r = rng(seed);
  const opens = ['"', '“', '‘', '«', "'"];
  const parts: string[] = [];
  let size = 0;
  while (size < mb * MB) {
    const q = opens[Math.floor(r() * opens.length)] ?? '"';
    const s =
      r() < 0.5
        ? `The foreign minister of Germany said ${q}the talks with France were useful and `
        : `${q}We will not accept this, President Smith of Japan told reporters in Tokyo. `;
    parts.push(s);
    size += s.length;
    if (r() < 0.1) parts.push('\n\n');
  }
  return parts.join('');
}

/** An HTML page of `paragraphs` paragraphs, each followed by a script that must not run. */
export function htmlWithScripts(paragraphs = 2000): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    body.push(
      `<p>Officials from France and Germany met in Paris on day ${i} to discuss trade, the ministry said.</p>`,
      `<script>globalThis.__fuzzScriptRan = true; document.write("<p>INJECTED ${i}</p>");</script>`,
      `<p onmouseover="globalThis.__fuzzScriptRan = true"><img src=x onerror="globalThis.__fuzzScriptRan = true">Caption ${i}.</p>`,
    );
  }
  return `<!DOCTYPE html><html><head><title>Fuzz page</title><script>globalThis.__fuzzScriptRan = true;</script></head><body><article>${body.join('\n')}</article></body></html>`;
}
