/**
 * Extraction of many sources on several threads (worker_threads), results in source order:
 * the merge that follows sees exactly what one thread would have given it, so the output is
 * byte-identical whatever --jobs says.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { SerializedGraph } from 'graphology-types';
import type { ActorAttributes, EntenteGraph, GraphAttributes, TieAttributes } from '../graph/types';
import { createGraph } from '../graph/build';
import type { Source } from './files';
import { readSource } from './files';
import type { Outcome } from './outcome';
import { extractSource, failed } from './outcome';

export type SerializedEntente = SerializedGraph<ActorAttributes, TieAttributes, GraphAttributes>;

/** A job sent to a thread, and its answer. */
export interface PoolJob {
  index: number;
  source: Source;
  date?: string;
  bytes?: Uint8Array;
}
export interface PoolAnswer {
  index: number;
  outcome: Outcome<SerializedEntente>;
}

/** Fewer threads than articles/4: a thread costs a loader start-up (word lists, parsers). */
export const threadsFor = (jobs: number | undefined, sources: number): number =>
  Math.max(1, Math.min(jobs ?? availableParallelism(), Math.ceil(sources / 4)));

/** A graph sent back by a thread, as a graph again (same order of nodes and edges). */
export function importGraph(g: SerializedEntente): EntenteGraph {
  const graph = createGraph();
  graph.import(g);
  return graph;
}

/**
 * A thread running the worker script beside this module: the built .mjs, or the .ts source
 * with tsx's loader (tests and development run the sources).
 */
function startThread(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.mjs', import.meta.url));
  return new Worker(new URL('./worker-dev.mjs', import.meta.url));
}

/** Extracts every source, yielding outcomes in source order (threads only when `threads` > 1). */
export async function* extractInOrder(
  sources: readonly Source[],
  date: string | undefined,
  threads: number,
): AsyncGenerator<Outcome> {
  if (threads <= 1) {
    const loader = await import('./loader');
    for (const source of sources) yield await extractSource(loader, source, date);
    return;
  }
  for await (const outcome of onThreads(sources, date, threads))
    yield outcome.ok ? { ...outcome, graph: importGraph(outcome.graph) } : outcome;
}

/**
 * Jobs a thread holds at once: the next article is already in its queue when it finishes one,
 * so it never waits for the main thread to answer (on a busy machine that wait was a tenth of
 * each thread's time).
 */
export const IN_FLIGHT = 3;

/** A thread and the jobs it holds. */
interface Lane {
  worker: Worker;
  held: number;
}

/**
 * A fixed set of threads; `run` gives a job to the thread that holds the fewest (up to
 * {@link IN_FLIGHT}), or queues it until one has room. A thread that dies (an error outside
 * the job's own try) fails every job given to the pool.
 */
export class ThreadPool {
  private readonly lanes: Lane[];
  private readonly waiting: { job: PoolJob; done: (o: Outcome<SerializedEntente>) => void }[] = [];
  private readonly running = new Map<number, (o: Outcome<SerializedEntente>) => void>();
  private readonly rejects = new Map<number, (e: Error) => void>();
  private broken: Error | undefined;
  private seq = 0;

  constructor(threads: number) {
    this.lanes = Array.from({ length: threads }, () => ({ worker: startThread(), held: 0 }));
    for (const lane of this.lanes) {
      lane.worker.on('message', (a: PoolAnswer) => {
        this.running.get(a.index)?.(a.outcome);
        this.running.delete(a.index);
        lane.held--;
        this.pump();
      });
      lane.worker.on('error', (e) => this.fail(e));
    }
  }

  /** Extracts one article on a thread (`job.index` is replaced by the pool's own). */
  run(job: Omit<PoolJob, 'index'>): Promise<Outcome<SerializedEntente>> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      const index = this.seq++;
      this.waiting.push({ job: { ...job, index }, done: resolve });
      this.rejects.set(index, reject);
      this.pump();
    });
  }

  /** The thread holding the fewest jobs, when it has room for one more. */
  private roomiest(): Lane | undefined {
    let best: Lane | undefined;
    for (const lane of this.lanes) if (!best || lane.held < best.held) best = lane;
    return best && best.held < IN_FLIGHT ? best : undefined;
  }

  private pump(): void {
    for (let lane = this.roomiest(); lane && this.waiting.length > 0; lane = this.roomiest()) {
      const { job, done } = this.waiting.shift()!;
      this.running.set(job.index, (o) => {
        this.rejects.delete(job.index);
        done(o);
      });
      lane.held++;
      lane.worker.postMessage(job);
    }
  }

  private fail(e: Error): void {
    this.broken = e;
    for (const reject of this.rejects.values()) reject(e);
    this.rejects.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.lanes.map((l) => l.worker.terminate()));
  }
}

/** At most this many results wait for an earlier one, per thread (bounded memory). */
const AHEAD = 8;

async function* onThreads(
  sources: readonly Source[],
  date: string | undefined,
  threads: number,
): AsyncGenerator<Outcome<SerializedEntente>> {
  const pool = new ThreadPool(threads);
  const pending: Promise<Outcome<SerializedEntente>>[] = [];
  try {
    for (const source of sources) {
      const job = jobFor(source, date);
      const p = 'ok' in job ? Promise.resolve(job) : pool.run(job);
      p.catch(() => undefined);
      pending.push(p);
      if (pending.length >= AHEAD * threads) yield await pending.shift()!;
    }
    while (pending.length > 0) yield await pending.shift()!;
  } finally {
    await pool.close();
  }
}

/** Standard input is read here, once; files are read by the thread that extracts them. */
function jobFor(source: Source, date: string | undefined): Omit<PoolJob, 'index'> | Outcome<never> {
  const job = { source, ...(date ? { date } : {}) };
  if (source.path !== undefined) return job;
  try {
    return { ...job, bytes: readSource(source) };
  } catch (e) {
    return failed(e);
  }
}
