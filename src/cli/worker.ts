/** A thread of `extract --jobs N`: extracts the articles the main thread sends (see pool.ts). */
import { parentPort } from 'node:worker_threads';
import type { PoolAnswer, PoolJob } from './pool';
import { extractSource } from './outcome';

const loader = await import('../extract/index');

parentPort?.on('message', (job: PoolJob) => {
  const o = extractSource(loader, job.source, job.date, job.bytes);
  const answer: PoolAnswer = { index: job.index, outcome: o.ok ? { ...o, graph: o.graph.export() } : o };
  parentPort?.postMessage(answer);
});
