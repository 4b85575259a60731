import { describe, expect, it } from 'vitest';
import { visit } from '../../../../src/extract/relations/visit';
import { knownHost } from '../../../../src/extract/relations/visit/06-known-host';
import type { Pending } from '../../../../src/extract/relations/visit/02-visit-noun';
import type { FoundTie } from '../../../../src/extract/relations';
import { docOf } from '../../helpers';

/** An array that counts how many of its items are read. */
function counted(ties: FoundTie[]): { ties: FoundTie[]; reads: () => number } {
  let n = 0;
  const ties2 = new Proxy(ties, {
    get(target, p, receiver) {
      if (typeof p === 'string' && /^\d+$/.test(p)) n++;
      return Reflect.get(target, p, receiver) as unknown;
    },
  });
  return { ties: ties2, reads: () => n };
}

describe('visit, step 6: the known host of a visit that names none', () => {
  const unit = 'Chinese President Xi Jinping began a visit to Moscow. Xi’s visit continued.\n\n';
  const repeats = 200;
  const doc = docOf(unit.repeat(repeats));
  const all = visit.extract(doc);
  const known = all.filter((t) => t.rule?.includes('visit/known-host'));
  const found = all.filter((t) => !t.rule?.includes('visit/known-host'));
  const pending: Pending[] = known.map((t) => ({
    si: doc.sentences.findIndex((s) => s.start === t.start),
    visitor: t.source,
  }));

  it('sends each later mention of the visit to the visitor’s only host', () => {
    // The leader and the leader's state visit, in each first sentence.
    expect(found.length).toBe(2 * repeats);
    expect(known.length).toBe(repeats);
    expect(new Set(known.map((t) => t.target))).toEqual(new Set(found.map((t) => t.target)));
  });

  it('reads each tie found so far a bounded number of times, not once per pending visit', () => {
    const { ties, reads } = counted([...found]);
    knownHost(doc, pending, ties);
    expect(ties.slice(found.length)).toEqual(known);
    // One pass over the ties to index them; a scan per pending visit would read 200 × 200.
    expect(reads()).toBeLessThanOrEqual(2 * (found.length + known.length));
  });
});
