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
});
