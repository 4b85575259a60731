/**
 * HTML to article text: @mozilla/readability over a linkedom DOM, so that one code path runs
 * in Node, in the browser and in a Web Worker. Scripts are never executed (linkedom has no
 * script engine, and script-like elements are dropped before reading). Paragraphs become
 * blank-line separated blocks; figure captions stay as paragraphs of their own.
 */
import { DOMParser } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { InputError } from './types';

/** The readable text of an HTML page. */
export interface HtmlText {
  /** Paragraphs separated by blank lines. */
  text: string;
  /** The article title, or '' when the page has none. */
  title: string;
  /** Publication date (YYYY-MM-DD) from the page's metadata, when it gives one. */
  date?: string;
}

/** Elements whose content is never article text. */
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'button',
  'select',
  'input',
  'textarea',
  'head',
  'meta',
  'link',
  'title',
]);
/** Page furniture: never article text, dropped before reading. */
const BOILERPLATE = new Set(['nav', 'footer', 'aside', 'form', 'menu', 'dialog']);
/** Bylines and author boxes: page furniture, not article text. */
export const BYLINE = '[rel~="author"], [itemprop~="author"], .byline, .author, address';
/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Minimal DOM node shape used by the walker (linkedom and browser DOMs both fit). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * Reads the text of a DOM subtree: block elements separate paragraphs, `<br>` breaks a line,
 * whitespace collapses (except in `<pre>`). Iterative, so deep nesting cannot overflow the stack.
 */
export function blocksToText(root: DomNode, skip: ReadonlySet<string> = DROP): string {
  const paragraphs: string[] = [];
  let buf = '';
  const flush = (): void => {
    const p = buf
      .split('\n')
      .map((line) => line.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
      .filter((line) => line.length > 0)
      .join('\n');
    if (p) paragraphs.push(p);
    buf = '';
  };
  let pre = 0;
  // Each entry: a node to enter, or a marker to leave an element.
  const stack: { node: DomNode; leave: boolean }[] = [{ node: root, leave: false }];
  while (stack.length > 0) {
    const { node, leave } = stack.pop()!;
    const name = node.nodeName.toLowerCase();
    if (leave) {
      if (name === 'pre') pre--;
      if (BLOCK.has(name)) flush();
      continue;
    }
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      buf += pre > 0 ? v : v.replace(/\s+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (skip.has(name)) continue;
    if (name === 'br') {
      buf += '\n';
      continue;
    }
    if (name === 'img') continue;
    if (BLOCK.has(name)) flush();
    if (name === 'pre') pre++;
    stack.push({ node, leave: true });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push({ node: kid, leave: false });
    }
  }
  flush();
  return paragraphs.join('\n\n');
}

const isoDay = (s: string | null | undefined): string | undefined => {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s?.trim() ?? '');
  return m?.[1];
};

function metaDate(doc: Document): string | undefined {
  for (const sel of [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pdate"]',
  ]) {
    const d = isoDay(doc.querySelector(sel)?.getAttribute('content'));
    if (d) return d;
  }
  return isoDay(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
}

/** Deeper documents skip readability, whose cost grows steeply with nesting depth. */
export const MAX_READABILITY_DEPTH = 64;
/** Larger documents skip readability (it aborts above this many elements). */
const MAX_READABILITY_ELEMENTS = 20000;

/** Depth of the deepest element under `root`, computed without recursion. */
export function domDepth(root: DomNode): number {
  let max = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    if (d > max) max = d;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i];
      if (kid?.nodeType === 1) stack.push([kid, d + 1]);
    }
  }
  return max;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Last-resort reader for markup the DOM cannot hold (pathological nesting): drops script-like
 * elements and tags with linear scans, turns block tags into paragraph breaks, decodes the
 * common entities.
 */
