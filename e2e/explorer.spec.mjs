/** Browser tests of the explorer page (issue #3). Fixtures live in e2e/fixtures/. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

/** Loads the hand-made graph of tests/ui/fixture.ts into the page (independent of the loader). */
async function loadHandMade(ctx) {
  const { tsImport } = await import('tsx/esm/api');
  const fx = await tsImport(join(ctx.root, 'tests/ui/fixture.ts'), import.meta.url);
  const r = fx.fixture();
  const serialized = {
    graph: r.graph.export(),
    text: r.text,
    article: r.article,
    mentions: r.mentions,
    warnings: [],
  };
  await ctx.page.evaluate((x) => window.entente.load(x, 'replace'), serialized);
  await ctx.page.waitForFunction((n) => window.cy.nodes().length === n, r.graph.order);
  return { ...fx, result: r };
}

const fixture = (ctx, name) => readFileSync(join(ctx.root, 'e2e', 'fixtures', name), 'utf8');

/** Counts of visible canvas elements, per edge type. */
const visible = (page) =>
  page.evaluate(() => {
    const byType = {};
    for (const e of window.cy.edges(':visible')) byType[e.data('type')] = (byType[e.data('type')] ?? 0) + 1;
    return { nodes: window.cy.nodes(':visible').length, edges: window.cy.edges(':visible').length, byType };
  });

const positions = (page) =>
  page.evaluate(() => Object.fromEntries(window.cy.nodes().map((n) => [n.id(), n.position()])));

