/** Browser tests of the phone and tablet layouts and of the report-ready default picture (issue #12). */
import assert from 'node:assert/strict';
import { join } from 'node:path';

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

const widthTests = [
  {
    name: 'at 390 px the page does not overflow and every control is reachable',
    run: (ctx) => checkWidth(ctx, 390, 844),
  },
  {
    name: 'at 768 px the page does not overflow and every control is reachable',
    run: (ctx) => checkWidth(ctx, 768, 1024),
  },
];

/** Rendered boxes of the state nodes (page px). */
const stateBoxes = (page) =>
  page.evaluate(() =>
    window.cy
      .nodes('[kind = "state"]')
      .map((n) => ({ id: n.id(), ...n.renderedBoundingBox({ includeLabels: false }) })),
  );

const overlaps = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The fill colour at the centre of each node kind's biggest node, read from a screenshot. */
async function kindPixels(ctx, PNG) {
  const png = PNG.sync.read(await ctx.page.locator('[data-testid="canvas"]').screenshot());
  const points = await ctx.page.evaluate(() => {
    // The biggest node of each kind: its centre is least likely to sit under an edge.
    const out = {};
    for (const kind of ['state', 'leader', 'analyst', 'organization']) {
      const n = window.cy.nodes(`[kind = "${kind}"]`).max((x) => x.renderedWidth()).ele;
      if (n) out[kind] = n.renderedPosition();
    }
    return out;
  });
  const dpr = png.width / (await ctx.page.locator('[data-testid="canvas"]').boundingBox()).width;
  return Object.entries(points).map(([kind, p]) => {
    const i = (Math.round(p.y * dpr) * png.width + Math.round(p.x * dpr)) * 4;
    return { kind, rgb: [png.data[i], png.data[i + 1], png.data[i + 2]] };
  });
}

async function defaultPicture(ctx, { width, height, dark }) {
  await ctx.page.setViewportSize({ width, height });
  if (dark) await ctx.page.emulateMedia({ colorScheme: 'dark' });
  await ctx.open();
  await ctx.page.waitForTimeout(300);
  await ctx.shot(`default-${width}x${height}-${dark ? 'dark' : 'light'}`);
  const states = await stateBoxes(ctx.page);
  assert.ok(states.length >= 3, 'the default article has its three states');
  for (let i = 0; i < states.length; i++)
    for (let j = i + 1; j < states.length; j++)
      assert.ok(!overlaps(states[i], states[j]), `${states[i].id} and ${states[j].id} do not touch`);
}

async function checkKindColours(ctx) {
  const { PNG } = await import('pngjs');
  const { tsImport } = await import('tsx/esm/api');
  const cvd = await tsImport(join(ctx.root, 'tests/ui/cvd.ts'), import.meta.url);
  const pixels = await kindPixels(ctx, PNG);
  assert.equal(pixels.length, 4, 'every node kind is on screen');
  for (const vision of ['normal', 'protanopia', 'deuteranopia'])
    for (let i = 0; i < pixels.length; i++)
      for (let j = i + 1; j < pixels.length; j++) {
        const d = cvd.seenDistance(pixels[i].rgb, pixels[j].rgb, vision);
        assert.ok(d > 25, `${pixels[i].kind} and ${pixels[j].kind} look apart with ${vision}: ΔE ${d}`);
      }
}

const pictureTests = [
  {
    name: 'default picture 1440x900 light: states apart, node kinds apart under colour-blind simulation',
    async run(ctx) {
      await defaultPicture(ctx, { width: 1440, height: 900, dark: false });
      await checkKindColours(ctx);
    },
  },
  {
    name: 'default picture 1440x900 dark: states apart, node kinds apart under colour-blind simulation',
    async run(ctx) {
      await defaultPicture(ctx, { width: 1440, height: 900, dark: true });
      await checkKindColours(ctx);
    },
  },
  {
    name: 'default picture 390x844: states apart',
    run: (ctx) => defaultPicture(ctx, { width: 390, height: 844, dark: false }),
  },
];

export default [...widthTests, ...pictureTests];
