import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { CSV_COLUMNS, toCSV, toGEXF, toGraphML, toJSON } from '../../src/graph/formats';
import { tieKey } from '../../src/graph/keys';
import type { Correction } from '../../src/workspace/corrections';
import { applyCorrections, emptyLog, record } from '../../src/workspace/corrections';
import { addArticle, emptyWorkspace, workspaceGraph } from '../../src/workspace/model';
import { ALPHA, BETA, result } from './fixtures';

const one = result(
  'one',
  [ALPHA, BETA],
  [
    { type: 'alliance', source: 'ALP', target: 'BET', sentence: 'Alphaland and Betaland are allies.' },
    { type: 'visit', source: 'ALP', target: 'BET', sentence: 'Alphaland visited Betaland.' },
  ],
);
const at = '2026-01-01T00:00:00Z';
const entries: Correction[] = [
  { op: 'rename-actor', actor: 'ALP', label: 'Alpha', id: 'a', at },
  { op: 'reverse-tie', tie: { type: 'visit', source: 'ALP', target: 'BET' }, id: 'b', at },
];
const corrected = applyCorrections(
  workspaceGraph(addArticle(emptyWorkspace(), one)),
  entries.reduce(record, emptyLog()),
).graph;
const VISIT = tieKey('visit', 'BET', 'ALP');

describe('exports carry the corrections', () => {
  it('JSON: corrected and correction attributes', () => {
    const g = JSON.parse(toJSON(corrected)) as {
      nodes: { key: string; attributes: Record<string, unknown> }[];
      edges: { key: string; attributes: Record<string, unknown> }[];
    };
    const alp = g.nodes.find((n) => n.key === 'ALP')?.attributes;
    expect(alp).toMatchObject({ corrected: true, correction: 'renamed from Alphaland' });
    expect(g.nodes.find((n) => n.key === 'BET')?.attributes.corrected).toBeUndefined();
    expect(g.edges.find((e) => e.key === VISIT)?.attributes).toMatchObject({
      corrected: true,
      correction: 'direction reversed',
    });
  });

  it('GEXF and GraphML: corrected and correction attributes', () => {
    for (const back of [
      parseGexf(Graph, toGEXF(corrected), { allowUndeclaredAttributes: true }),
      parseGraphml(Graph, toGraphML(corrected)),
    ]) {
      const alp = back.findNode((_k, a: Record<string, unknown>) => a.label === 'Alpha');
      expect(alp && back.getNodeAttribute(alp, 'correction')).toBe('renamed from Alphaland');
      expect(alp && back.getNodeAttribute(alp, 'corrected')).toBe(true);
      const visit = back.findEdge((_k, a: Record<string, unknown>) => a.type === 'visit');
      expect(visit && back.getEdgeAttribute(visit, 'correction')).toBe('direction reversed');
      const alliance = back.findEdge((_k, a: Record<string, unknown>) => a.type === 'alliance');
      expect(alliance && back.getEdgeAttribute(alliance, 'corrected')).toBeFalsy();
    }
  });

  it('CSV: a correction column', () => {
    const rows = toCSV(corrected)
      .trim()
      .split('\r\n')
      .map((r) => r.split(','));
    const col = CSV_COLUMNS.indexOf('correction');
    expect(rows[0]?.[col]).toBe('correction');
    expect(rows.find((r) => r[2] === 'visit')?.slice(0, 2)).toEqual(['BET', 'ALP']);
    expect(rows.find((r) => r[2] === 'visit')?.[col]).toBe('direction reversed');
    expect(rows.find((r) => r[2] === 'alliance')?.[col]).toBe('');
  });
});
