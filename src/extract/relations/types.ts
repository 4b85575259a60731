/** What every relation extractor returns; the graph stage turns these into ties. */
import type { RelationType, TieStatus } from '../../graph/types';
import type { Doc } from '../doc';

export interface FoundTie {
  type: RelationType;
  source: string;
  target: string;
  /** Evidence span in the article text (a sentence, or the sentences a quote spans). */
  start: number;
  end: number;
  /** For quotes: the quoted or reported words. */
  quote?: string;
  date?: string;
  status?: TieStatus;
  /** Ids of the rules that found this tie ("alliance/treaty-signed"); reasons live in data/rules/. */
  rule?: string[];
}

/** The ties found by the kinds that ran before, by kind. */
export type EarlierTies = ReadonlyMap<RelationType, readonly FoundTie[]>;

/**
 * One relation kind: a pure function of the resolved document and of the ties of the kinds
 * it declares in `after` (the registry runs those first and hands their ties over).
 */
export interface RelationExtractor {
  type: RelationType;
  /** Kinds whose ties this one reads ("quote" reads "sanction"). */
  after?: readonly RelationType[];
  extract(doc: Doc, earlier?: EarlierTies): FoundTie[];
}
