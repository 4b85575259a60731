import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { DOMParser } from 'linkedom';
import { addTie, createGraph, upsertActor } from '../../src/graph/build';
import {
  CSV_COLUMNS,
  csvField,
  formatGraph,
  GRAPH_FORMATS,
  isGraphFormat,
  toCSV,
  toGEXF,
  toGraphML,
  toJSON,
} from '../../src/graph/formats';
import type { EntenteGraph } from '../../src/graph/types';

/** A small graph with every awkward character we can think of. */
function sample(): EntenteGraph {
  const g = createGraph({ articles: [{ id: 'a1', title: 'Talks & "trade" <2024>', date: '2024-03-15' }] });
  upsertActor(g, 'AAA', {
    label: 'Republic of A & B',
    kind: 'state',
    aliases: ['A-land', '"A"'],
    mentions: 3,
  });
  upsertActor(g, 'BBB', { label: 'Bland <Kingdom>', kind: 'state', mentions: 2 });
  upsertActor(g, 'person:jo-doe', {
    label: 'Jo Doe',
    kind: 'leader',
    role: 'foreign minister',
    country: 'AAA',
    aliases: ['Doe'],
    mentions: 4,
  });
  const ev = (text: string, quote?: string) => ({
    text,
    start: 0,
    end: text.length,
    article: 'a1',
    ...(quote ? { quote } : {}),
  });
  addTie(g, 'alliance', 'AAA', 'BBB', [ev('A and B, long "friends", signed a pact.\nAgain.')]);
  addTie(g, 'visit', 'person:jo-doe', 'BBB', [ev('Doe flew to B on Monday.')], { date: '2024-03-11' });
  addTie(g, 'sanction', 'AAA', 'BBB', [ev('A lifted sanctions on B\u0001 today.')], { status: 'lifted' });
  addTie(g, 'quote', 'person:jo-doe', 'BBB', [
    { ...ev('"B is a friend," Doe said.', 'B is a friend'), rule: ['quote/inverted-cue'] },
  ]);
  addTie(g, 'quote', 'person:jo-doe', 'BBB', [
    { ...ev('Doe said B matters.'), start: 50, end: 69, rule: ['quote/said-that', 'quote/inverted-cue'] },
  ]);
  addTie(g, 'affiliation', 'person:jo-doe', 'AAA', [ev('Jo Doe, the foreign minister of A,')]);
  return g;
}

describe('toJSON', () => {
  it('is graph.export() and imports back into an equal graph', () => {
    const g = sample();
    const json = toJSON(g);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(g.export())));
    const back = createGraph();
    back.import(JSON.parse(json) as ReturnType<EntenteGraph['export']>);
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getEdgeAttribute('quote:person:jo-doe->BBB', 'weight')).toBe(2);
    expect(toJSON(g, true)).toContain('\n  "');
  });
});

describe('toGEXF', () => {
  it('reads back through graphology-gexf with the same nodes, edges and directions', () => {
    const g = sample();
    const back = parseGexf(Graph, toGEXF(g), { allowUndeclaredAttributes: true });
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getNodeAttribute('AAA', 'label')).toBe('Republic of A & B');
    expect(back.getNodeAttribute('BBB', 'label')).toBe('Bland <Kingdom>');
    expect(back.getNodeAttribute('AAA', 'aliases')).toBe('A-land; "A"');
    expect(back.getNodeAttribute('person:jo-doe', 'role')).toBe('foreign minister');
    const alliance = back.findEdge((_e, a: Record<string, unknown>) => a.type === 'alliance');
    expect(alliance && back.isUndirected(alliance)).toBe(true);
    const visit = back.findEdge((_e, a: Record<string, unknown>) => a.type === 'visit');
    expect(visit && back.isDirected(visit)).toBe(true);
    expect(visit && back.getEdgeAttribute(visit, 'date')).toBe('2024-03-11');
    const quote = back.findEdge((_e, a: Record<string, unknown>) => a.type === 'quote');
    expect(quote && back.getEdgeAttribute(quote, 'weight')).toBe(2);
    const evidence = JSON.parse(String(quote && back.getEdgeAttribute(quote, 'evidence'))) as {
      quote?: string;
    }[];
    expect(evidence[0]?.quote).toBe('B is a friend');
  });

  it('keeps parallel edges apart by kind and drops characters XML forbids', () => {
    const xml = toGEXF(sample());
    expect(xml).toContain('kind="sanction"');
    expect(xml).toContain('kind="visit"');
    expect(xml).not.toContain('\u0001');
    expect(xml).toContain('<creator>Entente</creator>');
    expect(xml).toContain('1 article(s): Talks &amp; "trade" &lt;2024&gt;');
  });

  it('carries positions, sizes, colours and shapes in the viz namespace when given', () => {
    const g = sample();
    const nodes = new Map(
      g
        .nodes()
        .map((k, i) => [k, { x: i * 10, y: -i, size: 12 + i, color: '#0072B2', shape: 'disc' as const }]),
    );
    const edges = new Map(g.edges().map((k) => [k, { color: 'rgb(204,121,167)', thickness: 2.5 }]));
    const xml = toGEXF(g, { nodes, edges });
    expect(xml).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    const back = parseGexf(Graph, xml, { allowUndeclaredAttributes: true });
    expect(back.getNodeAttributes('BBB')).toMatchObject({
      x: 10,
      y: -1,
      size: 13,
      color: 'rgb(0,114,178)',
      shape: 'disc',
    });
    back.forEachEdge((_k, a) => expect(a).toMatchObject({ color: 'rgb(204,121,167)', thickness: 2.5 }));
    expect(toGEXF(g)).not.toContain('<viz:');
  });

  it('writes an empty graph', () => {
    const back = parseGexf(Graph, toGEXF(createGraph()));
    expect(back.order).toBe(0);
  });
});

