/** Who imposes a measure named by a sanction noun. */
import type { Doc, RMention } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet, isWord } from '../../match';
import {
  describedBloc,
  firstMentionIn,
  gapBefore,
  hasWordIn,
  isPolitical,
  listAround,
  mentionAt,
  mentionsIn,
  pairFromContext,
  pairNounAt,
  statesOf,
} from '../util';
import type { SanctionCue, Side } from './cue';

const lx = lexicon.sanction;

/** "UN sanctions", "U.N., U.S., and European Union trade sanctions": the names right before the noun. */
export function imposersBefore(doc: Doc, k: number, a: number): RMention[] {
  let q = k - 1;
  let skipped = 0;
  while (q >= a && skipped < 3 && doc.tokenMention[q] === -1 && inSet(doc.tokens, q, lx.modifiers)) {
    q--;
    skipped++;
  }
  const m = mentionAt(doc, q);
  if (!m || m.t1 !== q + 1) return [];
  if (doc.tokens[m.t1 - 1] && m.t1 <= k && m.poss === false && gapBefore(doc, q + 1).includes(',')) return [];
  return listAround(doc, m, a, m.t1).filter((x) => isPolitical(doc, x.key));
}

/** The political actor subject of a verb at v in clause [a, …): the list around it, its states. */
function verbSubject(doc: Doc, si: number, a: number, v: number): RMention | undefined {
  return firstMentionIn(doc, si, a, v, (m) => isPolitical(doc, m.key));
}

/**
 * "EU extends Belarus sanctions": a plain state name before the noun names its target
 * when another subject imposes the measure. Returns the imposers, or undefined.
 */
export function subjectOfNamedTarget(c: SanctionCue, mod: RMention | undefined): string[] | undefined {
  const { doc, si, a } = c;
  if (!mod || mod.poss || mod.form === 'demonym' || doc.actors.get(mod.key)?.kind !== 'state')
    return undefined;
  let verb = -1;
  for (let q = Math.max(a, mod.t0 - 3); q < mod.t0; q++) if (inSet(doc.tokens, q, lx.impose)) verb = q;
  const subj = verb >= 0 ? verbSubject(doc, si, a, verb) : undefined;
  const by = subj ? statesOf(doc, listAround(doc, subj, a, verb)).filter((x) => x !== mod.key) : [];
  return by.length ? by : undefined;
}

/** "sanctions by A", "an embargo from A and B". */
export function imposedBy(c: SanctionCue): Side {
  const { doc, k, b } = c;
  let states: string[] = [];
  for (let q = k + 1; q < Math.min(b, k + 3); q++) {
    if (!inSet(doc.tokens, q, lx.imposerPrepositions)) continue;
    const m = mentionAt(doc, q + 1) ?? mentionAt(doc, q + 2);
    if (m) states = statesOf(doc, listAround(doc, m, m.t0, b));
  }
  return { states, rule: 'sanction/imposed-by' };
}

/** "The two leaders agreed to coordinate sanctions", "The regional bloc imposed sanctions". */
function describedImposers(c: SanctionCue, verb: number): string[] {
  let imposers: string[] = [];
  for (let q = c.a; q < verb && !imposers.length; q++) {
    if (pairNounAt(c.doc, q, verb)) imposers = pairFromContext(c.doc, c.si, q);
    const bloc = describedBloc(c.doc, c.si, q);
    if (bloc) imposers = [bloc];
  }
  return imposers;
}

/** "A, B and C imposed sanctions", "A urged B to lift its sanctions" (B): an imposing verb's subject. */
export function imposingVerb(c: SanctionCue): Side | undefined {
  const { doc, si, k, a } = c;
  let verb = -1;
  for (let q = Math.max(a, k - 6); q < k; q++) if (inSet(doc.tokens, q, lx.impose)) verb = q;
  if (verb < 0) return undefined;
  // "A urged B to lift its sanctions": the infinitive's agent is the actor right before "to".
  const infinitive = isWord(doc.tokens, verb - 1, 'to');
  const before = infinitive ? mentionsIn(doc, si, a, verb - 1).filter((m) => isPolitical(doc, m.key)) : [];
  const subj = before[before.length - 1] ?? verbSubject(doc, si, a, verb);
  // "A and B vetoed a resolution that would have imposed sanctions": nothing imposed.
  if (hasWordIn(doc, subj ? subj.t1 : verb, verb, lx.blocked)) return undefined;
  // Coordinated subjects: "A, B and C impose sanctions" -> every one of them.
  if (subj) return { states: statesOf(doc, listAround(doc, subj, a, verb)), rule: 'sanction/imposing-verb' };
  return { states: describedImposers(c, verb), rule: 'sanction/described-imposer' };
}
