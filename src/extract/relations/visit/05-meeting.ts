/**
 * Step 5. A meeting held in a place: "A and B met in C", "At a summit in C, A and B
 * signed …". Participants from elsewhere visit the place's state.
 */
import type { RMention } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet } from '../../match';
import type { FoundTie } from '../types';
import { listAround, mentionAt } from '../util';
import type { VisitCue } from './cue';
import { emit } from './emit';
import { meetingHost } from './meeting-host';
import { isVisitor, placeAt } from './places';
import type { QuotedTest } from './quoted';

/**
 * Participants precede the cue ("A and B met in C"), unless the meeting opens the sentence
 * ("At a summit in C, A and B signed …"); "ministers meeting in C agreed sanctions on B"
 * makes B no participant. The object of "A meets B" takes part too.
 */
function participants(c: VisitCue, host: string, isQuoted: QuotedTest): string[] {
  const { doc, si, k, sa, sb } = c;
  // "“We called for Russia to …,” the ministers said at their talks in C": not Russia.
  const cueQuoted = isQuoted(doc.tokens[k]?.start ?? 0);
  const ms = (doc.bySentence[si] ?? []).filter((m) => isQuoted(m.start) === cueQuoted);
  const intro = inSet(doc.tokens, sa, lexicon.visit.meetingOpeners);
  const first = ms.find((m) => isVisitor(doc, m.key) && placeAt(doc, m) !== host && (intro || m.t0 < k));
  const found: RMention[] = first ? listAround(doc, first, sa, sb) : [];
  for (let r = k + 1; r < Math.min(sb, k + 4); r++) {
    const m = mentionAt(doc, r);
    if (!m) continue;
    if (isVisitor(doc, m.key) && placeAt(doc, m) !== host)
      for (const x of listAround(doc, m, m.t0, sb)) found.push(x);
    break;
  }
  return [...new Set(found.filter((m) => isVisitor(doc, m.key) && m.key !== host).map((m) => m.key))];
}

export function meeting(c: VisitCue, out: FoundTie[], isQuoted: QuotedTest): void {
  const where = meetingHost(c);
  if (!where) return;
  const visitors = participants(c, where.host, isQuoted);
  emit(c.doc, c.si, { visitors, host: where.host, status: c.status, rule: [where.rule] }, out);
}
