/**
 * Step 1. A sanction noun: its imposers ("UN sanctions", "sanctions by A", "A imposed
 * sanctions") and its targets ("EU extends Belarus sanctions", "B, under US sanctions",
 * "sanctions on B", else the sentence's subject).
 */
import { isWord } from '../../match';
import type { FoundTie } from '../types';
import { statesOf } from '../util';
import type { SanctionCue, Side } from './cue';
import { imposedBy, imposersBefore, imposingVerb, subjectOfNamedTarget } from './imposers';
import { targetAfterPreposition, targetInSentence, underTarget } from './targets';
import { pushTies, statusOf } from './ties';

interface Imposed {
  imposers: Side;
  /** A target found with the imposers ("EU extends Belarus sanctions"). */
  target?: Side;
  /** Whether a verb named the imposers: the target is then in the verb's clause. */
  byVerb: boolean;
}

function imposersOf(c: SanctionCue): Imposed {
  const before = imposersBefore(c.doc, c.k, c.sa);
  const named = statesOf(c.doc, before);
  const by = subjectOfNamedTarget(c, before.length === 1 ? before[0] : undefined);
  if (by) {
    const target = { states: named, rule: 'sanction/target-before-noun' };
    return { imposers: { states: by, rule: 'sanction/imposing-verb' }, target, byVerb: true };
  }
  if (named.length)
    return { imposers: { states: named, rule: 'sanction/imposer-before-noun' }, byVerb: false };
  const after = imposedBy(c);
  if (after.states.length) return { imposers: after, byVerb: false };
  const verb = imposingVerb(c);
  return { imposers: verb ?? { states: [], rule: '' }, byVerb: !!verb?.states.length };
}

function targetsOf(c: SanctionCue, imposers: readonly string[], byVerb: boolean): Side {
  const under = underTarget(c, imposers);
  if (under.length) return { states: under, rule: 'sanction/under-sanctions' };
  const after = targetAfterPreposition(c, imposers);
  if (after.length) return { states: after, rule: 'sanction/imposed-on' };
  return { states: targetInSentence(c, imposers, byVerb), rule: 'sanction/target-in-sentence' };
}

export function sanctionNoun(c: SanctionCue, out: FoundTie[]): void {
  const { imposers, target, byVerb } = imposersOf(c);
  if (!imposers.states.length) return;
  const targets = target ?? targetsOf(c, imposers.states, byVerb);
  if (!targets.states.length) return;
  const status = statusOf(c.doc, c.a, c.k);
  const measure = { imposers: imposers.states, targets: targets.states, status };
  pushTies(c.doc, c.si, { ...measure, rule: [imposers.rule, targets.rule] }, out);
}

/** "punitive" is a sanction noun only in "punitive measures". */
export function nounEnd(c: Pick<SanctionCue, 'doc' | 'k'>): number | undefined {
  if (!isWord(c.doc.tokens, c.k, 'punitive')) return c.k + 1;
  return isWord(c.doc.tokens, c.k + 1, 'measures') ? c.k + 2 : undefined;
}
