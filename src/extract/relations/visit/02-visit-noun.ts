/**
 * Step 2. A visit noun: "a visit to B by A", "A’s visit to B", "A … during a visit to B",
 * "A was in B for a state visit". A visit with a visitor but no host waits for step 6.
 */
import { stateOf } from '../../doc';
import { isWord } from '../../match';
import type { FoundTie } from '../types';
import { listAround, mentionAt } from '../util';
import type { VisitCue } from './cue';
import { emit } from './emit';
import { firstPlaceAfter, isVisitor, placeAt } from './places';
import { pronounVisitor, subjectOf } from './visitors';

/** A visit with a visitor and no host yet, resolved after the pass (step 6). */
export interface Pending {
  si: number;
  visitor: string;
}

interface Host {
  host: string | undefined;
  rule: string;
}

/** The visitors of the noun; `end` is the token after a "by" list ("a visit by A to B"). */
interface Visitors {
  keys: string[];
  end?: number;
  /** Found through "his" or "her" before the noun. */
  pronoun?: boolean;
}

/** "a visit by A", "A’s visit", else the clause's subject. */
function nounVisitors(c: VisitCue): Visitors {
  const { doc, si, k, a, sb } = c;
  for (let r = k + 1; r < Math.min(sb, k + 10); r++) {
    if (!isWord(doc.tokens, r, 'by')) continue;
    const m = mentionAt(doc, r + 1) ?? mentionAt(doc, r + 2) ?? mentionAt(doc, r + 3);
    if (!m || !isVisitor(doc, m.key)) break;
    const list = listAround(doc, m, m.t0, sb).filter((x) => isVisitor(doc, x.key));
    return { keys: list.map((x) => x.key), end: Math.max(...list.map((x) => x.t1)) };
  }
  for (let r = k - 1; r >= Math.max(a, k - 4); r--) {
    const m = mentionAt(doc, r);
    if (m?.poss && isVisitor(doc, m.key)) return { keys: [m.key] };
    if (m) break;
    // "his visit to B", with no one named before it in the sentence.
    const pronoun = pronounVisitor(doc, si, r);
    if (pronoun) return { keys: [pronoun], pronoun: true };
  }
  return { keys: subjectOf(doc, si, a, k).map((x) => x.key) };
}

/** "A was in B for a state visit": the last place after "in" before the noun in its clause. */
function placeBeforeNoun(c: VisitCue): string | undefined {
  let host: string | undefined;
  for (let r = c.a; r < c.k - 1; r++) {
    if (!isWord(c.doc.tokens, r, 'in')) continue;
    const h = placeAt(c.doc, mentionAt(c.doc, r + 1));
    if (h) host = h;
  }
  return host;
}

/** "The visit by A … the meeting between A’s state and B": the other state. */
function otherOfBetween(c: VisitCue, visitor: string): string | undefined {
  const { doc, sa, sb } = c;
  for (let r = sa; r < sb; r++) {
    if (!isWord(doc.tokens, r, 'between')) continue;
    const m = mentionAt(doc, r + 1) ?? mentionAt(doc, r + 2);
    if (!m) return undefined;
    const list = listAround(doc, m, m.t0, sb).map((x) => stateOf(doc, x.key));
    const own = stateOf(doc, visitor);
    return own && list.includes(own) ? list.find((x) => x && x !== own) : undefined;
  }
  return undefined;
}

/** "a visit to B", "a visit by A to B": the place after "to", right after the noun or the visitors. */
function placeAfterTo(c: VisitCue, visitors: Visitors): string | undefined {
  const { doc, k, sb } = c;
  for (const r of [k + 1, visitors.end]) {
    if (r === undefined || !isWord(doc.tokens, r, 'to')) continue;
    const host = firstPlaceAfter(doc, r + 1, Math.min(sb, r + 5));
    if (host) return host;
  }
  return undefined;
}

function nounHost(c: VisitCue, visitors: Visitors): Host {
  const to = placeAfterTo(c, visitors);
  if (to) return { host: to, rule: 'visit/visit-to' };
  const before = placeBeforeNoun(c);
  if (before) return { host: before, rule: 'visit/in-place-for-visit' };
  const only = visitors.keys.length === 1 ? visitors.keys[0] : undefined;
  return { host: only === undefined ? undefined : otherOfBetween(c, only), rule: 'visit/visit-between' };
}

export function visitNoun(c: VisitCue, out: FoundTie[], pending: Pending[]): void {
  const visitors = nounVisitors(c);
  const { host, rule } = nounHost(c, visitors);
  if (!host) {
    for (const v of visitors.keys) pending.push({ si: c.si, visitor: v });
    return;
  }
  const rules = visitors.pronoun ? [rule, 'visit/pronoun-visitor'] : [rule];
  emit(c.doc, c.si, { visitors: visitors.keys, host, status: c.status, rule: rules }, out);
}
