/**
 * The CLI on inputs that are not ordinary article files: a FIFO, a device, standard input
 * past the size limit, a text with one invalid UTF-8 byte, and a date in years 0000-0099.
 * Spawns the real CLI; time and peak memory are measured inside the child
 * (tests/cli/measured-main.mjs), so that they do not include starting tsx.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/extract/input';

const WRAPPER = join(import.meta.dirname, 'measured-main.mjs');
const TSX = pathToFileURL(
  join(import.meta.dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'loader.mjs'),
).href;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  rssMb: number;
}

let dir: string;
let runs = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'entente-limits-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI with `args`, feeding `stdin` (a stream, bytes, or nothing). */
function cli(args: string[], stdin?: Readable | Uint8Array): Promise<Run> {
  const measure = join(dir, `measure-${runs++}.json`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, WRAPPER, ...args], {
      cwd: dir,
      env: { ...process.env, ENTENTE_MEASURE_FILE: measure },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.on('error', () => undefined); // EPIPE once the CLI stops reading
    if (stdin instanceof Readable) stdin.pipe(child.stdin);
    else child.stdin.end(stdin ?? '');
    child.on('error', reject);
    child.on('close', (code) => {
      if (stdin instanceof Readable) stdin.destroy();
      try {
        const m = JSON.parse(readFileSync(measure, 'utf8')) as { ms: number; rssKb: number };
        resolve({ code, stdout, stderr, ms: m.ms, rssMb: m.rssKb / 1024 });
      } catch (e) {
        reject(new Error(`the CLI left no measure (${String(e)}): ${stderr}`));
      }
    });
  });
}

function expectOneLine(r: Run, code: number, re: RegExp): void {
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(re);
}

const ARTICLE =
  'France and Germany “signed” a defence pact in Paris on Monday, officials said.\n\nThe French president welcomed the German chancellor.\n';

describe('cli extract: inputs that are not article files', { timeout: 120_000 }, () => {
  it('refuses a FIFO at once with one line, without waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = await cli(['extract', fifo]);
    // No timing (the machine may be loaded): a CLI that waited for a writer would never exit,
    // and the test would fail on its timeout.
    expectOneLine(r, 1, /pipe\.txt: is a FIFO .*save the article to a file/);
    expect(r.rssMb).toBeLessThan(100);
  });

  it('refuses /dev/zero at once with one line, without reading it', async () => {
    const r = await cli(['extract', '/dev/zero']);
    // A CLI that read the device would stop at the size limit with another message, or grow.
    expectOneLine(r, 1, /\/dev\/zero: is a device/);
    expect(r.rssMb).toBeLessThan(100);
  });

  it('stops reading standard input past the size limit', async () => {
    let sent = 0;
    const chunk = Buffer.alloc(1 << 20, 'a');
    // An endless input: the CLI must stop on its own, after about the limit.
    const endless = new Readable({
      read() {
        sent += chunk.length;
        this.push(chunk);
      },
    });
    const r = await cli(['extract', '-'], endless);
    expectOneLine(r, 1, /stdin: the input is larger than the 10\.0 MB limit.*split it/);
    expect(sent).toBeLessThan(MAX_INPUT_BYTES + 8 * (1 << 20));
  });

  it('reads a text with one invalid UTF-8 byte, and warns how many bytes were replaced', async () => {
    const bytes = Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0xff]), Buffer.from(' More.\n')]);
    writeFileSync(join(dir, 'stray.txt'), bytes);
    const r = await cli(['extract', 'stray.txt']);
    expect(r.code).toBe(0);
    const graph = JSON.parse(r.stdout) as { nodes: { key: string }[] };
    expect(graph.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(['FRA', 'DEU']));
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^entente: warning: stray\.txt: 1 byte was not valid UTF-8 .*U\+FFFD/),
    ]);
  });

  it('accepts a publication date in years 0000-0099', async () => {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const r = await cli(['extract', 'a.txt', '--date', '0099-06-01']);
    expect(r.code).toBe(0);
    const graph = JSON.parse(r.stdout) as { attributes: { articles: { date?: string }[] } };
    expect(graph.attributes.articles[0]?.date).toBe('0099-06-01');
  });
});
