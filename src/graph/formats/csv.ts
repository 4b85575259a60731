import type { EntenteGraph } from '../types';
import { flatTie } from './flat';

/** Columns of the CSV edge list, in order. */
export const CSV_COLUMNS = [
  'source',
  'target',
  'type',
  'weight',
  'date',
  'status',
  'evidence_count',
  'evidence',
  'source_label',
  'target_label',
  'rules',
  'correction',
] as const;

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The edge list as RFC 4180 CSV (CRLF line ends, header row): one row per tie with its
 * source and target keys, type, weight, date, status, evidence count, the first evidence
 * sentence, the labels of both ends, and the ids of the loader rules behind the evidence
 * ("; "-joined), and what the analyst's corrections did to the tie (empty when nothing).
 */
export function toCSV(graph: EntenteGraph): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  graph.forEachEdge((_key, attrs, source, target, sourceAttrs, targetAttrs) => {
    const t = flatTie(attrs);
    rows.push(
      [
        source,
        target,
        t.type,
        t.weight,
        t.date,
        t.status,
        t.evidence_count,
        t.evidence_text,
        sourceAttrs.label,
        targetAttrs.label,
        t.rules,
        t.correction,
      ]
        .map(csvField)
        .join(','),
    );
  });
  return `${rows.join('\r\n')}\r\n`;
}
