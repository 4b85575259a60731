/**
 * Data exports of the merged graph. A thin adapter over the shared serializers of
 * src/graph/formats/ (the CLI writes the same files); it only names the menu items.
 */
import type { GraphFormat } from '../../graph/formats';
import type { GexfViz } from '../../graph/formats/gexf';
import type { EntenteGraph } from '../../graph/types';

export type DataFormat = GraphFormat;

/** The export menu's data items, in menu order. */
export const DATA_FORMATS: readonly { id: DataFormat; label: string; description: string }[] = [
  { id: 'json', label: 'JSON', description: 'Graph JSON (graphology), with every evidence item' },
  { id: 'gexf', label: 'GEXF', description: 'GEXF for Gephi' },
  { id: 'graphml', label: 'GraphML', description: 'GraphML for yEd, Cytoscape desktop and NetworkX' },
  { id: 'csv', label: 'CSV', description: 'Edge list: one row per tie' },
];

export interface Serialized {
  content: string;
  mime: string;
  ext: string;
}

/**
 * Serializes the graph in one of the menu's formats; GEXF carries `viz` (what the canvas
 * draws) when given. The serializers (and the XML writers they use) load on first use, which
 * keeps them out of the page's first download.
 */
export async function serializeGraph(
  graph: EntenteGraph,
  format: DataFormat,
  viz?: GexfViz,
): Promise<Serialized> {
  const { GRAPH_FORMATS, toGEXF } = await import('../../graph/formats');
  const f = GRAPH_FORMATS[format];
  const content = format === 'gexf' && viz ? toGEXF(graph, viz) : f.write(graph);
  return { content, mime: f.mime, ext: f.extension };
}
