/// <reference lib="webworker" />
/**
 * Runs the loader off the main thread so the page never freezes. HTML is cleaned and parsed
 * here (linkedom, no script engine); graph files are parsed and validated here. Nothing from
 * an article reaches the page's DOM: the page gets text, mentions and a serialized graph.
 */
import { extractGraph } from '../../extract/index';
import { articleId } from '../../extract/hash';
import { packMentions } from '../../graph/mentions';
import { parseGraphFile } from '../../graph/validate';
import type { ExtractRequest, ExtractResponse, SerializedResult } from './protocol';
import { sanitizeHtml } from './sanitizeHtml';

declare const self: DedicatedWorkerGlobalScope;

/** Cleaned HTML; markup too deep for the DOM goes to the loader as is (its linear reader takes it). */
function cleanHtml(html: string): string {
  try {
    return sanitizeHtml(html);
  } catch {
    return html;
  }
}

/** A graph file as one workspace entry: its ties keep their sentences. */
function graphFileResult(json: string, name: string): SerializedResult {
  const graph = parseGraphFile(json, `“${name}”`);
  const article = { id: `graph-${articleId(json)}`, title: name, source: name };
  return { graph: graph.export(), text: '', article, mentions: packMentions([]), warnings: [] };
}

function handle(req: ExtractRequest): SerializedResult {
  if (req.type === 'graph') return graphFileResult(req.json, req.name);
  const input = req.options.format === 'html' ? cleanHtml(req.input) : req.input;
  const r = extractGraph(input, req.options);
  return {
    graph: r.graph.export(),
    text: r.text,
    article: r.article,
    mentions: packMentions(r.mentions),
    warnings: r.warnings,
  };
}

self.onmessage = (ev: MessageEvent<ExtractRequest>) => {
  const { id } = ev.data;
  let reply: ExtractResponse;
  try {
    reply = { id, ok: true, result: handle(ev.data) };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    reply = { id, ok: false, error: { name: err.name, message: err.message } };
  }
  self.postMessage(reply, reply.ok ? [reply.result.mentions.spans.buffer] : []);
};
