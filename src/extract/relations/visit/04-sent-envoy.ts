/** Step 4. "A dispatched an envoy to B": the envoy, else the sender's state, visits B. */
import { stateOf } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet, isWord } from '../../match';
import type { FoundTie } from '../types';
import { mentionAt } from '../util';
import type { VisitCue } from './cue';
import { emit } from './emit';
import { firstPlaceAfter } from './places';
import { subjectOf } from './visitors';

export function sentEnvoy(c: VisitCue, out: FoundTie[]): void {
  const { doc, k, b } = c;
  let host: string | undefined;
  let envoy: string | undefined;
  for (let r = k + 1; r < Math.min(b, k + 8); r++) {
    if (isWord(doc.tokens, r, 'to')) {
      // "sent troops to support B's war": a purpose, not a destination.
      if (!inSet(doc.tokens, r + 1, lexicon.visit.purposeVerbs))
        host = firstPlaceAfter(doc, r + 1, Math.min(b, r + 4));
      break;
    }
    const m = mentionAt(doc, r);
    if (m && doc.actors.get(m.key)?.kind === 'leader') envoy = m.key;
  }
  if (!host) return;
  const subj = subjectOf(doc, c.si, c.a, k)[0];
  const sender = subj ? (stateOf(doc, subj.key) ?? subj.key) : undefined;
  const visitor = envoy ?? sender;
  if (visitor)
    emit(doc, c.si, { visitors: [visitor], host, status: c.status, rule: ['visit/sent-envoy'] }, out);
}
