/**
 * Sanction (imposer -> target): imposing, tightening, threatening or lifting sanctions
 * and embargoes. Imposers are the actors right before the noun ("UN sanctions",
 * "U.N., U.S., and European Union sanctions") or the subject of an imposing verb;
 * targets follow "against"/"on", or are the sentence's subject ("in defiance of UN
 * sanctions" makes the defier the target).
 *
 * Steps, in order, in each sentence: 1 every sanction noun, 2 sanctioning verbs,
 * 3 asset freezes, 5 "urged B to … or face sanctions", 6 entry bans, 4 partners the
 * measure was coordinated with; then every tie of a pair
 * takes the pair's latest status. Rule reasons: data/rules/sanction.json.
 */
import type { Doc } from '../../doc';
import { lexicon } from '../../lexicon';
import { cueFlags } from '../../match';
import type { FoundTie, RelationExtractor } from '../types';
import { clauseOf, sentenceOk } from '../util';
import { nounEnd, sanctionNoun } from './01-sanction-noun';
import { sanctionVerbs } from './02-sanction-verb';
import { assetFreezes } from './03-asset-freeze';
import { coordinated } from './04-coordinated';
import { orFace } from './05-or-face';
import { entryBans } from './06-entry-ban';
import { latestStatus } from './ties';

export { latestStatus } from './ties';

const lx = lexicon.sanction;

const NOUN = 1;
const FREEZE = 2;
const VERB = 4;
const FACE = 8;
const BAN = 16;
/** Every cue word with the kinds of cue it is (bit flags). */
const CUES = cueFlags([
  [lx.nouns, NOUN],
  [lx.freeze, FREEZE],
  [lx.verbs, VERB],
  [lx.face, FACE],
  [lx.banVerbs, BAN],
]);

/** Steps 1 to 3, 5 and 6 on sentence si; steps 2, 3, 5 and 6 only when the sentence has their cue words. */
function extractSentence(doc: Doc, si: number, out: FoundTie[]): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  let seen = 0;
  for (let k = sa; k < sb; k++) {
    // One lookup per token: most words are no cue of any kind.
    const f = CUES.get(doc.tokens[k]?.lower ?? '');
    if (f === undefined) continue;
    seen |= f;
    if (!(f & NOUN)) continue;
    if (doc.tokenMention[k] !== -1) continue;
    const end = nounEnd({ doc, k });
    if (end === undefined) continue;
    const [a, b] = clauseOf(doc, si, k);
    sanctionNoun({ doc, si, k, end, a, b, sa }, out);
  }
  if (seen & FREEZE) assetFreezes(doc, si, out);
  if (seen & VERB) sanctionVerbs(doc, si, out);
  if (seen & FACE && seen & NOUN) orFace(doc, si, out);
  if (seen & BAN) entryBans(doc, si, out);
}

/** The sanction ties of a document; the quote stage reads them through the registry (`after`). */
function sanctionsOf(doc: Doc): FoundTie[] {
  const out: FoundTie[] = [];
  let prev: FoundTie[] = [];
  let prevSi = -10;
  for (let si = 0; si < doc.sentences.length; si++) {
    if (!sentenceOk(doc, si)) continue;
    const n = out.length;
    extractSentence(doc, si, out);
    const own = out.slice(n);
    coordinated(doc, si, own, si - prevSi <= 2 ? prev : [], out);
    if (own.length) {
      prev = own;
      prevSi = si;
    }
  }
  return latestStatus(out);
}

export const sanction: RelationExtractor = {
  type: 'sanction',
  extract: sanctionsOf,
};
