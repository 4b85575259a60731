/**
 * Step 6. Entry bans: "A barred B's officials from entering A" (the subject bans the
 * object's state), "B's officials are barred from travel to A" (A, the country closed to
 * them, bans the subject's state).
 */
import type { Doc, RMention } from '../../doc';
import { lexicon } from '../../lexicon';
import { findIn, inSet } from '../../match';
import type { FoundTie } from '../types';
import { clauseOf, firstMentionIn, isPolitical, listAround, statesOf } from '../util';
import { pushTies, statusOf } from './ties';

const lx = lexicon.sanction;

interface Ban {
  imposer: RMention | undefined;
  target: RMention | undefined;
  a: number;
  k: number;
}

/** The imposer and the target of a ban verb at k whose entry word ("entering") stands at e. */
function banAt(doc: Doc, si: number, k: number, from: number, e: number): Ban {
  const [a, b] = clauseOf(doc, si, k);
  const political = (m: RMention): boolean => isPolitical(doc, m.key);
  const subject = firstMentionIn(doc, si, a, k, political);
  if (inSet(doc.tokens, k - 1, lx.notVerbAfter)) {
    // Passive: the subject is banned; the country it may not enter bans it.
    const place = firstMentionIn(doc, si, e + 1, Math.min(b, e + 5), political);
    return { imposer: place, target: subject, a, k };
  }
  return { imposer: subject, target: firstMentionIn(doc, si, k + 1, from, political), a, k };
}

export function entryBans(doc: Doc, si: number, out: FoundTie[]): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  for (let k = sa + 1; k < sb; k++) {
    if (!inSet(doc.tokens, k, lx.banVerbs) || doc.tokenMention[k] !== -1) continue;
    const from = findIn(doc.tokens, k + 1, Math.min(sb, k + 9), lx.banFrom);
    if (from < 0 || !inSet(doc.tokens, from + 1, lx.entryWords)) continue;
    const { imposer, target, a } = banAt(doc, si, k, from, from + 1);
    if (!imposer || !target) continue;
    const imposers = statesOf(doc, listAround(doc, imposer, imposer.t0, imposer.t1));
    const targets = statesOf(doc, listAround(doc, target, a, k));
    const measure = { imposers, targets, status: statusOf(doc, a, k) };
    pushTies(doc, si, { ...measure, rule: ['sanction/entry-ban'] }, out);
  }
}
