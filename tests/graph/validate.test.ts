/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-return -- the tests corrupt the file into shapes no type allows */
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

describe('parseGraphFile refuses inconsistent graphs (issue 14, point 8) with the first bad path', () => {
  type File = {
    attributes: Record<string, unknown>;
    nodes: { key: string; attributes: Record<string, unknown> }[];
    edges: { key?: string; source: string; target: string; undirected?: boolean; attributes: any }[];
  };
  const edit = (f: (file: File) => void): string => {
    const file = sample().export() as unknown as File;
    f(file);
    return JSON.stringify(file);
  };
  const cases: [string, string, RegExp][] = [
    [
      'a reversed evidence span',
      edit((g) => Object.assign(g.edges[0]!.attributes.evidence[0], { start: 40, end: 2 })),
      /graph\.edges\[0\]\.attributes\.evidence\[0\] ends \(2\) before it starts \(40\)/,
    ],
    [
      'a weight that is not the evidence count',
      edit((g) => (g.edges[1]!.attributes.weight = 2)),
      /graph\.edges\[1\]\.attributes\.weight is 2 but the tie has 1 evidence items/,
    ],
    [
      'two edges for one (type, source, target)',
      edit((g) => g.edges.push({ ...g.edges[1]!, key: 'again' })),
      /graph\.edges\[2\] repeats the visit tie BRA - ARG of graph\.edges\[1\]/,
    ],
    [
      'an undirected visit',
      edit((g) => (g.edges[1]!.undirected = true)),
      /graph\.edges\[1\]\.undirected must not be true: a visit tie points/,
    ],
    [
      'a directed alliance',
      edit((g) => delete g.edges[0]!.undirected),
      /graph\.edges\[0\]\.undirected must be true/,
    ],
    [
      'articles given as a string',
      edit((g) => (g.attributes.articles = 'a1')),
      /graph\.attributes\.articles must be an array \(found a string\)/,
    ],
    [
      'a tie date that is no calendar day',
      edit((g) => (g.edges[1]!.attributes.date = '2024-02-30')),
      /graph\.edges\[1\]\.attributes\.date must be an ISO date/,
    ],
    [
      'an unknown attribute 10,000 levels deep',
      edit((g) => (g.nodes[1]!.attributes.deep = '@DEEP@')).replace(
        '"@DEEP@"',
        '['.repeat(10_000) + ']'.repeat(10_000),
      ),
      /graph\.nodes\[1\]\.attributes\.deep nests deeper than 32 levels/,
    ],
    [
      'an edge to a missing node',
      edit((g) => (g.edges[1]!.target = 'CHL')),
      /graph\.edges\[1\]\.target "CHL" is not a node of this graph/,
    ],
  ];
  it.each(cases)('%s', (_name, text, message) => {
    expect(() => parseGraphFile(text, 'x.json')).toThrow(message);
  });

  it('reads years 0000 to 0099 as dates', () => {
    const g = parseGraphFile(edit((f) => (f.edges[1]!.attributes.date = '0042-02')));
    expect(g.getEdgeAttribute(g.edges()[1]!, 'date')).toBe('0042-02');
  });
});
