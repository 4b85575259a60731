import { describe, expect, it } from 'vitest';
import { findQuotes, quote } from '../../../src/extract/relations/quote';
import { docOf, edgeLabels, edges } from '../helpers';

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

  it('makes an edge for words that name no actor: the parties in context, else the own state', () => {
    const text =
      'Kenya and Tanzania signed a border accord on Monday. Ugandan Foreign Minister Sam Kutesa said the accord was “a triumph for patience”.';
    const doc = docOf(text);
    const ties = quote.extract(doc);
    expect(edgeLabels(doc, ties)).toEqual(['Sam Kutesa -> Kenya', 'Sam Kutesa -> Tanzania']);
    expect(ties.every((t) => t.quote === 'a triumph for patience')).toBe(true);
    expect(edges(quote, '“We must stay patient,” said Ghanaian President Kofi Mensah.')).toEqual([
      'Kofi Mensah -> Ghana',
    ]);
  });

  it('takes the titled name after an inverted cue, not its state', () => {
    expect(edges(quote, '“Mali must return to order,” said Senegalese President Macky Sall.')).toEqual([
      'Macky Sall -> Mali',
    ]);
    const text =
      'Chilean President Gabriel Boric met Peruvian President Dina Boluarte. “Peru is a friend,” said the Chilean president.';
    expect(edges(quote, text)).toEqual(['Gabriel Boric -> Peru']);
    expect(
      edges(quote, "Canada's prime minister, Mark Carney, said the pact with Mexico would last."),
    ).toEqual(['Mark Carney -> Mexico']);
  });

  it('binds "he said" to the nearest person named before, not the last speaker', () => {
    const text =
      'Danish Prime Minister Mette Frederiksen wrote: “Norway is close.” German Chancellor Olaf Scholz welcomed the result. “I count on Poland,” he said.';
    expect(edges(quote, text)).toContain('Olaf Scholz -> Poland');
    expect(edges(quote, text)).not.toContain('Mette Frederiksen -> Poland');
  });

  it('reads speech frames: hailed, accused X of, called X, described X as, according to, told reporters', () => {
    expect(edges(quote, 'Kenyan President William Ruto hailed the “deep bond” with Ghana.')).toEqual([
      'William Ruto -> Ghana',
    ]);
    expect(edges(quote, 'Sudanese Foreign Minister Ali Osman accused Chad of “arming the rebels”.')).toEqual([
      'Ali Osman -> Chad',
    ]);
    expect(edges(quote, 'Polish President Andrzej Duda called the deal with Ukraine “a milestone”.')).toEqual(
      ['Andrzej Duda -> Ukraine'],
    );
    expect(
      edges(
        quote,
        'Turkish Foreign Minister Kemal Aydin described the talks with Greece as “sincere and constructive”.',
      ),
    ).toEqual(['Kemal Aydin -> Greece']);
    expect(
      edges(
        quote,
        'According to Lena Ortiz, a senior fellow at the Andean Policy Forum, the deal gives Peru leverage over Bolivia.',
      ),
    ).toEqual(['Lena Ortiz -> Bolivia', 'Lena Ortiz -> Peru']);
    expect(
      edges(quote, 'Brazilian envoy Celso Amorim told reporters that Venezuela would hold the vote on time.'),
    ).toEqual(['Celso Amorim -> Venezuela']);
  });

  it('takes no speaker from a passive cue or a place after it', () => {
    expect(edges(quote, 'The accord was announced after talks in Doha between Chad and Sudan.')).toEqual([]);
  });

  it('keeps only the reported words after "said in a statement that"', () => {
    const ties = quote.extract(docOf('Kenya said in a statement that Somalia must withdraw its troops.'));
    expect(ties.map((t) => t.quote)).toEqual(['Somalia must withdraw its troops']);
  });

  it('does not take the source after "according to" as what the words are about', () => {
    const text =
      'Omani Foreign Minister Salim Harthi described the talks with Yemen as “frank and useful”, according to Omani state media.';
    expect(edges(quote, text)).toEqual(['Salim Harthi -> Yemen']);
  });

  it('reads no speech in "maintained sanctions" or "added 12 firms to its sanctions list"', () => {
    expect(edges(quote, 'Paris has maintained sanctions on Syria since 2011.')).toEqual([]);
    expect(edges(quote, 'Tokyo added 12 companies linked to Iran to its sanctions list.')).toEqual([]);
    expect(edges(quote, 'Tokyo added new firms linked to Iran to its sanctions list.')).toEqual([]);
    // Still speech when the verb frames words.
    expect(edges(quote, 'Paris has maintained that sanctions on Syria must stay.')).toEqual([
      'France -> Syria',
    ]);
  });

  it('credits the titled leader, not their state, in "Kenyan President X welcomed …, saying …"', () => {
    expect(
      edges(
        quote,
        'Kenyan President William Ruto welcomed the deal with Ethiopia, saying it would bring peace.',
      ),
    ).toEqual(['William Ruto -> Ethiopia']);
    expect(
      edges(quote, 'Indian Prime Minister Narendra Modi welcomed the talks, saying Egypt had shown courage.'),
    ).toEqual(['Narendra Modi -> Egypt']);
  });

  it('makes no state speaker of "analysts in CAPITAL say"', () => {
    expect(edges(quote, 'Analysts in Nairobi say Ethiopia is losing patience.')).toEqual([]);
    expect(edges(quote, 'Experts in Ankara said Syria was stalling.')).toEqual([]);
    expect(edges(quote, 'Officials in Ankara said Syria was stalling.')).toEqual(['Turkey -> Syria']);
  });
});
