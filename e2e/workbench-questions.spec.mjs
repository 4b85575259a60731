/**
 * Browser tests of the analyst's questions (issue 10): who matters (the top actors table)
 * and how two actors are connected (paths with their evidence), on the default article.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';

/** The default article's graph in Node, with the analysis module the page uses. */
async function expectedAnalysis(ctx) {
  const { tsImport } = await import('tsx/esm/api');
  const analysis = await tsImport(join(ctx.root, 'src/graph/analysis/index.ts'), import.meta.url);
  const build = await tsImport(join(ctx.root, 'src/graph/build.ts'), import.meta.url);
  const g = build.createGraph();
  g.import((await ctx.expected()).graph);
  return { g, analysis };
}

export default [
  {
    name: 'top actors table: sorted by each metric, filtered by kind, a click focuses, CSV export',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open();
      const { g, analysis } = await expectedAnalysis(ctx);
      const table = page.getByRole('region', { name: 'Top actors' });
      const firstActor = () => table.locator('tbody th').first().textContent();
      const label = (k) => g.getNodeAttribute(k, 'label');
      const [byDegree] = analysis.topActors(analysis.degrees(g), 1);
      assert.equal(await firstActor(), label(byDegree));
      await table.getByRole('button', { name: 'Evidence' }).click();
      const [byEvidence] = analysis.topActors(analysis.evidenceDegrees(g), 1);
      assert.equal(await firstActor(), label(byEvidence));
      assert.equal(
        await table.getByRole('columnheader', { name: 'Evidence' }).getAttribute('aria-sort'),
        'descending',
      );
      await table.getByRole('button', { name: 'Betweenness' }).click();
      const [byBetweenness] = analysis.topActors(analysis.betweenness(g), 1);
      await page.waitForFunction(() => !document.querySelector('.top-actors td')?.textContent?.includes('…'));
      assert.equal(await firstActor(), label(byBetweenness));
      await table.getByLabel('Kind').selectOption('leader');
      const kinds = await table.locator('tbody th').allTextContents();
      const leaders = g.filterNodes((_k, a) => a.kind === 'leader').map(label);
      assert.ok(kinds.length > 0 && kinds.every((k) => leaders.includes(k)), kinds.join(', '));
      // A click focuses the actor: selected on the canvas, shown in the details panel.
      const pick = kinds[0];
      await table.getByRole('button', { name: pick, exact: true }).click();
      await page.getByRole('heading', { name: pick, exact: true }).waitFor();
      assert.match(page.url(), /[?&]sel=n:/);
      const csv = await ctx.download(() => table.getByRole('button', { name: 'CSV' }).click());
      const lines = csv.data.toString('utf8').trim().split('\n');
      assert.equal(lines[0], 'rank,actor,key,kind,degree,evidence,pagerank,betweenness');
      assert.equal(lines.length - 1, leaders.length);
      await ctx.shot('top-actors');
      assert.deepEqual(ctx.consoleErrors, []);
    },
  },
  {
    name: 'a path between two actors of the default article, highlighted, each hop with its evidence',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open();
      const { g, analysis } = await expectedAnalysis(ctx);
      // Two actors at least two hops apart.
      const keys = g.nodes().sort();
      let pair;
      for (const a of keys) {
        for (const b of keys) {
          const p = a < b ? analysis.shortestPath(g, a, b) : null;
          if (p && p.length >= 3 && (!pair || p.length > pair.length)) pair = p;
        }
      }
      assert.ok(pair, 'the default article has two actors two hops apart');
      const label = (k) => g.getNodeAttribute(k, 'label');
      const finder = page.getByRole('region', { name: 'How are they connected?' });
      await finder.getByLabel('From').fill(label(pair[0]));
      await finder.getByLabel('To').fill(label(pair.at(-1)));
      await finder.getByRole('button', { name: 'Find path' }).click();
      const hops = finder.getByRole('list', { name: 'Path' }).locator('li');
      await hops.first().waitFor();
      assert.equal(await hops.count(), pair.length - 1);
      for (let i = 0; i < pair.length - 1; i++) {
        const text = await hops.nth(i).textContent();
        const ev = g.edges(pair[i], pair[i + 1]).concat(g.edges(pair[i + 1], pair[i]));
        const sentences = ev.flatMap((e) => g.getEdgeAttribute(e, 'evidence').map((x) => x.text));
        assert.ok(
          sentences.some((s) => text.includes(s)),
          `hop ${i + 1} shows one of its sentences: ${text}`,
        );
      }
      // The path is highlighted on the canvas: its actors focused, the others faded.
      const classes = await page.evaluate((path) => {
        const on = path.every((k) => window.cy.getElementById(k).hasClass('ent-focus'));
        const faded = window.cy
          .nodes()
          .filter((n) => !path.includes(n.id()))
          .every((n) => n.hasClass('ent-faded'));
        return { on, faded };
      }, pair);
      assert.deepEqual(classes, { on: true, faded: true });
      await ctx.shot('path');
      await finder.getByRole('button', { name: 'Clear' }).click();
      await page.waitForFunction(() => window.cy.nodes('.ent-faded').length === 0);
      assert.deepEqual(ctx.consoleErrors, []);
    },
  },
  {
    name: 'neighbourhood focus at 1, 2 and 3 hops, with expand and Back, kept in the URL',
    async run(ctx) {
      const { page } = ctx;
      const { g, analysis } = await expectedAnalysis(ctx);
      const [hub] = analysis.topActors(analysis.degrees(g), 1);
      const label = (k) => g.getNodeAttribute(k, 'label');
      await ctx.open(`?sel=n:${encodeURIComponent(hub)}`);
      const drawn = () =>
        page.evaluate(() =>
          window.cy
            .nodes()
            .map((n) => n.id())
            .sort(),
        );
      const bar = page.getByRole('group', { name: 'Neighbourhood' });
      await bar.getByRole('button', { name: `Focus on ${label(hub)}` }).click();
      const at = (hops) => [...analysis.neighbourhood(g, hub, hops).keys()].sort();
      await page.waitForFunction((n) => window.cy.nodes().length === n, at(1).length);
      assert.deepEqual(await drawn(), at(1));
      assert.match(page.url(), /[?&]focus=/);
      await bar.getByLabel('Hops').selectOption('2');
      await page.waitForFunction((n) => window.cy.nodes().length === n, at(2).length);
      assert.deepEqual(await drawn(), at(2));
      assert.match(page.url(), /[?&]hops=2\b/);
      // Expand an actor at the edge of the 1-hop view: its own neighbours join.
      await bar.getByLabel('Hops').selectOption('1');
      await page.waitForFunction((n) => window.cy.nodes().length === n, at(1).length);
      const edge = at(1).find(
        (k) => k !== hub && [...analysis.neighbourhood(g, k, 1).keys()].some((x) => !at(1).includes(x)),
      );
      assert.ok(edge, 'a neighbour of the hub has neighbours of its own');
      await page.evaluate((k) => window.cy.getElementById(k).emit('tap'), edge);
      await bar.getByRole('button', { name: `Expand ${label(edge)}` }).click();
      const expanded = [...new Set([...at(1), ...analysis.neighbourhood(g, edge, 1).keys()])].sort();
      await page.waitForFunction((n) => window.cy.nodes().length === n, expanded.length);
      assert.deepEqual(await drawn(), expanded);
      await ctx.shot('neighbourhood-expanded');
      await page.reload();
      await ctx.waitReady();
      await page.waitForFunction((n) => window.cy.nodes().length === n, expanded.length);
      await page.getByRole('group', { name: 'Neighbourhood' }).getByRole('button', { name: 'Back' }).click();
      await page.waitForFunction((n) => window.cy.nodes().length === n, g.order);
      assert.doesNotMatch(page.url(), /focus=/);
      assert.deepEqual(ctx.consoleErrors, []);
    },
  },
  {
    name: 'minimum-evidence filter: only ties backed by N sentences stay, kept in the URL and after a reload',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open();
      const { g } = await expectedAnalysis(ctx);
      const weights = g.mapEdges((_, a) => a.evidence.length);
      const atLeast2 = weights.filter((w) => w >= 2).length;
      assert.ok(atLeast2 > 0 && atLeast2 < weights.length, `${atLeast2} of ${weights.length} ties`);
      const visible = () => page.evaluate(() => window.cy.edges(':visible').map((e) => e.data('weight')));
      assert.equal((await visible()).length, weights.length);
      const input = page.getByLabel('Minimum evidence per tie');
      await input.fill('2');
      await page.waitForFunction((n) => window.cy.edges(':visible').length === n, atLeast2);
      assert.ok((await visible()).every((w) => w >= 2));
      assert.match(page.url(), /[?&]min=2\b/);
      await ctx.shot('min-evidence-2');
      await page.reload();
      await page.waitForFunction((n) => window.cy?.edges(':visible').length === n, atLeast2);
      assert.equal(await page.getByLabel('Minimum evidence per tie').inputValue(), '2');
      await page.getByLabel('Minimum evidence per tie').fill('1');
      await page.waitForFunction((n) => window.cy.edges(':visible').length === n, weights.length);
      assert.doesNotMatch(page.url(), /[?&]min=/);
      assert.deepEqual(ctx.consoleErrors, []);
    },
  },
];
