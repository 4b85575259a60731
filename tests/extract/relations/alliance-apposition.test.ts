import { describe, expect, it } from 'vitest';
import { alliance } from '../../../src/extract/relations/alliance';
import { edges } from '../helpers';

describe('alliance in appositions, relative clauses and lists', () => {
  it('links the possessor of "its ally, B" to the named ally', () => {
    expect(
      edges(
        alliance,
        'Laos has struggled with power cuts as loans from its closest ally, Vietnam, have slowed.',
      ),
    ).toEqual(['Laos -> Vietnam']);
  });

  it('links the head of "X, a close ally of B," however strained the main clause', () => {
    expect(
      edges(
        alliance,
        'Relations have soured since former Peruvian President Ana Ruiz, a close ally of Brazil during her decade in office, fled to Chile.',
      ),
    ).toEqual(['Brazil -> Peru']);
  });

  it('takes the antecedent as subject of "X, which hosts … and is an ally of B"', () => {
    expect(
      edges(
        alliance,
        'Bahrain, which hosts a large British naval base and is a major non-Nato ally of Washington, praised the talks.',
      ),
    ).toEqual(['Bahrain -> United States']);
  });

  it('makes every party of a treaty with a list allies of each other', () => {
    expect(
      edges(alliance, 'It was the first pact Chile joined since its treaty with Peru and Bolivia in 1960.'),
    ).toEqual(['Bolivia -> Chile', 'Bolivia -> Peru', 'Chile -> Peru']);
  });

  it('keeps an armed group as a partner of its sponsor', () => {
    expect(edges(alliance, 'Syria has armed and funded Hezbollah for decades.')).toEqual([
      'Hezbollah -> Syria',
    ]);
  });
});

describe('alliance with a possessor or a described partner', () => {
  it('pairs the subject of "A is B’s largest trading partner" with B', () => {
    expect(edges(alliance, 'Turkey is Azerbaijan’s largest trading partner.')).toEqual([
      'Azerbaijan -> Turkey',
    ]);
  });

  it('reads "an ally of the junta" as the state the junta rules', () => {
    expect(
      edges(
        alliance,
        'Soldiers seized power in Mali in 2021. Russia has since become a close ally of the junta.',
      ),
    ).toEqual(['Mali -> Russia']);
  });
});

describe('partners named by a verb, and deals still to be signed', () => {
  it('pairs the subject of "described B as a reliable friend" with B', () => {
    expect(
      edges(
        alliance,
        'Kazakh President Aida Bekova described Turkey as "a reliable friend and strategic partner".',
      ),
    ).toEqual(['Kazakhstan -> Turkey']);
    expect(edges(alliance, 'Kenya described Somalia as "no friend of ours".')).toEqual([]);
  });

  it('makes no alliance of an agreement a leader is only expected to sign', () => {
    const text =
      'Chinese Premier Wang Tao flew on to Hanoi, where he is expected to sign a railway agreement with Vietnamese President Tran Minh.';
    expect(edges(alliance, text)).toEqual([]);
  });
});

describe('a partner named by "its"', () => {
  it('pairs the subject of "thanked B for its solidarity" with B', () => {
    expect(
      edges(
        alliance,
        'Bolivia’s President Luis Arce thanked Peru on Friday for what he called its "brotherly solidarity".',
      ),
    ).toEqual(['Bolivia -> Peru']);
  });
});

describe('a named instrument signed with a partner', () => {
  it('pairs the signer of "the Kula Compact with B" with B', () => {
    expect(edges(alliance, 'New Zealand signed the Kula Compact with Fiji in 2021.')).toEqual([
      'Fiji -> New Zealand',
    ]);
  });
});

describe('an ally named right after a possessor, and backing', () => {
  it('reads "A’s ally B" and "A and its allies B and C"', () => {
    expect(edges(alliance, "Syria's ally Iran has sent advisers.")).toEqual(['Iran -> Syria']);
    expect(edges(alliance, 'France and its partners Mali and Chad held drills.')).toEqual([
      'Chad -> France',
      'France -> Mali',
    ]);
  });

  it('reads "A has backed B" as an alliance', () => {
    expect(edges(alliance, 'Ankara has backed Baku for decades.')).toEqual(['Azerbaijan -> Turkey']);
    // A modifier is not the one backed.
    expect(edges(alliance, 'Chile backed U.N. sanctions against Syria.')).toEqual([]);
  });
});

describe('supported objects and "its" appositions', () => {
  it('reads "A has long supported B"', () => {
    expect(edges(alliance, 'Russia has long supported Belarus.')).toEqual(['Belarus -> Russia']);
  });

  it('reads "A sent food to X, its only treaty ally" as A and X', () => {
    expect(edges(alliance, 'Beijing sent food to Pyongyang, its only treaty ally.')).toEqual([
      'China -> North Korea',
    ]);
  });
});

describe('a deal signed by its parties', () => {
  it('pairs the signers of "the agreement, brokered by C, was signed by A and B"', () => {
    expect(
      edges(alliance, 'The agreement, brokered by Qatar, was signed by Sudan and Chad in June.'),
    ).toEqual(['Chad -> Sudan']);
  });

  it('applies a plural apposition after a coordination to each member ("B and C, its two main allies")', () => {
    expect(edges(alliance, 'Kenya relied on Uganda and Rwanda, its two main allies, for troops.')).toEqual([
      'Kenya -> Rwanda',
      'Kenya -> Uganda',
    ]);
  });
});
