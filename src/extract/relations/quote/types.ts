/** What the quote steps share: quotation spans, speech acts, the running speaker state. */
import type { Doc, RMention } from '../../doc';
import type { EarlierTies, FoundTie } from '../types';

/** One quotation: content offsets inside the marks, the marks, its paragraph. */
export interface QSpan {
  start: number;
  end: number;
  open: number;
  close: number;
  para: number;
  words: number;
  speaker?: string | null;
}

/** A speaker's actor key; null = anonymous ("experts said"); undefined = not found. */
export type Speaker = string | null | undefined;

/** A speaker found by a rule: the rule id says how (pronoun, group, …); none for a plain name. */
export interface Named {
  who: Speaker;
  rule?: string;
}

/** One speech act: who spoke, where, and the words. */
export interface Act {
  speaker: string;
  para: number;
  sentFrom: number;
  sentTo: number;
  ranges: [number, number][];
  quote: string;
  /** Offset where the speaker's words start, for ordering. */
  at: number;
  /** Ids of the rules that found the words and the speaker. */
  rule: string[];
}

/** Per-document state of one quote pass (nothing here outlives the call). */
export interface QuoteState {
  doc: Doc;
  /** The last speaker, what "he" falls back on and a paragraph opening with a quote continues. */
  last: Speaker;
  /** The last speaker that was a group ("A, B and C said"): what "they" and "the chiefs" refer to. */
  plural: Speaker;
  /** The head noun that named the group ("diplomats" from the G7): "the diplomats" repeats it. */
  pluralHead?: string;
  /** Every quotation span of the document, in text order (mentions inside them name no speaker). */
  spans: readonly QSpan[];
  /** Mentions of organizations by type, in text order, built on first use: "the ministry said". */
  orgMentions: Map<string, RMention[]>;
  /** Ties of the kinds that ran before quote (sanction: "called the sanctions illegal"). */
  earlier: EarlierTies;
  /** The sanction ties sorted by start, built on first use. */
  measures?: MeasureIndex;
  acts: Act[];
  /** Parties by how often the text names them, built on first use: what words naming no one are about. */
  topics?: string[];
  /** Where unnamed speakers' words start ("“…,” a diplomat said"), by paragraph: quotations after them are theirs. */
  silent: { para: number; at: number }[];
  /** Work counter: look-back steps taken (tests prove the look-backs are bounded). */
  steps: number;
}

/** Ties of an earlier kind in order of start: `byStart` holds their indices in `ties`. */
export interface MeasureIndex {
  ties: readonly FoundTie[];
  byStart: number[];
}

export type { EarlierTies };

export function newState(doc: Doc, spans: readonly QSpan[], earlier: EarlierTies): QuoteState {
  return {
    doc,
    last: undefined,
    plural: undefined,
    spans,
    orgMentions: new Map(),
    earlier,
    acts: [],
    silent: [],
    steps: 0,
  };
}
