/**
 * Browser tests of the analyst's workbench (issue 10): big graphs that read.
 */
import assert from 'node:assert/strict';
import { bigGraph } from './lib/big-graph.mjs';
import { checkTasks, mainThreadTasks } from './lib/main-thread.mjs';
import { assertReadablePicture, chooseGraphFile, loadGraphFile } from './lib/workbench.mjs';

export default [
  {
    name: 'a 5,000-actor graph lays out readably: distinct places, no pile-ups, a square-ish picture',
    async run(ctx) {
      const { page } = ctx;
      // top=all: the whole graph, not the focus on its top actors.
      await ctx.open('?top=all');
      const before = {
        title: await page.locator('.subtitle').textContent(),
        stats: await page.locator('.stats').textContent(),
      };
      const graph = bigGraph(5000);
      const dialog = await chooseGraphFile(page, graph);
      const tasks = await mainThreadTasks(page, async () => {
        await dialog.getByRole('button', { name: 'Load article' }).click();
        // While the new graph is laid out, the old one stays, with its title and counts.
        await page
          .getByRole('status')
          .filter({ hasText: /^Laying out 5,000 actors…$/ })
          .waitFor();
        assert.equal(await page.locator('.subtitle').textContent(), before.title);
        assert.equal(await page.locator('.stats').textContent(), before.stats);
        assert.ok((await page.evaluate(() => window.cy.nodes().length)) < 100);
        await page.waitForFunction((n) => window.cy.nodes().length === n, graph.nodes.length, {
          timeout: 180000,
          polling: 250,
        });
        await page.waitForFunction(
          () => !document.querySelector('[role="status"]')?.textContent?.startsWith('Laying out'),
          undefined,
          { polling: 250 },
        );
        await page.waitForTimeout(500);
      });
      assert.equal(await page.locator('.subtitle').textContent(), 'big.json');
      assert.match(await page.locator('.stats').textContent(), /^5000 actors · \d+ ties$/);
      checkTasks(assert, 'loading and drawing', tasks);
      await assertReadablePicture(page, graph.nodes.length);
      // The picture fills the canvas: the fitted graph spans most of its width or height.
      const fill = await page.evaluate(() => {
        const bb = window.cy.nodes().renderedBoundingBox();
        return Math.max(bb.w / window.cy.width(), bb.h / window.cy.height());
      });
      assert.ok(fill > 0.8, `the graph fills only ${Math.round(fill * 100)}% of the canvas`);
      await ctx.shot('big-graph-laid-out');
      assert.deepEqual(ctx.consoleErrors, []);
    },
  },
  {
    name: 'a large graph opens on its top 150 actors, says so, and shows all in one click (in the URL)',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open();
      const graph = bigGraph(2000);
      await loadGraphFile(page, graph);
      const banner = page
        .getByRole('note')
        .filter({ hasText: /^Showing the top 150 of 2,000 actors by degree/ });
      await banner.waitFor({ timeout: 60000 });
      await page.waitForFunction(() => window.cy.nodes().length === 150);
      assert.equal(
        await page.locator('.stats').textContent(),
        `150 actors · ${await page.evaluate(() => window.cy.edges().length)} ties`,
      );
      // The drawn actors are the best connected: none left out has a higher degree.
      const degreeOf = new Map(graph.nodes.map((n) => [n.key, 0]));
      for (const e of graph.edges) for (const k of [e.source, e.target]) degreeOf.set(k, degreeOf.get(k) + 1);
      const drawn = new Set(await page.evaluate(() => window.cy.nodes().map((n) => n.id())));
      const minIn = Math.min(...[...drawn].map((k) => degreeOf.get(k)));
      const maxOut = Math.max(...[...degreeOf].filter(([k]) => !drawn.has(k)).map(([, d]) => d));
      assert.ok(minIn >= maxOut, `an actor of degree ${maxOut} is left out while one of ${minIn} is drawn`);
      await ctx.shot('focused-top-150');
      await banner.getByRole('button', { name: 'Show all' }).click();
      await page.waitForFunction(() => window.cy.nodes().length === 2000, undefined, { timeout: 120000 });
      await page.getByRole('note').filter({ hasText: 'Showing all 2,000 actors.' }).waitFor();
      assert.match(page.url(), /[?&]top=all\b/);
      await page.getByRole('button', { name: 'Show the top 150' }).click();
      await page.waitForFunction(() => window.cy.nodes().length === 150);
      assert.doesNotMatch(page.url(), /top=/);
      assert.deepEqual(ctx.consoleErrors, []);
    },
  },
  {
    name: 'size by PageRank and colour by community on the default article, kept in the URL',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open();
      const sizes = () =>
        page.evaluate(() => Object.fromEntries(window.cy.nodes().map((n) => [n.id(), n.width()])));
      const before = await sizes();
      await page.getByLabel('Size by').selectOption('pagerank');
      await page.waitForFunction(() => /[?&]size=pagerank\b/.test(location.search));
      await page.waitForFunction((b) => window.cy.nodes().some((n) => n.width() !== b[n.id()]), before);
      const after = await sizes();
      const biggest = Object.entries(after).sort((a, b) => b[1] - a[1])[0][0];
      assert.ok(after[biggest] > Math.min(...Object.values(after)), 'sizes differ by PageRank');
      await page.getByLabel('Colour by').selectOption('community');
      await page.waitForFunction(() => /[?&]color=community\b/.test(location.search));
      await page.waitForFunction(
        () => new Set(window.cy.nodes().map((n) => n.style('background-color'))).size >= 2,
      );
      const fills = await page.evaluate(() => new Set(window.cy.nodes().map((n) => n.data('fill'))).size);
      assert.ok(fills >= 2, `only ${fills} community colours`);
      await ctx.shot('size-pagerank-colour-community');
      await page.reload();
      await ctx.waitReady();
      assert.equal(await page.getByLabel('Size by').inputValue(), 'pagerank');
      assert.equal(await page.getByLabel('Colour by').inputValue(), 'community');
      await page.waitForFunction(() => window.cy.nodes().some((n) => n.data('fill')));
      await page.getByLabel('Colour by').selectOption('kind');
      await page.waitForFunction(() => window.cy.nodes().every((n) => !n.data('fill')));
      assert.deepEqual(ctx.consoleErrors, []);
    },
  },
];
