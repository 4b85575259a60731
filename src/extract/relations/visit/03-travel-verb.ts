/** Step 3. A travel verb: "A visited B", "A travelled to Doha and Riyadh alongside C". */
import { lexicon } from '../../lexicon';
import { inSet, isWord } from '../../match';
import type { FoundTie } from '../types';
import { hasWordIn, mentionAt } from '../util';
import type { VisitCue } from './cue';
import { emit } from './emit';
import { placeAt, placesAround } from './places';
import { coTravellers, pronounVisitor, subjectOf } from './visitors';

/** The places right after the verb: "visited B", "travelled on to B and C". */
function destinations(c: VisitCue): string[] {
  const { doc, k, b, sb } = c;
  for (let r = k + 1; r < Math.min(sb, k + 4); r++) {
    const m = mentionAt(doc, r);
    if (m) return placeAt(doc, m) ? placesAround(doc, m, b) : [];
    if (!inSet(doc.tokens, r, lexicon.visit.verbPrepositions) && !isWord(doc.tokens, r, 'the')) return [];
  }
  return [];
}

/** "barred from travel to B", "a ban on travel to B": a word of the bar just before the verb. */
function barred(c: VisitCue): boolean {
  return hasWordIn(c.doc, Math.max(c.a, c.k - 3), c.k, lexicon.visit.barredWords);
}

export function travelVerb(c: VisitCue, out: FoundTie[]): void {
  if (barred(c)) return;
  const hosts = destinations(c);
  if (!hosts.length) return;
  const subject = subjectOf(c.doc, c.si, c.a, c.k).map((x) => x.key);
  // "He is scheduled to travel to B": the person the clause's pronoun stands for.
  const pronoun = subject.length ? undefined : pronounVisitor(c.doc, c.si, c.a);
  const visitors = pronoun ? [pronoun] : subject;
  const rule = pronoun ? ['visit/travel-verb', 'visit/pronoun-visitor'] : ['visit/travel-verb'];
  // "A travelled to C alongside B": B travelled too.
  const along = coTravellers(c.doc, c.k, c.b);
  for (const host of hosts) {
    emit(c.doc, c.si, { visitors, host, status: c.status, rule }, out);
    const alongRule = ['visit/travel-verb', 'visit/travelled-alongside'];
    emit(c.doc, c.si, { visitors: along, host, status: c.status, rule: alongRule }, out);
  }
}
