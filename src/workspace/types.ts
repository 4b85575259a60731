/**
 * Workspace contract: many articles, one graph. The merged graph is always DERIVED from
 * the per-article graphs (never edited in place), so removing an article removes exactly
 * its evidence, the ties left without evidence and the actors left without mentions.
 */
import type { SerializedGraph } from 'graphology-types';
import type {
  ActorAttributes,
  ArticleMeta,
  GraphAttributes,
  MentionSpan,
  TieAttributes,
} from '../graph/types';
import type { CorrectionLog } from './corrections';

export const WORKSPACE_VERSION = 1;

export interface WorkspaceArticle {
  meta: ArticleMeta;
  /** The article text all offsets of its evidence and mentions point into. */
  text: string;
  /** `graph.export()` of the article's own graph (evidence stamped with `meta.id`). */
  graph: SerializedGraph<ActorAttributes, TieAttributes, GraphAttributes>;
  mentions: MentionSpan[];
  /** ISO timestamp. */
  addedAt: string;
}

export interface Workspace {
  version: typeof WORKSPACE_VERSION;
  articles: WorkspaceArticle[];
  /** The analyst's corrections, applied after the graph is derived (src/workspace/corrections.ts). */
  corrections?: CorrectionLog;
}

/** A workspace file that cannot be imported; the message says what is wrong and what to do. */
export class WorkspaceImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceImportError';
  }
}

/**
 * View state saved with the workspace, so that a reload keeps the view: the article and
 * date filters, plus whatever the app wants to keep (opaque to the workspace).
 */
export interface WorkspaceView {
  /** Article ids unticked in the article filter (their evidence does not count). */
  hiddenArticles?: string[];
  /** Inclusive ISO date bounds (see src/workspace/timeline.ts for the semantics). */
  dateRange?: { from?: string; to?: string };
  /** The workspace strip's open state, once the user toggled it (kept across reloads). */
  stripOpen?: boolean;
  /** The app's own view state (relation filters, layout…), stored as given. */
  app?: unknown;
}
