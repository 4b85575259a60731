/** Names of the graph file formats, without the writers (cheap to import). */

/** A file format the graph can be written in. */
export type GraphFormat = 'json' | 'gexf' | 'graphml' | 'csv';

/** Every {@link GraphFormat}, in the order to offer them. */
export const GRAPH_FORMAT_NAMES: readonly GraphFormat[] = ['json', 'gexf', 'graphml', 'csv'];

/** Whether a string names a {@link GraphFormat}. */
export function isGraphFormat(s: string): s is GraphFormat {
  return (GRAPH_FORMAT_NAMES as readonly string[]).includes(s);
}
