/**
 * The top actors table: every actor's degree, evidence, PageRank and betweenness, sortable
 * by each, filterable by kind, exportable as CSV; a click on an actor focuses it. The sort
 * and the kind filter are in the URL (see workbenchUrl.ts).
 */
import { useEffect, useMemo, useState } from 'react';
import type { MetricName } from '../../graph/analysis/basic';
import { degrees, evidenceDegrees, METRICS } from '../../graph/analysis/basic';
import type { EntenteGraph, NodeKind } from '../../graph/types';
import { NODE_KINDS } from '../../graph/types';
import { heavy } from '../lib/analysisClient';
import { useUrlMirror } from '../hooks/useUrlMirror';
import { downloadBlob } from '../lib/download';
import type { RankQuery } from '../lib/workbenchUrl';
import { parseRankQuery, serializeRankQuery } from '../lib/workbenchUrl';
import { actorRows, rowsToCsv, sortRows } from '../lib/topActors';
import { METRIC_LABELS } from './AnalysisControls';
import './workbench.css';

/** Rows the table shows (the CSV has them all). */
export const TABLE_ROWS = 100;

type Heavies = { graph: EntenteGraph; pagerank: Map<string, number>; betweenness: Map<string, number> };

/** PageRank and betweenness of `graph` once computed (null meanwhile). */
function useHeavies(graph: EntenteGraph): Heavies | null {
  const [done, setDone] = useState<Heavies | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([heavy(graph, 'pagerank'), heavy(graph, 'betweenness')])
      .then(([pagerank, betweenness]) => {
        if (live) setDone({ graph, pagerank, betweenness });
      })
      .catch((e: unknown) => console.warn('Could not compute the actor metrics:', e));
    return () => {
      live = false;
    };
  }, [graph]);
  return done?.graph === graph ? done : null;
}

const format = (m: MetricName, v: number | undefined): string =>
  v === undefined ? '…' : m === 'degree' || m === 'evidence' ? String(v) : v.toFixed(3);

export interface TopActorsProps {
  graph: EntenteGraph;
  onFocus: (key: string) => void;
  fileName: string;
}

export function TopActors({ graph, onFocus, fileName }: TopActorsProps) {
  const [rank, setRank] = useState<RankQuery>(() => parseRankQuery(window.location.search));
  useUrlMirror(rank, serializeRankQuery);
  const { by, kind } = rank;
  const heavies = useHeavies(graph);
  const rows = useMemo(() => {
    const all = actorRows(graph, {
      degree: degrees(graph),
      evidence: evidenceDegrees(graph),
      ...(heavies ? { pagerank: heavies.pagerank, betweenness: heavies.betweenness } : {}),
    });
    return sortRows(all, by, kind);
  }, [graph, heavies, by, kind]);
  return (
    <section className="panel top-actors" aria-labelledby="top-actors-heading">
      <div className="panel-title-row">
        <h2 id="top-actors-heading" className="panel-title">
          Top actors
        </h2>
        <label className="select">
          <span>Kind</span>
          <select value={kind} onChange={(e) => setRank({ by, kind: e.target.value as NodeKind | 'all' })}>
            <option value="all">All</option>
            {NODE_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}s
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="btn"
          onClick={() =>
            downloadBlob(new Blob([rowsToCsv(rows)], { type: 'text/csv' }), `${fileName}-actors.csv`)
          }
        >
          CSV
        </button>
      </div>
      <div className="top-actors-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Actor</th>
              {METRICS.map((m) => (
                <th key={m} scope="col" aria-sort={by === m ? 'descending' : 'none'}>
                  <button type="button" className="sort" onClick={() => setRank({ by: m, kind })}>
                    {METRIC_LABELS[m]}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, TABLE_ROWS).map((r) => (
              <tr key={r.key}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onFocus(r.key)}>
                    {r.label}
                  </button>
                </th>
                {METRICS.map((m) => (
                  <td key={m}>{format(m, r.values[m])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
