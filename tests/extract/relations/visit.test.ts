import { describe, expect, it } from 'vitest';
import { visit } from '../../../src/extract/relations/visit';
import { docOf, edges } from '../helpers';

describe('visit', () => {
  it('reads "a visit to B by A" and "A visited B"', () => {
    expect(edges(visit, 'Hopes rose during a visit to Nairobi by Tanzanian President Grace Mushi.')).toEqual([
      'Grace Mushi -> Kenya',
      'Tanzania -> Kenya',
    ]);
    expect(edges(visit, 'Brazilian President Marcos Lima visited Buenos Aires in May.')).toEqual([
      'Brazil -> Argentina',
      'Marcos Lima -> Argentina',
    ]);
  });

  it('reads envoys dispatched to a capital (the sender’s state visits)', () => {
    expect(
      edges(visit, 'Indian Prime Minister Ravi Kumar has dispatched a senior envoy to Kathmandu.'),
    ).toEqual(['India -> Nepal']);
  });

  it('reads meetings held in a place, including a third country', () => {
    expect(
      edges(
        visit,
        'At a meeting in Ankara on Tuesday, Pakistani foreign minister Omar Baig and his Turkish counterpart Selim Arkan signed a deal.',
      ),
    ).toEqual(['Omar Baig -> Turkey', 'Pakistan -> Turkey']);
    expect(edges(visit, 'Greek and Turkish envoys held talks in Geneva.')).toEqual([]);
  });

  it('marks expected visits as planned and dates reported ones in the past', () => {
    const doc = docOf(
      'Italian Prime Minister Luca Bassi is expected to visit Tunisia next month.',
      '2022-05-10',
    );
    const [tie] = visit.extract(doc);
    expect(tie?.status).toBe('planned');
    const doc2 = docOf('Italian Prime Minister Luca Bassi visited Tunis on Thursday.', '2022-05-10');
    expect(visit.extract(doc2)[0]?.date).toBe('2022-05-05');
  });

  it('does not take a demonym for a host', () => {
    expect(edges(visit, 'Japan sent a trade mission to the Korean talks.')).toEqual([]);
  });

  it('reads a visit in a relative clause: "X, who visited Y,"', () => {
    expect(
      edges(visit, 'Foreign Minister Penny Wong, who visited Fiji last week, praised the talks.'),
    ).toContain('Penny Wong -> Fiji');
  });

  it('reads "who was in CAPITAL for a state visit"', () => {
    const text =
      'Kenyan President William Ruto, who was in Tokyo for a three-day state visit, met investors.';
    expect(edges(visit, text)).toContain('William Ruto -> Japan');
  });

  it('takes no meeting place from "the war in X"', () => {
    const text = 'Germany welcomed every effort to end the war in Sudan, a spokesman said.';
    expect(edges(visit, text)).toEqual([]);
  });

  it('reads "travelled on to", "flew into" and "arrived in" as visits', () => {
    expect(edges(visit, 'German Chancellor Olaf Scholz travelled on to Prague.')).toContain(
      'Olaf Scholz -> Czech Republic',
    );
    expect(edges(visit, 'Indian Prime Minister Narendra Modi flew into Nairobi on Tuesday.')).toContain(
      'Narendra Modi -> Kenya',
    );
    expect(edges(visit, 'Kenyan President William Ruto arrived in Lisbon.')).toContain(
      'William Ruto -> Portugal',
    );
  });

  it('reads a meeting in a "where" clause on a place ("in CAPITAL, where he met Y")', () => {
    const got = edges(
      visit,
      'French President Emmanuel Macron made the remarks in Dakar, where he met Senegalese President Macky Sall.',
    );
    expect(got).toContain('Emmanuel Macron -> Senegal');
    expect(got.some((e) => e.startsWith('Macky Sall'))).toBe(false);
  });
});

