/**
 * Stage 2, sentences: paragraphs (lines) and sentences with offsets into the cleaned
 * text. A period after an abbreviation ("U.S.", "Mr.", "Dr.") or an initial does not
 * end a sentence. One pass over the characters.
 */
import { lexicon } from './lexicon';

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph holding it. */
  para: number;
  /** True for the first sentence of its paragraph. */
  paraStart: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);

function isUpperOrDigit(ch: string): boolean {
  return /[\p{Lu}\p{N}]/u.test(ch);
}

/** The word ending just before `i` (letters and dots), lower case. */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[\p{L}.]/u.test(text[j - 1] ?? '')) j--;
  return text.slice(j, i).toLowerCase();
}

function splitParagraph(text: string, start: number, end: number, para: number, out: Sentence[]): void {
  let s = start;
  while (s < end && /\s/.test(text[s] ?? '')) s++;
  let i = s;
  while (i < end) {
    const ch = text[i] ?? '';
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i + 1;
      while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
      while (j < end && CLOSERS.has(text[j] ?? '')) j++;
      let k = j;
      while (k < end && (text[k] === ' ' || text[k] === '\t')) k++;
      const next = text[k] ?? '';
      const boundary = k > j && k < end && (isUpperOrDigit(next) || OPENERS.has(next));
      let abbrev = false;
      if (boundary && ch === '.') {
        const w = wordBefore(text, i);
        const bare = w.replace(/^\.+/, '');
        // A single letter is an initial unless a pronoun follows: "a post on X. He said".
        const after = /^\p{L}+/u.exec(text.slice(k, k + 12))?.[0].toLowerCase() ?? '';
        // "… to the U.S. “What …": an abbreviation that can end a sentence ends it before a quotation.
        const quoteNext = next === '"' || next === '“';
        abbrev =
          !(quoteNext && lexicon.finalAbbreviations.has(bare)) &&
          (lexicon.abbreviations.has(bare) ||
            (/^\p{L}$/u.test(bare) && !lexicon.sentenceStarters.has(after)) ||
            /^(?:\p{L}\.)+\p{L}$/u.test(bare));
      }
      if (boundary && !abbrev) {
        out.push({
          start: s,
          end: j,
          para,
          paraStart: out.length === 0 || out[out.length - 1]?.para !== para,
        });
        s = k;
        i = k;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  let e = end;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s)
    out.push({ start: s, end: e, para, paraStart: out.length === 0 || out[out.length - 1]?.para !== para });
}

/** Splits text into paragraphs (non-empty lines) and sentences. */
export function splitSentences(text: string): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    if (i === n || text[i] === '\n') {
      if (text.slice(lineStart, i).trim()) {
        const para = paragraphs.length;
        paragraphs.push({ start: lineStart, end: i });
        splitParagraph(text, lineStart, i, para, sentences);
      }
      lineStart = i + 1;
    }
  }
  return { paragraphs, sentences };
}
