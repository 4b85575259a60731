/**
 * Step 5: whom the words are about. The actors named in the words; else those of the same
 * speaker's nearest act; else the imposer of a measure the words refer to ("called the
 * sanctions illegal"); else the other parties of the sentence; else the speaker's own side.
 * Every look-back is served by an index built once per pass.
 */
import type { Doc } from '../../doc';
import { stateOf } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet } from '../../match';
import type { FoundTie } from '../types';
import { gapBefore } from '../util';
import { secondActAt, timeClauseAt } from './cues';
import type { Act, MeasureIndex, QuoteState } from './types';

const sp = lexicon.speech;

interface Targets {
  keys: string[];
  rule: string;
}

/** Blocs and armed groups are parties; companies, media and ministries are not. */
function isPartyOrg(a: { kind: string; orgType?: string }): boolean {
  return a.kind === 'organization' && (a.orgType === 'intergovernmental' || a.orgType === 'armed-group');
}

/** Actors named inside the words (not the speaker, not companies, media or ministries). */
function namedInWords(doc: Doc, act: Act): string[] {
  const out: string[] = [];
  for (let s = act.sentFrom; s <= act.sentTo; s++)
    for (const m of doc.bySentence[s] ?? []) {
      if (!act.ranges.some(([a, b]) => m.start >= a && m.end <= b)) continue;
      if (m.key === act.speaker || out.includes(m.key)) continue;
      const a = doc.actors.get(m.key);
      if (!a || (a.kind === 'organization' && !isPartyOrg(a))) continue;
      out.push(m.key);
    }
  return out;
}

/** Who is on the speaker's own side: the speaker, their state, affiliations, that state's leaders. */
function ownSide(doc: Doc, act: Act): (key: string) => boolean {
  const own = stateOf(doc, act.speaker);
  const speaker = doc.actors.get(act.speaker);
  return (key) =>
    key === act.speaker ||
    key === own ||
    !!speaker?.affiliations.has(key) ||
    (doc.actors.get(key)?.kind === 'leader' && own !== undefined && stateOf(doc, key) === own);
}

/** Words cut short by a clause of their own ("…, while B said C …") are not about that clause. */
function clauseCut(doc: Doc, act: Act): number {
  const end = Math.max(...act.ranges.map((r) => r[1]));
  const [ta, tb] = doc.sentTok[act.sentTo] ?? [0, 0];
  let cut = Infinity;
  for (let r = ta; r < tb; r++)
    if (
      doc.tokens[r]?.start === end &&
      ((timeClauseAt(doc, r) && gapBefore(doc, r).includes(',')) || secondActAt(doc, r))
    )
      cut = end;
  return cut;
}

/** The parties (states and blocs; a leader stands for their state) named in sentence s. */
function partiesIn(doc: Doc, act: Act, s: number, cut: number, skip: (k: string) => boolean): string[] {
  const out: string[] = [];
  for (const m of doc.bySentence[s] ?? []) {
    const a = doc.actors.get(m.key);
    if (!a || skip(m.key) || (s >= act.sentFrom && m.start >= cut)) continue;
    let k: string | undefined;
    if (a.kind === 'state' || isPartyOrg(a)) k = a.key;
    else if (a.kind === 'leader' && a.country && doc.actors.has(a.country)) k = a.country;
    if (k && !skip(k) && !out.includes(k)) out.push(k);
  }
  return out;
}

/**
 * Words that name no actor are about what the context is about: the other parties
 * named in the same sentence (outside the speaker's own words), else in the previous
 * one; failing those, the speaker's own state or organization.
 */
