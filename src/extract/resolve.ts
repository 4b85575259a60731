/**
 * Stage 4, resolve: one actor per real-world actor. States by ISO code (names,
 * demonyms, capitals, seats); organizations by gazetteer key or name; people by
 * clustering a full name with its later short forms ("Kim", "Mr. Reeves"), typed as
 * leader or analyst from their titles and appositions; definite descriptions ("the
 * Russian president") resolve to the leader of that country mentioned in the text.
 */
import { actorKey, slug } from '../graph/keys';
import type { Actor, Doc, RMention } from './doc';
import { gazetteer } from './gazetteer';
import type { OfficeHolderEntry } from './gazetteer';
import { lexicon } from './lexicon';
import type { Mention } from './mentions';
import { phraseAt } from './mentions';
import type { Paragraph, Sentence } from './sentences';
import type { Token } from './tokens';

const nm = lexicon.names;
/** Plural acronyms and abbreviations ("DVDs", "MPs") are not name parts. */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

interface Cluster {
  name: string;
  tokens: string[];
  mentionIdx: number[];
  gaz?: { country: string; role: string };
  evidence: boolean;
}

const normTok = (t: string): string =>
  t
    .toLowerCase()
    .replace(/^(?:al|el|ad|as|ash)-/, '')
    .replace(/\.$/, '');

let holders: Map<string, OfficeHolderEntry> | undefined;
function holderIndex(): Map<string, OfficeHolderEntry> {
  if (!holders) {
    holders = new Map();
    for (const h of gazetteer().officeHolders) if (!holders.has(h.name)) holders.set(h.name, h);
  }
  return holders;
}

