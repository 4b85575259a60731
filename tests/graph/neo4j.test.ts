import { describe, expect, it } from 'vitest';
import { addTie, createGraph, upsertActor } from '../../src/graph/build';
import { NEO4J_NODE_HEADER, NEO4J_TIE_HEADER, toNeo4j } from '../../src/graph/formats/neo4j';

/** RFC 4180 reader (quotes doubled, fields may hold commas, quotes and line breaks). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) field += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  return rows;
}

function sample() {
  const g = createGraph({ articles: [{ id: 'a1', title: 'T' }] });
  upsertActor(g, 'CHN', { label: 'China', kind: 'state', aliases: ['China', 'Beijing; the capital'] });
  upsertActor(g, 'org:un', { label: 'United Nations, "UN"', kind: 'organization', mentions: 2 });
  upsertActor(g, 'person:x', { label: 'X', kind: 'leader', country: 'CHN', role: 'head' });
  addTie(g, 'alliance', 'org:un', 'CHN', [
    { text: 'He said, "yes,\nno".', start: 0, end: 19, article: 'a1', rule: ['alliance/treaty-signed'] },
  ]);
  addTie(g, 'visit', 'person:x', 'org:un', [{ text: 'X went.', start: 20, end: 27 }], { date: '2024-04' });
  return g;
}

describe('toNeo4j', () => {
  const files = toNeo4j(sample());

  it('writes the headers neo4j-admin import reads', () => {
    expect(Object.keys(files).sort()).toEqual(['load.cypher', 'nodes.csv', 'relationships.csv']);
    expect(files['nodes.csv']!.split('\n')[0]).toBe(NEO4J_NODE_HEADER);
    expect(NEO4J_NODE_HEADER).toMatch(/^id:ID,.*,:LABEL$/);
    expect(files['relationships.csv']!.split('\n')[0]).toBe(NEO4J_TIE_HEADER);
    expect(NEO4J_TIE_HEADER).toMatch(/^:START_ID,:END_ID,:TYPE,/);
  });

  it('quotes and escapes fields, and keeps evidence as one JSON string', () => {
    const nodes = readCsv(files['nodes.csv']!);
    expect(nodes).toHaveLength(4);
    const un = nodes.find((r) => r[0] === 'org:un')!;
    expect(un.slice(1, 3)).toEqual(['United Nations, "UN"', 'organization']);
    expect(un[7]).toBe('Actor;Organization');
    const chn = nodes.find((r) => r[0] === 'CHN')!;
    expect(chn[3]!.split(';')).toEqual(['China', 'Beijing, the capital']);
    expect(files['nodes.csv']).toContain('"United Nations, ""UN"""');

    const ties = readCsv(files['relationships.csv']!);
    expect(ties).toHaveLength(3);
    const alliance = ties.find((r) => r[2] === 'ALLIANCE')!;
    expect(alliance.slice(0, 2)).toEqual(['CHN', 'org:un']);
    expect(alliance[4]).toBe('true');
    expect(alliance[8]).toBe('alliance/treaty-signed');
    expect(JSON.parse(alliance[9]!)).toEqual([
      { text: 'He said, "yes,\nno".', start: 0, end: 19, article: 'a1', rule: ['alliance/treaty-signed'] },
    ]);
    const visit = ties.find((r) => r[2] === 'VISIT')!;
    expect(visit.slice(0, 8)).toEqual([
      'person:x',
      'org:un',
      'VISIT',
      'visit:person:x->org:un',
      'false',
      '2024-04',
      '',
      '1',
    ]);
  });

  it('loads the same columns with LOAD CSV, every kind and type without plug-ins', () => {
    const cypher = files['load.cypher']!;
    expect(cypher).not.toMatch(/apoc\./);
    for (const label of ['State', 'Leader', 'Analyst', 'Organization'])
      expect(cypher).toContain(`SET n:${label}`);
    for (const type of ['ALLIANCE', 'VISIT', 'SANCTION', 'QUOTE', 'AFFILIATION'])
      expect(cypher).toContain(`[r:${type} {key: row.key}]`);
    for (const column of NEO4J_TIE_HEADER.split(',').filter((c) => !c.startsWith(':TYPE')))
      expect(cypher, column).toContain(column.includes(':') ? `row.\`${column}\`` : `row.${column}`);
  });
});
