import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { SerializedGraph } from 'graphology-types';
import type { ActorAttributes, GraphAttributes, TieAttributes } from '../../src/graph/types';

type Json = SerializedGraph<ActorAttributes, TieAttributes, GraphAttributes>;

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI (several runs of one test go in parallel). */
function cli(args: string[], input?: string | Uint8Array): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, MAIN, ...args], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

const ARTICLE_A = `France and Germany pledge closer defence ties

PARIS — France and Germany signed a defence pact on Monday, officials said.

The French president welcomed the German chancellor in Paris, and the two leaders promised to work together on energy.
`;
const ARTICLE_B = `<html><head><title>Germany and Poland talk trade</title></head><body>
<article><h1>Germany and Poland talk trade</h1>
<p>Germany and Poland agreed on Tuesday to expand trade across their border, the two governments said.</p>
<script>globalThis.ran = true</script>
<p>Officials from Berlin travelled to Warsaw for the talks.</p></article></body></html>`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'entente-cli-'));
  writeFileSync(join(dir, 'a.txt'), ARTICLE_A);
  mkdirSync(join(dir, 'corpus', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'corpus', 'a.txt'), ARTICLE_A);
  writeFileSync(join(dir, 'corpus', 'sub', 'b.html'), ARTICLE_B);
  writeFileSync(join(dir, 'corpus', 'notes.md'), 'France and Germany are ignored here.');
  writeFileSync(join(dir, 'corpus', 'sub', 'empty.txt'), '  \n');
  writeFileSync(
    join(dir, 'corpus', 'zz-binary.txt'),
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]),
  );
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 0xff]));
  mkdirSync(join(dir, 'nothing'));
  writeFileSync(join(dir, 'nothing', 'readme.md'), 'no articles here');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Checks the CLI failed with one line on stderr and nothing on stdout. */
function expectOneLineError(r: Run, code: number, re: RegExp): void {
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^entente: /);
  expect(lines[0]).toMatch(re);
}

