/** Rows of the top actors table: every metric per actor, sorting, filtering and CSV. */
import type { MetricName } from '../../graph/analysis/basic';
import { METRICS } from '../../graph/analysis/basic';
import { csvField } from '../../graph/formats/csv';
import type { EntenteGraph, NodeKind } from '../../graph/types';

export interface ActorRow {
  key: string;
  label: string;
  kind: NodeKind;
  values: Record<MetricName, number | undefined>;
}

/** One row per actor, with the metrics computed so far (missing ones undefined). */
export function actorRows(
  graph: EntenteGraph,
  metrics: Partial<Record<MetricName, ReadonlyMap<string, number>>>,
): ActorRow[] {
  return graph.mapNodes((key, a) => ({
    key,
    label: a.label || key,
    kind: a.kind,
    values: Object.fromEntries(METRICS.map((m) => [m, metrics[m]?.get(key)])) as ActorRow['values'],
  }));
}

/** Rows of `kind` (or all), highest `by` first, ties by label. */
export function sortRows(rows: readonly ActorRow[], by: MetricName, kind: NodeKind | 'all'): ActorRow[] {
  return rows
    .filter((r) => kind === 'all' || r.kind === kind)
    .sort((a, b) => (b.values[by] ?? -1) - (a.values[by] ?? -1) || a.label.localeCompare(b.label));
}

/** The rows as CSV: rank, actor, key, kind and every metric. */
export function rowsToCsv(rows: readonly ActorRow[]): string {
  const head = ['rank', 'actor', 'key', 'kind', ...METRICS].join(',');
  const lines = rows.map((r, i) =>
    [i + 1, r.label, r.key, r.kind, ...METRICS.map((m) => r.values[m])].map(csvField).join(','),
  );
  return [head, ...lines].join('\n') + '\n';
}
