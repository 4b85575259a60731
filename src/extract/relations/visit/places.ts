/** Places and visitors: which mention names a host place, and who can visit. */
import type { Doc, RMention } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet, isWord } from '../../match';
import { listAround, mentionAt } from '../util';

/** A state named as a place (not a demonym), returned as its state key. */
export function placeAt(doc: Doc, m: RMention | undefined): string | undefined {
  if (!m) return undefined;
  const a = doc.actors.get(m.key);
  // A seat of an intergovernmental body ("Brussels" for the EU) hosts too.
  if (
    a?.kind === 'organization' &&
    a.orgType === 'intergovernmental' &&
    m.type === 'org' &&
    m.surface !== a.label
  )
    return a.key;
  if (a?.kind !== 'state') return undefined;
  // A demonym is a place only before a geographic noun: "the Russian far east".
  if (m.form === 'demonym' && !inSet(doc.tokens, m.t1, lexicon.visit.demonymPlaceNouns)) return undefined;
  return a.key;
}

/** The place named by the first mention in token range [from, to). */
export function firstPlaceAfter(doc: Doc, from: number, to: number): string | undefined {
  for (let r = from; r < to; r++) {
    const m = mentionAt(doc, r);
    if (m) return placeAt(doc, m);
  }
  return undefined;
}

/** Whether a place is the object right after token k: "visit India", "visit the Maldives". */
export function placeRightAfter(doc: Doc, k: number): boolean {
  const r = isWord(doc.tokens, k + 1, 'the') ? k + 2 : k + 1;
  return placeAt(doc, mentionAt(doc, r)) !== undefined;
}

/** Every place of the list at m: "travel to Doha, Riyadh and Abu Dhabi". */
export function placesAround(doc: Doc, m: RMention, b: number): string[] {
  const out: string[] = [];
  for (const x of listAround(doc, m, m.t0, b)) {
    const h = placeAt(doc, x);
    if (h && !out.includes(h)) out.push(h);
  }
  return out;
}

/** Leaders and states visit; other actors do not. */
export function isVisitor(doc: Doc, key: string): boolean {
  const a = doc.actors.get(key);
  return !!a && (a.kind === 'leader' || a.kind === 'state');
}
