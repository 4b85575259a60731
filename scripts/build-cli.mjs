/**
 * Builds the command line once: src/cli/*.ts -> dist-cli/*.mjs with esbuild (one bundle per
 * entry, the loader and its word lists in a shared chunk loaded only when an article is read).
 * Run by `npm install` / `npm ci` (`prepare`) and by bin/entente.mjs when the sources are newer
 * than the build. `--quiet` prints nothing on success; `--outdir DIR` builds elsewhere (tests); `--debug` does not minify.
 * The build is written beside the output folder and moved into place at the end, so that a
 * CLI already running never reads a half-written folder.
 */
import { build } from 'esbuild';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const at = process.argv.indexOf('--outdir');
const OUT = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : join(ROOT, 'dist-cli');
const TMP = `${OUT}.${process.pid}.tmp`;
const started = performance.now();
await build({
  absWorkingDir: ROOT,
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  outdir: TMP,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // ES builds first: the CommonJS build of bullmq loses its named exports in a bundle.
  mainFields: ['module', 'main'],
  target: 'node20',
  // CommonJS dependencies bundled into ES modules still call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  legalComments: 'none',
  minify: !process.argv.includes('--debug'),
  logLevel: 'warning',
});
writeFileSync(join(TMP, 'package.json'), '{ "type": "module" }\n');
rmSync(OUT, { recursive: true, force: true });
renameSync(TMP, OUT);
if (!process.argv.includes('--quiet'))
  console.error(`entente: built dist-cli/ in ${Math.round(performance.now() - started)} ms`);
