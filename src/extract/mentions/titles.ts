/** Titles around a name: "Foreign Minister", "Minister of Defense", "his Russian counterpart". */
import { lexicon } from '../lexicon';
import { fw, inSet } from '../match';
import type { Token } from '../tokens';
import type { Ctx } from './context';
import { gap } from './context';
import { phraseAt, phraseEndingAt, wordsOf } from './phrases';
import type { Mention } from './types';

const nm = lexicon.names;
const TITLE_STARTS = new Set([...nm.leaderRoles.starts, ...nm.analystRoles.starts, ...nm.honorifics.starts]);
/** The gap after a possessive: "Sudan’s president", "the Saudis' king". */
const POSSESSIVE_GAP = /^['’]s? $/;
/** Words a title prefix reads back over. */
const MAX_PREFIX_STEPS = 8;

/** Length of the title starting at token i: "Foreign Affairs Cabinet Secretary", "Minister of Defense". */
export function titleAt(tokens: readonly Token[], i: number, end: number): number {
  // "Foreign Affairs Cabinet Secretary", "Defence Secretary": a portfolio before a role.
  const t = tokens[i];
  const pf = t?.cap && nm.portfolios.starts.has(t.lower) ? phraseAt(tokens, i, end, nm.portfolios) : 0;
  if (pf > 0) {
    const r = phraseAt(tokens, i + pf, end, nm.leaderRoles);
    if (r > 0 && tokens[i + pf]?.cap) return Math.max(pf + r, titleCore(tokens, i, end));
  }
  return titleCore(tokens, i, end);
}

function titleCore(tokens: readonly Token[], i: number, end: number): number {
  if (!TITLE_STARTS.has(tokens[i]?.lower ?? '')) return 0;
  const n = Math.max(
    phraseAt(tokens, i, end, nm.leaderRoles),
    phraseAt(tokens, i, end, nm.analystRoles),
    phraseAt(tokens, i, end, nm.honorifics),
  );
  if (n === 0) return 0;
  // "Minister of Defense", "Secretary of State", "Minister for Foreign Affairs"
  if (inSet(tokens, i + n, nm.ofPrepositions)) {
    const p = phraseAt(tokens, i + n + 1, end, nm.portfolios);
    if (p > 0) return n + 1 + p;
  }
  return n;
}

/** Whether a title phrase (lower case) is an honorific: "mr", "dr". */
export function isHonorific(phrase: string): boolean {
  return nm.honorifics.words.has(phrase) || nm.honorifics.phrases.some((ph) => ph.join(' ') === phrase);
}

/** Words that may stand before a title without being one: "the", "his", "former", "senior". */
function isTitleFiller(tokens: readonly Token[], k: number, sentStart: number): boolean {
  const w = tokens[k]?.lower ?? '';
  return (
    phraseEndingAt(tokens, k, sentStart, nm.portfolios) > 0 ||
    nm.possessivePronouns.has(w) ||
    fw.articles.has(w) ||
    nm.formerCues.has(w) ||
    nm.titleModifierSuffixes.some((s) => w.endsWith(s)) ||
    nm.titleModifiers.has(w)
  );
}

/**
 * One word back of a title prefix ending at token k: a state (the title's country), a role
 * or a filler word. The index to read on from, or undefined to stop.
 */
function prefixWordBack(ctx: Ctx, k: number, sentStart: number, m: Mention): number | undefined {
  const { tokens, out, owner } = ctx;
  const own = owner[k] ?? -1;
  if (own >= 0) {
    const om = out[own] as Mention;
    const stateWord = om.form === 'demonym' || om.poss || om.form === 'name' || om.form === 'alias';
    if (om.type !== 'state' || !stateWord) return undefined;
    m.titleCountry ??= om.iso3;
    return om.t0 - 1;
  }
  const n = Math.max(
    phraseEndingAt(tokens, k, sentStart, nm.leaderRoles),
    phraseEndingAt(tokens, k, sentStart, nm.analystRoles),
  );
  if (n > 0) {
    const phrase = wordsOf(tokens, k - n + 1, k + 1);
    if (inSet(tokens, k - n, nm.formerCues)) m.formerTitles.push(phrase);
    else m.titles.push(phrase);
    return k - n;
  }
  if (!isTitleFiller(tokens, k, sentStart)) return undefined;
  // "former Turkish ambassador X": "former" governs the titles read after it.
  if (nm.formerCues.has(tokens[k]?.lower ?? '')) m.formerTitles.push(...m.titles.splice(0));
  return k - 1;
}

/** Organization types of the gazetteer whose people do not act for a state. */
const NON_STATE_ORG_TYPES: ReadonlySet<string> = new Set(['media', 'think-tank', 'university']);

/** Whether an organization mention is a state's or an intergovernmental body ("Senate Rules Committee"). */
function isStateBody(tokens: readonly Token[], om: Mention): boolean {
  if (om.orgType && NON_STATE_ORG_TYPES.has(om.orgType)) return false;
  if (om.orgKey || om.orgType === 'party' || om.orgType === 'ministry') return true;
  return nm.stateBodyHeads.has(tokens[om.t1 - 1]?.lower ?? '');
}

/**
 * Whom titles read before a name belong to, from the word k right before them: a state, its body
 * or an office holder (`state`); a name that is none of these, or a word like "club" (`other`).
 */
function roleOwnerAt(ctx: Ctx, k: number): Mention['roleOwner'] {
  const { tokens, out, owner } = ctx;
  // The owner stands right before the role: "Andean trade coordinator" is no company's.
  if (phraseAt(tokens, k + 1, tokens.length, nm.leaderRoles) === 0) return undefined;
  const om = out[owner[k] ?? -1];
  if (om) {
    if (om.type === 'state' || om.type === 'person') return 'state';
    if (om.type === 'org') return isStateBody(tokens, om) ? 'state' : 'other';
    // "BA chairman", not "Presidential Advisor": a capitalized role may carry its own modifier.
    return om.type === 'name' && !tokens[k + 1]?.cap ? 'other' : undefined;
  }
  const t = tokens[k];
  return t && !t.cap && nm.nonStateOwners.has(t.lower) ? 'other' : undefined;
}

/** Titles and nationality written before a name: "Chinese foreign minister", "his Russian counterpart". */
export function titlePrefix(ctx: Ctx, nameStart: number, sentStart: number, m: Mention): void {
  const { tokens, text } = ctx;
  let k = nameStart - 1;
  let jumped = false;
  for (let steps = 1; k >= sentStart && steps <= MAX_PREFIX_STEPS; steps++) {
    const t = tokens[k] as Token;
    const g = gap(text, t, tokens[k + 1] as Token);
    if (g === ', ' && steps === 1) {
      // "Sudan’s president, Omar al-Bashir", "Chile’s minister for the Pacific, Ana Soto"
      k = reverseAppositionRole(ctx, k, sentStart);
      if (k < 0) return;
      jumped = true;
      continue;
    }
    // After the reverse apposition, the title just found before its comma.
    const afterJump = g === ', ' && steps === 2 && jumped;
    if (!afterJump && g !== ' ' && !(t.poss && POSSESSIVE_GAP.test(g))) return;
    const back = prefixWordBack(ctx, k, sentStart, m);
    if (back === undefined) {
      if (m.titles.length) m.roleOwner = roleOwnerAt(ctx, k);
      else if (nm.nonStateOccupations.has(t.lower)) m.occupation = true;
      return;
    }
    k = back;
  }
}

/**
 * "Sudan’s president, Omar al-Bashir", "Chile’s minister for the Pacific, Ana Soto": the
 * index of a lower-case title phrase that ends right before ", Name" or is followed there
 * by a short "for/of (the) …" portfolio; -1 if none.
 */
function reverseAppositionRole(ctx: Ctx, k: number, sentStart: number): number {
  const { tokens, text } = ctx;
  const isRole = (j: number): boolean =>
    tokens[j]?.cap === false && phraseEndingAt(tokens, j, sentStart, nm.leaderRoles) > 0;
  if (isRole(k)) return k;
  for (let j = k - 1; j >= Math.max(sentStart, k - 5); j--) {
    const t = tokens[j] as Token;
    const next = tokens[j + 1] as Token;
    if (gap(text, t, next) !== ' ' || t.poss) return -1;
    if (nm.ofPrepositions.has(next.lower) && isRole(j)) return j;
  }
  return -1;
}
