import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences';
import { tokenize } from '../../src/extract/tokens';
import {
  findIn,
  findLastIn,
  fw,
  gapText,
  inSet,
  isSeq,
  isSeqBefore,
  phraseLenAt,
  plainGap,
  skipBackIn,
  skipIn,
  wordAt,
} from '../../src/extract/match';

const toks = (text: string) => tokenize(text, splitSentences(text).sentences);

describe('match vocabulary', () => {
  const text = 'According to the minister, the two sides met in Paris.';
  const t = toks(text);

  it('reads words and sets', () => {
    expect(wordAt(t, 0)).toBe('according');
    expect(wordAt(t, 99)).toBe('');
    expect(inSet(t, 2, fw.articles)).toBe(true);
    expect(inSet(t, 3, fw.articles)).toBe(false);
    expect(inSet(t, 99, fw.articles)).toBe(false);
  });

  it('matches sequences forward and backward', () => {
    expect(isSeq(t, 0, ['according', 'to'])).toBe(true);
    expect(isSeq(t, 1, ['according', 'to'])).toBe(false);
    expect(isSeq(t, 0, [])).toBe(false);
    expect(isSeqBefore(t, 1, ['according', 'to'])).toBe(true);
    expect(phraseLenAt(t, 0, [['according', 'to', 'the'], ['according']])).toBe(3);
    expect(phraseLenAt(t, 3, [['according']])).toBe(0);
  });

  it('finds and skips words in a set', () => {
    expect(findIn(t, 0, t.length, fw.prepositions)).toBe(1);
    expect(findLastIn(t, 0, t.length, fw.prepositions)).toBe(8);
    expect(findIn(t, 9, t.length, fw.prepositions)).toBe(-1);
    expect(skipIn(t, 2, fw.determiners)).toBe(3);
    expect(skipBackIn(t, 2, fw.determiners)).toBe(1);
  });

  it('reads the gap between tokens', () => {
    expect(gapText(text, t, 4)).toBe(', ');
    expect(plainGap(text, t, 4)).toBe(false);
    expect(plainGap(text, t, 1)).toBe(true);
    expect(gapText(text, t, 0)).toBe('');
  });
});
