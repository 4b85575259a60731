import { describe, expect, it } from 'vitest';
import { fold, normalizeSurface, slug, stripAccents } from '../../src/graph/normalize';
import { searchActors } from '../../src/ui/lib/graphQueries';
import { createGraph } from '../../src/graph/build';

describe('slug (node keys)', () => {
  it('drops accents and apostrophes and joins Latin words with "-"', () => {
    expect(slug('Ramón Pacheco Pardo')).toBe('ramon-pacheco-pardo');
    expect(slug("King's College London")).toBe('kings-college-london');
    expect(slug('Médecins Sans Frontières')).toBe('medecins-sans-frontieres');
    expect(slug('Kim Jong-un')).toBe('kim-jong-un');
    expect(slug('AT&T')).toBe('at-t');
  });
});

describe('gazetteer normalization', () => {
  it('normalizes typography, then accents', () => {
    expect(normalizeSurface('  Côte d’Ivoire ')).toBe("Côte d'Ivoire");
    expect(stripAccents('Łódź')).toBe('Lodz');
  });
});

describe('fold (search)', () => {
  it('ignores case, accents, letters without a decomposition and typographic variants', () => {
    expect(fold('Łódź')).toBe('lodz');
    expect(fold('  Ramón ')).toBe('ramon');
    expect(fold('Kim Jong\u2011un')).toBe('kim jong-un');
    expect(fold('King’s')).toBe("king's");
  });

  it('lets the explorer find "Wałęsa" by typing "walesa"', () => {
    const g = createGraph();
    g.addNode('person:lech-walesa', { label: 'Lech Wałęsa', kind: 'leader', aliases: [], mentions: 1 });
    expect(searchActors(g, 'walesa').map((h) => h.label)).toEqual(['Lech Wałęsa']);
  });
});
