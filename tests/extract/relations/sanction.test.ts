/** Sanction ties beyond one sentence, and statuses; one-sentence cases live in tests/extract/cases/sanction.jsonl. */
import { describe, expect, it } from 'vitest';
import { sanction } from '../../../src/extract/relations/sanction';
import { docOf, edges } from '../helpers';

describe('sanction', () => {
  it('sets lifted and threatened statuses', () => {
    const lifted = sanction.extract(docOf('Washington agreed to lift sanctions on Cuba.'));
    expect(lifted[0]?.status).toBe('lifted');
    const threat = sanction.extract(docOf('Britain threatened new sanctions against Iran.'));
    expect(threat[0]?.status).toBe('threatened');
  });

  it('takes the status of the latest event: lifted, then reimposed, is in force', () => {
    const text =
      'The European Union lifted arms sanctions on Belarus in May. In July, the European Union reimposed the sanctions on Belarus.';
    const ties = sanction.extract(docOf(text));
    expect(ties.length).toBeGreaterThan(0);
    expect(ties.every((t) => t.status === undefined)).toBe(true);
    const back = sanction.extract(
      docOf('Canada imposed sanctions on Cuba in 2019. Canada lifted the sanctions on Cuba last year.'),
    );
    expect(back.length).toBeGreaterThan(0);
    expect(back.every((t) => t.status === 'lifted')).toBe(true);
  });

  it('reads a lifted embargo with a possessive ("lifted its arms embargo on X")', () => {
    const ties = sanction.extract(
      docOf('On Friday, the UN Security Council lifted its arms embargo on the Libyan government.'),
    );
    expect(ties.map((t) => `${t.source}->${t.target}:${t.status ?? ''}`)).toEqual([
      'org:united-nations->LBY:lifted',
    ]);
  });

  it('reads "the regional bloc" as the bloc just named, the imposer', () => {
    const text = 'ASEAN ministers met in Jakarta on Friday. The regional bloc imposed sanctions on Myanmar.';
    expect(edges(sanction, text)).toEqual(['ASEAN -> Myanmar']);
  });
});

describe('sanction imposers, targets and stances', () => {
  it('adds the partners the measures were coordinated with as imposers on the same target', () => {
    const text =
      'Japan imposed sanctions on Syria on Monday. The measures were coordinated with Australia and New Zealand, which announced parallel listings.';
    expect(edges(sanction, text)).toEqual(['Australia -> Syria', 'Japan -> Syria', 'New Zealand -> Syria']);
  });
});

describe('sanction targets named by a description', () => {
  it('reads "on the junta" and "on the communist-ruled island" as the state named before', () => {
    const text =
      'Soldiers seized power in Mali last year. Canada, Japan and the European Union already impose their own sanctions on the junta.';
    expect(edges(sanction, text)).toEqual(['Canada -> Mali', 'European Union -> Mali', 'Japan -> Mali']);
    expect(
      edges(
        sanction,
        'Ships from Mexico still reach Havana. Washington has kept an embargo on the communist-ruled island since 1962.',
      ),
    ).toEqual(['United States -> Cuba']);
  });
});

describe('sanction imposers named as a pair', () => {
  it('reads "the two leaders agreed to coordinate sanctions" as both leaders’ states', () => {
    const text =
      'Chilean President Elena Rojas met Peruvian President Luis Vera in Lima. The two leaders agreed to coordinate fresh sanctions on Venezuelan banks.';
    expect(edges(sanction, text)).toEqual(['Chile -> Venezuela', 'Peru -> Venezuela']);
  });
});

describe('"the two leaders" after other states', () => {
  it('takes the states of the last two leaders, not of the states named last', () => {
    const text =
      'As Russia and Iran deepen ties, Chilean President Elena Rojas met Peruvian President Luis Vera in Lima. The two leaders agreed to coordinate fresh sanctions on Venezuelan banks.';
    expect(edges(sanction, text)).toEqual(['Chile -> Venezuela', 'Peru -> Venezuela']);
  });
});
