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
    const loader = await import('../extract/index');
    for (const source of sources) yield extractSource(loader, source, date);
    return;
  }
  for await (const outcome of onThreads(sources, date, threads))
    yield outcome.ok ? { ...outcome, graph: importGraph(outcome.graph) } : outcome;
}

/** At most this many finished results wait for an earlier one, per thread (bounded memory). */
const AHEAD = 8;

async function* onThreads(
  sources: readonly Source[],
  date: string | undefined,
  threads: number,
): AsyncGenerator<Outcome<SerializedEntente>> {
  const workers = Array.from({ length: threads }, startThread);
  const idle = [...workers];
  const done = new Map<number, Outcome<SerializedEntente>>();
  let next = 0;
  let sent = 0;
  let wake: (() => void) | undefined;
  let broken: Error | undefined;
  const feed = (): void => {
    while (idle.length > 0 && sent < sources.length && sent - next < AHEAD * threads) {
      const index = sent++;
      const job = jobFor(index, sources[index]!, date);
      if ('ok' in job) done.set(index, job);
      else idle.pop()!.postMessage(job);
    }
  };
  for (const w of workers) {
    w.on('message', (a: PoolAnswer) => {
      done.set(a.index, a.outcome);
      idle.push(w);
      feed();
      wake?.();
    });
    w.on('error', (e) => {
      broken = e;
      wake?.();
    });
  }
  try {
    feed();
    while (next < sources.length) {
      if (broken) throw broken;
      const outcome = done.get(next);
      if (!outcome) {
        await new Promise<void>((r) => (wake = r));
        continue;
      }
      done.delete(next++);
      feed();
      yield outcome;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Standard input is read here, once; files are read by the thread that extracts them. */
function jobFor(index: number, source: Source, date: string | undefined): PoolJob | Outcome<never> {
  const job: PoolJob = { index, source, ...(date ? { date } : {}) };
  if (source.path !== undefined) return job;
  try {
    return { ...job, bytes: readSource(source) };
  } catch (e) {
    return failed(e);
  }
}
