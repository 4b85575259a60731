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

/** Sanitized HTML, keeping <html>/<head>/<title> so the loader can still find the title. */
export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    WHOLE_DOCUMENT: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed'],
    ADD_TAGS: ['title'],
  });
}

/** Largest article file the page reads, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** What to hand to the loader for a chosen file; throws with a message for the user. */
export async function readArticleFile(file: File): Promise<{ input: string; format: 'text' | 'html' }> {
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
