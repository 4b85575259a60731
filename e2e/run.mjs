#!/usr/bin/env node
/**
 * Browser tests: builds the site, serves it from a nested folder on 127.0.0.1, drives
 * Debian's /usr/bin/chromium through playwright-core (never downloads a browser) and runs
 * every e2e/*.spec.mjs. A spec exports `default` (or `tests`): an array of
 * `{ name, run(ctx) }`; see e2e/lib/context.mjs for what `ctx` offers.
 *
 *   npm run test:e2e                 all specs
 *   npm run test:e2e -- quote png    only tests whose "file: name" contains a word
 *   E2E_DIST=dist npm run test:e2e   reuse a build instead of building
 *
 * Prints `N passed, M failed` last and exits non-zero on failure.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { serveStatic } from './lib/server.mjs';
import { makeContext, CHROMIUM, CHROMIUM_ARGS } from './lib/context.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const resultsDir = join(root, 'test-results', 'e2e');
const filters = process.argv.slice(2).map((s) => s.toLowerCase());

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(`${CHROMIUM} not found: install Debian's chromium (apt-get install chromium).`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  mkdirSync(resultsDir, { recursive: true });

  let dist = process.env.E2E_DIST ? resolve(root, process.env.E2E_DIST) : '';
  let tmp = '';
  if (!dist) {
    tmp = mkdtempSync(join(tmpdir(), 'entente-e2e-'));
    dist = join(tmp, 'dist');
    console.log('building the site…');
    await build({ root, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  }
  // Served from a nested folder: the build must not assume it lives at the site root.
  const server = await serveStatic(dist, '/some/folder/entente/');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });

  const specs = readdirSync(join(root, 'e2e'))
    .filter((f) => f.endsWith('.spec.mjs'))
    .sort();
  let passed = 0;
  let failed = 0;
  const failures = [];
  try {
    for (const file of specs) {
      const mod = await import(pathToFileURL(join(root, 'e2e', file)).href);
      const tests = mod.default ?? mod.tests ?? [];
      for (const t of tests) {
        const full = `${file.replace(/\.spec\.mjs$/, '')}: ${t.name}`;
        if (filters.length && !filters.some((f) => full.toLowerCase().includes(f))) continue;
        const ctx = await makeContext({ browser, baseUrl: server.url, root, resultsDir, testName: full });
        const t0 = Date.now();
        try {
          await t.run(ctx);
          passed++;
          console.log(`  ✓ ${full} (${Date.now() - t0} ms)`);
        } catch (e) {
          failed++;
          failures.push({ full, e });
          console.log(`  ✗ ${full}`);
          console.log(
            `      ${String(e?.stack ?? e)
              .split('\n')
              .slice(0, 6)
              .join('\n      ')}`,
          );
          await ctx.shot('FAILED').catch(() => undefined);
          for (const line of ctx.consoleErrors) console.log(`      page error: ${line}`);
        } finally {
          await ctx.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
  if (failures.length) console.log(`\nfailed: ${failures.map((f) => f.full).join('; ')}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
