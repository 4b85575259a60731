import { describe, expect, it } from 'vitest';
import { quote } from '../../../src/extract/relations/quote';
import { docOf, edges } from '../helpers';

describe('quote speakers and subjects', () => {
  it('takes the subject before "on DAY warned B", not the warned object, as the speaker', () => {
    expect(edges(quote, 'Japan on Monday warned South Korea against "playing games" in the strait.')).toEqual(
      ['Japan -> South Korea'],
    );
  });

  it('reads "the sanctions" in the words’ sentence as the measure just named: its imposer', () => {
    const text =
      'On Thursday Canada imposed sanctions on an Iranian oil broker. Beijing called the sanctions "illegal and unilateral".';
    expect(edges(quote, text)).toEqual(['China -> Canada']);
  });

  it('keeps an armed group as the subject of reported words', () => {
    expect(
      edges(quote, 'Lebanese President Ali Warsame said Hezbollah had "surrendered" in the south.'),
    ).toEqual(['Ali Warsame -> Hezbollah']);
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

describe('reported words and the time clause after them', () => {
  it('keeps "hours after A arrived in C" out of what "warned B" reports', () => {
    const text =
      'Japan on Monday warned South Korea, hours after Chinese Foreign Minister Li Wen arrived in Seoul for talks.';
    expect(edges(quote, text)).toEqual(['Japan -> South Korea']);
  });
});

describe('armed groups as the context of words', () => {
  it('reads words that name no one as about the armed group named just before', () => {
    const text =
      'Hezbollah said on Sunday it would halt its attacks. Oman said the deal would "ensure calm on the border".';
    expect(edges(quote, text)).toContain('Oman -> Hezbollah');
  });
});

describe('a spokesperson of a named body', () => {
  it('gives "a State Department spokesperson said" to the department', () => {
    expect(
      edges(quote, '"This is unacceptable," a State Department spokesperson said of the Chinese drills.'),
    ).toEqual(['State Department -> China']);
  });
});

describe('unnamed speakers with a modifier', () => {
  it('gives "officials from both sides said" to no one, not to the previous speaker', () => {
    const text =
      'Kenyan President Ruto said the talks were "very good". Abiy is expected to arrive in Nairobi on Saturday, officials from both sides said.';
    expect(edges(quote, text).filter((e) => e.includes('Abiy') || e.includes('Ethiopia'))).toEqual([]);
  });
});

describe('quote speakers before a parenthetical', () => {
  it('skips a relative clause with a place and a day ("A, who arrived in C on Monday, said")', () => {
    expect(
      edges(
        quote,
        'Foreign Minister Tomas Lind, who arrived in Oslo on Monday, said the talks would help Iceland.',
      ),
    ).toEqual(['Tomas Lind -> Iceland']);
  });

  it('skips a participial phrase naming another person ("A, speaking alongside B, said")', () => {
    expect(
      edges(
        quote,
        'President Marta Vale, speaking alongside President Ivo Sarr, said the region needed calm in Mali.',
      ),
    ).toEqual(['Marta Vale -> Mali']);
  });

  it('does not take a state that ends an institute name for the speaker ("an analyst at the Institute - C")', () => {
    expect(
      edges(quote, 'Lena Ho, an analyst at the Centre for Policy - Ghana, said the vote would weaken Togo.'),
    ).toEqual(['Lena Ho -> Togo']);
  });
});

describe('quote speakers before a parenthetical with a quotation', () => {
  it('reads \'A, who praised B as "a partner", said …\' as A speaking, about what follows "said"', () => {
    expect(
      edges(
        quote,
        'Ghanaian President John Mahama, who praised Togo as "a partner", said the deal would help Benin.',
      ),
    ).toEqual(['John Mahama -> Benin', 'John Mahama -> Togo']);
  });
});

describe('quote scope ends at the reported clause', () => {
  it('gives "…, while Minister B said C …" its own words, not the first speaker\'s', () => {
    const got = edges(
      quote,
      'Kenyan President William Ruto said the talks went well, while Ugandan Foreign Minister Sam Kutesa said Sudan had no right to interfere.',
    );
    expect(got).toContain('Sam Kutesa -> Sudan');
    expect(got).not.toContain('William Ruto -> Sudan');
    expect(got).not.toContain('Sam Kutesa -> Kenya');
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

describe('quotations framed by "praised B as “…”"', () => {
  it('gives "A praised B as “…”" to A about B, but no speech to a scare quote after "praised"', () => {
    expect(edges(quote, 'Ghana praised Togo as "a dependable partner" on Monday.')).toEqual([
      'Ghana -> Togo',
    ]);
    expect(edges(quote, 'Norway praised the “new era” with Sweden.')).toEqual([]);
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
    expect(edges(quote, text)).not.toContain('William Ruto -> Uganda');
  });
});
