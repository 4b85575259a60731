/** Browser tests of the explorer page (issue #3). */
import assert from 'node:assert/strict';

export default [
  {
    name: 'the default article draws with the expected actor count',
    async run(ctx) {
      const exp = await ctx.expected();
      await ctx.open();
      const counts = await ctx.page.evaluate(() => ({
        nodes: window.cy.nodes().length,
        edges: window.cy.edges().length,
      }));
      await ctx.shot('default');
      assert.ok(exp.order > 0, 'the loader finds actors in the default article');
      assert.equal(counts.nodes, exp.order, 'one canvas node per actor');
      assert.equal(counts.edges, exp.size, 'one canvas edge per tie');
    },
  },
];
