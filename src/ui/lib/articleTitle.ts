/** The title a pasted article gets when the user gives none. */

/** Longest first line taken as a title, in characters. */
export const MAX_TITLE = 100;

/** Used when the first line is too long to be a title (it is then a paragraph, not a heading). */
export const FALLBACK_TITLE = 'Pasted article';

/**
 * The first non-empty line of `text` when it is short enough to be a heading; otherwise
 * {@link FALLBACK_TITLE}: a title is never a sentence cut mid-way.
 */
export function defaultTitle(text: string): string {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\s+/g, ' ').trim();
    if (line) return line.length <= MAX_TITLE ? line : FALLBACK_TITLE;
    start = end + 1;
  }
  return FALLBACK_TITLE;
}
