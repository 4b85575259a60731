/**
 * The loader's pipeline without an HTML reader of its own: `extractArticle(input, options,
 * readHtml)`. `index.ts` gives it the linkedom + Readability reader; the command line loads
 * that reader (the larger part of the loader's code) only when an article is HTML, so that
 * plain text starts faster.
 *
 * Pipeline, each stage a small pure module:
 * input check (+ HTML to text) -> clean -> sentences (+ tokens) -> mentions -> resolve
 * -> relations (one extractor per kind, see `relations/index.ts`) -> graph.
 */
import type { ArticleMeta, MentionSpan } from '../graph/types';
import type { ExtractOptions, ExtractResult } from './types';
import { InputError } from './types';
import { cleanText } from './clean';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';
import { findMentions } from './mentions';
import { resolve } from './resolve';
import { RELATION_EXTRACTORS, runRelations } from './relations';
import { buildGraph } from './graph';
import { articleId } from './hash';
import { checkInput, isHtml } from './input';
import type { HtmlText } from './html';

/** Reads an HTML page into its article text, title and date. */
export type HtmlReader = (html: string) => HtmlText;

/** Whether `extractArticle` will read `input` as HTML (and so needs an {@link HtmlReader}). */
export const readsAsHtml = (input: string, options: ExtractOptions = {}): boolean => {
  const format = options.format ?? 'auto';
  return format === 'html' || (format === 'auto' && isHtml(input));
};

/** Extracts the graph of one article. Throws {@link InputError} on unusable input. */
export function extractArticle(input: string, options: ExtractOptions, readHtml: HtmlReader): ExtractResult {
  if (typeof input !== 'string')
    throw new InputError('the article must be text: give a news article as plain text or HTML');
  const warnings: string[] = [];
  // checkInput is the one size policy: it refuses what is too large, and nothing is truncated.
  let raw = checkInput(input);
  let title = options.title;
  let date = options.date;
  if (readsAsHtml(raw, options)) {
    const page = readHtml(raw);
    raw = page.text;
    if (!title && page.title) title = page.title;
    date ??= page.date;
  }
  const text = cleanText(raw);
  const { paragraphs, sentences } = splitSentences(text);
  const tokens = tokenize(text, sentences);
  const mentions = findMentions(text, tokens, sentences);
  const doc = resolve(text, paragraphs, sentences, tokens, mentions, date);
  const ties = runRelations(doc, RELATION_EXTRACTORS);
  const id = options.articleId ?? articleId(text);
  title ??= text.split('\n')[0]?.trim().slice(0, 200);
  const article: ArticleMeta = { id, title: title || 'Untitled' };
  if (options.source) article.source = options.source;
  if (date) article.date = date;
  const graph = buildGraph(doc, ties, article);
  const spans: MentionSpan[] = doc.mentions
    .filter((m) => graph.hasNode(m.key))
    .map((m) => ({ start: m.start, end: m.end, node: m.key }));
  if (!text) warnings.push('nothing left after removing boilerplate');
  if (graph.order === 0) warnings.push('no actors found');
  return { graph, text, article, mentions: spans, warnings };
}
