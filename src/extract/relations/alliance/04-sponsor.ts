/**
 * Step 4. "A armed and funded B", "A has long supported B": a sponsoring or supporting verb
 * with a direct object. A sponsoring verb makes no other kind of tie.
 */
import type { Doc, RMention } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet, isWord } from '../../match';
import { gapBefore, mentionAt } from '../util';
import type { AllianceCue } from './cue';
import { pairs, type Found } from './found';
import { statesOf, subjectStates } from './parties';

const lx = lexicon.alliance;

/** A lower-case noun right after a mention, which the mention then modifies ("U.N. sanctions"). */
function modifierNoun(doc: Doc, q: number): boolean {
  const t = doc.tokens[q];
  if (!t || t.cap || gapBefore(doc, q) !== ' ') return false;
  return doc.tokenMention[q] === -1 && !lx.objectFollowers.has(t.lower);
}

/** The direct object of a sponsoring verb at k. */
function sponsored(doc: Doc, k: number, b: number): RMention | undefined {
  for (let q = k + 1; q < Math.min(b, k + 5); q++) {
    const m = mentionAt(doc, q);
    // "backed U.N. sanctions", "backed Ukrainian forces": a modifier, not the one backed.
    if (m) return m.form === 'demonym' || m.poss || modifierNoun(doc, m.t1) ? undefined : m;
    if (
      !isWord(doc.tokens, q, 'and') &&
      !isWord(doc.tokens, q, 'the') &&
      !inSet(doc.tokens, q, lx.sponsorVerbs)
    )
      return undefined;
  }
  return undefined;
}

/** The subject and the object; undefined when the cue is neither kind of verb, or names no object. */
export function sponsorship(c: AllianceCue, sponsor: boolean): Found | undefined {
  if (!sponsor && !lx.objectCues.has(c.w)) return undefined;
  const obj = sponsored(c.doc, c.k, c.b);
  const found = obj ? pairs(subjectStates(c.doc, c.si, c.a, c.k), statesOf(c.doc, [obj])) : [];
  if (sponsor) return { pairs: found, rule: 'alliance/sponsor' };
  return found.length ? { pairs: found, rule: 'alliance/supported' } : undefined;
}
