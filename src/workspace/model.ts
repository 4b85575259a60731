/**
 * The workspace model: many articles, one graph. Pure and immutable (no DOM, no I/O).
 *
 * A {@link Workspace} is a list of articles, each holding its own graph. The merged graph is
 * always DERIVED from them with {@link mergeInto}, never patched: removing an article
 * removes exactly its evidence, the ties left with no evidence and the actors no remaining
 * article mentions.
 */
import { createGraph, mergeInto } from '../graph/build';
import type { EntenteGraph } from '../graph/types';
import type { ExtractResult } from '../extract/types';
import type { Workspace, WorkspaceArticle } from './types';
import { mergeGraphs } from './merge';
import { WORKSPACE_VERSION } from './types';

/** A workspace with no article. */
export function emptyWorkspace(): Workspace {
  return { version: WORKSPACE_VERSION, articles: [] };
}

/**
 * Turns a loader result into a workspace article: every evidence item is stamped with the
 * article id, and with its tie's date when it has none of its own, so that provenance and
 * dates survive merging with other articles.
 */
export function articleFromResult(
  result: ExtractResult,
  addedAt: string = new Date().toISOString(),
): WorkspaceArticle {
  const meta = { ...result.article };
  const g = result.graph.copy();
  g.updateEachEdgeAttributes((_key, attrs) => {
    const evidence = attrs.evidence.map((e) => {
      const stamped = { ...e, article: meta.id };
      if (!stamped.date && attrs.date) stamped.date = attrs.date;
      return stamped;
    });
    return { ...attrs, evidence, weight: evidence.length };
  });
  g.replaceAttributes({ articles: [meta] });
  return { meta, text: result.text, graph: g.export(), mentions: [...result.mentions], addedAt };
}

/**
 * Adds articles (a new workspace; `ws` is untouched). An article whose id is already in the
 * workspace replaces it in place instead of being added twice.
 */
export function addArticles(ws: Workspace, articles: readonly WorkspaceArticle[]): Workspace {
  if (articles.length === 0) return ws;
  const next = [...ws.articles];
  const index = new Map(next.map((a, i) => [a.meta.id, i]));
  for (const article of articles) {
    const at = index.get(article.meta.id);
    if (at === undefined) {
      index.set(article.meta.id, next.length);
      next.push(article);
    } else next[at] = article;
  }
  return { ...ws, articles: next };
}

/** Adds one loader result (see {@link articleFromResult}); same article id = replace. */
export function addArticle(ws: Workspace, result: ExtractResult, addedAt?: string): Workspace {
  return addArticles(ws, [articleFromResult(result, addedAt)]);
}

/** A new workspace without the article `id` (the same object if there is none). */
export function removeArticle(ws: Workspace, id: string): Workspace {
  if (!ws.articles.some((a) => a.meta.id === id)) return ws;
  return { ...ws, articles: ws.articles.filter((a) => a.meta.id !== id) };
}

/** Options of {@link workspaceGraph}. */
export interface WorkspaceGraphOptions {
  /** Only these article ids contribute (all when omitted). */
  articles?: readonly string[];
}

const articleGraphs = new WeakMap<WorkspaceArticle, EntenteGraph>();

/** The article's own graph (cached per article object; treat it as read-only). */
export function articleGraph(article: WorkspaceArticle): EntenteGraph {
  let g = articleGraphs.get(article);
  if (!g) {
    g = createGraph();
    g.import(article.graph);
    g.setAttribute('articles', [article.meta]);
    articleGraphs.set(article, g);
  }
  return g;
}

interface Merged {
  articles: readonly WorkspaceArticle[];
  graph: EntenteGraph;
}

/** Last merges, keyed by the article filter: lets an append re-use the previous merge. */
const lastMerges = new Map<string, Merged>();
const MAX_CACHED_FILTERS = 8;

function extendsPrefix(prev: readonly WorkspaceArticle[], next: readonly WorkspaceArticle[]): boolean {
  if (prev.length > next.length) return false;
  for (let i = 0; i < prev.length; i++) if (prev[i] !== next[i]) return false;
  return true;
}

/**
 * The merged graph of the workspace: one node per actor key across articles (aliases and
 * mentions merged), one edge per (type, source, target) holding every article's evidence,
 * and graph attribute `articles` listing the metadata of every contributing article.
 *
 * Derived, never patched. Memoized: asking again for the same articles returns the same
 * graph, and a workspace that only appended a few articles to the last one merges just the
 * new ones into a copy of the last graph; anything else is merged in one pass
 * ({@link mergeGraphs}). Treat the returned graph as read-only.
 */
export function workspaceGraph(ws: Workspace, opts: WorkspaceGraphOptions = {}): EntenteGraph {
  const only = opts.articles ? new Set(opts.articles) : undefined;
  const articles = only ? ws.articles.filter((a) => only.has(a.meta.id)) : ws.articles;
  const cacheKey = only ? JSON.stringify([...only].sort()) : '*';
  const prev = lastMerges.get(cacheKey);
  let graph: EntenteGraph;
  if (prev && prev.articles.length === articles.length && extendsPrefix(prev.articles, articles))
    return prev.graph;
  const added = articles.length - (prev?.articles.length ?? 0);
  if (
    prev &&
    prev.articles.length > 0 &&
    added <= prev.articles.length / 2 &&
    extendsPrefix(prev.articles, articles)
  ) {
    graph = prev.graph.copy();
    for (const a of articles.slice(prev.articles.length)) mergeInto(graph, articleGraph(a));
  } else {
    graph = mergeGraphs(articles.map(articleGraph));
  }
  graph.setAttribute(
    'articles',
    articles.map((a) => a.meta),
  );
  lastMerges.delete(cacheKey);
  lastMerges.set(cacheKey, { articles, graph });
  if (lastMerges.size > MAX_CACHED_FILTERS) {
    const oldest = lastMerges.keys().next().value;
    if (oldest !== undefined) lastMerges.delete(oldest);
  }
  return graph;
}

const results = new WeakMap<WorkspaceArticle, ExtractResult>();

/** The article seen as a loader result (its own graph, text and mentions); cached. */
export function articleResult(article: WorkspaceArticle): ExtractResult {
  let r = results.get(article);
  if (!r) {
    r = {
      graph: articleGraph(article),
      text: article.text,
      article: article.meta,
      mentions: article.mentions,
      warnings: [],
    };
    results.set(article, r);
  }
  return r;
}
