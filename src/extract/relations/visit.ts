/**
 * Visit (visitor -> host): "a visit to B by A", "A’s visit to B", "A visited B",
 * "A dispatched an envoy to B", and meetings held in a place ("At a meeting in
 * Beijing, A and B…"): participants from elsewhere visit the place's state.
 * "is expected to", "will" make it planned.
 */
import type { TieStatus } from '../../graph/types';
import { eventDate } from '../dates';
import type { Doc, RMention } from '../doc';
import { stateOf } from '../doc';
import { lexicon } from '../lexicon';
import type { FoundTie, RelationExtractor } from './types';
import {
  clauseOf,
  firstMentionIn,
  gapBefore,
  hasWordIn,
  listAround,
  mentionAt,
  relativeAntecedent,
  sentenceOk,
  sentenceSpan,
} from './util';

const lx = lexicon.visit;

/** A state named as a place (not a demonym), returned as its state key. */
function placeAt(doc: Doc, m: RMention | undefined): string | undefined {
  if (!m) return undefined;
  const a = doc.actors.get(m.key);
  // A seat of an intergovernmental body ("Brussels" for the EU) hosts too.
  if (
    a?.kind === 'organization' &&
    a.orgType === 'intergovernmental' &&
    m.type === 'org' &&
    m.surface !== a.label
  )
    return a.key;
  if (a?.kind !== 'state') return undefined;
  const next = doc.tokens[m.t1];
  // A demonym is a place only before a geographic noun: "the Russian far east".
  if (m.form === 'demonym' && !(next && lexicon.visit.demonymPlaceNouns.has(next.lower))) return undefined;
  return a.key;
}

function firstPlaceAfter(doc: Doc, from: number, to: number): string | undefined {
  for (let r = from; r < to; r++) {
    const m = mentionAt(doc, r);
    if (m) return placeAt(doc, m);
  }
  return undefined;
}

function isVisitor(doc: Doc, key: string): boolean {
  const a = doc.actors.get(key);
  return !!a && (a.kind === 'leader' || a.kind === 'state');
}

function subjectOf(doc: Doc, si: number, a: number, k: number): RMention[] {
  // "X, who visited Y": the relative pronoun stands for the list before it.
  const ante = relativeAntecedent(doc, si, a).filter((x) => isVisitor(doc, x.key));
  if (ante.length) return ante;
  // "China warned B, hours after A arrived in C": the subject of the subordinate clause.
  let from = a;
  for (let q = k - 1; q > a; q--) {
    if (doc.tokenMention[q] !== -1 || !lx.subordinators.has(doc.tokens[q]?.lower ?? '')) continue;
    if (firstMentionIn(doc, si, q + 1, k, (x) => isVisitor(doc, x.key))) from = q + 1;
    break;
  }
  const m = firstMentionIn(doc, si, from, k, (x) => isVisitor(doc, x.key));
  if (!m) return [];
  // "A, B's senior adviser, visited": a possessor opens an apposition and ends the list.
  const list = listAround(doc, m, m.t0, k);
  const end = list.findIndex((x, i) => i > 0 && x.poss);
  return (end > 0 ? list.slice(0, end) : list).filter((x) => isVisitor(doc, x.key));
}

/** Every place of the list at m: "travel to Doha, Riyadh and Abu Dhabi". */
function placesAround(doc: Doc, m: RMention, b: number): string[] {
  const out: string[] = [];
  for (const x of listAround(doc, m, m.t0, b)) {
    const h = placeAt(doc, x);
    if (h && !out.includes(h)) out.push(h);
  }
  return out;
}

function statusOf(doc: Doc, a: number, k: number): TieStatus | undefined {
  return hasWordIn(doc, a, k, lx.future) ? 'planned' : undefined;
}

