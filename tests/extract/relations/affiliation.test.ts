import { describe, expect, it } from 'vitest';
import { affiliation } from '../../../src/extract/relations/affiliation';
import { edges } from '../helpers';

describe('affiliation', () => {
  it('links a person to their state and institution', () => {
    expect(
      edges(
        affiliation,
        'Lina Haddad, a researcher at the Beirut Policy Institute, said Lebanese banks were weak.',
      ),
    ).toEqual(['Lina Haddad -> Beirut Policy Institute', 'Lina Haddad -> Lebanon']);
  });

  it('links a titled official to the state of their title', () => {
    expect(edges(affiliation, 'Greek defence minister Nikos Pappas arrived.')).toEqual([
      'Nikos Pappas -> Greece',
    ]);
  });
});
