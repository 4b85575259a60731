/** The article text with actor mentions marked and the chosen evidence sentence highlighted. */
import { useEffect, useMemo, useRef } from 'react';
import type { ExtractResult } from '../../extract/types';
import { segmentText } from '../lib/segments';

export interface ArticleHighlight {
  article: string;
  start: number;
  end: number;
}

export interface ArticlePanelProps {
  articles: readonly ExtractResult[];
  /** Id of the article shown. */
  current: string | null;
  onCurrent: (id: string) => void;
  highlight: ArticleHighlight | null;
  /** Key of the selected actor: its mentions are emphasized. */
  selectedNode: string | null;
  onMention: (node: string) => void;
  labelOf: (node: string) => string;
}

export function ArticlePanel(p: ArticlePanelProps) {
  const article = p.articles.find((a) => a.article.id === p.current) ?? p.articles[0];
  const hl = article && p.highlight?.article === article.article.id ? p.highlight : null;
  const segments = useMemo(
    () => (article ? segmentText(article.text, article.mentions, hl) : []),
    [article, hl],
  );
  const hlRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (hl) hlRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [hl]);

  const firstHl = segments.findIndex((s) => s.highlight);
  const setHlRef = (el: HTMLElement | null) => {
    hlRef.current = el;
  };
  return (
    <section className="panel article" aria-labelledby="article-heading">
      <div className="panel-title-row">
        <h2 id="article-heading" className="panel-title">
          Article
        </h2>
        {p.articles.length > 1 && (
          <select
            aria-label="Article shown"
            value={article?.article.id ?? ''}
            onChange={(e) => p.onCurrent(e.target.value)}
          >
            {p.articles.map((a) => (
              <option key={a.article.id} value={a.article.id}>
                {a.article.title}
              </option>
            ))}
          </select>
        )}
      </div>
      <div className="panel-body article-body">
        {!article && <p className="hint">No article loaded.</p>}
        {article && (
          <>
            <p className="article-meta">
              {article.article.date && <span>{article.article.date}</span>}
              {article.article.source && <span className="article-source">{article.article.source}</span>}
            </p>
            {!article.text && (
              <p className="hint">
                This entry is a graph file: it carries no article text. Each tie’s sentences are listed in the
                details panel.
              </p>
            )}
            <div className="article-text" data-testid="article-text">
              {segments.map((s, i) => {
                const ref = i === firstHl ? setHlRef : undefined;
                const cls = s.highlight ? 'evidence-hl' : undefined;
                if (s.node) {
                  const node = s.node;
                  return (
                    <button
                      key={s.start}
                      ref={ref}
                      type="button"
                      className={`mention${node === p.selectedNode ? ' active' : ''}${cls ? ` ${cls}` : ''}`}
                      data-node={node}
                      title={p.labelOf(node)}
                      onClick={() => p.onMention(node)}
                    >
                      {s.text}
                    </button>
                  );
                }
                return (
                  <span key={s.start} ref={ref} className={cls}>
                    {s.text}
                  </span>
                );
              })}
            </div>
          </>
        )}
      </div>
    </section>
  );
}
