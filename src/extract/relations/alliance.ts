/**
 * Alliance (undirected): alliance, partnership, friendship, cooperation, support,
 * pacts, ties growing closer… never under tension, rivalry or deterioration.
 * Pairs come from "between A and B", "A’s <cue> with B", "A and B <cue>",
 * hyphenated pairs ("Kim-Putin rapprochement") and "the two countries".
 */
import type { Doc, RMention } from '../doc';
import { lexicon } from '../lexicon';
import type { FoundTie, RelationExtractor } from './types';
import {
  clauseOf,
  describedState,
  firstMentionIn,
  gapBefore,
  hasWordIn,
  listAround,
  mentionAt,
  mentionsIn,
  pairFromContext,
  pairNounAt,
  relativeAntecedent,
  sentenceOk,
  sentenceSpan,
  statesOf as politicalStatesOf,
} from './util';

const lx = lexicon.alliance;

const NAMING = 1;
const SIGN = 2;
const SPONSOR = 4;
const STRONG = 8;
const WEAK = 16;
/** Every cue word with the kinds of cue it is (bit flags). */
const CUES = new Map<string, number>();
for (const [set, bit] of [
  [lx.namingVerbs, NAMING],
  [lx.signVerbs, SIGN],
  [lx.sponsorVerbs, SPONSOR],
  [lx.strong, STRONG],
  [lx.weak, WEAK],
] as const)
  for (const w of set) CUES.set(w, (CUES.get(w) ?? 0) | bit);

/** The parties of mentions: states (for people acting for one) and armed groups, which take sides too. */
function statesOf(doc: Doc, ms: readonly RMention[]): string[] {
  const out = politicalStatesOf(doc, ms);
  for (const m of ms) {
    const a = doc.actors.get(m.key);
    if (a?.kind === 'organization' && a.orgType === 'armed-group' && !out.includes(a.key)) out.push(a.key);
  }
  return out;
}

/**
 * The head of an apposition holding the cue at k: "X, a close ally of B," and
 * "X, B's closest partner,". Returns the head and the apposition's first token.
 */
