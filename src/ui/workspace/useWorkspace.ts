/**
 * The persistent workspace: every article and the one graph merged from them, kept in
 * IndexedDB so that a reload finds them again, with the view (article and date filters).
 * Same shape as the app's in-memory article store, plus workspace file import/export.
 *
 * A change is STORED BEFORE IT IS SHOWN: its save starts in the task that asked for it, and
 * the page shows it (and the change's promise resolves) once the save is written, so a reload
 * at any moment after the page reports an article, a correction or an import finds it again.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ExtractResult } from '../../extract/types';
import type { ArticleMeta, EntenteGraph } from '../../graph/types';
import type { Corrected, CorrectionLog } from '../../workspace/corrections';
import { applyCorrections, emptyLog } from '../../workspace/corrections';
import { exportWorkspace, importWorkspaceFile } from '../../workspace/file';
import {
  addArticles,
  articleFromResult,
  articleResult,
  emptyWorkspace,
  removeArticle,
  workspaceGraph,
} from '../../workspace/model';
import { DEFAULT_DB_NAME, openWorkspaceStore } from '../../workspace/store';
import type { WorkspaceStore } from '../../workspace/store';
import type { IngestJournal } from '../../workspace/schema';
import type { Workspace, WorkspaceArticle, WorkspaceView } from '../../workspace/types';
import { WorkspaceImportError } from '../../workspace/types';
import type { IngestSink } from './useIngest';

/** How a new article joins the workspace: alone (`replace`) or beside the others. */
export type AddMode = 'replace' | 'merge';

/** What {@link useWorkspace} returns. */
export interface WorkspaceState {
  /** Every article, as loader results (own graph, text, mentions), in order of addition. */
  articles: readonly ExtractResult[];
  /** Their metadata (id, title, source, date). */
  metas: readonly ArticleMeta[];
  /** The merged graph with the analyst's corrections applied; a new object whenever either changes. Read-only. */
  graph: EntenteGraph;
  /** The corrected graph and how every correction stands (see src/workspace/corrections.ts). */
  corrected: Corrected;
  /** The corrections log. */
  corrections: CorrectionLog;
  /** Changes the corrections log (record, undo, redo, revert); resolves once stored and shown. */
  correct: (update: (log: CorrectionLog) => CorrectionLog) => Promise<void>;
  workspace: Workspace;
  /** Adds a loader result; an article with the same id is replaced. Resolves once stored and shown. */
  add: (result: ExtractResult, mode: AddMode) => Promise<void>;
  /** Adds workspace articles (from the ingest worker) in one go. */
  addMany: (articles: readonly WorkspaceArticle[]) => Promise<void>;
  /** Stores ingested articles before they are listed (see {@link useIngest}). */
  ingestSink: IngestSink;
  remove: (id: string) => Promise<void>;
  /** Forgets every article. */
  clear: () => Promise<void>;
  /** Replaces the workspace with a workspace file; false (and `error` set) if it is invalid. */
  importFile: (text: string) => boolean;
  /** The workspace file (JSON). */
  exportFile: () => string;
  /** View state kept with the workspace (article and date filters). */
  view: WorkspaceView;
  setView: (update: (view: WorkspaceView) => WorkspaceView) => void;
  /** The article and date parts of the canvas filter, from `view`. */
  filter: { articles?: readonly string[]; dateRange?: { from?: string; to?: string } };
  /** True once the stored workspace has been loaded (or found unavailable). */
  ready: boolean;
  /** The last problem (storage unavailable, import refused), with what to do. */
  error: string | null;
  dismissError: () => void;
}

export interface UseWorkspaceOptions {
  /** IndexedDB database name. Default `entente-workspace`. */
  dbName?: string;
  /** Opens the store (tests inject one). Default {@link openWorkspaceStore}. */
  openStore?: (dbName: string) => Promise<WorkspaceStore>;
}

type Op = (ws: Workspace) => Workspace;

/** An empty workspace with the corrections of `ws`. */
function keepCorrections(ws: Workspace): Workspace {
  const empty = emptyWorkspace();
  return ws.corrections ? { ...empty, corrections: ws.corrections } : empty;
}

