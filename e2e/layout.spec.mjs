/** Browser tests of the phone and tablet layouts and of the report-ready default picture (issue #12). */
import assert from 'node:assert/strict';

/** Every visible control: where it is, and whether a click at its centre reaches it. */
const controlReport = (page) =>
  page.evaluate(async () => {
    const out = [];
    const controls = [...document.querySelectorAll('button, input, select, textarea, [tabindex="0"]')];
    for (const control of controls) {
      // A visually hidden file input is used through its label.
      const el = control.classList.contains('visually-hidden')
        ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`)
        : control;
      if (!el || el.closest('[hidden]') || el.getClientRects().length === 0) continue;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      await new Promise((r) => requestAnimationFrame(r));
      const b = el.getBoundingClientRect();
      if (b.width === 0 || b.height === 0) continue;
      const hit = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
      const name = (
        control.getAttribute('aria-label') ??
        el.textContent ??
        el.getAttribute('name') ??
        ''
      ).trim();
      out.push({
        name: `${el.tagName.toLowerCase()} “${name.slice(0, 30)}”`,
        left: b.left,
        right: b.right,
        reachable: !!hit && (hit === el || el.contains(hit) || hit.closest('label')?.contains(el) === true),
      });
    }
    return {
      controls: out,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    };
  });

async function checkWidth(ctx, width, height) {
  await ctx.page.setViewportSize({ width, height });
  await ctx.open();
  await ctx.page.waitForTimeout(300);
  await ctx.shot(`${width}`);
  const r = await controlReport(ctx.page);
  assert.ok(r.scrollWidth <= r.innerWidth, `no horizontal overflow: ${r.scrollWidth} > ${r.innerWidth}`);
  assert.ok(r.controls.length > 20, `controls found: ${r.controls.length}`);
  const off = r.controls.filter((c) => c.left < 0 || c.right > r.innerWidth + 0.5);
  assert.deepEqual(
    off.map((c) => c.name),
    [],
    'every control is inside the page width',
  );
  const covered = r.controls.filter((c) => !c.reachable);
  assert.deepEqual(
    covered.map((c) => c.name),
    [],
    'nothing covers a control',
  );
  assert.deepEqual(ctx.consoleErrors, []);
}

export default [
  {
    name: 'at 390 px the page does not overflow and every control is reachable',
    run: (ctx) => checkWidth(ctx, 390, 844),
  },
  {
    name: 'at 768 px the page does not overflow and every control is reachable',
    run: (ctx) => checkWidth(ctx, 768, 1024),
  },
];
