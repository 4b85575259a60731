/**
 * Ingests many dropped files in a Web Worker, with progress and cancel. Articles reach the
 * workspace in batches (not one merge per file) and when the run ends or is cancelled.
 * With a {@link IngestSink}, each article is stored (with the run's progress) BEFORE it is
 * listed, so a reload in the middle keeps every listed article and can say what was not read.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { IngestJournal } from '../../workspace/schema';
import type { WorkspaceArticle } from '../../workspace/types';
import type { IngestFile, IngestMessage, IngestRequest } from './ingestProtocol';

/** The worker's side as the hook sees it (a real `Worker`, or a fake in tests). */
export interface IngestWorker {
  onmessage: ((ev: MessageEvent<IngestMessage>) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
  postMessage: (msg: IngestRequest) => void;
  terminate: () => void;
}

/** A file that was not added, and why. */
export interface Skipped {
  name: string;
  reason: string;
}

export interface IngestState {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
  /** Files handled so far, and in all. */
  done: number;
  total: number;
  added: number;
  skipped: Skipped[];
  /** Name of the last file handled. */
  current: string | null;
  /** Why the run failed, when `status` is `failed`. */
  error: string | null;
}

export interface Ingest extends IngestState {
  start: (files: readonly IngestFile[], date?: string) => void;
  cancel: () => void;
}

/** Where articles are stored as they arrive (the workspace's IndexedDB). */
export interface IngestSink {
  /** Stores `articles` and the run's progress; resolves once they are stored. */
  store(articles: WorkspaceArticle[], progress: IngestJournal): Promise<void>;
  /** The run ended (done, cancelled or failed) once everything before was stored. */
  end(): Promise<void>;
}

export interface UseIngestOptions {
  createWorker?: () => IngestWorker;
  /** Stores each article before it is handed over (none: handed over at once, in memory). */
  sink?: IngestSink;
  /**
   * First hand-over of articles while running, in ms (default 400); each later one waits
   * twice as long as the one before, so a drop of thousands of files re-draws the graph a
   * handful of times, not once per file.
   */
  flushEvery?: number;
}

const IDLE: IngestState = {
  status: 'idle',
  done: 0,
  total: 0,
  added: 0,
  skipped: [],
  current: null,
  error: null,
};

function defaultWorker(): IngestWorker {
  return new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
}

/** Drives the ingest worker; `onArticles` receives each batch of new articles (see `flushEvery`). */
export function useIngest(
  onArticles: (articles: WorkspaceArticle[]) => void,
  options: UseIngestOptions = {},
): Ingest {
  const { createWorker = defaultWorker, flushEvery = 400, sink } = options;
  const [state, setState] = useState<IngestState>(IDLE);
  const worker = useRef<IngestWorker | null>(null);
  const buffer = useRef<WorkspaceArticle[]>([]);
  const lastFlush = useRef(0);
  const interval = useRef(flushEvery);
  /** Settles once every article received so far is stored and buffered. */
  const stored = useRef<Promise<void>>(Promise.resolve());
  const run = useRef<IngestJournal>({ total: 0, done: 0, added: 0, startedAt: '' });
  const handOver = useRef(onArticles);
  useEffect(() => {
    handOver.current = onArticles;
  }, [onArticles]);

  const flush = useCallback(() => {
    lastFlush.current = Date.now();
    if (buffer.current.length === 0) return;
    const batch = buffer.current;
    buffer.current = [];
    handOver.current(batch);
  }, []);

  /** Buffers `article`, flushing when the interval is due or the run is over. */
  const buffered = useCallback(
    (article: WorkspaceArticle) => {
      buffer.current.push(article);
      if (!worker.current) flush();
      else if (Date.now() - lastFlush.current >= interval.current) {
        interval.current *= 2;
        flush();
      }
    },
    [flush],
  );

  /** Runs `job` once everything before is stored (at once without a sink). */
  const afterStored = useCallback(
    (job: () => void | Promise<void>) => {
      if (!sink) return void job();
      stored.current = stored.current.then(job).catch(() => undefined);
    },
    [sink],
  );

  /** Stores the article with the run's progress, then lists it. */
  const keep = useCallback(
    (article: WorkspaceArticle) => {
      if (!sink) return buffered(article);
      const progress = { ...run.current };
      afterStored(async () => {
        await sink.store([article], progress).catch(() => undefined);
        buffered(article);
      });
    },
    [afterStored, buffered, sink],
  );

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  /** Ends the run: hands over the rest once stored, then `then` (state updates). */
  const finish = useCallback(
    (then?: () => void) => {
      stop();
      afterStored(async () => {
        flush();
        then?.();
        await sink?.end();
      });
    },
    [stop, afterStored, flush, sink],
  );

  const cancel = useCallback(() => {
    if (!worker.current) return;
    finish();
    setState((s) => (s.status === 'running' ? { ...s, status: 'cancelled' } : s));
  }, [finish]);

  const onMessage = useCallback(
    (msg: IngestMessage) => {
      if (msg.type === 'done') {
        finish(() => setState((s) => ({ ...s, status: 'done' })));
        return;
      }
      run.current.done++;
      if (msg.ok) {
        run.current.added++;
        keep(msg.article);
      }
      setState((s) => ({
        ...s,
        done: s.done + 1,
        added: s.added + (msg.ok ? 1 : 0),
        skipped: msg.ok ? s.skipped : [...s.skipped, { name: msg.name, reason: msg.reason }],
        current: msg.name,
      }));
    },
    [finish, keep],
  );

  const start = useCallback(
    (files: readonly IngestFile[], date?: string) => {
      stop();
      flush();
      if (files.length === 0) return;
      setState({ ...IDLE, status: 'running', total: files.length });
      let w: IngestWorker;
      try {
        w = createWorker();
      } catch (e) {
        setState((s) => ({
          ...s,
          status: 'failed',
          error: `The file reader could not start (${String(e)}).`,
        }));
        return;
      }
      worker.current = w;
      lastFlush.current = Date.now();
      interval.current = flushEvery;
      run.current = { total: files.length, done: 0, added: 0, startedAt: new Date().toISOString() };
      const begun = { ...run.current };
      afterStored(() => sink?.store([], begun));
      w.onmessage = (ev) => {
        if (worker.current === w) onMessage(ev.data);
      };
      w.onerror = (ev) => {
        if (worker.current !== w) return;
        ev.preventDefault?.();
        finish();
        setState((s) => ({
          ...s,
          status: 'failed',
          error: `The file reader crashed (${ev.message || 'unknown error'}); the files read so far were kept.`,
        }));
      };
      const req: IngestRequest = { type: 'start', files: [...files], ...(date ? { date } : {}) };
      w.postMessage(req);
    },
    [createWorker, stop, flush, flushEvery, afterStored, sink, onMessage, finish],
  );

  useEffect(() => () => worker.current?.terminate(), []);

  return { ...state, start, cancel };
}
