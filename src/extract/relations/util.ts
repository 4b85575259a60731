/** Helpers shared by the relation extractors: clauses, lists, subjects, evidence. */
import type { Doc, RMention } from '../doc';
import { stateOf } from '../doc';
import { lexicon } from '../lexicon';
import type { Token } from '../tokens';
import { phraseAt } from '../mentions';
import { inSet, isSeq, isWord } from '../match';

/** Sentences longer than this are skipped by relation matching (caps per-sentence work). */
export const MAX_SENTENCE_CHARS = 1500;

const nm = lexicon.names;
const rl = lexicon.relations;

export function sentenceOk(doc: Doc, si: number): boolean {
  const s = doc.sentences[si];
  return !!s && s.end - s.start <= MAX_SENTENCE_CHARS;
}

export function tok(doc: Doc, k: number): Token | undefined {
  return doc.tokens[k];
}

export function gapBefore(doc: Doc, k: number): string {
  const t = doc.tokens[k];
  const p = doc.tokens[k - 1];
  if (!t || !p) return '';
  return doc.text.slice(p.end, t.start);
}

/**
 * Token index where the clause holding token k starts, and where it ends. The clause starts
 * are kept on the document (`doc.clauseStarts`), each sentence read once.
 */
export function clauseOf(doc: Doc, si: number, k: number): [number, number] {
  const starts = (doc.clauseStarts ??= new Int32Array(doc.tokens.length).fill(-1));
  const [a, b] = doc.sentTok[si] ?? [0, 0];
  if (starts[a] === -1) {
    // One pass over the sentence: starts[q] = clause start, for every token.
    let cur = a;
    for (let q = a; q < b; q++) {
      if (q > a && clauseBoundary(doc, q)) cur = q;
      starts[q] = cur;
    }
  }
  const s = starts[k] ?? a;
  let e = k + 1;
  while (e < b && starts[e] === s) e++;
  return [s, e];
}