export function stripTags(html: string): string {
  let out = '';
  let i = 0;
  const lower = html.toLowerCase();
  const dropped = /<(script|style|noscript|template|title|head)\b/g;
  for (let m = dropped.exec(lower); m; m = dropped.exec(lower)) {
    const close = lower.indexOf(`</${m[1]}`, m.index);
    out += html.slice(i, m.index);
    if (close < 0) {
      i = html.length;
      break;
    }
    const end = lower.indexOf('>', close);
    i = end < 0 ? html.length : end + 1;
    dropped.lastIndex = i;
  }
  out += html.slice(i);
  const blocks = [...BLOCK].join('|');
  return out
    .replace(new RegExp(`</?(?:${blocks})\\b[^<>]*>`, 'gi'), '\n\n')
    .replace(/<br\b[^<>]*>/gi, '\n')
    .replace(/<[^<>]*>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
      }
      return ENTITIES[e.toLowerCase()] ?? all;
    })
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line.length > 0)
        .join('\n'),
    )
    .filter((p) => p.length > 0)
    .join('\n\n');
}

/** Elements that never hold article text, whatever they wrap. */
const SCRIPTLIKE = ['script', 'style', 'noscript', 'template', 'iframe', 'title'];

/**
 * Whether a furniture element (nav, form, aside, ...) wraps the page's content rather than
 * sitting beside it: it holds the page's <article> or <main>, or more than half its text.
 * ASP.NET pages wrap the whole body in one <form>.
 */
function wrapsContent(el: Element, pageChars: number): boolean {
  if (el.querySelector('article, main')) return true;
  return (el.textContent?.length ?? 0) * 2 > pageChars;
}

/**
 * Drops script-like elements and page furniture before reading. JSON-LD stays: readability
 * reads it as data (JSON.parse) for the title and date. A furniture element that wraps the
 * content stays (its furniture children are still dropped).
 */
function removeFurniture(doc: Document): void {
  for (const el of [...doc.querySelectorAll(SCRIPTLIKE.join(', '))]) {
    if (el.getAttribute('type') !== 'application/ld+json') el.remove();
  }
  const pageChars = (doc.body ?? doc.documentElement)?.textContent?.length ?? 0;
  for (const el of [...doc.querySelectorAll([...BOILERPLATE].join(', '))]) {
    // An element inside furniture dropped before is gone with it.
    if (!doc.contains(el) || wrapsContent(el, pageChars)) continue;
    el.remove();
  }
  for (const el of [...doc.querySelectorAll(BYLINE)]) {
    if (doc.contains(el) && !wrapsContent(el, pageChars)) el.remove();
  }
}

/** Markup nested deeper than this (estimated before any DOM is built) is read by {@link stripTags}. */
export const MAX_DOM_DEPTH = 512;
/** Markup with more elements than this is read by {@link stripTags}. */
export const MAX_DOM_ELEMENTS = 200_000;

/** Elements that never have content. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose end tag may be left out (the parser closes them): they add no depth. */
const OPTIONAL_END = new Set([
  'html',
  'head',
  'body',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'optgroup',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rp',
]);
/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);
/** Elements inside which `<x/>` closes itself (SVG and MathML). */
const FOREIGN = new Set(['svg', 'math']);

const isNameChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;

/** The shape of a page's markup: elements, and an estimate of the deepest nesting. */
export interface MarkupShape {
  depth: number;
  elements: number;
}

/**
 * Estimates the nesting depth and counts the elements of `html` in one linear scan, before
 * any DOM is built: comments and raw text (scripts, styles) are skipped, void elements and
 * elements whose end tag is optional add no depth, an end tag closes one level.
 */
