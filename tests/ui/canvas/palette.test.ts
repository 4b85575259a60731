import { describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATION_TYPES } from '../../../src/graph/types';
import { EDGE_STYLES, PALETTE } from '../../../src/ui/canvas/palette';
import { closestPair, hexRgb, seenDistance } from '../cvd';

describe.each(['light', 'dark'] as const)('the %s palette', (theme) => {
  const c = PALETTE[theme];
  const kinds = NODE_KINDS.map((k) => hexRgb(c.kinds[k]));
  const relations = RELATION_TYPES.map((t) => hexRgb(c.relations[t]));

  it('keeps node kinds apart under deuteranopia and protanopia', () => {
    expect(closestPair(kinds).distance).toBeGreaterThan(30);
  });

  it('keeps tie types apart under deuteranopia and protanopia (patterns tell them apart too)', () => {
    expect(closestPair(relations).distance).toBeGreaterThan(12);
  });

  it('never gives a node kind and a tie type the same or a near colour', () => {
    for (const k of kinds)
      for (const r of relations) expect(seenDistance(k, r, 'normal')).toBeGreaterThan(15);
  });
});

describe('quote ties recede', () => {
  it('are thinner and fainter than the telling tie types', () => {
    for (const t of ['alliance', 'visit', 'sanction'] as const) {
      expect(EDGE_STYLES.quote.widthFactor).toBeLessThan(EDGE_STYLES[t].widthFactor);
      expect(EDGE_STYLES.quote.opacity).toBeLessThan(EDGE_STYLES[t].opacity);
    }
  });
});
