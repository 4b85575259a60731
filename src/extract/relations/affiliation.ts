/**
 * Affiliation (person -> state or organization): a person's country (from a title,
 * a demonym or their institution) and the institutions named in their apposition.
 * Evidence is the sentence of the person's first mention.
 */
import type { FoundTie, RelationExtractor } from './types';
import { sentenceSpan } from './util';

export const affiliation: RelationExtractor = {
  type: 'affiliation',
  extract(doc) {
    const out: FoundTie[] = [];
    const first = new Map<string, number>();
    for (const m of doc.mentions) if (!first.has(m.key)) first.set(m.key, m.sent);
    for (const a of doc.actors.values()) {
      if (a.kind !== 'leader' && a.kind !== 'analyst') continue;
      const si = first.get(a.key);
      if (si === undefined) continue;
      const span = sentenceSpan(doc, si);
      if (a.country && doc.actors.has(a.country))
        out.push({ type: 'affiliation', source: a.key, target: a.country, ...span });
      for (const o of a.affiliations)
        if (doc.actors.has(o)) out.push({ type: 'affiliation', source: a.key, target: o, ...span });
    }
    return out;
  },
};
