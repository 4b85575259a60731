/**
 * Promise API over the extraction worker, with a time budget and a Cancel: both terminate
 * the worker (the only way to stop a synchronous loader) and start a fresh one on next use.
 */
import type { ExtractOptions, ExtractResult } from '../../extract/types';
import { createGraph } from '../../graph/build';
import { unpackMentions } from '../../graph/mentions';
import type { ExtractRequest, ExtractResponse, SerializedResult } from '../worker/protocol';

/** Rebuilds a live result from what the worker sent. */
export function deserializeResult(r: SerializedResult): ExtractResult {
  const graph = createGraph();
  graph.import(r.graph);
  const mentions = unpackMentions(r.mentions);
  return { graph, text: r.text, article: r.article, mentions, warnings: r.warnings };
}

/** An error raised inside the worker, with the loader's message kept. */
export class ExtractError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/** The user stopped the work: nothing was loaded. */
export class CancelledError extends Error {
  constructor() {
    super('stopped: nothing was loaded');
    this.name = 'CancelledError';
  }
}

/** What the client needs of a worker (a real `Worker`, or a fake in tests). */
export interface WorkerLike {
  postMessage(msg: ExtractRequest): void;
  terminate(): void;
  onmessage: ((ev: MessageEvent<ExtractResponse>) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
}

export interface ExtractorOptions {
  /** Longest a request may run before the worker is stopped, in ms. */
  budgetMs?: number;
  spawn?: () => WorkerLike;
}

export interface Extractor {
  extract(input: string, options: ExtractOptions, signal?: AbortSignal): Promise<ExtractResult>;
  /** Parses and validates a graph file (the CLI's JSON output) in the worker. */
  openGraph(json: string, name: string, signal?: AbortSignal): Promise<ExtractResult>;
  dispose(): void;
}

/** Default time budget: generous for a 20 MB page on a slow machine, short of "forever". */
export const DEFAULT_BUDGET_MS = 120_000;

const spawnWorker = (): WorkerLike =>
  new Worker(new URL('../worker/extract.worker.ts', import.meta.url), { type: 'module' });

interface Pending {
  req: ExtractRequest;
  resolve: (r: ExtractResult) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/** Starts the worker on first use; requests are answered in order. */
export function createExtractor(opts: ExtractorOptions = {}): Extractor {
  const budgetMs = opts.budgetMs ?? DEFAULT_BUDGET_MS;
  const spawn = opts.spawn ?? spawnWorker;
  const pending = new Map<number, Pending>();
  let worker: WorkerLike | null = null;
  let next = 1;

  const settle = (id: number): Pending | undefined => {
    const p = pending.get(id);
    if (!p) return undefined;
    pending.delete(id);
    clearTimeout(p.timer);
    p.signal?.removeEventListener('abort', p.onAbort);
    return p;
  };

  /** Stops the worker, fails request `id`, and sends the others to a fresh worker. */
  const stop = (id: number, err: Error) => {
    settle(id)?.reject(err);
    worker?.terminate();
    worker = null;
    for (const p of pending.values()) ensure().postMessage(p.req);
  };

  const ensure = (): WorkerLike => {
    if (worker) return worker;
    const w = spawn();
    w.onmessage = (ev) => {
      const msg = ev.data;
      const p = settle(msg.id);
      if (!p) return;
      if (msg.ok) p.resolve(deserializeResult(msg.result));
      else p.reject(new ExtractError(msg.error.name, msg.error.message));
    };
    w.onerror = (ev) => {
      ev.preventDefault();
      const err = new Error(
        `the article reader failed to start or crashed: ${ev.message || 'unknown error'}`,
      );
      for (const id of [...pending.keys()]) settle(id)?.reject(err);
      w.terminate();
      if (worker === w) worker = null;
    };
    worker = w;
    return w;
  };

  const request = (req: ExtractRequest, signal?: AbortSignal) =>
    new Promise<ExtractResult>((resolve, reject) => {
      if (signal?.aborted) return reject(new CancelledError());
      const seconds = Math.round(budgetMs / 1000);
      const timer = setTimeout(
        () =>
          stop(
            req.id,
            new ExtractError(
              'TimeoutError',
              `reading stopped after ${seconds} s: the input is too long or too complex; try a shorter part of it`,
            ),
          ),
        budgetMs,
      );
      const onAbort = () => stop(req.id, new CancelledError());
      signal?.addEventListener('abort', onAbort, { once: true });
      pending.set(req.id, { req, resolve, reject, timer, signal, onAbort });
      ensure().postMessage(req);
    });

  return {
    extract: (input, options, signal) => request({ id: next++, type: 'extract', input, options }, signal),
    openGraph: (json, name, signal) => request({ id: next++, type: 'graph', json, name }, signal),
    dispose() {
      worker?.terminate();
      worker = null;
      for (const id of [...pending.keys()]) settle(id)?.reject(new CancelledError());
    },
  };
}
