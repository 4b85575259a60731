import { describe, expect, it } from 'vitest';
import { findQuotes, quote } from '../../../src/extract/relations/quote';
import { docOf, edges } from '../helpers';

const BIO =
  'Lina Haddad, a researcher at the Beirut Policy Institute, said Syria and Iraq were drifting apart.';

describe('quote', () => {
  it('reads reported speech after an apposition', () => {
    expect(edges(quote, BIO)).toEqual(['Lina Haddad -> Iraq', 'Lina Haddad -> Syria']);
  });

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

  it('lets "<demonym> officials said" speak for the state', () => {
    expect(edges(quote, 'Kenyan officials said Somalia had agreed to the plan.')).toEqual([
      'Kenya -> Somalia',
    ]);
  });

  it('reads "CONTENT, X said" at the end of a sentence', () => {
    expect(
      edges(
        quote,
        'Ghana and Togo agreed to reopen the border after two years, Ghanaian President Kofi Mensah said on Friday.',
      ),
    ).toEqual(['Kofi Mensah -> Ghana', 'Kofi Mensah -> Togo']);
  });

  it('finds quote spans, an unclosed one running to the paragraph end', () => {
    const doc = docOf('He said “one” and “two.\n\nNext.');
    expect(findQuotes(doc).map((q) => doc.text.slice(q.start, q.end))).toEqual(['one', 'two.']);
  });

  it('ignores short scare quotes without a speech verb', () => {
    expect(edges(quote, 'Norway praised the “new era” with Sweden.')).toEqual([]);
  });
});
