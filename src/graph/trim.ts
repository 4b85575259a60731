/**
 * Trimming runs of given characters from the ends of a string, in linear time. Regexes such
 * as /[-\s]+$/ rescan every run from each of its positions: quadratic on hostile input.
 */

/** `s` without the characters of `chars` at its end. */
export function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** `s` without the characters of `chars` at either end. */
export function trimOf(s: string, chars: string): string {
  let start = 0;
  while (start < s.length && chars.includes(s[start]!)) start++;
  return trimEndOf(s.slice(start), chars);
}

/** The characters /\s/ matches. */
export const SPACES =
  ' \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** The lines of `s` trimmed and joined by single spaces, blank lines dropped. */
export const oneLine = (s: string): string =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join(' ');
