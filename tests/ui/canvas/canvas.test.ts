import { describe, expect, it, vi } from 'vitest';
import { createCanvas } from '../../../src/ui/canvas';
import type { CanvasFilter, Selection } from '../../../src/ui/canvas';
import { addTie, upsertActor } from '../../../src/graph/build';
import { smallGraph } from './fixture';

const all = (): CanvasFilter => ({
  relations: { alliance: true, visit: true, sanction: true, quote: true, affiliation: true },
  kinds: { state: true, leader: true, analyst: true, organization: true },
  hideIsolated: false,
});

const make = (onSelect?: (s: Selection | null) => void) =>
  createCanvas({ container: {} as HTMLElement, graph: smallGraph(), headless: true, onSelect });

const snapshot = (h: ReturnType<typeof make>) =>
  Object.fromEntries(h.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
const shown = (h: ReturnType<typeof make>, sel: string) =>
  h.cy
    .elements(sel)
    .filter((e) => e.style('display') !== 'none')
    .map((e) => e.id())
    .sort();

describe('createCanvas (headless)', () => {
  it('draws every actor and tie', () => {
    const h = make();
    expect(h.cy.nodes()).toHaveLength(7);
    expect(h.cy.edges()).toHaveLength(7);
    h.destroy();
  });

  it('keeps filtered elements hidden across a theme change', () => {
    const h = make();
    const f = all();
    f.relations.quote = false;
    h.update({ filter: f });
    const hiddenBefore = shown(h, 'edge');
    h.update({ dark: true });
    expect(shown(h, 'edge')).toEqual(hiddenBefore);
    expect(h.cy.edges('[type = "quote"]').every((e) => e.style('display') === 'none')).toBe(true);
    f.relations.quote = true;
    h.update({ filter: { ...f } });
    expect(h.cy.edges('[type = "quote"]').every((e) => e.style('display') === 'element')).toBe(true);
    h.destroy();
  });

  it('filters by hiding, without moving nodes', () => {
    const h = make();
    const before = snapshot(h);
    const f = all();
    f.relations.quote = false;
    f.hideIsolated = true;
    h.update({ filter: f });
    expect(h.cy.edges('[type = "quote"]').every((e) => e.style('display') === 'none')).toBe(true);
    expect(shown(h, 'edge')).toHaveLength(6);
    expect(shown(h, 'node')).not.toContain('person:bo-lind');
    expect(snapshot(h)).toEqual(before);
    h.update({ filter: all() });
    expect(shown(h, 'edge')).toHaveLength(7);
    expect(shown(h, 'node')).toHaveLength(7);
    h.destroy();
  });

  it('highlights a node with its closed neighbourhood and dims the rest', () => {
    const h = make();
    h.select({ type: 'node', key: 'CCC' });
    const focus = h.cy
      .elements('.ent-focus')
      .map((e) => e.id())
      .sort();
    expect(focus).toEqual(['AAA', 'CCC', 'sanction:AAA->CCC']);
    expect(h.cy.elements('.ent-faded')).toHaveLength(h.cy.elements().length - 3);
    expect(h.cy.getElementById('CCC').selected()).toBe(true);
    h.select({ type: 'edge', key: 'visit:person:ana-ortiz->BBB' });
    expect(
      h.cy
        .elements('.ent-focus')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['BBB', 'person:ana-ortiz', 'visit:person:ana-ortiz->BBB']);
    h.select(null);
    expect(h.cy.elements('.ent-faded, .ent-focus, :selected')).toHaveLength(0);
    h.select({ type: 'node', key: 'nobody' });
    expect(h.cy.elements('.ent-faded')).toHaveLength(0);
    h.destroy();
  });

  it('reports taps on elements and on the background', () => {
    const onSelect = vi.fn();
    const h = make(onSelect);
    h.cy.getElementById('BBB').emit('tap');
    expect(onSelect).toHaveBeenLastCalledWith({ type: 'node', key: 'BBB' });
    h.cy.getElementById('sanction:AAA->CCC').emit('tap');
    expect(onSelect).toHaveBeenLastCalledWith({ type: 'edge', key: 'sanction:AAA->CCC' });
    h.cy.emit('tap');
    expect(onSelect).toHaveBeenLastCalledWith(null);
    h.destroy();
  });

  it('replaces the graph, keeps the filter, and relayouts on a layout change', () => {
    const h = make();
    const f = all();
    f.relations.affiliation = false;
    h.update({ filter: f });
    const g = smallGraph();
    upsertActor(g, 'DDD', { label: 'Dunmar', kind: 'state' });
    addTie(g, 'affiliation', 'DDD', 'org:union-of-seas', []);
    addTie(g, 'visit', 'DDD', 'AAA', []);
    h.update({ graph: g });
    expect(h.cy.nodes()).toHaveLength(8);
    expect(shown(h, 'edge[type = "affiliation"]')).toHaveLength(0);
    const before = snapshot(h);
    h.update({ layout: 'grid' });
    expect(snapshot(h)).not.toEqual(before);
    expect(shown(h, 'edge[type = "affiliation"]')).toHaveLength(0);
    h.destroy();
  });

  it('switches theme without touching positions', () => {
    const h = make();
    const before = snapshot(h);
    const light = String(h.cy.getElementById('AAA').style('color'));
    h.update({ dark: true });
    expect(String(h.cy.getElementById('AAA').style('color'))).not.toBe(light);
    expect(snapshot(h)).toEqual(before);
    h.destroy();
  });
});
