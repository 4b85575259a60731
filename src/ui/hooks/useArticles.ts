/**
 * The app's data: the loaded articles and the one graph merged from them. The workspace
 * (issue #4) can swap in a persistent store with the same {@link ArticleStore} shape.
 */
import { useCallback, useMemo, useState } from 'react';
import type { ExtractResult } from '../../extract/types';
import type { EntenteGraph } from '../../graph/types';
import type { AddMode } from '../lib/mergeArticles';
import { addArticle, mergeArticles } from '../lib/mergeArticles';

export interface ArticleStore {
  articles: readonly ExtractResult[];
  /** Merged graph of every article; a new object whenever the articles change. */
  graph: EntenteGraph;
  add: (result: ExtractResult, mode: AddMode) => void;
  remove: (id: string) => void;
}

/** In-memory article store. */
export function useArticles(initial: readonly ExtractResult[] = []): ArticleStore {
  const [articles, setArticles] = useState<readonly ExtractResult[]>(initial);
  const graph = useMemo(() => mergeArticles(articles), [articles]);
  const add = useCallback(
    (result: ExtractResult, mode: AddMode) => setArticles((prev) => addArticle(prev, result, mode)),
    [],
  );
  const remove = useCallback(
    (id: string) => setArticles((prev) => prev.filter((a) => a.article.id !== id)),
    [],
  );
  return { articles, graph, add, remove };
}
