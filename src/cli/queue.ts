/**
 * `entente queue PATH... --redis URL`: one BullMQ job per article (its bytes travel with the
 * job, so workers need not see these files), then the outcomes are merged as they arrive, in
 * file order: the graph is the one `extract` writes over the same files.
 */
import { randomUUID } from 'node:crypto';
import type { Queue } from 'bullmq';
import type { Command } from './args';
import { CorpusRun } from './corpus';
import { isCorpus, sourcesOf } from './extract';
import { writeGraph } from './fatal';
import type { Source } from './files';
import { readSource } from './files';
import type { Outcome } from './outcome';
import { failed } from './outcome';
import type { SerializedEntente } from './pool';
import { importGraph } from './pool';
import type { ArticleDone, ArticleJob } from './redis';
import { connect, doneList, QUEUE_NAME } from './redis';

/** Tries per job (a worker that dies or a Redis hiccup), with a growing pause between. */
export const ATTEMPTS = 3;
const BATCH = 200;

type Results = Map<number, Outcome<SerializedEntente>>;

/** Adds the jobs in batches; a file that cannot be read is an outcome at once. */
async function enqueue(
  queue: Queue<ArticleJob>,
  run: string,
  sources: Source[],
  date?: string,
): Promise<Results> {
  const early: Results = new Map();
  for (let start = 0; start < sources.length; start += BATCH) {
    const jobs = [];
    for (let index = start; index < Math.min(start + BATCH, sources.length); index++) {
      const source = sources[index]!;
      try {
        const bytes = Buffer.from(readSource(source)).toString('base64');
        const data: ArticleJob = { run, index, id: source.id, bytes, ...(date ? { date } : {}) };
        const opts = {
          jobId: `${run}-${index}`,
          attempts: ATTEMPTS,
          backoff: { type: 'exponential', delay: 500 },
        };
        jobs.push({ name: 'article', data, opts: { ...opts, removeOnComplete: true, removeOnFail: true } });
      } catch (e) {
        early.set(index, failed(e));
      }
    }
    await queue.addBulk(jobs);
  }
  return early;
}

/** Runs `queue`: returns the exit code or throws Fatal (as `extract` does). */
export async function runQueue(command: Extract<Command, { kind: 'queue' }>): Promise<number> {
  const skipped: { id: string; reason: string }[] = [];
  const sources = sourcesOf(command.paths, (id, reason) => skipped.push({ id, reason }));
  const corpus = new CorpusRun(sources.length, isCorpus(sources), command.quiet);
  for (const s of skipped) corpus.skip(s.id, s.reason);
  const client = await connect(command.redis);
  const reader = client.duplicate();
  const { Queue } = await import('bullmq');
  const queue = new Queue<ArticleJob>(QUEUE_NAME, { connection: client });
  const run = randomUUID();
  try {
    const results = await enqueue(queue, run, sources, command.date);
    let next = 0;
    let lastNews = Date.now();
    while (next < sources.length) {
      for (; results.has(next); next++) {
        const o = results.get(next)!;
        results.delete(next);
        corpus.add(sources[next]!, o.ok ? { ...o, graph: importGraph(o.graph) } : o);
      }
      if (next >= sources.length) break;
      const popped = await reader.blpop(doneList(run), 5);
      if (popped) {
        const done = JSON.parse(popped[1]) as ArticleDone;
        if (done.index >= next) results.set(done.index, done.outcome);
        lastNews = Date.now();
      } else if (!command.quiet && Date.now() - lastNews > 30_000) {
        process.stderr.write(
          `\nentente: waiting for workers: ${next} of ${sources.length} articles merged\n`,
        );
        lastNews = Date.now();
      }
    }
  } finally {
    await client.del(doneList(run));
    await queue.close();
    reader.disconnect();
    client.disconnect();
  }
  await writeGraph(corpus.finish(), command.format, command.output);
  corpus.summarize();
  return 0;
}
