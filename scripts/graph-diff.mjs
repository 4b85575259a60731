#!/usr/bin/env node
// Compares two graph JSON files (graphology export): node keys and kinds, edges and their
// evidence counts. Prints the differences (at most --max, default 20, of each class) and
// exits 1 when the graphs differ, 0 when they are the same.
//
//   node scripts/graph-diff.mjs before.json after.json [--max 50]
import { readFileSync } from 'node:fs';

const [a, b] = process.argv.slice(2).filter((x) => !x.startsWith('--'));
const maxAt = process.argv.indexOf('--max');
const max = maxAt > 0 ? Number(process.argv[maxAt + 1]) : 20;
if (!a || !b) {
  console.error('usage: node scripts/graph-diff.mjs before.json after.json [--max N]');
  process.exit(2);
}
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const nodes = (g) => new Map(g.nodes.map((n) => [n.key, n.attributes?.kind]));
const edges = (g) =>
  new Map(
    g.edges.map((e) => [
      `${e.attributes?.type} ${e.source} -> ${e.target}`,
      e.attributes?.evidence?.length ?? 0,
    ]),
  );
function diff(name, x, y) {
  const out = [];
  for (const k of x.keys()) if (!y.has(k)) out.push(`- ${name} ${k}`);
  for (const k of y.keys()) if (!x.has(k)) out.push(`+ ${name} ${k}`);
  for (const [k, v] of x) if (y.has(k) && y.get(k) !== v) out.push(`~ ${name} ${k}: ${v} -> ${y.get(k)}`);
  return out;
}
const A = read(a);
const B = read(b);
const d = [...diff('node', nodes(A), nodes(B)), ...diff('edge', edges(A), edges(B))];
console.log(
  `before: ${A.nodes.length} nodes, ${A.edges.length} edges; after: ${B.nodes.length} nodes, ${B.edges.length} edges`,
);
for (const line of d.slice(0, max)) console.log(line);
if (d.length > max) console.log(`… and ${d.length - max} more`);
console.log(d.length ? `${d.length} differences` : 'identical');
process.exit(d.length ? 1 : 0);
