/** File names and downloads for exports. */
import { slug } from '../../graph/normalize';
import type { ArticleMeta } from '../../graph/types';
import { trimEndOf } from '../../graph/trim';

/** Base file name from the loaded articles' titles: "china-asserts-deep-friendship…". */
export function exportBaseName(articles: readonly ArticleMeta[]): string {
  const first = articles[0];
  const base = trimEndOf((first ? slug(first.title) : '').slice(0, 60), '-') || 'entente-graph';
  return articles.length > 1 ? `${base}-and-${articles.length - 1}-more` : base;
}

/** Saves a blob under `name` through a temporary link. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