function clauseBoundary(doc: Doc, q: number): boolean {
  const g = gapBefore(doc, q);
  if (/[;:“”"]|\s[—–-]\s/.test(g)) return true;
  if (g.includes(',')) {
    const t = doc.tokens[q];
    if (!t) return false;
    if (lexicon.clauses.conjunctions.has(t.lower)) return true;
    if (rl.clauseListConjunctions.has(t.lower)) {
      const n = doc.tokens[q + 1];
      return !!n && !n.cap && doc.tokenMention[q + 1] === -1;
    }
  }
  return false;
}

/** The resolved mention covering token k. */
export function mentionAt(doc: Doc, k: number): RMention | undefined {
  const i = doc.tokenMention[k] ?? -1;
  return i >= 0 ? doc.mentions[i] : undefined;
}

/** Whether a token in range [from, to) has a lower-case form in `set`. */
export function hasWordIn(doc: Doc, from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let q = from; q < to; q++) if (set.has(doc.tokens[q]?.lower ?? '')) return true;
  return false;
}

/** The first mention of sentence si lying within token range [a, b) that passes `ok`. */
export function firstMentionIn(
  doc: Doc,
  si: number,
  a: number,
  b: number,
  ok: (m: RMention) => boolean,
): RMention | undefined {
  return (doc.bySentence[si] ?? []).find((m) => m.t0 >= a && m.t1 <= b && ok(m));
}

/** Mentions starting within token range [a, b). */
export function mentionsIn(doc: Doc, si: number, a: number, b: number): RMention[] {
  return (doc.bySentence[si] ?? []).filter((m) => m.t0 >= a && m.t1 <= b);
}

function listGapOk(doc: Doc, from: number, to: number): boolean {
  // Tokens strictly between two mentions of a list: "and", titles, "his", "the", ",".
  if (to - from > 6) return false;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k];
    if (!t) return false;
    const g = gapBefore(doc, k);
    if (/[;:.“”"()]/.test(g)) return false;
    if (rl.listJoiners.has(t.lower) || nm.possessivePronouns.has(t.lower)) continue;
    // "Tehran and then Washington"
    if (isSeq(doc.tokens, k - 1, ['and', 'then'])) continue;
    if (phraseAt(doc.tokens, k, to, nm.leaderRoles) > 0 || phraseAt(doc.tokens, k, to, nm.portfolios) > 0)
      continue;
    if (t.cap && nm.honorifics.words.has(t.lower)) continue;
    return false;
  }
  const g = gapBefore(doc, to);
  return !/[;:.“”"()]/.test(g);
}

/** The conjoined list ("A, B and C", "Kim-Putin", "Japan’s minister X and Y") around m. */
export function listAround(doc: Doc, m: RMention, a: number, b: number): RMention[] {
  const ms = mentionsIn(doc, m.sent, a, b);
  const i = ms.indexOf(m);
  if (i < 0) return [m];
  let lo = i;
  while (lo > 0) {
    const prev = ms[lo - 1] as RMention;
    const cur = ms[lo] as RMention;
    if (!listGapOk(doc, prev.t1, cur.t0) || (prev.poss && stateOf(doc, prev.key) === undefined)) break;
    lo--;
  }
  let hi = i;
  while (hi < ms.length - 1) {
    const cur = ms[hi] as RMention;
    const next = ms[hi + 1] as RMention;
    if (!listGapOk(doc, cur.t1, next.t0)) break;
    hi++;
  }
  return ms.slice(lo, hi + 1);
}

/** Evidence span of sentence si. */
export function sentenceSpan(doc: Doc, si: number): { start: number; end: number } {
  const s = doc.sentences[si];
  return s ? { start: s.start, end: s.end } : { start: 0, end: 0 };
}

/** Kinds that can take part in state-level relations. */
export function isPolitical(doc: Doc, key: string): boolean {
  const a = doc.actors.get(key);
  if (!a) return false;
  if (a.kind === 'state' || a.kind === 'leader') return true;
  return a.kind === 'organization' && (a.orgType === 'intergovernmental' || a.orgType === 'ministry');
}

/** Actors of a list mapped to states where they act for one; political actors only; deduplicated. */
export function statesOf(doc: Doc, ms: readonly RMention[]): string[] {
  const out: string[] = [];
  for (const m of ms) {
    if (!isPolitical(doc, m.key)) continue;
    const a = doc.actors.get(m.key);
    let k = m.key;
    if (
      a &&
      a.kind !== 'state' &&
      a.country &&
      doc.actors.has(a.country) &&
      (a.kind === 'leader' || a.orgType === 'ministry')
    )
      k = a.country;
    if (!out.includes(k)) out.push(k);
  }
  return out;
}

/** "the two countries" etc.: the first two states of this sentence or the previous ones. */
export function pairNounAt(doc: Doc, k: number, end: number): number {
  for (const ph of lexicon.alliance.pairNouns)
    if (k + ph.length <= end && isSeq(doc.tokens, k, ph)) return ph.length;
  return 0;
}

export function pairFromContext(doc: Doc, si: number, beforeTok: number): string[] {
  // "the two leaders", "the two presidents": the states of the last two leaders named, within five sentences.
  const leaders = [0, 1, 2].some((d) =>
    lexicon.alliance.leaderPairNouns.some((ph) => isSeq(doc.tokens, beforeTok + d, ph)),
  );
  if (leaders) {
    const states: string[] = [];
    for (let s = si; s >= Math.max(0, si - 5) && states.length < 2; s--) {
      const ms = doc.bySentence[s] ?? [];
      for (let i = ms.length - 1; i >= 0 && states.length < 2; i--) {
        const m = ms[i] as RMention;
        if (s === si && m.t1 > beforeTok) continue;
        const a = doc.actors.get(m.key);
        const k = a?.kind === 'leader' ? a.country : undefined;
        if (k && doc.actors.get(k)?.kind === 'state' && !states.includes(k)) states.push(k);
      }
    }
    if (states.length === 2) return states.reverse();
  }
  for (let s = si; s >= Math.max(0, si - 2); s--) {
    const ms = (doc.bySentence[s] ?? []).filter((m) => s < si || m.t1 <= beforeTok);
    const states: string[] = [];
    for (const m of ms) {
      const a = doc.actors.get(m.key);
      // A leader stands for their state: "A's X met B's Y … between the two countries".
      const k = a?.kind === 'state' ? a.key : a?.kind === 'leader' ? a.country : undefined;
      if (k && doc.actors.get(k)?.kind === 'state' && !states.includes(k)) states.push(k);
    }
    if (states.length >= 2) return states.slice(0, 2);
  }
  return [];
}

/**
 * The antecedent of a relative clause starting at token a ("Mali and Burkina Faso,
 * which have formed …", "X, who visited …"): the list of mentions right before it.
 */
export function relativeAntecedent(doc: Doc, si: number, a: number): RMention[] {
  if (!inSet(doc.tokens, a, rl.relativeOpeners)) return [];
  const [sa] = doc.sentTok[si] ?? [0, 0];
  const m = mentionAt(doc, a - 1);
  if (!m || m.t0 < sa) return [];
  return listAround(doc, m, sa, m.t1);
}

/**
 * The head of a description after the determiner at token r: up to three lowercase,
 * unnamed modifiers matching `modifier`, with no punctuation between, then a word of
 * `heads` ("the communist-ruled island", "the 27-member bloc"). Its token index, or undefined.
 */
function descriptionHead(
  doc: Doc,
  r: number,
  heads: ReadonlySet<string>,
  modifier: RegExp,
): number | undefined {
  let q = r + 1;
  while (q < r + 4 && !heads.has(doc.tokens[q]?.lower ?? '')) {
    const t = doc.tokens[q];
    if (!t || t.cap || doc.tokenMention[q] !== -1 || !modifier.test(t.lower)) return undefined;
    if (/[,;:.()“”"]/.test(gapBefore(doc, q))) return undefined;
    q++;
  }
  const head = doc.tokens[q];
  return head && doc.tokenMention[q] === -1 && heads.has(head.lower) ? q : undefined;
}

/**
 * "the junta", "the communist-ruled island": a definite description at token r that
 * stands for the state named last before it (this sentence or the three before), other
 * than those in `not`. Returns the state's key and the description's end, or undefined.
 */
export function describedState(
  doc: Doc,
  si: number,
  r: number,
  not: readonly string[],
  heads: ReadonlySet<string> = lexicon.names.stateDescriptors,
): { key: string; end: number } | undefined {
  if (!inSet(doc.tokens, r, rl.descriptionDeterminers)) return undefined;
  const q = descriptionHead(doc, r, heads, /^[a-z-]+$/);
  if (q === undefined) return undefined;
  // "the island of Cuba": the name follows and is read as such.
  if (isWord(doc.tokens, q + 1, 'of') && mentionAt(doc, q + 2)) return undefined;
  for (const m of mentionsBefore(doc, si, doc.tokens[r]?.start ?? 0, 3)) {
    const st = stateOf(doc, m.key);
    const a = doc.actors.get(m.key);
    if (a?.kind !== 'state' && a?.kind !== 'leader') continue;
    if (st && !not.includes(st) && doc.actors.get(st)?.kind === 'state') return { key: st, end: q + 1 };
  }
  return undefined;
}

/**
 * The mentions that start before character offset `start`, latest first: in sentence `si`,
 * then in up to `back` sentences before it (what a description like "the junta" refers back to).
 */
export function* mentionsBefore(doc: Doc, si: number, start: number, back: number): Generator<RMention> {
  for (let s = si; s >= Math.max(0, si - back); s--) {
    const ms = doc.bySentence[s] ?? [];
    for (let i = ms.length - 1; i >= 0; i--) {
      const m = ms[i] as RMention;
      if (m.start < start) yield m;
    }
  }
}

/**
 * "the regional bloc", "the 27-member grouping" at token r: the intergovernmental body
 * named last before it, within three sentences.
 */
export function describedBloc(doc: Doc, si: number, r: number): string | undefined {
  if (!isWord(doc.tokens, r, 'the')) return undefined;
  if (descriptionHead(doc, r, lexicon.names.blocDescriptors, /^[a-z0-9-]+$/) === undefined) return undefined;
  for (const m of mentionsBefore(doc, si, doc.tokens[r]?.start ?? 0, 3)) {
    const a = doc.actors.get(m.key);
    if (a?.kind === 'organization' && a.orgType === 'intergovernmental') return m.key;
  }
  return undefined;
}
