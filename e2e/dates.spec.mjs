/** Browser tests of publication-date fallback and the date/article filters in the URL (issue #12). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const visibleEdges = (page) => page.evaluate(() => window.cy.edges(':visible').length);

/** Merges the pasted fixture, published on `date`, into the default article's graph. */
async function mergePasted(ctx, date) {
  const page = ctx.page;
  await page.getByRole('button', { name: 'Load article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Load an article' });
  await dialog
    .getByLabel('Article text')
    .fill(readFileSync(join(ctx.root, 'e2e/fixtures/pasted.txt'), 'utf8'));
  await dialog.getByLabel('Publication date (optional)').fill(date);
  await dialog.getByLabel('Merge into graph').check();
  await dialog.getByRole('button', { name: 'Load article' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByLabel('Article shown').waitFor();
}

async function openStrip(page) {
  const toggle = page.getByRole('button', { name: /Workspace ·/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

export default [
  {
    name: 'undated ties fall back to their article’s publication date on the timeline and in the filter',
    async run(ctx) {
      await ctx.open();
      const page = ctx.page;
      await mergePasted(ctx, '2025-02-01');
      await openStrip(page);
      const note = page.locator('.ws-timeline-note');
      await note.waitFor();
      assert.match(await note.textContent(), /\(\d+ by their article’s publication date\)/);
      assert.match(await page.locator('.ws-pubdates').textContent(), /2024-04-12 · 2025-02-01/);
      assert.match(
        await page.locator('.ws-axis span').last().textContent(),
        /^2025-/,
        'the timeline reaches 2025',
      );
      const all = await visibleEdges(page);
      await page.getByLabel('From date').fill('2025-01-01');
      await page.waitForFunction((n) => window.cy.edges(':visible').length < n, all);
      const shown = await visibleEdges(page);
      assert.ok(shown > 0, 'the 2025 article’s ties, dated by its publication, stay visible');
      await ctx.shot('from-2025');
    },
  },
  {
    name: 'the date range and the article filter are in the URL and come back on reload',
    async run(ctx) {
      await ctx.open();
      const page = ctx.page;
      await mergePasted(ctx, '2025-02-01');
      await openStrip(page);
      await page.getByLabel('From date').fill('2024-01-01');
      await page.getByLabel('To date').fill('2024-12-31');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2024-12-31');
      assert.equal(new URL(page.url()).searchParams.get('from'), '2024-01-01');
      const checks = page.locator('.ws-article input[type="checkbox"]');
      await checks.last().uncheck();
      await page.waitForFunction(() => new URL(location.href).searchParams.has('hide'));
      assert.equal(new URL(page.url()).searchParams.get('hide')?.length > 0, true);

      // A fresh browser (no saved workspace) opening a link gets the range from the URL alone.
      const fresh = await ctx.context.browser().newContext({ viewport: { width: 1440, height: 900 } });
      try {
        const other = await fresh.newPage();
        const base = new URL(page.url());
        await other.goto(`${base.origin}${base.pathname}?from=2024-04-12&to=2024-04-12&hide=nothing`);
        await other.waitForFunction(() => !!window.cy && window.cy.nodes().length > 0, undefined, {
          timeout: 30000,
        });
        await openStrip(other);
        await other.waitForFunction(
          () => document.querySelector('input[aria-label="From date"]')?.value === '2024-04-12',
        );
        assert.equal(await other.getByLabel('To date').inputValue(), '2024-04-12');
        const total = await other.evaluate(() => window.cy.edges().length);
        await other.waitForFunction((n) => window.cy.edges(':visible').length < n, total);
      } finally {
        await fresh.close();
      }
    },
  },
];
