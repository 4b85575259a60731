/**
 * Browser tests of durability: what the page reports as done is already stored, so a reload
 * right after it (no waiting for a save) finds it again. Each test gets a fresh browser
 * context (an empty IndexedDB) and opens on the default article.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FROM = 'org:center-for-international-cooperation';
const INTO = 'org:institute-for-national-security-strategy';

/** The header's subtitle: an article's title, or "N articles". */
const subtitle = (page) => page.locator('.subtitle').textContent();

export default [
  {
    name: 'a pasted article is kept by a reload made as soon as the dialog closes',
    async run(ctx) {
      const { page } = ctx;
      const text = readFileSync(join(ctx.root, 'e2e/fixtures/pasted.txt'), 'utf8');
      await ctx.open();
      await page.getByRole('button', { name: 'Load article' }).click();
      const dialog = page.getByRole('dialog', { name: 'Load an article' });
      await dialog.getByLabel('Article text').fill(text);
      await dialog.getByLabel('Merge into graph').check();
      await dialog.getByRole('button', { name: 'Load article' }).click();
      await dialog.waitFor({ state: 'detached' });
      // At once: no waiting for the drawing or for a save.
      await page.reload();
      await ctx.waitReady();
      await page.waitForFunction(() => document.querySelector('.subtitle')?.textContent !== '');
      assert.equal(await subtitle(page), '2 articles', 'the pasted article survived the reload');
      assert.deepEqual(ctx.consoleErrors, []);
    },
  },
  {
    name: 'a merge correction is kept by a reload made as soon as it shows',
    async run(ctx) {
      const { page } = ctx;
      const exp = await ctx.expected();
      const intoLabel = exp.graph.nodes.find((n) => n.key === INTO).attributes.label;
      await ctx.open(`?sel=n:${encodeURIComponent(FROM)}`);
      const box = page.locator('.details .panel-body details.correct-box', { hasText: 'Correct this actor' });
      await box.locator('summary').click();
      await box.getByLabel('Merge into').selectOption({ label: intoLabel });
      await box.getByRole('button', { name: 'Merge' }).click();
      await page.locator('.corrections-list li').first().waitFor();
      await page.reload();
      await ctx.waitReady();
      await page.waitForFunction((k) => window.cy.getElementById(k).length === 0, FROM, { timeout: 10000 });
      assert.equal(
        await page.locator('.corrections-list li').count(),
        1,
        'the correction survived the reload',
      );
      assert.deepEqual(ctx.consoleErrors, []);
    },
  },
  {
    name: 'an imported workspace file is kept by a reload made as soon as it is listed',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open();
      const toggle = page.getByRole('button', { name: /^. Workspace · / });
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      const file = await ctx.download(() => page.getByRole('button', { name: 'Export workspace' }).click());
      const saved = JSON.parse(file.data.toString('utf8'));
      // The same workspace twice over, under a second article id.
      const first = saved.articles[0];
      const copy = JSON.parse(
        JSON.stringify(first).replaceAll(`"article":"${first.meta.id}"`, '"article":"copy"'),
      );
      copy.meta = { ...copy.meta, id: 'copy', title: 'A copy' };
      const twice = { ...saved, articles: [...saved.articles, copy] };
      await page.getByLabel('Import workspace file').setInputFiles({
        name: 'twice.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(twice)),
      });
      await page.waitForFunction(() => document.querySelectorAll('.ws-article').length === 2);
      await page.reload();
      await ctx.waitReady();
      await page.waitForFunction(() => document.querySelector('.subtitle')?.textContent !== '');
      assert.equal(await subtitle(page), '2 articles', 'the imported workspace survived the reload');
      assert.deepEqual(ctx.consoleErrors, []);
    },
  },
];
