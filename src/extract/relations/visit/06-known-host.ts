/**
 * Step 6, after every sentence: "Zhao’s three-day visit, which started on Thursday" names
 * no host; when the article sends that visitor to one host only, the visit is there.
 */
import type { Doc } from '../../doc';
import type { FoundTie } from '../types';
import type { Pending } from './02-visit-noun';
import { emit } from './emit';

/**
 * The hosts of each visitor, read once from the ties found so far. The ties step 6 adds go
 * to the visitor's only host, so they change no entry: one index serves every pending visit.
 */
function hostsByVisitor(ties: readonly FoundTie[]): Map<string, Set<string>> {
  const hosts = new Map<string, Set<string>>();
  for (const t of ties) {
    const set = hosts.get(t.source);
    if (set) set.add(t.target);
    else hosts.set(t.source, new Set([t.target]));
  }
  return hosts;
}

export function knownHost(doc: Doc, pending: readonly Pending[], out: FoundTie[]): void {
  if (!pending.length) return;
  const hosts = hostsByVisitor(out);
  for (const p of pending) {
    const set = hosts.get(p.visitor);
    if (set?.size !== 1) continue;
    const [host] = set;
    if (host) emit(doc, p.si, { visitors: [p.visitor], host, rule: ['visit/known-host'] }, out);
  }
}
