/** Alliance ties that need more than one sentence; one-sentence cases live in tests/extract/cases/alliance.jsonl. */
import { describe, expect, it } from 'vitest';
import { alliance } from '../../../src/extract/relations/alliance';
import { edges } from '../helpers';

describe('alliance across sentences', () => {
  it('resolves "the two countries" to the states just named', () => {
    expect(
      edges(alliance, 'Vietnam hosted a delegation from Laos. The two countries signed a friendship treaty.'),
    ).toEqual(['Laos -> Vietnam']);
  });

  it('reads "the two countries" from the leaders who act, not from states named before', () => {
    const text =
      'Blinken warned Serbia and Croatia over the border. Blinken met Kosovar President Vjosa Osmani and signed a defence agreement between the two countries.';
    expect(edges(alliance, text)).toEqual(['Kosovo -> United States']);
  });

  it('reads a definite possessor ("the new government\'s closest ally") as the state named before', () => {
    const text = "Gabon held elections in May. Cameroon has become the new government's closest ally.";
    expect(edges(alliance, text)).toEqual(['Cameroon -> Gabon']);
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
