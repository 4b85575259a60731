/** Helpers of the workbench browser tests: loading a graph file, measuring the picture. */
import assert from 'node:assert/strict';

/** Chooses a graph file in the Load article dialog; returns the dialog, not yet submitted. */
export async function chooseGraphFile(page, graph, name = 'big.json') {
  await page.getByRole('button', { name: 'Load article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Load an article' });
  await dialog.getByLabel('Article file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(graph)),
  });
  return dialog;
}

/** Loads a graph file through the Load article dialog. */
export async function loadGraphFile(page, graph, name = 'big.json') {
  const dialog = await chooseGraphFile(page, graph, name);
  await dialog.getByRole('button', { name: 'Load article' }).click();
}

/** Distinct positions, overlapping actors and bounding box of the drawn actors (model units). */
export function pictureStats() {
  const nodes = window.cy.nodes(':visible');
  const pts = nodes.map((n) => ({ ...n.position(), r: n.width() / 2 }));
  const distinct = new Set(pts.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)).size;
  const cell = 2 * Math.max(...pts.map((p) => p.r));
  const grid = new Map();
  const key = (x, y) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
  pts.forEach((p, i) => {
    const k = key(p.x, p.y);
    if (!grid.has(k)) grid.set(k, []);
    grid.get(k).push(i);
  });
  let overlapping = 0;
  pts.forEach((p, i) => {
    const [gx, gy] = key(p.x, p.y).split(',').map(Number);
    let hit = false;
    for (let dx = -1; dx <= 1 && !hit; dx++)
      for (let dy = -1; dy <= 1 && !hit; dy++)
        hit = (grid.get(`${gx + dx},${gy + dy}`) ?? []).some((j) => {
          const q = pts[j];
          return j !== i && Math.hypot(p.x - q.x, p.y - q.y) < p.r + q.r;
        });
    if (hit) overlapping++;
  });
  const bb = nodes.boundingBox();
  return { count: pts.length, distinct, overlapping, w: bb.w, h: bb.h };
}

/**
 * Checks that the drawn picture reads (issue 10): every actor drawn, at least 99% at distinct
 * positions, under 2% overlapping another, bounding box within 1:3.
 */
export async function assertReadablePicture(page, count) {
  const s = await page.evaluate(pictureStats);
  console.log(
    `    ${s.count} actors: ${s.distinct} distinct places, ${s.overlapping} overlapping, box ${Math.round(s.w)} x ${Math.round(s.h)}`,
  );
  assert.equal(s.count, count);
  assert.ok(s.distinct >= 0.99 * s.count, `only ${s.distinct} distinct positions of ${s.count}`);
  assert.ok(s.overlapping < 0.02 * s.count, `${s.overlapping} of ${s.count} actors overlap another`);
  const aspect = Math.max(s.w, s.h) / Math.min(s.w, s.h);
  assert.ok(aspect <= 3, `bounding box aspect ${aspect.toFixed(2)}`);
}
