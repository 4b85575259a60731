import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers';

describe('proper names that are not people or actors', () => {
  it('makes no leader of a dam, a river or a platform', () => {
    const labels = actorsOf(
      'Sudan said the Kenyan Highland Dam on the White Nile would cut its water. In a post on X, Kenya’s foreign ministry denied it.',
    );
    expect(labels.filter((l) => l.endsWith(':leader'))).toEqual([]);
    expect(labels).toContain('Sudan:state');
  });

  it('makes no actor of a state named only as the label of an agreement', () => {
    expect(actorsOf('Peru urged Bolivia to honour the Lima agreement.')).toEqual([
      'Bolivia:state',
      'Peru:state',
    ]);
    expect(actorsOf('Chile accused Peru of breaking the Ecuador accord.')).not.toContain('Ecuador:state');
  });

  it('treats big non-capital cities and the UK nations as places, not actors', () => {
    expect(actorsOf('Greek officials met in Istanbul, and Scotland and Wales voted.')).toEqual([
      'Greece:state',
    ]);
  });

  it('no longer lists Osama bin Laden as an office holder', () => {
    expect(actorsOf('Analysts recalled bin Laden.')).toEqual([]);
  });
});