function contextTargets(doc: Doc, act: Act): Targets {
  const skip = ownSide(doc, act);
  const cut = clauseCut(doc, act);
  for (let s = act.sentFrom; s <= act.sentTo; s++) {
    const keys = partiesIn(doc, act, s, cut, skip);
    if (keys.length) return { keys, rule: 'quote/context-parties' };
  }
  const prev = act.sentFrom - 1;
  if (prev >= 0 && (doc.sentences[prev]?.para ?? -1) >= act.para - 1) {
    const keys = partiesIn(doc, act, prev, cut, skip);
    if (keys.length) return { keys, rule: 'quote/context-parties' };
  }
  return { keys: ownSideTarget(doc, act), rule: 'quote/own-side' };
}

/** Only those who act or comment for a state fall back on it (not media or companies). */
function ownSideTarget(doc: Doc, act: Act): string[] {
  const speaker = doc.actors.get(act.speaker);
  if (
    speaker?.kind === 'state' ||
    (speaker?.kind === 'organization' &&
      speaker.orgType !== 'ministry' &&
      speaker.orgType !== 'intergovernmental')
  )
    return [];
  const own = stateOf(doc, act.speaker);
  if (own && doc.actors.has(own)) return [own];
  for (const o of speaker?.affiliations ?? []) if (doc.actors.has(o)) return [o];
  return [];
}

/** Whether sentence s refers back to a measure: "called the sanctions …", "these measures". */
function namesMeasure(doc: Doc, s: number): boolean {
  const [sa, sb] = doc.sentTok[s] ?? [0, 0];
  for (let k = sa + 1; k < sb; k++)
    if (inSet(doc.tokens, k - 1, sp.measureDeterminers) && inSet(doc.tokens, k, lexicon.sanction.anaphors))
      return true;
  return false;
}

/** The sanction ties (run before quote) in order of start: built once per pass. */
function measureIndex(st: QuoteState): MeasureIndex {
  if (!st.measures) {
    const ties = st.earlier.get('sanction') ?? [];
    const byStart = ties
      .map((_, i) => i)
      .sort((a, b) => (ties[a]?.start ?? 0) - (ties[b]?.start ?? 0) || a - b);
    st.measures = { ties, byStart };
  }
  return st.measures;
}

