/// <reference lib="webworker" />
/**
 * Runs the loader off the main thread so the page never freezes. HTML is parsed by the
 * loader with linkedom here: nothing from an article ever reaches the page's DOM.
 */
import { htmlToText } from '../../extract/html';
import { extractGraph } from '../../extract/index';
import type { ExtractOptions, ExtractResult } from '../../extract/types';
import type { ExtractRequest, ExtractResponse } from './protocol';

/**
 * HTML becomes article text (readability over linkedom) before the loader reads it, so
 * offsets point into the text the article panel shows; the page's title and date are
 * used unless the user gave them.
 */
function extract(input: string, options: ExtractOptions): ExtractResult {
  if (options.format !== 'html') return extractGraph(input, options);
  const page = htmlToText(input);
  const opts: ExtractOptions = { ...options, format: 'text' };
  if (!opts.title && page.title) opts.title = page.title;
  if (!opts.date && page.date) opts.date = page.date;
  return extractGraph(page.text, opts);
}

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (ev: MessageEvent<ExtractRequest>) => {
  const { id, input, options } = ev.data;
  let reply: ExtractResponse;
  try {
    const r = extract(input, options);
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
