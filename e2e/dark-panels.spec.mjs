/**
 * Browser test of dark mode on the workbench panels (issue 10): top actors, paths, the
 * neighbourhood focus bar, the minimum-evidence box and the corrections panel are drawn
 * light on dark, every text at WCAG AA contrast (4.5:1) on the background it sits on.
 */
import assert from 'node:assert/strict';

/** Every text element of the panels: its colour, the background it sits on, and their contrast. */
function contrasts() {
  const rgba = (s) => (s.match(/[\d.]+/g) ?? []).map(Number);
  const lum = ([r, g, b]) => {
    const c = [r, g, b].map((v) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  /** The first opaque background at or above `el`. */
  const backdrop = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) return c;
    }
    return [255, 255, 255];
  };
  const panels = [
    ['top actors', '.top-actors'],
    ['paths', '.path-finder'],
    ['focus bar', '[role="group"][aria-label="Neighbourhood"]'],
    ['min evidence', '.min-evidence'],
    ['corrections', '.corrections'],
  ];
  const out = [];
  for (const [name, sel] of panels) {
    const root = document.querySelector(sel);
    if (!root) {
      out.push({ panel: name, missing: true });
      continue;
    }
    const els = [root, ...root.querySelectorAll('*')].filter(
      (e) =>
        [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()) ||
        e.matches('input:not([type=checkbox]), select'),
    );
    for (const e of els) {
      const fg = rgba(getComputedStyle(e).color);
      const bg = backdrop(e);
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      out.push({
        panel: name,
        text: (e.textContent || e.value || e.tagName).trim().slice(0, 30),
        ratio: (hi + 0.05) / (lo + 0.05),
        bgLum: lum(bg),
      });
    }
  }
  return out;
}

export default [
  {
    name: 'dark mode: the workbench panels are light on dark, every text at AA contrast',
    async run(ctx) {
      const { page } = ctx;
      await page.emulateMedia({ colorScheme: 'dark' });
      // A focused actor (the focus bar), a minimum of 1, the panels in their default state.
      await ctx.open('?sel=n:CHN&focus=CHN&hops=2');
      const finder = page.getByRole('region', { name: 'How are they connected?' });
      await finder.getByLabel('From').fill('China');
      await finder.getByLabel('To').fill('Ukraine');
      await finder.getByRole('button', { name: 'Find path' }).click();
      await finder.getByRole('list', { name: 'Path' }).locator('li').first().waitFor();
      await page.waitForFunction(() => !document.querySelector('.top-actors td')?.textContent?.includes('…'));
      const found = await page.evaluate(contrasts);
      await ctx.shot('dark-panels');
      await page.locator('.sidebar').evaluate((s) => (s.scrollTop = s.scrollHeight));
      await ctx.shot('dark-panels-scrolled');
      const missing = found.filter((f) => f.missing).map((f) => f.panel);
      assert.deepEqual(missing, [], 'every panel is on the page');
      for (const name of ['top actors', 'paths', 'focus bar', 'min evidence', 'corrections']) {
        const mine = found.filter((f) => f.panel === name);
        assert.ok(mine.length > 0, `${name}: has text`);
        assert.ok(
          mine.every((f) => f.bgLum < 0.1),
          `${name}: on a dark background (${mine.map((f) => f.bgLum.toFixed(2)).join(' ')})`,
        );
      }
      const low = found.filter((f) => !f.missing && f.ratio < 4.5);
      assert.deepEqual(
        low.map((f) => `${f.panel}: "${f.text}" ${f.ratio.toFixed(2)}:1`),
        [],
        'every text at 4.5:1 or more',
      );
      assert.deepEqual(ctx.consoleErrors, []);
    },
  },
];
