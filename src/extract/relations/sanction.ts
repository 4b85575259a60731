/**
 * Sanction (imposer -> target): imposing, tightening, threatening or lifting sanctions
 * and embargoes. Imposers are the actors right before the noun ("UN sanctions",
 * "U.N., U.S., and European Union sanctions") or the subject of an imposing verb;
 * targets follow "against"/"on", or are the sentence's subject ("in defiance of UN
 * sanctions" makes the defier the target).
 */
import type { TieStatus } from '../../graph/types';
import { eventDate } from '../dates';
import type { Doc, RMention } from '../doc';
import { lexicon } from '../lexicon';
import type { FoundTie, RelationExtractor } from './types';
import {
  clauseOf,
  describedBloc,
  describedState,
  firstMentionIn,
  hasWordIn,
  isPolitical,
  listAround,
  mentionAt,
  mentionsIn,
  pairFromContext,
  pairNounAt,
  relativeAntecedent,
  sentenceOk,
  sentenceSpan,
  statesOf,
} from './util';

const lx = lexicon.sanction;

const NOUN = 1;
const FREEZE = 2;
const VERB = 4;
/** Every cue word with the kinds of cue it is (bit flags). */
const CUES = new Map<string, number>();
for (const [set, bit] of [
  [lx.nouns, NOUN],
  [lx.freeze, FREEZE],
  [lx.verbs, VERB],
] as const)
  for (const w of set) CUES.set(w, (CUES.get(w) ?? 0) | bit);

function imposersBefore(doc: Doc, k: number, a: number): RMention[] {
  let q = k - 1;
  let skipped = 0;
  while (
    q >= a &&
    skipped < 3 &&
    doc.tokenMention[q] === -1 &&
    lexicon.sanction.modifiers.has(doc.tokens[q]?.lower ?? '')
  ) {
    q--;
    skipped++;
  }
  const m = mentionAt(doc, q);
  if (!m || m.t1 !== q + 1) return [];
  if (
    doc.tokens[m.t1 - 1] &&
    m.t1 <= k &&
    m.poss === false &&
    doc.text.slice(doc.tokens[q]?.end ?? 0, doc.tokens[q + 1]?.start ?? 0).includes(',')
  )
    return [];
  return listAround(doc, m, a, m.t1).filter((x) => isPolitical(doc, x.key));
}

/**
 * "X, which is under sweeping US sanctions", "X is under UN sanctions": the subject
 * under the measures is their target.
 */
function underTarget(doc: Doc, si: number, k: number, imposers: readonly string[]): string[] {
  const [sa] = doc.sentTok[si] ?? [0, 0];
  let u = -1;
  for (let q = k - 1; q >= Math.max(sa, k - 7); q--) {
    if (lexicon.sanction.under.has(doc.tokens[q]?.lower ?? '')) {
      u = q;
      break;
    }
  }
  if (u < 0) return [];
  const [ca] = clauseOf(doc, si, u);
  let subj = relativeAntecedent(doc, si, ca);
  if (!subj.length) {
    const first = firstMentionIn(doc, si, ca, u, (m) => isPolitical(doc, m.key));
    if (first) subj = listAround(doc, first, ca, u);
  }
  return statesOf(doc, subj).filter((x) => !imposers.includes(x));
}

function statusOf(doc: Doc, a: number, k: number): TieStatus | undefined {
  for (let q = Math.max(a, k - 8); q < k; q++) {
    const w = doc.tokens[q]?.lower ?? '';
    if (lx.lift.has(w)) return 'lifted';
    if (lx.threat.has(w)) return 'threatened';
  }
  return undefined;
}

