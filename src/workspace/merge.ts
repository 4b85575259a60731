/**
 * Merge of many article graphs into a new graph (no input is touched): a fold of the
 * graph model's {@link mergeInto}, whose evidence de-duplication costs O(new items).
 */
import { createGraph, mergeInto } from '../graph/build';
import type { EntenteGraph } from '../graph/types';

/** `graphs` merged in order into a new graph. */
export function mergeGraphs(graphs: readonly EntenteGraph[]): EntenteGraph {
  const out = createGraph({ articles: [] });
  for (const g of graphs) mergeInto(out, g);
  return out;
}
