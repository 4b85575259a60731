/** Browser test: the details panel says in plain words why a tie of the default article exists. */
import assert from 'node:assert/strict';
import { join } from 'node:path';

/** Clicks a node where it is drawn on screen. */
async function clickNode(page, key) {
  const box = await page.locator('[data-testid="canvas"]').boundingBox();
  const p = await page.evaluate((k) => window.cy.getElementById(k).renderedPosition(), key);
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

/** The reasons the panel should show for one evidence item, from the rule catalogue in Node. */
async function expectedWhy(ctx, evidence) {
  const { tsImport } = await import('tsx/esm/api');
  const rules = await tsImport(join(ctx.root, 'src/extract/rules.ts'), import.meta.url);
  const reasons = [...new Set(evidence.rule ?? [])].map((id) => rules.ruleReason(id)).filter(Boolean);
  return `why this tie: ${reasons.join('; ')}`;
}

export default [
  {
    name: 'the details panel of a tie of the default article says why the tie was read',
    async run(ctx) {
      await ctx.open();
      const page = ctx.page;
      const node = await page.evaluate(() =>
        window.cy
          .nodes()
          .max((x) => x.degree(false))
          .ele.id(),
      );
      await clickNode(page, node);
      const details = page.locator('.details');
      await details.locator('button.tie').first().click();
      await details.locator('.edge-details').waitFor();
      const edgeKey = await page.evaluate(() => window.cy.$('edge:selected').id());
      const tie = (await ctx.expected()).graph.edges.find((e) => e.key === edgeKey);
      assert.ok(tie, `the selected tie ${edgeKey} is in the loader's graph`);

      const first = details.locator('.evidence-list li').first();
      const why = (await first.locator('.evidence-why').textContent()).replace(/\s+/g, ' ').trim();
      assert.match(why, /^why this tie: \S/);
      assert.equal(why, await expectedWhy(ctx, tie.attributes.evidence[0]));
      assert.ok(await first.locator('.evidence-why').isVisible(), 'the explanation is on screen');
      await ctx.shot('why-this-tie');
    },
  },
];
