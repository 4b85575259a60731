/**
 * The graph contract shared by the loader, the CLI, the explorer and the workspace.
 *
 * A graph is a graphology `MultiGraph` of type `mixed`: `alliance` edges are undirected,
 * every other relation is directed. `graph.export()` is the JSON form.
 */
import type { AbstractGraph } from 'graphology-types';

/** What an actor is. */
export type NodeKind = 'state' | 'leader' | 'analyst' | 'organization';
export const NODE_KINDS: readonly NodeKind[] = ['state', 'leader', 'analyst', 'organization'];

/** What a tie is. `alliance` is undirected; the rest point source -> target. */
export type RelationType = 'alliance' | 'visit' | 'sanction' | 'quote' | 'affiliation';
export const RELATION_TYPES: readonly RelationType[] = [
  'alliance',
  'visit',
  'sanction',
  'quote',
  'affiliation',
];
export const UNDIRECTED_TYPES: ReadonlySet<RelationType> = new Set(['alliance']);

/** `planned` for an expected visit; `lifted` or `threatened` for sanctions. */
export type TieStatus = 'planned' | 'lifted' | 'threatened';

/** One piece of support for a tie: a sentence of the article and where it stands. */
export interface Evidence {
  /** The supporting sentence, exactly as it stands in the article text. */
  text: string;
  /** Offset of the sentence's first character in the article text the explorer shows. */
  start: number;
  /** Offset one past the sentence's last character. */
  end: number;
  /** For quotes: the quoted (or reported) words. */
  quote?: string;
  /** Id of the article the sentence comes from (see {@link ArticleMeta}). */
  article?: string;
  /** ISO date the sentence dates the tie to, if any. */
  date?: string;
  /** Ids of the loader rules that made this evidence ("quote/inverted-cue"); see data/rules/. */
  rule?: string[];
}

/** Node attributes. */
export interface ActorAttributes {
  /** Full canonical name: "Kim Jong Un", "North Korea", "United Nations". */
  label: string;
  kind: NodeKind;
  /** Every surface form that resolved to this actor. */
  aliases: string[];
  /** Role where the text gives one: "foreign minister". */
  role?: string;
  /** Key of the state a person or body belongs to. */
  country?: string;
  /** How often the actor is mentioned. */
  mentions: number;
  /** Set by the analyst's corrections (src/workspace/corrections.ts): the actor was corrected. */
  corrected?: boolean;
  /** What the corrections did to it, in words ("renamed from Kim; kind changed from leader to analyst"). */
  correction?: string;
}

/** Edge attributes. */
export interface TieAttributes {
  type: RelationType;
  evidence: Evidence[];
  /** ISO date, as precise as the text allows: 2024, 2024-04, 2024-04-11. */
  date?: string;
  status?: TieStatus;
  /** Number of supporting mentions. */
  weight: number;
  /** Set by the analyst's corrections: the tie was corrected (reversed, retyped, moved, added). */
  corrected?: boolean;
  /** What the corrections did to it, in words. */
  correction?: string;
}

/** Metadata of one article that contributed to the graph. */
export interface ArticleMeta {
  id: string;
  title: string;
  source?: string;
  /** Publication date, ISO YYYY-MM-DD. */
  date?: string;
}

/** Graph-level attributes. */
export interface GraphAttributes {
  articles?: ArticleMeta[];
}

export type EntenteGraph = AbstractGraph<ActorAttributes, TieAttributes, GraphAttributes>;

/** A mention of an actor in the article text, for the article panel. */
export interface MentionSpan {
  start: number;
  end: number;
  /** Node key it resolved to. */
  node: string;
}
