/**
 * Metrics for the page: degree and evidence at once; PageRank, betweenness and communities
 * at once on small graphs and in a worker (started on first need) on large ones.
 */
import type { MetricName } from '../../graph/analysis/basic';
import { degrees, evidenceDegrees } from '../../graph/analysis/basic';
import type { LightProjection } from '../../graph/analysis/projection';
import { lighten, projection } from '../../graph/analysis/projection';
import type { EntenteGraph } from '../../graph/types';

/** What the worker computes. */
export type Heavy = 'pagerank' | 'betweenness' | 'community';

export interface AnalysisRequest {
  id: number;
  light: LightProjection;
  want: Heavy;
}

export type AnalysisReply =
  { id: number; ok: true; entries: [string, number][] } | { id: number; ok: false; message: string };

/** Graphs with more actors than this compute their heavy metrics in a worker. */
export const WORKER_MIN_ACTORS = 500;

let worker: Worker | undefined;
let next = 1;
const pending = new Map<number, { resolve: (m: Map<string, number>) => void; reject: (e: Error) => void }>();

function startWorker(): Worker {
  const w = new Worker(new URL('../worker/analysis.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (ev: MessageEvent<AnalysisReply>) => {
    const p = pending.get(ev.data.id);
    if (!p) return;
    pending.delete(ev.data.id);
    if (ev.data.ok) p.resolve(new Map(ev.data.entries));
    else p.reject(new Error(`analysis worker: ${ev.data.message}`));
  };
  w.onerror = (ev) => {
    ev.preventDefault();
    for (const p of pending.values()) p.reject(new Error(`analysis worker failed: ${ev.message}`));
    pending.clear();
    worker = undefined;
  };
  return w;
}

/** The light projection of each graph sent to the worker (built once per graph). */
const lights = new WeakMap<EntenteGraph, LightProjection>();

function inWorker(graph: EntenteGraph, want: Heavy): Promise<Map<string, number>> {
  const id = next++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker ??= startWorker();
    let light = lights.get(graph);
    if (!light) {
      light = lighten(projection(graph));
      lights.set(graph, light);
    }
    const req: AnalysisRequest = { id, light, want };
    worker.postMessage(req);
  });
}

/** Computes here, loading the metric code on first use (it stays out of the initial bundle). */
async function heavyHere(graph: EntenteGraph, want: Heavy): Promise<Map<string, number>> {
  const { pageRanksOf, betweennessOf, communitiesOf } = await import('../../graph/analysis/metrics');
  const p = projection(graph);
  return want === 'pagerank' ? pageRanksOf(p) : want === 'betweenness' ? betweennessOf(p) : communitiesOf(p);
}

/** Heavy metrics computed (or being computed) per graph: each is computed once per graph. */
const computed = new WeakMap<EntenteGraph, Map<Heavy, Promise<Map<string, number>>>>();

/**
 * A heavy metric: here for small graphs (or without workers), else in the worker. Kept per
 * graph, so switching back to a metric (or the table asking for one the canvas has) costs
 * nothing; a failed computation is forgotten, so it can be asked again.
 */
export function heavy(graph: EntenteGraph, want: Heavy): Promise<Map<string, number>> {
  let byName = computed.get(graph);
  if (!byName) {
    byName = new Map();
    computed.set(graph, byName);
  }
  const known = byName.get(want);
  if (known) return known;
  const small = graph.order <= WORKER_MIN_ACTORS || typeof Worker === 'undefined';
  const values = small ? heavyHere(graph, want) : inWorker(graph, want);
  byName.set(want, values);
  void values.catch(() => byName.delete(want));
  return values;
}

/** A size metric by name. */
export function metricValues(graph: EntenteGraph, name: MetricName): Promise<Map<string, number>> {
  if (name === 'degree') return Promise.resolve(degrees(graph));
  if (name === 'evidence') return Promise.resolve(evidenceDegrees(graph));
  return heavy(graph, name);
}
