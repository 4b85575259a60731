import type { EntenteGraph } from '../types';

/** The graphology JSON form (`graph.export()`), as a string; `pretty` indents it. */
export function toJSON(graph: EntenteGraph, pretty = false): string {
  return JSON.stringify(graph.export(), null, pretty ? 2 : undefined);
}
