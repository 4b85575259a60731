import { describe, expect, it } from 'vitest';
import { actorsOf, docOf } from '../helpers';

describe('proper names that are not people or actors', () => {
  it('makes no leader of a dam, a river or a platform', () => {
    const labels = actorsOf(
      'Sudan said the Kenyan Highland Dam on the White Nile would cut its water. In a post on X, Kenya’s foreign ministry denied it.',
    );
    expect(labels.filter((l) => l.endsWith(':leader'))).toEqual([]);
    expect(labels).toContain('Sudan:state');
  });
});

describe('companies, lists and clauses around names', () => {
  it('makes no leader of a company described by its apposition or named with a company word', () => {
    const labels = actorsOf(
      'Nordic Boerse, the Danish stock exchange that wants its Oslo rival, raised its dividend. Nordic Boerse said profit rose. Lycos Europe said spam fell.',
    );
    expect(labels.filter((l) => l.endsWith(':leader'))).toEqual([]);
  });

  it('takes no role from a relative clause or a list of other people', () => {
    const doc = docOf(
      'Peter Marsh, who coaches the Kenyan team, said Kenya would win. Sam Holt, former sprinter Ana Lobo and coach Tim Reyes asked why.',
    );
    const roles = [...doc.actors.values()].map((a) => a.role ?? '');
    expect(roles.some((r) => r.includes('who coaches') || r.includes('Ana Lobo'))).toBe(false);
  });

  it('reads a bare office-holder surname as the full name the article gives', () => {
    const labels = actorsOf('Peter Vance, a Kenyan lawyer, said Kenya would win. Vance said more.');
    expect(labels).toContain('Peter Vance:analyst');
    expect(labels).not.toContain('JD Vance:leader');
    expect(labels).not.toContain('Peter Vance:leader');
  });
});
