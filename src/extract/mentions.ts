/**
 * Stage 3, mentions: finds what may name an actor — gazetteer forms (states, their
 * demonyms, capitals and seats; organizations; office holders), capitalized name
 * spans with the titles around them, organization names by their head word, and
 * definite descriptions ("the Russian president"). Resolution happens in `resolve`.
 */
import type { Token } from './tokens';
import type { Sentence } from './sentences';
import type { GazetteerHit } from './gazetteer';
import { gazetteer } from './gazetteer';
import type { PhraseSet } from './lexicon';
import { lexicon } from './lexicon';
import { isNonActorPlace, lookup, startsForm } from './memo';

export type MentionType = 'state' | 'org' | 'person' | 'name' | 'desc';

export interface Mention {
  type: MentionType;
  start: number;
  end: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  sent: number;
  surface: string;
  /** Followed by a possessive. */
  poss: boolean;
  /** state */
  iso3?: string;
  form?: 'name' | 'alias' | 'demonym' | 'capital' | 'seat';
  /** org: gazetteer key, or undefined for an org found by its head word */
  orgKey?: string;
  orgName?: string;
  orgType?: string;
  /** A gazetteer form that needs context ("Georgia", "Jordan", "Washington"). */
  ambiguous?: boolean;
  /** Other readings of an ambiguous form ("Brussels": Belgium or the EU). */
  alt?: GazetteerHit[];
  /** person (gazetteer office holder): canonical name */
  personName?: string;
  /** name / person: the name's tokens */
  nameTokens?: string[];
  /** Title phrases (lower case) found before or inside the span. */
  titles: string[];
  /** A title preceded by "former". */
  formerTitles: string[];
  /** Country implied by a demonym or possessive state in the title prefix. */
  titleCountry?: string;
  honorific?: boolean;
  /** desc: the head ("president") */
  descHead?: string;
}

const nm = lexicon.names;
/** Longest capitalized run considered as one name or organization, in tokens. */
const MAX_RUN = 14;
const UPPER = /^\p{Lu}/u;

