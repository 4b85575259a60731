/** Every tie of the default article, as exported to JSON, says which loader rules read it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/extract';
import { RULE_IDS, ruleReason } from '../../src/extract/rules';
import { toJSON } from '../../src/graph/formats';

const DATA = join(import.meta.dirname, '../../data');
const meta = JSON.parse(readFileSync(join(DATA, 'china-north-korea-russia.meta.json'), 'utf8')) as {
  date: string;
};
const raw = readFileSync(join(DATA, 'china-north-korea-russia.txt'), 'utf8');
const json = JSON.parse(toJSON(extractGraph(raw, { date: meta.date }).graph)) as {
  edges: { key: string; attributes: { evidence: { rule?: string[] }[] } }[];
};

describe('golden: rule ids of the default article', () => {
  it('has ties', () => {
    expect(json.edges.length).toBeGreaterThan(10);
  });

  it('gives every evidence item of every tie at least one rule id', () => {
    const bare = json.edges.flatMap((e) =>
      e.attributes.evidence.some((ev) => !ev.rule?.length) ? [e.key] : [],
    );
    expect(bare).toEqual([]);
  });

  it('uses only catalogued rule ids, each with a plain-words reason', () => {
    const ids = new Set(json.edges.flatMap((e) => e.attributes.evidence.flatMap((ev) => ev.rule ?? [])));
    const unknown = [...ids].filter((id) => !RULE_IDS.includes(id) || !ruleReason(id));
    expect(unknown).toEqual([]);
  });
});
