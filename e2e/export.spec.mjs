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
async function picture(ctx, kind, { full = true, background = 'white' } = {}) {
  const menu = await openExport(ctx.page);
  await menu.getByLabel(full ? 'Whole graph' : 'Current view').check();
  await menu.getByLabel('Scale').selectOption('1');
  await menu.getByLabel('Background').selectOption(background);
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
];