function emit(
  doc: Doc,
  si: number,
  visitors: readonly string[],
  host: string | undefined,
  status: TieStatus | undefined,
  out: FoundTie[],
): void {
  if (!host || !visitors.some((v) => v !== host && stateOf(doc, v) !== host)) return;
  const s = doc.sentences[si];
  const date = s ? eventDate(doc.text.slice(s.start, s.end), doc.date, status === 'planned') : undefined;
  for (const v of visitors) {
    if (v === host || stateOf(doc, v) === host) continue;
    const tie: FoundTie = { type: 'visit', source: v, target: host, ...sentenceSpan(doc, si) };
    if (status) tie.status = status;
    if (date) tie.date = date;
    out.push(tie);
  }
}

/**
 * "A made the remarks in CAPITAL, where he met B", "talks held in CAPITAL on Monday, when
 * A met B": a meeting in a relative or time clause on a place takes that place as its host.
 */
function whereHost(doc: Doc, si: number, k: number): string | undefined {
  const [sa] = doc.sentTok[si] ?? [0, 0];
  for (let w = k - 1; w > sa && w >= k - 6; w--) {
    const word = doc.tokens[w]?.lower;
    // "talks held in C, when A met B": a time clause after the place of the talks.
    const when = word === 'when' && gapBefore(doc, w).includes(',');
    if (word !== 'where' && !when) continue;
    // "in C on Monday, when": the day is no place.
    let p = w - 1;
    while (p > w - 4 && lexicon.visit.timeWords.has(doc.tokens[p]?.lower ?? '')) p--;
    const m = mentionAt(doc, p);
    if (!m) return undefined;
    const prep = doc.tokens[m.t0 - 1]?.lower ?? '';
    return lx.placePrepositions.has(prep) || prep === 'to' ? placeAt(doc, m) : undefined;
  }
  return undefined;
}

/** "A arrived in C for talks with B": the place a travel verb before the cue names. */
function arrivalHost(doc: Doc, a: number, k: number): string | undefined {
  for (let v = k - 1; v >= a; v--) {
    if (doc.tokenMention[v] !== -1 || !lx.verbs.has(doc.tokens[v]?.lower ?? '')) continue;
    const prep = doc.tokens[v + 1]?.lower ?? '';
    if (prep !== 'in' && prep !== 'to' && prep !== 'at') return undefined;
    return placeAt(doc, mentionAt(doc, v + 2));
  }
  return undefined;
}

/** "travelled to C alongside B": the people named after "alongside" in the clause [k, b). */
function coTravellers(doc: Doc, k: number, b: number): string[] {
  for (let r = k + 1; r < b; r++) {
    if (doc.tokens[r]?.lower !== 'alongside' || doc.tokenMention[r] !== -1) continue;
    for (let q = r + 1; q < Math.min(b, r + 5); q++) {
      const m = mentionAt(doc, q);
      if (!m) continue;
      return listAround(doc, m, m.t0, b)
        .filter((x) => doc.actors.get(x.key)?.kind === 'leader')
        .map((x) => x.key);
    }
    return [];
  }
  return [];
}

/** Visits with a visitor but no host, resolved after the pass. */
interface Pending {
  si: number;
  visitor: string;
}

/** "Speaking in Tokyo on Monday, A said …": A is in the place's state. */
function presenceVisit(doc: Doc, si: number, out: FoundTie[]): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  if (!lx.presence.has(doc.tokens[sa]?.lower ?? '')) return;
  const prep = doc.tokens[sa + 1]?.lower ?? '';
  if (!lx.placePrepositions.has(prep)) return;
  const host = placeAt(doc, mentionAt(doc, sa + 2));
  if (!host) return;
  // The subject right after the opening phrase's comma.
  let c = sa + 2;
  while (c < sb && !gapBefore(doc, c).includes(',')) c++;
  if (c >= sb || c > sa + 10) return;
  const m = firstMentionIn(doc, si, c, Math.min(sb, c + 6), (x) => isVisitor(doc, x.key));
  if (!m) return;
  const visitors = listAround(doc, m, m.t0, sb)
    .filter((x) => isVisitor(doc, x.key) && doc.actors.get(x.key)?.kind === 'leader')
    .map((x) => x.key);
  emit(doc, si, visitors, host, undefined, out);
}

