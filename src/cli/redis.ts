/**
 * What `queue` and `worker` share: the BullMQ queue name, the job's data, where a finished
 * article's outcome goes, and the Redis connection.
 */
import type { Redis } from 'ioredis';
import type { SerializedEntente } from './pool';
import type { Outcome } from './outcome';
import { EXIT_INPUT, Fatal } from './fatal';

/** The BullMQ queue every `entente worker` takes articles from. */
export const QUEUE_NAME = 'entente-extract';

/** One article to extract. */
export interface ArticleJob {
  /** The `queue` run it belongs to: its outcome goes to {@link doneList}(run). */
  run: string;
  /** Position in the run (the merge order). */
  index: number;
  /** Article id (the path as given to `queue`). */
  id: string;
  /** The file's bytes, base64. */
  bytes: string;
  date?: string;
}

/** One finished article, as a worker pushes it. */
export interface ArticleDone {
  index: number;
  outcome: Outcome<SerializedEntente>;
}

/** The Redis list a run's outcomes are pushed to (the run reads and deletes it). */
export const doneList = (run: string): string => `entente:run:${run}:done`;

/** A connection to `url` that BullMQ can block on; an unreachable server is {@link Fatal}. */
export async function connect(url: string): Promise<Redis> {
  // ioredis is CommonJS: its module object is the class (`default` in Node and in the bundle).
  const Redis = (await import('ioredis')).default;
  const client = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (e) {
    client.disconnect();
    const why = e instanceof Error ? e.message : String(e);
    throw new Fatal(
      `cannot reach Redis at ${url} (${why}): start redis-server, or give its address with --redis`,
      EXIT_INPUT,
    );
  }
  return client;
}
