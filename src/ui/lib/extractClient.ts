/** Promise API over the extraction worker. */
import type { ExtractOptions, ExtractResult } from '../../extract/types';
import { createGraph } from '../../graph/build';
import type { ExtractRequest, ExtractResponse, SerializedResult } from '../worker/protocol';

/** Rebuilds a live result from what the worker sent. */
export function deserializeResult(r: SerializedResult): ExtractResult {
  const graph = createGraph();
  graph.import(r.graph);
  return { graph, text: r.text, article: r.article, mentions: r.mentions, warnings: r.warnings };
}

/** An error raised inside the worker, with the loader's message kept. */
export class ExtractError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

export interface Extractor {
  extract(input: string, options: ExtractOptions): Promise<ExtractResult>;
  dispose(): void;
}

/** Starts the worker (one per extractor); requests are answered in order. */
export function createExtractor(): Extractor {
  const worker = new Worker(new URL('../worker/extract.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (r: ExtractResult) => void; reject: (e: Error) => void }>();
  let next = 1;
  worker.onmessage = (ev: MessageEvent<ExtractResponse>) => {
    const msg = ev.data;
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.ok) p.resolve(deserializeResult(msg.result));
    else p.reject(new ExtractError(msg.error.name, msg.error.message));
  };
  worker.onerror = (ev: ErrorEvent) => {
    ev.preventDefault();
    const err = new Error(`the article reader failed to start or crashed: ${ev.message || 'unknown error'}`);
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  return {
    extract(input, options) {
      const id = next++;
      return new Promise<ExtractResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const req: ExtractRequest = { id, input, options };
        worker.postMessage(req);
      });
    },
    dispose() {
      worker.terminate();
      for (const p of pending.values()) p.reject(new Error('cancelled'));
      pending.clear();
    },
  };
}
