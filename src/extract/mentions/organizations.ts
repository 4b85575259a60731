/** Organizations around names: head words ("Center"), trailing words ("party"), ministries. */
import type { GazetteerHit } from '../gazetteer';
import { gazetteer } from '../gazetteer';
import { lexicon } from '../lexicon';
import { isWord } from '../match';
import type { Token } from '../tokens';
import type { Ctx, MentionBase } from './context';
import { base, emit, gap } from './context';
import { phraseAt, wordsOf } from './phrases';
import type { Mention } from './types';

const nm = lexicon.names;
/** A lower-case word of letters only. */
const LOWER_WORD = /^[a-z]+$/;

/** Index of the last capitalized organization head word in [a, b), or -1. */
export function hasOrgHead(tokens: readonly Token[], a: number, b: number): number {
  for (let k = b - 1; k >= a; k--) {
    const t = tokens[k];
    if (t?.cap && nm.orgHeads.has(t.lower)) return k;
  }
  return -1;
}

/** A geographic name ("Mekong River", "Gulf of …"), not an organization or a person. */
export function isGeo(tokens: readonly Token[], a: number, b: number): boolean {
  const last = tokens[b - 1];
  const first = tokens[a];
  if (last && nm.geoHeads.has(last.lower)) return true;
  if (first && b - a > 1 && nm.placeFirst.has(first.lower)) return true;
  return false;
}

/** The mention of a gazetteer hit: a state, an organization or an office holder. */
export function hitToMention(hit: GazetteerHit, b: MentionBase): Mention {
  if (hit.kind === 'state') {
    const m: Mention = { ...b, type: 'state', iso3: hit.iso3, form: hit.form, titles: [], formerTitles: [] };
    if (hit.ambiguous) m.ambiguous = true;
    return m;
  }
  if (hit.kind === 'organization') {
    const o = gazetteer().organizations.get(hit.key);
    const m: Mention = { ...b, type: 'org', orgKey: hit.key, titles: [], formerTitles: [] };
    if (o) {
      m.orgName = o.name;
      m.orgType = o.type;
    }
    return m;
  }
  return { ...b, type: 'person', personName: hit.name, titles: [], formerTitles: [] };
}

/** Replaces the state mention `sm` by its ministry, tokens [sm.t0, end): "the Chinese foreign ministry". */
function emitMinistry(ctx: Ctx, sm: Mention, end: number): void {
  const { tokens } = ctx;
  const m: Mention = {
    ...base(ctx, sm.t0, end),
    type: 'org',
    titles: [],
    formerTitles: [],
    orgType: 'ministry',
    iso3: sm.iso3,
  };
  const words = tokens.slice(sm.t1, end).map((x) => x.lower[0]?.toUpperCase() + x.lower.slice(1));
  const st = gazetteer().states.get(sm.iso3 ?? '');
  const adj = st?.demonyms[0] ?? st?.name ?? sm.surface;
  m.orgName = `${adj} ${words.join(' ')}`;
  ctx.out.pop();
  for (let q = sm.t0; q < sm.t1; q++) ctx.owner[q] = -1;
  emit(ctx, m);
}

/** Lower-case phrases after a state mention: "China’s foreign ministry", "the Chinese foreign ministry". */
export function ministryAfter(ctx: Ctx, stateIdx: number, sentEnd: number): boolean {
  const { tokens, text } = ctx;
  const sm = ctx.out[stateIdx] as Mention;
  for (let k = sm.t1; k < sentEnd && k - sm.t1 < 3; k++) {
    const t = tokens[k] as Token;
    if (gap(text, tokens[k - 1] as Token, t) !== ' ' && !(k === sm.t1 && sm.poss)) return false;
    if (isWord(tokens, k, 'ministry')) {
      emitMinistry(ctx, sm, k + 1);
      return true;
    }
    if (t.cap || !LOWER_WORD.test(t.lower)) return false;
  }
  return false;
}

/** "the NAME agreement": "the" before, an event noun (data: names.eventNouns) after. */
export function eventLabel(ctx: Ctx, a: number, b: number): boolean {
  const { tokens, text } = ctx;
  const next = tokens[b];
  const last = tokens[b - 1];
  if (!next || !last || !isWord(tokens, a - 1, 'the') || last.poss || next.sent !== last.sent) return false;
  if (gap(text, last, next) !== ' ' || next.cap) return false;
  return nm.eventNouns.has(next.lower);
}

/** A lower-case organization word right after a name: "Global Times newspaper", "Communist party". */
export function trailingOrgWord(ctx: Ctx, q: number, sentEnd: number): string | undefined {
  const { tokens, text } = ctx;
  const t = tokens[q];
  const prev = tokens[q - 1];
  if (!t || !prev || q >= sentEnd || t.cap || gap(text, prev, t) !== ' ' || prev.poss) return undefined;
  const n = phraseAt(tokens, q, sentEnd, nm.orgTrailing);
  return n === 0 ? undefined : wordsOf(tokens, q, q + n);
}

/** Extends an org mention's label with a trailing "party"; types it by the word (data: orgTrailingTypes). */
export function trailingOrg(ctx: Ctx, idx: number, sentEnd: number): void {
  const m = ctx.out[idx] as Mention;
  const w = trailingOrgWord(ctx, m.t1, sentEnd);
  if (!w) return;
  const type = nm.orgTrailingTypes.get(w);
  if (type === 'party') m.orgName = `${m.orgName ?? m.surface} Party`;
  if (type) m.orgType = type;
}