/** Resolves and forgets every waiting change. */
function settle(waiting: { current: (() => void)[] }): void {
  for (const resolve of waiting.current.splice(0)) resolve();
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Says which corrections were left aside (a stored log, or an imported file), and that the rest is kept. */
function skippedCorrections(skipped: readonly string[], where: 'stored' | 'imported'): string {
  const n = skipped.length;
  const what = `${n} correction${n === 1 ? '' : 's'} ${n === 1 ? 'is' : 'are'} malformed and skipped (${skipped[0]})`;
  return where === 'stored'
    ? `${what}; the other corrections are kept.`
    : `The workspace was imported, but ${what}. Everything else was imported.`;
}

/** What a reload found: an ingest it cut, stored articles it could not read. */
function loadReport(
  interrupted: IngestJournal | null,
  refused: readonly string[],
  skipped: readonly string[],
): string | null {
  const parts: string[] = [];
  if (interrupted) {
    const { total, done, added } = interrupted;
    const skipped = done - added;
    parts.push(
      `The last import was interrupted: ${added} of ${total} files were added${skipped > 0 ? ` and ${skipped} skipped` : ''}; ${total - done} were not. Drop them again to finish.`,
    );
  }
  if (refused.length > 0)
    parts.push(
      `${refused.length} stored ${refused.length === 1 ? 'article is' : 'articles are'} damaged and left aside (${refused[0]}).`,
    );
  if (skipped.length > 0) parts.push(skippedCorrections(skipped, 'stored'));
  return parts.length > 0 ? parts.join(' ') : null;
}

/** The persistent workspace hook (see {@link WorkspaceState}). */
export function useWorkspace(options: UseWorkspaceOptions = {}): WorkspaceState {
  const { dbName = DEFAULT_DB_NAME, openStore = openWorkspaceStore } = options;
  const [workspace, setWorkspace] = useState<Workspace>(emptyWorkspace);
  const [view, setViewState] = useState<WorkspaceView>({});
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const store = useRef<WorkspaceStore | null>(null);
  /** The workspace with every change asked for so far (what the next change applies to). */
  const latest = useRef<Workspace>(workspace);
  /** The view with every change asked for so far. */
  const latestView = useRef<WorkspaceView>(view);
  /** Changes made before the stored workspace arrived, replayed on top of it. */
  const pending = useRef<Op[] | null>([]);
  /** Resolves the changes made before the stored workspace arrived, once they are stored. */
  const waiting = useRef<(() => void)[]>([]);

  /** Writes `next`; a failed save keeps it in memory and says so. */
  const persist = useCallback(
    (s: WorkspaceStore, next: Workspace): Promise<void> =>
      s
        .save(next)
        .catch((e: unknown) =>
          setError(
            `The workspace could not be saved (${message(e)}). The previously saved version is kept; export the workspace to keep a copy of what you see now.`,
          ),
        ),
    [],
  );

  const apply = useCallback(
    (op: Op): Promise<void> => {
      const next = op(latest.current);
      latest.current = next;
      if (pending.current) {
        // Nothing is stored before the stored workspace is read: shown now, stored once it is.
        pending.current.push(op);
        setWorkspace(next);
        return new Promise((resolve) => waiting.current.push(resolve));
      }
      const s = store.current;
      if (!s) {
        setWorkspace(next);
        return Promise.resolve();
      }
      return persist(s, next).then(() => setWorkspace(next));
    },
    [persist],
  );

  useEffect(() => {
    let live = true;
    let opened: WorkspaceStore | null = null;
    openStore(dbName)
      .then(async (s) => {
        opened = s;
        if (!live) return s.close();
        const [ws, v, interrupted] = await Promise.all([s.load(), s.loadView(), s.readIngest()]);
        if (!live) return s.close();
        store.current = s;
        if (interrupted) void s.endIngest().catch(() => undefined);
        const report = loadReport(interrupted, s.refused, s.skippedCorrections);
        if (report) setError(report);
        const ops = pending.current ?? [];
        pending.current = null;
        // Nothing stored: the changes made meanwhile are already in `latest`.
        const loaded = ws ? ops.reduce((acc, op) => op(acc), ws) : latest.current;
        latest.current = loaded;
        setWorkspace(loaded);
        if (ops.length > 0) void persist(s, loaded).then(() => settle(waiting));
        if (v) {
          latestView.current = { ...v, ...latestView.current };
          setViewState(latestView.current);
        }
        if (Object.keys(latestView.current).length > 0) s.saveView(latestView.current).catch(() => undefined);
        setReady(true);
      })
      .catch((e: unknown) => {
        if (!live) return;
        pending.current = null;
        settle(waiting);
        setError(
          `Articles cannot be kept across reloads (${message(e)}); they stay until the page closes. Export the workspace to keep it.`,
        );
        setReady(true);
      });
    return () => {
      live = false;
      opened?.close();
      store.current = null;
    };
  }, [dbName, openStore, persist]);

  const add = useCallback(
    (result: ExtractResult, mode: AddMode): Promise<void> => {
      const article = articleFromResult(result);
      // A new graph keeps the corrections: those whose targets are gone show as inactive.
      return apply((ws) => addArticles(mode === 'replace' ? keepCorrections(ws) : ws, [article]));
    },
    [apply],
  );
  const addMany = useCallback(
    (list: readonly WorkspaceArticle[]) => apply((ws) => addArticles(ws, list)),
    [apply],
  );
  const ingestSink = useMemo<IngestSink>(
    () => ({
      store: (list, progress) => store.current?.putArticles(list, progress) ?? Promise.resolve(),
      end: () => store.current?.endIngest() ?? Promise.resolve(),
    }),
    [],
  );
  const setView = useCallback((update: (v: WorkspaceView) => WorkspaceView) => {
    const next = update(latestView.current);
    latestView.current = next;
    setViewState(next);
    store.current?.saveView(next).catch(() => undefined);
  }, []);
  const remove = useCallback((id: string) => apply((ws) => removeArticle(ws, id)), [apply]);
  const clear = useCallback(() => apply(() => emptyWorkspace()), [apply]);

  const importFile = useCallback(
    (text: string): boolean => {
      try {
        const { workspace: next, skipped } = importWorkspaceFile(text);
        void apply(() => next);
        setView(() => ({}));
        setError(skipped.length > 0 ? skippedCorrections(skipped, 'imported') : null);
        return true;
      } catch (e) {
        if (!(e instanceof WorkspaceImportError)) throw e;
        setError(e.message);
        return false;
      }
    },
    [apply, setView],
  );
  const exportFile = useCallback(() => exportWorkspace(workspace), [workspace]);
  const dismissError = useCallback(() => setError(null), []);

  const correct = useCallback(
    (update: (log: CorrectionLog) => CorrectionLog) =>
      apply((ws) => ({ ...ws, corrections: update(ws.corrections ?? emptyLog()) })),
    [apply],
  );
  const derived = useMemo(() => workspaceGraph(workspace), [workspace]);
  const corrected = useMemo(
    () => applyCorrections(derived, workspace.corrections),
    [derived, workspace.corrections],
  );
  const corrections = useMemo(() => workspace.corrections ?? emptyLog(), [workspace.corrections]);
  const graph = corrected.graph;
  const articles = useMemo(() => workspace.articles.map(articleResult), [workspace]);
  const metas = useMemo(() => workspace.articles.map((a) => a.meta), [workspace]);
  const filter = useMemo(() => {
    const f: WorkspaceState['filter'] = {};
    const hidden = new Set(view.hiddenArticles ?? []);
    if (metas.some((m) => hidden.has(m.id)))
      f.articles = metas.filter((m) => !hidden.has(m.id)).map((m) => m.id);
    if (view.dateRange && (view.dateRange.from || view.dateRange.to)) f.dateRange = view.dateRange;
    return f;
  }, [view.hiddenArticles, view.dateRange, metas]);

  return {
    articles,
    metas,
    graph,
    corrected,
    corrections,
    correct,
    workspace,
    add,
    addMany,
    ingestSink,
    remove,
    clear,
    importFile,
    exportFile,
    view,
    setView,
    filter,
    ready,
    error,
    dismissError,
  };
}
