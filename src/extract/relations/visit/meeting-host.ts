/** Where a meeting cue says the meeting was held: the host of its participants. */
import { lexicon } from '../../lexicon';
import { inSet, isWord, skipBackIn } from '../../match';
import { gapBefore, mentionAt, relativeAntecedent } from '../util';
import type { VisitCue } from './cue';
import { placeAt } from './places';

const lx = lexicon.visit;

export interface MeetingHost {
  host: string;
  rule: string;
}

/** "A and B met in C", "talks at C": a place after the cue, not one of "the war in Yemen". */
function placeAfterCue(c: VisitCue): string | undefined {
  const { doc, si, k, a, sb } = c;
  // Inside a relative clause ("X, who went for talks with Y, said … at Z") the
  // meeting's place lies before the clause's closing comma.
  const inRelative = relativeAntecedent(doc, si, a).length > 0;
  for (let r = k + 1; r < sb; r++) {
    const comma = gapBefore(doc, r).includes(',');
    if (inRelative && comma) break;
    // "… to Russia, which are helping the war in Ukraine": the relative clause is about Russia.
    if (comma && inSet(doc.tokens, r, lexicon.relations.relativeOpeners)) break;
    if (!inSet(doc.tokens, r, lx.placePrepositions)) continue;
    // "the war in Yemen": the place belongs to the noun before it, not to the meeting.
    if (inSet(doc.tokens, r - 1, lx.notMeetingNouns)) continue;
    const h = placeAt(doc, mentionAt(doc, r + 1) ?? mentionAt(doc, r + 2));
    if (h) return h;
  }
  return undefined;
}

/**
 * "A made the remarks in CAPITAL, where he met B", "talks held in CAPITAL on Monday, when
 * A met B": a meeting in a relative or time clause on a place takes that place as its host.
 */
function whereHost(c: VisitCue): string | undefined {
  const { doc, k, sa } = c;
  for (let w = k - 1; w > sa && w >= k - 6; w--) {
    // "talks held in C, when A met B": a time clause after the place of the talks.
    const when = isWord(doc.tokens, w, 'when') && gapBefore(doc, w).includes(',');
    if (!isWord(doc.tokens, w, 'where') && !when) continue;
    // "in C on Monday, when": the day is no place.
    const p = skipBackIn(doc.tokens, w - 1, lx.timeWords, w - 3);
    const m = mentionAt(doc, p);
    if (!m) return undefined;
    return inSet(doc.tokens, m.t0 - 1, lx.hostPrepositions) ? placeAt(doc, m) : undefined;
  }
  return undefined;
}

/** "A arrived in C for talks with B": the place a travel verb before the cue names. */
function arrivalHost(c: VisitCue): string | undefined {
  const { doc, a, k } = c;
  for (let v = k - 1; v >= a; v--) {
    if (doc.tokenMention[v] !== -1 || !inSet(doc.tokens, v, lx.verbs)) continue;
    if (!inSet(doc.tokens, v + 1, lx.hostPrepositions)) return undefined;
    return placeAt(doc, mentionAt(doc, v + 2));
  }
  return undefined;
}

export function meetingHost(c: VisitCue): MeetingHost | undefined {
  const after = placeAfterCue(c);
  if (after) return { host: after, rule: 'visit/met-in-place' };
  const where = whereHost(c);
  if (where) return { host: where, rule: 'visit/met-where' };
  const arrived = arrivalHost(c);
  if (arrived) return { host: arrived, rule: 'visit/arrived-for-talks' };
  return undefined;
}
