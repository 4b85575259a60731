/** What the mentions of one person cluster say about it: titles, roles, country, employers. */
import { lexicon } from '../lexicon';
import { inSet, isWord } from '../match';
import type { Mention } from '../mentions';
import type { Cluster, ResolveCtx } from './context';
import { ownerAt } from './context';

const nm = lexicon.names;

export interface PersonFacts {
  titles: string[];
  roles: string[];
  /** Works for a think tank or university. */
  research: boolean;
  leaderWord: boolean;
  /** A role only a state or an intergovernmental body gives ("foreign minister", not "chairman"). */
  stateRole: boolean;
  /** A shared role ("chairman", "spokesman") in a company, club or group ("BA chairman"). */
  companyRole: boolean;
  /** An occupation no state gives: "novelist X", "X, a cocoa farmer". */
  occupation: boolean;
  analystWord: boolean;
  /** Held an office below head of state or government ("former ambassador"): a commentator now. */
  formerOfficial: boolean;
  titleCountry?: string;
  apposCountry?: string;
  /** Keys of the organizations the person belongs to. */
  orgs: Set<string>;
  multiToken: boolean;
  /** A short form of a full name was seen. */
  shortForm: boolean;
  /** An apposition names a thing ("the German stock exchange"). */
  thing: boolean;
  /** Indices of the cluster's own mentions. */
  mine: Set<number>;
}

export function newFacts(c: Cluster): PersonFacts {
  return {
    titles: [],
    roles: [],
    research: false,
    leaderWord: false,
    stateRole: false,
    companyRole: false,
    occupation: false,
    analystWord: false,
    formerOfficial: false,
    orgs: new Set(),
    multiToken: c.tokens.length >= 2,
    shortForm: false,
    thing: false,
    mine: new Set(c.mentionIdx),
  };
}

const inPhrases = (set: typeof nm.leaderRoles, t: string): boolean =>
  set.words.has(t) || set.phrases.some((p) => p.join(' ') === t);

/** Titles written with the name: a leader's ("president") or anything else but an honorific. */
export function titleFacts(c: Cluster, m: Mention, f: PersonFacts): void {
  if (m.titles.length || m.honorific) c.evidence = true;
  if (m.occupation) f.occupation = true;
  for (const t of m.titles) {
    f.titles.push(t);
    if (inPhrases(nm.stateHonorifics, t)) {
      f.leaderWord = true;
      f.stateRole = true;
    } else if (inPhrases(nm.stateRoles, t)) {
      f.leaderWord = true;
      f.stateRole = true;
    } else if (inPhrases(nm.leaderRoles, t)) {
      if (m.roleOwner === 'other') f.companyRole = true;
      else f.leaderWord = true;
    } else if (nm.analystRoles.words.has(t) || !inPhrases(nm.honorifics, t)) f.analystWord = true;
  }
  for (const t of m.formerTitles) {
    const head = inPhrases(nm.formerHeadRoles, t);
    if (!head) f.formerOfficial = true;
    // A former office of a state still shows that the article is about states.
    if (head || inPhrases(nm.stateRoles, t)) f.stateRole = true;
  }
  if (m.titleCountry) {
    f.titleCountry ??= m.titleCountry;
    if (f.multiToken) c.evidence = true;
  }
}

/** Speaking is evidence of a person only for a full name: "Microsoft said" is a company. */
export function speechEvidence(ctx: ResolveCtx, c: Cluster, m: Mention, f: PersonFacts): void {
  const { tokens, text } = ctx;
  const verbs = lexicon.speech.verbs;
  if (!f.multiToken || inSet(tokens, m.t0 - 1, nm.placeBeforeSpeaker)) return;
  const spokeAfter = inSet(tokens, m.t1, verbs) && spacedAt(text, tokens, m.t1);
  const spokeBefore = inSet(tokens, m.t0 - 1, verbs) && spacedAt(text, tokens, m.t0);
  if (spokeAfter || spokeBefore) c.evidence = true;
}

/** Exactly one space between tokens k-1 and k. */
function spacedAt(text: string, tokens: ResolveCtx['tokens'], k: number): boolean {
  const a = tokens[k - 1];
  const b = tokens[k];
  return !!a && !!b && text.slice(a.end, b.start) === ' ';
}

/** Whether an organization's type makes its people researchers. */
export function isResearchBody(ctx: ResolveCtx, key: string): boolean {
  const t = ctx.actors.get(key)?.orgType;
  return t === 'think-tank' || t === 'university';
}

/** "Maria Lima of the University of Lisbon", "Tom Reed at the Stimson Center" */
export function institutionAfter(ctx: ResolveCtx, c: Cluster, m: Mention, f: PersonFacts): void {
  const { tokens, text } = ctx;
  if (!inSet(tokens, m.t1, nm.affiliationPrepositions) || !spacedAt(text, tokens, m.t1)) return;
  const q = isWord(tokens, m.t1 + 1, 'the') ? m.t1 + 2 : m.t1 + 1;
  const o = ownerAt(ctx, q);
  const key = o ? ctx.keyOf[o.i] : undefined;
  if (o?.m.type !== 'org' || o.m.t0 !== q || !key) return;
  f.orgs.add(key);
  if (f.multiToken) c.evidence = true;
  if (isResearchBody(ctx, key)) f.research = true;
}
