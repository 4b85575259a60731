/**
 * What the corrections UI needs: the log and how every entry stands, a way to record an
 * operation (with its words, written now), undo/redo and revert-one, and the sentence shown
 * in the article panel (the evidence an added tie can take). Undo keys are bound here.
 */
import { useCallback, useMemo } from 'react';
import type { EntenteGraph, Evidence } from '../../graph/types';
import type { ExtractResult } from '../../extract/types';
import type { ArticleHighlight } from '../components/ArticlePanel';
import type { WorkspaceState } from '../workspace/useWorkspace';
import type { CorrectionLog, CorrectionOp, DeletedTie, EntryStatus } from '../../workspace/corrections';
import { canRedo, canUndo, record, redo, setReverted, undo } from '../../workspace/corrections';
import { describeOp } from '../../workspace/correctionText';
import { labelOf } from '../lib/graphQueries';
import { useUndoKeys } from './useUndoKeys';

export interface CorrectionTools {
  /** The corrected graph. */
  graph: EntenteGraph;
  log: CorrectionLog;
  status: ReadonlyMap<string, EntryStatus>;
  deleted: ReadonlyMap<string, DeletedTie>;
  /** Records an operation at the log's cursor. */
  apply: (op: CorrectionOp) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Reverts (or restores) one entry on its own. */
  revert: (id: string, reverted: boolean) => void;
  /** The sentence shown in the article panel, as evidence; null when none is shown. */
  sentence: Evidence | null;
}

let seq = 0;
const newId = (): string =>
  `${Date.now().toString(36)}-${(++seq).toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

/** The sentence the article panel shows, as an evidence item of its article. */
function shownSentence(articles: readonly ExtractResult[], shown: ArticleHighlight | null): Evidence | null {
  if (!shown) return null;
  const a = articles.find((x) => x.article.id === shown.article);
  if (!a || shown.end > a.text.length || shown.end <= shown.start) return null;
  return {
    text: a.text.slice(shown.start, shown.end),
    start: shown.start,
    end: shown.end,
    article: a.article.id,
  };
}

/** The corrections tools over the workspace's log (see {@link CorrectionTools}). */
export function useCorrectionTools(ws: WorkspaceState, shown: ArticleHighlight | null): CorrectionTools {
  const { corrected, corrections: log, correct: update, articles } = ws;
  const { graph } = corrected;
  const sentence = useMemo(() => shownSentence(articles, shown), [articles, shown]);
  const apply = useCallback(
    (op: CorrectionOp) => {
      const what = describeOp(op, (k) => labelOf(graph, k));
      void update((l) => record(l, { ...op, id: newId(), at: new Date().toISOString(), what }));
    },
    [graph, update],
  );
  const onUndo = useCallback(() => void update(undo), [update]);
  const onRedo = useCallback(() => void update(redo), [update]);
  const revert = useCallback(
    (id: string, reverted: boolean) => void update((l) => setReverted(l, id, reverted)),
    [update],
  );
  useUndoKeys(onUndo, onRedo);
  return useMemo(
    () => ({
      graph,
      log,
      status: corrected.status,
      deleted: corrected.deleted,
      apply,
      undo: onUndo,
      redo: onRedo,
      canUndo: canUndo(log),
      canRedo: canRedo(log),
      revert,
      sentence,
    }),
    [graph, log, corrected, apply, onUndo, onRedo, revert, sentence],
  );
}
