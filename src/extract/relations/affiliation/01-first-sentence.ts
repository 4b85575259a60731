/** Step 1. The sentence where each actor is first named: the evidence of their affiliations. */
import type { Doc } from '../../doc';

export function firstSentences(doc: Doc): Map<string, number> {
  const first = new Map<string, number>();
  for (const m of doc.mentions) if (!first.has(m.key)) first.set(m.key, m.sent);
  return first;
}
