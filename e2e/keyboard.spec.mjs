/** Browser tests of dialogs, focus, the keyboard path and the paste dialog (issue #12). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pasted = (ctx) => readFileSync(join(ctx.root, 'e2e', 'fixtures', 'pasted.txt'), 'utf8');
const inside = (page, selector) => page.evaluate((s) => !!document.activeElement?.closest(s), selector);

async function openLoad(page) {
  await page.getByRole('button', { name: 'Load article' }).click();
  return page.getByRole('dialog', { name: 'Load an article' });
}

/** Pastes `text` (with an optional title) and loads it, confirming a Replace if asked. */
async function pasteAndLoad(page, text, title) {
  const dialog = await openLoad(page);
  await dialog.getByLabel('Article text').fill(text);
  if (title) await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Load article' }).click();
  return dialog;
}

const subtitle = (page) => page.locator('.subtitle').textContent();

export default [
  {
    name: 'the load dialog keeps focus inside with Tab and Shift+Tab, and Escape closes it',
    async run(ctx) {
      await ctx.open();
      const page = ctx.page;
      await openLoad(page);
      for (let i = 0; i < 14; i++) {
        await page.keyboard.press('Tab');
        assert.ok(await inside(page, '.modal'), `focus stays in the dialog after Tab ${i + 1}`);
      }
      for (let i = 0; i < 14; i++) {
        await page.keyboard.press('Shift+Tab');
        assert.ok(await inside(page, '.modal'), `focus stays in the dialog after Shift+Tab ${i + 1}`);
      }
      await page.keyboard.press('Escape');
      await page.locator('.modal').waitFor({ state: 'detached' });
      assert.equal(
        await page.evaluate(() => document.activeElement?.textContent),
        'Load article',
        'focus returns to the button that opened it',
      );
    },
  },
  {
    name: 'the export popover closes on Escape from anywhere and when focus leaves it',
    async run(ctx) {
      await ctx.open();
      const page = ctx.page;
      const btn = page.getByRole('button', { name: 'Export', exact: true });
      const panel = page.getByRole('group', { name: 'Export' });
      await btn.click();
      await panel.waitFor();
      await page.evaluate(() =>
        document.activeElement instanceof HTMLElement ? document.activeElement.blur() : 0,
      );
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'hidden' });
      assert.equal(await btn.getAttribute('aria-expanded'), 'false');

      await btn.click();
      await panel.waitFor();
      await page.getByPlaceholder('Find an actor…').focus();
      await panel.waitFor({ state: 'hidden' });
      assert.equal(await btn.getAttribute('aria-expanded'), 'false', 'focus leaving closes it');
    },
  },
  {
    name: 'paste title: a short first line is the title, a long one is never cut, a typed one wins',
    async run(ctx) {
      await ctx.open();
      const page = ctx.page;
      const text = pasted(ctx);
      const first = text.split('\n')[0];
      const dialog = await openLoad(page);
      await dialog.getByLabel('Article text').fill(text);
      assert.equal(await dialog.getByLabel('Title').getAttribute('placeholder'), first);
      await dialog.getByLabel('Merge into graph').check();
      await dialog.getByRole('button', { name: 'Load article' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByLabel('Article shown').waitFor();
      const titles = await page.getByLabel('Article shown').locator('option').allTextContents();
      assert.ok(titles.includes(first), `the pasted article is titled by its first line: ${titles}`);

      const body = text.split('\n').slice(2).join(' ').replace(/\s+/g, ' ');
      assert.ok(body.length > 100, 'the fixture body makes a long first line');
      const second = await pasteAndLoad(page, body);
      await second.getByRole('button', { name: 'Replace them' }).click();
      await second.waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.querySelector('.subtitle')?.textContent === 'Pasted article');

      const third = await pasteAndLoad(page, body, 'Andean talks');
      await third.getByRole('button', { name: 'Replace them' }).click();
      await third.waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.querySelector('.subtitle')?.textContent === 'Andean talks');
      await ctx.shot('typed-title');
    },
  },
  {
    name: 'Replace asks first when it would discard articles the user loaded, and Escape keeps them',
    async run(ctx) {
      await ctx.open();
      const page = ctx.page;
      const text = pasted(ctx);
      const first = await pasteAndLoad(page, text, 'First article');
      await first.waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.querySelector('.subtitle')?.textContent === 'First article');
      const nodes = await page.evaluate(() => window.cy.nodes().length);

      const dialog = await pasteAndLoad(page, 'Peru and Chile signed a treaty.', 'Second article');
      const ask = dialog.getByRole('alert');
      assert.match(await ask.textContent(), /Replace removes the article you loaded/);
      await ctx.shot('replace-asks');
      assert.equal(await subtitle(page), 'First article', 'nothing is replaced before the answer');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.equal(await subtitle(page), 'First article');
      assert.equal(await page.evaluate(() => window.cy.nodes().length), nodes, 'the graph is kept');
    },
  },
  {
    name: 'keyboard path over the canvas: focus, arrows move between neighbours, Escape clears',
    async run(ctx) {
      await ctx.open();
      const page = ctx.page;
      const canvas = page.locator('[data-testid="canvas"]');
      await canvas.focus();
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'canvas');
      await page.keyboard.press('ArrowRight');
      const busiest = await page.evaluate(() =>
        window.cy
          .nodes()
          .max((n) => n.degree(false))
          .ele.id(),
      );
      await page.waitForFunction((k) => new URL(location.href).searchParams.get('sel') === `n:${k}`, busiest);
      const label = await page.evaluate((k) => window.cy.getElementById(k).data('label'), busiest);
      await page.locator('.details .entity-title').filter({ hasText: label }).waitFor();
      let from = busiest;
      const seen = [from];
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight']) {
        await page.keyboard.press(key);
        await page.waitForTimeout(100);
        const sel = new URL(page.url()).searchParams.get('sel')?.slice(2);
        if (sel === from) continue;
        const adjacent = await page.evaluate(
          ([a, b]) =>
            window.cy
              .getElementById(a)
              .neighborhood()
              .nodes()
              .some((n) => n.id() === b),
          [from, sel],
        );
        assert.ok(adjacent, `${sel} is a neighbour of ${from}`);
        seen.push(sel);
        from = sel;
      }
      assert.ok(seen.length >= 3, `the arrows moved the selection: ${seen.join(' → ')}`);
      await ctx.shot('keyboard-path');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('sel'));
    },
  },
  {
    name: 'a new selection scrolls the details to the top and clears the evidence highlight',
    async run(ctx) {
      await ctx.open();
      const page = ctx.page;
      const busiest = await page.evaluate(() =>
        window.cy
          .nodes()
          .max((n) => n.degree(false))
          .ele.id(),
      );
      await page.evaluate((k) => window.cy.getElementById(k).emit('tap'), busiest);
      await page.locator('.details .tie').first().click();
      await page.locator('.details .evidence').first().click();
      await page.locator('[data-testid="article-text"] .evidence-hl').first().waitFor();
      const body = page.getByTestId('details-body');
      await body.evaluate((el) => (el.scrollTop = el.scrollHeight));
      const other = await page.evaluate(
        (k) =>
          window.cy
            .nodes()
            .filter((n) => n.id() !== k)
            .max((n) => n.degree(false))
            .ele.id(),
        busiest,
      );
      await page.evaluate((k) => window.cy.getElementById(k).emit('tap'), other);
      await page.waitForFunction((k) => new URL(location.href).searchParams.get('sel') === `n:${k}`, other);
      assert.equal(await body.evaluate((el) => el.scrollTop), 0, 'the details start at the top');
      assert.equal(
        await page.locator('[data-testid="article-text"] .evidence-hl').count(),
        0,
        'no highlight left',
      );
    },
  },
  {
    name: 'the article text is one Tab stop; arrow keys move between its mentions',
    async run(ctx) {
      await ctx.open();
      const page = ctx.page;
      const mentions = page.locator('[data-testid="article-text"] button.mention');
      assert.ok((await mentions.count()) > 20, 'the default article has many mentions');
      assert.equal(
        await page.locator('[data-testid="article-text"] button.mention[tabindex="0"]').count(),
        1,
      );
      await mentions.first().focus();
      await page.keyboard.press('ArrowRight');
      assert.equal(
        await page.evaluate(() =>
          [...document.querySelectorAll('button.mention')].indexOf(document.activeElement),
        ),
        1,
      );
      await page.keyboard.press('End');
      const last = await page.evaluate(() => document.querySelectorAll('button.mention').length - 1);
      assert.equal(
        await page.evaluate(() =>
          [...document.querySelectorAll('button.mention')].indexOf(document.activeElement),
        ),
        last,
      );
      assert.equal(await page.locator('button.mention[tabindex="0"]').count(), 1, 'still one Tab stop');
    },
  },
];
