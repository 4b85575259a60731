/**
 * Reading a chosen article or graph file. HTML is handed over as the user gave it: the
 * extraction worker cleans and parses it (src/ui/worker/sanitizeHtml.ts), never the page.
 */

/** True when `s` looks like an HTML document or fragment rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return (
    /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(s) ||
    /<(?:p|div|article|script|h1|title)[\s>]/i.test(s)
  );
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
  return { input: raw, format: isHtml ? 'html' : 'text' };
}
