#!/usr/bin/env node
// Scores every story of an eval folder twice: as published (often one paragraph) and split
// into paragraphs at sentence ends outside quotations. Both must score alike: the loader must
// not depend on how a page was broken into paragraphs.
//
//   node scripts/paragraph-check.mjs [FOLDER] [--max-gap POINTS]
//
// FOLDER defaults to ../shared/eval/real. Exit code 1 when a story's two scores differ by more
// than --max-gap points (default 3), or when a story yields an empty graph.
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const folder =
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--max-gap') ?? '../shared/eval/real';
const gapAt = args.indexOf('--max-gap');
const maxGap = gapAt >= 0 ? Number(args[gapAt + 1]) : 3;
const { abbreviations } = JSON.parse(
  readFileSync(new URL('../data/lexicon/sentences.json', import.meta.url), 'utf8'),
);
const abbrev = new Set(abbreviations.map((a) => a.toLowerCase()));

const OPEN = new Set(['“', '«']);
const CLOSE = new Set(['”', '»']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** Whether the period at `i` ends an abbreviation or an initial ("U.S.", "Mr.", "J."). */
function isAbbreviation(text, i) {
  let j = i;
  while (j > 0 && /[\p{L}.]/u.test(text[j - 1])) j--;
  const w = text.slice(j, i).toLowerCase().replace(/^\.+/, '');
  return abbrev.has(w) || /^\p{L}$/u.test(w) || /^(?:\p{L}\.)+\p{L}$/u.test(w);
}

/**
 * A closing curly quote closes the quotation that is open, whichever mark opened it: pages mix
 * them ("... with him.” after a straight opening quote).
 */
function closeQuote(depth, straight) {
  return straight ? [depth, false] : [Math.max(0, depth - 1), false];
}

/** Splits one paragraph at sentence ends that are outside a quotation. */
export function splitOutsideQuotes(text) {
  let depth = 0;
  let straight = false;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    out += ch;
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) [depth, straight] = closeQuote(depth, straight);
    else if (ch === '"') straight = !straight;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    const stop = i;
    let j = i + 1;
    let closedQuote = false;
    while (j < text.length && CLOSERS.has(text[j])) {
      if (CLOSE.has(text[j])) [depth, straight] = closeQuote(depth, straight);
      else if (text[j] === '"') straight = !straight;
      if (CLOSE.has(text[j]) || text[j] === '"') closedQuote = true;
      out += text[j++];
    }
    i = j - 1;
    if (depth > 0 || straight) continue;
    const m = /^ +(?=[\p{Lu}\p{N}“"])/u.exec(text.slice(j, j + 4));
    if (!m || (ch === '.' && !closedQuote && isAbbreviation(text, stop))) continue;
    out += '\n\n';
    i = j + m[0].length - 1;
  }
  return out;
}

function header(raw) {
  const lines = raw.split('\n');
  let i = 0;
  while (i < lines.length && lines[i].startsWith('# ')) i++;
  return { head: lines.slice(0, i).join('\n'), body: lines.slice(i).join('\n').replace(/^\n+/, '') };
}

function evalFolder(dir) {
  const res = spawnSync('node', ['../shared/eval/run.mjs', dir, '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (res.status !== 0) throw new Error(res.stderr);
  return JSON.parse(
    res.stdout
      .trim()
      .split('\n')
      .find((l) => l.startsWith('[')),
  );
}

/** Scores the folder both ways and prints the gaps. */
function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'paragraphs-'));
  try {
    const split = join(tmp, 'split');
    spawnSync('mkdir', ['-p', split]);
    let paragraphs = 0;
    for (const g of readdirSync(folder).filter((f) => f.endsWith('.gold.json'))) {
      const name = basename(g, '.gold.json');
      copyFileSync(join(folder, g), join(split, g));
      const { head, body } = header(readFileSync(join(folder, `${name}.txt`), 'utf8'));
      const parts = body.split(/\n\s*\n/).map((p) => splitOutsideQuotes(p.trim()));
      paragraphs += parts.join('\n\n').split('\n\n').length;
      writeFileSync(join(split, `${name}.txt`), `${head}\n\n${parts.join('\n\n')}\n`);
    }
    const asIs = evalFolder(folder);
    const byName = new Map(evalFolder(split).map((r) => [r.name, r]));
    let bad = 0;
    console.log(`${'article'.padEnd(60)} published  split   gap`);
    for (const r of asIs) {
      const s = byName.get(r.name);
      const a = 100 * r.overall;
      const b = 100 * (s?.overall ?? 0);
      const flag = Math.abs(a - b) > maxGap || r.error || s?.error || a === 0 || b === 0;
      if (flag) bad++;
      console.log(
        `${r.name.slice(0, 60).padEnd(60)} ${a.toFixed(1).padStart(8)} ${b.toFixed(1).padStart(6)} ${(b - a).toFixed(1).padStart(5)}${flag ? '  !' : ''}`,
      );
    }
    const mean = (rows) => rows.reduce((x, r) => x + 100 * (r.overall ?? 0), 0) / rows.length;
    console.log(
      `mean published ${mean(asIs).toFixed(1)}, split ${mean([...byName.values()]).toFixed(1)} (${paragraphs} paragraphs); ${bad} stories off by more than ${maxGap} points or empty`,
    );
    process.exitCode = bad > 0 ? 1 : 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
