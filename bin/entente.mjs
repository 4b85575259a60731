#!/usr/bin/env node
/**
 * The `entente` command: runs the built CLI (dist-cli/main.mjs). When the build is missing or
 * older than the sources (a checkout being edited), it is rebuilt first (esbuild, about a
 * second); when it cannot be built, the sources run under tsx.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..');
const BUILT = join(ROOT, 'dist-cli', 'main.mjs');
const SOURCES = ['src/cli', 'src/extract', 'src/graph', 'data/lexicon', 'data/gazetteer', 'data/rules'];

/** Newest modification time (ms) of the files the CLI is built from; 0 when there are none. */
function newestSource() {
  let newest = 0;
  for (const dir of SOURCES) {
    const abs = join(ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs, { recursive: true })) {
      const t = statSync(join(abs, String(name))).mtimeMs;
      if (t > newest) newest = t;
    }
  }
  return newest;
}

function fresh() {
  if (!existsSync(BUILT)) return false;
  return statSync(BUILT).mtimeMs >= newestSource();
}

function rebuild() {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return r.status === 0 && existsSync(BUILT);
}

if (fresh() || rebuild()) {
  await import(pathToFileURL(BUILT).href);
} else {
  process.stderr.write('entente: the CLI could not be built (see above): running the sources with tsx\n');
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs');
  const args = ['--import', pathToFileURL(tsx).href, join(ROOT, 'src', 'cli', 'main.ts')];
  const r = spawnSync(process.execPath, [...args, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 3;
}
