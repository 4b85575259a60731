#!/usr/bin/env node
// Draws a seeded random sample of leader actors from a graph written by the CLI, each with one
// sentence that mentions it, to judge by hand whether the loader was right to call it a leader.
//
//   node scripts/leader-sample.mjs GRAPH.json CORPUS_FOLDER [--n 100] [--seed 7]
//
// The sentence is the evidence of a tie of the actor when it has one, else the first sentence of
// the corpus that contains its label.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : dflt;
};
const [graphFile, corpus] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!graphFile || !corpus) {
  console.error('usage: node scripts/leader-sample.mjs GRAPH.json CORPUS_FOLDER [--n 100] [--seed 7]');
  process.exit(2);
}
const n = opt('n', 100);
const seed = opt('seed', 7);

/** mulberry32: a small seeded generator, so that a sample can be drawn again. */
function random(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** The sentence of `text` around index i. */
function sentenceAt(text, i, len) {
  const before = text.slice(0, i);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
  const after = text.slice(i + len).search(/\.(?:\s|$)|\n/);
  const end = after < 0 ? text.length : i + len + after + 1;
  return text.slice(start, end).trim();
}

const graph = JSON.parse(readFileSync(graphFile, 'utf8'));
const leaders = graph.nodes.filter((x) => x.attributes.kind === 'leader');
const texts = files(corpus).map((f) => ({ f, text: readFileSync(f, 'utf8') }));
const rnd = random(seed);
const pool = [...leaders];
for (let k = 0; k < Math.min(n, pool.length); k++) {
  const at = k + Math.floor(rnd() * (pool.length - k));
  [pool[k], pool[at]] = [pool[at], pool[k]];
  const node = pool[k];
  const label = node.attributes.label;
  const edge = graph.edges.find((e) => e.source === node.key || e.target === node.key);
  let sentence = edge?.attributes.evidence?.[0]?.text;
  if (!sentence) {
    const hit = texts.find((t) => t.text.includes(label));
    sentence = hit ? sentenceAt(hit.text, hit.text.indexOf(label), label.length) : '(not found)';
  }
  console.log(`${String(k + 1).padStart(3)}. ${label}\n     ${sentence.replace(/\s+/g, ' ').slice(0, 300)}`);
}
console.log(`${Math.min(n, leaders.length)} of ${leaders.length} leaders, seed ${seed}`);
