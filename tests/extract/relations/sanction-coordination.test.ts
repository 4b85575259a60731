import { describe, expect, it } from 'vitest';
import { sanction } from '../../../src/extract/relations/sanction';
import { edges } from '../helpers';

describe('sanction imposers, targets and stances', () => {
  it('makes no target of a subject that only opposes the measure', () => {
    expect(edges(sanction, 'Norway has long opposed the U.S. embargo.')).toEqual([]);
  });

  it('reads a state right before the noun as the target when another subject imposes it', () => {
    expect(edges(sanction, 'Canada extends Myanmar sanctions after Chile drops objection.')).toEqual([
      'Canada -> Myanmar',
    ]);
  });

  it('adds the partners the measures were coordinated with as imposers on the same target', () => {
    const text =
      'Japan imposed sanctions on Syria on Monday. The measures were coordinated with Australia and New Zealand, which announced parallel listings.';
    expect(edges(sanction, text)).toEqual(['Australia -> Syria', 'Japan -> Syria', 'New Zealand -> Syria']);
  });

  it('reads freezing the assets of B as a sanction on B', () => {
    expect(edges(sanction, 'Britain followed in May, freezing the assets of two Sudanese generals.')).toEqual(
      ['United Kingdom -> Sudan'],
    );
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

describe('sanctioning verbs', () => {
  it('reads "A, B and C sanctioned 20 Russian officials"', () => {
    expect(edges(sanction, 'The EU, Britain and Canada sanctioned 20 Russian officials on Monday.')).toEqual([
      'Canada -> Russia',
      'European Union -> Russia',
      'United Kingdom -> Russia',
    ]);
    expect(edges(sanction, 'The sanctioned Russian bank was cut off by Japan.')).toEqual([]);
  });
});

describe('the agent of an infinitive', () => {
  it('reads "A urged B to lift its sanctions on C" as B’s sanctions on C', () => {
    expect(edges(sanction, 'Brazil urged the United States to lift its sanctions on Cuba.')).toEqual([
      'United States -> Cuba',
    ]);
  });
});
