/**
 * Browser tests of corrections (issue #11): the analyst's fixes are kept through a reload,
 * new articles and the workspace file, and can be undone. Each test gets a fresh browser
 * context (an empty IndexedDB) and opens on the default article.
 */
import assert from 'node:assert/strict';

/** Opens the workspace strip, which starts collapsed while a single article is open. */
async function openStrip(page) {
  const toggle = page.getByRole('button', { name: /^. Workspace · / });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** The header's "N actors · M ties". */
const stats = (page) => page.locator('.stats').textContent();
const drawn = (page, id) => page.evaluate((k) => window.cy.getElementById(k).length > 0, id);
const corrections = (page) => page.locator('.corrections-list .correction-text').allTextContents();
const details = (page) => page.locator('.details .panel-body');

/** Opens "Correct this actor/tie…" in the details panel. */
async function openCorrect(page, what) {
  const box = details(page).locator('details.correct-box', { hasText: `Correct this ${what}` });
  if (!(await box.evaluate((d) => d.open))) await box.locator('summary').click();
  return box;
}

const FROM = 'org:center-for-international-cooperation';
const INTO = 'org:institute-for-national-security-strategy';

export default [
  {
    name: 'merge two actors, reload: still merged; undo: two actors again',
    async run(ctx) {
      const { page } = ctx;
      const exp = await ctx.expected();
      assert.ok(exp.nodes.includes(FROM) && exp.nodes.includes(INTO), 'the default article has both actors');
      const intoLabel = exp.graph.nodes.find((n) => n.key === INTO).attributes.label;
      const fromLabel = exp.graph.nodes.find((n) => n.key === FROM).attributes.label;
      await ctx.open(`?sel=n:${encodeURIComponent(FROM)}`);
      const before = await stats(page);
      assert.doesNotMatch(await page.locator('.legend').textContent(), /Corrected/);
      assert.match(before, new RegExp(`^${exp.order} actors`));
      const box = await openCorrect(page, 'actor');
      await box.getByLabel('Merge into').selectOption({ label: intoLabel });
      await box.getByRole('button', { name: 'Merge' }).click();
      await page.waitForFunction((k) => window.cy.getElementById(k).length === 0, FROM);
      assert.match(await stats(page), new RegExp(`^${exp.order - 1} actors`));
      assert.equal(await details(page).locator('.entity-title').textContent(), intoLabel);
      assert.match(await details(page).textContent(), new RegExp(`Aliases.*${fromLabel}`));
      assert.match(await details(page).locator('.correction-note').textContent(), /merged into/);
      assert.deepEqual(await corrections(page), [`Merged ${fromLabel} into ${intoLabel}`]);
      assert.match(await page.locator('.legend').textContent(), /Corrected/, 'the legend explains the mark');
      await ctx.shot('merged');

      await page.reload();
      await ctx.waitReady();
      await page.waitForFunction(() => document.querySelectorAll('.corrections-list li').length === 1);
      assert.equal(await drawn(page, FROM), false, 'still merged after a reload');
      assert.match(await stats(page), new RegExp(`^${exp.order - 1} actors`));

      await page.locator('.canvas').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+z');
      await page.waitForFunction((k) => window.cy.getElementById(k).length === 1, FROM);
      assert.match(await stats(page), new RegExp(`^${exp.order} actors`));
      assert.equal(await page.locator('.corrections-list li').getAttribute('data-state'), 'undone');
      await page.getByRole('button', { name: 'Redo' }).click();
      await page.waitForFunction((k) => window.cy.getElementById(k).length === 0, FROM);
      await page.getByRole('button', { name: 'Undo' }).click();
      await page.waitForFunction((k) => window.cy.getElementById(k).length === 1, FROM);
      await ctx.shot('undone');
      assert.deepEqual(ctx.consoleErrors, []);
    },
  },
  {
    name: 'a deleted tie stays deleted when a new article brings it, and its details say so',
    async run(ctx) {
      const { page } = ctx;
      const TIE = 'sanction:org:united-nations->PRK';
      const text = 'The United Nations imposed sanctions on North Korea over its weapons programme.';
      const added = await ctx.extract(text, { format: 'text' });
      assert.ok(
        added.graph.edges.some((e) => e.key === TIE),
        'the new article gives the same tie',
      );
      await ctx.open(`?sel=e:${encodeURIComponent(TIE)}`);
      const box = await openCorrect(page, 'tie');
      await box.getByRole('button', { name: 'Delete this tie' }).click();
      await page.waitForFunction((k) => window.cy.getElementById(k).length === 0, TIE);
      assert.match(await details(page).locator('.deleted-tie').textContent(), /deleted by a correction/);

      await page.getByRole('button', { name: 'Load article' }).click();
      const dialog = page.getByRole('dialog', { name: 'Load an article' });
      await dialog.getByLabel('Article text').fill(text);
      await dialog.getByLabel('Merge into graph').check();
      await dialog.getByRole('button', { name: 'Load article' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.querySelector('.subtitle')?.textContent === '2 articles');
      // No waiting for a save: the dialog closes once the article is stored.
      await page.goto(`${page.url().split('?')[0]}?sel=e:${encodeURIComponent(TIE)}`);
      await ctx.waitReady();
      await page.waitForFunction(() => !!document.querySelector('.deleted-tie'));
      assert.equal(await drawn(page, TIE), false, 'still deleted');
      const panel = details(page).locator('.deleted-tie');
      assert.match(
        await panel.locator('.correction-note').textContent(),
        /1 evidence item arrived after the deletion and is overridden/,
      );
      const overridden = panel.locator('li.overridden');
      assert.equal(await overridden.count(), 1);
      assert.match(await overridden.textContent(), /overridden.*weapons programme/);
      await ctx.shot('overridden');
    },
  },
  {
    name: 'change a kind, export the workspace, clear, import: the correction is back',
    async run(ctx) {
      const { page } = ctx;
      const KEY = 'person:yun-sun';
      await ctx.open(`?sel=n:${encodeURIComponent(KEY)}`);
      const box = await openCorrect(page, 'actor');
      await box.getByLabel('Kind').selectOption('organization');
      await box.getByRole('button', { name: 'Change kind' }).click();
      const kindOf = () => page.evaluate((k) => window.cy.getElementById(k).data('kind'), KEY);
      await page.waitForFunction((k) => window.cy.getElementById(k).data('kind') === 'organization', KEY);
      assert.equal(await details(page).locator('.kind-tag').textContent(), 'organization');
      await openStrip(page);
      const file = await ctx.download(() => page.getByRole('button', { name: 'Export workspace' }).click());
      const saved = JSON.parse(file.data.toString('utf8'));
      assert.equal(saved.corrections.entries[0].op, 'set-kind');

      page.once('dialog', (d) => d.accept());
      await page.getByRole('button', { name: 'Clear workspace' }).click();
      await page.waitForFunction(
        () => document.querySelector('.app')?.getAttribute('data-status') === 'empty',
      );
      assert.equal(await page.locator('.corrections-list li').count(), 0);

      await page.getByLabel('Import workspace file').setInputFiles({
        name: file.name,
        mimeType: 'application/json',
        buffer: file.data,
      });
      await page.waitForFunction((k) => window.cy?.getElementById(k).data('kind') === 'organization', KEY);
      assert.equal(await kindOf(), 'organization');
      assert.deepEqual(await corrections(page), [saved.corrections.entries[0].what]);
      await ctx.shot('imported');
    },
  },
  {
    name: 'an import with one malformed correction says so and imports the rest',
    async run(ctx) {
      const { page } = ctx;
      await ctx.open(`?sel=n:${encodeURIComponent('person:victor-gao')}`);
      const box = await openCorrect(page, 'actor');
      await box.getByLabel('Name').fill('Victor Gao Zhikai');
      await box.getByRole('button', { name: 'Rename' }).click();
      await page.waitForFunction(() => document.querySelectorAll('.corrections-list li').length === 1);
      await openStrip(page);
      const file = await ctx.download(() => page.getByRole('button', { name: 'Export workspace' }).click());
      const saved = JSON.parse(file.data.toString('utf8'));
      saved.corrections.entries.push({
        id: 'bad',
        at: '2026-01-01T00:00:00Z',
        op: 'set-kind',
        actor: 'CHN',
        kind: 'planet',
      });
      saved.corrections.cursor = 2;

      page.once('dialog', (d) => d.accept());
      await page.getByRole('button', { name: 'Clear workspace' }).click();
      await page.waitForFunction(
        () => document.querySelector('.app')?.getAttribute('data-status') === 'empty',
      );
      await page.getByLabel('Import workspace file').setInputFiles({
        name: 'edited.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(saved)),
      });
      const alert = page.locator('.ws-error');
      await alert.waitFor();
      assert.match(await alert.textContent(), /1 correction .*skipped.*corrections\.entries\[1\]\.kind/);
      await page.waitForFunction(() => !!window.cy?.nodes().length);
      assert.deepEqual(await corrections(page), [saved.corrections.entries[0].what]);
      assert.equal(
        await page.evaluate(() => window.cy.getElementById('person:victor-gao').data('label')),
        'Victor Gao Zhikai',
      );
      assert.equal(await page.evaluate(() => window.cy.getElementById('CHN').data('kind')), 'state');
      await ctx.shot('partly-imported');
    },
  },
  {
    name: 'dark mode: the corrections panel is light on dark, and a corrected actor wears the amber ring',
    async run(ctx) {
      const { page } = ctx;
      await page.emulateMedia({ colorScheme: 'dark' });
      await ctx.open(`?sel=n:${encodeURIComponent('RUS')}`);
      const box = await openCorrect(page, 'actor');
      await box.getByLabel('Name').fill('Russian Federation');
      await box.getByRole('button', { name: 'Rename' }).click();
      await page.waitForFunction(() => window.cy.getElementById('RUS').data('corrected') === true);
      const rgb = (s) => s.match(/\d+/g).slice(0, 3).map(Number);
      const luminance = (s) => rgb(s).reduce((a, b) => a + b, 0) / 3;
      const panel = await page.evaluate(() => {
        const item = document.querySelector('.corrections-list .correction-text');
        const note = document.querySelector('.details .correction-note');
        return {
          text: getComputedStyle(item).color,
          bg: getComputedStyle(item.closest('.sidebar')).backgroundColor,
          note: getComputedStyle(note).color,
          noteBg: getComputedStyle(note).backgroundColor,
        };
      });
      assert.ok(luminance(panel.text) - luminance(panel.bg) > 100, `panel: ${panel.text} on ${panel.bg}`);
      assert.ok(
        luminance(panel.note) - luminance(panel.noteBg) > 100,
        `note: ${panel.note} on ${panel.noteBg}`,
      );
      await ctx.shot('dark-selected');
      // The selection ring covers the mark: look at it with another actor selected.
      await page.goto(`${page.url().split('?')[0]}?sel=n:CHN`);
      await ctx.waitReady();
      await page.waitForFunction(() => window.cy.getElementById('RUS').data('corrected') === true);
      const ring = await page.evaluate(() => window.cy.getElementById('RUS').style('border-color'));
      const plain = await page.evaluate(() => window.cy.getElementById('USA').style('border-color'));
      assert.deepEqual(rgb(ring), [251, 191, 36], 'the amber ring of the dark theme');
      assert.notDeepEqual(rgb(plain), rgb(ring));
      await ctx.shot('dark');
    },
  },
];
