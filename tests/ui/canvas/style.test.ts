import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { NODE_KINDS, RELATION_TYPES } from '../../../src/graph/types';
import { toElements } from '../../../src/ui/canvas/elements';
import { EDGE_STYLES, NODE_SHAPES, PALETTE } from '../../../src/ui/canvas/palette';
import { buildStylesheet, FOCUS_CLASS } from '../../../src/ui/canvas/style';
import { smallGraph } from './fixture';

const headless = (dark: boolean) =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(smallGraph()),
    style: buildStylesheet({ dark }),
  });

describe('stylesheet', () => {
  for (const dark of [false, true]) {
    const theme = dark ? 'dark' : 'light';

    it(`gives every kind a distinct shape and color (${theme})`, () => {
      const cy = headless(dark);
      const seen = new Map<string, { shape: string; color: string }>();
      for (const kind of NODE_KINDS) {
        const n = cy.nodes(`[kind = "${kind}"]`).first();
        const probe = n.nonempty()
          ? n
          : cy.add({ group: 'nodes', data: { id: `probe-${kind}`, kind, size: 20 } });
        seen.set(kind, {
          shape: String(probe.style('shape')),
          color: String(probe.style('background-color')),
        });
      }
      expect(new Set([...seen.values()].map((v) => v.shape)).size).toBe(NODE_KINDS.length);
      expect(new Set([...seen.values()].map((v) => v.color)).size).toBe(NODE_KINDS.length);
      for (const kind of NODE_KINDS) expect(seen.get(kind)?.shape).toBe(NODE_SHAPES[kind]);
      cy.destroy();
    });

    it(`gives every relation type a distinct color and line style, arrows only when directed (${theme})`, () => {
      const cy = headless(dark);
      const colors = new Set<string>();
      const lines = new Set<string>();
      for (const type of RELATION_TYPES) {
        const e = cy.edges(`[type = "${type}"]`).first();
        expect(e.nonempty()).toBe(true);
        colors.add(String(e.style('line-color')));
        lines.add(`${String(e.style('line-style'))}/${String(e.style('line-dash-pattern'))}`);
        const arrow = String(e.style('target-arrow-shape'));
        if (e.data('directed')) expect(arrow).not.toBe('none');
        else expect(arrow).toBe('none');
        expect(String(e.style('source-arrow-shape'))).toBe('none');
        expect(String(e.style('curve-style'))).toBe('unbundled-bezier');
        expect(Number(e.numericStyle('control-point-distances'))).toBe(Number(e.data('curve')));
      }
      expect(colors.size).toBe(RELATION_TYPES.length);
      expect(lines.size).toBe(RELATION_TYPES.length);
      cy.destroy();
    });
  }

  it('large mode: haystack edges without arrowheads, full drawing with arrows when focused', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(smallGraph()),
      style: buildStylesheet({ large: true }),
    });
    const lines = new Set<string>();
    for (const type of RELATION_TYPES) {
      const e = cy.edges(`[type = "${type}"]`).first();
      expect(e.style('curve-style')).toBe('haystack');
      expect(e.style('target-arrow-shape')).toBe('none');
      expect(e.style('mid-target-arrow-shape')).toBe('none');
      lines.add(
        `${String(e.style('line-color'))}/${String(e.style('line-style'))}/${String(e.style('line-dash-pattern'))}`,
      );
    }
    expect(lines.size).toBe(RELATION_TYPES.length);
    const visit = cy.edges('[type = "visit"]').first();
    visit.addClass(FOCUS_CLASS);
    expect(visit.style('curve-style')).toBe('unbundled-bezier');
    expect(visit.style('target-arrow-shape')).toBe(EDGE_STYLES.visit.arrow);
    expect(visit.style('mid-target-arrow-shape')).toBe('none');
    cy.destroy();
  });

  it('shows the label of a minor actor only when it is highlighted', () => {
    const cy = headless(false);
    const n = cy.add({
      group: 'nodes',
      data: { id: 'minor', label: 'Minor', kind: 'state', size: 20, major: false },
    });
    expect(n.style('label')).toBe('');
    n.addClass(FOCUS_CLASS);
    expect(n.style('label')).toBe('Minor');
    cy.destroy();
  });

  it('exports the palette used by the stylesheet', () => {
    const cy = headless(false);
    const n = cy.nodes('[kind = "leader"]').first();
    expect(cytoscapeColor(String(n.style('background-color')))).toBe(
      PALETTE.light.kinds.leader.toLowerCase(),
    );
    expect(EDGE_STYLES.alliance.arrow).toBe('none');
    cy.destroy();
  });

  it('reads labels from data, with a halo and a minimum zoomed size', () => {
    const cy = headless(false);
    const n = cy.getElementById('AAA');
    expect(n.style('label')).toBe('Arland');
    expect(parseFloat(String(n.style('text-outline-width')))).toBeGreaterThan(0);
    expect(parseFloat(String(n.style('min-zoomed-font-size')))).toBeGreaterThan(0);
    cy.destroy();
  });
});

/** `rgb(r,g,b)` -> `#rrggbb`. */
function cytoscapeColor(s: string): string {
  const m = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(s);
  if (!m) return s.toLowerCase();
  return '#' + [m[1], m[2], m[3]].map((x) => Number(x).toString(16).padStart(2, '0')).join('');
}
