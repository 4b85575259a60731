import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/extract/index';
import { createGraph } from '../../src/graph/build';
import { actorKey } from '../../src/graph/keys';
import { fold, keyName, normalizeSurface, slug, stripAccents } from '../../src/graph/normalize';
import { parseGraphFile } from '../../src/graph/validate';
import { searchActors } from '../../src/ui/lib/graphQueries';

describe('slug (node keys)', () => {
  it('drops accents and apostrophes and joins Latin words with "-"', () => {
    expect(slug('Ramón Pacheco Pardo')).toBe('ramon-pacheco-pardo');
    expect(slug("King's College London")).toBe('kings-college-london');
    expect(slug('Médecins Sans Frontières')).toBe('medecins-sans-frontieres');
    expect(slug('Kim Jong-un')).toBe('kim-jong-un');
    expect(slug('AT&T')).toBe('at-t');
  });

  it('gives two Cyrillic, two Chinese and a Latin name five distinct, non-empty keys', () => {
    const names = ['Владимир Путин', 'Дмитрий Медведев', '习近平', '李强', 'Ramón Pacheco Pardo'];
    const keys = names.map((n) => actorKey('leader', n));
    expect(keys).toEqual([
      'person:владимир-путин',
      'person:дмитрий-медведев',
      'person:习近平',
      'person:李强',
      'person:ramon-pacheco-pardo',
    ]);
    expect(new Set(keys).size).toBe(5);
  });

  it('folds Latin letters without a decomposition instead of dropping them', () => {
    expect(slug('Lech Wałęsa')).toBe('lech-walesa');
    expect(slug('Łukasz')).not.toBe(slug('Ukasz'));
  });

  it('keeps the marks of other scripts, so distinct names stay distinct', () => {
    expect(slug('Йемен')).toBe('йемен');
    expect(slug('Йемен')).not.toBe(slug('Иемен'));
    expect(slug('ガザ')).not.toBe(slug('カサ'));
    expect(slug('राम')).not.toBe(slug('रम'));
  });

  it('never gives an empty key: a name without letters or digits gets a short hash', () => {
    expect(slug('***')).toBe('');
    expect(keyName('***')).toMatch(/^h[0-9a-f]{8}$/);
    expect(keyName('***')).not.toBe(keyName('!!!'));
    expect(actorKey('organization', '—')).toMatch(/^org:h[0-9a-f]{8}$/);
  });
});

describe('graphs with names in other scripts', () => {
  it('keep one node per person from extraction through an opened graph file', () => {
    const text = 'Владимир Путин said the talks went well. Дмитрий Медведев said the talks had failed.';
    const { graph } = extractGraph(text);
    const opened = parseGraphFile(JSON.stringify(graph.export()));
    const people = opened.filterNodes((_k, a) => a.kind !== 'state' && a.kind !== 'organization');
    expect(people.map((k) => opened.getNodeAttribute(k, 'label')).sort()).toEqual([
      'Владимир Путин',
      'Дмитрий Медведев',
    ]);
    expect(people.sort()).toEqual(['person:владимир-путин', 'person:дмитрий-медведев']);
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
