/** Step 2. The country a person acts for or comes from: from a title, a demonym or their institution. */
import type { Actor, Doc } from '../../doc';
import type { FoundTie } from '../types';

export function countryOf(doc: Doc, a: Actor, span: { start: number; end: number }): FoundTie[] {
  if (!a.country || !doc.actors.has(a.country)) return [];
  return [
    {
      type: 'affiliation',
      source: a.key,
      target: a.country,
      ...span,
      rule: ['affiliation/country-of-person'],
    },
  ];
}
