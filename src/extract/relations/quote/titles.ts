/**
 * Step 3 (titles): who a title names. "Nigerian President X", "the Brazilian president",
 * "Washington's envoy": the person named with the title, else that state's leader named
 * before whose office is of the title's family ("the envoy" is not the head of state).
 */
import type { Doc, RMention } from '../../doc';
import { lexicon } from '../../lexicon';
import { phraseAt, phraseEndingAt } from '../../mentions';
import { inSet } from '../../match';
import { gapBefore, mentionAt } from '../util';
import type { Named, QuoteState } from './types';

const sp = lexicon.speech;
const nm = lexicon.names;
/** How many mentions back a definite description looks for its leader. */
const MAX_LOOKBACK = 2000;

export function isPerson(doc: Doc, key: string | null | undefined): boolean {
  const k = key ? doc.actors.get(key)?.kind : undefined;
  return k === 'leader' || k === 'analyst';
}

/** The title after a state ("Nigerian President …"): the person named, or the role words. */
function titleAfterState(doc: Doc, m: RMention, end: number): { person?: string; role: string } {
  let q = m.t1;
  let role = '';
  const limit = Math.min(end, m.t1 + 8);
  while (q < limit) {
    if (q > m.t1 && /[,;:.()“”"]/.test(gapBefore(doc, q))) break;
    const mm = mentionAt(doc, q);
    if (mm) return isPerson(doc, mm.key) ? { person: mm.key, role } : { role: '' };
    const n = Math.max(
      phraseAt(doc.tokens, q, end, nm.leaderRoles),
      phraseAt(doc.tokens, q, end, nm.portfolios),
    );
    if (n > 0) {
      role = doc.tokens
        .slice(q, q + n)
        .map((t) => t.lower)
        .join(' ');
      q += n;
      continue;
    }
    if (
      doc.tokens[q]?.cap ||
      inSet(doc.tokens, q, nm.honorifics.words) ||
      inSet(doc.tokens, q, nm.titleModifiers)
    ) {
      q++;
      continue;
    }
    break;
  }
  return { role };
}

/** Each office word of a family, longest first ("prime minister" before "minister"). */
const OFFICE_WORDS = sp.titleFamilies
  .flatMap((words, family) => words.map((w) => ({ re: new RegExp(`(^|[^a-z])${w}($|[^a-z])`), family, w })))
  .sort((a, b) => b.w.length - a.w.length);

/** The families of an office ("ambassador" -> the envoys) by its longest office word; none if unknown. */
function titleFamilies(role: string): number[] {
  const hit = OFFICE_WORDS.find((o) => o.re.test(role));
  return hit ? OFFICE_WORDS.filter((o) => o.w === hit.w).map((o) => o.family) : [];
}

/** How a leader known by `held` fits a title `asked`: 2 the same office, 1 maybe (unknown), 0 another office. */
function officeFit(asked: string, held: string): number {
  if (held.includes(asked)) return 2;
  const a = titleFamilies(asked);
  const h = titleFamilies(held);
  if (a.some((f) => h.includes(f))) return 2;
  return a.length && h.length ? 0 : 1;
}

/**
 * That state's leader with that title named before m: the nearest with the title, else the
 * nearest whose known office is of the title's family ("the envoy" is not the head of state).
 */
export function leaderWithTitleBefore(
  st: QuoteState,
  m: RMention,
  state: string,
  role: string,
): string | undefined {
  const { doc } = st;
  let best: string | undefined;
  const idx = doc.tokenMention[m.t0] ?? -1;
  for (let i = idx - 1; i >= Math.max(0, idx - MAX_LOOKBACK); i--) {
    st.steps++;
    const x = doc.mentions[i];
    const p = x ? doc.actors.get(x.key) : undefined;
    if (p?.kind !== 'leader' || p.country !== state) continue;
    const fit = officeFit(role, (p.role ?? '').toLowerCase());
    if (fit === 2) return p.key;
    if (fit === 1) best ??= p.key;
  }
  return best;
}

/**
 * A state named before a title ("Nigerian President Bola Tinubu", "the Brazilian
 * president"): the person the noun phrase names, or the leader of that state with that
 * title named earlier. Undefined when the phrase names no person.
 */
export function personOfTitledState(st: QuoteState, m: RMention, end: number): string | undefined {
  const a = st.doc.actors.get(m.key);
  if (a?.kind !== 'state') return undefined;
  const { person, role } = titleAfterState(st.doc, m, end);
  if (person) return person;
  if (!role) return undefined;
  return leaderWithTitleBefore(st, m, a.key, role);
}

/** The state mention a title ending at token q follows: "Washington's envoy", "China's top diplomat". */
function stateBeforeTitle(doc: Doc, q: number): RMention | undefined {
  const sa = doc.sentTok[doc.tokens[q]?.sent ?? 0]?.[0] ?? 0;
  let r = q - phraseEndingAt(doc.tokens, q, sa, nm.leaderRoles);
  if (r === q) return undefined;
  for (let n = 0; n < 3 && r >= sa; n++) {
    const mod = Math.max(
      phraseEndingAt(doc.tokens, r, sa, nm.portfolios),
      inSet(doc.tokens, r, nm.titleModifiers) ? 1 : 0,
    );
    if (!mod || doc.tokenMention[r] !== -1) break;
    r -= mod;
  }
  const m = mentionAt(doc, r);
  const gap = doc.text.slice(doc.tokens[r]?.end ?? 0, doc.tokens[r + 1]?.start ?? 0);
  return m &&
    m.t1 === r + 1 &&
    doc.tokens[r]?.poss &&
    !/[,;:“”"()]/.test(gap) &&
    doc.actors.get(m.key)?.kind === 'state'
    ? m
    : undefined;
}

/**
 * "Washington's envoy said", "China's foreign minister said": the state's leader named
 * before with that office, else the state.
 */
export function possessiveTitle(st: QuoteState, q: number): Named | undefined {
  const m = stateBeforeTitle(st.doc, q);
  if (!m) return undefined;
  const person = personOfTitledState(st, m, q + 1);
  return person
    ? { who: person, rule: 'quote/titled-person' }
    : { who: m.key, rule: 'quote/officials-of-state' };
}
