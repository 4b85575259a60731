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
  firstMentionIn,
  hasWordIn,
  isPolitical,
  listAround,
  mentionAt,
  relativeAntecedent,
  sentenceOk,
  sentenceSpan,
  statesOf,
} from './util';

const lx = lexicon.sanction;

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
  for (let k = sa; k < sb; k++) {
    const t = doc.tokens[k];
    if (!t || !lx.nouns.has(t.lower) || doc.tokenMention[k] !== -1) continue;
    if (t.lower === 'punitive' && doc.tokens[k + 1]?.lower !== 'measures') continue;
    const end = t.lower === 'punitive' ? k + 2 : k + 1;
    const [a, b] = clauseOf(doc, si, k);
    let imposers = statesOf(doc, imposersBefore(doc, k, sa));
    let byVerb = false;
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
        const subj = firstMentionIn(doc, si, a, verb, (m) => isPolitical(doc, m.key));
        // "A and B vetoed a resolution that would have imposed sanctions": nothing imposed.
        const blocked = hasWordIn(doc, subj ? subj.t1 : verb, verb, lexicon.sanction.blocked);
        if (subj && !blocked) {
          // Coordinated subjects: "A, B and C impose sanctions" -> every one of them.
          imposers = statesOf(doc, listAround(doc, subj, a, verb));
          byVerb = true;
        }
      }
    }
    if (!imposers.length) continue;
    let targets = underTarget(doc, si, k, imposers);
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
      if (pick) targets = statesOf(doc, [pick]);
    }
    if (!targets.length) continue;
    const status = statusOf(doc, a, k);
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

export const sanction: RelationExtractor = {
  type: 'sanction',
  extract(doc) {
    const out: FoundTie[] = [];
    for (let si = 0; si < doc.sentences.length; si++) if (sentenceOk(doc, si)) extractSentence(doc, si, out);
    return latestStatus(out);
  },
};
