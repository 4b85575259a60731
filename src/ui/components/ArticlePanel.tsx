/** The article text with actor mentions marked and the chosen evidence sentence highlighted. */
import type { ExtractResult } from '../../extract/types';
import { ArticleText } from './ArticleText';

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
            <ArticleText
              text={article.text}
              mentions={article.mentions}
              highlight={hl}
              selectedNode={p.selectedNode}
              onMention={p.onMention}
              labelOf={p.labelOf}
            />
          </>
        )}
      </div>
    </section>
  );
}
