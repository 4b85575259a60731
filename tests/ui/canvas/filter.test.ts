import { describe, expect, it } from 'vitest';
import { toElements } from '../../../src/ui/canvas/elements';
import { computeHidden, indexElements, passesDateRange } from '../../../src/ui/canvas/filter';
import type { CanvasFilter } from '../../../src/ui/canvas/types';
import { applyCorrections, emptyLog, record } from '../../../src/workspace/corrections';
import { smallGraph } from './fixture';

const all = (): CanvasFilter => ({
  relations: { alliance: true, visit: true, sanction: true, quote: true, affiliation: true },
  kinds: { state: true, leader: true, analyst: true, organization: true },
  hideIsolated: false,
});
const index = () => indexElements(toElements(smallGraph()));
const typeOf = (id: string) => id.split(':')[0];

describe('computeHidden', () => {
  it('hides nothing without a filter or with everything on', () => {
    expect(computeHidden(index(), undefined).edges.size).toBe(0);
    const h = computeHidden(index(), all());
    expect(h.nodes.size + h.edges.size).toBe(0);
  });

  it('hides exactly the ties of a type toggled off, and moves no node', () => {
    const f = all();
    f.relations.quote = false;
    const h = computeHidden(index(), f);
    const quotes = index()
      .edges.filter((e) => e.type === 'quote')
      .map((e) => e.id);
    expect([...h.edges].sort()).toEqual(quotes.sort());
    expect(h.nodes.size).toBe(0);
  });

  it('hides a kind and every tie touching it', () => {
    const f = all();
    f.kinds.leader = false;
    const h = computeHidden(index(), f);
    expect([...h.nodes]).toEqual(['person:ana-ortiz']);
    expect([...h.edges].map(typeOf).sort()).toEqual(['affiliation', 'visit']);
  });

  it('hides ties with fewer evidence items than the minimum, and only those', () => {
    const f = all();
    const weights = index().edges.map((e) => e.weight);
    const top = Math.max(...weights);
    expect(top).toBeGreaterThan(1);
    f.minEvidence = top;
    const h = computeHidden(index(), f);
    const thin = index()
      .edges.filter((e) => e.weight < top)
      .map((e) => e.id);
    expect(thin.length).toBeGreaterThan(0);
    expect([...h.edges].sort()).toEqual(thin.sort());
    f.minEvidence = 1;
    expect(computeHidden(index(), f).edges.size).toBe(0);
  });

  it('hides isolated actors, counting only visible ties', () => {
    const f = all();
    f.hideIsolated = true;
    expect([...computeHidden(index(), f).nodes]).toEqual(['person:lone-voice']);
    f.relations.quote = false;
    expect([...computeHidden(index(), f).nodes].sort()).toEqual(['person:bo-lind', 'person:lone-voice']);
  });

  it('hides undated and out-of-range ties when a date range is set', () => {
    const f = all();
    f.dateRange = { from: '2024-01-01', to: '2024-12-31' };
    const h = computeHidden(index(), f);
    const visible = index().edges.filter((e) => !h.edges.has(e.id));
    expect(visible.map((e) => e.date).sort()).toEqual(['2024-04', '2024-05-02']);
    f.dateRange = {};
    expect(computeHidden(index(), f).edges.size).toBe(0);
  });

  it('treats a partial date as the whole period it names', () => {
    expect(passesDateRange('2024-04', { from: '2024-04-15' })).toBe(true);
    expect(passesDateRange('2024-04', { to: '2024-04-01' })).toBe(true);
    expect(passesDateRange('2024-04', { from: '2024-05-01' })).toBe(false);
    expect(passesDateRange('2023', { to: '2023-01' })).toBe(true);
    expect(passesDateRange('2022-12-31', { from: '2023' })).toBe(false);
    expect(passesDateRange(undefined, { from: '2000' })).toBe(false);
    expect(passesDateRange(undefined, undefined)).toBe(true);
  });

  it('keeps only ties with evidence from the chosen articles, and their ends', () => {
    const f = all();
    f.articles = ['a2'];
    const h = computeHidden(index(), f);
    const visible = index().edges.filter((e) => !h.edges.has(e.id));
    expect(visible.map((e) => e.id).sort()).toEqual([
      'affiliation:BBB->org:union-of-seas',
      'sanction:AAA->CCC',
      'visit:person:ana-ortiz->BBB',
    ]);
    const shownNodes = index()
      .nodes.filter((n) => !h.nodes.has(n.id))
      .map((n) => n.id);
    expect(shownNodes.sort()).toEqual(['AAA', 'BBB', 'CCC', 'org:union-of-seas', 'person:ana-ortiz']);
    f.articles = [];
    expect(computeHidden(index(), f).nodes.size).toBe(index().nodes.length);
  });

  it('keeps a tie the analyst added without a sentence under the evidence, article and date filters', () => {
    const log = record(emptyLog(), {
      op: 'add-tie',
      tie: { type: 'visit', source: 'CCC', target: 'person:lone-voice' },
      note: 'seen together',
      id: 'c1',
      at: '2026-01-01T00:00:00Z',
    });
    const added = indexElements(toElements(applyCorrections(smallGraph(), log).graph));
    const tie = 'visit:CCC->person:lone-voice';
    expect(added.edges.find((e) => e.id === tie)?.weight).toBe(0);
    const f = all();
    expect(computeHidden(added, f).edges.has(tie)).toBe(false);
    f.articles = ['a1'];
    f.dateRange = { from: '2024-01', to: '2024-12' };
    const h = computeHidden(added, f);
    expect(h.edges.has(tie)).toBe(false);
    expect(h.nodes.has('CCC') || h.nodes.has('person:lone-voice')).toBe(false);
    f.minEvidence = 2;
    expect(computeHidden(added, f).edges.has(tie)).toBe(true);
  });
});