function extractSentence(doc: Doc, si: number, out: FoundTie[]): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  let freeze = false;
  let verb = false;
  for (let k = sa; k < sb; k++) {
    const t = doc.tokens[k];
    if (!t) continue;
    // One lookup per token: most words are no cue of any kind.
    const f = CUES.get(t.lower);
    if (f === undefined) continue;
    if (!(f & NOUN)) {
      freeze ||= (f & FREEZE) !== 0;
      verb ||= (f & VERB) !== 0;
      continue;
    }
    if (doc.tokenMention[k] !== -1) continue;
    if (t.lower === 'punitive' && doc.tokens[k + 1]?.lower !== 'measures') continue;
    const end = t.lower === 'punitive' ? k + 2 : k + 1;
    const [a, b] = clauseOf(doc, si, k);
    const before = imposersBefore(doc, k, sa);
    let imposers = statesOf(doc, before);
    let byVerb = false;
    let targets: string[] = [];
    // "EU extends Belarus sanctions": a plain state name before the noun, when another
    // subject imposes the measure, names its target.
    const mod = before.length === 1 ? before[0] : undefined;
    if (mod && !mod.poss && mod.form !== 'demonym' && doc.actors.get(mod.key)?.kind === 'state') {
      let verb = -1;
      for (let q = Math.max(a, mod.t0 - 3); q < mod.t0; q++)
        if (lx.impose.has(doc.tokens[q]?.lower ?? '')) verb = q;
      const subj = verb >= 0 ? firstMentionIn(doc, si, a, verb, (m) => isPolitical(doc, m.key)) : undefined;
      const by = subj ? statesOf(doc, listAround(doc, subj, a, verb)).filter((x) => x !== mod.key) : [];
      if (by.length) {
        targets = imposers;
        imposers = by;
        byVerb = true;
      }
    }
    if (!imposers.length) {
      for (let q = k + 1; q < Math.min(b, k + 3); q++) {
        if (doc.tokens[q]?.lower !== 'by' && doc.tokens[q]?.lower !== 'from') continue;
        const m = mentionAt(doc, q + 1) ?? mentionAt(doc, q + 2);
        if (m) imposers = statesOf(doc, listAround(doc, m, m.t0, b));
      }
    }
    if (!imposers.length) {
      let verb = -1;
      for (let q = Math.max(a, k - 6); q < k; q++) if (lx.impose.has(doc.tokens[q]?.lower ?? '')) verb = q;
      if (verb >= 0) {
        // "A urged B to lift its sanctions": the infinitive's agent is the actor right before "to".
        const infinitive = doc.tokens[verb - 1]?.lower === 'to';
        const before = infinitive
          ? mentionsIn(doc, si, a, verb - 1).filter((m) => isPolitical(doc, m.key))
          : [];
        const subj =
          before[before.length - 1] ?? firstMentionIn(doc, si, a, verb, (m) => isPolitical(doc, m.key));
        // "A and B vetoed a resolution that would have imposed sanctions": nothing imposed.
        const blocked = hasWordIn(doc, subj ? subj.t1 : verb, verb, lexicon.sanction.blocked);
        if (subj && !blocked) {
          // Coordinated subjects: "A, B and C impose sanctions" -> every one of them.
          imposers = statesOf(doc, listAround(doc, subj, a, verb));
          byVerb = true;
        } else if (!subj && !blocked) {
          // "The two leaders agreed to coordinate sanctions": the pair just named.
          // "The regional bloc imposed sanctions": the bloc just named.
          for (let q = a; q < verb && !imposers.length; q++) {
            if (pairNounAt(doc, q, verb)) imposers = pairFromContext(doc, si, q);
            const bloc = describedBloc(doc, si, q);
            if (bloc) imposers = [bloc];
          }
          byVerb = imposers.length > 0;
        }
      }
    }
    if (!imposers.length) continue;
    if (!targets.length) targets = underTarget(doc, si, k, imposers);
    for (let q = end; q < Math.min(b, end + 2) && !targets.length; q++) {
      const w = doc.tokens[q]?.lower ?? '';
      if (!lx.targetPrepositions.has(w)) continue;
      // A reason ("over its invasion of Y") names no target; "over Y" right after may.
      const reach = lexicon.sanction.reasonPrepositions.has(w) ? 2 : 5;
      for (let r = q + 1; r < Math.min(b, q + reach); r++) {
        const m = mentionAt(doc, r);
        if (m) {
          targets = statesOf(doc, listAround(doc, m, m.t0, b));
          break;
        }
        // "an embargo on the communist-ruled island", "sanctions on the junta"
        const described = r === q + 1 ? describedState(doc, si, r, imposers) : undefined;
        if (described) {
          targets = [described.key];
          break;
        }
        if (lexicon.sanction.reasonPrepositions.has(w) && doc.tokens[r]?.lower !== 'the') break;
      }
      break;
    }
    if (!targets.length) {
      // The sentence's subject, or the object of the imposing clause.
      const cands = (doc.bySentence[si] ?? []).filter((m) => {
        const s = statesOf(doc, [m])[0];
        const kind = doc.actors.get(m.key)?.kind;
        return s !== undefined && !imposers.includes(s) && (kind === 'state' || kind === 'leader');
      });
      const pick = byVerb ? cands.find((m) => m.t0 >= a && m.t0 < b) : cands[0];
      // "Norway has long opposed the U.S. embargo": a side taken, not a target.
      const stance = pick && pick.t1 <= k && hasWordIn(doc, pick.t1, k, lx.stance);
      if (pick && !stance) targets = statesOf(doc, [pick]);
    }
    if (!targets.length) continue;
    pushTies(doc, si, imposers, targets, statusOf(doc, a, k), out);
  }
  if (freeze) freezes(doc, si, out);
  if (verb) sanctionVerbs(doc, si, out);
}

