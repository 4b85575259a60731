/**
 * The loader: `extractGraph(input, options)` turns a news article (plain text or HTML)
 * into an Entente graph. Pure; runs in Node, in the browser and in a Web Worker. The stages
 * are in `pipeline.ts`; this module gives it the HTML reader (`html.ts`).
 */
import type { ExtractOptions, ExtractResult } from './types';
import { htmlToText } from './html';
import { extractArticle } from './pipeline';

export type { ExtractOptions, ExtractResult } from './types';
export { InputError } from './types';

/** Extracts the graph of one article. Throws {@link InputError} on unusable input. */
export function extractGraph(input: string, options: ExtractOptions = {}): ExtractResult {
  return extractArticle(input, options, htmlToText);
}
