import { describe, expect, it } from 'vitest';
import {
  captionLines,
  captionSvg,
  CREDIT,
  filterWords,
  layoutCaption,
  listWords,
  wrapText,
} from '../../../src/ui/export/caption';
import { parseView, toFilter } from '../../../src/ui/lib/urlState';

const everything = toFilter(parseView(''));
const a = { id: 'a', title: 'Pact signed', source: 'VOA', date: '2024-05-02' };
const b = { id: 'b', title: 'Talks resume', source: 'BBC', date: '2025-01-10' };

describe('caption', () => {
  it('one article: its title, source, date, no filter, and the credit', () => {
    expect(captionLines({ articles: [a], filter: everything }).map((l) => l.text)).toEqual([
      'Pact signed',
      'Source: VOA',
      'Published 2024-05-02',
      'Filters: none, every tie shown',
      CREDIT,
    ]);
  });

  it('several articles: a count, every source, the date span; the article filter counts', () => {
    const lines = captionLines({ articles: [a, b], filter: everything }).map((l) => l.text);
    expect(lines.slice(0, 3)).toEqual([
      '2 articles',
      'Sources: VOA and BBC',
      'Published 2024-05-02 to 2025-01-10',
    ]);
    const one = captionLines({ articles: [a, b], filter: { ...everything, articles: ['b'] } });
    expect(one.map((l) => l.text)).toContain('Talks resume');
    expect(one.map((l) => l.text)).toContain('Filters: 1 of 2 articles');
  });

  it('names every active filter', () => {
    const f = toFilter(parseView('?off=quote,affiliation&kinds=state,leader&isolated=0'));
    expect(filterWords({ ...f, dateRange: { from: '2024-01' } }, 1)).toBe(
      'quote and affiliation ties hidden; analysts and organizations hidden; isolated actors hidden; ties dated from 2024-01',
    );
    expect(filterWords(everything, 1)).toBeUndefined();
  });

  it('lists at most three words, then a count', () => {
    expect(listWords(['a'])).toBe('a');
    expect(listWords(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c and 2 more');
  });

  it('wraps long lines to the picture width, at spaces, and cuts words longer than a line', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    const long = { id: 'l', title: 'word '.repeat(60).trim() };
    const narrow = layoutCaption(captionLines({ articles: [long], filter: everything }), 300);
    const wide = layoutCaption(captionLines({ articles: [long], filter: everything }), 1200);
    expect(narrow.parts.length).toBeGreaterThan(wide.parts.length);
    expect(narrow.height).toBeGreaterThan(wide.height);
    for (const p of narrow.parts) expect(p.y).toBeLessThan(narrow.height);
  });

  it('escapes markup in the SVG', () => {
    const evil = { id: 'e', title: '<script>alert(1)</script> & "x"' };
    const { parts } = layoutCaption(captionLines({ articles: [evil], filter: everything }), 800);
    const svg = captionSvg(0, 0, 800, parts, { text: '#000', muted: '#666', rule: '#ccc' }, 'sans-serif');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(svg).toContain(CREDIT);
  });
});
