/** Public types of the loader. */
import type { ArticleMeta, EntenteGraph, MentionSpan } from '../graph/types';

export interface ExtractOptions {
  /** Publication date, YYYY-MM-DD: resolves "on Thursday", "last month", "in September". */
  date?: string;
  /** How to read the input; `auto` sniffs for HTML. Default `auto`. */
  format?: 'auto' | 'text' | 'html';
  /** Article id stamped on every evidence item; default derived from the text. */
  articleId?: string;
  /** Title; default taken from the HTML <title> / readability, or the first line of text. */
  title?: string;
  /** Where the article came from (URL or file name). */
  source?: string;
}

export interface ExtractResult {
  graph: EntenteGraph;
  /** The article text every evidence offset and mention span points into. */
  text: string;
  article: ArticleMeta;
  /** Actor mentions in `text`, sorted by start. */
  mentions: MentionSpan[];
  /** Non-fatal notes ("no actors found"). */
  warnings: string[];
}

/** Input the loader refuses: empty, binary, not text. The message says what to do. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
