/** Provenance: which article each piece of evidence comes from (pure). */
import type { ArticleMeta, EntenteGraph, Evidence } from '../graph/types';

/** Evidence of one tie from one article. */
export interface ArticleEvidence {
  /** The article's metadata; a placeholder titled "Unknown article" when it is not listed. */
  article: ArticleMeta;
  evidence: Evidence[];
}

/**
 * Groups evidence by its article, in the order of `articles` (the graph attribute
 * `articles`); evidence with an unknown or missing article comes last.
 */
export function groupEvidenceByArticle(
  evidence: readonly Evidence[],
  articles: readonly ArticleMeta[] = [],
): ArticleEvidence[] {
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const groups = new Map<string, ArticleEvidence>();
  for (const e of evidence) {
    const id = e.article ?? '';
    let group = groups.get(id);
    if (!group) {
      const meta = articles[order.get(id) ?? -1] ?? { id, title: 'Unknown article' };
      group = { article: meta, evidence: [] };
      groups.set(id, group);
    }
    group.evidence.push(e);
  }
  const rank = (g: ArticleEvidence): number => order.get(g.article.id) ?? Number.MAX_SAFE_INTEGER;
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

/** Number of ties each article supports in `graph` (by article id). */
export function tiesPerArticle(graph: EntenteGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachEdge((_key, attrs) => {
    for (const id of new Set(attrs.evidence.map((e) => e.article ?? '')))
      counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return counts;
}
