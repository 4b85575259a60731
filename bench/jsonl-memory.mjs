/**
 * Peak memory of `extract --jsonl` (node bench/jsonl-memory.mjs [LINES...]): JSON lines made
 * from the BBC corpus articles (cycled, each line its own id) through the built CLI, output
 * discarded; prints for each line count the peak RSS of the process and its live heap (the
 * largest heap still in use after the full collections forced once a second): both flat =
 * bounded memory.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const BBC = process.env.BENCH_CORPUS ?? join(ROOT, '..', 'shared', 'corpus', 'bbc');
const counts = process.argv.slice(2).map(Number);
const texts = readdirSync(BBC, { recursive: true })
  .map(String)
  .filter((n) => n.endsWith('.txt') && n.includes('/'))
  .sort()
  .map((n) => readFileSync(join(BBC, n), 'utf8'));

spawnSync(process.execPath, [join(ROOT, 'bin', 'entente.mjs'), '--help'], { stdio: 'ignore' });
for (const n of counts.length ? counts : [1000, 10000]) {
  const file = join(tmpdir(), `entente-jsonl-${n}.jsonl`);
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify({ id: `a${i}`, text: texts[i % texts.length] }),
  );
  writeFileSync(file, `${lines.join('\n')}\n`);
  // Every second a full collection, then the heap still in use: the largest is the live memory.
  const probe = [
    'let live = 0;',
    'setInterval(() => { globalThis.gc(); live = Math.max(live, process.memoryUsage().heapUsed); }, 1000).unref();',
    "process.on('exit', () => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + ' live ' + live + '\\n'));",
  ].join(' ');
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      `data:text/javascript,${encodeURIComponent(probe)}`,
      join(ROOT, 'dist-cli', 'main.mjs'),
      'extract',
      '--jsonl',
      file,
      '-o',
      '/dev/null',
    ],
    { encoding: 'utf8' },
  );
  const [, kb, live] = (/maxrss (\d+) live (\d+)/.exec(r.stderr) ?? []).map(Number);
  const secs = ((performance.now() - t) / 1000).toFixed(1);
  console.log(
    `${n} lines (${(lines.join('').length / 1048576).toFixed(1)} MB): peak RSS ${(kb / 1024).toFixed(0)} MB, live heap ${(live / 1048576).toFixed(1)} MB, ${secs} s, exit ${r.status}`,
  );
  rmSync(file);
}