export function markupShape(html: string): MarkupShape {
  const lower = html.toLowerCase();
  let depth = 0;
  let max = 0;
  let elements = 0;
  let foreign = 0;
  for (let i = lower.indexOf('<'); i >= 0;) {
    if (lower.startsWith('<!--', i)) {
      const end = lower.indexOf('-->', i + 4);
      i = end < 0 ? -1 : lower.indexOf('<', end + 3);
      continue;
    }
    const isEnd = lower.charCodeAt(i + 1) === 47;
    const from = i + (isEnd ? 2 : 1);
    let j = from;
    while (j < lower.length && isNameChar(lower.charCodeAt(j))) j++;
    const end = j > from ? lower.indexOf('>', j) : -1;
    if (end < 0) {
      i = j > from ? -1 : lower.indexOf('<', i + 1);
      continue;
    }
    const name = lower.slice(from, j);
    const adds = !VOID.has(name) && !OPTIONAL_END.has(name);
    if (isEnd) {
      if (adds && depth > 0) depth--;
      if (FOREIGN.has(name) && foreign > 0) foreign--;
    } else {
      elements++;
      const selfClosed = lower.charCodeAt(end - 1) === 47 && (foreign > 0 || FOREIGN.has(name));
      if (adds && !selfClosed) max = Math.max(max, ++depth);
      if (FOREIGN.has(name) && !selfClosed) foreign++;
      if (RAW_TEXT.has(name)) {
        const close = lower.indexOf(`</${name}`, end);
        i = close < 0 ? -1 : lower.indexOf('<', close + 1);
        if (adds && depth > 0) depth--;
        continue;
      }
    }
    i = lower.indexOf('<', end + 1);
  }
  return { depth: max, elements };
}

/** The text of the page's `<title>`, read linearly (for pages read by {@link stripTags}). */
function titleOf(html: string): string {
  const lower = html.toLowerCase();
  const open = lower.indexOf('<title');
  const start = open < 0 ? -1 : lower.indexOf('>', open);
  const close = start < 0 ? -1 : lower.indexOf('</title', start);
  return close < 0
    ? ''
    : stripTags(html.slice(start + 1, close))
        .replace(/\s+/g, ' ')
        .trim();
}

function readDom(page: string): HtmlText {
  const parse = (): Document => new DOMParser().parseFromString(page, 'text/html') as unknown as Document;
  const doc = parse();
  const docTitle = (doc.querySelector('title')?.textContent || doc.querySelector('h1')?.textContent || '')
    .replace(/\s+/g, ' ')
    .trim();
  let date = metaDate(doc);
  removeFurniture(doc);

  let title = docTitle;
  let text = '';
  const root = doc.documentElement as unknown as DomNode | null;
  if (root && domDepth(root) <= MAX_READABILITY_DEPTH) {
    try {
      const article = new Readability<DomNode>(doc, {
        serializer: (n) => n,
        maxElemsToParse: MAX_READABILITY_ELEMENTS,
      }).parse();
      if (article?.content) {
        text = blocksToText(article.content);
        if (article.title?.trim()) title = article.title.replace(/\s+/g, ' ').trim();
        date = isoDay(article.publishedTime) ?? date;
      }
    } catch {
      text = '';
    }
  }
  if (!text) {
    // Readability mutates the document it reads: start again from a fresh parse.
    const fresh = parse();
    const body = (fresh.body ?? fresh.documentElement) as unknown as DomNode | null;
    removeFurniture(fresh);
    text = body ? blocksToText(body) : '';
  }
  return { text, title, ...(date ? { date } : {}) };
}

/**
 * Extracts the article from an HTML page: its text (paragraphs separated by blank lines,
 * captions as paragraphs of their own), title and publication date. Uses readability, and
 * falls back to the page body without navigation, footers and forms when readability finds
 * no article (or the page is too deep or too large for it), and to a linear tag stripper when
 * the markup is too deep or too large for a DOM ({@link MAX_DOM_DEPTH}, {@link MAX_DOM_ELEMENTS},
 * estimated by {@link markupShape} before any DOM is built). Throws {@link InputError} when the page has no
 * readable text at all.
 */
export function htmlToText(html: string): HtmlText {
  // linkedom builds no <html>/<body> around a fragment: give it a full document.
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const shape = markupShape(page);
  let result: HtmlText;
  try {
    // Too deep or too large for a DOM in bounded time: read the markup linearly.
    result =
      shape.depth > MAX_DOM_DEPTH || shape.elements > MAX_DOM_ELEMENTS
        ? { text: stripTags(html), title: titleOf(html) }
        : readDom(page);
  } catch {
    // The DOM overflowed the stack (pathological nesting): read the markup linearly.
    result = { text: stripTags(html), title: '' };
  }
  if (!result.text) {
    throw new InputError(
      'the HTML page has no readable text: save the article page itself (not an index or a script-only page), or paste its text',
    );
  }
  return result;
}
