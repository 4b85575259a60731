/**
 * Browser tests of report-ready exports (issue #12): the SVG, rendered by Chromium, shows
 * what the PNG export of the same view shows.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PNG } from 'pngjs';

async function openExport(page) {
  const btn = page.getByRole('button', { name: 'Export', exact: true });
  if ((await btn.getAttribute('aria-expanded')) !== 'true') await btn.click();
  return page.getByRole('group', { name: 'Export' });
}

/** Downloads the picture export `kind` (PNG or SVG) at scale 1. */
async function picture(ctx, kind, { full = true, background = 'white', caption = true } = {}) {
  const menu = await openExport(ctx.page);
  await menu.getByLabel(full ? 'Whole graph' : 'Current view').check();
  await menu.getByLabel('Scale').selectOption('1');
  await menu.getByLabel('Background').selectOption(background);
  await menu.getByLabel('Caption').setChecked(caption);
  return ctx.download(() => menu.getByRole('button', { name: `Download ${kind}` }).click());
}

/** Renders an SVG document in a fresh page of the same browser, at its own size; a PNG. */
async function renderSvg(ctx, svgText) {
  const page = await ctx.context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setContent(`<html><body style="margin:0">${svgText}</body></html>`);
  const box = await page.locator('svg').first().boundingBox();
  await page.setViewportSize({ width: Math.ceil(box.width), height: Math.ceil(box.height) });
  const buf = await page.screenshot({ clip: { x: 0, y: 0, width: box.width, height: box.height } });
  await page.close();
  return { png: PNG.sync.read(buf), errors };
}

const hexRgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** Share of pixels closest to each named colour (within a small distance), e.g. { state: 0.012 }. */
function coverage(png, colors) {
  const entries = Object.entries(colors).map(([name, hex]) => [name, hexRgb(hex)]);
  const counts = Object.fromEntries(entries.map(([n]) => [n, 0]));
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    for (const [name, [cr, cg, cb]] of entries) {
      if ((r - cr) ** 2 + (g - cg) ** 2 + (b - cb) ** 2 < 24 ** 2) {
        counts[name]++;
        break;
      }
    }
  }
  const total = png.width * png.height;
  return Object.fromEntries(Object.entries(counts).map(([n, c]) => [n, c / total]));
}

/** Share of the pixels of a rectangle as dark as label text. */
function darkShare(png, x0, y0, x1, y1) {
  let dark = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i + 3] > 128 && png.data[i] + png.data[i + 1] + png.data[i + 2] < 3 * 60) dark++;
    }
  return dark / Math.max(1, (x1 - x0) * (y1 - y0));
}

