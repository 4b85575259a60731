import { afterEach, describe, expect, it, vi } from 'vitest';
import { DOMParser } from 'linkedom';
import {
  blocksToText,
  htmlToText,
  markupShape,
  MAX_DOM_DEPTH,
  MAX_DOM_ELEMENTS,
  stripTags,
} from '../../src/extract/html';
import { InputError } from '../../src/extract/types';

const para = (n: number): string =>
  `<p>Paragraph ${n}: the foreign minister of the republic met her counterpart in the capital on Tuesday, and the two discussed trade, security and the long border they share, officials said.</p>`;

const page = `<!DOCTYPE html>
<html><head><title>Ministers Meet in the Capital | The Daily Example</title>
<meta property="article:published_time" content="2024-03-15T09:30:00Z">
<script>globalThis.__scriptRan = true;</script>
<style>p { color: red }</style></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Ministers Meet in the Capital</h1>
${para(1)}
<figure><img src="a.jpg" alt=""><figcaption>The two ministers shake hands on Tuesday.</figcaption></figure>
${para(2)}
<script>document.write('INJECTED'); globalThis.__scriptRan = true;</script>
${para(3)}
<p onclick="globalThis.__scriptRan = true">${'A closing paragraph with enough words to count. '.repeat(4)}</p>
</article>
<footer>Copyright notice and sitemap</footer>
</body></html>`;

describe('htmlToText', () => {
  it('keeps paragraphs as blank-line separated blocks and the caption as its own paragraph', () => {
    const { text } = htmlToText(page);
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toContain('The two ministers shake hands on Tuesday.');
    const i1 = paragraphs.findIndex((p) => p.startsWith('Paragraph 1:'));
    const i2 = paragraphs.findIndex((p) => p.startsWith('Paragraph 2:'));
    expect(i1).toBeGreaterThanOrEqual(0);
    expect(paragraphs[i1 + 1]).toBe('The two ministers shake hands on Tuesday.');
    expect(i2).toBe(i1 + 2);
    expect(text).not.toMatch(/\n{3}/);
  });

  it('never runs scripts and drops their source, styles and navigation', () => {
    const { text } = htmlToText(page);
    expect((globalThis as Record<string, unknown>).__scriptRan).toBeUndefined();
    expect(text).not.toContain('INJECTED');
    expect(text).not.toContain('__scriptRan');
    expect(text).not.toContain('color: red');
    expect(text).not.toContain('Sport');
    expect(text).not.toContain('Copyright notice');
  });

  it('takes the title and the publication date from the page', () => {
    const { title, date } = htmlToText(page);
    expect(title).toContain('Ministers Meet in the Capital');
    expect(date).toBe('2024-03-15');
  });

  it('falls back to the body when readability finds no article', () => {
    const r = htmlToText('<title>Short</title><nav>Menu</nav><p>One <b>short</b> line.</p><p>Two.</p>');
    expect(r.text).toBe('One short line.\n\nTwo.');
    expect(r.title).toBe('Short');
  });

  it('drops bylines and author boxes when it falls back to the body (as the explorer does)', () => {
    const byline = '<span class="byline">By Ana Ruiz, Moscow correspondent</span>';
    const address = '<address>Ana Ruiz</address>';
    for (const furniture of [byline, address]) {
      const r = htmlToText(`<div>${furniture}<p>The minister flew to Paris on Monday for talks.</p></div>`);
      expect(r.text).toBe('The minister flew to Paris on Monday for talks.');
    }
  });

  it('decodes entities and collapses whitespace, keeping <br> as a line break', () => {
    const r = htmlToText('<p>Tom &amp; Jerry&nbsp;met   in\n  Paris.<br>Then&#8212;Rome.</p>');
    expect(r.text).toBe('Tom & Jerry met in Paris.\nThen\u2014Rome.');
  });

  it('refuses a page without readable text', () => {
    expect(() => htmlToText('<html><head><script>x()</script></head><body> </body></html>')).toThrow(
      InputError,
    );
  });

  it('reads the article of a page wrapped in a single form (ASP.NET)', () => {
    const wrapped = page
      .replace(
        '<body>',
        '<body><form method="post" action="./story.aspx"><input type="hidden" name="__VIEWSTATE" value="x">',
      )
      .replace('</body>', '<form action="/search"><label>Search the site</label></form></form></body>');
    const { text } = htmlToText(wrapped);
    expect(text).toContain('Paragraph 1:');
    expect(text).toContain('Paragraph 3:');
    expect(text).not.toContain('Search the site');
    expect(text).not.toContain('Sport');
  });

  it('survives very deep nesting', () => {
    const deep = `${'<div>'.repeat(20000)}deep text${'</div>'.repeat(20000)}`;
    expect(htmlToText(deep).text).toBe('deep text');
  });
});

