import { describe, expect, it } from 'vitest';
import { extractGraph, InputError } from '../../src/extract';

const ARTICLE = [
  'Kenya and Uganda agree to reopen border',
  '',
  'NAIROBI — Kenya and Uganda agreed on Monday to reopen their shared border, officials said.',
  '',
  'Kenyan President Grace Mushi visited Kampala on Friday. “Uganda is our closest partner,” Mushi said.',
  '',
  'Photo',
].join('\n');

describe('extractGraph', () => {
  it('returns the cleaned text, mention spans and valid evidence offsets', () => {
    const r = extractGraph(ARTICLE, { date: '2023-03-08' });
    expect(r.text).not.toContain('NAIROBI');
    expect(r.text).not.toMatch(/\nPhoto$/);
    for (const m of r.mentions) {
      expect(r.graph.hasNode(m.node)).toBe(true);
      expect(m.end).toBeGreaterThan(m.start);
    }
    expect(r.mentions.map((m) => r.text.slice(m.start, m.end))).toEqual(
      expect.arrayContaining(['Kenya', 'Uganda', 'Kampala']),
    );
    r.graph.forEachEdge((_e, a) => {
      for (const ev of a.evidence) expect(r.text.slice(ev.start, ev.end)).toBe(ev.text);
    });
    const visit = r.graph.findEdge((_e, a) => a.type === 'visit');
    expect(visit && r.graph.getEdgeAttribute(visit, 'date')).toBe('2023-03-03');
  });

  it('derives a stable article id from the text unless given', () => {
    const a = extractGraph(ARTICLE).article.id;
    expect(extractGraph(ARTICLE).article.id).toBe(a);
    expect(extractGraph(`${ARTICLE} More.`).article.id).not.toBe(a);
    expect(extractGraph(ARTICLE, { articleId: 'mine' }).article.id).toBe('mine');
    expect(extractGraph(ARTICLE).article.title).toBe('Kenya and Uganda agree to reopen border');
  });

  it('reads HTML through the input gate', () => {
    const html = `<html><head><title>Border deal</title></head><body><article><h1>Border deal</h1><p>Kenya and Uganda agreed to deepen their partnership on Monday, officials in both countries said after talks.</p><p>Uganda praised the friendship with Kenya in a statement released by the government.</p></article></body></html>`;
    const r = extractGraph(html);
    expect(r.graph.hasNode('KEN')).toBe(true);
    expect(r.text).not.toContain('<p>');
  });

  it('refuses empty and binary input with a clear InputError', () => {
    expect(() => extractGraph('   \n ')).toThrow(InputError);
    expect(() => extractGraph('\u0000\u0001\u0002binary\u0000\u0000\u0003'.repeat(50))).toThrow(/binary/);
  });

  it('warns when only boilerplate is left', () => {
    const r = extractGraph('api '.repeat(500));
    expect(r.graph.order).toBe(0);
    expect(r.warnings.length).toBeGreaterThan(0);
  });
});
