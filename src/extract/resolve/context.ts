/**
 * What the resolve steps share: the document's tokens and mentions, the actors found so
 * far, the key each mention resolves to, and the person clusters.
 */
import type { Actor } from '../doc';
import { gazetteer } from '../gazetteer';
import type { OfficeHolderEntry } from '../gazetteer';
import { lexicon } from '../lexicon';
import type { Mention } from '../mentions';
import type { Sentence } from '../sentences';
import type { Token } from '../tokens';

/** A person: a full name with its short forms, or a gazetteer office holder. */
export interface Cluster {
  name: string;
  tokens: string[];
  mentionIdx: number[];
  gaz?: { country: string; role: string };
  evidence: boolean;
}

export interface ResolveCtx {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  /** Token range [a, b) of each sentence. */
  sentTok: [number, number][];
  actors: Map<string, Actor>;
  /** Actor key of each mention, once resolved. */
  keyOf: (string | undefined)[];
  /** Mention index covering each token, -1 if none. */
  tokOwner: Int32Array;
  /** Mentions that stand for nothing ("in Brussels" when only a location). */
  dropped: Set<number>;
  clusters: Cluster[];
  /** Clusters by each of their tokens: short forms are matched without scanning them all. */
  byToken: Map<string, Cluster[]>;
  /** Clusters by lower-case name. */
  byName: Map<string, Cluster>;
  /** Mentions of type 'name', in order. */
  personIdx: number[];
  /** Cluster of each clustered 'name' mention. */
  assign: Map<number, Cluster>;
}

/** Token range of each sentence. */
export function sentenceTokenRanges(tokens: readonly Token[], nSent: number): [number, number][] {
  const out: [number, number][] = [];
  let ti = 0;
  for (let si = 0; si < nSent; si++) {
    const a = ti;
    while (ti < tokens.length && tokens[ti]?.sent === si) ti++;
    out.push([a, ti]);
  }
  return out;
}

export function createContext(
  text: string,
  sentences: Sentence[],
  tokens: Token[],
  mentions: Mention[],
): ResolveCtx {
  const tokOwner = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, i) => {
    for (let k = m.t0; k < m.t1; k++) tokOwner[k] = i;
  });
  return {
    text,
    sentences,
    tokens,
    mentions,
    sentTok: sentenceTokenRanges(tokens, sentences.length),
    actors: new Map(),
    keyOf: new Array<string | undefined>(mentions.length),
    tokOwner,
    dropped: new Set(),
    clusters: [],
    byToken: new Map(),
    byName: new Map(),
    personIdx: [],
    assign: new Map(),
  };
}

/** The mention covering token k, with its index, if any. */
export function ownerAt(ctx: ResolveCtx, k: number): { i: number; m: Mention } | undefined {
  const i = ctx.tokOwner[k] ?? -1;
  const m = i >= 0 ? ctx.mentions[i] : undefined;
  return m ? { i, m } : undefined;
}

/** Adds the state's actor if missing; its key, or undefined for a code the gazetteer lacks. */
export function ensureState(ctx: ResolveCtx, iso3: string): string | undefined {
  const s = gazetteer().states.get(iso3);
  if (!s) return undefined;
  if (!ctx.actors.has(iso3))
    ctx.actors.set(iso3, {
      key: iso3,
      label: s.name,
      kind: 'state',
      aliases: new Set(),
      mentions: 0,
      affiliations: new Set(),
    });
  return iso3;
}

/** Registers a new cluster, indexed by each of its tokens. */
export function addCluster(ctx: ResolveCtx, c: Cluster): void {
  ctx.clusters.push(c);
  for (const t of new Set(c.tokens)) {
    const l = ctx.byToken.get(t);
    if (l) l.push(c);
    else ctx.byToken.set(t, [c]);
  }
}

/** The cluster named `name` (any case), created with `tokens` when there is none yet. */
export function clusterNamed(ctx: ResolveCtx, name: string, tokens: string[]): Cluster {
  let c = ctx.byName.get(name.toLowerCase());
  if (!c) {
    c = { name, tokens, mentionIdx: [], evidence: false };
    ctx.byName.set(name.toLowerCase(), c);
    addCluster(ctx, c);
  }
  return c;
}

/** A name token for comparison: lower case, without an Arabic article or a final dot. */
export function normTok(t: string): string {
  let s = t.toLowerCase();
  const dash = s.indexOf('-');
  if (dash > 0 && lexicon.names.nameArticles.has(s.slice(0, dash))) s = s.slice(dash + 1);
  return s.endsWith('.') ? s.slice(0, -1) : s;
}

let holders: Map<string, OfficeHolderEntry> | undefined;
/** Gazetteer office holders by canonical name (the first entry of a shared name). */
export function holderIndex(): Map<string, OfficeHolderEntry> {
  if (!holders) {
    holders = new Map();
    for (const h of gazetteer().officeHolders) if (!holders.has(h.name)) holders.set(h.name, h);
  }
  return holders;
}

/** The state an office holder of the gazetteer acts for, if it is one. */
export function officeHolderCountry(name: string): string | undefined {
  const c = holderIndex().get(name)?.country;
  return c && gazetteer().states.has(c) ? c : undefined;
}

/** Reads mention `m` as the gazetteer organization `key` (an ambiguous form's other reading). */
export function asOrganization(m: Mention, key: string): void {
  m.type = 'org';
  m.orgKey = key;
  const o = gazetteer().organizations.get(key);
  if (o) {
    m.orgName = o.name;
    m.orgType = o.type;
  }
}
