/**
 * The built CLI (scripts/build-cli.mjs, as `npm install` builds it): start-up, --jobs,
 * extract --jsonl and merge, run as whole processes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, buildCli, ROOT, run, writeCorpus } from './built';
import type { Run } from './built';

type Graph = { attributes: { articles: { id: string }[] } };
let dir: string;
let main: string;

const cli = (args: string[], input?: string): Promise<Run> =>
  run(process.execPath, [main, ...args], { cwd: dir, ...(input === undefined ? {} : { input }) });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'entente-scale-'));
  main = await buildCli(dir);
  writeCorpus(join(dir, 'corpus'), 12);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built CLI', () => {
  it('answers --help and extracts the sample article as the sources do', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--jobs N/);
    const r = await cli([
      'extract',
      join(ROOT, 'data', 'china-north-korea-russia.txt'),
      '--date',
      '2024-04-12',
    ]);
    expect(r.code).toBe(0);
    const g = JSON.parse(r.stdout) as { nodes: { key: string }[] };
    expect(g.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(['CHN', 'PRK', 'RUS']));
  });

  it('loads the HTML reader and the XML writers only for an article or a format that needs them', async () => {
    // NODE_DEBUG=esm names every module the process loads.
    const env = { ...process.env, NODE_DEBUG: 'esm' };
    const opts = { cwd: dir, env };
    const html = `<html><head><title>Talks</title></head><body><p>${ARTICLE.slice(0, 2000)}</p></body></html>`;
    writeFileSync(join(dir, 'page.html'), html);
    const text = await run(
      process.execPath,
      [main, 'extract', join(ROOT, 'data', 'china-north-korea-russia.txt')],
      opts,
    );
    const page = await run(process.execPath, [main, 'extract', 'page.html', '--format', 'gexf'], opts);
    expect(text.code).toBe(0);
    expect(page.code).toBe(0);
    expect(text.stderr).not.toMatch(/\/html-\w+\.mjs/);
    expect(text.stderr).not.toMatch(/\/formats-\w+\.mjs/);
    expect(page.stderr).toMatch(/\/html-\w+\.mjs/);
    expect(page.stderr).toMatch(/\/formats-\w+\.mjs/);
  });

  it('--jobs 2 writes byte for byte what --jobs 1 writes, on threads', async () => {
    const one = await cli(['extract', 'corpus', '--jobs', '1', '-q']);
    const two = await cli(['extract', 'corpus', '--jobs', '2', '-q']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect((JSON.parse(one.stdout) as Graph).attributes.articles).toHaveLength(12);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe('extract --jsonl and merge', () => {
  const lines = (): string =>
    [
      JSON.stringify({ id: 'one', text: ARTICLE.slice(0, 2500), date: '2024-04-12' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'two', html: `<html><body><p>${ARTICLE.slice(2500, 5000)}</p></body></html>` }),
      JSON.stringify({ id: 'three', text: ARTICLE.slice(5000), source: 'https://example.org/3' }),
    ].join('\n');

  it('writes one graph per line in input order, and names a bad line without stopping', async () => {
    const r = await cli(['extract', '--jsonl', '-'], lines());
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(3);
    const ids = out.map(
      (l) => (JSON.parse(l) as { attributes: { articles: { id: string }[] } }).attributes.articles[0]!.id,
    );
    expect(ids).toEqual(['one', 'two', 'three']);
    expect(r.stderr).toMatch(/^entente: line 2: not JSON/m);
    expect(r.stderr).toMatch(/3 graphs written, 1 bad line/);
  });

  it('merges JSON lines and JSON files to the same graph whatever the order and grouping', async () => {
    const r = await cli(['extract', '--jsonl', '-', '-q'], lines());
    const [a, b, c] = r.stdout.trimEnd().split('\n');
    writeFileSync(join(dir, 'ab.jsonl'), `${a}\n${b}\n`);
    writeFileSync(join(dir, 'c.json'), JSON.stringify(JSON.parse(c!), null, 2));
    writeFileSync(join(dir, 'bc.jsonl'), `${b}\n${c}\n`);
    writeFileSync(join(dir, 'a.json'), a!);
    const left = await cli(['merge', 'ab.jsonl', 'c.json', '-q']);
    expect(left.code).toBe(0);
    writeFileSync(join(dir, 'abc.json'), left.stdout);
    const right = await cli(['merge', 'a.json', 'bc.jsonl', '-q']);
    const reversed = await cli(['merge', '-', '-q'], `${c}\n${b}\n${a}\n`);
    const again = await cli(['merge', 'abc.json', 'a.json', '-q']);
    expect((JSON.parse(left.stdout) as Graph).attributes.articles).toHaveLength(3);
    expect(right.stdout).toBe(left.stdout);
    expect(reversed.stdout).toBe(left.stdout);
    expect(again.stdout).not.toBe('');
  });

  it('refuses a graph that does not read, naming the file and line', async () => {
    writeFileSync(join(dir, 'bad.jsonl'), '{"nodes": [], "edges": []}\n{"nodes": 3}\n');
    const r = await cli(['merge', 'bad.jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^entente: bad\.jsonl line 2 is not a valid Entente graph/);
  });
});
