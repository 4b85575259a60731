/**
 * Step 2: speech cues. A verb or phrase that introduces words ("said", "according to",
 * "in a statement"), a frame before quoted words ("hailed the “…”", "praised B as “…”"),
 * and the tests that tell a cue from an ordinary verb.
 */
import type { Doc } from '../../doc';
import { lexicon } from '../../lexicon';
import { inSet, isSeq, isWord, phraseLenAt, wordAt } from '../../match';
import { gapBefore, mentionAt } from '../util';
import type { QSpan } from './types';

const sp = lexicon.speech;
const PHRASE_FIRST = new Set(sp.phrases.map((p) => p[0] ?? ''));
const ACCORDING_TO = ['according', 'to'];

/**
 * "Washington has maintained sanctions", "Tokyo added 12 firms to its sanctions list":
 * a verb that can take a plain object is no speech cue when its object is a number or
 * a measure (before any "that" or comma).
 */
function objectNotSpeech(doc: Doc, k: number, end: number): boolean {
  if (!inSet(doc.tokens, k, sp.objectVerbs)) return false;
  const next = doc.tokens[k + 1];
  if (!next || gapBefore(doc, k + 1).trim()) return false;
  if (/^\d/.test(next.text)) return true;
  for (let q = k + 1; q < Math.min(end, k + 9); q++) {
    const t = doc.tokens[q];
    if (!t || isWord(doc.tokens, q, 'that') || (q > k + 1 && /[,;:“”"]/.test(gapBefore(doc, q))))
      return false;
    if (lexicon.sanction.nouns.has(t.lower) || lexicon.sanction.verbs.has(t.lower)) return true;
  }
  return false;
}

/** Speech cue at token k: returns its end (exclusive) or -1. */
export function cueAt(doc: Doc, k: number, end: number): number {
  const t = doc.tokens[k];
  if (!t) return -1;
  if (objectNotSpeech(doc, k, end)) return -1;
  if (!PHRASE_FIRST.has(t.lower)) return sp.verbs.has(t.lower) && !t.cap ? k + 1 : -1;
  const fits = sp.phrases.filter((ph) => k + ph.length <= end);
  const n = phraseLenAt(doc.tokens, k, fits);
  if (n > 0) return k + n;
  return sp.verbs.has(t.lower) && !t.cap ? k + 1 : -1;
}

/** A frame before quoted words of this sentence: "hailed the “…”", "praised B as “…”". */
export function frameCueAt(doc: Doc, k: number, pspans: readonly QSpan[], sentEnd: number): boolean {
  const tk = doc.tokens[k];
  if (!tk || tk.cap) return false;
  if (sp.quoteFrames.has(tk.lower) && pspans.some((q) => q.open > tk.start && q.open < sentEnd)) return true;
  return (
    sp.asFrames.has(tk.lower) &&
    pspans.some(
      (q) =>
        q.open > tk.end &&
        q.open < sentEnd &&
        /^\s+\S[^,;:.]{0,60}\sas\s*$/.test(doc.text.slice(tk.end, q.open)),
    )
  );
}

/** "was announced": a passive cue has no speaker. */
export function passiveCue(doc: Doc, k: number, sa: number): boolean {
  return k > sa && inSet(doc.tokens, k - 1, sp.passiveAuxiliaries) && wordAt(doc.tokens, k).endsWith('ed');
}

/** "told reporters", "told Reuters": the audience is not what was said; the cue ends after it. */
export function skipAudience(doc: Doc, k: number, ve: number, sb: number): number {
  if (!inSet(doc.tokens, k, sp.tellVerbs)) return ve;
  while (ve < sb) {
    const am = mentionAt(doc, ve);
    const a = am ? doc.actors.get(am.key) : undefined;
    if (am && a?.kind === 'organization' && a.orgType === 'media') ve = am.t1;
    else if (!am && inSet(doc.tokens, ve, sp.audiences)) ve++;
    else break;
  }
  return Math.min(ve, sb);
}

/** Whether the cue at k is "according to". */
export function isAccordingAt(doc: Doc, k: number): boolean {
  return isWord(doc.tokens, k, 'according');
}

/** Whether tokens r, r+1 are "according to". */
export function accordingToAt(doc: Doc, r: number): boolean {
  return isSeq(doc.tokens, r, ACCORDING_TO);
}

/** "after …", "hours after …", "days before …": a time clause opening at token r. */
export function timeClauseAt(doc: Doc, r: number): boolean {
  const w = wordAt(doc.tokens, r);
  const subs = lexicon.visit.subordinators;
  if (subs.has(w) && !sp.nonTimeSubordinators.has(w)) return true;
  return sp.timeLeads.has(w) && inSet(doc.tokens, r + 1, subs);
}

/** ", and met B", ", and visited C": at token r ("and"), a second act of the subject. */
export function secondActAt(doc: Doc, r: number): boolean {
  const next = wordAt(doc.tokens, r + 1);
  return (
    isWord(doc.tokens, r, 'and') &&
    gapBefore(doc, r).includes(',') &&
    doc.tokenMention[r + 1] === -1 &&
    (lexicon.visit.meet.has(next) || lexicon.visit.verbs.has(next) || lexicon.alliance.signVerbs.has(next))
  );
}

/** Whether a subject is a list's tail or a clause of its own ("A, B and C", "while Minister X"). */
function notEndSubject(subj: string): boolean {
  const parts = subj.split(/\s+/);
  if (parts.filter(Boolean).length > 7) return true;
  // A word "and"/"or" with spaces on both sides.
  for (let i = 1; i < parts.length - 1; i++) if (sp.listJoiners.has(parts[i] ?? '')) return true;
  // "CONTENT, while Minister X said …": a clause of its own with a named subject, whose words
  // follow the cue ("…, but analysts said" keeps the words before).
  const rest = subj.trimStart();
  const cut = rest.search(/\s/);
  if (cut <= 0 || !sp.contrastLeads.has(rest.slice(0, cut))) return false;
  return /^[A-Z]/.test(rest.slice(cut).trimStart());
}

/** "CONTENT, X said …": a long clause, a comma, then a short subject before the cue. */
export function endAttribution(doc: Doc, sentStart: number, subjStart: number, ve: number): boolean {
  if (subjStart <= sentStart) return false;
  const head = doc.text.slice(sentStart, subjStart);
  const comma = head.lastIndexOf(',');
  if (comma < 0) return false;
  // "After talks with X in Moscow, the envoy said …": an adverbial, not the words.
  if (sp.introLeads.has(head.trimStart().split(/\s/, 1)[0]?.toLowerCase() ?? '')) return false;
  if (notEndSubject(head.slice(comma + 1))) return false;
  if (head.slice(0, comma).split(/\s+/).filter(Boolean).length < 6) return false;
  return !inSet(doc.tokens, ve, sp.complementizers);
}
