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

/** One relation kind: a pure function of the resolved document. */
export interface RelationExtractor {
  type: RelationType;
  extract(doc: Doc): FoundTie[];
}