function appositionHead(doc: Doc, si: number, k: number): { head: RMention; start: number } | undefined {
  const [sa] = doc.sentTok[si] ?? [0, 0];
  for (let p = k; p > Math.max(sa, k - 7); p--) {
    const g = gapBefore(doc, p);
    if (/[;:.()“”"]/.test(g)) return undefined;
    if (g.includes(',')) {
      const head = mentionAt(doc, p - 1);
      const first = mentionAt(doc, p);
      const w = doc.tokens[p]?.lower ?? '';
      if (!head || head.t1 !== p || p === k) return undefined;
      if (!lx.appositionStarts.has(w) && !(first?.poss && first.t0 === p)) return undefined;
      return { head, start: p };
    }
    const w = doc.tokens[p - 1]?.lower ?? '';
    if (p - 1 < k && (lx.reactions.has(w) || lexicon.clauses.conjunctions.has(w))) return undefined;
  }
  return undefined;
}

/** "its closest ally, B": the ally named in an apposition right after the cue at k. */
function appositionObject(doc: Doc, k: number, b: number): RMention[] {
  if (!lx.ofCues.has(doc.tokens[k]?.lower ?? '') || k + 1 >= b) return [];
  const comma = gapBefore(doc, k + 1).includes(',');
  // "Iran's ally Russia", "its allies Japan and South Korea": a possessor, then the name.
  const prev = doc.tokens[k - 1]?.lower ?? '';
  const owned = mentionAt(doc, k - 1)?.poss === true || lexicon.names.possessivePronouns.has(prev);
  if (!comma && !(owned && gapBefore(doc, k + 1) === ' ')) return [];
  const m = mentionAt(doc, k + 1);
  if (!m || m.t0 !== k + 1) return [];
  return comma ? [m] : listAround(doc, m, m.t0, b);
}

/**
 * "A thanked B for its support": the actor "its"/"their" before the cue at k stands for,
 * the last one named before the pronoun in the clause, when it is not the clause's first.
 */
function pronounPossessor(
  doc: Doc,
  si: number,
  a: number,
  k: number,
): { owner: RMention; subject: RMention } | undefined {
  let p = -1;
  for (let q = k - 1; q >= Math.max(a, k - 4); q--) {
    const w = doc.tokens[q]?.lower ?? '';
    if (w === 'its' || w === 'their') {
      p = q;
      break;
    }
    if (doc.tokenMention[q] !== -1 || /[,;:.()]/.test(gapBefore(doc, q + 1))) return undefined;
  }
  if (p < 0) return undefined;
  const ms = mentionsIn(doc, si, a, p);
  const last = ms[ms.length - 1];
  const first = ms[0];
  return last && first && ms.length >= 2 && !last.poss ? { owner: last, subject: first } : undefined;
}

/** A lower-case noun right after a mention, which the mention then modifies ("U.N. sanctions"). */
function modifierNoun(doc: Doc, q: number): boolean {
  const t = doc.tokens[q];
  if (!t || t.cap || gapBefore(doc, q) !== ' ' || doc.tokenMention[q] !== -1) return false;
  return !/^(?:for|in|since|with|and|or|against|on|during|over|throughout|as|at|from|to|by|after|before|while|until|but)$/.test(
    t.lower,
  );
}

/** "A armed and funded B": the direct object of a sponsoring verb at k. */
function sponsored(doc: Doc, k: number, b: number): RMention | undefined {
  for (let q = k + 1; q < Math.min(b, k + 5); q++) {
    const m = mentionAt(doc, q);
    // "backed U.N. sanctions", "backed Ukrainian forces": a modifier, not the one backed.
    if (m) return m.form === 'demonym' || m.poss || modifierNoun(doc, m.t1) ? undefined : m;
    const w = doc.tokens[q]?.lower ?? '';
    if (w !== 'and' && w !== 'the' && !lx.sponsorVerbs.has(w)) return undefined;
  }
  return undefined;
}

function hasPositive(doc: Doc, k: number, a: number, b: number): boolean {
  return hasWordIn(doc, Math.max(a, k - 4), Math.min(b, k + 9), lx.positive);
}

function negated(doc: Doc, k: number, a: number, b: number): boolean {
  if (hasWordIn(doc, a, k, lx.negative)) return true;
  if (hasWordIn(doc, Math.max(a, k - 3), k, lx.negators)) return true;
  // After the cue only verbs negate: "ties soured", "relations have deteriorated".
  for (let q = k + 1; q < Math.min(b, k + 4); q++) {
    const w = doc.tokens[q]?.lower ?? '';
    if ((lx.negative.has(w) || lx.negators.has(w)) && /(?:ed|ing)$/.test(w)) return true;
  }
  return false;
}

/** The list introduced by "between" near k. */
function betweenList(doc: Doc, si: number, k: number, a: number, b: number): string[] | undefined {
  for (let q = Math.max(a, k - 4); q < Math.min(b, k + 4); q++) {
    if (doc.tokens[q]?.lower !== 'between') continue;
    const pn = pairNounAt(doc, q + 1, b) || pairNounAt(doc, q + 2, b);
    if (pn) return pairFromContext(doc, si, q);
    for (let r = q + 1; r < Math.min(b, q + 5); r++) {
      const m = mentionAt(doc, r);
      if (m) return statesOf(doc, listAround(doc, m, a, b));
    }
  }
  return undefined;
}

function pairs(xs: readonly string[], ys?: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  if (ys) {
    for (const x of xs) for (const y of ys) if (x !== y) out.push([x, y]);
  } else
    for (let i = 0; i < xs.length; i++)
      for (let j = i + 1; j < xs.length; j++) out.push([xs[i] as string, xs[j] as string]);
  return out;
}

function firstMentionBefore(doc: Doc, si: number, a: number, k: number): RMention | undefined {
  return firstMentionIn(doc, si, a, k, (m) => statesOf(doc, [m]).length > 0);
}

/** "agreed to finalise a deal", "a possible pact": the deal does not exist yet. */
function prospective(doc: Doc, k: number, a: number): boolean {
  for (let q = Math.max(a, k - 6); q < k; q++) {
    if (!lexicon.alliance.prospective.has(doc.tokens[q]?.lower ?? '')) continue;
    // "close to finalising a pact": the parties already act as partners.
    if (doc.tokens[q - 2]?.lower === 'close' && doc.tokens[q - 1]?.lower === 'to') continue;
    return true;
  }
  return false;
}

/**
 * Index of the last reaction verb ("welcomed", "said", "criticised") in [from, to), or -1.
 * A possessive pronoun after it ("hailed her alliance with B") keeps the subject a party.
 */
function lastReaction(doc: Doc, from: number, to: number): number {
  let v = -1;
  for (let q = from; q < to; q++) {
    const w = doc.tokens[q]?.lower ?? '';
    if (doc.tokenMention[q] === -1 && lexicon.alliance.reactions.has(w)) v = q;
    else if (v >= 0 && lexicon.names.possessivePronouns.has(w)) v = -1;
  }
  return v;
}

/**
 * The parties on the left of a cue at k: the clause's subject, or the antecedent of a
 * relative clause ("B and C, which have formed a pact"). A subject that only reacts to
 * the deal ("A welcomed the agreement", "A said the pact with B…") is no party; the
 * subject after its verb is ("A regretted that B had signed a deal with C").
 */
function subjectStates(doc: Doc, si: number, a: number, k: number): string[] {
  const [sa] = doc.sentTok[si] ?? [0, 0];
  const ante = relativeAntecedent(doc, si, a);
  // "X, which hosts … and is an ally of B": no subject of its own, the antecedent acts.
  const ownSubject = ante.length > 0 && mentionAt(doc, a + 1)?.t0 === a + 1;
  if (ante.length && !ownSubject) {
    if (lastReaction(doc, a, k) >= 0) return [];
    return statesOf(doc, ante);
  }
  let subj = firstMentionBefore(doc, si, a, k);
  if (!subj && ante.length) {
    if (lastReaction(doc, a, k) >= 0) return [];
    return statesOf(doc, ante);
  }
  subj ??= firstMentionBefore(doc, si, sa, k);
  if (!subj) return [];
  const v = lastReaction(doc, subj.t1, k);
  if (v >= 0) {
    subj = firstMentionBefore(doc, si, v + 1, k);
    if (!subj) return [];
  }
  return statesOf(doc, listAround(doc, subj, subj.t0, k));
}

/** The bloc (an intergovernmental body) named at token r, if any. */
function blocAt(doc: Doc, r: number): RMention | undefined {
  const m = mentionAt(doc, r);
  if (!m) return undefined;
  const x = doc.actors.get(m.key);
  if (x?.kind !== 'organization' || x.orgType !== 'intergovernmental') return undefined;
  if (
    lexicon.alliance.universalBodies.has(x.label.toLowerCase()) ||
    lexicon.alliance.universalBodies.has(m.surface.toLowerCase())
  )
    return undefined;
  return m;
}

/** A bloc modifying a counted noun ("the two NATO allies", "both EU members"). */
function countedBloc(doc: Doc, m: RMention): boolean {
  return (
    blocAt(doc, m.t0) !== undefined && /^(?:two|three|four|both|\d+)$/.test(doc.tokens[m.t0 - 1]?.lower ?? '')
  );
}

/**
 * Membership of a bloc: "A joined B", "A became a member of B", "A is a B member",
 * "A's accession to B", "B member A". Applying to join, or leaving, makes none.
 */
function membership(doc: Doc, si: number, out: FoundTie[], seen: Set<string>): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  for (let k = sa; k < sb; k++) {
    const t = doc.tokens[k];
    if (!t || doc.tokenMention[k] !== -1) continue;
    const join = lexicon.alliance.join.has(t.lower);
    if (!join && !lexicon.alliance.membership.has(t.lower)) continue;
    const [a, b] = clauseOf(doc, si, k);
    if (negated(doc, k, a, b)) continue;
    if (join && hasWordIn(doc, Math.max(a, k - 3), k, lexicon.alliance.joinWish)) continue;
    // The bloc: right after the cue ("joined NATO", "member of the EU", "accession to NATO") or before it ("a NATO member").
    let bloc: RMention | undefined;
    for (let r = k + 1; r < Math.min(b, k + 4) && !bloc; r++) {
      bloc = blocAt(doc, r);
      const w = doc.tokens[r]?.lower ?? '';
      if (!bloc && w !== 'of' && w !== 'to' && w !== 'the' && w !== 'in') break;
    }
    let members: string[] = [];
    if (!bloc && !join) {
      const m = mentionAt(doc, k - 1);
      if (m && blocAt(doc, k - 1)) {
        bloc = m;
        // "NATO member Turkey"
        const next = k + 1 < b ? mentionAt(doc, k + 1) : undefined;
        if (next && doc.actors.get(next.key)?.kind === 'state') members = [next.key];
      }
    }
    if (!bloc) continue;
    if (
      !join &&
      t.lower !== 'accession' &&
      !members.length &&
      !statesMembership(doc, Math.min(k, bloc.t0), a)
    )
      continue;
    if (!members.length) {
      // A possessor ("Sweden's accession") or the clause subject.
      for (let q = k - 1; q >= Math.max(a, k - 4); q--) {
        const m = mentionAt(doc, q);
        if (m && m !== bloc) {
          if (m.poss) members = statesOf(doc, [m]);
          break;
        }
      }
      if (!members.length) members = subjectStates(doc, si, a, Math.min(k, bloc.t0));
    }
    for (const x of members) {
      if (x === bloc.key || doc.actors.get(x)?.kind !== 'state') continue;
      const id = x < bloc.key ? `${x}|${bloc.key}` : `${bloc.key}|${x}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ type: 'alliance', source: x, target: bloc.key, ...sentenceSpan(doc, si) });
    }
  }
}

/** "is a NATO member", "became a member of": a copula before the (determined) noun phrase at k. */
function statesMembership(doc: Doc, k: number, a: number): boolean {
  let q = k - 1;
  while (q >= a && lexicon.alliance.membershipModifiers.has(doc.tokens[q]?.lower ?? '')) q--;
  return q >= a && lexicon.alliance.memberCopulas.has(doc.tokens[q]?.lower ?? '');
}

/** "A described B as “a reliable friend and strategic partner”", "A called B its closest ally". */
function namedPartner(doc: Doc, si: number, v: number, out: FoundTie[], seen: Set<string>): void {
  const [, sb] = doc.sentTok[si] ?? [0, 0];
  if (doc.tokenMention[v] !== -1) return;
  const obj = mentionAt(doc, v + 1);
  if (!obj || obj.t0 !== v + 1 || obj.poss) return;
  if (lx.asNamingVerbs.has(doc.tokens[v]?.lower ?? '') && doc.tokens[obj.t1]?.lower !== 'as') return;
  let cue = -1;
  for (let q = obj.t1; q < Math.min(sb, obj.t1 + 8) && cue < 0; q++) {
    if (mentionAt(doc, q)) break;
    if (lx.friendNouns.has(doc.tokens[q]?.lower ?? '')) cue = q;
  }
  if (cue < 0 || hasWordIn(doc, obj.t1, cue, lx.negators) || hasWordIn(doc, obj.t1, cue, lx.negative)) return;
  const [a] = clauseOf(doc, si, v);
  addFound(doc, si, pairs(subjectStates(doc, si, a, v), statesOf(doc, [obj])), seen, out);
}

/** The states after "signed by" later in the sentence of the deal at k ("was signed by A and B"). */
function signedBy(doc: Doc, si: number, k: number): string[] {
  const [, sb] = doc.sentTok[si] ?? [0, 0];
  for (let q = k + 1; q < Math.min(sb - 1, k + 14); q++) {
    if (!lx.signVerbs.has(doc.tokens[q]?.lower ?? '') || doc.tokens[q + 1]?.lower !== 'by') continue;
    const m = mentionAt(doc, q + 2) ?? mentionAt(doc, q + 3);
    return m ? statesOf(doc, listAround(doc, m, m.t0, sb)) : [];
  }
  return [];
}

/** "A signed the Falepili Union with B": a named instrument signed with a partner. */
function signedInstrument(doc: Doc, si: number, v: number, out: FoundTie[], seen: Set<string>): void {
  const [, sb] = doc.sentTok[si] ?? [0, 0];
  if (doc.tokenMention[v] !== -1 || doc.tokens[v + 1]?.lower !== 'the') return;
  // The instrument: capitalized words (an organization-like name, no state).
  let q = v + 2;
  while (q < Math.min(sb, v + 8) && doc.tokens[q]?.cap) {
    const m = mentionAt(doc, q);
    if (m && doc.actors.get(m.key)?.kind !== 'organization') break;
    q++;
  }
  if (q === v + 2 || doc.tokens[q]?.lower !== 'with') return;
  const partner = mentionAt(doc, q + 1);
  if (!partner) return;
  const [a, b] = clauseOf(doc, si, v);
  if (negated(doc, v, a, b) || prospective(doc, v, a)) return;
  const right = statesOf(doc, listAround(doc, partner, partner.t0, b));
  addFound(doc, si, pairs(subjectStates(doc, si, a, v), right), seen, out);
}

function extractSentence(doc: Doc, si: number, out: FoundTie[]): void {
  const [sa, sb] = doc.sentTok[si] ?? [0, 0];
  const seen = new Set<string>();
  membership(doc, si, out, seen);
  for (let k = sa; k < sb; k++) {
    const t = doc.tokens[k];
    if (!t) continue;
    // One lookup per token: most words are no cue of any kind.
    const f = CUES.get(t.lower);
    if (f === undefined) continue;
    if (f & NAMING) namedPartner(doc, si, k, out, seen);
    if (f & SIGN) signedInstrument(doc, si, k, out, seen);
    const sponsor = (f & SPONSOR) !== 0;
    const strong = (f & (SPONSOR | STRONG)) !== 0;
    if (!strong && !(f & WEAK)) continue;
    if (doc.tokenMention[k] !== -1) continue;
    // "B's arms supplier" supports B; "B's gas supplier" only trades with it.
    if (lx.supplyNouns.has(t.lower) && !lx.supplyModifiers.has(doc.tokens[k - 1]?.lower ?? '')) continue;
    // "leave X together with Y": a preposition, not working together.
    if (t.lower === 'together' && doc.tokens[k + 1]?.lower === 'with') continue;
    const [ca, b] = clauseOf(doc, si, k);
    // In an apposition only its own words qualify the cue: "Since X, an ally of B, fled…".
    const app = appositionHead(doc, si, k);
    const a = app ? Math.max(ca, app.start) : ca;
    if (!strong && !hasPositive(doc, k, a, b)) continue;
    if (negated(doc, k, a, b) || prospective(doc, k, a)) continue;
    let found: [string, string][] = [];
    if (sponsor || lx.objectCues.has(t.lower)) {
      // "A armed B", "A has long supported B": the direct object.
      const obj = sponsored(doc, k, b);
      if (obj) found = pairs(subjectStates(doc, si, a, k), statesOf(doc, [obj]));
      if (sponsor || found.length) {
        addFound(doc, si, found, seen, out);
        continue;
      }
    }
    const between = betweenList(doc, si, k, a, b);
    if (between && between.length >= 2) found = pairs(between);
    if (!found.length) {
      // "Kim-Putin rapprochement", "China-Iran friendship"
      const m1 = mentionAt(doc, k - 1);
      const m0 = m1 ? mentionAt(doc, m1.t0 - 1) : undefined;
      if (m1 && m0 && gapBefore(doc, m1.t0) === '-') found = pairs(statesOf(doc, [m0, m1]));
    }
    if (!found.length) {
      // Right object: "<cue> with B", "support for B"
      let right: string[] = [];
      for (let q = k + 1; q < Math.min(b, k + 3); q++) {
        const prep = doc.tokens[q]?.lower ?? '';
        if (
          !lexicon.alliance.rightPrepositions.has(prep) &&
          !(prep === 'of' && lexicon.alliance.ofCues.has(t.lower))
        )
          continue;
        for (let r = q + 1; r < Math.min(b, q + 5); r++) {
          const m = mentionAt(doc, r);
          if (m) {
            right = statesOf(doc, listAround(doc, m, r, b));
            break;
          }
          // "a close ally of the junta": the state the description stands for.
          // Not the clause's own subject: "A has become an ally of the junta".
          const subj = firstMentionBefore(doc, si, a, k);
          const described =
            r === q + 1 ? describedState(doc, si, r, subj ? statesOf(doc, [subj]) : []) : undefined;
          if (described) {
            right = [described.key];
            break;
          }
        }
        break;
      }
      if (!right.length) right = statesOf(doc, appositionObject(doc, k, b));
      // "A thanked B for its solidarity": "its" is B, the last actor named before it.
      // The quoted words may open their own clause: look back from the sentence start.
      const pron =
        !right.length && !app ? pronounPossessor(doc, si, doc.sentTok[si]?.[0] ?? a, k) : undefined;
      if (pron) right = statesOf(doc, [pron.owner]);
      // Left: a possessor right before the cue, else the clause subject.
      let left: string[] = [];
      let shared: string | undefined;
      for (let q = k - 1; q >= Math.max(a, k - 4); q--) {
        const m = mentionAt(doc, q);
        if (m) {
          // "the two NATO allies": the bloc the counted allies share, not a party.
          if (m.t1 === k && !m.poss && countedBloc(doc, m)) shared = m.key;
          else if (m.poss || m.t1 === k) left = statesOf(doc, [m]);
          break;
        }
      }
      if (app) {
        // "X, a close ally of B": X and B; "X, B's closest partner": X and B.
        // "B and C, its two main allies": a plural apposition applies to each member.
        const heads = t.lower.endsWith('s')
          ? listAround(doc, app.head, doc.sentTok[si]?.[0] ?? a, app.start)
          : [app.head];
        const head = statesOf(doc, heads);
        if (!right.length) right = left;
        // "A has supported X, its only treaty ally": "its" is the sentence's subject.
        const w = doc.tokens[app.start]?.lower ?? '';
        if (!right.length && (w === 'its' || w === 'their')) {
          const subj = firstMentionBefore(doc, si, doc.sentTok[si]?.[0] ?? a, app.head.t0);
          if (subj) right = statesOf(doc, [subj]).filter((x) => !head.includes(x));
        }
        left = head;
      }
      // "A has become the new government's closest ally": a definite possessor stands for
      // the state named before it.
      if (!app && !right.length && !left.length && lx.ofCues.has(t.lower)) {
        for (let q = k - 1; q >= Math.max(a, k - 3); q--) {
          if (!/^['’]s\s/.test(gapBefore(doc, q + 1))) continue;
          let r = q - 1;
          while (r > Math.max(a, q - 3) && doc.tokens[r]?.lower !== 'the') r--;
          const subj = firstMentionBefore(doc, si, a, r);
          const d = describedState(
            doc,
            si,
            r,
            subj ? statesOf(doc, [subj]) : [],
            lexicon.names.possessorDescriptors,
          );
          if (d?.end === q + 1) right = [d.key];
          break;
        }
      }
      // "A is B's largest trading partner": the possessor and the subject.
      if (!app && !right.length && left.length && lx.ofCues.has(t.lower)) {
        right = left;
        left = subjectStates(doc, si, a, k).filter((x) => !right.includes(x));
      }
      if (pron && !left.length)
        left = statesOf(doc, listAround(doc, pron.subject, pron.subject.t0, pron.owner.t0));
      if (!left.length) left = subjectStates(doc, si, a, k).filter((x) => x !== shared);
      // "the treaty with B and C": B and C are parties to it too.
      if (
        right.length >= 2 &&
        lx.pactNouns.has(t.lower.replace(/(?:ies|s)$/, (x) => (x === 'ies' ? 'y' : '')))
      )
        found = pairs([...left, ...right.filter((x) => !left.includes(x))]);
      else if (right.length) found = pairs(left, right);
      else if (left.length >= 2) found = pairs(left);
      else {
        const pn = (() => {
          // A pair noun before a reaction verb names the reactors, not the parties.
          for (let q = Math.max(a, lastReaction(doc, a, k) + 1); q < b; q++) {
            const n = pairNounAt(doc, q, b);
            if (n) return q;
          }
          return -1;
        })();
        if (pn >= 0) found = pairs(pairFromContext(doc, si, pn));
      }
    }
    // "The agreement, brokered by C, was signed by A and B": the signers.
    if (!found.length) found = pairs(signedBy(doc, si, k));
    addFound(doc, si, found, seen, out);
  }
}

function addFound(doc: Doc, si: number, found: [string, string][], seen: Set<string>, out: FoundTie[]): void {
  for (const [x, y] of found) {
    const id = x < y ? `${x}|${y}` : `${y}|${x}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ type: 'alliance', source: x, target: y, ...sentenceSpan(doc, si) });
  }
}

export const alliance: RelationExtractor = {
  type: 'alliance',
  extract(doc) {
    const out: FoundTie[] = [];
    for (let si = 0; si < doc.sentences.length; si++) if (sentenceOk(doc, si)) extractSentence(doc, si, out);
    return out;
  },
};