describe('visits to lists and inside relative clauses', () => {
  it('makes one visit per place of a list', () => {
    const text = 'Chilean President Elena Rojas will travel to Lima, Quito and Bogota next week.';
    expect(edges(visit, text).filter((e) => e.startsWith('Elena'))).toEqual([
      'Elena Rojas -> Colombia',
      'Elena Rojas -> Ecuador',
      'Elena Rojas -> Peru',
    ]);
  });

  it('takes no meeting place from the main clause for talks in a relative clause', () => {
    const text =
      'Foreign Minister Ana Soto, who flew to Lima last week for talks with Peruvian President Luis Vera, denied that the deal was aimed at Bolivia.';
    expect(edges(visit, text)).toEqual(['Ana Soto -> Peru']);
  });
});

describe('visits in subordinate clauses', () => {
  it('takes the visitor from the clause after "hours after", not the main subject', () => {
    const text =
      'Japan on Monday warned Seoul, hours after Chinese Foreign Minister Li Wen arrived in Manila.';
    expect(edges(visit, text)).not.toContain('Japan -> Philippines');
    expect(edges(visit, text)).toContain('Li Wen -> Philippines');
  });
});

describe('meeting participants', () => {
  it('makes no participant of a state named after the meeting as a sanction target', () => {
    expect(
      edges(
        visit,
        'EU foreign ministers meeting in Brussels on Monday agreed to extend sanctions on Belarus.',
      ),
    ).toEqual([]);
  });

  it('still reads the subject after a meeting that opens the sentence', () => {
    expect(edges(visit, 'At a summit in Hanoi, Laos and Cambodia signed a pact.')).toEqual([
      'Cambodia -> Vietnam',
      'Laos -> Vietnam',
    ]);
  });
});

describe('presence in a place', () => {
  it('reads "Speaking in CAPITAL, foreign leader X said" as a visit', () => {
    expect(
      edges(
        visit,
        'Speaking in Hanoi on Monday, Indian Prime Minister Narendra Modi said Vietnam was a partner.',
      ),
    ).toEqual(['Narendra Modi -> Vietnam']);
    expect(
      edges(visit, 'Speaking in Hanoi on Monday, Vietnamese President Tran Minh said talks would go on.'),
    ).toEqual([]);
  });
});

describe('talks at an arrival place, and "and then"', () => {
  it('puts the partner of "A arrived in C for talks with B" in C too', () => {
    const text =
      'Iranian Foreign Minister Ali Rezaei arrived in Muscat on Saturday for talks with US envoy Tom Brady.';
    expect(edges(visit, text)).toContain('Tom Brady -> Oman');
  });

  it('reads "travelled to A and then B" as two visits', () => {
    const text = 'Omani Foreign Minister Said Harthy travelled to Tehran and then Riyadh.';
    expect(edges(visit, text).filter((e) => e.startsWith('Said'))).toEqual([
      'Said Harthy -> Iran',
      'Said Harthy -> Saudi Arabia',
    ]);
  });

  it('reads no destination in an infinitive of purpose ("sent troops to support B\'s war")', () => {
    expect(edges(visit, "Belarus sent troops to support Iran's war in Yemen.")).toEqual([]);
    expect(edges(visit, 'Belarus sent troops to Syria to help its army.')).toEqual(['Belarus -> Syria']);
  });

  it('puts a meeting in a time clause after the place of the talks ("held in C on Monday, when A met B")', () => {
    expect(
      edges(
        visit,
        'Talks were held in Nairobi on Monday, when Ugandan President Yoweri Museveni met Kenyan President William Ruto.',
      ),
    ).toEqual(['Uganda -> Kenya', 'Yoweri Museveni -> Kenya']);
  });

  it('makes a co-traveller after "alongside" a visitor too ("travelled to C alongside B")', () => {
    expect(
      edges(
        visit,
        'The delegates travelled to the Ghanaian capital alongside Togolese President Faure Gnassingbe.',
      ),
    ).toEqual(['Faure Gnassingbe -> Ghana']);
  });
});
