/** Pure helpers behind the article store. */
import type { ExtractResult } from '../../extract/types';
import { createGraph, mergeInto } from '../../graph/build';
import type { EntenteGraph } from '../../graph/types';

/** How a new article joins the loaded ones. */
export type AddMode = 'replace' | 'merge';

/** One merged graph from every loaded article (a new graph; inputs are not touched). */
export function mergeArticles(articles: readonly ExtractResult[]): EntenteGraph {
  const graph = createGraph({ articles: [] });
  for (const a of articles) mergeInto(graph, a.graph);
  return graph;
}

/** The article list after adding `result`: replaces all, or the one with the same id, or appends. */
export function addArticle(
  articles: readonly ExtractResult[],
  result: ExtractResult,
  mode: AddMode,
): ExtractResult[] {
  if (mode === 'replace') return [result];
  const i = articles.findIndex((a) => a.article.id === result.article.id);
  if (i < 0) return [...articles, result];
  return articles.map((a, j) => (j === i ? result : a));
}
