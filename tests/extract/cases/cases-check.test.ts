/** The case checker itself: each kind of assertion in a case line can fail. */
import { describe, expect, it } from 'vitest';
import { caseFailures, shapeErrors } from './cases';

const TEXT = 'Brazil urged the United States to lift its sanctions on Cuba.';

describe('case checker', () => {
  it('reports a missing tie, an unexpected one, and one that must be absent', () => {
    expect(caseFailures('sanction', { id: 'x', text: TEXT, expect: ['sanction Brazil -> Cuba'] })).toEqual([
      'missing: sanction Brazil -> Cuba',
      'unexpected: sanction United States -> Cuba',
    ]);
    const partial = { id: 'x', text: TEXT, expect: [], exact: false };
    expect(caseFailures('sanction', partial)).toEqual([]);
    expect(caseFailures('sanction', { ...partial, absent: ['sanction * -> Cuba'] })).toEqual([
      'found, but must be absent: sanction United States -> Cuba',
    ]);
  });

  it('matches undirected ties in either order', () => {
    const text = 'Russia has long supported Belarus.';
    expect(caseFailures('alliance', { id: 'x', text, expect: ['alliance Russia -- Belarus'] })).toEqual([]);
    expect(
      caseFailures('alliance', { id: 'x', text, expect: [], exact: false, absent: ['alliance Russia -- *'] }),
    ).toHaveLength(1);
  });

  it('reports a rule id that no expected tie carries', () => {
    const c = {
      id: 'x',
      text: TEXT,
      expect: ['sanction United States -> Cuba'],
      rule: ['sanction/no-such-rule'],
    };
    expect(caseFailures('sanction', c)).toContain('rule sanction/no-such-rule is on no expected tie');
  });

  it('rejects malformed lines, so that a misspelt "absent" cannot pass vacuously', () => {
    const c = {
      id: 'x',
      text: TEXT,
      expect: ['visit A -> B'],
      absent: ['sanction A - B', 'sanction A -> B'],
    };
    expect(shapeErrors('sanction', c)).toEqual(['malformed "visit A -> B"', 'malformed "sanction A - B"']);
    expect(shapeErrors('actors', { id: 'x', text: TEXT, expect: ['country Peru', 'state Peru'] })).toEqual([
      'malformed "country Peru"',
    ]);
  });
});
