import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/extract/index';
import { createGraph, mergeInto } from '../../src/graph/build';
import { toJSON } from '../../src/graph/formats';
import { GraphMerger, mergeGraphs } from '../../src/graph/merge';
import type { EntenteGraph } from '../../src/graph/types';

const ARTICLE = readFileSync(
  join(import.meta.dirname, '..', '..', 'data', 'china-north-korea-russia.txt'),
  'utf8',
);

/** The sample article cut into three articles (shared actors, ties and evidence overlap). */
function parts(): EntenteGraph[] {
  const paras = ARTICLE.split('\n\n');
  const cut = Math.floor(paras.length / 3);
  const texts = [
    paras.slice(0, cut + 2),
    paras.slice(cut, 2 * cut + 2),
    [paras[0]!, ...paras.slice(2 * cut)],
  ].map((p) => p.join('\n\n'));
  return texts.map((t, i) => extractGraph(t, { articleId: `part-${i}`, date: '2024-04-12' }).graph);
}

describe('mergeGraphs', () => {
  const [a, b, c] = parts() as [EntenteGraph, EntenteGraph, EntenteGraph];

  it('is associative and order-independent: (a+b)+c = a+(b+c) = c+b+a, byte for byte', () => {
    const left = toJSON(mergeGraphs([mergeGraphs([a, b]), c]));
    const right = toJSON(mergeGraphs([a, mergeGraphs([b, c])]));
    const reversed = toJSON(mergeGraphs([c, b, a]));
    const shuffled = toJSON(new GraphMerger().add(b).add(c).add(a).result());
    expect(a.size).toBeGreaterThan(0);
    expect(left).toBe(right);
    expect(left).toBe(reversed);
    expect(left).toBe(shuffled);
  });

  it('holds what mergeInto holds: the same actors, ties, evidence and articles', () => {
    const merged = mergeGraphs([a, b, c]);
    const into = createGraph({ articles: [] });
    for (const g of [a, b, c]) mergeInto(into, g);
    expect(merged.nodes().sort()).toEqual(into.nodes().sort());
    expect(merged.edges().sort()).toEqual(into.edges().sort());
    for (const e of into.edges()) {
      expect(merged.getEdgeAttribute(e, 'weight'), e).toBe(into.getEdgeAttribute(e, 'weight'));
    }
    for (const n of into.nodes())
      expect(merged.getNodeAttribute(n, 'mentions'), n).toBe(into.getNodeAttribute(n, 'mentions'));
    expect(merged.getAttribute('articles')!.map((x) => x.id)).toEqual(['part-0', 'part-1', 'part-2']);
  });

  it('adds nothing when a graph is merged with itself, except mentions', () => {
    const once = mergeGraphs([a]);
    const twice = mergeGraphs([a, a]);
    expect(twice.edges()).toEqual(once.edges());
    for (const e of once.edges())
      expect(twice.getEdgeAttribute(e, 'evidence')).toEqual(once.getEdgeAttribute(e, 'evidence'));
    const n = once.nodes()[0]!;
    expect(twice.getNodeAttribute(n, 'mentions')).toBe(2 * once.getNodeAttribute(n, 'mentions'));
  });

  it('settles clashing attributes the same way in any order', () => {
    const g1 = createGraph({ articles: [{ id: 'x', title: 'B' }] });
    const g2 = createGraph({ articles: [{ id: 'x', title: 'A' }] });
    g1.addNode('person:a', {
      label: 'Ann Lee',
      kind: 'leader',
      aliases: ['Lee'],
      mentions: 1,
      role: 'minister',
    });
    g2.addNode('person:a', { label: 'Ann  Lee', kind: 'analyst', aliases: ['Ann'], mentions: 2 });
    const one = toJSON(mergeGraphs([g1, g2]));
    expect(one).toBe(toJSON(mergeGraphs([g2, g1])));
    const m = mergeGraphs([g1, g2]);
    expect(m.getNodeAttributes('person:a')).toEqual({
      label: 'Ann  Lee',
      kind: 'analyst',
      aliases: ['Ann', 'Lee'],
      role: 'minister',
      mentions: 3,
    });
    expect(m.getAttribute('articles')).toEqual([{ id: 'x', title: 'A' }]);
  });
});
