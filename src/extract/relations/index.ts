/**
 * The relation registry: one extractor per relation kind. `runRelations` runs them in
 * dependency order (a kind after those it declares in `after`, else in the order listed)
 * and hands each the ties of the kinds that ran before it.
 */
import type { RelationType } from '../../graph/types';
import type { Doc } from '../doc';
import type { EarlierTies, FoundTie, RelationExtractor } from './types';
import { alliance } from './alliance';
import { visit } from './visit';
import { sanction } from './sanction';
import { quote } from './quote';
import { affiliation } from './affiliation';

export type { EarlierTies, FoundTie, RelationExtractor } from './types';

/** Every kind, in the order they run when none depends on another. */
const ALL: readonly RelationExtractor[] = [alliance, visit, sanction, quote, affiliation];

export const RELATION_EXTRACTORS: readonly RelationExtractor[] = orderByDependencies(ALL);

/** The extractors, each after the kinds it declares in `after` (stable otherwise); throws on a cycle. */
export function orderByDependencies(list: readonly RelationExtractor[]): RelationExtractor[] {
  const byType = new Map([...ALL, ...list].map((x) => [x.type, x]));
  const out: RelationExtractor[] = [];
  const state = new Map<RelationType, 'visiting' | 'done'>();
  const visit = (x: RelationExtractor): void => {
    const s = state.get(x.type);
    if (s === 'done') return;
    if (s === 'visiting') throw new Error(`relation kinds depend on each other in a cycle: ${x.type}`);
    state.set(x.type, 'visiting');
    for (const dep of x.after ?? []) {
      const d = byType.get(dep);
      if (!d) throw new Error(`relation kind ${x.type} needs ${dep}, which is not registered`);
      visit(d);
    }
    state.set(x.type, 'done');
    out.push(x);
  };
  for (const x of list) visit(x);
  return out;
}

/** Runs every extractor in order; each sees the ties of the kinds before it. Ties in run order. */
export function runRelations(
  doc: Doc,
  extractors: readonly RelationExtractor[] = RELATION_EXTRACTORS,
): FoundTie[] {
  const earlier = new Map<RelationType, readonly FoundTie[]>();
  const ties: FoundTie[] = [];
  for (const ex of extractors) {
    const found = ex.extract(doc, earlier);
    earlier.set(ex.type, found);
    for (const t of found) ties.push(t);
  }
  return ties;
}

/** The ties of the kinds `ex` declares in `after` (and theirs), for running one kind alone. */
export function earlierTiesFor(doc: Doc, ex: RelationExtractor): EarlierTies {
  const need = orderByDependencies([ex]).slice(0, -1);
  const earlier = new Map<RelationType, readonly FoundTie[]>();
  for (const x of need) earlier.set(x.type, x.extract(doc, earlier));
  return earlier;
}
