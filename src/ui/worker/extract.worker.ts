/// <reference lib="webworker" />
/**
 * Runs the loader off the main thread so the page never freezes. HTML is parsed by the
 * loader (readability over linkedom) here: nothing from an article reaches the page's DOM.
 */
import { extractGraph } from '../../extract/index';
import type { ExtractRequest, ExtractResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (ev: MessageEvent<ExtractRequest>) => {
  const { id, input, options } = ev.data;
  let reply: ExtractResponse;
  try {
    const r = extractGraph(input, options);
    reply = {
      id,
      ok: true,
      result: {
        graph: r.graph.export(),
        text: r.text,
        article: r.article,
        mentions: r.mentions,
        warnings: r.warnings,
      },
    };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    reply = { id, ok: false, error: { name: err.name, message: err.message } };
  }
  self.postMessage(reply);
};
