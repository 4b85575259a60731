/**
 * Reading graph files (`graph.export()` JSON): every field is checked by the schema in
 * ./schema, and errors name the path of the first bad field ("graph.edges[3].attributes.type
 * must be one of …"). Pure; used by the explorer's "open a graph file".
 */
import { createGraph } from './build';
import type { EntenteGraph } from './types';
import { parseGraphRecord } from './schema/graph';

export { Invalid, typeName } from './schema/core';
export type { Obj } from './schema/core';

/**
 * Checks a serialized Entente graph at `path` (throws {@link Invalid}). With `id`, every
 * evidence item must belong to that article.
 */
export function checkGraph(v: unknown, path: string, id?: string): void {
  parseGraphRecord(v, path, id === undefined ? {} : { article: id });
}

const OPEN_AGAIN =
  'Choose a graph file written by Entente (the CLI\'s JSON output or "Export → Graph JSON").';

/**
 * Reads a graph file (graphology JSON as the CLI prints it). Throws an Error whose message
 * says what is wrong and what to do.
 */
export function parseGraphFile(text: string, name = 'This file'): EntenteGraph {
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`${name} is not valid JSON (${why}). ${OPEN_AGAIN}`, { cause: err });
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root) || !('nodes' in root))
    throw new Error(`${name} is not a graph: it has no "nodes" list. ${OPEN_AGAIN}`);
  try {
    const record = parseGraphRecord(root, 'graph');
    const g = createGraph();
    g.import(record as unknown as Parameters<EntenteGraph['import']>[0]);
    return g;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`${name} is not a valid Entente graph: ${why}. ${OPEN_AGAIN}`, { cause: err });
  }
}