describe('blocksToText', () => {
  it('keeps line breaks inside <pre>', () => {
    const node = (name: string, kids: unknown[]): unknown => ({
      nodeType: 1,
      nodeName: name,
      nodeValue: null,
      childNodes: kids,
    });
    const text = (v: string): unknown => ({ nodeType: 3, nodeName: '#text', nodeValue: v, childNodes: [] });
    const root = node('DIV', [node('PRE', [text('a  b\n  c')]), node('P', [text(' x   y ')])]);
    expect(blocksToText(root as Parameters<typeof blocksToText>[0])).toBe('a b\nc\n\nx y');
  });
});

describe('stripTags', () => {
  it('reads markup linearly: drops scripts, breaks paragraphs, decodes entities', () => {
    const html =
      '<head><title>x</title></head><p>A &amp; B&#33;</p><script>if (a < b) alert(1)</script><div>C<br>D &eacute;</div>';
    expect(stripTags(html)).toBe('A & B!\n\nC\nD &eacute;');
  });

  it('drops everything after an unclosed script', () => {
    expect(stripTags('<p>Kept</p><script>lost <p>also lost</p>')).toBe('Kept');
  });
});

describe('markupShape', () => {
  it('gives an ordinary page a small depth: optional end tags, void elements, raw text, SVG', () => {
    const page = `<!DOCTYPE html><html><head><title>A <b> title</title><meta charset="utf-8">
      <script>for (let i = 0; i < 9; i++) document.write("<div><div><div>");</script>
      <style>div > p { color: red }</style></head>
      <body><!-- <div><div><div> --><article><p>One.<p>Two.<br><img src=x>
      <ul><li>a<li>b</ul><table><tr><td>1<td>2</table>
      <svg><path d="M0 0"/><path d="M1 1"/><g><circle r="1"/></g></svg>
      </article></body></html>`;
    const shape = markupShape(page);
    expect(shape.depth).toBe(3); // article > ul or table or svg > g
    expect(shape.elements).toBe(24);
  });

  it('counts nested and unclosed elements', () => {
    expect(markupShape(`${'<div>'.repeat(1000)}x${'</div>'.repeat(1000)}`).depth).toBe(1000);
    expect(markupShape('<span>a '.repeat(700)).depth).toBe(700);
    expect(markupShape('<div>a</div>'.repeat(700))).toEqual({ depth: 1, elements: 700 });
    // `<div/>` does not close itself in HTML.
    expect(markupShape('<div/>'.repeat(600)).depth).toBe(600);
  });
});

describe('htmlToText: markup too deep or too large for a DOM', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads a page nested past the bound linearly, without building a DOM, and keeps its title', () => {
    const parse = vi.spyOn(DOMParser.prototype, 'parseFromString');
    const n = MAX_DOM_DEPTH + 1;
    const deep = `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(n)}<p>Deep text.</p>${'</div>'.repeat(n)}</body></html>`;
    expect(htmlToText(deep)).toEqual({ text: 'Deep text.', title: 'Deep page' });
    const unclosed = `<body>${'<div>'.repeat(n)}<p>Open text.</p>`;
    expect(htmlToText(unclosed).text).toBe('Open text.');
    expect(parse).not.toHaveBeenCalled();
  });

  it('reads a page with too many elements linearly', () => {
    const parse = vi.spyOn(DOMParser.prototype, 'parseFromString');
    const many = `<body><p>Many elements.</p>${'<br>'.repeat(MAX_DOM_ELEMENTS)}</body>`;
    expect(htmlToText(many).text).toBe('Many elements.');
    expect(parse).not.toHaveBeenCalled();
  });

  it('still reads an ordinary page through the DOM', () => {
    const parse = vi.spyOn(DOMParser.prototype, 'parseFromString');
    const n = MAX_DOM_DEPTH - 8;
    const page = `${'<div>'.repeat(n)}<p>Nested, but not too deep.</p>${'</div>'.repeat(n)}`;
    expect(htmlToText(page).text).toBe('Nested, but not too deep.');
    expect(parse).toHaveBeenCalled();
  });
});
