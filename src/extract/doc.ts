/** The document model shared by the stages after resolution. */
import type { NodeKind } from '../graph/types';
import type { Paragraph, Sentence } from './sentences';
import type { Token } from './tokens';
import type { Mention } from './mentions';

/** An actor found in the article. */
export interface Actor {
  key: string;
  label: string;
  kind: NodeKind;
  country?: string;
  role?: string;
  aliases: Set<string>;
  mentions: number;
  /** For organizations: gazetteer type or guessed from the head word. */
  orgType?: string;
  /** Organizations a person belongs to (keys). */
  affiliations: Set<string>;
  /** Id of the rule that chose the kind, where one did ("kind/no-state-context"; data/rules/kind.json). */
  kindRule?: string;
}

/** A mention resolved to an actor: the span fields of a {@link Mention} plus the actor's key. */
export type RMention = Pick<
  Mention,
  'type' | 'start' | 'end' | 't0' | 't1' | 'sent' | 'surface' | 'poss' | 'form'
> & {
  key: string;
};

export interface Doc {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** Token range [a, b) of each sentence. */
  sentTok: [number, number][];
  mentions: RMention[];
  /** Resolved mentions per sentence, in order. */
  bySentence: RMention[][];
  /** Index into `mentions` of the mention covering each token, or -1. */
  tokenMention: Int32Array;
  actors: Map<string, Actor>;
  /** Publication date, YYYY-MM-DD. */
  date?: string;
  /**
   * The clause start of every token (-1 until its sentence is read), filled lazily one
   * sentence at a time by `clauseOf` in relations/util.ts: computed once per document.
   */
  clauseStarts?: Int32Array;
}

/** The state an actor stands for: itself for a state, its country for a person or body. */
export function stateOf(doc: Doc, key: string): string | undefined {
  const a = doc.actors.get(key);
  if (!a) return undefined;
  if (a.kind === 'state') return a.key;
  return a.country;
}
