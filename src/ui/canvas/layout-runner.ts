/**
 * Layouts off the main thread. A {@link LayoutRunner} computes the positions of light
 * elements (see `liteElements`) somewhere else, so the page stays responsive while a large
 * graph is laid out; `createCanvas` uses one when it is given one and the graph is large.
 */
import type { LiteElement, Point } from './layout';
import type { LayoutName } from './types';

/** Computes positions for light elements, asynchronously. Same contract as `computePositions`. */
export type LayoutRunner = (
  elements: readonly LiteElement[],
  name: LayoutName,
) => Promise<Map<string, Point>>;

/**
 * Graphs with at least this many nodes are laid out by the runner; smaller ones synchronously,
 * which is faster than a round trip to a worker. A 150-node fcose (the focus on a big graph's
 * top actors) took 0.1-1 s on the main thread, over the 200 ms a task may take; 100 nodes
 * take a few tens of ms.
 */
export const ASYNC_LAYOUT_MIN_NODES = 100;

/** Message to the layout worker. */
export interface LayoutRequest {
  id: number;
  elements: readonly LiteElement[];
  name: LayoutName;
}

/** Message from the layout worker: node ids and their x, y pairs (transferred), or an error. */
export type LayoutReply =
  { id: number; ok: true; ids: string[]; xy: Float64Array } | { id: number; ok: false; message: string };

/** Rebuilds the position map of a worker reply. */
export function positionsFromReply(ids: readonly string[], xy: Float64Array): Map<string, Point> {
  const out = new Map<string, Point>();
  ids.forEach((id, i) => out.set(id, { x: xy[2 * i] ?? 0, y: xy[2 * i + 1] ?? 0 }));
  return out;
}

/** The part of a Worker the runner uses (a fake in tests). */
export interface LayoutWorker {
  postMessage(message: LayoutRequest): void;
  terminate: () => void;
  onmessage: ((ev: MessageEvent<LayoutReply>) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
}

/** A runner over one worker, started on first use, and the means to stop it. */
export interface WorkerLayoutRunner {
  run: LayoutRunner;
  /** Terminates the worker; pending layouts reject. */
  dispose(): void;
}

const defaultWorker = (): LayoutWorker =>
  new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });

/**
 * A {@link LayoutRunner} backed by a Web Worker. The worker starts on the first layout, so
 * pages that only ever draw small graphs never load it. A worker that fails to start or
 * crashes rejects the pending layouts with a message that names it.
 */
export function createWorkerLayoutRunner(makeWorker: () => LayoutWorker = defaultWorker): WorkerLayoutRunner {
  let worker: LayoutWorker | undefined;
  const pending = new Map<number, { resolve: (p: Map<string, Point>) => void; reject: (e: Error) => void }>();
  let next = 1;
  const failAll = (err: Error): void => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  const start = (): LayoutWorker => {
    const w = makeWorker();
    w.onmessage = (ev) => {
      const msg = ev.data;
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.ok) p.resolve(positionsFromReply(msg.ids, msg.xy));
      else p.reject(new Error(`layout worker: ${msg.message}`));
    };
    w.onerror = (ev) => {
      ev.preventDefault();
      failAll(new Error(`layout worker failed to start or crashed: ${ev.message || 'unknown error'}`));
      w.terminate();
      worker = undefined;
    };
    return w;
  };
  return {
    run(elements, name) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        try {
          worker ??= start();
          worker.postMessage({ id, elements, name });
        } catch (e) {
          pending.delete(id);
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      failAll(new Error('layout cancelled: the canvas was closed'));
    },
  };
}
