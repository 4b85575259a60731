/** Messages between the page and the extraction worker. Graphs cross as `graph.export()`. */
import type { SerializedGraph } from 'graphology-types';
import type { ExtractOptions } from '../../extract/types';
import type { PackedMentions } from '../../graph/mentions';
import type { ActorAttributes, ArticleMeta, GraphAttributes, TieAttributes } from '../../graph/types';

/**
 * `extract`: an article (HTML as the user gave it: the worker cleans it);
 * `graph`: a graph file (the CLI's JSON output), parsed and validated in the worker.
 */
export type ExtractRequest =
  | { id: number; type: 'extract'; input: string; options: ExtractOptions }
  | { id: number; type: 'graph'; json: string; name: string };

/**
 * An `ExtractResult` whose graph is serialized and whose mentions are packed (their typed
 * array is transferred, not copied).
 */
export interface SerializedResult {
  graph: SerializedGraph<ActorAttributes, TieAttributes, GraphAttributes>;
  text: string;
  article: ArticleMeta;
  mentions: PackedMentions;
  warnings: string[];
}

export type ExtractResponse =
  | { id: number; ok: true; result: SerializedResult }
  | { id: number; ok: false; error: { name: string; message: string } };
