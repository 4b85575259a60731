/**
 * Runs the CLI (src/cli/main.ts) under `node --import tsx` and, at exit, writes the time since
 * this script started and the peak resident set size of this process (JSON: { ms, rssKb })
 * to the file named by ENTENTE_MEASURE_FILE. Used by tests/cli/input-limits.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const started = performance.now();
process.on('exit', () => {
  const out = process.env.ENTENTE_MEASURE_FILE;
  if (!out) return;
  const rssKb = process.resourceUsage().maxRSS;
  writeFileSync(out, JSON.stringify({ ms: performance.now() - started, rssKb }));
});
await import(pathToFileURL(join(import.meta.dirname, '..', '..', 'src', 'cli', 'main.ts')).href);