/** "A, B and C sanctioned 20 Russian officials": the subjects sanction the object's state. */
function sanctionVerbs(doc: Doc, si: number, out: FoundTie[]): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  for (let k = sa + 1; k < sb; k++) {
    const w = doc.tokens[k]?.lower ?? '';
    // "sanctions" is mostly the noun; a passive ("was sanctioned") or an adjective ("the sanctioned bank") names no imposer.
    if (!lx.verbs.has(w) || w === 'sanctions' || doc.tokenMention[k] !== -1) continue;
    if (/^(?:the|a|an|was|were|been|be|is|are|being|its|their|his|her)$/.test(doc.tokens[k - 1]?.lower ?? ''))
      continue;
    if (doc.tokens[k + 1]?.lower === 'by') continue;
    const [a, b] = clauseOf(doc, si, k);
    const subj = firstMentionIn(doc, si, a, k, (m) => isPolitical(doc, m.key));
    const obj = firstMentionIn(doc, si, k + 1, Math.min(b, k + 7), (m) => isPolitical(doc, m.key));
    if (!subj || !obj) continue;
    const imposers = statesOf(doc, listAround(doc, subj, a, k));
    pushTies(doc, si, imposers, statesOf(doc, [obj]), statusOf(doc, a, k), out);
  }
}

function pushTies(
  doc: Doc,
  si: number,
  imposers: readonly string[],
  targets: readonly string[],
  status: TieStatus | undefined,
  out: FoundTie[],
): void {
  const s = doc.sentences[si];
  const date = s ? eventDate(doc.text.slice(s.start, s.end), doc.date, status === 'threatened') : undefined;
  for (const i of imposers)
    for (const tg of targets) {
      if (i === tg) continue;
      const tie: FoundTie = { type: 'sanction', source: i, target: tg, ...sentenceSpan(doc, si) };
      if (status) tie.status = status;
      if (date) tie.date = date;
      out.push(tie);
    }
}

/** "A froze the assets of B's generals": the subject sanctions the owner of the assets. */
function freezes(doc: Doc, si: number, out: FoundTie[]): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  for (let k = sa; k < sb; k++) {
    if (!lx.freeze.has(doc.tokens[k]?.lower ?? '') || doc.tokenMention[k] !== -1) continue;
    let asset = -1;
    for (let q = k + 1; q < Math.min(sb, k + 4) && asset < 0; q++)
      if (lx.assets.has(doc.tokens[q]?.lower ?? '')) asset = q;
    if (asset < 0) continue;
    const [a, b] = clauseOf(doc, si, k);
    const subj = firstMentionIn(doc, si, a, k, (m) => isPolitical(doc, m.key));
    const obj = firstMentionIn(doc, si, asset + 1, Math.min(b, asset + 8), (m) => isPolitical(doc, m.key));
    if (!subj || !obj) continue;
    pushTies(
      doc,
      si,
      statesOf(doc, listAround(doc, subj, a, k)),
      statesOf(doc, [obj]),
      statusOf(doc, a, k),
      out,
    );
  }
}

