/**
 * Step 4. Partners a measure was coordinated with impose it too, on the same targets: in its
 * own sentence, or in the next ones when they refer back to it ("The measures were
 * coordinated with A and B").
 */
import type { Doc, RMention } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet } from '../../match';
import type { FoundTie } from '../types';
import { listAround, mentionAt, statesOf } from '../util';
import { pushTies } from './ties';

const lx = lexicon.sanction;

/** The list named after a coordination cue in sentence si: "coordinated with A and B". */
function coordinatedWith(doc: Doc, si: number): RMention[] {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  for (let k = sa; k < sb; k++) {
    if (!inSet(doc.tokens, k, lx.coordination)) continue;
    for (let q = k; q < Math.min(sb, k + 3); q++) {
      if (!inSet(doc.tokens, q, lx.coordinationPrepositions)) continue;
      const m = mentionAt(doc, q + 1) ?? mentionAt(doc, q + 2);
      if (m) return listAround(doc, m, m.t0, sb);
    }
  }
  return [];
}

/** Whether sentence si refers back to a measure: "the measures", "these sanctions". */
function refersBack(doc: Doc, si: number): boolean {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  for (let k = sa + 1; k < sb; k++)
    if (inSet(doc.tokens, k - 1, lx.anaphorDeterminers) && inSet(doc.tokens, k, lx.anaphors)) return true;
  return false;
}

export function coordinated(
  doc: Doc,
  si: number,
  own: readonly FoundTie[],
  prev: readonly FoundTie[],
  out: FoundTie[],
): void {
  const base = own.length ? own : prev.length && refersBack(doc, si) ? prev : [];
  if (!base.length) return;
  const partners = statesOf(doc, coordinatedWith(doc, si));
  if (!partners.length) return;
  const targets = [...new Set(base.map((t) => t.target))];
  const imposers = new Set(base.map((t) => t.source));
  const measure = { imposers: partners.filter((p) => !imposers.has(p)), targets, status: base[0]?.status };
  pushTies(doc, si, { ...measure, rule: ['sanction/coordinated-with'] }, out);
}
