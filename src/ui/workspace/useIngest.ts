/**
 * Ingests many dropped files in a Web Worker, with progress and cancel. Articles reach the
 * workspace in batches (not one merge per file) and when the run ends or is cancelled.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
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

export interface UseIngestOptions {
  createWorker?: () => IngestWorker;
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
  const { createWorker = defaultWorker, flushEvery = 400 } = options;
  const [state, setState] = useState<IngestState>(IDLE);
  const worker = useRef<IngestWorker | null>(null);
  const buffer = useRef<WorkspaceArticle[]>([]);
  const lastFlush = useRef(0);
  const interval = useRef(flushEvery);
  const sink = useRef(onArticles);
  useEffect(() => {
    sink.current = onArticles;
  }, [onArticles]);

  const flush = useCallback(() => {
    lastFlush.current = Date.now();
    if (buffer.current.length === 0) return;
    const batch = buffer.current;
    buffer.current = [];
    sink.current(batch);
  }, []);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  const cancel = useCallback(() => {
    if (!worker.current) return;
    stop();
    flush();
    setState((s) => (s.status === 'running' ? { ...s, status: 'cancelled' } : s));
  }, [stop, flush]);

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
      w.onmessage = (ev) => {
        if (worker.current !== w) return;
        const msg = ev.data;
        if (msg.type === 'done') {
          stop();
          flush();
          setState((s) => ({ ...s, status: 'done' }));
          return;
        }
        if (msg.ok) buffer.current.push(msg.article);
        setState((s) => ({
          ...s,
          done: s.done + 1,
          added: s.added + (msg.ok ? 1 : 0),
          skipped: msg.ok ? s.skipped : [...s.skipped, { name: msg.name, reason: msg.reason }],
          current: msg.name,
        }));
        if (Date.now() - lastFlush.current >= interval.current) {
          interval.current *= 2;
          flush();
        }
      };
      w.onerror = (ev) => {
        if (worker.current !== w) return;
        ev.preventDefault?.();
        stop();
        flush();
        setState((s) => ({
          ...s,
          status: 'failed',
          error: `The file reader crashed (${ev.message || 'unknown error'}); the files read so far were kept.`,
        }));
      };
      const req: IngestRequest = { type: 'start', files: [...files], ...(date ? { date } : {}) };
      w.postMessage(req);
    },
    [createWorker, stop, flush, flushEvery],
  );

  useEffect(() => () => worker.current?.terminate(), []);

  return { ...state, start, cancel };
}
