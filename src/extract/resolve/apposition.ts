/**
 * Appositions after a person's name: ", director of the China programme at the Stimson
 * Center, a think-tank in Washington," — the roles, employers and countries they give.
 */
import { lexicon } from '../lexicon';
import type { PhraseSet } from '../lexicon';
import { fw, gapText, inSet } from '../match';
import type { Mention } from '../mentions';
import { phraseAt } from '../mentions';
import type { Token } from '../tokens';
import type { Cluster, ResolveCtx } from './context';
import { ownerAt } from './context';
import type { PersonFacts } from './facts';
import { segmentFacts } from './apposition-segments';

const nm = lexicon.names;
/** Punctuation that ends an apposition segment. */
const SEGMENT_END = /[,;:“”"()]/;
/** ", visited Lima last week": a past-tense verb opens a clause, not an apposition. */
const PAST_TENSE = /^[a-z]+ed$/;
/** Longest apposition segment, in tokens. */
const MAX_SEGMENT = 25;

/** End of the apposition segment starting at token a: punctuation or a speech verb. */
function segmentEnd(ctx: ResolveCtx, a: number, sentEnd: number): number {
  let k = a;
  while (k < sentEnd && k - a < MAX_SEGMENT) {
    if (k > a && SEGMENT_END.test(gapText(ctx.text, ctx.tokens, k))) break;
    if (inSet(ctx.tokens, k, lexicon.speech.verbs)) break;
    k++;
  }
  return k;
}

/** Token ranges of up to two comma segments after the name, the second one after ", a/the". */
export function appositionSegments(ctx: ResolveCtx, m: Mention, sentEnd: number): [number, number][] {
  const { text, tokens } = ctx;
  let k = m.t1;
  if (!tokens[k - 1] || !tokens[k] || k >= sentEnd || gapText(text, tokens, k) !== ', ') return [];
  const segs: [number, number][] = [];
  while (segs.length < 2 && k < sentEnd) {
    const a = k;
    k = segmentEnd(ctx, a, sentEnd);
    if (k === a) break;
    segs.push([a, k]);
    if (k >= sentEnd) break;
    if (gapText(text, tokens, k) !== ', ' || !inSet(tokens, k, fw.articles)) break;
  }
  return segs;
}

/** Whether a role of `set` stands in [a, b); `former` when one follows "former" in the segment. */
export function hasRole(
  tokens: readonly Token[],
  a: number,
  b: number,
  set: PhraseSet,
): { found: boolean; former: boolean } {
  let found = false;
  let former = false;
  // "a former State Department official": "former" governs the role words after it.
  let afterFormer = false;
  for (let k = a; k < b; k++) {
    if (inSet(tokens, k, nm.formerCues)) afterFormer = true;
    const n = phraseAt(tokens, k, b, set);
    if (n > 0) {
      if (afterFormer) former = true;
      else found = true;
      k += n - 1;
    }
  }
  return { found, former };
}

/** "the German stock exchange", "a London-based carmaker": an apposition naming a thing. */
function thingApposition(tokens: readonly Token[], a: number, b: number): boolean {
  if (!inSet(tokens, a, fw.articles)) return false;
  if (hasRole(tokens, a, b, nm.leaderRoles).found || hasRole(tokens, a, b, nm.analystRoles).found)
    return false;
  let end = a + 1;
  while (end < b && !inSet(tokens, end, nm.appositionHeadStops)) end++;
  return inSet(tokens, end - 1, nm.nonPersonAppositionHeads);
}

/**
 * ", former sprinter Ana Lobo and …": another person's name makes a list, not a role.
 * "Trump's senior adviser": a possessor is the employer; a lone capitalized word ("the
 * Washington-based Inter-American …") is no one's full name.
 */
function namesAnotherPerson(ctx: ResolveCtx, [a, b]: [number, number], mine: Set<number>): boolean {
  for (let k = a; k < b; k++) {
    const o = ownerAt(ctx, k);
    if (!o || o.m.t0 !== k || o.m.poss || mine.has(o.i)) continue;
    const person = o.m.type === 'person' || (o.m.type === 'name' && (o.m.nameTokens?.length ?? 0) >= 2);
    if (person && !inSet(ctx.tokens, k - 1, nm.appositionNameLeads)) return true;
  }
  return false;
}

/** "X, a cocoa farmer from …": an occupation no state gives heads the apposition. */
function occupationApposition(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b && !inSet(tokens, k, nm.appositionHeadStops); k++) {
    if (inSet(tokens, k, nm.nonStateOccupations)) return true;
  }
  return false;
}

