import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedGraph } from 'graphology-types';
import type { ActorAttributes, GraphAttributes, TieAttributes } from '../../src/graph/types';

type Json = SerializedGraph<ActorAttributes, TieAttributes, GraphAttributes>;

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
const ARTICLE = join(ROOT, 'data', 'china-north-korea-russia.txt');

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, MAIN, ...args], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

const at = '2026-01-01T00:00:00Z';
const entries = [
  { id: '1', at, op: 'rename-actor', actor: 'PRK', label: 'DPRK' },
  { id: '2', at, op: 'delete-tie', tie: { type: 'sanction', source: 'org:united-nations', target: 'PRK' } },
  { id: '3', at, op: 'reverse-tie', tie: { type: 'visit', source: 'RUS', target: 'CHN' } },
  { id: '4', at, op: 'set-kind', actor: 'person:yun-sun', kind: 'organization' },
  { id: '5', at, op: 'delete-actor', actor: 'person:nobody-here' },
  { id: '6', at, op: 'set-kind', actor: 'CHN', kind: 'planet' },
];

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'entente-corrections-cli-'));
  writeFileSync(join(dir, 'log.json'), JSON.stringify({ entries, cursor: entries.length }));
  writeFileSync(
    join(dir, 'workspace.json'),
    JSON.stringify({
      format: 'entente-workspace',
      version: 1,
      articles: [],
      corrections: { entries: entries.slice(0, 1), cursor: 1 },
    }),
  );
  writeFileSync(join(dir, 'bad.json'), '{"entries": 3}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract --corrections', () => {
  it('applies a corrections log to the default article’s graph', async () => {
    const [plain, fixed] = await Promise.all([
      cli(['extract', ARTICLE, '-q']),
      cli(['extract', ARTICLE, '--corrections', 'log.json']),
    ]);
    expect(fixed.code).toBe(0);
    const before = JSON.parse(plain.stdout) as Json;
    const after = JSON.parse(fixed.stdout) as Json;
    const node = (g: Json, k: string) => g.nodes.find((n) => n.key === k)?.attributes;
    const edge = (g: Json, k: string) => g.edges.find((e) => e.key === k)?.attributes;
    expect(node(before, 'PRK')?.label).toBe('North Korea');
    expect(node(after, 'PRK')).toMatchObject({
      label: 'DPRK',
      corrected: true,
      correction: 'renamed from North Korea',
    });
    expect(edge(before, 'sanction:org:united-nations->PRK')).toBeDefined();
    expect(edge(after, 'sanction:org:united-nations->PRK')).toBeUndefined();
    expect(edge(after, 'visit:RUS->CHN')).toBeUndefined();
    expect(edge(after, 'visit:CHN->RUS')?.evidence).toEqual(edge(before, 'visit:RUS->CHN')?.evidence);
    expect(node(after, 'person:yun-sun')?.kind).toBe('organization');
    expect(after.nodes).toHaveLength(before.nodes.length);
    expect(after.edges).toHaveLength(before.edges.length - 1);
    expect(fixed.stderr).toMatch(/skipped corrections\.entries\[5\]\.kind/);
    expect(fixed.stderr).toMatch(
      /corrections: 4 applied, 1 inactive \(target not in this graph\), 1 skipped/,
    );
  });

  it('reads the corrections of a workspace file; a bad file stops the run', async () => {
    const [ws, bad, missing] = await Promise.all([
      cli(['extract', ARTICLE, '-q', '--corrections', 'workspace.json']),
      cli(['extract', ARTICLE, '--corrections', 'bad.json']),
      cli(['extract', ARTICLE, '--corrections', 'nope.json']),
    ]);
    expect((JSON.parse(ws.stdout) as Json).nodes.find((n) => n.key === 'PRK')?.attributes?.label).toBe(
      'DPRK',
    );
    expect(ws.stderr).toBe('');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /^entente: bad\.json: not a corrections file \(corrections\.entries must be an array/,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.json: cannot read the corrections file \(ENOENT\)/);
  });
});