/** The state an office holder of the gazetteer acts for, if it is one. */
function officeHolderCountry(name: string): string | undefined {
  const c = holderIndex().get(name)?.country;
  return c && gazetteer().states.has(c) ? c : undefined;
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

interface Appos {
  /** token ranges of the apposition segments */
  segs: [number, number][];
}

/** ", director of the China programme at the Stimson Center, a think-tank in Washington," */
function apposition(text: string, tokens: readonly Token[], m: Mention, sentEnd: number): Appos | undefined {
  let k = m.t1;
  const last = tokens[k - 1];
  const first = tokens[k];
  if (!last || !first || k >= sentEnd) return undefined;
  if (text.slice(last.end, first.start) !== ', ') return undefined;
  const segs: [number, number][] = [];
  while (segs.length < 2 && k < sentEnd) {
    const a = k;
    let n = 0;
    while (k < sentEnd && n < 25) {
      const t = tokens[k] as Token;
      if (k > a) {
        const g = text.slice((tokens[k - 1] as Token).end, t.start);
        if (/[,;:“”"()]/.test(g)) break;
      }
      if (lexicon.speech.verbs.has(t.lower)) break;
      k++;
      n++;
    }
    if (k === a) break;
    segs.push([a, k]);
    if (k >= sentEnd) break;
    const t = tokens[k] as Token;
    const g = text.slice((tokens[k - 1] as Token).end, t.start);
    if (g !== ', ' || !['a', 'an', 'the'].includes(t.lower)) break;
  }
  return segs.length ? { segs } : undefined;
}

/** "the German stock exchange", "a London-based carmaker": an apposition naming a thing. */
function thingApposition(tokens: readonly Token[], a: number, b: number): boolean {
  if (!['a', 'an', 'the'].includes(tokens[a]?.lower ?? '')) return false;
  if (hasRole(tokens, a, b, nm.leaderRoles).found || hasRole(tokens, a, b, nm.analystRoles).found)
    return false;
  let end = a + 1;
  while (
    end < b &&
    !/^(?:that|which|who|whose|of|in|at|for|from|with|to|based)$/.test(tokens[end]?.lower ?? '')
  )
    end++;
  return lexicon.names.nonPersonAppositionHeads.has(tokens[end - 1]?.lower ?? '');
}

function hasRole(
  tokens: readonly Token[],
  a: number,
  b: number,
  set: typeof nm.leaderRoles,
): { found: boolean; former: boolean } {
  let found = false;
  let former = false;
  for (let k = a; k < b; k++) {
    const n = phraseAt(tokens, k, b, set);
    if (n > 0) {
      const prev = tokens[k - 1];
      if (prev && k > a && nm.formerCues.has(prev.lower)) former = true;
      else found = true;
      k += n - 1;
    }
  }
  return { found, former };
}

/**
 * Forms two states share ("Congo", "Congolese") take the one the text names plainly
 * ("Democratic Republic of Congo", "Kinshasa"), titles included ("Congolese Foreign
 * Minister X"). Without such a name the gazetteer's first reading stays.
 */
function sharedStateForms(mentions: Mention[]): void {
  const plainly = new Set<string>();
  for (const m of mentions) if (m.type === 'state' && m.iso3 && !m.ambiguous && !m.alt) plainly.add(m.iso3);
  const remap = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'state' || !m.iso3 || !m.alt) continue;
    const cands = [m.iso3];
    for (const h of m.alt) if (h.kind === 'state') cands.push(h.iso3);
    const named = cands.filter((c) => plainly.has(c));
    // Named plainly: that one; else the gazetteer's first (more common) reading.
    const pick = named.length === 1 ? named[0] : named.length === 0 ? m.iso3 : undefined;
    if (pick === undefined) continue;
    if (named.length) for (const c of cands) if (c !== pick) remap.set(c, pick);
    m.iso3 = pick;
    const rest = m.alt.filter((h) => h.kind !== 'state');
    if (rest.length) m.alt = rest;
    else delete m.alt;
  }
  if (!remap.size) return;
  for (const m of mentions) {
    const to = m.titleCountry ? remap.get(m.titleCountry) : undefined;
    if (to && m.titleCountry && !plainly.has(m.titleCountry)) m.titleCountry = to;
  }
}

/** Resolves mentions into actors and returns the document model. */
/** Reads mention `m` as the gazetteer organization `key` (an ambiguous form's other reading). */
function asOrganization(m: Mention, key: string): void {
  m.type = 'org';
  m.orgKey = key;
  const o = gazetteer().organizations.get(key);
  if (o) {
    m.orgName = o.name;
    m.orgType = o.type;
  }
}

export function resolve(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  tokens: Token[],
  mentions: Mention[],
  date?: string,
): Doc {
  const gz = gazetteer();
  const sentTok = sentenceTokenRanges(tokens, sentences.length);
  const actors = new Map<string, Actor>();
  const keyOf: (string | undefined)[] = new Array<string | undefined>(mentions.length);
  const tokOwner = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, i) => {
    for (let k = m.t0; k < m.t1; k++) tokOwner[k] = i;
  });
  sharedStateForms(mentions);

  const ensureState = (iso3: string): string | undefined => {
    const s = gz.states.get(iso3);
    if (!s) return undefined;
    if (!actors.has(iso3))
      actors.set(iso3, {
        key: iso3,
        label: s.name,
        kind: 'state',
        aliases: new Set(),
        mentions: 0,
        affiliations: new Set(),
      });
    return iso3;
  };

  // Forms that need context ("Georgia", "Jordan", "Washington", "Brussels") stand for a
  // state only when the article also names it plainly, or the mention is possessive, or its
  // sentence names another state plainly. Otherwise they take their organization reading
  // ("Brussels said" -> the EU), or none when only a location ("in Brussels").
  const plainStates = new Set<string>();
  const plainBySent = new Map<number, Set<string>>();
  const note = (sent: number, key: string): void => {
    let s = plainBySent.get(sent);
    if (!s) plainBySent.set(sent, (s = new Set()));
    s.add(key);
  };
  for (const m of mentions) {
    if (m.type === 'state' && m.iso3 && !m.ambiguous && !m.alt) {
      plainStates.add(m.iso3);
      note(m.sent, m.iso3);
    }
    // Office holders and intergovernmental bodies also make a sentence about states.
    if (m.type === 'person' && m.personName) note(m.sent, `person:${m.personName}`);
    if (m.type === 'org' && m.orgKey && !m.alt && m.orgType === 'intergovernmental') note(m.sent, m.orgKey);
  }
  // An article about states (two others named plainly) reads a bare "Jordan" as the state.
  const geopolitical = plainStates.size >= 2;
  const firstName = (m: Mention): boolean => {
    const next = tokens[m.t1];
    const last = tokens[m.t1 - 1];
    return !!next && !!last && next.cap && !last.poss && text.slice(last.end, next.start) === ' ';
  };
  for (const m of mentions) {
    if (m.type !== 'state' || !m.ambiguous || !m.iso3 || m.alt || firstName(m)) continue;
    // Counts, not scans: one giant sentence must not make this quadratic.
    const sentSet = plainBySent.get(m.sent);
    const others = !!sentSet && sentSet.size - +sentSet.has(m.iso3) > 0;
    const otherStates = plainStates.size - +plainStates.has(m.iso3) >= 2;
    if (m.poss || others || (geopolitical && otherStates)) plainStates.add(m.iso3);
  }
  const dropped = new Set<number>();
  const namedOrgs = new Set(mentions.filter((m) => m.type === 'org' && !m.alt).map((m) => m.orgKey ?? ''));
  mentions.forEach((m, i) => {
    if (m.type !== 'state' || !m.ambiguous || !m.iso3 || plainStates.has(m.iso3)) return;
    const org = m.alt?.find((h) => h.kind === 'organization');
    const prev = tokens[m.t0 - 1];
    const located = !!prev && /^(?:in|at|to|from|near|outside|inside|via)$/.test(prev.lower);
    if (org?.kind === 'organization' && (namedOrgs.has(org.key) || !located)) asOrganization(m, org.key);
    else dropped.add(i);
  });

  // Ambiguous forms take the reading that the rest of the text names ("Brussels" -> EU).
  const named = new Set<string>();
  for (const m of mentions) if (!m.alt) named.add(m.type === 'state' ? (m.iso3 ?? '') : (m.orgKey ?? ''));
  for (const m of mentions) {
    const alt = m.alt?.find((h) => h.kind === 'organization' && named.has(h.key));
    if (alt?.kind === 'organization' && m.type === 'state' && !named.has(m.iso3 ?? '')) {
      asOrganization(m, alt.key);
    }
  }

  // States and organizations.
  mentions.forEach((m, i) => {
    if (dropped.has(i)) return;
    if (m.type === 'state' && m.iso3) {
      if (ensureState(m.iso3)) keyOf[i] = m.iso3;
    } else if (m.type === 'org') {
      const name = m.orgName ?? m.surface;
      const key = m.orgKey ?? actorKey('organization', name);
      if (!slug(name)) return;
      let a = actors.get(key);
      if (!a) {
        a = {
          key,
          label: name,
          kind: 'organization',
          aliases: new Set(),
          mentions: 0,
          affiliations: new Set(),
        };
        if (m.orgType) a.orgType = m.orgType;
        const o = m.orgKey ? gz.organizations.get(m.orgKey) : undefined;
        if (o?.country) a.country = o.country;
        else if (m.iso3) a.country = m.iso3;
        actors.set(key, a);
      }
      keyOf[i] = key;
    }
  });

  // People: cluster full names with their short forms.
  const clusters: Cluster[] = [];
  // Clusters by each of their tokens: short forms are matched without scanning them all.
  const byToken = new Map<string, Cluster[]>();
  const addCluster = (c: Cluster): void => {
    clusters.push(c);
    for (const t of new Set(c.tokens)) {
      const l = byToken.get(t);
      if (l) l.push(c);
      else byToken.set(t, [c]);
    }
  };
  // A bare surname that is an office holder's alias ("Vance") belongs to a full name the
  // article gives ("Peter Vance") rather than to the office holder.
  const fullNameTokens = new Set<string>();
  for (const m of mentions)
    if (m.type === 'name' && (m.nameTokens?.length ?? 0) >= 2)
      for (const t of m.nameTokens ?? []) fullNameTokens.add(normTok(t));
  for (const m of mentions)
    if (
      m.type === 'person' &&
      m.personName &&
      m.t1 - m.t0 === 1 &&
      fullNameTokens.has(normTok(m.surface)) &&
      !m.personName.split(/\s+/).every((t) => fullNameTokens.has(normTok(t)))
    ) {
      m.type = 'name';
      m.nameTokens = [m.surface];
      delete m.personName;
    }
  const byName = new Map<string, Cluster>();
  const personIdx: number[] = [];
  mentions.forEach((m, i) => {
    // "Jordan’s King Abdullah": of two office holders sharing a form, the one of the title's state.
    if (m.type === 'person' && m.personName && m.alt) {
      const pi = tokOwner[m.t0 - 1] ?? -1;
      const pm = pi >= 0 ? mentions[pi] : undefined;
      const want = m.titleCountry ?? (pm?.type === 'state' && pm.poss ? pm.iso3 : undefined);
      const own = holderIndex().get(m.personName);
      if (want && own?.country !== want)
        for (const h of m.alt)
          if (h.kind === 'person' && holderIndex().get(h.name)?.country === want) m.personName = h.name;
    }
    if (m.type === 'person' && m.personName) {
      const holder = holderIndex().get(m.personName);
      let c = byName.get(m.personName.toLowerCase());
      if (!c) {
        c = {
          name: m.personName,
          tokens: m.personName.split(/\s+/).map(normTok),
          mentionIdx: [],
          evidence: true,
        };
        if (holder) c.gaz = { country: holder.country, role: holder.role };
        byName.set(m.personName.toLowerCase(), c);
        addCluster(c);
      }
      c.mentionIdx.push(i);
    } else if (m.type === 'name') personIdx.push(i);
  });
  // Full names first (two tokens or more), longest first.
  const multi = personIdx.filter((i) => (mentions[i]?.nameTokens?.length ?? 0) >= 2);
  multi.sort((a, b) => (mentions[b]?.nameTokens?.length ?? 0) - (mentions[a]?.nameTokens?.length ?? 0));
  const isSub = (small: string[], big: string[]): boolean => {
    if (small.length > big.length) return false;
    for (let s = 0; s + small.length <= big.length; s++) {
      let ok = true;
      for (let k = 0; k < small.length; k++) if (big[s + k] !== small[k]) ok = false;
      if (ok) return true;
    }
    return false;
  };
  /**
   * A longer full name holding `toks`, among the latest clusters sharing its first token.
   * Bounded: real articles have a handful; a pathological text with thousands stays linear.
   */
  const findSuper = (toks: string[]): Cluster | undefined => {
    const list = byToken.get(toks[0] ?? '') ?? [];
    for (let k = list.length - 1; k >= Math.max(0, list.length - 16); k--) {
      const x = list[k] as Cluster;
      if (isSub(toks, x.tokens)) return x;
    }
    return undefined;
  };
  const assign = new Map<number, Cluster>();
  for (const i of multi) {
    const m = mentions[i] as Mention;
    const toks = (m.nameTokens ?? []).map(normTok);
    const name = (m.nameTokens ?? []).join(' ');
    let c = byName.get(name.toLowerCase()) ?? findSuper(toks);
    if (!c) {
      c = { name, tokens: toks, mentionIdx: [], evidence: false };
      byName.set(name.toLowerCase(), c);
      addCluster(c);
    }
    c.mentionIdx.push(i);
    assign.set(i, c);
  }
  // Mentions of each cluster so far, sorted, and the short forms added since (ascending).
  const sortedIdx = new Map<Cluster, number[]>();
  const lastShort = new Map<Cluster, number>();
  /** Full-name clusters per token (fixed once the full names are clustered). */
  const multiByTok = new Map<string, Cluster[]>();
  for (const c of clusters)
    sortedIdx.set(
      c,
      [...c.mentionIdx].sort((x, y) => x - y),
    );
  const lastBefore = (c: Cluster, i: number): number => {
    const xs = sortedIdx.get(c) ?? [];
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((xs[mid] ?? 0) < i) lo = mid + 1;
      else hi = mid;
    }
    const fromSorted = lo > 0 ? (xs[lo - 1] ?? -1) : -1;
    const s = lastShort.get(c) ?? -1;
    return s < i ? Math.max(fromSorted, s) : fromSorted;
  };
  for (const i of personIdx) {
    if (assign.has(i)) continue;
    const m = mentions[i] as Mention;
    const tok = normTok(m.nameTokens?.[0] ?? '');
    let cands = multiByTok.get(tok);
    if (!cands) {
      cands = (byToken.get(tok) ?? []).filter((c) => c.tokens.length >= 2).slice(-16);
      multiByTok.set(tok, cands);
    }
    let c: Cluster | undefined;
    if (cands.length === 1) c = cands[0];
    else if (cands.length > 1) {
      // The nearest full name mentioned before (binary search: no scan of every mention).
      let best = -1;
      for (const cand of cands) {
        const mi = lastBefore(cand, i);
        if (mi > best) {
          best = mi;
          c = cand;
        }
      }
      c ??= cands[0];
    }
    if (!c) {
      const name = m.nameTokens?.join(' ') ?? m.surface;
      c = byName.get(name.toLowerCase());
      if (!c) {
        c = { name, tokens: [tok], mentionIdx: [], evidence: false };
        byName.set(name.toLowerCase(), c);
        addCluster(c);
      }
    }
    c.mentionIdx.push(i);
    lastShort.set(c, i);
    assign.set(i, c);
  }

  // Person evidence, roles, countries, affiliations.
  const speechVerbs = lexicon.speech.verbs;
  for (const c of clusters) {
    const titles: string[] = [];
    const roles: string[] = [];
    let research = false;
    let leaderWord = false;
    let analystWord = false;
    let country = c.gaz?.country;
    let titleCountry: string | undefined;
    let apposCountry: string | undefined;
    const orgs = new Set<string>();
    const multiToken = c.tokens.length >= 2;
    let shortForm = false;
    let thing = false;
    const mine = new Set(c.mentionIdx);
    for (const i of c.mentionIdx) {
      const m = mentions[i] as Mention;
      if ((m.nameTokens?.length ?? 0) === 1 && c.tokens.length >= 2) shortForm = true;
      if (m.titles.length || m.honorific) c.evidence = true;
      for (const t of m.titles) {
        titles.push(t);
        if (nm.leaderRoles.words.has(t) || nm.leaderRoles.phrases.some((p) => p.join(' ') === t))
          leaderWord = true;
        else if (
          nm.analystRoles.words.has(t) ||
          (!nm.honorifics.words.has(t) && !nm.honorifics.phrases.some((p) => p.join(' ') === t))
        )
          analystWord = true;
      }
      if (m.titleCountry) {
        titleCountry ??= m.titleCountry;
        if (multiToken) c.evidence = true;
      }
      const [, sEnd] = sentTok[m.sent] ?? [0, 0];
      const next = tokens[m.t1];
      const prev = tokens[m.t0 - 1];
      const spaced = (a: Token | undefined, b: Token | undefined): boolean =>
        !!a && !!b && text.slice(a.end, b.start) === ' ';
      const afterPlacePrep = prev && /^(?:in|at|from|near|to|of|outside)$/.test(prev.lower);
      // Speaking is evidence of a person only for a full name: "Microsoft said" is a company.
      if (
        multiToken &&
        !afterPlacePrep &&
        ((next && spaced(tokens[m.t1 - 1], next) && speechVerbs.has(next.lower)) ||
          (prev && spaced(prev, tokens[m.t0]) && speechVerbs.has(prev.lower)))
      )
        c.evidence = true;
      // "Maria Lima of the University of Lisbon", "Tom Reed at the Stimson Center"
      const prep = tokens[m.t1];
      if (prep && /^(?:of|at|from)$/.test(prep.lower) && spaced(tokens[m.t1 - 1], prep)) {
        const q = tokens[m.t1 + 1]?.lower === 'the' ? m.t1 + 2 : m.t1 + 1;
        const oi = tokOwner[q] ?? -1;
        const om = oi >= 0 ? mentions[oi] : undefined;
        const key = oi >= 0 ? keyOf[oi] : undefined;
        if (om?.type === 'org' && om.t0 === q && key) {
          orgs.add(key);
          if (multiToken) c.evidence = true;
          const oa = actors.get(key);
          if (oa?.orgType === 'think-tank' || oa?.orgType === 'university') research = true;
        }
      }
      // "In a post on X, the ministry said": an introductory place, not an apposition.
      // A full name after "on" is an object ("sanctions on Ana Ruiz, Peru's minister"), not a place.
      const onPlace = !!prev && /^(?:on|in|at|near)$/.test(prev.lower) && (m.nameTokens?.length ?? 1) < 2;
      const ap = onPlace ? undefined : apposition(text, tokens, m, sEnd);
      if (!ap) continue;
      const [seg0] = ap.segs;
      if (!seg0) continue;
      const first0 = tokens[seg0[0]]?.lower ?? '';
      // ", visited Lima last week": a verb phrase, not an apposition.
      if (lexicon.names.appositionClauseStarts.has(first0) || /^[a-z]+ed$/.test(first0)) continue;
      // ", former sprinter Ana Lobo and …": another person's name makes a list, not a role.
      let otherName = false;
      for (let k = seg0[0]; k < seg0[1] && !otherName; k++) {
        const oi = tokOwner[k] ?? -1;
        const om = oi >= 0 ? mentions[oi] : undefined;
        const before = tokens[k - 1]?.lower ?? '';
        // "Trump's senior adviser": a possessor is the employer; a lone capitalized word
        // ("the Washington-based Inter-American …") is no one's full name.
        if (
          om?.t0 === k &&
          (om.type === 'person' || (om.type === 'name' && (om.nameTokens?.length ?? 0) >= 2)) &&
          !om.poss &&
          !mine.has(oi) &&
          !/^(?:at|of|from|in|for|with|the|a|an|on|to|by|based)$/.test(before)
        )
          otherName = true;
      }
      if (otherName) continue;
      if (thingApposition(tokens, seg0[0], seg0[1])) {
        thing = true;
        continue;
      }
      const lr = hasRole(tokens, seg0[0], seg0[1], nm.leaderRoles);
      const ar = hasRole(tokens, seg0[0], seg0[1], nm.analystRoles);
      let segOrg = false;
      for (const [a, b] of ap.segs) {
        for (let k = a; k < b; k++) {
          const oi = tokOwner[k] ?? -1;
          if (oi < 0) {
            if (phraseAt(tokens, k, b, nm.thinkTankNouns) > 0) research = true;
            continue;
          }
          const om = mentions[oi] as Mention;
          k = om.t1 - 1;
          if (om.type === 'org') {
            const key = keyOf[oi];
            if (key) {
              orgs.add(key);
              segOrg = true;
              const oa = actors.get(key);
              if (oa?.orgType === 'think-tank' || oa?.orgType === 'university') research = true;
            }
          } else if (om.type === 'state' && om.iso3) {
            const nextTok = tokens[om.t1];
            const topic =
              nextTok &&
              (lexicon.names.expertiseHeads.has(nextTok.lower) ||
                (nextTok.lower.endsWith('s') &&
                  lexicon.names.expertiseHeads.has(nextTok.lower.slice(0, -1))));
            if (topic || om.form === 'name' || om.form === 'alias') {
              if (om.poss) apposCountry ??= om.iso3;
              continue;
            }
            apposCountry ??= om.iso3;
          } else if (om.type === 'person' && om.poss && om.personName) {
            // "Macron's senior adviser": the employer's country.
            apposCountry ??= officeHolderCountry(om.personName);
          }
        }
      }
      if (lr.found || ar.found || segOrg || research) {
        c.evidence = true;
        roles.push(text.slice((tokens[seg0[0]] as Token).start, (tokens[seg0[1] - 1] as Token).end));
        if (lr.found) leaderWord = true;
        if (ar.found) analystWord = true;
      }
    }
    if (shortForm && multiToken) c.evidence = true;
    // Acronyms and product codes ("UKIP", "PSP") are not parts of a person's name.
    if (
      !c.gaz &&
      !titles.length &&
      c.tokens.some((t) => t.length >= 2 && /^[a-z]+$/.test(t) && c.name.includes(t.toUpperCase()))
    )
      c.evidence = false;
    if (
      c.tokens.length === 1 &&
      (lexicon.speech.anonymous.has(c.tokens[0] ?? '') || nm.stopwords.has(c.tokens[0] ?? ''))
    )
      continue;
    // Companies, clubs, events and products ("Lycos Europe", "Stock Exchange").
    if (
      !c.gaz &&
      (thing ||
        c.tokens.some((t) => lexicon.names.nonPersonTokens.has(t)) ||
        c.mentionIdx.some((i) => (mentions[i]?.nameTokens ?? []).some((t) => PLURAL_ACRONYM.test(t))))
    )
      c.evidence = false;
    // One or two letters ("X", "EU") are no one's name.
    if (!c.gaz && c.tokens.length === 1 && (c.tokens[0] ?? '').length <= 2) c.evidence = false;
    if (!c.evidence) continue;
    country ??= titleCountry ?? apposCountry;
    // An institution's home country is the person's only if the article names that state:
    // a think tank's headquarters ("International Crisis Group": Brussels) invents no state.
    if (!country)
      for (const o of orgs) {
        const oc = actors.get(o)?.country;
        if (oc && actors.has(oc)) country ??= oc;
      }
    let kind: Actor['kind'] = 'leader';
    if (c.gaz) kind = 'leader';
    else if (research) kind = 'analyst';
    else if (leaderWord) kind = 'leader';
    else if (analystWord) kind = 'analyst';
    const key = actorKey(kind === 'analyst' ? 'analyst' : 'leader', c.name);
    const actor: Actor = { key, label: c.name, kind, aliases: new Set(), mentions: 0, affiliations: orgs };
    if (country && ensureState(country)) actor.country = country;
    const role = c.gaz?.role ?? roles[0] ?? titles.find((t) => !nm.honorifics.words.has(t));
    if (role) actor.role = role;
    actors.set(key, actor);
    for (const i of c.mentionIdx) keyOf[i] = key;
    // Organizations in an apposition take the person's country when they have none.
    for (const o of orgs) {
      const oa = actors.get(o);
      if (oa && !oa.country && apposCountry && gz.states.has(apposCountry)) oa.country = apposCountry;
    }
  }

  // A place that is a person's surname, used as a speaker or with an honorific ("Lima told").
  mentions.forEach((m, i) => {
    if (m.type !== 'state' || (m.form !== 'capital' && m.form !== 'name') || m.t1 - m.t0 !== 1) return;
    const tok = normTok(m.surface);
    const next = tokens[m.t1];
    const prev = tokens[m.t0 - 1];
    const asPerson =
      (next && speechVerbs.has(next.lower) && text.slice(m.end, next.start) === ' ') ||
      (prev && nm.honorifics.words.has(prev.lower));
    if (!asPerson) return;
    // Clusters by token (all of a cluster's mentions share one key): no scan of every cluster.
    for (const c of byToken.get(tok) ?? []) {
      const key = keyOf[c.mentionIdx[0] ?? -1];
      if (key && c.tokens.length >= 2) {
        keyOf[i] = key;
        return;
      }
    }
  });

  // Definite descriptions: "the Russian president" -> that country's leader in the text.
  const descMemo = new Map<string, string | undefined>();
  mentions.forEach((m, i) => {
    if (m.type !== 'desc' || !m.titleCountry) return;
    const memoKey = `${m.titleCountry}\u0000${m.descHead ?? ''}`;
    if (descMemo.has(memoKey)) {
      keyOf[i] = descMemo.get(memoKey);
      return;
    }
    let best: Actor | undefined;
    let bestScore = -1;
    for (const a of actors.values()) {
      if (a.kind !== 'leader' || a.country !== m.titleCountry) continue;
      const score =
        (a.role?.toLowerCase().includes(m.descHead ?? '\u0000') ? 100 : 0) + a.mentions + (a.role ? 1 : 0);
      if (score > bestScore) {
        best = a;
        bestScore = score;
      }
    }
    keyOf[i] = best?.key ?? ensureState(m.titleCountry);
    descMemo.set(memoKey, keyOf[i]);
  });

  // Resolved mention list, aliases and counts.
  const rms: RMention[] = [];
  mentions.forEach((m, i) => {
    const key = keyOf[i];
    if (!key) return;
    const a = actors.get(key);
    if (!a) return;
    a.mentions++;
    if (m.type !== 'desc' && m.surface !== a.label) a.aliases.add(m.surface.replace(/\s+/g, ' '));
    const rm: RMention = {
      key,
      type: m.type,
      start: m.start,
      end: m.end,
      t0: m.t0,
      t1: m.t1,
      sent: m.sent,
      surface: m.surface,
      poss: m.poss,
    };
    if (m.form) rm.form = m.form;
    rms.push(rm);
  });
  rms.sort((x, y) => x.start - y.start);
  const bySentence: RMention[][] = sentences.map(() => []);
  const tokenMention = new Int32Array(tokens.length).fill(-1);
  rms.forEach((m, i) => {
    bySentence[m.sent]?.push(m);
    for (let k = m.t0; k < m.t1; k++) tokenMention[k] = i;
  });
  const doc: Doc = {
    text,
    paragraphs,
    sentences,
    tokens,
    sentTok,
    mentions: rms,
    bySentence,
    tokenMention,
    actors,
  };
  if (date) doc.date = date;
  return doc;
}