/** Longest phrase of `set` starting at token `i` (within [i, end)); 0 if none. */
export function phraseAt(tokens: readonly Token[], i: number, end: number, set: PhraseSet): number {
  const w = tokens[i]?.lower ?? '';
  if (!set.starts.has(w)) return 0;
  for (const ph of set.byFirst.get(w) ?? []) {
    if (i + ph.length > end) continue;
    let ok = true;
    for (let k = 0; k < ph.length; k++) {
      if (tokens[i + k]?.lower !== ph[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return ph.length;
  }
  return set.words.has(tokens[i]?.lower ?? '') ? 1 : 0;
}

/** Longest phrase of `set` ending at token `j` (inclusive, not before `min`); 0 if none. */
export function phraseEndingAt(tokens: readonly Token[], j: number, min: number, set: PhraseSet): number {
  if (set.phrases.length && !set.endWords.has(tokens[j]?.lower ?? ''))
    return set.words.has(tokens[j]?.lower ?? '') ? 1 : 0;
  for (const ph of set.phrases) {
    const i = j - ph.length + 1;
    if (i < min) continue;
    let ok = true;
    for (let k = 0; k < ph.length; k++) {
      if (tokens[i + k]?.lower !== ph[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return ph.length;
  }
  return set.words.has(tokens[j]?.lower ?? '') ? 1 : 0;
}

const TITLE_STARTS = new Set([...nm.leaderRoles.starts, ...nm.analystRoles.starts, ...nm.honorifics.starts]);

function titleAt(tokens: readonly Token[], i: number, end: number): number {
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
  const next = tokens[i + n];
  if (next && (next.lower === 'of' || next.lower === 'for')) {
    const p = phraseAt(tokens, i + n + 1, end, nm.portfolios);
    if (p > 0) return n + 1 + p;
  }
  return n;
}

function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** Are a and b adjacent words of one name (a single space or a hyphen between)? */
function joined(text: string, a: Token, b: Token): boolean {
  const g = gap(text, a, b);
  return g === ' ' && !a.poss;
}

function isNamePart(t: Token): boolean {
  if (t.cap) return true;
  // "al-Bashir", "bin", "van"
  if (/^(?:al|el|ad|as|ash)-\p{Lu}/u.test(t.text)) return true;
  return false;
}

function gazHits(tokens: readonly Token[], i: number, n: number): readonly GazetteerHit[] {
  const first = tokens[i];
  if (!first?.cap && !/^\p{N}/u.test(first?.text ?? '')) return [];
  let surface = '';
  for (let k = 0; k < n; k++) {
    const t = tokens[i + k];
    if (!t) return [];
    if (k > 0 && tokens[i + k - 1]?.poss) return [];
    surface += (k ? ' ' : '') + t.text;
  }
  return lookup(surface);
}

/** A gazetteer hit, or a non-actor place to skip. */
interface GazAt {
  n: number;
  hit?: GazetteerHit;
  alt?: GazetteerHit[];
  place?: boolean;
}

/** Longest gazetteer hit starting at i within [i, end). */
function gazAt(tokens: readonly Token[], text: string, i: number, end: number): GazAt | undefined {
  const gz = gazetteer();
  const first = tokens[i];
  if (!first || !startsForm(first.text)) return undefined;
  const max = Math.min(gz.maxTokens, end - i);
  for (let n = max; n >= 1; n--) {
    if (n > 1 && !joinedRange(tokens, text, i, i + n)) continue;
    if (n === 1 || !tokens[i + n - 2]?.poss) {
      let surface = '';
      for (let k = 0; k < n; k++) surface += (k ? ' ' : '') + (tokens[i + k]?.text ?? '');
      // "South China Sea", "Latin America": a place, not the state inside it.
      if (isNonActorPlace(surface)) return { n, place: true };
    }
    const hits = gazHits(tokens, i, n);
    const hit = hits.find((h) => h.kind === 'state') ?? hits[0];
    if (hit) return hits.length > 1 ? { n, hit, alt: hits.filter((h) => h !== hit) } : { n, hit };
  }
  return undefined;
}

function joinedRange(tokens: readonly Token[], text: string, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const p = tokens[k - 1];
    const t = tokens[k];
    if (!p || !t) return false;
    const g = gap(text, p, t);
    if (g !== ' ' || p.poss) return false;
  }
  return true;
}

function hasOrgHead(tokens: readonly Token[], a: number, b: number): number {
  for (let k = b - 1; k >= a; k--) {
    const t = tokens[k];
    if (t?.cap && nm.orgHeads.has(t.lower)) return k;
  }
  return -1;
}

function isGeo(tokens: readonly Token[], a: number, b: number): boolean {
  const last = tokens[b - 1];
  const first = tokens[a];
  if (last && nm.geoHeads.has(last.lower)) return true;
  if (first && b - a > 1 && nm.placeFirst.has(first.lower)) return true;
  return false;
}

function hitToMention(hit: GazetteerHit, base: Omit<Mention, 'type' | 'titles' | 'formerTitles'>): Mention {
  if (hit.kind === 'state') {
    const m: Mention = {
      ...base,
      type: 'state',
      iso3: hit.iso3,
      form: hit.form,
      titles: [],
      formerTitles: [],
    };
    if (hit.ambiguous) m.ambiguous = true;
    return m;
  }
  if (hit.kind === 'organization') {
    const o = gazetteer().organizations.get(hit.key);
    const m: Mention = { ...base, type: 'org', orgKey: hit.key, titles: [], formerTitles: [] };
    if (o) {
      m.orgName = o.name;
      m.orgType = o.type;
    }
    return m;
  }
  return { ...base, type: 'person', personName: hit.name, titles: [], formerTitles: [] };
}

interface Ctx {
  text: string;
  tokens: readonly Token[];
  out: Mention[];
  /** mention index covering each token, -1 if none */
  owner: Int32Array;
}

function emit(ctx: Ctx, m: Mention): void {
  const idx = ctx.out.length;
  ctx.out.push(m);
  for (let k = m.t0; k < m.t1; k++) ctx.owner[k] = idx;
}

function base(ctx: Ctx, a: number, b: number): Omit<Mention, 'type' | 'titles' | 'formerTitles'> {
  const t0 = ctx.tokens[a] as Token;
  const t1 = ctx.tokens[b - 1] as Token;
  return {
    start: t0.start,
    end: t1.end,
    t0: a,
    t1: b,
    sent: t0.sent,
    surface: ctx.text.slice(t0.start, t1.end),
    poss: t1.poss,
  };
}

/** Titles and nationality written before a name: "Chinese foreign minister", "his Russian counterpart". */
function titlePrefix(ctx: Ctx, nameStart: number, sentStart: number, m: Mention): void {
  const { tokens, text, out, owner } = ctx;
  let k = nameStart - 1;
  let steps = 0;
  let jumped = false;
  while (k >= sentStart && steps < 8) {
    steps++;
    const t = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    const g = gap(text, t, next);
    if (g === ', ' && steps === 2 && jumped) {
      // the title just found by the reverse apposition below
    } else if (g === ', ' && steps === 1) {
      // "Sudan’s president, Omar al-Bashir", "Chile’s minister for the Pacific, Ana Soto"
      const roleEnd = reverseAppositionRole(ctx, k, sentStart);
      if (roleEnd < 0) break;
      k = roleEnd;
      jumped = true;
      continue;
    } else if (g !== ' ' && !(t.poss && /^['’]s? $/.test(g))) break;
    const own = owner[k] ?? -1;
    if (own >= 0) {
      const om = out[own] as Mention;
      if (
        om.type === 'state' &&
        (om.form === 'demonym' || om.poss || om.form === 'name' || om.form === 'alias')
      ) {
        m.titleCountry ??= om.iso3;
        k = om.t0 - 1;
        continue;
      }
      break;
    }
    const n = Math.max(
      phraseEndingAt(tokens, k, sentStart, nm.leaderRoles),
      phraseEndingAt(tokens, k, sentStart, nm.analystRoles),
    );
    if (n > 0) {
      const phrase = tokens
        .slice(k - n + 1, k + 1)
        .map((x) => x.lower)
        .join(' ');
      const before = tokens[k - n];
      if (before && nm.formerCues.has(before.lower)) m.formerTitles.push(phrase);
      else m.titles.push(phrase);
      k -= n;
      continue;
    }
    if (
      phraseEndingAt(tokens, k, sentStart, nm.portfolios) > 0 ||
      nm.possessivePronouns.has(t.lower) ||
      t.lower === 'the' ||
      t.lower === 'a' ||
      t.lower === 'an' ||
      nm.formerCues.has(t.lower) ||
      /-(?:ranking|year-old|old|based)$/.test(t.lower) ||
      t.lower === 'senior' ||
      t.lower === 'deputy' ||
      t.lower === 'top' ||
      t.lower === 'chief' ||
      t.lower === 'acting' ||
      t.lower === 'new'
    ) {
      k--;
      continue;
    }
    break;
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
    if ((next.lower === 'for' || next.lower === 'of') && isRole(j)) return j;
  }
  return -1;
}

/** Lower-case phrases after a state mention: "China’s foreign ministry", "the Chinese foreign ministry". */
function ministryAfter(ctx: Ctx, stateIdx: number, sentEnd: number): boolean {
  const { tokens, text } = ctx;
  const sm = ctx.out[stateIdx] as Mention;
  let k = sm.t1;
  let n = 0;
  while (k < sentEnd && n < 3) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1] as Token;
    if (gap(text, prev, t) !== ' ' && !(k === sm.t1 && sm.poss)) return false;
    if (t.lower === 'ministry' || t.lower === 'foreign ministry') {
      const m: Mention = {
        ...base(ctx, sm.t0, k + 1),
        type: 'org',
        titles: [],
        formerTitles: [],
        orgType: 'ministry',
        iso3: sm.iso3,
      };
      const words = tokens.slice(sm.t1, k + 1).map((x) => x.lower[0]?.toUpperCase() + x.lower.slice(1));
      const st = gazetteer().states.get(sm.iso3 ?? '');
      const adj = st?.demonyms[0] ?? st?.name ?? sm.surface;
      m.orgName = `${adj} ${words.join(' ')}`;
      ctx.out.pop();
      for (let q = sm.t0; q < sm.t1; q++) ctx.owner[q] = -1;
      emit(ctx, m);
      return true;
    }
    if (t.cap || !/^[a-z]+$/.test(t.lower)) return false;
    k++;
    n++;
  }
  return false;
}

/** Finds all mentions, sentence by sentence. */
export function findMentions(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): Mention[] {
  const ctx: Ctx = { text, tokens, out: [], owner: new Int32Array(tokens.length).fill(-1) };
  let ti = 0;
  for (let si = 0; si < sentences.length; si++) {
    const a = ti;
    while (ti < tokens.length && tokens[ti]?.sent === si) ti++;
    scanSentence(ctx, a, ti);
  }
  return ctx.out;
}

function scanSentence(ctx: Ctx, a: number, b: number): void {
  const { tokens, text } = ctx;
  let i = a;
  while (i < b) {
    const t = tokens[i] as Token;
    if (!isNamePart(t)) {
      descAt(ctx, i, a, b);
      i++;
      continue;
    }
    // Build a run of capitalized tokens (with connectors inside org names and titles).
    let j = i + 1;
    let sawHead = nm.orgHeads.has(t.lower) || titleAt(tokens, i, b) > 0;
    // Names and organizations are short: cap the run (keeps per-run work bounded).
    while (j < b && j - i < MAX_RUN) {
      const prev = tokens[j - 1] as Token;
      const cur = tokens[j] as Token;
      if (prev.poss) {
        // "King’s College London": a possessive inside an organization's name.
        if (cur.cap && nm.orgHeads.has(cur.lower) && gazHits(tokens, i, j - i).length === 0) {
          j++;
          sawHead = true;
          continue;
        }
        break;
      }
      if (!joined(text, prev, cur)) break;
      if (isNamePart(cur)) {
        if (nm.orgHeads.has(cur.lower) || titleAt(tokens, j, b) > 0) sawHead = true;
        j++;
        continue;
      }
      const after = tokens[j + 1];
      // "University of the Philippines", "Institute for the Study of War"
      const third = tokens[j + 2];
      if (
        nm.orgHeads.has(prev.lower) &&
        (cur.lower === 'of' || cur.lower === 'for') &&
        after?.lower === 'the' &&
        third?.cap &&
        joined(text, cur, after) &&
        joined(text, after, third)
      ) {
        j += 3;
        if (nm.orgHeads.has(third.lower)) sawHead = true;
        continue;
      }
      // "Democratic Republic of Congo", "Republic of the Congo": a gazetteer form with "of".
      if (cur.lower === 'of' && (after?.cap === true || after?.lower === 'the')) {
        const end = formThroughOf(ctx, i, j, b);
        if (end > 0) {
          j = end;
          continue;
        }
      }
      if ((nm.connectors.has(cur.lower) && sawHead) || nm.particles.has(cur.lower)) {
        // "de la Fuente", "van der Berg": two particles before the surname.
        if (
          nm.particles.has(cur.lower) &&
          after &&
          nm.particles.has(after.lower) &&
          !after.cap &&
          third?.cap &&
          joined(text, cur, after) &&
          joined(text, after, third)
        ) {
          j += 3;
          continue;
        }
        if (after && after.cap && joined(text, cur, after)) {
          j += 2;
          if (nm.orgHeads.has(after.lower)) sawHead = true;
          continue;
        }
      }
      break;
    }
    segmentRun(ctx, i, j, a, b);
    i = j;
  }
}

/**
 * End of a gazetteer form that runs from the capitalized run [i, j) over "of" (or "of
 * the") at j into the next capitalized word; 0 if none.
 */
function formThroughOf(ctx: Ctx, i: number, j: number, b: number): number {
  const { tokens, text } = ctx;
  for (const skip of [1, 2]) {
    const end = j + skip + 1;
    if (end > b || !tokens[end - 1]?.cap) continue;
    if (skip === 2 && tokens[j + 1]?.lower !== 'the') continue;
    if (!joinedRange(tokens, text, j - 1, end)) continue;
    let tail = '';
    for (let k = j; k < end; k++) tail += ' ' + (tokens[k]?.text ?? '');
    let head = '';
    for (let p = j - 1; p >= Math.max(i, j - 3); p--) {
      head = (tokens[p]?.text ?? '') + (head ? ' ' + head : '');
      if (startsForm(tokens[p]?.text ?? '') && lookup(head + tail).length) return end;
    }
  }
  return 0;
}

/** "the Russian president", "the 40-year-old North Korean dictator" (no name follows). */
function descAt(ctx: Ctx, i: number, a: number, b: number): void {
  const { tokens } = ctx;
  const n = phraseAt(tokens, i, b, nm.descriptionHeads);
  if (n === 0) return;
  const next = tokens[i + n];
  if (next?.cap && next.sent === tokens[i]?.sent) return; // a name follows: a title, not a description
  let country: string | undefined;
  let sawThe = false;
  for (let k = i - 1; k >= Math.max(a, i - 5); k--) {
    const t = tokens[k] as Token;
    const own = ctx.owner[k] ?? -1;
    if (own >= 0) {
      const om = ctx.out[own] as Mention;
      if (om.type === 'state' && om.form === 'demonym') {
        country ??= om.iso3;
        k = om.t0;
        continue;
      }
      return;
    }
    if (t.lower === 'the') {
      sawThe = true;
      break;
    }
    if (t.cap) return;
  }
  if (!sawThe || !country) return;
  const m: Mention = {
    ...base(ctx, i, i + n),
    type: 'desc',
    titles: [],
    formerTitles: [],
    descHead: tokens
      .slice(i, i + n)
      .map((x) => x.lower)
      .join(' '),
    titleCountry: country,
  };
  emit(ctx, m);
}

function segmentRun(ctx: Ctx, i: number, j: number, sentStart: number, sentEnd: number): void {
  const { tokens } = ctx;
  let p = i;
  const titles: string[] = [];
  let honorific = false;
  let runCountry: string | undefined;
  // Per-run memo: gazetteer hits and titles starting at each token.
  const gzMemo: (GazAt | null)[] = [];
  const gazAtM = (q: number): GazAt | undefined => {
    let r = gzMemo[q - i];
    if (r === undefined) {
      r = gazAt(tokens, ctx.text, q, j) ?? null;
      gzMemo[q - i] = r;
    }
    return r ?? undefined;
  };
  const ttMemo: number[] = [];
  const titleAtM = (q: number): number => {
    let r = ttMemo[q - i];
    if (r === undefined) {
      r = titleAt(tokens, q, j);
      ttMemo[q - i] = r;
    }
    return r;
  };
  // Leading stopwords ("The", "But", "In") never start a name.
  while (p < j && nm.stopwords.has(tokens[p]?.lower ?? '') && titleAtM(p) === 0 && !gazAtM(p)) p++;
  while (p < j) {
    // Connectors between parts of a run ("European Union and Turkey").
    if (!isNamePart(tokens[p] as Token)) {
      p++;
      continue;
    }
    // "The UN Security Council": a known form after a leading stopword ("The UN" is one too).
    if (
      j - p > 2 &&
      nm.stopwords.has(tokens[p]?.lower ?? '') &&
      startsForm(tokens[p + 1]?.text ?? '') &&
      j - p - 1 <= gazetteer().maxTokens &&
      gazHits(tokens, p + 1, j - p - 1).length > 0
    ) {
      p++;
      continue;
    }
    // Whole rest is a known form?
    const head = hasOrgHead(tokens, p, j);
    const whole = head >= 0 && j - p <= gazetteer().maxTokens ? gazHits(tokens, p, j - p) : [];
    // The head must lie beyond a known form at p ("European Union and Turkey" is two actors).
    const known = head >= 0 ? gazAtM(p) : undefined;
    const headFree = !known || head >= p + known.n;
    // "King’s College London": a title with a possessive inside an organization's name.
    const possTitle = !!tokens[p]?.poss && head > p;
    if (
      whole.length === 0 &&
      head >= 0 &&
      headFree &&
      (titleAtM(p) === 0 || possTitle) &&
      !isGeo(tokens, p, j)
    ) {
      // An organization named by its head word: "Stimson Center", "US Forces Japan".
      const m: Mention = { ...base(ctx, p, j), type: 'org', titles: [], formerTitles: [] };
      m.orgName = m.surface;
      const h = tokens[head] as Token;
      m.orgType = nm.researchHeads.has(h.lower)
        ? 'think-tank'
        : nm.mediaHeads.has(h.lower)
          ? 'media'
          : 'other';
      const first = gazAtM(p);
      if (
        first?.hit?.kind === 'state' &&
        (first.hit.form === 'demonym' ||
          first.hit.form === 'name' ||
          first.hit.form === 'alias' ||
          first.hit.form === 'capital')
      )
        m.iso3 = first.hit.iso3;
      else if (runCountry) m.iso3 = runCountry;
      emit(ctx, m);
      trailingOrg(ctx, ctx.out.length - 1, sentEnd);
      return;
    }
    const g = gazAtM(p);
    if (g?.place) {
      p += g.n;
      continue;
    }
    // "the Barbados agreement", "the Minsk accords": a state's name labelling an event.
    if (
      g?.hit?.kind === 'state' &&
      (g.hit.form === 'name' || g.hit.form === 'capital') &&
      eventLabel(ctx, p, p + g.n)
    ) {
      p += g.n;
      continue;
    }
    if (g?.hit) {
      const m = hitToMention(g.hit, base(ctx, p, p + g.n));
      if (g.alt) m.alt = g.alt;
      if (m.type === 'person') {
        m.titles.push(...titles);
        m.honorific = honorific;
        if (runCountry) m.titleCountry = runCountry;
        titlePrefix(ctx, p - titles.length, sentStart, m);
      }
      emit(ctx, m);
      if (m.type === 'state') {
        runCountry = m.iso3;
        if (ministryAfter(ctx, ctx.out.length - 1, sentEnd)) return;
        if (m.poss) return;
      }
      if (m.type === 'org') {
        trailingOrg(ctx, ctx.out.length - 1, sentEnd);
      }
      p += g.n;
      continue;
    }
    const tn = titleAtM(p);
    if (tn > 0) {
      const phrase = tokens
        .slice(p, p + tn)
        .map((x) => x.lower)
        .join(' ');
      if (nm.honorifics.words.has(phrase) || nm.honorifics.phrases.some((ph) => ph.join(' ') === phrase))
        honorific = true;
      titles.push(phrase);
      p += tn;
      continue;
    }
    // A name: up to the next gazetteer form.
    let q = p + 1;
    const inName = (r: number): boolean => {
      // A surname that is also a place ("Marcos Lima") stays in the name.
      const g = gazAtM(r);
      if (!g) return true;
      // So does an office holder's bare surname after another given name ("Peter Vance"),
      // and an organization's ambiguous short name ("Anna Wagner").
      return (
        !!g.hit &&
        r + g.n === j &&
        ((g.hit.kind === 'state' && (g.hit.form === 'capital' || g.hit.form === 'name')) ||
          (g.hit.kind === 'organization' && g.hit.ambiguous === true && g.n === 1 && r > p) ||
          (g.hit.kind === 'person' && g.hit.form === 'alias' && g.n === 1))
      );
    };
    while (q < j && inName(q) && titleAtM(q) === 0) q++;
    const nameToks = tokens.slice(p, q);
    if (isGeo(tokens, p, q) || nameToks.every((x) => nm.stopwords.has(x.lower))) {
      p = q;
      continue;
    }
    const m: Mention = {
      ...base(ctx, p, q),
      type: 'name',
      titles: [...titles],
      formerTitles: [],
      nameTokens: nameToks.map((x) => x.text),
      honorific,
    };
    if (runCountry) m.titleCountry = runCountry;
    titlePrefix(ctx, p, sentStart, m);
    if (trailingOrgWord(ctx, q, sentEnd)) {
      m.type = 'org';
      m.orgName = m.surface;
      m.orgType = 'other';
      if (runCountry) m.iso3 = runCountry;
      emit(ctx, m);
      trailingOrg(ctx, ctx.out.length - 1, sentEnd);
      return;
    }
    emit(ctx, m);
    p = q;
  }
}

/** "the NAME agreement": "the" before, an event noun (data: names.eventNouns) after. */
function eventLabel(ctx: Ctx, a: number, b: number): boolean {
  const { tokens, text } = ctx;
  const prev = tokens[a - 1];
  const next = tokens[b];
  const last = tokens[b - 1];
  if (!prev || !next || !last || prev.lower !== 'the' || last.poss || next.sent !== last.sent) return false;
  if (gap(text, last, next) !== ' ' || next.cap) return false;
  return lexicon.names.eventNouns.has(next.lower);
}

/** A lower-case organization word right after a name: "Global Times newspaper", "Communist party". */
function trailingOrgWord(ctx: Ctx, q: number, sentEnd: number): string | undefined {
  const { tokens, text } = ctx;
  const t = tokens[q];
  const prev = tokens[q - 1];
  if (!t || !prev || q >= sentEnd || t.cap || gap(text, prev, t) !== ' ' || prev.poss) return undefined;
  const n = phraseAt(tokens, q, sentEnd, nm.orgTrailing);
  if (n === 0) return undefined;
  return tokens
    .slice(q, q + n)
    .map((x) => x.lower)
    .join(' ');
}

/** Extends an org mention's label with a trailing "party"; marks media by "newspaper". */
function trailingOrg(ctx: Ctx, idx: number, sentEnd: number): void {
  const m = ctx.out[idx] as Mention;
  const w = trailingOrgWord(ctx, m.t1, sentEnd);
  if (!w) return;
  if (w === 'party') m.orgName = `${m.orgName ?? m.surface} Party`;
  if (w === 'newspaper' || w === 'news agency' || w === 'broadcaster' || w === 'daily') m.orgType = 'media';
  if (w === 'think-tank' || w === 'think tank') m.orgType = 'think-tank';
  if (w === 'party') m.orgType = 'party';
  if (w === 'militia') m.orgType = 'armed-group';
}

export { UPPER };
