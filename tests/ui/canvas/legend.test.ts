import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { NODE_KINDS, RELATION_TYPES } from '../../../src/graph/types';
import { clampScale, exportGeometry, FULL_MARGIN } from '../../../src/ui/canvas/export';
import { legendParts, legendSize, legendSvg } from '../../../src/ui/canvas/legend';
import { EDGE_STYLES, PALETTE } from '../../../src/ui/canvas/palette';

describe('legend', () => {
  it('lists every kind and type with the palette colors', () => {
    const parts = legendParts();
    const texts = parts.filter((p) => p.kind === 'text').map((p) => p.text.toLowerCase());
    for (const k of NODE_KINDS) expect(texts).toContain(k);
    for (const t of RELATION_TYPES) expect(texts).toContain(t);
    const shapes = parts.filter((p) => p.kind === 'shape').map((p) => p.fill);
    expect(shapes).toEqual(NODE_KINDS.map((k) => PALETTE.light.kinds[k]));
    const arrows = parts.filter((p) => p.kind === 'arrow').length;
    expect(arrows).toBe(RELATION_TYPES.filter((t) => EDGE_STYLES[t].arrow !== 'none').length);
  });

  it('renders as SVG that parses, with only the requested entries', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg">${legendSvg(5, 6, 2, {
      kinds: ['state'],
      relations: ['quote'],
      dark: true,
    })}</svg>`;
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
    const g = doc.querySelector('g.entente-legend');
    expect(g?.getAttribute('transform')).toBe('translate(5 6) scale(2)');
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      'Actors',
      'Ties',
      'State',
      'Quote',
    ]);
    expect(doc.querySelector('line')?.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(doc.querySelector('rect')?.getAttribute('fill')).toBe(PALETTE.dark.background);
  });

  it('grows with the number of rows', () => {
    expect(legendSize({ kinds: ['state'], relations: ['quote'] }).height).toBeLessThan(legendSize().height);
  });
});

describe('export geometry', () => {
  it('keeps the view size and overlays the legend', () => {
    const g = exportGeometry({ width: 800, height: 600 }, false, { width: 200, height: 100 });
    expect(g).toMatchObject({ width: 800, height: 600, graphX: 0, graphY: 0 });
    expect(g.legendY + 100).toBeLessThanOrEqual(600);
  });

  it('puts the legend in a band below a full export', () => {
    const g = exportGeometry({ width: 300, height: 200 }, true, { width: 400, height: 100 });
    expect(g.width).toBe(400 + 2 * FULL_MARGIN);
    expect(g.legendY).toBeGreaterThanOrEqual(g.graphY + 200);
    expect(g.height).toBeGreaterThanOrEqual(g.legendY + 100);
    expect(exportGeometry({ width: 300, height: 200 }, true, undefined).height).toBe(200 + 2 * FULL_MARGIN);
  });

  it('clamps the scale to 1–4', () => {
    expect([clampScale(0), clampScale(2.5), clampScale(9), clampScale(NaN)]).toEqual([1, 2.5, 4, 1]);
  });
});
