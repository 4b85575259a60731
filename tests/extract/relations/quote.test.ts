/** Quote ties beyond one sentence, and quote spans; one-sentence cases live in tests/extract/cases/quote.jsonl. */
import { describe, expect, it } from 'vitest';
import { findQuotes, quote } from '../../../src/extract/relations/quote';
import { docOf, edgeLabels, edges } from '../helpers';

const BIO =
  'Lina Haddad, a researcher at the Beirut Policy Institute, said Syria and Iraq were drifting apart.';

describe('quote', () => {
  it('reads “…,” said X and X said “…”', () => {
    const text = `${BIO}\n\n“Jordan will not take sides,” said Haddad.\n\nHaddad said: “Egypt is watching.”`;
    expect(edges(quote, text)).toContain('Lina Haddad -> Jordan');
    expect(edges(quote, text)).toContain('Lina Haddad -> Egypt');
  });

  it('attributes pronoun speakers and split quotes to the last speaker', () => {
    const text = `${BIO}\n\n“It is fragile,” she said. “Turkey knows it.”`;
    const doc = docOf(text);
    const ties = quote.extract(doc);
    const turkey = ties.find((t) => doc.actors.get(t.target)?.label === 'Turkey');
    expect(doc.actors.get(turkey?.source ?? '')?.label).toBe('Lina Haddad');
    // The quote without an actor ("It is fragile") still lands on the speaker's edges.
    expect(ties.some((t) => t.quote?.includes('It is fragile'))).toBe(true);
  });

  it('continues the previous speaker in a paragraph opening with a quote mark', () => {
    const text = `${BIO}\n\n“Jordan will not take sides,” Haddad said.\n\n“Qatar, on the other hand, is a broker.”`;
    expect(edges(quote, text)).toContain('Lina Haddad -> Qatar');
  });

  it('makes no edge for anonymous sources, and stops continuation after them', () => {
    const text =
      'Experts said Chile and Peru were close.\n\n“Bolivia is next,” said the official.\n\n“Ecuador too.”';
    expect(edges(quote, text)).toEqual([]);
  });

  it('finds quote spans, an unclosed one running to the paragraph end', () => {
    const doc = docOf('He said “one” and “two.\n\nNext.');
    expect(findQuotes(doc).map((q) => doc.text.slice(q.start, q.end))).toEqual(['one', 'two.']);
  });

  it('makes an edge for words that name no actor: the parties in context', () => {
    const text =
      'Kenya and Tanzania signed a border accord on Monday. Ugandan Foreign Minister Sam Kutesa said the accord was “a triumph for patience”.';
    const doc = docOf(text);
    const ties = quote.extract(doc);
    expect(edgeLabels(doc, ties)).toEqual(['Sam Kutesa -> Kenya', 'Sam Kutesa -> Tanzania']);
    expect(ties.every((t) => t.quote === 'a triumph for patience')).toBe(true);
  });

  it('takes the titled name after an inverted cue in the next sentence, not its state', () => {
    const text =
      'Chilean President Gabriel Boric met Peruvian President Dina Boluarte. “Peru is a friend,” said the Chilean president.';
    expect(edges(quote, text)).toEqual(['Gabriel Boric -> Peru']);
  });

  it('binds "he said" to the nearest person named before, not the last speaker', () => {
    const text =
      'Danish Prime Minister Mette Frederiksen wrote: “Norway is close.” German Chancellor Olaf Scholz welcomed the result. “I count on Poland,” he said.';
    expect(edges(quote, text)).toContain('Olaf Scholz -> Poland');
    expect(edges(quote, text)).not.toContain('Mette Frederiksen -> Poland');
  });

  it('keeps only the reported words after "said in a statement that"', () => {
    const ties = quote.extract(docOf('Kenya said in a statement that Somalia must withdraw its troops.'));
    expect(ties.map((t) => t.quote)).toEqual(['Somalia must withdraw its troops']);
  });
});

describe('quote speakers and subjects', () => {
  it('reads "the sanctions" in the words’ sentence as the measure just named: its imposer', () => {
    const text =
      'On Thursday Canada imposed sanctions on an Iranian oil broker. Beijing called the sanctions "illegal and unilateral".';
    expect(edges(quote, text)).toEqual(['China -> Canada']);
  });
});

describe('quote speakers around relative clauses', () => {
  it('gives the words of "X, who went to Y for talks with Z, said" to X', () => {
    const text =
      'Chilean Foreign Minister Ana Soto, who flew to Lima last week for talks with Peruvian President Luis Vera, said Chile would protest.';
    expect(edges(quote, text).every((e) => e.startsWith('Ana Soto ->'))).toBe(true);
    expect(edges(quote, text)).not.toEqual([]);
  });
});

describe('armed groups as the context of words', () => {
  it('reads words that name no one as about the armed group named just before', () => {
    const text =
      'Hezbollah said on Sunday it would halt its attacks. Oman said the deal would "ensure calm on the border".';
    expect(edges(quote, text)).toContain('Oman -> Hezbollah');
  });
});

describe('unnamed speakers with a modifier', () => {
  it('gives "officials from both sides said" to no one, not to the previous speaker', () => {
    const text =
      'Kenyan President Ruto said the talks were "very good". Abiy is expected to arrive in Nairobi on Saturday, officials from both sides said.';
    expect(edges(quote, text).filter((e) => e.includes('Abiy') || e.includes('Ethiopia'))).toEqual([]);
  });
});

describe('quotations framed by thanking and praising verbs', () => {
  it('gives the words after "A thanked B for “…”" to A, not to the next speaker', () => {
    const text =
      'Kenyan President William Ruto thanked Ghana for "its steady support". "We will stand together," Ugandan President Yoweri Museveni said.';
    expect(edges(quote, text)).toContain('William Ruto -> Ghana');
    const doc = docOf(text);
    const speakers = quote
      .extract(doc)
      .filter((t) => t.quote === 'its steady support')
      .map((t) => doc.actors.get(t.source)?.label);
    expect([...new Set(speakers)]).toEqual(['William Ruto']);
  });
});

describe('counted plural speakers', () => {
  it('does not carry the last speaker over to "The two governments urged …"', () => {
    const text =
      'Kenyan President William Ruto said the talks with Ghana went well. The two governments urged calm in Mali.';
    expect(edges(quote, text)).toEqual(['William Ruto -> Ghana']);
  });
});

describe('quote scope before a second act of the speaker', () => {
  it('ends "A announced that …, and met B in C" before the meeting', () => {
    const text =
      'Kenyan President William Ruto announced that the pipeline would be finished, and met Ugandan President Yoweri Museveni in the afternoon.';
    const doc = docOf(text);
    const ties = quote.extract(doc);
    expect(ties.map((t) => t.quote)).not.toContain(expect.stringContaining('Museveni'));
  });
});
