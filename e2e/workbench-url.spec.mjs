/**
 * Browser tests of the workbench panels' URL round trips (issue 10): the top actors table's
 * sort and kind filter, and the path finder's actors, weighting and chosen alternative, are
 * in the URL, and a reload restores them.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';

/** The default article's graph in Node, with the analysis modules the page uses. */
async function expectedGraph(ctx) {
  const { tsImport } = await import('tsx/esm/api');
  const build = await tsImport(join(ctx.root, 'src/graph/build.ts'), import.meta.url);
  const alternatives = await tsImport(join(ctx.root, 'src/graph/analysis/alternatives.ts'), import.meta.url);
  const g = build.createGraph();
  g.import((await ctx.expected()).graph);
  return { g, alternativePaths: alternatives.alternativePaths };
}

export default [
  {
    name: 'top actors: the sort and the kind filter are in the URL, and a reload restores them',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open();
      const table = page.getByRole('region', { name: 'Top actors' });
      await table.getByRole('button', { name: 'Evidence' }).click();
      await table.getByLabel('Kind').selectOption('leader');
      await page.waitForFunction(() => /[?&]rank=evidence\b/.test(location.search));
      assert.match(page.url(), /[?&]rankkind=leader\b/);
      const rows = await table.locator('tbody th').allTextContents();

      await page.reload();
      await ctx.waitReady();
      assert.equal(
        await table.getByRole('columnheader', { name: 'Evidence' }).getAttribute('aria-sort'),
        'descending',
      );
      assert.equal(await table.getByLabel('Kind').inputValue(), 'leader');
      await page.waitForFunction(() => document.querySelectorAll('.top-actors tbody tr').length > 0);
      assert.deepEqual(await table.locator('tbody th').allTextContents(), rows);
      assert.deepEqual(ctx.consoleErrors, []);
    },
  },
  {
    name: 'path finder: both actors, the weighting and the alternative shown are in the URL; a reload shows the same path',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open();
      const { g, alternativePaths } = await expectedGraph(ctx);
      // Two actors with at least one alternative path when weighted by evidence.
      const keys = g.nodes().sort();
      let pair;
      for (const a of keys)
        for (const b of keys) if (!pair && a < b && alternativePaths(g, a, b, true).length > 1) pair = [a, b];
      assert.ok(pair, 'the default article has two actors joined by more than one path');
      const paths = alternativePaths(g, pair[0], pair[1], true);
      const label = (k) => g.getNodeAttribute(k, 'label');
      const finder = page.getByRole('region', { name: 'How are they connected?' });
      await finder.getByLabel('From').fill(label(pair[0]));
      await finder.getByLabel('To').fill(label(pair[1]));
      await finder.getByLabel('Prefer well-attested ties').check();
      await finder.getByRole('button', { name: 'Find path' }).click();
      await finder.getByRole('button', { name: /^Alternative 1 / }).click();
      await page.waitForFunction(() => /[?&]alt=1\b/.test(location.search));
      const q = new URL(page.url()).searchParams;
      assert.deepEqual([q.get('pathfrom'), q.get('pathto'), q.get('weigh')], [...pair, 'evidence']);
      const hops = finder.getByRole('list', { name: 'Path' }).locator('li');
      const before = await hops.allTextContents();
      assert.equal(before.length, paths[1].length - 1);

      await page.reload();
      await ctx.waitReady();
      await hops.first().waitFor();
      assert.equal(await finder.getByLabel('From').inputValue(), label(pair[0]));
      assert.equal(await finder.getByLabel('To').inputValue(), label(pair[1]));
      assert.equal(await finder.getByLabel('Prefer well-attested ties').isChecked(), true);
      assert.equal(
        await finder.getByRole('button', { name: /^Alternative 1 / }).getAttribute('aria-pressed'),
        'true',
      );
      assert.deepEqual(await hops.allTextContents(), before);
      // The restored path is highlighted on the canvas.
      await page.waitForFunction(
        (path) => path.every((k) => window.cy.getElementById(k).hasClass('ent-focus')),
        paths[1],
        { timeout: 10000 },
      );
      await ctx.shot('path-restored');
      // Clear takes the path out of the URL.
      await finder.getByRole('button', { name: 'Clear' }).click();
      await page.waitForFunction(() => !/[?&]pathfrom=/.test(location.search));
      assert.deepEqual(ctx.consoleErrors, []);
    },
  },
];
