/**
 * Alliance (undirected): alliance, partnership, friendship, cooperation, support,
 * pacts, ties growing closer… never under tension, rivalry or deterioration.
 * Pairs come from "between A and B", "A’s <cue> with B", "A and B <cue>",
 * hyphenated pairs ("Kim-Putin rapprochement") and "the two countries".
 *
 * Steps, in order: 1 membership of a bloc (once a sentence); for each cue word, 2 a partner
 * named by a naming verb, 3 a named treaty signed with a partner, then for an alliance word
 * (unless negated or only planned) the first of 4 a sponsor's object, 5 "between A and B",
 * 6 a hyphenated pair, 7 the parties on each side, 8 "signed by A and B"; and for an act
 * noun or verb, 9 its co-authors ("a Chinese and Russian proposal", "requested by A and B").
 * Rule reasons: data/rules/alliance.json.
 */
import type { Doc } from '../../doc';
import { lexicon } from '../../lexicon';
import { cueFlags, inSet, isSeq, isWord } from '../../match';
import type { FoundTie, RelationExtractor } from '../types';
import { clauseOf, sentenceOk } from '../util';
import { membership } from './01-membership';
import { namedPartner } from './02-named-partner';
import { treatySigned } from './03-treaty-signed';
import { sponsorship } from './04-sponsor';
import { between } from './05-between';
import { hyphenatedPair } from './06-hyphenated-pair';
import { partnerCue } from './07-partner-cue';
import { signedBy } from './08-signed-by';
import { jointAct } from './09-joint-act';
import { appositionHead } from './apposition';
import type { AllianceCue } from './cue';
import { addFound, type Seen } from './found';
import { hasPositive, negated, prospective } from './guards';

const lx = lexicon.alliance;

const NAMING = 1;
const SIGN = 2;
const SPONSOR = 4;
const STRONG = 8;
const WEAK = 16;
const ACT = 32;
/** Every cue word with the kinds of cue it is (bit flags). */
const CUES = cueFlags([
  [lx.namingVerbs, NAMING],
  [lx.signVerbs, SIGN],
  [lx.sponsorVerbs, SPONSOR],
  [lx.strong, STRONG],
  [lx.weak, WEAK],
  [lx.actNouns, ACT],
  [lx.actVerbs, ACT],
]);

/** "worked with B", "working closely with B". */
function withPartner(doc: Doc, k: number): boolean {
  const q = inSet(doc.tokens, k + 1, lx.withAdverbs) ? k + 2 : k + 1;
  return isWord(doc.tokens, q, 'with');
}

/** An appeal verb ("urged", "called on") earlier in the sentence of the cue at k. */
function appealed(doc: Doc, si: number, k: number): boolean {
  const [sa] = doc.sentTok[si] ?? [0, 0];
  for (let q = sa; q < k; q++) {
    if (inSet(doc.tokens, q, lx.appeals)) return true;
    if (inSet(doc.tokens, q, lx.onAppeals) && isWord(doc.tokens, q + 1, 'on')) return true;
  }
  return false;
}

/** The alliance word at k with its clause, or undefined when it is no cue here. */
function cueAt(doc: Doc, si: number, k: number, strong: boolean): AllianceCue | undefined {
  const w = doc.tokens[k]?.lower ?? '';
  if (doc.tokenMention[k] !== -1) return undefined;
  // "B's arms supplier" supports B; "B's gas supplier" only trades with it.
  if (lx.supplyNouns.has(w) && !inSet(doc.tokens, k - 1, lx.supplyModifiers)) return undefined;
  // "leave X together with Y": a preposition, not working together.
  if (isSeq(doc.tokens, k, ['together', 'with'])) return undefined;
  // "work" is a cue only with its partner: "worked (closely) with B".
  if (lx.withCues.has(w) && !withPartner(doc, k)) return undefined;
  // "A urged B to cooperate with C": an appeal, not (yet) an alliance.
  if (lx.appealedCues.has(w) && appealed(doc, si, k)) return undefined;
  const [ca, b] = clauseOf(doc, si, k);
  // In an apposition only its own words qualify the cue: "Since X, an ally of B, fled…".
  const app = appositionHead(doc, si, k);
  const a = app ? Math.max(ca, app.start) : ca;
  if (!strong && !hasPositive(doc, k, a, b)) return undefined;
  if (negated(doc, k, a, b) || prospective(doc, k, a)) return undefined;
  return { doc, si, k, w, a, b, sa: doc.sentTok[si]?.[0] ?? 0, app };
}

/** Steps 4 to 8 on an alliance word: the first that pairs parties. */
function allianceWord(c: AllianceCue, sponsor: boolean): ReturnType<typeof sponsorship> {
  const sponsored = sponsorship(c, sponsor);
  if (sponsored) return sponsored;
  return between(c) ?? hyphenatedPair(c) ?? partnerCue(c) ?? signedBy(c);
}

function extractSentence(doc: Doc, si: number, out: FoundTie[]): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  const seen: Seen = new Map();
  membership(doc, si, seen, out);
  for (let k = sa; k < sb; k++) {
    // One lookup per token: most words are no cue of any kind.
    const f = CUES.get(doc.tokens[k]?.lower ?? '');
    if (f === undefined) continue;
    if (f & NAMING) namedPartner(doc, si, k, seen, out);
    if (f & SIGN) treatySigned(doc, si, k, seen, out);
    if (f & ACT) jointAct(doc, si, k, seen, out);
    const sponsor = (f & SPONSOR) !== 0;
    const strong = (f & (SPONSOR | STRONG)) !== 0;
    if (!strong && !(f & WEAK)) continue;
    const c = cueAt(doc, si, k, strong);
    const found = c && allianceWord(c, sponsor);
    if (found) addFound(doc, si, found, seen, out);
  }
}

export const alliance: RelationExtractor = {
  type: 'alliance',
  extract(doc) {
    const out: FoundTie[] = [];
    for (let si = 0; si < doc.sentences.length; si++) if (sentenceOk(doc, si)) extractSentence(doc, si, out);
    return out;
  },
};
