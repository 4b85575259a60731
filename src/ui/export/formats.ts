/**
 * Data exports of the merged graph. A thin adapter: the serializers belong to
 * src/graph/formats/ (shared with the CLI); this file only maps menu items to them.
 */
import { write as writeGexf } from 'graphology-gexf/browser';
import type { EntenteGraph } from '../../graph/types';

export type DataFormat = 'json' | 'gexf' | 'csv';

export const DATA_FORMATS: readonly { id: DataFormat; label: string; description: string }[] = [
  { id: 'json', label: 'JSON', description: 'Graph JSON (graphology), with every evidence item' },
  { id: 'gexf', label: 'GEXF', description: 'GEXF for Gephi' },
  { id: 'csv', label: 'CSV', description: 'Edge list: one row per tie' },
];

export interface Serialized {
  content: string;
  mime: string;
  ext: string;
}

const csvCell = (s: string): string => {
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** Edge list with labels, type, date, status, weight and the first evidence sentence. */
function toCsv(graph: EntenteGraph): string {
  const rows = [
    [
      'source',
      'source_label',
      'target',
      'target_label',
      'type',
      'directed',
      'date',
      'status',
      'weight',
      'evidence',
    ],
  ];
  graph.forEachEdge((_k, a, s, t, sa, ta, undirected) => {
    rows.push([
      s,
      sa.label,
      t,
      ta.label,
      a.type,
      String(!undirected),
      a.date ?? '',
      a.status ?? '',
      String(a.weight),
      a.evidence[0]?.text ?? '',
    ]);
  });
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function toGexf(graph: EntenteGraph): string {
  return writeGexf(graph, {
    formatNode: (key, a) => ({
      label: a.label,
      attributes: {
        kind: a.kind,
        role: a.role ?? '',
        country: a.country ?? '',
        aliases: a.aliases.join('; '),
        mentions: a.mentions,
      },
    }),
    formatEdge: (_key, a) => ({
      label: a.type,
      weight: a.weight,
      attributes: {
        type: a.type,
        date: a.date ?? '',
        status: a.status ?? '',
        evidence: a.evidence.map((e) => e.text).join(' | '),
      },
    }),
  });
}

/** Serializes the graph in one of the menu's formats. */
export function serializeGraph(graph: EntenteGraph, format: DataFormat): Serialized {
  switch (format) {
    case 'json':
      return { content: JSON.stringify(graph.export(), null, 2), mime: 'application/json', ext: 'json' };
    case 'gexf':
      return { content: toGexf(graph), mime: 'application/gexf+xml', ext: 'gexf' };
    case 'csv':
      return { content: toCsv(graph), mime: 'text/csv', ext: 'csv' };
  }
}
