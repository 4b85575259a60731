/** Golden test: the embedded default article gives its main actors and ties. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/extract';

const raw = readFileSync(join(import.meta.dirname, '../../data/china-north-korea-russia.txt'), 'utf8');
const r = extractGraph(raw, { date: '2024-04-12' });
const g = r.graph;
const keyOf = (label: string): string | undefined => g.findNode((_k, a) => a.label === label);
const has = (type: string, from: string, to: string): boolean => {
  const s = keyOf(from);
  const t = keyOf(to);
  if (!s || !t) return false;
  const edges =
    type === 'alliance'
      ? g.edges(s, t).concat(g.edges(t, s))
      : g.outEdges(s).filter((e) => g.target(e) === t);
  return edges.some((e) => g.getEdgeAttribute(e, 'type') === type);
};

describe('golden: China – North Korea – Russia', () => {
  it('finds the states, leaders and analysts, each once, with the right kind', () => {
    const byKind = (kind: string): string[] =>
      g
        .filterNodes((_k, a) => a.kind === kind)
        .map((k) => g.getNodeAttribute(k, 'label'))
        .sort();
    expect(byKind('state')).toEqual(
      expect.arrayContaining(['China', 'North Korea', 'Russia', 'United States', 'South Korea', 'Ukraine']),
    );
    expect(byKind('leader')).toEqual([
      'Kim Jong Un',
      'Sergei Lavrov',
      'Vladimir Putin',
      'Wang Yi',
      'Xi Jinping',
      'Zhao Leji',
    ]);
    expect(byKind('analyst')).toEqual([
      'Andrei Lankov',
      'Park Byung Kwang',
      'Ramon Pacheco Pardo',
      'Shi Yinhong',
      'Victor Gao',
      'Yun Sun',
    ]);
    expect(g.getNodeAttribute(keyOf('Kim Jong Un') ?? '', 'aliases')).toContain('Kim');
    expect(g.getNodeAttribute('PRK', 'aliases')).toEqual(
      expect.arrayContaining(['Pyongyang', 'North Korean']),
    );
  });

  it('makes no actor of boilerplate', () => {
    const labels = g.mapNodes((_k, a) => a.label.toLowerCase());
    for (const bad of [
      'api',
      'leave a comment',
      'comment',
      'nian liu',
      'getty images',
      'afp',
      'reuters',
      'experts',
      'western diplomats',
    ])
      expect(labels).not.toContain(bad);
    expect(r.text).not.toMatch(/\bapi api\b|Leave a Comment|Getty Images|Additional reporting/);
  });

  it('finds the alliances, visits, sanction and quotes with their direction', () => {
    expect(has('alliance', 'China', 'North Korea')).toBe(true);
    expect(has('alliance', 'North Korea', 'Russia')).toBe(true);
    expect(has('alliance', 'China', 'Russia')).toBe(true);
    expect(has('visit', 'Zhao Leji', 'North Korea')).toBe(true);
    expect(has('visit', 'Kim Jong Un', 'Russia')).toBe(true);
    expect(has('visit', 'Sergei Lavrov', 'China')).toBe(true);
    expect(has('visit', 'China', 'Sergei Lavrov')).toBe(false);
    expect(has('sanction', 'United Nations', 'North Korea')).toBe(true);
    expect(has('sanction', 'North Korea', 'United Nations')).toBe(false);
    expect(has('quote', 'Andrei Lankov', 'China')).toBe(true);
    expect(has('quote', 'Yun Sun', 'Russia')).toBe(true);
    expect(has('affiliation', 'Yun Sun', 'Stimson Center')).toBe(true);
  });

  it('marks the expected visit as planned and dates the reported ones', () => {
    const putin = keyOf('Vladimir Putin') ?? '';
    const e = g
      .outEdges(putin)
      .find((x) => g.getEdgeAttribute(x, 'type') === 'visit' && g.target(x) === 'PRK');
    expect(e && g.getEdgeAttribute(e, 'status')).toBe('planned');
    const lavrov = g
      .outEdges(keyOf('Sergei Lavrov') ?? '')
      .find((x) => g.getEdgeAttribute(x, 'type') === 'visit');
    expect(lavrov && g.getEdgeAttribute(lavrov, 'date')).toBe('2024-04-09');
  });

  it('gives evidence whose offsets index the article text, quotes carrying their words', () => {
    let n = 0;
    g.forEachEdge((_e, a) => {
      for (const ev of a.evidence) {
        expect(r.text.slice(ev.start, ev.end)).toBe(ev.text);
        expect(ev.article).toBe(r.article.id);
        n++;
      }
      if (a.type === 'quote')
        expect(a.evidence.every((ev) => typeof ev.quote === 'string' && ev.quote.length > 0)).toBe(true);
    });
    expect(n).toBeGreaterThan(40);
    const lankov = g.outEdges(keyOf('Andrei Lankov') ?? '').flatMap((e) => g.getEdgeAttribute(e, 'evidence'));
    expect(lankov.some((ev) => ev.quote?.includes('quietly satisfied'))).toBe(true);
  });
});
