/** What the mention finders share: the text, its tokens, and the mentions found so far. */
import { lexicon } from '../lexicon';
import type { Token } from '../tokens';
import type { Mention } from './types';

export interface Ctx {
  text: string;
  tokens: readonly Token[];
  out: Mention[];
  /** mention index covering each token, -1 if none */
  owner: Int32Array;
  /** Every word the text writes in lower case somewhere ("given", "producers"). */
  lowerWords: ReadonlySet<string>;
}

/** The fields of a mention spanning tokens [a, b), before its type. */
export type MentionBase = Omit<Mention, 'type' | 'titles' | 'formerTitles'>;

export function emit(ctx: Ctx, m: Mention): void {
  const idx = ctx.out.length;
  ctx.out.push(m);
  for (let k = m.t0; k < m.t1; k++) ctx.owner[k] = idx;
}

export function base(ctx: Ctx, a: number, b: number): MentionBase {
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

export function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** Are a and b adjacent words of one name (a single space between, no possessive)? */
export function joined(text: string, a: Token, b: Token): boolean {
  return gap(text, a, b) === ' ' && !a.poss;
}

/** Are tokens [a, b) words of one name: single spaces between, no possessive inside? */
export function joinedRange(tokens: readonly Token[], text: string, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const p = tokens[k - 1];
    const t = tokens[k];
    if (!p || !t || !joined(text, p, t)) return false;
  }
  return true;
}

/** Capitalized, or an Arabic article joined to a capitalized name ("al-Bashir"). */
export function isNamePart(t: Token): boolean {
  if (t.cap) return true;
  const dash = t.text.indexOf('-');
  if (dash <= 0) return false;
  return lexicon.names.nameArticles.has(t.text.slice(0, dash)) && /^\p{Lu}/u.test(t.text.slice(dash + 1));
}
