/**
 * Visit (visitor -> host): "a visit to B by A", "A’s visit to B", "A visited B",
 * "A dispatched an envoy to B", and meetings held in a place ("At a meeting in
 * Beijing, A and B…"): participants from elsewhere visit the place's state.
 * "is expected to", "will" make it planned.
 *
 * Steps, in order: 1 speaking in a place (once a sentence); for each cue word, 2 a visit
 * noun, 3 a travel verb, 4 an envoy sent, 5 a meeting in a place; after every sentence,
 * 6 the known host of visits that named none. Rule reasons: data/rules/visit.json.
 */
import type { Doc } from '../../doc';
import { lexicon } from '../../lexicon';
import { isWord } from '../../match';
import type { FoundTie, RelationExtractor } from '../types';
import { clauseOf, hasWordIn, sentenceOk } from '../util';
import { speakingIn } from './01-speaking-in';
import { visitNoun, type Pending } from './02-visit-noun';
import { travelVerb } from './03-travel-verb';
import { sentEnvoy } from './04-sent-envoy';
import { meeting } from './05-meeting';
import { knownHost } from './06-known-host';
import { placeRightAfter } from './places';
import { quotationTest, type QuotedTest } from './quoted';
import type { VisitCue } from './cue';

const lx = lexicon.visit;

/** The cue at token k in sentence si, with its clause and status. */
function cueAt(doc: Doc, si: number, k: number): VisitCue {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  const [a, b] = clauseOf(doc, si, k);
  const status = hasWordIn(doc, a, k, lx.future) ? 'planned' : undefined;
  return { doc, si, k, a, b, sa, sb, status };
}

/**
 * "a visit to B" is the noun; "to visit B" and "will also visit the Maldives" the verb: a
 * word that is both is the verb after "to" or right before the place it takes as object.
 */
function isVisitNoun(doc: Doc, k: number, w: string): boolean {
  if (!lx.nouns.has(w)) return false;
  if (!lx.verbs.has(w)) return true;
  return !isWord(doc.tokens, k - 1, 'to') && !placeRightAfter(doc, k);
}

/** Steps 2 to 5 on every cue word of sentence si; one step a cue, the first that fits. */
function visitsInSentence(
  doc: Doc,
  si: number,
  out: FoundTie[],
  pending: Pending[],
  isQuoted: QuotedTest,
): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  for (let k = sa; k < sb; k++) {
    const w = doc.tokens[k]?.lower;
    if (w === undefined || doc.tokenMention[k] !== -1) continue;
    if (isVisitNoun(doc, k, w)) visitNoun(cueAt(doc, si, k), out, pending);
    else if (lx.verbs.has(w)) travelVerb(cueAt(doc, si, k), out);
    else if (lx.send.has(w)) sentEnvoy(cueAt(doc, si, k), out);
    else if (lx.meet.has(w)) meeting(cueAt(doc, si, k), out, isQuoted);
  }
}

export const visit: RelationExtractor = {
  type: 'visit',
  extract(doc) {
    const out: FoundTie[] = [];
    const pending: Pending[] = [];
    const isQuoted = quotationTest(doc);
    for (let si = 0; si < doc.sentences.length; si++) {
      if (!sentenceOk(doc, si)) continue;
      speakingIn(doc, si, out);
      visitsInSentence(doc, si, out, pending, isQuoted);
    }
    knownHost(doc, pending, out);
    return out;
  },
};
