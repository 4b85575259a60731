/** What every browser test gets: a fresh page and helpers. */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let expectedCache;

/**
 * The graph the loader produces for the default article, computed in Node with the same
 * `extractGraph` the page runs in its worker (through tsx).
 */
export async function expectedDefaultGraph(root) {
  if (!expectedCache) {
    const { tsImport } = await import('tsx/esm/api');
    const mod = await tsImport(join(root, 'src/extract/index.ts'), import.meta.url);
    const text = readFileSync(join(root, 'data/china-north-korea-russia.txt'), 'utf8');
    const r = mod.extractGraph(text, {
      articleId: 'default',
      source: 'data/china-north-korea-russia.txt',
      format: 'text',
    });
    const byType = {};
    r.graph.forEachEdge((_k, a) => (byType[a.type] = (byType[a.type] ?? 0) + 1));
    expectedCache = { order: r.graph.order, size: r.graph.size, byType, graph: r.graph.export() };
  }
  return expectedCache;
}

/**
 * @returns {Promise<{
 *   page: import('playwright-core').Page, context: import('playwright-core').BrowserContext,
 *   baseUrl: string, root: string, resultsDir: string, consoleErrors: string[],
 *   open(query?: string): Promise<void>, waitReady(): Promise<void>,
 *   shot(name: string): Promise<string>, expected(): ReturnType<typeof expectedDefaultGraph>,
 *   close(): Promise<void>
 * }>}
 */
export async function makeContext({ browser, baseUrl, root, resultsDir, testName }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  const slugName = testName
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  const ctx = {
    page,
    context,
    baseUrl,
    root,
    resultsDir,
    consoleErrors,
    /** Opens the explorer (with an optional `?query`) and waits until the graph is drawn. */
    async open(query = '') {
      await page.goto(baseUrl + query);
      await ctx.waitReady();
    },
    /** Waits until the page has read its article and exposed a drawn `window.cy`. */
    async waitReady() {
      await page.waitForFunction(
        () => document.querySelector('.app')?.getAttribute('data-status') !== 'loading' && !!window.cy,
        undefined,
        { timeout: 30000 },
      );
    },
    /** Screenshot under test-results/e2e/; returns its path. */
    async shot(name) {
      const path = join(resultsDir, `${slugName}--${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    expected: () => expectedDefaultGraph(root),
    close: () => context.close(),
  };
  return ctx;
}
