import { describe, expect, it } from 'vitest';
import { alliance } from '../../../src/extract/relations/alliance';
import { edges } from '../helpers';

describe('alliance', () => {
  it('pairs "A and B" agreeing to strengthen ties', () => {
    expect(edges(alliance, 'India and Bangladesh agreed to strengthen bilateral ties on Monday.')).toEqual([
      'Bangladesh -> India',
    ]);
  });

  it('pairs "between A and B" and "A’s <cue> with B"', () => {
    expect(edges(alliance, 'The partnership between Brazil and Argentina is growing.')).toEqual([
      'Argentina -> Brazil',
    ]);
    expect(edges(alliance, 'Turkey’s growing friendship with Azerbaijan worries Armenia.')).toEqual([
      'Azerbaijan -> Turkey',
    ]);
  });

  it('pairs a conjoined list with all its members', () => {
    expect(edges(alliance, 'Germany, France and Italy vowed to deepen defence cooperation.')).toEqual([
      'France -> Germany',
      'France -> Italy',
      'Germany -> Italy',
    ]);
  });

  it('pairs hyphenated partners and maps leaders to their states', () => {
    expect(edges(alliance, 'The Kenya-Uganda pact was signed in March.')).toEqual(['Kenya -> Uganda']);
    expect(
      edges(alliance, 'Chilean President Elena Rojas hailed her alliance with Peruvian leader Tomas Vera.'),
    ).toEqual(['Chile -> Peru']);
  });

  it('never emits an alliance for tension, rivalry or deterioration', () => {
    expect(edges(alliance, 'Tensions between India and Pakistan have soured relations.')).toEqual([]);
    expect(edges(alliance, 'Relations between Greece and Turkey deteriorated sharply.')).toEqual([]);
    expect(edges(alliance, 'The rivalry between Egypt and Ethiopia over the dam has deepened.')).toEqual([]);
  });

  it('needs a positive word for plain ties or relations', () => {
    expect(edges(alliance, 'Spain has relations with Morocco.')).toEqual([]);
    expect(edges(alliance, 'Spain wants closer relations with Morocco.')).toEqual(['Morocco -> Spain']);
  });

  it('resolves "the two countries" to the states just named', () => {
    expect(
      edges(alliance, 'Vietnam hosted a delegation from Laos. The two countries signed a friendship treaty.'),
    ).toEqual(['Laos -> Vietnam']);
  });
});

describe('alliance negation scope', () => {
  it('a negator cancels only the cue right after it', () => {
    expect(
      edges(
        alliance,
        'In return, Chad will stop supporting rebels in Sudan and cooperate with French advisers.',
      ),
    ).toEqual(['Chad -> France']);
    expect(edges(alliance, 'Mali will not cooperate with Niger.')).toEqual([]);
  });

  it('links only the parties of a deal: the subject of sign and the object of "with"', () => {
    const text = 'Japan voiced concern after Fiji confirmed it had signed a defence agreement with India.';
    expect(edges(alliance, text)).toEqual(['Fiji -> India']);
  });

  it('makes none between welcomers, critics or commentators of a deal', () => {
    expect(
      edges(alliance, 'Qatar and Kuwait, which mediated between the two sides, welcomed the agreement.'),
    ).toEqual([]);
    expect(
      edges(alliance, 'Indian Foreign Minister Ravi Kumar called the pact with Nepal "a mistake".'),
    ).toEqual([]);
    expect(edges(alliance, 'Canada warned that cooperation with Cuba would be watched closely.')).toEqual([]);
    expect(edges(alliance, 'Peru wrote on social media that the pact with Chile would fail.')).toEqual([]);
  });

  it('makes none for a deal that is only to be finalised', () => {
    const text =
      'Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi, and the two leaders agreed to negotiate a deal by June.';
    expect(edges(alliance, text)).toEqual([]);
  });

  it('reads joining a bloc, membership and accession as alliances with the bloc', () => {
    expect(edges(alliance, 'Croatia joined NATO in 2009.')).toEqual(['Croatia -> NATO']);
    expect(edges(alliance, 'Estonia is a NATO member.')).toEqual(['Estonia -> NATO']);
    expect(edges(alliance, "Croatia's accession to the European Union was ratified.")).toEqual([
      'Croatia -> European Union',
    ]);
  });

  it('makes none for applying to join or leaving a bloc', () => {
    expect(edges(alliance, 'Ukraine applied to join NATO last year.')).toEqual([]);
    expect(edges(alliance, 'Chad will leave ECOWAS together with Togo.')).toEqual([]);
  });

  it('reads a pact formed in a relative clause between its antecedents', () => {
    const text =
      'Gabon will quit the bloc along with Chad and Sudan, which have formed a mutual defence pact.';
    expect(edges(alliance, text)).toEqual(['Chad -> Sudan']);
  });

  it('reads "the two countries" from the leaders who act, not from states named before', () => {
    const text =
      'Blinken warned Serbia and Croatia over the border. Blinken met Kosovar President Vjosa Osmani and signed a defence agreement between the two countries.';
    expect(edges(alliance, text)).toEqual(['Kosovo -> United States']);
  });

  it('reads "a close ally of B" and a pact the parties are close to finalising', () => {
    expect(edges(alliance, 'Kenya, a close ally of Ethiopia, voted against the motion.')).toEqual([
      'Ethiopia -> Kenya',
    ]);
    expect(edges(alliance, 'Kenya and Ethiopia are close to finalising a defence pact.')).toEqual([
      'Ethiopia -> Kenya',
    ]);
    // Still prospective without "close to".
    expect(edges(alliance, 'Kenya and Ethiopia are finalising a defence pact.')).toEqual([]);
  });

  it('reads no alliance with the bloc that counted allies share ("the two NATO allies")', () => {
    expect(edges(alliance, 'The two NATO allies, Spain and Italy, agreed to deepen cooperation.')).toEqual(
      [],
    );
    expect(edges(alliance, 'Spain and Italy, the two NATO allies, signed a pact.')).toEqual([
      'Italy -> Spain',
    ]);
  });

  it('reads "A praised B as a partner" as an alliance, not "praised B for … as a partner of C"', () => {
    expect(edges(alliance, 'Ghana praised Togo as "a dependable partner".')).toEqual(['Ghana -> Togo']);
    expect(edges(alliance, 'Ghana praised Togo for its patience in the talks.')).toEqual([]);
  });

  it('reads a definite possessor ("the new government\'s closest ally") as the state named before', () => {
    const text = "Gabon held elections in May. Cameroon has become the new government's closest ally.";
    expect(edges(alliance, text)).toEqual(['Cameroon -> Gabon']);
  });

  it('reads "B\'s main arms supplier" as an ally of B, not "B\'s main gas supplier"', () => {
    expect(edges(alliance, "Serbia, Chad's main arms supplier, sent more advisers.")).toEqual([
      'Chad -> Serbia',
    ]);
    expect(edges(alliance, "Norway is Poland's main gas supplier.")).toEqual([]);
  });
});