describe('cli extract', { timeout: 120_000 }, () => {
  it('--help explains the command, the options and the exit codes', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const word of [
      'extract PATH...',
      '--date',
      '--format',
      'gexf',
      'graphml',
      'csv',
      '-o',
      'Exit status',
      'stdin',
    ]) {
      expect(r.stdout).toContain(word);
    }
  });

  it('prints graphology JSON for one file, with article id and source', async () => {
    const r = await cli(['extract', 'a.txt', '--date', '2024-03-11']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as Json;
    expect(json.options).toMatchObject({ type: 'mixed', multi: true });
    expect(json.attributes?.articles?.[0]).toMatchObject({
      id: 'a.txt',
      source: 'a.txt',
      date: '2024-03-11',
    });
    const keys = json.nodes.map((n) => n.key);
    expect(keys).toEqual(expect.arrayContaining(['FRA', 'DEU']));
  });

  it('writes GEXF that reads back through graphology-gexf with the same counts', async () => {
    const json = JSON.parse((await cli(['extract', 'a.txt'])).stdout) as Json;
    const r = await cli(['extract', 'a.txt', '--format', 'gexf', '-o', 'out.gexf']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const back = parseGexf(Graph, readFileSync(join(dir, 'out.gexf'), 'utf8'));
    expect(back.order).toBe(json.nodes.length);
    expect(back.size).toBe(json.edges.length);
    expect(back.getNodeAttribute('FRA', 'label')).toBe('France');
  });

  it('writes well-formed GraphML and a CSV edge list', async () => {
    const json = JSON.parse((await cli(['extract', 'a.txt'])).stdout) as Json;
    const graphml = await cli(['extract', 'a.txt', '--format', 'graphml']);
    expect(graphml.code).toBe(0);
    const back = parseGraphml(Graph, graphml.stdout);
    expect(back.order).toBe(json.nodes.length);
    expect(back.size).toBe(json.edges.length);
    const csv = await cli(['extract', 'a.txt', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe(
      'source,target,type,weight,date,status,evidence_count,evidence,source_label,target_label,rules,correction',
    );
    expect(csv.stdout.trimEnd().split('\r\n').length).toBeGreaterThanOrEqual(json.edges.length + 1);
  });

  it('reads standard input for -', async () => {
    const r = await cli(['extract', '-'], ARTICLE_A);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Json;
    expect(json.attributes?.articles?.[0]?.id).toBe('stdin');
    expect(json.nodes.map((n) => n.key)).toContain('FRA');
  });

  it('merges a directory walked recursively, skipping bad files with a reason and summing up', async () => {
    const r = await cli(['extract', 'corpus']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Json;
    const ids = (json.attributes?.articles ?? []).map((a) => a.id).sort();
    expect(ids).toEqual(['corpus/a.txt', 'corpus/sub/b.html']);
    // Germany is in both articles: one node, mentioned in both.
    expect(json.nodes.filter((n) => n.key === 'DEU')).toHaveLength(1);
    expect(json.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(['FRA', 'DEU', 'POL']));
    const articlesOfEvidence = new Set(
      json.edges.flatMap((e) => (e.attributes?.evidence ?? []).map((ev) => ev.article)),
    );
    for (const a of articlesOfEvidence) expect(ids).toContain(a);
    expect(r.stderr).toMatch(/read 2 of 4 files/);
    expect(r.stderr).toMatch(/skipped 2/);
    expect(r.stderr).toMatch(/corpus\/zz-binary\.txt: the input looks binary/);
    expect(r.stderr).toMatch(/corpus\/sub\/empty\.txt: the input is empty/);
    expect(r.stderr).toMatch(/\d+ actors, \d+ ties/);
    expect(r.stderr).not.toContain('\r'); // no progress bar when stderr is not a terminal
    expect(r.stdout).not.toContain('globalThis.ran');
  });

  it('merges several files into one graph, and --quiet silences the summary', async () => {
    const r = await cli(['extract', 'a.txt', 'corpus/sub/b.html', '-q']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as Json;
    expect(json.attributes?.articles).toHaveLength(2);
  });

  /** Runs the cases in parallel and checks each failed with one line. */
  async function expectFailures(cases: [string[], string | undefined, number, RegExp][]): Promise<void> {
    const runs = await Promise.all(cases.map(([args, input]) => cli(args, input)));
    runs.forEach((r, i) => {
      const [, , code, re] = cases[i]!;
      expectOneLineError(r, code, re);
    });
  }

  it('fails with one line for a missing, empty or binary file named on the command line', async () => {
    await expectFailures([
      [['extract', 'missing.txt'], undefined, 1, /missing\.txt: no such file or directory: check the path/],
      [['extract', 'empty.txt'], undefined, 1, /empty\.txt: the input is empty.*give a news article/],
      [['extract', 'binary.txt'], undefined, 1, /binary\.txt: the input looks binary/],
      [['extract', 'a.txt', 'binary.txt'], undefined, 1, /binary\.txt/],
      [['extract', '-'], '', 1, /stdin: the input is empty/],
      [['extract', 'nothing'], undefined, 1, /nothing: no \.txt, \.html, \.htm files/],
    ]);
  });

  it('fails with one line and exit 2 for bad usage', async () => {
    await expectFailures([
      [['extract', 'a.txt', '--date', '2023-02-29'], undefined, 2, /bad date "2023-02-29".*YYYY-MM-DD/],
      [['extract', 'a.txt', '--date', '13/03/2024'], undefined, 2, /bad date/],
      [
        ['extract', 'a.txt', '--format', 'pdf'],
        undefined,
        2,
        /unknown format "pdf": use json, gexf, graphml, csv or neo4j/,
      ],
      [['extract', 'a.txt', '--colour'], undefined, 2, /--colour.*see --help/],
      [['extract'], undefined, 2, /at least one PATH/],
      [[], undefined, 2, /no command/],
      [['summarize', 'a.txt'], undefined, 2, /unknown command "summarize"/],
    ]);
  });

  it('fails with one line when the output cannot be written', async () => {
    await expectFailures([
      [
        ['extract', 'a.txt', '-o', 'no/such/dir/out.json'],
        undefined,
        1,
        /cannot write no\/such\/dir\/out\.json/,
      ],
    ]);
  });
});
