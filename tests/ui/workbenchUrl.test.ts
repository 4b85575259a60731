import { describe, expect, it } from 'vitest';
import {
  parsePathQuery,
  parseRankQuery,
  serializePathQuery,
  serializeRankQuery,
} from '../../src/ui/lib/workbenchUrl';

describe('the path finder in the URL', () => {
  it('round-trips both actors, the weighting and the alternative, keeping other parameters', () => {
    const p = { from: 'person:ada-stone', to: 'CHN', byEvidence: true, chosen: 2 };
    const s = serializePathQuery(p, '?size=pagerank');
    expect(s).toBe('?size=pagerank&pathfrom=person:ada-stone&pathto=CHN&weigh=evidence&alt=2');
    expect(parsePathQuery(s)).toEqual(p);
  });

  it('writes no default, and removes the path when there is none', () => {
    expect(serializePathQuery({ from: 'A', to: 'B', byEvidence: false, chosen: 0 })).toBe(
      '?pathfrom=A&pathto=B',
    );
    expect(serializePathQuery(null, '?pathfrom=A&pathto=B&alt=1&min=2')).toBe('?min=2');
  });

  it('needs two actors; a bad alternative is the shortest', () => {
    expect(parsePathQuery('?pathfrom=A')).toBeNull();
    expect(parsePathQuery('?pathfrom=A&pathto=B&alt=-3')?.chosen).toBe(0);
    expect(parsePathQuery('?pathfrom=A&pathto=B&alt=x')?.chosen).toBe(0);
  });
});

describe('the top actors table in the URL', () => {
  it('round-trips the sort and the kind filter; defaults are not written', () => {
    expect(serializeRankQuery({ by: 'pagerank', kind: 'leader' }, '?min=2')).toBe(
      '?min=2&rank=pagerank&rankkind=leader',
    );
    expect(parseRankQuery('?rank=pagerank&rankkind=leader')).toEqual({ by: 'pagerank', kind: 'leader' });
    expect(serializeRankQuery({ by: 'degree', kind: 'all' }, '?rank=evidence')).toBe('');
  });

  it('ignores unknown values', () => {
    expect(parseRankQuery('?rank=fame&rankkind=wizard')).toEqual({ by: 'degree', kind: 'all' });
  });
});
