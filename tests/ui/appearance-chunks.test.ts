import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  appearanceChanges,
  applyAppearance,
  applyAppearanceInChunks,
  RESTYLE_CHUNK,
  writeChanges,
} from '../../src/ui/canvas/appearance';
import { heavy } from '../../src/ui/lib/analysisClient';
import { addTie, createGraph, upsertActor } from '../../src/graph/build';

/** A headless Cytoscape instance of `n` nodes of size 1 (smaller than any metric size). */
function nodes(n: number) {
  return cytoscape({
    headless: true,
    elements: Array.from({ length: n }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: `n${i}`, size: 1 },
    })),
  });
}

describe('appearance in chunks', () => {
  it('writes only the nodes that change', () => {
    const cy = nodes(5);
    const groups = new Map([
      ['n0', 1],
      ['n1', 1],
    ]);
    expect(appearanceChanges(cy, { groups })).toHaveLength(2);
    applyAppearance(cy, { groups });
    expect(appearanceChanges(cy, { groups })).toHaveLength(0);
    expect(cy.getElementById('n0').data('fill')).toMatch(/^#/);
    expect(appearanceChanges(cy, {})).toHaveLength(2);
  });

  it('restyles a large graph a chunk per task, and stops once a newer change takes over', async () => {
    const n = RESTYLE_CHUNK * 3 + 1;
    const cy = nodes(n);
    const sizes = new Map(cy.nodes().map((x, i) => [x.id(), i]));
    const waits: number[] = [];
    const written = () => cy.nodes().filter((x) => x.data('size') !== 1).length;
    const done = await applyAppearanceInChunks(
      cy,
      { sizes },
      () => true,
      () => {
        waits.push(written());
        return Promise.resolve();
      },
    );
    expect(done).toBe(true);
    expect(waits).toHaveLength(3);
    expect(waits[0]).toBeLessThanOrEqual(RESTYLE_CHUNK);
    expect(appearanceChanges(cy, { sizes })).toHaveLength(0);

    let live = true;
    const stopped = await applyAppearanceInChunks(
      cy,
      {},
      () => live,
      () => {
        live = false;
        return Promise.resolve();
      },
    );
    expect(stopped).toBe(false);
    expect(appearanceChanges(cy, {}).length).toBeGreaterThan(n - RESTYLE_CHUNK - 2);
  });
});

describe('heavy metrics', () => {
  it('are computed once per graph and metric', async () => {
    const g = createGraph();
    for (const k of ['A', 'B', 'C']) upsertActor(g, k, { label: k, kind: 'state' });
    addTie(g, 'alliance', 'A', 'B', [{ text: 'x', start: 0, end: 1 }]);
    const first = heavy(g, 'pagerank');
    expect(heavy(g, 'pagerank')).toBe(first);
    expect(heavy(g, 'community')).not.toBe(first);
    expect((await first).size).toBe(3);
  });
});

describe('appearance changes', () => {
  it('restyle no node they do not change', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [{ data: { id: 'a', size: 1 } }, { data: { id: 'b', size: 1 } }],
      style: [{ selector: 'node', style: { width: 'data(size)' } }],
    });
    const restyled: string[] = [];
    cy.on('style', 'node', (e) => restyled.push((e.target as cytoscape.NodeSingular).id()));
    writeChanges(cy, appearanceChanges(cy, { groups: new Map([['a', 1]]) }));
    expect(restyled).toEqual(['a']);
  });
});
