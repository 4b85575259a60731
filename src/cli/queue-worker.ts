/**
 * `entente worker --redis URL [--jobs N]`: takes articles from the queue, extracts them on N
 * threads, and pushes each outcome to its run's list. Runs on any number of machines until
 * stopped (SIGINT, SIGTERM). A bad article is an outcome, not a failed job; a job whose worker
 * dies is taken again by another worker (BullMQ's stalled-job check).
 */
import { availableParallelism } from 'node:os';
import type { Redis } from 'ioredis';
import type { Command } from './args';
import type { SerializedEntente } from './pool';
import { ThreadPool } from './pool';
import type { ArticleDone, ArticleJob } from './redis';
import { connect, doneList, QUEUE_NAME } from './redis';
import type { Outcome } from './outcome';

/** A job held by a worker that stopped answering is taken again after this long. */
export const LOCK_MS = 10_000;

/** Extracts one job's article on the pool; the outcome says how it went. */
async function extractJob(pool: ThreadPool, data: ArticleJob): Promise<Outcome<SerializedEntente>> {
  const source = { id: data.id, explicit: false };
  const bytes = new Uint8Array(Buffer.from(data.bytes, 'base64'));
  return pool.run({ source, bytes, ...(data.date ? { date: data.date } : {}) });
}

/** Pushes an outcome to its run's list (kept a day at most, should the run be gone). */
async function push(client: Redis, run: string, done: ArticleDone): Promise<void> {
  await client.multi().rpush(doneList(run), JSON.stringify(done)).expire(doneList(run), 86_400).exec();
}

/** Runs `worker` until a signal stops it. */
export async function runWorker(command: Extract<Command, { kind: 'worker' }>): Promise<number> {
  const threads = command.jobs ?? availableParallelism();
  const client = await connect(command.redis);
  const { Worker } = await import('bullmq');
  const pool = new ThreadPool(threads);
  let count = 0;
  const worker = new Worker<ArticleJob>(
    QUEUE_NAME,
    async (job) => {
      const done: ArticleDone = { index: job.data.index, outcome: await extractJob(pool, job.data) };
      await push(client, job.data.run, done);
      count++;
    },
    { connection: client, concurrency: threads * 2, lockDuration: LOCK_MS, stalledInterval: LOCK_MS / 2 },
  );
  worker.on('failed', (job, e) => {
    // The last try failed (a thread died, Redis went away): the run hears of it.
    if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    const message = `the queue gave up on it after ${job.attemptsMade} tries (${e.message})`;
    void push(client, job.data.run, {
      index: job.data.index,
      outcome: { ok: false, failure: 'internal', message },
    });
  });
  worker.on('error', (e) => process.stderr.write(`entente: worker: ${e.message}\n`));
  if (!command.quiet)
    process.stderr.write(`entente: worker on ${command.redis} with ${threads} thread(s); stop with Ctrl-C\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await worker.close();
  await pool.close();
  client.disconnect();
  if (!command.quiet) process.stderr.write(`entente: worker stopped after ${count} article(s)\n`);
  return 0;
}
