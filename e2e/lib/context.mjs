/** What every browser test gets: a fresh page and helpers. */
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';

export { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

let expectedCache;
let loader;

/** Runs the loader in Node (through tsx) and summarizes the graph it returns. */
export async function extractInNode(root, text, options = {}) {
  if (!loader) {
    const { tsImport } = await import('tsx/esm/api');
    loader = await tsImport(join(root, 'src/extract/index.ts'), import.meta.url);
  }
  const r = loader.extractGraph(text, options);
  const byType = {};
  r.graph.forEachEdge((_k, a) => (byType[a.type] = (byType[a.type] ?? 0) + 1));
  return {
    order: r.graph.order,
    size: r.graph.size,
    byType,
    nodes: r.graph.nodes().sort(),
    graph: r.graph.export(),
    text: r.text,
  };
}

/**
 * The graph the loader produces for the default article, computed in Node with the same
 * `extractGraph` the page runs in its worker (through tsx).
 */
export async function expectedDefaultGraph(root) {
  expectedCache ??= extractInNode(
    root,
    readFileSync(join(root, 'data/china-north-korea-russia.txt'), 'utf8'),
    {
      articleId: 'default',
      source: 'data/china-north-korea-russia.txt',
      format: 'text',
    },
  );
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
    /** Saves a file under test-results/e2e/ (for looking at exports). */
    writeResult(name, data) {
      const path = join(resultsDir, `${slugName}--${name}`);
      writeFileSync(path, data);
      return path;
    },
    expected: () => expectedDefaultGraph(root),
    /** The loader's graph for `text`, computed in Node. */
    extract: (text, options) => extractInNode(root, text, options),
    /** Clicks an element and returns the file it downloads. */
    async download(click) {
      const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
      return { name: dl.suggestedFilename(), data: readFileSync(await dl.path()) };
    },
    close: () => context.close(),
  };
  return ctx;
}
