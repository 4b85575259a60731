/**
 * Browser tests of the workspace (issue #4): persistence across a reload, removal, the
 * date filter and multi-file ingestion. The articles are short texts written here; each
 * test gets a fresh browser context, hence an empty IndexedDB.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';

/** Short articles written for these tests. */
const ARTICLES = {
  sanction: {
    name: 'sanction.txt',
    text: 'Canada imposed sanctions on Iran on 4 March 2024, Canadian Foreign Minister Mary Brook said.\n\nBrazil and Argentina signed a cooperation pact.',
  },
  visit: {
    name: 'visit.txt',
    text: 'The president of Brazil visited Argentina in May 2024.\n\nBrazil and Argentina pledged to deepen their partnership.',
  },
  nordic: {
    name: 'nordic.txt',
    text: 'Norway and Sweden agreed to work together on defence.\n\nThe prime minister of Norway visited Finland last week.',
  },
};

const asFile = ({ name, text }) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

let timeline;
/** src/workspace/timeline.ts, loaded in Node: the documented date-range semantics. */
async function semantics(root) {
  if (!timeline) {
    const { tsImport } = await import('tsx/esm/api');
    timeline = await tsImport(join(root, 'src/workspace/timeline.ts'), import.meta.url);
  }
  return timeline;
}