/** The last-found measure whose evidence starts within [from, to] (binary search, then its sentences). */
function lastMeasureIn(st: QuoteState, from: number, to: number): FoundTie | undefined {
  const { ties, byStart } = measureIndex(st);
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    st.steps++;
    const mid = (lo + hi) >> 1;
    if ((ties[byStart[mid] ?? 0]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  for (let i = lo; i < byStart.length && (ties[byStart[i] ?? 0]?.start ?? 0) <= to; i++) {
    st.steps++;
    best = Math.max(best, byStart[i] ?? -1);
  }
  return best >= 0 ? ties[best] : undefined;
}

/**
 * "Beijing called the sanctions “illegal”": words about a measure named in the last
 * sentences are about its imposer (or, from the imposer's side, its target).
 */
function measureTargets(st: QuoteState, act: Act): string[] {
  const { doc } = st;
  if (!namesMeasure(doc, act.sentFrom)) return [];
  const start = doc.sentences[act.sentFrom]?.start ?? 0;
  const from = doc.sentences[Math.max(0, act.sentFrom - 3)]?.start ?? 0;
  const last = lastMeasureIn(st, from, start);
  if (!last) return [];
  const own = stateOf(doc, act.speaker) ?? act.speaker;
  const t = last.source === own || last.source === act.speaker ? last.target : last.source;
  return t === own || t === act.speaker ? [] : [t];
}

/** Per speaker and paragraph, the first act that names its targets: where an act borrows from. */
function firstNamingActs(acts: readonly Act[], named: readonly string[][]): Map<string, number> {
  const out = new Map<string, number>();
  acts.forEach((a, j) => {
    const key = `${a.para}\u0000${a.speaker}`;
    if ((named[j] ?? []).length && !out.has(key)) out.set(key, j);
  });
  return out;
}

/** Paragraph offsets a borrowing act looks at, nearest first (same, before, after). */
const BORROW_ORDER = [0, -1, 1, -2, 2];

/** The same speaker's nearest act that names targets: same paragraph first, then before. */
function borrowed(
  st: QuoteState,
  act: Act,
  first: Map<string, number>,
  named: readonly string[][],
): string[] {
  for (const d of BORROW_ORDER) {
    st.steps++;
    const j = first.get(`${act.para + d}\u0000${act.speaker}`);
    if (j !== undefined) return named[j] ?? [];
  }
  return [];
}

function targetsOf(
  st: QuoteState,
  act: Act,
  i: number,
  first: Map<string, number>,
  named: string[][],
): Targets {
  const own = named[i] ?? [];
  if (own.length) return { keys: own, rule: 'quote/named-in-words' };
  const near = borrowed(st, act, first, named);
  if (near.length) return { keys: near, rule: 'quote/same-speaker-nearby' };
  const measure = measureTargets(st, act);
  if (measure.length) return { keys: measure, rule: 'quote/measure-reference' };
  return contextTargets(st.doc, act);
}

/**
 * Words that name no one and have no context: what the same speaker's nearest words
 * anywhere in the text are about, else what the text is about (an analyst quoted apart
 * from the news still speaks to it).
 */
function fallbackTargets(st: QuoteState, found: readonly Targets[]): Targets[] {
  const bySpeaker = new Map<string, number[]>();
  found.forEach((t, j) => {
    const sp = st.acts[j]?.speaker;
    if (!sp || !t.keys.length) return;
    const l = bySpeaker.get(sp);
    if (l) l.push(j);
    else bySpeaker.set(sp, [j]);
  });
  return found.map((t, i) => {
    const act = st.acts[i];
    if (t.keys.length || !act) return t;
    let best = -1;
    for (const j of bySpeaker.get(act.speaker) ?? []) {
      st.steps++;
      if (best < 0 || Math.abs(j - i) < Math.abs(best - i)) best = j;
    }
    const keys = best >= 0 ? (found[best]?.keys ?? []) : [];
    return keys.length ? { keys, rule: 'quote/same-speaker-elsewhere' } : topicTargets(st, act);
  });
}

/** The party (state or bloc) the text names most, not of the speaker's side: what the article is about. */
function topicTargets(st: QuoteState, act: Act): Targets {
  const { doc } = st;
  st.topics ??= partiesByMentions(doc);
  const skip = ownSide(doc, act);
  const top = st.topics.find((k) => !skip(k));
  return { keys: top ? [top] : [], rule: 'quote/article-topic' };
}

/** Parties (states and blocs; leaders count for their state) by how often the text names them. */
function partiesByMentions(doc: Doc): string[] {
  const count = new Map<string, number>();
  for (const m of doc.mentions) {
    const a = doc.actors.get(m.key);
    if (!a) continue;
    let k: string | undefined;
    if (a.kind === 'state' || isPartyOrg(a)) k = a.key;
    else if (a.kind === 'leader' && a.country && doc.actors.has(a.country)) k = a.country;
    if (k) count.set(k, (count.get(k) ?? 0) + 1);
  }
  return [...count.entries()].sort((x, y) => y[1] - x[1]).map(([k]) => k);
}

/** One tie per act and target, the act's sentences as evidence. */
export function toTies(st: QuoteState): FoundTie[] {
  const { doc, acts } = st;
  const named = acts.map((a) => namedInWords(doc, a));
  const first = firstNamingActs(acts, named);
  const found = fallbackTargets(
    st,
    acts.map((act, i) => targetsOf(st, act, i, first, named)),
  );
  const out: FoundTie[] = [];
  acts.forEach((act, i) => {
    const { keys, rule } = found[i] ?? { keys: [], rule: '' };
    const from = doc.sentences[act.sentFrom];
    const to = doc.sentences[act.sentTo];
    if (!from || !to) return;
    for (const t of keys)
      out.push({
        type: 'quote',
        source: act.speaker,
        target: t,
        start: from.start,
        end: to.end,
        quote: act.quote,
        rule: [...act.rule, rule],
      });
  });
  return out;
}
