/**
 * Browser tests of issue 14's data-loss items: a save that fails leaves the stored
 * workspace as it was, and a reload in the middle of a multi-file ingest keeps every
 * article listed before it and says what was not finished. The articles are short texts
 * written here; each test gets a fresh browser context, hence an empty IndexedDB.
 */
import assert from 'node:assert/strict';

const ARTICLES = [
  {
    name: 'sanction.txt',
    text: 'Canada imposed sanctions on Iran on 4 March 2024, Canadian Foreign Minister Mary Brook said.\n\nBrazil and Argentina signed a cooperation pact.',
  },
  {
    name: 'nordic.txt',
    text: 'Norway and Sweden agreed to work together on defence.\n\nThe prime minister of Norway visited Finland last week.',
  },
];
const SANCTION = 'sanction:CAN->IRN';

const asFile = ({ name, text }) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

const PAIRS = [
  ['Brazil', 'Argentina'],
  ['Norway', 'Sweden'],
  ['Japan', 'Australia'],
  ['Kenya', 'Ethiopia'],
  ['Chile', 'Peru'],
];
/** `n` distinct short articles (each a different text, hence a different id). */
const manyArticles = (n) =>
  Array.from({ length: n }, (_, i) => {
    const [a, b] = PAIRS[i % PAIRS.length];
    return {
      name: `report-${String(i).padStart(3, '0')}.txt`,
      text: `Report ${i} on ${a} and ${b}.\n\n${a} and ${b} signed a cooperation pact, officials said in report ${i}.\n\nThe president of ${a} visited ${b} to discuss trade and security.`,
    };
  });

async function openStrip(page) {
  const toggle = page.getByRole('button', { name: /^. Workspace · / });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** The article count the strip's toggle shows ("Workspace · 3 articles"). */
async function listedCount(page) {
  const text = await page.getByRole('button', { name: /^. Workspace · / }).textContent();
  return Number(/· (\d+) article/.exec(text)?.[1] ?? NaN);
}

const titles = (page) => page.locator('.ws-article-title').allTextContents();
const banner = (page) => page.locator('.ws-error');

/** Reloads and waits until the stored workspace is listed again. */
async function reloaded(ctx, count) {
  await ctx.page.reload();
  await ctx.waitReady();
  await openStrip(ctx.page);
  if (count !== undefined)
    await ctx.page.waitForFunction((n) => document.querySelectorAll('.ws-article').length === n, count, {
      timeout: 30000,
    });
}

/** Opens the page with the default article plus the two short articles, all stored. */
async function threeStored(ctx) {
  const { page } = ctx;
  await ctx.open();
  await openStrip(page);
  await page.getByLabel('Choose article files to add').setInputFiles(ARTICLES.map(asFile));
  await page
    .locator('.ws-ingest-status')
    .filter({ hasText: /^Done:/ })
    .waitFor({ timeout: 60000 });
  await reloaded(ctx, 3);
  await page.waitForFunction((k) => !!window.cy.getElementById(k).length, SANCTION);
  return titles(page);
}

export default [
  {
    name: 'a save whose put throws leaves the stored workspace as it was, after a reload',
    async run(ctx) {
      const { page } = ctx;
      const before = await threeStored(ctx);
      const sanctionTitle = before.find((t) => /Canada/.test(t));
      assert.ok(sanctionTitle, `the sanction article is listed: ${before.join(' | ')}`);
      // Every later write of the order record throws, inside the save's transaction.
      await page.evaluate(() => {
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (...args) {
          if (this.name === 'state' && args[1] === 'order')
            throw new DOMException('stubbed', 'QuotaExceededError');
          return put.apply(this, args);
        };
      });
      await page.getByRole('button', { name: `Remove “${sanctionTitle}”` }).click();
      await page.waitForFunction(() => document.querySelectorAll('.ws-article').length === 2);
      await banner(page).waitFor();
      const message = await banner(page).textContent();
      assert.match(
        message,
        /The workspace could not be saved \(.*stubbed.*\)\. The previously saved version is kept/,
      );
      await ctx.shot('save-failed');

      await reloaded(ctx, 3);
      assert.deepEqual(await titles(page), before, 'the same articles, in the same order');
      await page.waitForFunction((k) => !!window.cy.getElementById(k).length, SANCTION);
      assert.equal(await banner(page).count(), 0, 'no message after a clean reload');
      await ctx.shot('reloaded');
    },
  },
  {
    name: 'an imported workspace with a 10,000-deep attribute is refused, and the stored one stays',
    async run(ctx) {
      const { page } = ctx;
      const before = await threeStored(ctx);
      const file = await ctx.download(() => page.getByRole('button', { name: /Export workspace/ }).click());
      const deep = file.data
        .toString('utf8')
        .replace('"meta":{', `"meta":{"extra":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)},`);
      await page
        .getByLabel('Import workspace file')
        .setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(deep) });
      await banner(page).waitFor();
      assert.match(
        await banner(page).textContent(),
        /Not a valid Entente workspace: articles\[0\]\.meta\.extra nests deeper than 32 levels/,
      );
      assert.deepEqual(await titles(page), before, 'the page still lists the same articles');
      await ctx.shot('import-refused');
      await reloaded(ctx, 3);
      assert.deepEqual(await titles(page), before);
      await page.waitForFunction((k) => !!window.cy.getElementById(k).length, SANCTION);
    },
  },
  {
    name: 'a reload 300 ms into a 400-file ingest keeps every listed article and says what was not finished',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open();
      await openStrip(page);
      await page.waitForFunction(() => document.querySelectorAll('.ws-article').length === 1);
      const files = manyArticles(400).map(asFile);
      await page.getByLabel('Choose article files to add').setInputFiles(files);
      await page
        .locator('.ws-ingest-status')
        .filter({ hasText: /^Reading/ })
        .waitFor();
      await page.waitForTimeout(300);
      // Past 300 ms, once a first batch is listed (the strip lists the stored ones in batches).
      await page.waitForFunction(() => document.querySelectorAll('.ws-article').length > 1, undefined, {
        timeout: 30000,
      });
      const count = await listedCount(page);
      const listed = await titles(page);
      const status = await page.locator('.ws-ingest-status').textContent();
      assert.match(status, /^Reading \d+ of 400 files…$/, 'the ingest is still running');
      await ctx.shot('before-reload');
      await page.reload();
      await ctx.waitReady();
      await openStrip(page);
      await banner(page).waitFor({ timeout: 30000 });
      const message = await banner(page).textContent();
      const m =
        /The last import was interrupted: (\d+) of 400 files were added; (\d+) were not\. Drop them again to finish\./.exec(
          message,
        );
      assert.ok(m, `the page says the import was interrupted: ${message}`);
      const [added, missing] = [Number(m[1]), Number(m[2])];
      assert.equal(added + missing, 400);
      assert.ok(added >= count - 1, `every listed article was added (${added} >= ${count - 1})`);
      assert.ok(missing > 0, 'the reload cut the ingest');
      await page.waitForFunction(
        (n) => document.querySelectorAll('.ws-article').length === n,
        Math.min(100, added + 1),
      );
      assert.equal(await listedCount(page), added + 1, 'the default article and every added file are listed');
      const after = await titles(page);
      for (const t of listed) assert.ok(after.includes(t), `"${t}" is still listed after the reload`);
      await ctx.shot('after-reload');
      assert.deepEqual(
        ctx.consoleErrors.filter((e) => !/Failed to load resource/.test(e)),
        [],
      );
    },
  },
];
