/**
 * Step 7. An alliance word with its parties on each side: "A’s alliance with B", "A is
 * B's largest trading partner", "X, a close ally of B", "A and B strengthened ties",
 * "the treaty with B and C", "ties between the two countries".
 */
import { lexicon } from '../../lexicon';
import { listAround, pairFromContext, pairNounAt } from '../util';
import { pronounPossessor } from './apposition';
import type { AllianceCue } from './cue';
import { pairs, type Found } from './found';
import { lastReaction, statesOf, subjectStates } from './parties';
import {
  appositionSides,
  definitePossessor,
  leftOfCue,
  rightOfCue,
  unnamedPartner,
  type Sides,
} from './sides';

const lx = lexicon.alliance;

/** "allies" -> "ally", "pacts" -> "pact". */
function singular(w: string): string {
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** Both sides of the cue, each from the first source that names one. */
function sides(c: AllianceCue): Sides {
  const { doc, si, k, a, sa, app } = c;
  const s: Sides = { ...rightOfCue(c), ...leftOfCue(c) };
  // "A thanked B for its solidarity": "its" is B, the last actor named before it.
  // The quoted words may open their own clause: look back from the sentence start.
  const pron = !s.right.length && !app ? pronounPossessor(doc, si, sa, k) : undefined;
  if (pron) Object.assign(s, { right: statesOf(doc, [pron.owner]), rule: 'alliance/its-support' });
  if (app) appositionSides(c, s, app);
  const ofCue = lx.ofCues.has(c.w);
  if (!app && !s.right.length && !s.left.length && ofCue) {
    const d = definitePossessor(c);
    if (d) Object.assign(s, { right: [d], rule: 'alliance/described-partner' });
  }
  // "A is B's largest trading partner": the possessor and the subject.
  if (!app && !s.right.length && s.left.length && ofCue) {
    const right = s.left;
    Object.assign(s, { right, rule: 'alliance/possessor-partner' });
    s.left = subjectStates(doc, si, a, k).filter((x) => !right.includes(x));
  }
  if (pron && !s.left.length)
    s.left = statesOf(doc, listAround(doc, pron.subject, pron.subject.t0, pron.owner.t0));
  if (!s.left.length) s.left = subjectStates(doc, si, a, k).filter((x) => x !== s.shared);
  return s;
}

/** "the two countries … strengthened ties": a pair noun after any reaction verb. */
function pairNounParties(c: AllianceCue): string[] {
  const { doc, si, k, a, b } = c;
  // A pair noun before a reaction verb names the reactors, not the parties.
  for (let q = Math.max(a, lastReaction(doc, a, k) + 1); q < b; q++)
    if (pairNounAt(doc, q, b)) return pairFromContext(doc, si, q);
  return [];
}

function found(c: AllianceCue): Found {
  const { left, right, rule } = sides(c);
  // "the treaty with B and C": B and C are parties to it too.
  if (right.length >= 2 && lx.pactNouns.has(singular(c.w)))
    return {
      pairs: pairs([...left, ...right.filter((x) => !left.includes(x))]),
      rule: 'alliance/pact-partners',
    };
  if (right.length) return { pairs: pairs(left, right), rule };
  if (left.length >= 2 && unnamedPartner(c)) return { pairs: [], rule: 'alliance/joint-subject' };
  if (left.length >= 2) return { pairs: pairs(left), rule: 'alliance/joint-subject' };
  return { pairs: pairs(pairNounParties(c)), rule: 'alliance/two-countries' };
}

export function partnerCue(c: AllianceCue): Found | undefined {
  const f = found(c);
  return f.pairs.length ? f : undefined;
}
