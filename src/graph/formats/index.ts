/**
 * Pure serializers of an Entente graph (no fs): the CLI writes them to files, the explorer
 * offers them as downloads.
 */
import type { EntenteGraph } from '../types';
import { toCSV } from './csv';
import { toGEXF } from './gexf';
import { toGraphML } from './graphml';
import { toJSON } from './json';

export { toCSV, CSV_COLUMNS, csvField } from './csv';
export { toGEXF } from './gexf';
export { toGraphML } from './graphml';
export { toJSON } from './json';
export { flatActor, flatTie } from './flat';
export type { FlatActor, FlatTie } from './flat';

import type { GraphFormat } from './names';

export { GRAPH_FORMAT_NAMES, isGraphFormat } from './names';
export type { GraphFormat } from './names';

/** Extension, MIME type and writer of each format. */
export const GRAPH_FORMATS: Readonly<
  Record<GraphFormat, { extension: string; mime: string; write: (g: EntenteGraph) => string }>
> = {
  json: { extension: 'json', mime: 'application/json', write: (g) => toJSON(g) },
  gexf: { extension: 'gexf', mime: 'application/gexf+xml', write: toGEXF },
  graphml: { extension: 'graphml', mime: 'application/graphml+xml', write: toGraphML },
  csv: { extension: 'csv', mime: 'text/csv', write: toCSV },
};

/** Serializes `graph` in `format`. */
export function formatGraph(graph: EntenteGraph, format: GraphFormat): string {
  return GRAPH_FORMATS[format].write(graph);
}