/** Clicks a node where it is drawn on screen. */
async function clickNode(page, key) {
  const box = await page.locator('[data-testid="canvas"]').boundingBox();
  const p = await page.evaluate((k) => window.cy.getElementById(k).renderedPosition(), key);
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

/** Rows of a CSV text (quoted fields with commas, quotes and newlines). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) field += c;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    }
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** Kind and relation colours of the light theme, from the app's own palette. */
async function palette(ctx) {
  const { tsImport } = await import('tsx/esm/api');
  const p = await tsImport(join(ctx.root, 'src/ui/canvas/palette.ts'), import.meta.url);
  return p.themeColors(false);
}

export default [
  {
    name: 'the SVG export, rendered, matches the PNG export: every analyst triangle, ink per colour, no console error',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open();
      const theme = await palette(ctx);
      const png = PNG.sync.read((await picture(ctx, 'PNG')).data);
      const svgText = (await picture(ctx, 'SVG')).data.toString('utf8');
      const shown = await page.evaluate(() => window.cy.nodes('[kind = "analyst"]:visible').length);
      const rendered = await renderSvg(ctx, svgText);
      ctx.writeResult('export.png', PNG.sync.write(png));
      ctx.writeResult('export.svg', svgText);
      ctx.writeResult('export-svg-rendered.png', PNG.sync.write(rendered.png));

      assert.equal(rendered.png.width, png.width, 'same width as the PNG');
      assert.equal(rendered.png.height, png.height, 'same height as the PNG');
      // A node shape (a filled path with a border) in the analyst colour per analyst, plus the legend's.
      const triangles = await page.evaluate(
        ({ text, hex }) => {
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          const rgb = (c) => {
            const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c ?? '');
            return m
              ? `rgb(${m
                  .slice(1)
                  .map((h) => parseInt(h, 16))
                  .join(',')})`
              : (c ?? '').replace(/\s/g, '');
          };
          return [...doc.querySelectorAll('path')].filter((p) => {
            const stroke = p.getAttribute('stroke');
            return rgb(p.getAttribute('fill')) === rgb(hex) && !!stroke && stroke !== 'none';
          }).length;
        },
        { text: svgText, hex: theme.kinds.analyst },
      );
      assert.ok(shown >= 3, `the default article has analysts (${shown})`);
      assert.equal(triangles, shown + 1, 'a triangle for every analyst, and the legend’s');
      // Every colour covers about as much of the picture in both.
      const colors = { ...theme.kinds, ...theme.relations };
      const a = coverage(png, colors);
      const b = coverage(rendered.png, colors);
      console.log(
        `      coverage PNG / SVG: ${Object.keys(colors)
          .map((k) => `${k} ${(a[k] * 100).toFixed(2)}/${(b[k] * 100).toFixed(2)}%`)
          .join(', ')}`,
      );
      for (const k of Object.keys(a)) {
        if (a[k] < 0.0005 && b[k] < 0.0005) continue;
        const ratio = b[k] / a[k];
        assert.ok(ratio > 0.75 && ratio < 1.33, `${k}: SVG covers ${ratio.toFixed(2)}× what the PNG covers`);
      }
      assert.deepEqual(ctx.consoleErrors, [], 'no console error while exporting');
      assert.deepEqual(rendered.errors, [], 'no console error while rendering the SVG');
    },
  },
  {
    name: 'pictures carry a caption (title, source, filters, credit) that can be turned off; a view export with a selection has nothing faded',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open('?off=quote');
      const theme = await palette(ctx);
      const title = await page.locator('.subtitle').textContent();
      const view = await page.evaluate(() => ({ w: window.cy.width(), h: window.cy.height() }));
      const plain = PNG.sync.read((await picture(ctx, 'PNG', { full: false, caption: false })).data);
      assert.equal(plain.height, view.h, 'no caption: the view’s own size');
      const captioned = PNG.sync.read((await picture(ctx, 'PNG', { full: false })).data);
      ctx.writeResult('view-captioned.png', PNG.sync.write(captioned));
      assert.equal(captioned.width, view.w);
      assert.ok(captioned.height > view.h + 40, `a caption band below the view (${captioned.height} px)`);
      const ink = darkShare(captioned, 0, view.h, captioned.width, captioned.height);
      assert.ok(ink > 0.003, `the caption band holds text (${ink})`);
      const svg = (await picture(ctx, 'SVG', { full: true })).data.toString('utf8');
      const texts = await page.evaluate((t) => {
        const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
        return [...doc.querySelectorAll('.entente-caption text')].map((e) => e.textContent);
      }, svg);
      assert.ok(texts.join(' ').startsWith(title), `the title first: ${texts.join(' | ')}`);
      assert.ok(
        texts.some((t) => /^Source: /.test(t)),
        texts.join(' | '),
      );
      assert.ok(
        texts.some((t) => /^Published \d{4}-\d\d-\d\d/.test(t)),
        texts.join(' | '),
      );
      assert.ok(texts.includes('Filters: quote ties hidden'), texts.join(' | '));
      assert.equal(texts.at(-1), 'Made with Entente');
      // A selection fades the rest on screen, not in the picture.
      await page.evaluate(() => void window.cy.fit(undefined, 30));
      const before = PNG.sync.read((await picture(ctx, 'PNG', { full: false, caption: false })).data);
      const key = await page.evaluate(() =>
        window.cy
          .nodes(':visible')
          .max((n) => n.degree())
          .ele.id(),
      );
      await clickNode(page, key);
      await page.waitForFunction(() => window.cy.$('.ent-faded').length > 0);
      await ctx.shot('selected');
      const after = PNG.sync.read((await picture(ctx, 'PNG', { full: false, caption: false })).data);
      ctx.writeResult('view-with-selection.png', PNG.sync.write(after));
      assert.ok(
        (await page.evaluate(() => window.cy.$('.ent-faded').length)) > 0,
        'the screen keeps its selection',
      );
      // Faded actors lose their colour: organizations (few tied to the selected state) keep theirs.
      // The canvas may change height with the selection and re-fit, so the pictures are compared
      // by colour coverage, not pixel by pixel.
      const orgs = { organization: theme.kinds.organization };
      const ratio = coverage(after, orgs).organization / coverage(before, orgs).organization;
      assert.ok(ratio > 0.75, `organizations keep ${(ratio * 100).toFixed(0)}% of their colour`);
    },
  },
  {
    name: 'a view export cuts no label: an actor at the border is drawn whole, actors out of view are left out',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open();
      // Put a labelled actor's centre 3 px inside the left border: its label crosses it.
      const key = await page.evaluate(() => {
        const n = window.cy.nodes('[?major]').filter((x) => x.visible())[0];
        const p = n.renderedPosition();
        window.cy.panBy({ x: 3 - p.x, y: window.cy.height() / 2 - p.y });
        return n.id();
      });
      const viewport = await page.evaluate(() => ({ zoom: window.cy.zoom(), pan: window.cy.pan() }));
      const png = PNG.sync.read((await picture(ctx, 'PNG', { full: false, caption: false })).data);
      ctx.writeResult('view-border.png', PNG.sync.write(png));
      assert.deepEqual(
        await page.evaluate(() => ({ zoom: window.cy.zoom(), pan: window.cy.pan() })),
        viewport,
        'the screen’s viewport is put back',
      );
      const edge = darkShare(png, 0, 0, 3, png.height - 200);
      assert.equal(edge, 0, `no label is cut at the left border (“${key}” sat on it)`);
    },
  },
  {
    name: 'data exports follow the view: a CSV with quote and affiliation off has no such tie; “All actors and ties” has them',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open('?off=quote,affiliation');
      const types = async (scope) => {
        const menu = await openExport(page);
        await menu.getByLabel(scope).check();
        const f = await ctx.download(() => menu.getByRole('button', { name: 'CSV', exact: true }).click());
        const rows = parseCsv(f.data.toString('utf8'));
        const col = rows[0].indexOf('type');
        return { name: f.name, types: rows.slice(1).map((r) => r[col]) };
      };
      const shown = await page.evaluate(() => window.cy.edges(':visible').length);
      const view = await types('Only what is shown');
      assert.ok(view.name.endsWith('-view.csv'), view.name);
      assert.equal(view.types.length, shown, 'one row per tie shown');
      assert.ok(
        !view.types.some((t) => t === 'quote' || t === 'affiliation'),
        [...new Set(view.types)].join(),
      );
      const whole = await types('All actors and ties');
      assert.ok(whole.types.includes('quote') && whole.types.includes('affiliation'));
      assert.equal(whole.types.length, await page.evaluate(() => window.cy.edges().length));
    },
  },
  {
    name: 'data exports follow a neighbourhood focus: the view CSV has only the focused ties',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open();
      const all = await page.evaluate(() => window.cy.edges().length);
      // The actor with the fewest ties that still has one: its 1-hop view is a small part.
      const key = await page.evaluate(() =>
        window.cy
          .nodes()
          .filter((n) => n.degree(false) > 0)
          .sort((a, b) => a.degree(false) - b.degree(false))[0]
          .id(),
      );
      await ctx.open(`?focus=${encodeURIComponent(key)}`);
      await page.waitForFunction((n) => window.cy.edges().length < n, all);
      const shown = await page.evaluate(() => window.cy.edges(':visible').length);
      const menu = await openExport(page);
      await menu.getByLabel('Only what is shown').check();
      const f = await ctx.download(() => menu.getByRole('button', { name: 'CSV', exact: true }).click());
      const rows = parseCsv(f.data.toString('utf8')).slice(1);
      assert.ok(shown > 0 && shown < all, `${shown} of ${all} ties in focus`);
      assert.equal(rows.length, shown, 'one row per tie of the focused view');
    },
  },
  {
    name: 'GEXF carries positions, colours, sizes and shapes in the viz namespace (read back with graphology-gexf)',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open();
      const menu = await openExport(page);
      const f = await ctx.download(() => menu.getByRole('button', { name: 'GEXF', exact: true }).click());
      const xml = f.data.toString('utf8');
      assert.match(xml, /xmlns:viz="http:\/\/www\.gexf\.net\/1\.2draft\/viz"/);
      const { parse } = await import('graphology-gexf');
      const { default: Graph } = await import('graphology');
      const g = parse(Graph, xml);
      const drawn = await page.evaluate(() =>
        Object.fromEntries(
          window.cy.nodes().map((n) => [n.id(), { ...n.position(), w: n.width(), kind: n.data('kind') }]),
        ),
      );
      const theme = await palette(ctx);
      assert.equal(g.order, Object.keys(drawn).length);
      g.forEachNode((key, a) => {
        const d = drawn[key];
        assert.ok(d, key);
        assert.ok(Math.abs(a.x - d.x) < 0.01 && Math.abs(a.y + d.y) < 0.01, `${key} position`);
        assert.ok(Math.abs(a.size - d.w / 2) < 0.01, `${key} size`);
        assert.equal(a.color, `rgb(${hexRgb(theme.kinds[d.kind]).join(',')})`, `${key} colour`);
        assert.ok(['disc', 'square', 'triangle', 'diamond'].includes(a.shape), `${key} shape ${a.shape}`);
      });
      g.forEachEdge((key, a) => {
        assert.equal(a.color, `rgb(${hexRgb(theme.relations[a.type]).join(',')})`, `${key} colour`);
        assert.ok(a.thickness > 0, `${key} thickness`);
      });
    },
  },
];
