/**
 * Browser tests of large results (issue 14): the extract worker in Chromium must cope with
 * one relation kind that yields 200,000 ties (a spread of them into one call overflowed the
 * argument limit near 63k in a Chromium worker).
 */
import assert from 'node:assert/strict';

/** Forty states, all in one sentence: every pair of them is an alliance tie (780 pairs). */
const STATES = [
  'France',
  'Germany',
  'Italy',
  'Spain',
  'Poland',
  'Austria',
  'Belgium',
  'Portugal',
  'Greece',
  'Sweden',
  'Finland',
  'Denmark',
  'Ireland',
  'Hungary',
  'Romania',
  'Bulgaria',
  'Croatia',
  'Slovakia',
  'Slovenia',
  'Estonia',
  'Latvia',
  'Lithuania',
  'Luxembourg',
  'Norway',
  'Iceland',
  'Switzerland',
  'Serbia',
  'Albania',
  'Japan',
  'Canada',
  'Brazil',
  'Mexico',
  'India',
  'Turkey',
  'Chile',
  'Peru',
  'Egypt',
  'Kenya',
  'Australia',
];
const SENTENCE = `${STATES.join(', ')} and Argentina signed a defence pact.`;
/** 260 sentences of 780 pairs: 202,800 alliance ties. */
const TEXT = Array.from({ length: 26 }, () => Array(10).fill(SENTENCE).join(' ')).join('\n\n');

export default [
  {
    name: 'an article with 200,000 ties of one kind extracts in the worker and shows its counts',
    async run(ctx) {
      const exp = await ctx.extract(TEXT, { format: 'text' });
      let alliances = 0;
      for (const e of exp.graph.edges)
        if (e.attributes.type === 'alliance') alliances += e.attributes.evidence.length;
      assert.ok(alliances >= 200_000, `the input yields 200,000 alliance ties in Node (got ${alliances})`);

      await ctx.open();
      const page = ctx.page;
      await page.getByRole('button', { name: 'Load article' }).click();
      const dialog = page.getByRole('dialog', { name: 'Load an article' });
      await dialog.getByLabel('Article text').fill(TEXT);
      await dialog.getByRole('button', { name: 'Load article' }).click();
      await dialog.waitFor({ state: 'detached', timeout: 300_000 });
      // The counts change once the whole graph is drawn (it is added a chunk per frame).
      await page
        .locator('.stats')
        .filter({ hasText: `${exp.order} actors · ${exp.size} ties` })
        .waitFor({ timeout: 300_000 });
      assert.equal(await page.evaluate(() => window.cy.nodes().length), exp.order);
      const drawn = await page.evaluate(() => window.cy.edges('[type = "alliance"]').length);
      assert.equal(drawn, exp.byType.alliance, 'one drawn edge per alliance pair');
      assert.equal(await page.getByText(/Maximum call stack|internal error/i).count(), 0);
      await ctx.shot('200k-ties');
      assert.deepEqual(ctx.consoleErrors, [], 'no errors in the page');
    },
  },
];
