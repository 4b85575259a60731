/**
 * Step 9. Each person cluster with evidence of being a person (a title, an apposition, a
 * speech verb, a gazetteer entry) becomes a leader or analyst, with a role, a country and
 * the organizations it belongs to.
 */
import { actorKey } from '../../graph/keys';
import type { Actor } from '../doc';
import { gazetteer } from '../gazetteer';
import { lexicon } from '../lexicon';
import type { Mention } from '../mentions';
import { appositionFacts } from './apposition';
import type { Cluster, ResolveCtx } from './context';
import { ensureState } from './context';
import type { PersonFacts } from './facts';
import { institutionAfter, newFacts, speechEvidence, titleFacts } from './facts';

const nm = lexicon.names;
/** Plural acronyms and abbreviations ("DVDs", "MPs") are not name parts. */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
/** A name token in plain lower-case letters (compared with the name's capitals). */
const LOWER_WORD = /^[a-z]+$/;

function clusterFacts(ctx: ResolveCtx, c: Cluster): PersonFacts {
  const f = newFacts(c);
  for (const i of c.mentionIdx) {
    const m = ctx.mentions[i] as Mention;
    if ((m.nameTokens?.length ?? 0) === 1 && c.tokens.length >= 2) f.shortForm = true;
    titleFacts(c, m, f);
    speechEvidence(ctx, c, m, f);
    institutionAfter(ctx, c, m, f);
    appositionFacts(ctx, c, m, f);
  }
  if (f.shortForm && f.multiToken) c.evidence = true;
  return f;
}

/** Whether the cluster names a person: no acronym, company, stopword or one-letter word. */
function isPerson(ctx: ResolveCtx, c: Cluster, f: PersonFacts): boolean {
  const one = c.tokens.length === 1 ? (c.tokens[0] ?? '') : undefined;
  if (one !== undefined && (lexicon.speech.anonymous.has(one) || nm.stopwords.has(one))) return false;
  if (c.gaz) return c.evidence;
  // Acronyms and product codes ("UKIP", "PSP") are not parts of a person's name.
  const acronym =
    !f.titles.length &&
    c.tokens.some((t) => t.length >= 2 && LOWER_WORD.test(t) && c.name.includes(t.toUpperCase()));
  // Companies, clubs, events and products ("Lycos Europe", "Stock Exchange").
  const thing =
    f.thing ||
    c.tokens.some((t) => nm.nonPersonTokens.has(t)) ||
    c.mentionIdx.some((i) => (ctx.mentions[i]?.nameTokens ?? []).some((t) => PLURAL_ACRONYM.test(t)));
  // One or two letters ("X", "EU") are no one's name.
  const letters = one !== undefined && one.length <= 2;
  return c.evidence && !acronym && !thing && !letters;
}

/** The person's state: gazetteer, title, apposition, or an institution's state the text names. */
function personCountry(ctx: ResolveCtx, c: Cluster, f: PersonFacts): string | undefined {
  const country = c.gaz?.country ?? f.titleCountry ?? f.apposCountry;
  if (country !== undefined) return country;
  // A think tank's headquarters ("International Crisis Group": Brussels) invents no state.
  let found: string | undefined;
  for (const o of f.orgs) {
    const oc = ctx.actors.get(o)?.country;
    if (oc && ctx.actors.has(oc)) found ??= oc;
  }
  return found;
}

/** A kind, and the id of the rule that chose it when one did (data/rules/kind.json). */
interface KindChoice {
  kind: Actor['kind'];
  rule?: string;
}

function personKind(c: Cluster, f: PersonFacts, aboutStates: boolean): KindChoice {
  if (c.gaz) return { kind: 'leader' };
  if (f.research) return { kind: 'analyst' };
  if (f.leaderWord) return { kind: 'leader' };
  // "BA chairman X", "X, president of Lions Gate": a company's or a club's officer.
  if (f.companyRole) return { kind: 'analyst', rule: 'kind/role-in-company' };
  // "novelist X", "BBC correspondent X", "X, a cocoa farmer": an occupation no state gives.
  if (f.occupation) return { kind: 'analyst', rule: 'kind/non-state-occupation' };
  if (f.formerOfficial) return { kind: 'analyst' };
  if (f.analystWord) return { kind: 'analyst' };
  // Nothing says whom the person acts for: a leader only where the article is about states.
  return aboutStates ? { kind: 'leader' } : { kind: 'analyst', rule: 'kind/no-state-context' };
}

/** Organization types that show an article is about states' affairs. */
const STATE_BODIES: ReadonlySet<string> = new Set(['intergovernmental', 'ministry', 'party']);

/**
 * Whether the article is about states' affairs: it names an office holder of the gazetteer,
 * a person by a role only a state gives ("foreign minister"), or a government body, party or
 * intergovernmental body. A sports or arts report names none ("chairman" is no such role).
 */
function aboutStates(ctx: ResolveCtx, people: readonly [Cluster, PersonFacts][]): boolean {
  if (people.some(([c, f]) => c.gaz || f.stateRole)) return true;
  for (const a of ctx.actors.values()) {
    if (a.kind === 'organization' && a.orgType && STATE_BODIES.has(a.orgType)) return true;
  }
  return false;
}

function addPerson(ctx: ResolveCtx, c: Cluster, f: PersonFacts, states: boolean): void {
  const { kind, rule } = personKind(c, f, states);
  const country = personCountry(ctx, c, f);
  const key = actorKey(kind === 'analyst' ? 'analyst' : 'leader', c.name);
  const actor: Actor = { key, label: c.name, kind, aliases: new Set(), mentions: 0, affiliations: f.orgs };
  if (rule) actor.kindRule = rule;
  if (country && ensureState(ctx, country)) actor.country = country;
  const role = c.gaz?.role ?? f.roles[0] ?? f.titles.find((t) => !nm.honorifics.words.has(t));
  if (role) actor.role = role;
  ctx.actors.set(key, actor);
  for (const i of c.mentionIdx) ctx.keyOf[i] = key;
  // Organizations in an apposition take the person's country when they have none.
  const ac = f.apposCountry;
  for (const o of f.orgs) {
    const oa = ctx.actors.get(o);
    if (oa && !oa.country && ac && gazetteer().states.has(ac)) oa.country = ac;
  }
}

export function people(ctx: ResolveCtx): void {
  const found: [Cluster, PersonFacts][] = [];
  for (const c of ctx.clusters) {
    const f = clusterFacts(ctx, c);
    if (isPerson(ctx, c, f)) found.push([c, f]);
  }
  const states = aboutStates(ctx, found);
  for (const [c, f] of found) addPerson(ctx, c, f, states);
}
