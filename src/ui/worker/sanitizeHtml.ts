/**
 * Article HTML is cleaned inside the extraction worker, on linkedom's DOM (no script engine,
 * never the page's DOM), before the loader reads it. Everything is read from the parsed DOM:
 * no regular expression scans the raw markup, so no input makes this quadratic.
 */
import { DOMParser } from 'linkedom';
import { BYLINE } from '../../extract/html';

/** Elements dropped with everything inside them. */
const DROP =
  'script, style, title, iframe, object, embed, noscript, template, meta, link, base, frame, frameset';
/** Elements replaced by their content. */
const UNWRAP = 'form, input, button';
/** Attributes that take a URL. */
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster']);
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** linkedom builds no <html>/<body> around a fragment: give it a full document. */
const asPage = (html: string): string =>
  /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;

/** The page's title and its name/content meta tags (publication date, headline), rebuilt as markup. */
function headOf(doc: Document): string {
  const head: string[] = [];
  const title = doc.querySelector('title')?.textContent?.trim();
  if (title) head.push(`<title>${escapeHtml(title)}</title>`);
  for (const m of doc.querySelectorAll('meta')) {
    const key = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop');
    const content = m.getAttribute('content');
    if (!key || content === null) continue;
    head.push(`<meta name="${escapeHtml(key)}" content="${escapeHtml(content)}">`);
  }
  return head.join('');
}

/** Length of an element's text without white space. */
const inkLength = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, '').length;

/**
 * Drops paragraphs whose every visible character sits inside a link ("click me", "Read more",
 * related-story lists). Paragraphs do not nest, nor do links, so each character is counted at
 * most twice: linear in the page.
 */
function dropLinkOnlyParagraphs(body: HTMLElement): void {
  for (const p of [...body.querySelectorAll('p')]) {
    const links = [...p.querySelectorAll('a')];
    if (links.length === 0) continue;
    const text = inkLength(p);
    const linked = links.reduce((n, a) => n + inkLength(a), 0);
    if (text > 0 && linked >= text) p.remove();
  }
}

/** Drops script-like elements, bylines, link-only paragraphs, event handlers and script URLs, in place. */
function cleanBody(body: HTMLElement): void {
  for (const el of [...body.querySelectorAll(DROP)]) el.remove();
  for (const el of [...body.querySelectorAll(BYLINE)]) el.remove();
  dropLinkOnlyParagraphs(body);
  for (const el of [...body.querySelectorAll(UNWRAP)]) el.replaceWith(...el.childNodes);
  for (const el of [...body.querySelectorAll('*')]) {
    for (const a of [...el.attributes]) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on') || (URL_ATTRS.has(name) && SCRIPT_URL.test(a.value)))
        el.removeAttribute(a.name);
    }
  }
}

/**
 * Clean HTML for the loader: the body without scripts, styles, frames, forms or handlers;
 * from the head only the title and name/content meta tags, rebuilt as text.
 */
export function sanitizeHtml(html: string): string {
  const doc = new DOMParser().parseFromString(asPage(html), 'text/html') as unknown as Document;
  const head = headOf(doc);
  const body = doc.body;
  if (!body) return `<!doctype html><html><head>${head}</head><body></body></html>`;
  cleanBody(body);
  return `<!doctype html><html><head>${head}</head><body>${body.innerHTML}</body></html>`;
}
