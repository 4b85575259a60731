/**
 * Affiliation (person -> state or organization): a person's country (from a title,
 * a demonym or their institution) and the institutions named in their apposition.
 * Evidence is the sentence of the person's first mention.
 *
 * Steps, in order: 1 each actor's first sentence; for each leader or analyst, 2 their
 * country, 3 their institutions. Rule reasons: data/rules/affiliation.json.
 */
import type { FoundTie, RelationExtractor } from '../types';
import { sentenceSpan } from '../util';
import { firstSentences } from './01-first-sentence';
import { countryOf } from './02-country';
import { institutionsOf } from './03-institutions';

export const affiliation: RelationExtractor = {
  type: 'affiliation',
  extract(doc) {
    const out: FoundTie[] = [];
    const first = firstSentences(doc);
    for (const a of doc.actors.values()) {
      if (a.kind !== 'leader' && a.kind !== 'analyst') continue;
      const si = first.get(a.key);
      if (si === undefined) continue;
      const span = sentenceSpan(doc, si);
      for (const t of countryOf(doc, a, span)) out.push(t);
      for (const t of institutionsOf(doc, a, span)) out.push(t);
    }
    return out;
  },
};
