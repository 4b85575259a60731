/**
 * The loader: `extractGraph(input, options)` turns a news article (plain text or HTML)
 * into an Entente graph. Pure; runs in Node, in the browser and in a Web Worker.
 *
 * STUB: returns states found by the gazetteer only, so that the CLI and the UI can be
 * built against the real contract. The pipeline replaces it.
 */
import { createGraph, upsertActor } from '../graph/build';
import type { ExtractOptions, ExtractResult } from './types';
import { InputError } from './types';
import { gazetteer } from './gazetteer';

export type { ExtractOptions, ExtractResult } from './types';
export { InputError } from './types';

export function extractGraph(input: string, options: ExtractOptions = {}): ExtractResult {
  if (!input.trim()) throw new InputError('the article is empty: give a news article as plain text or HTML');
  const text = input;
  const id = options.articleId ?? 'article';
  const title = options.title ?? text.trim().split('\n')[0]?.slice(0, 120) ?? 'Untitled';
  const graph = createGraph({ articles: [{ id, title, ...(options.date ? { date: options.date } : {}) }] });
  const gz = gazetteer();
  const mentions: ExtractResult['mentions'] = [];
  for (const m of text.matchAll(/\b[A-Z][\w.]*(?: [A-Z][\w.]*)?/g)) {
    const hit = gz.lookup(m[0]).find((h) => h.kind === 'state');
    if (hit?.kind === 'state') {
      const s = gz.states.get(hit.iso3);
      if (!s) continue;
      upsertActor(graph, s.iso3, { label: s.name, kind: 'state', aliases: [m[0]], mentions: 1 });
      mentions.push({ start: m.index, end: m.index + m[0].length, node: s.iso3 });
    }
  }
  return {
    graph,
    text,
    article: { id, title, ...(options.date ? { date: options.date } : {}) },
    mentions,
    warnings: [],
  };
}