function extractSentence(doc: Doc, si: number, out: FoundTie[], pending: Pending[]): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  presenceVisit(doc, si, out);
  for (let k = sa; k < sb; k++) {
    const t = doc.tokens[k];
    if (!t || doc.tokenMention[k] !== -1) continue;
    const lower = t.lower;
    const prev = doc.tokens[k - 1]?.lower;
    if (!lx.nouns.has(lower) && !lx.verbs.has(lower) && !lx.send.has(lower) && !lx.meet.has(lower)) continue;
    const [a, b] = clauseOf(doc, si, k);
    const status = statusOf(doc, a, k);
    if (lx.nouns.has(lower) && prev !== 'to') {
      // a visit to B by A / A’s visit to B / A … during a visit to B
      let host: string | undefined;
      let visitors: string[] = [];
      const q = k + 1;
      if (doc.tokens[q]?.lower === 'to') host = firstPlaceAfter(doc, q + 1, Math.min(sb, q + 5));
      for (let r = k + 1; r < Math.min(sb, k + 10); r++) {
        if (doc.tokens[r]?.lower !== 'by') continue;
        const m = mentionAt(doc, r + 1) ?? mentionAt(doc, r + 2) ?? mentionAt(doc, r + 3);
        if (m && isVisitor(doc, m.key))
          visitors = listAround(doc, m, m.t0, sb)
            .filter((x) => isVisitor(doc, x.key))
            .map((x) => x.key);
        break;
      }
      if (!visitors.length) {
        for (let r = k - 1; r >= Math.max(a, k - 4); r--) {
          const m = mentionAt(doc, r);
          if (m?.poss && isVisitor(doc, m.key)) visitors = [m.key];
          if (m) break;
        }
      }
      if (!visitors.length) visitors = subjectOf(doc, si, a, k).map((x) => x.key);
      if (!host) {
        // "A was in B for a state visit": a place named before the noun in its clause.
        for (let r = a; r < k - 1; r++) {
          if (doc.tokens[r]?.lower !== 'in') continue;
          const h = placeAt(doc, mentionAt(doc, r + 1));
          if (h) host = h;
        }
      }
      if (!host && visitors.length === 1) {
        // "The visit by A … the meeting between A’s state and B": the other state.
        for (let r = sa; r < sb; r++) {
          if (doc.tokens[r]?.lower !== 'between') continue;
          const m = mentionAt(doc, r + 1) ?? mentionAt(doc, r + 2);
          if (!m) break;
          const list = listAround(doc, m, m.t0, sb).map((x) => stateOf(doc, x.key));
          const own = stateOf(doc, visitors[0] ?? '');
          if (own && list.includes(own)) host = list.find((x) => x && x !== own);
          break;
        }
      }
      if (!host) {
        for (const v of visitors) pending.push({ si, visitor: v });
        continue;
      }
      emit(doc, si, visitors, host, status, out);
    } else if (
      lx.verbs.has(lower) &&
      !(
        lower === 'visits' &&
        prev !== undefined &&
        /^(?:two|three|several|many|the|his|her|their)$/.test(prev)
      )
    ) {
      let hosts: string[] = [];
      for (let r = k + 1; r < Math.min(sb, k + 4); r++) {
        const m = mentionAt(doc, r);
        if (m) {
          if (placeAt(doc, m)) hosts = placesAround(doc, m, b);
          break;
        }
        if (!lx.verbPrepositions.has(doc.tokens[r]?.lower ?? '') && doc.tokens[r]?.lower !== 'the') break;
      }
      const visitors = subjectOf(doc, si, a, k).map((x) => x.key);
      // "A travelled to C alongside B": B travelled too.
      if (hosts.length) visitors.push(...coTravellers(doc, k, b));
      if (visitors.length) for (const host of hosts) emit(doc, si, visitors, host, status, out);
    } else if (lx.send.has(lower)) {
      let host: string | undefined;
      let envoy: string | undefined;
      for (let r = k + 1; r < Math.min(b, k + 8); r++) {
        const m = mentionAt(doc, r);
        if (doc.tokens[r]?.lower === 'to') {
          // "sent troops to support B's war": a purpose, not a destination.
          if (!lx.purposeVerbs.has(doc.tokens[r + 1]?.lower ?? ''))
            host = firstPlaceAfter(doc, r + 1, Math.min(b, r + 4));
          break;
        }
        if (m && doc.actors.get(m.key)?.kind === 'leader') envoy = m.key;
      }
      const subj = subjectOf(doc, si, a, k)[0];
      const sender = subj ? (stateOf(doc, subj.key) ?? subj.key) : undefined;
      const visitor = envoy ?? sender;
      if (host && visitor) {
        emit(doc, si, [visitor], host, status, out);
      }
    } else if (lx.meet.has(lower)) {
      // A meeting held in a place.
      let host: string | undefined;
      // Inside a relative clause ("X, who went for talks with Y, said … at Z") the
      // meeting's place lies before the clause's closing comma.
      const inRelative = relativeAntecedent(doc, si, a).length > 0;
      for (let r = k + 1; r < sb; r++) {
        if (inRelative && gapBefore(doc, r).includes(',')) break;
        if (!lx.placePrepositions.has(doc.tokens[r]?.lower ?? '')) continue;
        // "the war in Yemen": the place belongs to the noun before it, not to the meeting.
        if (lexicon.visit.notMeetingNouns.has(doc.tokens[r - 1]?.lower ?? '')) continue;
        const m = mentionAt(doc, r + 1) ?? mentionAt(doc, r + 2);
        const h = placeAt(doc, m);
        if (h) {
          host = h;
          break;
        }
      }
      if (!host) host = whereHost(doc, si, k);
      if (!host) host = arrivalHost(doc, a, k);
      if (!host) continue;
      const ms = doc.bySentence[si] ?? [];
      // Participants precede the cue ("A and B met in C"), unless the meeting opens the
      // sentence ("At a summit in C, A and B signed …"); "ministers meeting in C agreed
      // sanctions on B" makes B no participant.
      const intro = /^(?:at|during|on|in|after|ahead|before|following|for)$/.test(
        doc.tokens[sa]?.lower ?? '',
      );
      const first = ms.find((m) => isVisitor(doc, m.key) && placeAt(doc, m) !== host && (intro || m.t0 < k));
      const participants: RMention[] = first ? listAround(doc, first, sa, sb) : [];
      // "A meets B": the object.
      for (let r = k + 1; r < Math.min(sb, k + 4); r++) {
        const m = mentionAt(doc, r);
        if (m) {
          if (isVisitor(doc, m.key) && placeAt(doc, m) !== host)
            participants.push(...listAround(doc, m, m.t0, sb));
          break;
        }
      }
      const keys = [
        ...new Set(participants.filter((m) => isVisitor(doc, m.key) && m.key !== host).map((m) => m.key)),
      ];
      emit(doc, si, keys, host, status, out);
    }
  }
}

export const visit: RelationExtractor = {
  type: 'visit',
  extract(doc) {
    const out: FoundTie[] = [];
    const pending: Pending[] = [];
    for (let si = 0; si < doc.sentences.length; si++)
      if (sentenceOk(doc, si)) extractSentence(doc, si, out, pending);
    // "Zhao’s three-day visit, which started on Thursday": the visitor's known host.
    for (const p of pending) {
      const hosts = new Set(out.filter((t) => t.source === p.visitor).map((t) => t.target));
      if (hosts.size !== 1) continue;
      const [host] = [...hosts];
      if (host) emit(doc, p.si, [p.visitor], host, undefined, out);
    }
    return out;
  },
};
