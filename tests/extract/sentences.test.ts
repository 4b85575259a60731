import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences';
import { tokenize } from '../../src/extract/tokens';

const texts = (t: string): string[] => splitSentences(t).sentences.map((s) => t.slice(s.start, s.end));

describe('sentences', () => {
  it('splits on sentence ends and keeps offsets', () => {
    const t = 'Peru voted. Chile abstained! Why? Nobody knows.';
    expect(texts(t)).toEqual(['Peru voted.', 'Chile abstained!', 'Why?', 'Nobody knows.']);
  });

  it('does not split after abbreviations and initials', () => {
    const t = 'Mr. Diaz met U.S. officials and Dr. Ruiz. John F. Kerry spoke later.';
    expect(texts(t)).toEqual(['Mr. Diaz met U.S. officials and Dr. Ruiz.', 'John F. Kerry spoke later.']);
  });

  it('keeps closing quotes with their sentence', () => {
    const t = '“We are ready.” The minister left.';
    expect(texts(t)).toEqual(['“We are ready.”', 'The minister left.']);
  });

  it('numbers paragraphs and marks their first sentence', () => {
    const { paragraphs, sentences } = splitSentences('One. Two.\n\nThree.');
    expect(paragraphs).toHaveLength(2);
    expect(sentences.map((s) => [s.para, s.paraStart])).toEqual([
      [0, true],
      [0, false],
      [1, true],
    ]);
  });
});

describe('tokens', () => {
  it('marks capitals and possessives, keeps abbreviation dots, splits capitalized pairs', () => {
    const t = 'Chile’s U.S. envoy praised the Peru-Chile pact.';
    const toks = tokenize(t, splitSentences(t).sentences);
    expect(toks.map((x) => x.text)).toEqual([
      'Chile',
      'U.S.',
      'envoy',
      'praised',
      'the',
      'Peru',
      'Chile',
      'pact',
    ]);
    expect(toks[0]?.poss).toBe(true);
    expect(toks[0]?.cap).toBe(true);
    expect(toks[2]?.cap).toBe(false);
    for (const k of toks) expect(t.slice(k.start, k.end)).toBe(k.text);
  });

  it('keeps lower-case hyphenated names whole', () => {
    const t = 'Kang Min-ho spoke.';
    const toks = tokenize(t, splitSentences(t).sentences);
    expect(toks.map((x) => x.text)).toEqual(['Kang', 'Min-ho', 'spoke']);
  });
});

describe('a single capital letter at a sentence end', () => {
  it('splits "a post on X. He said" but keeps initials inside names', () => {
    const text = 'She wrote in a post on X. He said the talks had failed.';
    expect(splitSentences(text).sentences).toHaveLength(2);
    expect(splitSentences('John F. Kennedy met Nikita Khrushchev.').sentences).toHaveLength(1);
  });
});
