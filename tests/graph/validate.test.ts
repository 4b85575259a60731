import { describe, expect, it } from 'vitest';
import { addTie, createGraph, upsertActor } from '../../src/graph/build';
import { parseGraphFile } from '../../src/graph/validate';

function sample() {
  const g = createGraph({ articles: [{ id: 'a1', title: 'One' }] });
  upsertActor(g, 'BRA', { label: 'Brazil', kind: 'state', mentions: 2 });
  upsertActor(g, 'ARG', { label: 'Argentina', kind: 'state', mentions: 1 });
  addTie(g, 'alliance', 'BRA', 'ARG', [
    { text: 'Brazil and Argentina are allies.', start: 0, end: 32, article: 'a1' },
  ]);
  addTie(g, 'visit', 'BRA', 'ARG', [
    { text: 'Brazil visited Argentina.', start: 33, end: 58, article: 'a2' },
  ]);
  return g;
}

describe('parseGraphFile', () => {
  it('reads back what graph.export() wrote, keeping undirected alliances', () => {
    const g = parseGraphFile(JSON.stringify(sample().export()), 'bbc.json');
    expect(g.order).toBe(2);
    expect(g.size).toBe(2);
    expect(g.undirectedSize).toBe(1);
    expect(g.getAttribute('articles')).toEqual([{ id: 'a1', title: 'One' }]);
  });

  it('says what is wrong with a file that is not a graph', () => {
    expect(() => parseGraphFile('{"nodes": [', 'x.json')).toThrow(
      /^x\.json is not valid JSON .*Choose a graph file/,
    );
    expect(() => parseGraphFile('[1,2]', 'x.json')).toThrow(/x\.json is not a graph: it has no "nodes" list/);
    const bad = sample().export() as unknown as { edges: { attributes: { type: string } }[] };
    bad.edges[1]!.attributes.type = 'war';
    expect(() => parseGraphFile(JSON.stringify(bad), 'x.json')).toThrow(
      /not a valid Entente graph: graph\.edges\[1\]\.attributes\.type must be one of alliance/,
    );
  });
});
