/**
 * Word tokens with offsets, sentence index and the flags the later stages need
 * (capitalized, possessive). Linear: one regex pass with disjoint character classes.
 */
import type { Sentence } from './sentences';
import { lexicon } from './lexicon';
import { lookup } from './memo';

export interface Token {
  start: number;
  end: number;
  /** Surface form (possessive "’s" stripped). */
  text: string;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Followed by a possessive "’s" / "'s" (or a plural "s’"). */
  poss: boolean;
  /** Index of the sentence holding it. */
  sent: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;

function push(out: Token[], text: string, start: number, end: number, sent: number, poss: boolean): void {
  const t = text.slice(start, end);
  out.push({ start, end, text: t, lower: t.toLowerCase(), cap: UPPER.test(t), poss, sent });
}

const actsAsPlace = (p: string): boolean =>
  lookup(p).some((h) => h.kind === 'state' || h.kind === 'organization');

/**
 * Whether a hyphenated capitalized word is a compound of actors ("Kim-Putin", "China-Iran",
 * "US-led") rather than one name ("Yunus-Bek", "Al-Ahram", "Guinea-Bissau"). The whole word
 * is tried first; a part that is only a person's name does not split a name it happens to
 * start ("Yunus-Bek Yevkurov" is not "Yunus").
 */
function shouldSplit(word: string, parts: readonly string[]): boolean {
  if (lookup(word).length > 0) return false;
  if (parts.length === 2 && actsAsPlace(parts[0] ?? '')) return true;
  if (!parts.every((p) => UPPER.test(p))) return false;
  return parts.some(actsAsPlace) || parts.every((p) => lookup(p).length > 0);
}

/** Tokenizes every sentence; tokens are returned in text order. */
export function tokenize(text: string, sentences: readonly Sentence[]): Token[] {
  const out: Token[] = [];
  sentences.forEach((s, si) => {
    const slice = text.slice(s.start, s.end);
    WORD.lastIndex = 0;
    for (const m of slice.matchAll(WORD)) {
      let start = s.start + m.index;
      let end = start + m[0].length;
      let word = m[0];
      // Abbreviation or initial: keep its final dot ("U.S.", "Mr.", "J.").
      if (
        text[end] === '.' &&
        (word.length === 1 || word.includes('.') || lexicon.abbreviations.has(word.toLowerCase()))
      ) {
        if (end + 1 < s.end || word.includes('.') || word.length === 1) {
          end++;
          word += '.';
        }
      }
      let poss = false;
      if (/['’]s$/i.test(word) && word.length > 2) {
        poss = true;
        end -= 2;
        word = word.slice(0, -2);
      } else if (
        /s$/.test(word) &&
        (text[end] === '’' || text[end] === "'") &&
        !/\p{L}/u.test(text[end + 1] ?? '')
      ) {
        poss = true;
      }
      // Hyphenated capitalized compounds ("Kim-Putin", "China-Iran") split into parts.
      if (word.includes('-')) {
        const parts = word.split('-');
        if (
          parts.length > 1 &&
          (parts[0] ?? '').length > 1 &&
          UPPER.test(parts[0] ?? '') &&
          parts.every((p) => p.length > 0)
        ) {
          if (shouldSplit(word, parts)) {
            let p0 = start;
            parts.forEach((p, k) => {
              const last = k === parts.length - 1;
              push(out, text, p0, p0 + p.length, si, last && poss);
              p0 += p.length + 1;
            });
            continue;
          }
        }
      }
      start = Math.max(start, s.start);
      push(out, text, start, end, si, poss);
    }
  });
  return out;
}