/** The apposition after mention m, unless it is a clause, a list or a place's. */
function roleApposition(ctx: ResolveCtx, m: Mention, f: PersonFacts): [number, number][] | undefined {
  // "In a post on X, the ministry said": an introductory place, not an apposition.
  // A full name after "on" is an object ("sanctions on Ana Ruiz, Peru's minister"), not a place.
  const onPlace = inSet(ctx.tokens, m.t0 - 1, nm.introPlacePrepositions) && (m.nameTokens?.length ?? 1) < 2;
  if (onPlace) return undefined;
  const [, sEnd] = ctx.sentTok[m.sent] ?? [0, 0];
  const segs = appositionSegments(ctx, m, sEnd);
  const [seg0] = segs;
  if (!seg0) return undefined;
  const first0 = ctx.tokens[seg0[0]]?.lower ?? '';
  if (nm.appositionClauseStarts.has(first0) || PAST_TENSE.test(first0)) return undefined;
  if (namesAnotherPerson(ctx, seg0, f.mine)) return undefined;
  if (thingApposition(ctx.tokens, seg0[0], seg0[1])) {
    f.thing = true;
    return undefined;
  }
  return segs;
}

/** Organization types of the gazetteer whose people do not act for a state. */
const NON_STATE_ORG_TYPES: ReadonlySet<string> = new Set(['media', 'think-tank', 'university']);

/**
 * Whether a shared role in the segments ("chairman", "spokesman") may be a state's: the
 * segments name a state, an office holder or a state body, or no body at all. A company,
 * club or other name there ("president of Lions Gate", "a Nokia spokesman") makes it theirs.
 */
function segmentOfState(ctx: ResolveCtx, segs: readonly [number, number][]): boolean {
  let other = false;
  for (const [a, b] of segs) {
    for (let k = a; k < b; k++) {
      const o = ownerAt(ctx, k);
      if (!o) {
        if (!ctx.tokens[k]?.cap && nm.nonStateOwners.has(ctx.tokens[k]?.lower ?? '')) other = true;
        continue;
      }
      const { m } = o;
      k = m.t1 - 1;
      if (m.type === 'state' || m.type === 'person') return true;
      if (m.type === 'org') {
        const t = ctx.actors.get(ctx.keyOf[o.i] ?? '')?.orgType;
        if (
          m.orgKey
            ? !NON_STATE_ORG_TYPES.has(t ?? '')
            : nm.stateBodyHeads.has(ctx.tokens[m.t1 - 1]?.lower ?? '')
        )
          return true;
        other = true;
      } else if (m.type === 'name') other = true;
    }
  }
  return !other;
}

/** Roles, employers and countries from the apposition after mention m. */
export function appositionFacts(ctx: ResolveCtx, c: Cluster, m: Mention, f: PersonFacts): void {
  const segs = roleApposition(ctx, m, f);
  const seg0 = segs?.[0];
  if (!segs || !seg0) return;
  const { tokens } = ctx;
  const lr = hasRole(tokens, seg0[0], seg0[1], nm.leaderRoles);
  if (occupationApposition(tokens, seg0[0], seg0[1])) f.occupation = true;
  const ar = hasRole(tokens, seg0[0], seg0[1], nm.analystRoles);
  const segOrg = segmentFacts(ctx, segs, f);
  const formerHead = hasRole(tokens, seg0[0], seg0[1], nm.formerHeadRoles).former;
  if (lr.former && !lr.found && !formerHead) f.formerOfficial = true;
  if (lr.found || ar.found || segOrg || f.research) {
    c.evidence = true;
    f.roles.push(ctx.text.slice((tokens[seg0[0]] as Token).start, (tokens[seg0[1] - 1] as Token).end));
    const stateRole = lr.found && hasRole(tokens, seg0[0], seg0[1], nm.stateRoles).found;
    if (stateRole) f.stateRole = true;
    if (lr.found && !stateRole && !segmentOfState(ctx, segs)) f.companyRole = true;
    else if (lr.found) f.leaderWord = true;
    if (ar.found) f.analystWord = true;
  }
}
