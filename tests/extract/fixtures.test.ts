/**
 * Anti-overfitting check: articles we wrote ourselves, from other regions, with the
 * graph a careful reader would draw. Each expectation is a tie or an actor that must be
 * (or must not be) in the graph.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/extract';
import type { ExtractResult } from '../../src/extract';

const dir = join(import.meta.dirname, 'fixtures');
const load = (name: string, date: string): ExtractResult =>
  extractGraph(readFileSync(join(dir, name), 'utf8'), { date });

function ties(r: ExtractResult, type: string): string[] {
  const g = r.graph;
  const label = (k: string): string => g.getNodeAttribute(k, 'label');
  return g
    .filterEdges((_e, a) => a.type === type)
    .map((e) => {
      const ends = [label(g.source(e)), label(g.target(e))];
      return (type === 'alliance' ? ends.sort() : ends).join(' -> ');
    })
    .sort();
}
const labels = (r: ExtractResult, kind: string): string[] =>
  r.graph
    .filterNodes((_k, a) => a.kind === kind)
    .map((k) => r.graph.getNodeAttribute(k, 'label'))
    .sort();

describe('fixture: India–Pakistan', () => {
  const r = load('india-pakistan.txt', '2024-05-14');
  it('finds the actors, typed, and no boilerplate actor', () => {
    expect(labels(r, 'state')).toEqual(['India', 'Pakistan', 'United States']);
    expect(labels(r, 'leader')).toEqual(['Sana Qureshi', 'Vikram Menon']);
    expect(labels(r, 'analyst')).toEqual(['Rahul Verma']);
    expect(r.text).not.toContain('Reporting by');
    expect(r.text.startsWith('India and Pakistan agree')).toBe(true);
    expect(r.text).toContain('\n\nIndia and Pakistan agreed on Tuesday');
  });
  it('finds the ties', () => {
    expect(ties(r, 'alliance')).toEqual(['India -> Pakistan']);
    expect(ties(r, 'visit')).toContain('Sana Qureshi -> India');
    expect(ties(r, 'sanction')).toEqual(['United States -> Pakistan']);
    expect(ties(r, 'quote')).toEqual(
      expect.arrayContaining(['Rahul Verma -> India', 'Rahul Verma -> Pakistan', 'Vikram Menon -> Pakistan']),
    );
  });
});

describe('fixture: EU–Turkey', () => {
  const r = load('eu-turkey.txt', '2024-05-14');
  it('finds the actors and drops the comment prompt and copyright line', () => {
    expect(labels(r, 'leader')).toEqual(['Claire Dubois', 'Kemal Aydin']);
    expect(labels(r, 'analyst')).toEqual(['Selin Kaya']);
    expect(r.text).not.toMatch(/Leave a Comment|All rights reserved|BRUSSELS/);
  });
  it('finds a revived pact, a planned visit and lifted sanctions, but no alliance with a rival', () => {
    expect(ties(r, 'alliance')).toEqual(['European Union -> Turkey']);
    const visit = r.graph.findEdge((_e, a) => a.type === 'visit');
    expect(visit && r.graph.getEdgeAttribute(visit, 'status')).toBe('planned');
    expect(ties(r, 'visit')).toContain('Kemal Aydin -> European Union');
    const sanction = r.graph.findEdge((_e, a) => a.type === 'sanction');
    expect(sanction && r.graph.getEdgeAttribute(sanction, 'status')).toBe('lifted');
    expect(ties(r, 'quote')).toEqual(
      expect.arrayContaining(['Claire Dubois -> Turkey', 'Selin Kaya -> Kemal Aydin']),
    );
  });
});

describe('fixture: Brazil–Argentina', () => {
  const r = load('brazil-argentina.txt', '2024-05-14');
  it('keeps a surname that is also a capital on the person', () => {
    expect(labels(r, 'state')).not.toContain('Peru');
    expect(labels(r, 'leader')).toEqual(['Julia Ferraro', 'Marcos Lima']);
    expect(labels(r, 'analyst')).toEqual(['Paula Gomez']);
  });
  it('finds the visit, the partnership and the quotes', () => {
    expect(ties(r, 'visit')).toContain('Marcos Lima -> Argentina');
    expect(ties(r, 'alliance')).toContain('Argentina -> Brazil');
    expect(ties(r, 'quote')).toEqual(
      expect.arrayContaining(['Marcos Lima -> Brazil', 'Julia Ferraro -> Brazil']),
    );
    expect(r.text).not.toContain('AFP');
  });
});
