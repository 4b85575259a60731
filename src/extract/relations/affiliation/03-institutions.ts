/** Step 3. The institutions named with a person: "Maria Lima of the University of Lisbon". */
import type { Actor, Doc } from '../../doc';
import type { FoundTie } from '../types';

export function institutionsOf(doc: Doc, a: Actor, span: { start: number; end: number }): FoundTie[] {
  const out: FoundTie[] = [];
  for (const o of a.affiliations)
    if (doc.actors.has(o))
      out.push({
        type: 'affiliation',
        source: a.key,
        target: o,
        ...span,
        rule: ['affiliation/named-institution'],
      });
  return out;
}
