/**
 * Article HTML is sanitized with DOMPurify before anything else in the page touches it.
 * DOMPurify parses into an inert document: no script, handler or URL of the article runs.
 */
import DOMPurify from 'dompurify';

/** True when `s` looks like an HTML document or fragment rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return (
    /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(s) ||
    /<(?:p|div|article|script|h1|title)[\s>]/i.test(s)
  );
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Decodes the few entities a <title> or meta content commonly holds. */
const decode = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * Sanitized HTML for the loader: the body goes through DOMPurify; from the head only the
 * title and name/content meta tags (publication date, headline) are kept, rebuilt as text.
 */
export function sanitizeHtml(html: string): string {
  const head: string[] = [];
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  if (title) head.push(`<title>${escapeHtml(decode(title.replace(/<[^>]*>/g, '')).trim())}</title>`);
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attr = (n: string) => new RegExp(`\\b${n}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(m[0]);
    const key = attr('property') ?? attr('name') ?? attr('itemprop');
    const content = attr('content');
    if (!key || !content) continue;
    const k = decode(key[1] ?? key[2] ?? '');
    const c = decode(content[1] ?? content[2] ?? '');
    head.push(`<meta name="${escapeHtml(k)}" content="${escapeHtml(c)}">`);
  }
  const body = DOMPurify.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed', 'title'],
  });
  return `<!doctype html><html><head>${head.join('')}</head><body>${body}</body></html>`;
}

/** Largest article file the page reads, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Largest graph file (graphology JSON, as the CLI writes it) the page opens, in bytes. */
export const MAX_GRAPH_BYTES = 500 * 1024 * 1024;

/** Whether a chosen file is a graph file rather than an article. */
export const isGraphFile = (file: File): boolean =>
  /\.json$/i.test(file.name) || file.type === 'application/json';

/** What to hand to the loader for a chosen file; throws with a message for the user. */
export async function readArticleFile(
  file: File,
): Promise<{ input: string; format: 'text' | 'html' | 'graph' }> {
  if (isGraphFile(file)) {
    if (file.size > MAX_GRAPH_BYTES)
      throw new Error(
        `“${file.name}” is ${(file.size / 1048576).toFixed(0)} MB; Entente opens graph files up to ${MAX_GRAPH_BYTES / 1048576} MB.`,
      );
    return { input: await file.text(), format: 'graph' };
  }
  if (file.size === 0)
    throw new Error(`“${file.name}” is empty: choose a .txt or .html file with the article in it.`);
  if (file.size > MAX_FILE_BYTES)
    throw new Error(
      `“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB; Entente reads articles up to ${MAX_FILE_BYTES / 1048576} MB. Save just the article and try again.`,
    );
  const raw = await file.text();
  const isHtml = /\.x?html?$/i.test(file.name) || file.type === 'text/html' || looksLikeHtml(raw);
  return isHtml ? { input: sanitizeHtml(raw), format: 'html' } : { input: raw, format: 'text' };
}