/** The list named after a coordination cue in sentence si: "coordinated with A and B". */
function coordinatedWith(doc: Doc, si: number): RMention[] {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  for (let k = sa; k < sb; k++) {
    if (!lx.coordination.has(doc.tokens[k]?.lower ?? '')) continue;
    for (let q = k; q < Math.min(sb, k + 3); q++) {
      const w = doc.tokens[q]?.lower ?? '';
      if (w !== 'with' && w !== 'alongside') continue;
      const m = mentionAt(doc, q + 1) ?? mentionAt(doc, q + 2);
      if (m) return listAround(doc, m, m.t0, sb);
    }
  }
  return [];
}

/** Whether sentence si refers back to a measure: "the measures", "these sanctions". */
function refersBack(doc: Doc, si: number): boolean {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  for (let k = sa + 1; k < sb; k++) {
    const d = doc.tokens[k - 1]?.lower ?? '';
    if ((d === 'the' || d === 'these' || d === 'those') && lx.anaphors.has(doc.tokens[k]?.lower ?? ''))
      return true;
  }
  return false;
}

/**
 * Partners a measure was coordinated with impose it too, on the same targets: in its own
 * sentence, or in the next ones when they refer back to it ("The measures were
 * coordinated with A and B").
 */
function coordinated(
  doc: Doc,
  si: number,
  own: readonly FoundTie[],
  prev: readonly FoundTie[],
  out: FoundTie[],
): void {
  const base = own.length ? own : prev.length && refersBack(doc, si) ? prev : [];
  if (!base.length) return;
  const partners = statesOf(doc, coordinatedWith(doc, si));
  if (!partners.length) return;
  const targets = [...new Set(base.map((t) => t.target))];
  const imposers = new Set(base.map((t) => t.source));
  pushTies(
    doc,
    si,
    partners.filter((p) => !imposers.has(p)),
    targets,
    base[0]?.status,
    out,
  );
}

/**
 * The status of a pair follows its latest event: sanctions lifted and later reimposed
 * are in force. Every tie of the pair takes the status of the last one in the text.
 */
export function latestStatus(ties: FoundTie[]): FoundTie[] {
  const last = new Map<string, FoundTie>();
  for (const t of ties) {
    const id = `${t.source}|${t.target}`;
    const prev = last.get(id);
    if (!prev || t.start >= prev.start) last.set(id, t);
  }
  return ties.map((t) => {
    const latest = last.get(`${t.source}|${t.target}`);
    if (!latest || latest === t || latest.status === t.status) return t;
    const copy: FoundTie = { ...t };
    if (latest.status) copy.status = latest.status;
    else delete copy.status;
    return copy;
  });
}

/** Ties per document: the quote stage reads them too ("called the sanctions …"). */
const cache = new WeakMap<Doc, FoundTie[]>();

export const sanction: RelationExtractor = {
  type: 'sanction',
  extract(doc) {
    const hit = cache.get(doc);
    if (hit) return hit.slice();
    const out: FoundTie[] = [];
    let prev: FoundTie[] = [];
    let prevSi = -10;
    for (let si = 0; si < doc.sentences.length; si++) {
      if (!sentenceOk(doc, si)) continue;
      const n = out.length;
      extractSentence(doc, si, out);
      const own = out.slice(n);
      coordinated(doc, si, own, si - prevSi <= 2 ? prev : [], out);
      if (own.length) {
        prev = own;
        prevSi = si;
      }
    }
    const ties = latestStatus(out);
    cache.set(doc, ties);
    return ties.slice();
  },
};