/** Clicks a node where it is drawn on screen. */
async function clickNode(page, key) {
  const box = await page.locator('[data-testid="canvas"]').boundingBox();
  const p = await page.evaluate((k) => window.cy.getElementById(k).renderedPosition(), key);
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

/** The node with most ties (the one a user would click first). */
const busiestNode = (page) =>
  page.evaluate(() => {
    const n = window.cy.nodes().max((x) => x.degree(false)).ele;
    return { key: n.id(), label: n.data('label'), degree: n.degree(false) };
  });

async function openExport(page) {
  const btn = page.getByRole('button', { name: 'Export', exact: true });
  if ((await btn.getAttribute('aria-expanded')) !== 'true') await btn.click();
  return page.getByRole('group', { name: 'Export' });
}

async function pngExport(ctx, { scale, full, background }) {
  const menu = await openExport(ctx.page);
  await menu.getByLabel(full ? 'Whole graph' : 'Current view').check();
  await menu.getByLabel('Scale').selectOption(String(scale));
  await menu.getByLabel('Background').selectOption(background);
  // Sizes are checked against the view: without the caption band (e2e/export.spec.mjs has it).
  await menu.getByLabel('Caption').setChecked(false);
  const file = await ctx.download(() => menu.getByRole('button', { name: 'Download PNG' }).click());
  return { name: file.name, png: PNG.sync.read(file.data) };
}

/** Share of pixels that differ from the most common color. */
function inkShare(png) {
  const counts = new Map();
  for (let i = 0; i < png.data.length; i += 4) {
    const k = png.data.readUInt32BE(i);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const total = png.width * png.height;
  return { ink: 1 - Math.max(...counts.values()) / total, colors: counts.size };
}

export default [
  {
    name: 'the default article draws with the expected actor count',
    async run(ctx) {
      const exp = await ctx.expected();
      await ctx.open();
      const counts = await visible(ctx.page);
      await ctx.shot('default');
      assert.ok(exp.order > 0, 'the loader finds actors in the default article');
      assert.equal(counts.nodes, exp.order, 'one visible canvas node per actor');
      assert.equal(counts.edges, exp.size, 'one visible canvas edge per tie');
      const stats = await ctx.page.locator('.stats').textContent();
      assert.equal(stats, `${exp.order} actors · ${exp.size} ties`);
      assert.deepEqual(ctx.consoleErrors, [], 'no errors in the page');
    },
  },
  {
    name: 'turning off quote hides exactly the quote edges, without re-layout, and the URL keeps it',
    async run(ctx) {
      const exp = await ctx.expected();
      assert.ok((exp.byType.quote ?? 0) > 0, 'the default article has quote ties');
      await ctx.open();
      const page = ctx.page;
      const before = await visible(page);
      const posBefore = await positions(page);
      const quote = page.getByRole('button', { name: 'quote', exact: true });
      assert.equal(await quote.getAttribute('aria-pressed'), 'true');
      await quote.click();
      assert.equal(await quote.getAttribute('aria-pressed'), 'false');
      const after = await visible(page);
      assert.equal(after.byType.quote ?? 0, 0, 'no quote edge is visible');
      assert.equal(after.edges, before.edges - exp.byType.quote, 'only the quote edges disappeared');
      for (const t of Object.keys(before.byType).filter((t) => t !== 'quote'))
        assert.equal(after.byType[t], before.byType[t], `${t} edges stay`);
      assert.deepEqual(await positions(page), posBefore, 'filtering does not move nodes');
      assert.match(page.url(), /[?&]off=quote(&|$)/);
      await ctx.shot('quote-off');

      await page.reload();
      await ctx.waitReady();
      assert.equal(await quote.getAttribute('aria-pressed'), 'false', 'the toggle is still off after reload');
      const reloaded = await visible(page);
      assert.deepEqual(reloaded, after, 'the reloaded view matches');

      await quote.click();
      assert.equal((await visible(page)).edges, before.edges, 'turning it back on shows them again');
      assert.doesNotMatch(page.url(), /off=/);
    },
  },
  {
    name: 'a shared link with kinds, isolated, layout and selection reproduces the view',
    async run(ctx) {
      const exp = await ctx.expected();
      const key = exp.nodes.find((n) => /^[A-Z]{3}$/.test(n)) ?? exp.nodes[0];
      await ctx.open(`?kinds=state,leader&isolated=0&layout=grid&sel=n:${encodeURIComponent(key)}`);
      const page = ctx.page;
      assert.equal(
        await page.getByRole('button', { name: 'analysts' }).getAttribute('aria-pressed'),
        'false',
      );
      assert.equal(await page.getByLabel('Hide isolated').isChecked(), true);
      assert.equal(await page.getByLabel('Layout').inputValue(), 'grid');
      const hiddenKinds = await page.evaluate(
        () =>
          window.cy.nodes(':visible').filter((n) => ['analyst', 'organization'].includes(n.data('kind')))
            .length,
      );
      assert.equal(hiddenKinds, 0, 'analysts and organizations are hidden');
      const label = await page.evaluate((k) => window.cy.getElementById(k).data('label'), key);
      await page.locator('.details .entity-title').waitFor();
      assert.equal(await page.locator('.details .entity-title').textContent(), label);
      await ctx.shot('shared-link');
    },
  },
  {
    name: 'clicking a node shows its details; clicking an evidence item highlights its sentence',
    async run(ctx) {
      await ctx.open();
      const page = ctx.page;
      const node = await busiestNode(page);
      assert.ok(node.degree > 0, 'some actor has ties');
      await clickNode(page, node.key);
      const details = page.locator('.details');
      await details.locator('.entity-title').waitFor();
      assert.equal(await details.locator('.entity-title').textContent(), node.label);
      assert.match(page.url(), /sel=n:/);
      await ctx.shot('node-details');

      await details.locator('button.tie').first().click();
      await details.locator('.edge-details').waitFor();
      const evidence = details.locator('button.evidence').first();
      const sentence = await evidence.locator('.evidence-text').evaluate((el) => {
        const clone = el.cloneNode(true);
        clone.querySelector('.evidence-quote')?.remove();
        return clone.textContent;
      });
      await evidence.click();
      const hl = page.locator('.article .evidence-hl');
      await hl.first().waitFor();
      const text = (await hl.allTextContents()).join('');
      assert.equal(text.replace(/\s+/g, ' ').trim(), sentence.replace(/\s+/g, ' ').trim());
      // Scrolled into the article panel's view.
      await page.waitForFunction(() => {
        const el = document.querySelector('.article .evidence-hl');
        const panel = document.querySelector('.article .panel-body');
        if (!el || !panel) return false;
        const a = el.getBoundingClientRect();
        const b = panel.getBoundingClientRect();
        return a.top >= b.top - 1 && a.top <= b.bottom;
      });
      await ctx.shot('evidence');

      // A mention in the article selects its actor.
      const mention = page.locator('.article .mention').first();
      const mentionNode = await mention.getAttribute('data-node');
      await mention.click();
      const selected = await page.evaluate(() => window.cy.$(':selected').map((e) => e.id()));
      assert.ok(
        page.url().includes(`sel=n:${encodeURIComponent(mentionNode).replace(/%3A/g, ':')}`),
        page.url(),
      );
      assert.ok(selected.includes(mentionNode) || selected.length === 0);
    },
  },
  {
    name: 'on a hand-made graph: quote filter, node details, tie evidence and its sentence',
    async run(ctx) {
      await ctx.open();
      const page = ctx.page;
      const fx = await loadHandMade(ctx);
      const before = await visible(page);
      assert.equal(before.byType.quote, 1);
      await page.getByRole('button', { name: 'quote', exact: true }).click();
      const after = await visible(page);
      assert.equal(after.byType.quote ?? 0, 0);
      assert.equal(after.edges, before.edges - 1);
      await page.getByRole('button', { name: 'quote', exact: true }).click();

      await clickNode(page, 'person:alma-vell');
      const details = page.locator('.details');
      await details.locator('.entity-title', { hasText: 'Alma Vell' }).waitFor();
      const facts = await details.locator('.facts').textContent();
      assert.match(facts, /leader/);
      assert.match(facts, /minister/);
      assert.match(facts, /Ruritania/, 'country shown by its label');
      await details.getByRole('button', { name: /to Borduria/ }).click();
      assert.equal(await page.getByTestId('edge-direction').textContent(), 'Alma Vell -> Borduria');
      await details.locator('button.evidence').first().click();
      const hl = (await page.locator('.article .evidence-hl').allTextContents()).join('');
      assert.equal(hl, fx.TEXT.slice(46, 108));
      assert.match(page.url(), new RegExp(`sel=e:${fx.VISIT.replace(/>/g, '(>|%3E)')}`));
      await ctx.shot('hand-made-evidence');

      // From a mention in the article to the actor, then to its quote tie.
      await page.locator('.article .mention', { hasText: 'Tomas Krell' }).click();
      await details.locator('.entity-title', { hasText: 'Tomas Krell' }).waitFor();
      await details.getByRole('button', { name: /to Ruritania/ }).click();
      assert.equal(await page.locator('.evidence mark').textContent(), 'a marriage of convenience');
      await ctx.shot('hand-made-quote');
    },
  },
  {
    name: 'search finds an actor by alias with the keyboard and selects it',
    async run(ctx) {
      await ctx.open();
      const page = ctx.page;
      const target = await page.evaluate(() => {
        const n = window.cy.nodes().max((x) => x.degree(false)).ele;
        return { key: n.id(), label: n.data('label') };
      });
      const box = page.getByRole('combobox', { name: 'Find an actor' });
      await box.fill(target.label.slice(0, 4).toLowerCase());
      await page.getByRole('listbox').waitFor();
      const options = await page.getByRole('option').allTextContents();
      const idx = options.findIndex((o) => o.startsWith(target.label));
      assert.ok(idx >= 0, `“${target.label}” is offered: ${options.join(' | ')}`);
      for (let i = 0; i < idx; i++) await box.press('ArrowDown');
      await box.press('Enter');
      await page.locator('.details .entity-title').waitFor();
      assert.equal(await page.locator('.details .entity-title').textContent(), target.label);
      await box.press('Escape');
    },
  },
  {
    name: 'PNG export is a real PNG at the chosen scale, not blank; the SVG parses',
    async run(ctx) {
      await ctx.open();
      const page = ctx.page;
      const view = await page.evaluate(() => ({ w: window.cy.width(), h: window.cy.height() }));
      const v3 = await pngExport(ctx, { scale: 3, full: false, background: 'white' });
      assert.match(v3.name, /\.png$/);
      assert.ok(v3.name.startsWith('china-asserts'), `file named after the title: ${v3.name}`);
      assert.equal(v3.png.width, view.w * 3, 'view width × scale');
      assert.equal(v3.png.height, view.h * 3, 'view height × scale');
      const ink = inkShare(v3.png);
      assert.ok(ink.ink > 0.005 && ink.colors > 20, `pixels are not blank (${JSON.stringify(ink)})`);

      const f1 = await pngExport(ctx, { scale: 1, full: true, background: 'transparent' });
      const f2 = await pngExport(ctx, { scale: 2, full: true, background: 'transparent' });
      assert.ok(Math.abs(f2.png.width - 2 * f1.png.width) <= 2, `${f2.png.width} ≈ 2 × ${f1.png.width}`);
      assert.ok(Math.abs(f2.png.height - 2 * f1.png.height) <= 2, `${f2.png.height} ≈ 2 × ${f1.png.height}`);
      assert.equal(f1.png.data[3], 0, 'transparent background');
      assert.ok(inkShare(f2.png).ink > 0.005, 'full export is not blank');
      ctx.writeResult('export.png', PNG.sync.write(f2.png));

      const menu = await openExport(page);
      const svg = await ctx.download(() => menu.getByRole('button', { name: 'Download SVG' }).click());
      assert.match(svg.name, /\.svg$/);
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.nodeName,
          shapes: doc.querySelectorAll('path, circle, rect, polygon, ellipse').length,
          texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
        };
      }, svg.data.toString('utf8'));
      assert.equal(parsed.error, null);
      assert.equal(parsed.root, 'svg');
      assert.ok(parsed.shapes > 0, 'the SVG draws shapes');

      for (const [label, ext] of [
        ['JSON', 'json'],
        ['GEXF', 'gexf'],
        ['GraphML', 'graphml'],
        ['CSV', 'csv'],
      ]) {
        const m = await openExport(page);
        const f = await ctx.download(() => m.getByRole('button', { name: label, exact: true }).click());
        assert.ok(f.name.endsWith(`.${ext}`), f.name);
        assert.ok(f.data.length > 20, `${label} has content`);
        const head = f.data.toString('utf8', 0, 400);
        if (ext === 'gexf') assert.match(head, /<gexf\b/);
        if (ext === 'graphml') assert.match(head, /<graphml\b/);
        if (ext === 'csv') assert.ok(f.data.toString('utf8').split('\n').length > 2, 'CSV has rows');
      }
      const json = JSON.parse(
        (
          await ctx.download(async () =>
            (await openExport(page)).getByRole('button', { name: 'JSON', exact: true }).click(),
          )
        ).data,
      );
      assert.equal(json.nodes.length, (await ctx.expected()).order);
    },
  },
  {
    name: 'a pasted article replaces the graph',
    async run(ctx) {
      const text = fixture(ctx, 'pasted.txt');
      const exp = await ctx.extract(text, { format: 'text' });
      assert.ok(exp.order > 0, 'the loader finds actors in the pasted fixture');
      await ctx.open();
      const page = ctx.page;
      await page.getByRole('button', { name: 'Load article' }).click();
      const dialog = page.getByRole('dialog', { name: 'Load an article' });
      await dialog.getByLabel('Article text').fill(text);
      await dialog.getByLabel('Publication date (optional)').fill('2024-06-04');
      await ctx.shot('paste-dialog');
      await dialog.getByRole('button', { name: 'Load article' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.waitForFunction((n) => window.cy.nodes().length === n, exp.order);
      const ids = await page.evaluate(() =>
        window.cy
          .nodes()
          .map((n) => n.id())
          .sort(),
      );
      assert.deepEqual(ids, exp.nodes);
      assert.equal(await page.locator('.subtitle').textContent(), text.split('\n')[0]);
      assert.match(
        await page.locator('[data-testid="article-text"]').textContent(),
        /Argentina signed a trade agreement/,
      );
      await ctx.shot('pasted');
    },
  },
  {
    name: 'a pasted article merged into the graph keeps both articles’ actors',
    async run(ctx) {
      const text = fixture(ctx, 'pasted.txt');
      const exp = await ctx.extract(text, { format: 'text' });
      const def = await ctx.expected();
      const union = [...new Set([...exp.nodes, ...def.nodes])].sort();
      await ctx.open();
      const page = ctx.page;
      await page.getByRole('button', { name: 'Load article' }).click();
      const dialog = page.getByRole('dialog', { name: 'Load an article' });
      await dialog.getByLabel('Article text').fill(text);
      await dialog.getByLabel('Merge into graph').check();
      await dialog.getByRole('button', { name: 'Load article' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.waitForFunction((n) => window.cy.nodes().length === n, union.length);
      const ids = await page.evaluate(() =>
        window.cy
          .nodes()
          .map((n) => n.id())
          .sort(),
      );
      assert.deepEqual(ids, union);
      assert.equal(await page.locator('.subtitle').textContent(), '2 articles');
      assert.equal(await page.getByLabel('Article shown').locator('option').count(), 2);
      await ctx.shot('merged');
    },
  },
  {
    name: 'an HTML file with <script> loads without any of its scripts running',
    async run(ctx) {
      const html = fixture(ctx, 'script.html');
      await ctx.open();
      const page = ctx.page;
      const title = await page.title();
      await page.getByRole('button', { name: 'Load article' }).click();
      const dialog = page.getByRole('dialog', { name: 'Load an article' });
      await dialog.getByLabel('Article file').setInputFiles({
        name: 'border-talks.html',
        mimeType: 'text/html',
        buffer: Buffer.from(html),
      });
      await dialog.getByText('border-talks.html').waitFor();
      await dialog.getByRole('button', { name: 'Load article' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.locator('[data-testid="article-text"]', { hasText: 'shared border' }).waitFor();
      assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no article script or handler ran');
      assert.equal(await page.title(), title, 'the page title is untouched');
      const text = await page.locator('[data-testid="article-text"]').textContent();
      assert.doesNotMatch(text, /__pwned/);
      assert.doesNotMatch(text, /<\/?(p|article|h1|img|html)\b/i, 'the article panel shows text, not markup');
      assert.equal(await page.locator('.subtitle').textContent(), 'Norway and Sweden hold border talks');
      const labels = await page.evaluate(() => window.cy.nodes().map((n) => n.data('label')));
      assert.ok(labels.includes('Norway') && labels.includes('Sweden'), `states found: ${labels.join(', ')}`);
      await ctx.shot('html-loaded');
    },
  },
  {
    name: 'a graph file written by the CLI opens as one workspace entry; a broken one is refused',
    async run(ctx) {
      await ctx.open();
      const page = ctx.page;
      const ev = (text) => [{ text, start: 0, end: text.length, article: 'a1' }];
      const graph = {
        options: { type: 'mixed', multi: true, allowSelfLoops: false },
        attributes: { articles: [{ id: 'a1', title: 'Andes ties' }] },
        nodes: [
          { key: 'CHL', attributes: { label: 'Chile', kind: 'state', aliases: [], mentions: 2 } },
          { key: 'PER', attributes: { label: 'Peru', kind: 'state', aliases: [], mentions: 1 } },
          { key: 'BOL', attributes: { label: 'Bolivia', kind: 'state', aliases: [], mentions: 1 } },
        ],
        edges: [
          {
            key: 'alliance:CHL--PER',
            source: 'CHL',
            target: 'PER',
            undirected: true,
            attributes: { type: 'alliance', evidence: ev('Chile and Peru signed a pact.'), weight: 1 },
          },
          {
            key: 'visit:BOL->PER',
            source: 'BOL',
            target: 'PER',
            attributes: { type: 'visit', evidence: ev('Bolivia’s president visited Lima.'), weight: 1 },
          },
        ],
      };
      const open = async (name, body) => {
        await page.getByRole('button', { name: 'Load article' }).click();
        const dialog = page.getByRole('dialog', { name: 'Load an article' });
        await dialog.getByLabel('Article file').setInputFiles({
          name,
          mimeType: 'application/json',
          buffer: Buffer.from(body),
        });
        await dialog.getByRole('button', { name: 'Load article' }).click();
        return dialog;
      };
      const broken = await open('broken.json', '{"nodes": [');
      assert.match(await broken.getByRole('alert').textContent(), /“broken\.json” is not valid JSON/);
      await page.keyboard.press('Escape');
      await broken.waitFor({ state: 'detached' });
      const dialog = await open('andes.json', JSON.stringify(graph));
      await dialog.waitFor({ state: 'detached' });
      await page.waitForFunction(() => window.cy.nodes().length === 3);
      assert.deepEqual(
        await page.evaluate(() =>
          window.cy
            .edges()
            .map((e) => e.data('type'))
            .sort(),
        ),
        ['alliance', 'visit'],
      );
      await ctx.shot('graph-file');
    },
  },
  {
    name: 'bad input gets a clear message and loses nothing',
    async run(ctx) {
      const exp = await ctx.expected();
      await ctx.open();
      const page = ctx.page;
      await page.getByRole('button', { name: 'Load article' }).click();
      const dialog = page.getByRole('dialog', { name: 'Load an article' });
      await dialog
        .getByLabel('Article file')
        .setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
      await dialog.getByRole('button', { name: 'Load article' }).click();
      assert.match(await dialog.getByRole('alert').textContent(), /empty/);
      await dialog.getByRole('button', { name: 'Remove file' }).click();
      await dialog.getByLabel('Article text').fill('   \n  ');
      await dialog.getByRole('button', { name: 'Load article' }).click();
      assert.match(await dialog.getByRole('alert').textContent(), /Paste the text/);
      await ctx.shot('bad-input');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.equal(await page.evaluate(() => window.cy.nodes().length), exp.order, 'the graph is unchanged');
    },
  },
  {
    name: 'every control has an accessible name and the relation toggles work from the keyboard',
    async run(ctx) {
      await ctx.open();
      const page = ctx.page;
      await (await openExport(page)).waitFor();
      const snapshot = await page.locator('body').ariaSnapshot();
      const unnamed = snapshot
        .split('\n')
        .filter((l) =>
          /^\s*- (?:button|textbox|combobox|checkbox|radio|searchbox|spinbutton|slider|link)(?: \[[^\]]*\])?:?$/.test(
            l.trimEnd(),
          ),
        );
      assert.deepEqual(unnamed, [], 'controls without a name');
      await page.keyboard.press('Escape');

      const quote = page.getByRole('button', { name: 'quote', exact: true });
      await quote.focus();
      await page.keyboard.press('Space');
      assert.equal(await quote.getAttribute('aria-pressed'), 'false');
      await page.keyboard.press('Enter');
      assert.equal(await quote.getAttribute('aria-pressed'), 'true');
      // Tab order reaches the relation bar from the header.
      await page.getByRole('button', { name: 'Load article' }).focus();
      const seen = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        seen.push(
          await page.evaluate(
            () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
          ),
        );
      }
      assert.ok(seen.includes('alliance'), `tab order: ${seen.join(' | ')}`);
    },
  },
  {
    name: 'dark mode follows the system',
    async run(ctx) {
      await ctx.page.emulateMedia({ colorScheme: 'dark' });
      await ctx.open();
      const bg = await ctx.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = bg.match(/\d+/g).map(Number);
      assert.ok(r + g + b < 120, `dark background: ${bg}`);
      await ctx.shot('dark');
    },
  },
];