describe('toGraphML', () => {
  it('is well-formed XML that graphology-graphml reads back', () => {
    const g = sample();
    const xml = toGraphML(g);
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    expect(doc.querySelectorAll('parsererror')).toHaveLength(0);
    expect(doc.querySelectorAll('node')).toHaveLength(g.order);
    expect(doc.querySelectorAll('edge')).toHaveLength(g.size);
    const back = parseGraphml(Graph, xml);
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getNodeAttribute('BBB', 'label')).toBe('Bland <Kingdom>');
    expect(back.getNodeAttribute('person:jo-doe', 'mentions')).toBe(4);
    const alliance = back.findEdge((_e, a: Record<string, unknown>) => a.type === 'alliance');
    expect(alliance && back.isUndirected(alliance)).toBe(true);
    const sanction = back.findEdge((_e, a: Record<string, unknown>) => a.type === 'sanction');
    expect(sanction && back.getEdgeAttribute(sanction, 'status')).toBe('lifted');
    expect(xml).not.toContain('\u0001');
  });

  it('keeps newlines inside values', () => {
    const back = parseGraphml(Graph, toGraphML(sample()));
    const alliance = back.findEdge((_e, a: Record<string, unknown>) => a.type === 'alliance');
    expect(alliance && back.getEdgeAttribute(alliance, 'evidence_text')).toBe(
      'A and B, long "friends", signed a pact.\nAgain.',
    );
  });
});

/** A small RFC 4180 reader, to check the writer against. */
function readCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('toCSV', () => {
  it('writes one row per tie with RFC 4180 quoting', () => {
    const g = sample();
    const rows = readCsv(toCSV(g));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(g.size + 1);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    const alliance = rows.find((r) => r[2] === 'alliance');
    expect(alliance?.[7]).toBe('A and B, long "friends", signed a pact.\nAgain.');
    expect(alliance?.[8]).toMatch(/Republic of A & B|Bland <Kingdom>/);
    const visit = rows.find((r) => r[2] === 'visit');
    expect(visit?.slice(0, 7)).toEqual(['person:jo-doe', 'BBB', 'visit', '1', '2024-03-11', '', '1']);
    const quote = rows.find((r) => r[2] === 'quote');
    expect(quote?.[3]).toBe('2');
    expect(quote?.[6]).toBe('2');
  });

  it('quotes only what needs quoting', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(3)).toBe('3');
  });
});

describe('rule ids in the flat formats', () => {
  const RULES = 'quote/inverted-cue; quote/said-that';
  const isQuote = (_e: string, a: Record<string, unknown>) => a.type === 'quote';
  const isVisit = (_e: string, a: Record<string, unknown>) => a.type === 'visit';

  it('GEXF carries the unique rule ids of a tie\'s evidence as "rules"', () => {
    const back = parseGexf(Graph, toGEXF(sample()), { allowUndeclaredAttributes: true });
    const quote = back.findEdge(isQuote);
    expect(quote && back.getEdgeAttribute(quote, 'rules')).toBe(RULES);
    const visit = back.findEdge(isVisit);
    expect(visit && back.getEdgeAttribute(visit, 'rules')).toBeFalsy();
  });

  it('GraphML declares a "rules" edge key and carries the ids', () => {
    const xml = toGraphML(sample());
    expect(xml).toContain('<key id="e_rules" for="edge" attr.name="rules" attr.type="string"/>');
    const back = parseGraphml(Graph, xml);
    const quote = back.findEdge(isQuote);
    expect(quote && back.getEdgeAttribute(quote, 'rules')).toBe(RULES);
    const visit = back.findEdge(isVisit);
    expect(visit && back.getEdgeAttribute(visit, 'rules')).toBeUndefined();
  });

  it('CSV has a "rules" column after the earlier ones (only "correction" comes after it)', () => {
    const rows = readCsv(toCSV(sample()));
    const at = CSV_COLUMNS.indexOf('rules');
    expect(at).toBe(10);
    expect(CSV_COLUMNS.slice(at + 1)).toEqual(['correction']);
    expect(rows.find((r) => r[2] === 'quote')?.[at]).toBe(RULES);
    expect(rows.find((r) => r[2] === 'visit')?.[at]).toBe('');
  });
});

describe('formatGraph', () => {
  it('dispatches on every format', () => {
    const g = sample();
    expect(formatGraph(g, 'json')).toBe(toJSON(g));
    expect(formatGraph(g, 'gexf')).toBe(toGEXF(g));
    expect(formatGraph(g, 'graphml')).toBe(toGraphML(g));
    expect(formatGraph(g, 'csv')).toBe(toCSV(g));
    expect(Object.keys(GRAPH_FORMATS).sort()).toEqual(['csv', 'gexf', 'graphml', 'json']);
    expect(isGraphFormat('gexf')).toBe(true);
    expect(isGraphFormat('toString')).toBe(false);
  });
});