/** Opens the workspace strip, which starts collapsed while a single article is open. */
async function openStrip(page) {
  const toggle = page.getByRole('button', { name: /^. Workspace · / });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Ingests files through the workspace strip and waits for the summary. */
async function ingest(page, files, date = '2024-03-10') {
  await page.getByLabel('Publication date of the added files').fill(date);
  await page.getByLabel('Choose article files to add').setInputFiles(files.map(asFile));
  const status = page.locator('.ws-ingest-status');
  await status.filter({ hasText: /^Done:/ }).waitFor({ timeout: 60000 });
  return status.textContent();
}

/** Titles listed in the workspace strip. */
const titles = (page) => page.locator('.ws-article-title').allTextContents();

/** Graph edges (key, date, article ids) and the ids of visible canvas edges. */
const snapshot = (page) =>
  page.evaluate(() => {
    const g = window.entente.graph();
    // A tie the text does not date is placed at its earliest article's publication date.
    const published = new Map((g.attributes.articles ?? []).filter((a) => a.date).map((a) => [a.id, a.date]));
    const fallback = (e) =>
      e.attributes.evidence
        .map((x) => published.get(x.article))
        .filter(Boolean)
        .sort()[0];
    return {
      nodes: g.nodes.map((n) => n.key),
      edges: g.edges.map((e) => ({
        key: e.key,
        date: e.attributes.date ?? fallback(e),
        ownDate: e.attributes.date,
        articles: [...new Set(e.attributes.evidence.map((x) => x.article))],
      })),
      visible: window.cy
        .edges(':visible')
        .map((e) => e.id())
        .sort(),
      drawn: window.cy.edges().length,
    };
  });

const SANCTION = 'sanction:CAN->IRN';

export default [
  {
    name: 'two added articles are still there after a reload',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open();
      await openStrip(page);
      const before = await titles(page);
      assert.equal(before.length, 1, 'the default article opens alone');
      assert.equal(await ingest(page, [ARTICLES.sanction, ARTICLES.nordic]), 'Done: 2 of 2 files added.');
      await page.waitForFunction((k) => !!window.cy.getElementById(k).length, SANCTION);
      const added = await titles(page);
      assert.equal(added.length, 3);
      const snap = await snapshot(page);
      await ctx.shot('added');

      await page.reload();
      await ctx.waitReady();
      await page.waitForFunction(() => document.querySelectorAll('.ws-article').length === 3, undefined, {
        timeout: 30000,
      });
      assert.deepEqual(await titles(page), added, 'the same articles, in the same order');
      await page.waitForFunction((n) => window.cy.edges().length === n, snap.drawn);
      const after = await snapshot(page);
      assert.deepEqual(after.nodes.sort(), snap.nodes.sort());
      assert.deepEqual(after.edges.map((e) => e.key).sort(), snap.edges.map((e) => e.key).sort());
      assert.ok(after.visible.includes(SANCTION));
      await ctx.shot('reloaded');
      assert.deepEqual(ctx.consoleErrors, []);
    },
  },
  {
    name: 'removing an article removes its ties and the actors only it mentioned',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open();
      await openStrip(page);
      const exp = await ctx.expected();
      await ingest(page, [ARTICLES.sanction, ARTICLES.visit]);
      const full = await snapshot(page);
      const sanctionEdge = full.edges.find((e) => e.key === SANCTION);
      assert.ok(sanctionEdge, 'the sanction article gives a sanction tie');
      const sanctionArticle = sanctionEdge.articles[0];
      const shared = full.edges.find((e) => e.articles.length > 1);
      assert.ok(shared, 'the two articles share a tie');
      const onlyThere = full.edges.filter(
        (e) => e.articles.length === 1 && e.articles[0] === sanctionArticle,
      );
      assert.ok(onlyThere.length > 1);

      const title = await page
        .locator(`.ws-article[data-article="${sanctionArticle}"] .ws-article-title`)
        .textContent();
      await page.getByRole('button', { name: `Remove “${title}”` }).click();
      await page.waitForFunction((k) => window.cy.getElementById(k).length === 0, SANCTION);
      const after = await snapshot(page);
      for (const e of onlyThere) assert.ok(!after.edges.some((x) => x.key === e.key), `${e.key} is gone`);
      assert.ok(
        !after.edges.some((e) => e.articles.includes(sanctionArticle)),
        'no evidence from the removed article',
      );
      const kept = after.edges.find((e) => e.key === shared.key);
      assert.ok(kept, 'the shared tie stays');
      assert.deepEqual(
        kept.articles,
        shared.articles.filter((a) => a !== sanctionArticle),
      );
      for (const key of ['CAN', 'IRN', 'person:mary-brook'].filter((k) => !exp.nodes.includes(k)))
        assert.ok(!after.nodes.includes(key), `${key} is gone`);
      assert.equal((await titles(page)).length, 2);
      await ctx.shot('removed');

      await page.reload();
      await ctx.waitReady();
      await page.waitForFunction(() => document.querySelectorAll('.ws-article').length === 2, undefined, {
        timeout: 30000,
      });
      assert.ok(
        !(await snapshot(page)).edges.some((e) => e.key === SANCTION),
        'still removed after a reload',
      );
    },
  },
  {
    name: 'the date filter hides undated and out-of-range ties',
    async run(ctx) {
      const { page } = ctx;
      const { dateInRange } = await semantics(ctx.root);
      await ctx.open();
      await openStrip(page);
      await ingest(page, [ARTICLES.sanction, ARTICLES.visit, ARTICLES.nordic]);
      const all = await snapshot(page);
      assert.equal(all.visible.length, all.edges.length, 'no range: every tie shows');

      const range = { from: '2024-03-01', to: '2024-03-31' };
      await page.getByLabel('From date').fill(range.from);
      await page.getByLabel('To date').fill(range.to);
      const expected = all.edges
        .filter((e) => dateInRange(e.date, range))
        .map((e) => e.key)
        .sort();
      await page.waitForFunction((n) => window.cy.edges(':visible').length === n, expected.length);
      const shown = await snapshot(page);
      assert.deepEqual(shown.visible, expected);
      assert.ok(shown.visible.includes(SANCTION), 'a tie dated inside the range shows');
      const undated = all.edges.filter((e) => !e.date);
      const outside = all.edges.filter((e) => e.date && !dateInRange(e.date, range));
      assert.ok(outside.length > 0, 'the fixture has out-of-range ties');
      assert.ok(
        all.edges.some((e) => !e.ownDate && e.date),
        'the fixture has ties dated only by their article’s publication date',
      );
      for (const e of [...undated, ...outside])
        assert.ok(!shown.visible.includes(e.key), `${e.key} is hidden`);
      assert.match(
        await page.locator('.ws-timeline-note').textContent(),
        /undated ties are hidden while a date range is set/,
      );
      await ctx.shot('march-2024');

      await page.getByRole('button', { name: 'Clear dates' }).click();
      await page.waitForFunction((n) => window.cy.edges(':visible').length === n, all.edges.length);
    },
  },
  {
    name: 'ingesting 20 files runs the progress bar to the end',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open();
      await openStrip(page);
      const pairs = [
        ['Chile', 'Peru'],
        ['Kenya', 'Uganda'],
        ['Japan', 'Vietnam'],
        ['Poland', 'Ukraine'],
        ['Egypt', 'Jordan'],
      ];
      const files = Array.from({ length: 20 }, (_, i) => {
        const [a, b] = pairs[i % pairs.length];
        return {
          name: `story-${String(i + 1).padStart(2, '0')}.txt`,
          text: `${a} and ${b} signed a trade agreement (story ${i + 1}).\n\nOfficials in ${a} said cooperation with ${b} would grow.`,
        };
      });
      // The last one is HTML with a script: read in the worker through the loader, never run.
      files[19] = {
        name: 'story-20.html',
        text: '<html><head><title>Chile and Peru renew their alliance</title><script>window.top.document.title = "pwned"; window.__pwned = true;</script></head><body><article><h1>Chile and Peru renew their alliance</h1><p>Chile and Peru signed a trade agreement on Monday, officials in Chile said.</p><p>Peru said cooperation with Chile would grow.</p></article></body></html>',
      };
      const title = await page.title();
      await page.getByLabel('Choose article files to add').setInputFiles(
        files.map((f) => ({
          ...asFile(f),
          mimeType: f.name.endsWith('.html') ? 'text/html' : 'text/plain',
        })),
      );
      const bar = page.getByRole('progressbar', { name: 'Ingest progress' });
      await bar.waitFor();
      assert.equal(await bar.getAttribute('max'), '20');
      await page
        .locator('.ws-ingest-status')
        .filter({ hasText: /^Done:/ })
        .waitFor({ timeout: 60000 });
      assert.equal(await bar.getAttribute('value'), '20');
      assert.equal(await page.locator('.ws-ingest-status').textContent(), 'Done: 20 of 20 files added.');
      assert.equal((await titles(page)).length, 21);
      await page.waitForFunction(
        () => !!window.cy.getElementById('CHL').length && !!window.cy.getElementById('PER').length,
      );
      assert.equal(await page.title(), title, 'no script from the HTML file ran');
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.ok(
        (await titles(page)).some((t) => t.includes('Chile and Peru renew')),
        'the HTML file became an article',
      );
      await ctx.shot('ingested-20');
      assert.deepEqual(ctx.consoleErrors, []);
    },
  },
  {
    name: 'export and import the workspace; a foreign file is refused and changes nothing',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open();
      await openStrip(page);
      await ingest(page, [ARTICLES.sanction, ARTICLES.nordic]);
      const listed = await titles(page);
      const file = await ctx.download(() => page.getByRole('button', { name: 'Export workspace' }).click());
      assert.match(file.name, /^entente-workspace-\d{4}-\d{2}-\d{2}\.json$/);
      const saved = JSON.parse(file.data.toString('utf8'));
      assert.equal(saved.format, 'entente-workspace');
      assert.equal(saved.articles.length, 3);

      // A plain graph export is not a workspace: clear message, nothing changes.
      const graphJson = JSON.stringify(await page.evaluate(() => window.entente.graph()));
      await page
        .getByLabel('Import workspace file')
        .setInputFiles({ name: 'graph.json', mimeType: 'application/json', buffer: Buffer.from(graphJson) });
      await page.getByRole('alert').filter({ hasText: 'graphology JSON' }).waitFor();
      assert.deepEqual(await titles(page), listed);
      await ctx.shot('foreign-refused');
      await page.getByRole('button', { name: 'Dismiss workspace message' }).click();

      // Remove two articles, then import the saved file: all three are back.
      for (const t of listed.slice(1)) await page.getByRole('button', { name: `Remove “${t}”` }).click();
      // A removal is shown once it is stored (a save of its own): wait for the list to follow.
      await page
        .waitForFunction(() => document.querySelectorAll('.ws-article').length === 1, null, {
          timeout: 10_000,
        })
        .catch(() => undefined);
      assert.equal((await titles(page)).length, 1);
      await page
        .getByLabel('Import workspace file')
        .setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.data });
      await page.waitForFunction(() => document.querySelectorAll('.ws-article').length === 3);
      assert.deepEqual(await titles(page), listed);
      await page.waitForFunction((k) => !!window.cy.getElementById(k).length, SANCTION);
      assert.deepEqual(ctx.consoleErrors, []);
    },
  },
  {
    name: 'a large graph file is laid out in a worker while the page keeps drawing frames',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open('?top=all');
      // A seeded random graph of 4,000 states and 8,000 ties: its fcose layout takes seconds.
      let seed = 7;
      const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
      const n = 4000;
      const nodes = Array.from({ length: n }, (_, i) => ({
        key: `N${i}`,
        attributes: { label: `State ${i}`, kind: 'state', aliases: [], mentions: 1 },
      }));
      const edges = [];
      const seen = new Set();
      while (edges.length < 2 * n) {
        const a = Math.floor(rand() * n);
        const b = Math.floor(rand() * n);
        const key = `visit:N${a}->N${b}`;
        if (a === b || seen.has(key)) continue;
        seen.add(key);
        const text = `State ${a} visited State ${b}.`;
        edges.push({
          key,
          source: `N${a}`,
          target: `N${b}`,
          attributes: {
            type: 'visit',
            weight: 1,
            evidence: [{ text, start: 0, end: text.length, article: 'big' }],
          },
        });
      }
      const graph = {
        options: { type: 'mixed', multi: true, allowSelfLoops: false },
        attributes: { articles: [{ id: 'big', title: 'Big synthetic graph' }] },
        nodes,
        edges,
      };
      await page.getByRole('button', { name: 'Load article' }).click();
      const dialog = page.getByRole('dialog', { name: 'Load an article' });
      await dialog.getByLabel('Article file').setInputFiles({
        name: 'big.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(graph)),
      });
      await dialog.getByRole('button', { name: 'Load article' }).click();
      const status = page.getByRole('status').filter({ hasText: /^Laying out [\d,]+ actors…$/ });
      await status.waitFor({ timeout: 60000 });
      await ctx.shot('large-graph-laying-out');
      // Frames the page draws while the status is up: a layout on the main thread allows none.
      const frames = await page.evaluate(
        () =>
          new Promise((resolve) => {
            let count = 0;
            const tick = () => {
              const up = [...document.querySelectorAll('[role="status"]')].some((e) =>
                e.textContent.startsWith('Laying out'),
              );
              if (!up) resolve(count);
              else {
                count++;
                requestAnimationFrame(tick);
              }
            };
            requestAnimationFrame(tick);
          }),
      );
      assert.ok(frames >= 3, `only ${frames} frames were drawn while the layout ran`);
      await page.waitForFunction((count) => window.cy.nodes().length >= count, n, { timeout: 120000 });
      assert.equal(await page.evaluate(() => window.cy.edges('[type = "visit"]').length), 2 * n);
      await ctx.shot('large-graph-drawn');
      assert.deepEqual(ctx.consoleErrors, []);
    },
  },
];
