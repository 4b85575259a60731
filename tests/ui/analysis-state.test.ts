import { describe, expect, it } from 'vitest';
import { groupColors, metricSizes, OTHER_GROUP_COLOR } from '../../src/ui/canvas/appearance';
import { defaultAnalysis, parseAnalysis, serializeAnalysis } from '../../src/ui/lib/analysisState';

describe('workbench URL state', () => {
  it('round-trips size, colour and the focus cut-off, writing no defaults', () => {
    expect(serializeAnalysis(defaultAnalysis())).toBe('');
    const v = { size: 'betweenness', color: 'country', top: null } as const;
    const q = serializeAnalysis(v, '?layout=grid');
    expect(q).toBe('?layout=grid&size=betweenness&color=country&top=all');
    expect(parseAnalysis(q)).toEqual(v);
    expect(parseAnalysis('?top=40').top).toBe(40);
  });

  it('ignores unknown values', () => {
    expect(parseAnalysis('?size=fame&color=mood&top=-3')).toEqual(defaultAnalysis());
  });
});

describe('appearance', () => {
  it('colours groups by size, leaving singletons and the unknown group grey', () => {
    const groups = new Map<string, string | number>([
      ['a', 1],
      ['b', 1],
      ['c', 1],
      ['d', 2],
      ['e', 2],
      ['f', 3],
      ['g', ''],
      ['h', ''],
    ]);
    const colors = groupColors(groups);
    expect(colors.get(1)).not.toBe(colors.get(2));
    expect(colors.has(3)).toBe(false);
    expect(colors.has('')).toBe(false);
    expect(OTHER_GROUP_COLOR).toMatch(/^#/);
  });

  it('gives the highest metric value the largest diameter', () => {
    const s = metricSizes(
      new Map([
        ['a', 0.5],
        ['b', 0.1],
        ['c', 0],
      ]),
      false,
    );
    expect(s.get('a')!).toBeGreaterThan(s.get('b')!);
    expect(s.get('b')!).toBeGreaterThan(s.get('c')!);
  });
});
