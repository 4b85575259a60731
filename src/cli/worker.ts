/** A thread of `extract --jobs N`: extracts the articles the main thread sends (see pool.ts). */
import { parentPort } from 'node:worker_threads';
import type { PoolAnswer, PoolJob } from './pool';
import { extractSource } from './outcome';

const loader = await import('./loader');

async function answer(job: PoolJob): Promise<PoolAnswer> {
  const o = await extractSource(loader, job.source, job.date, job.bytes);
  return { index: job.index, outcome: o.ok ? { ...o, graph: o.graph.export() } : o };
}

parentPort?.on('message', (job: PoolJob) => {
  void answer(job).then((a) => parentPort?.postMessage(a));
});
