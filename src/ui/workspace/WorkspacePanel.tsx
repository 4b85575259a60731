/**
 * The workspace strip: articles with filter checkboxes, the timeline, multi-file ingest
 * and workspace import/export. Give it the {@link useWorkspace} state.
 */
import { useMemo, useState } from 'react';
import { downloadBlob } from '../lib/download';
import { tiesPerArticle } from '../../workspace/provenance';
import { ArticleList } from './ArticleList';
import { IngestPanel } from './IngestPanel';
import type { IngestWorker } from './useIngest';
import { Timeline } from './Timeline';
import type { WorkspaceState } from './useWorkspace';
import { WorkspaceFileControls } from './WorkspaceFileControls';
import { useWorkspaceUrl } from './useWorkspaceUrl';
import './workspace.css';

export interface WorkspacePanelProps {
  ws: WorkspaceState;
  /** Tests inject a fake ingest worker. */
  createWorker?: () => IngestWorker;
}

/** Everything the workspace adds to the page, in one collapsible strip. */
export function WorkspacePanel({ ws, createWorker }: WorkspacePanelProps) {
  const { metas, graph, view, setView } = ws;
  // Collapsed while a single article is open, so the graph gets the room; it opens by itself
  // once a second article arrives, until the user toggles it: from then on it follows the
  // toggle, kept with the workspace view, so a reload does not open a strip the user closed.
  const [seenMany, setSeenMany] = useState(false);
  if (metas.length > 1 && !seenMany) setSeenMany(true);
  const open = view.stripOpen ?? (seenMany || metas.length > 1);
  const setOpen = (stripOpen: boolean) => setView((v) => ({ ...v, stripOpen }));
  const tieCounts = useMemo(() => tiesPerArticle(graph), [graph]);
  useWorkspaceUrl(ws.ready, view, setView);
  const exportFile = () => {
    const day = new Date().toISOString().slice(0, 10);
    downloadBlob(new Blob([ws.exportFile()], { type: 'application/json' }), `entente-workspace-${day}.json`);
  };
  return (
    <section className={`ws-strip${open ? '' : ' closed'}`} aria-label="Workspace">
      <div className="ws-head">
        <button
          type="button"
          className="btn small"
          aria-expanded={open}
          aria-controls="ws-body"
          onClick={() => setOpen(!open)}
        >
          {open ? '▾' : '▸'} Workspace · {metas.length} {metas.length === 1 ? 'article' : 'articles'}
        </button>
        {!ws.ready && <span className="hint">Opening the saved workspace…</span>}
        {ws.error && (
          <div className="ws-error" role="alert">
            <span>{ws.error}</span>
            <button
              type="button"
              className="btn small"
              aria-label="Dismiss workspace message"
              onClick={ws.dismissError}
            >
              ×
            </button>
          </div>
        )}
        <WorkspaceFileControls
          onImport={(text) => ws.importFile(text)}
          onExport={exportFile}
          canExport={metas.length > 0}
          onClear={() => void ws.clear()}
        />
      </div>
      {open && (
        <div className="ws-body" id="ws-body">
          <div className="ws-col">
            <h2 className="panel-title">Articles</h2>
            <ArticleList
              articles={metas}
              hidden={view.hiddenArticles ?? []}
              tieCounts={tieCounts}
              onToggle={(id, shown) =>
                setView((v) => {
                  const hidden = new Set(v.hiddenArticles ?? []);
                  if (shown) hidden.delete(id);
                  else hidden.add(id);
                  return { ...v, hiddenArticles: [...hidden] };
                })
              }
              onShowAll={() => setView((v) => ({ ...v, hiddenArticles: [] }))}
              onRemove={(id) => void ws.remove(id)}
            />
          </div>
          <div className="ws-col ws-col-wide">
            <h2 className="panel-title">Timeline</h2>
            <Timeline
              graph={graph}
              range={view.dateRange}
              onChange={(dateRange) =>
                setView((v) => {
                  const next = { ...v };
                  if (dateRange) next.dateRange = dateRange;
                  else delete next.dateRange;
                  return next;
                })
              }
            />
          </div>
          <div className="ws-col">
            <h2 className="panel-title">Add many files</h2>
            <IngestPanel
              onArticles={(list) => void ws.addMany(list)}
              sink={ws.ingestSink}
              {...(createWorker ? { createWorker } : {})}
            />
          </div>
        </div>
      )}
    </section>
  );
}
