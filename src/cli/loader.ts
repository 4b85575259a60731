/**
 * The loader as the command line runs it: the pipeline (src/extract/pipeline.ts) with the
 * HTML reader (linkedom + Readability, the larger part of the loader's code) loaded only for
 * the first article that is HTML, so that plain text starts faster.
 */
import type { HtmlReader } from '../extract/pipeline';
import { extractArticle, readsAsHtml } from '../extract/pipeline';
import type { ExtractOptions, ExtractResult } from '../extract/types';

let readHtml: HtmlReader | undefined;

/** Never called: {@link extractGraph} loads the reader before an HTML article. */
const noReader: HtmlReader = () => {
  throw new Error('the HTML reader was not loaded');
};

/** Extracts the graph of one article, as `extractGraph` of src/extract/index.ts does. */
export async function extractGraph(input: string, options: ExtractOptions = {}): Promise<ExtractResult> {
  if (!readHtml && readsAsHtml(input, options)) readHtml = (await import('../extract/html')).htmlToText;
  return extractArticle(input, options, readHtml ?? noReader);
}
