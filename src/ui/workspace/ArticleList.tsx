/** The workspace's articles: title, source, date, a filter checkbox and a remove button each. */
import { useState } from 'react';
import type { ArticleMeta } from '../../graph/types';

export interface ArticleListProps {
  articles: readonly ArticleMeta[];
  /** Ids unticked in the article filter. */
  hidden: readonly string[];
  /** Ties each article supports, by id (shown when given). */
  tieCounts?: ReadonlyMap<string, number>;
  onToggle: (id: string, shown: boolean) => void;
  onShowAll: () => void;
  onRemove: (id: string) => void;
  /** Rows drawn before "Show more". Default 100. */
  pageSize?: number;
}

/** Lists articles with per-article filter checkboxes and remove buttons. */
export function ArticleList({
  articles,
  hidden,
  tieCounts,
  onToggle,
  onShowAll,
  onRemove,
  pageSize = 100,
}: ArticleListProps) {
  const [limit, setLimit] = useState(pageSize);
  const hiddenSet = new Set(hidden);
  const anyHidden = articles.some((a) => hiddenSet.has(a.id));
  if (articles.length === 0)
    return <p className="hint ws-empty">No article yet: load one, or drop files below.</p>;
  return (
    <div className="ws-articles">
      {anyHidden && (
        <button type="button" className="btn small" onClick={onShowAll}>
          Show all articles
        </button>
      )}
      <ul className="ws-article-list" aria-label="Articles in the workspace">
        {articles.slice(0, limit).map((a) => {
          const ties = tieCounts?.get(a.id);
          return (
            <li key={a.id} className="ws-article" data-article={a.id}>
              <input
                type="checkbox"
                checked={!hiddenSet.has(a.id)}
                aria-label={`Show ties from “${a.title}”`}
                onChange={(e) => onToggle(a.id, e.currentTarget.checked)}
              />
              <div className="ws-article-text">
                <span className="ws-article-title" title={a.title}>
                  {a.title || 'Untitled'}
                </span>
                <span className="ws-article-meta">
                  {[
                    a.source,
                    a.date,
                    ties !== undefined ? `${ties} ${ties === 1 ? 'tie' : 'ties'}` : undefined,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </div>
              <button
                type="button"
                className="btn small ws-remove"
                aria-label={`Remove “${a.title}”`}
                title="Remove this article"
                onClick={() => onRemove(a.id)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {articles.length > limit && (
        <button type="button" className="btn small" onClick={() => setLimit((l) => l + pageSize)}>
          Show {Math.min(pageSize, articles.length - limit)} more of {articles.length - limit}
        </button>
      )}
    </div>
  );
}
