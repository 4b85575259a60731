/** The relation registry: one extractor per relation kind, run in this order. */
import type { RelationExtractor } from './types';
import { alliance } from './alliance';
import { visit } from './visit';
import { sanction } from './sanction';
import { quote } from './quote';
import { affiliation } from './affiliation';

export type { FoundTie, RelationExtractor } from './types';

export const RELATION_EXTRACTORS: readonly RelationExtractor[] = [
  alliance,
  visit,
  sanction,
  quote,
  affiliation,
];
