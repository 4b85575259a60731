/**
 * Drop or choose many article files: they are read in a Web Worker with a progress bar
 * and a cancel button, and join the workspace in batches. The page stays responsive.
 */
import { useId, useState } from 'react';
import type { WorkspaceArticle } from '../../workspace/types';
import { useIngest } from './useIngest';
import type { IngestSink, IngestWorker } from './useIngest';

export interface IngestPanelProps {
  onArticles: (articles: WorkspaceArticle[]) => void;
  /** Tests inject a fake worker. */
  createWorker?: () => IngestWorker;
  /** Stores each article before it is listed (the workspace's IndexedDB). */
  sink?: IngestSink;
}

const ACCEPT = '.txt,.text,.md,.html,.htm,text/plain,text/html';

/** Multi-file ingestion with progress, cancel and a summary. */
export function IngestPanel({ onArticles, createWorker, sink }: IngestPanelProps) {
  const ingest = useIngest(onArticles, {
    ...(createWorker ? { createWorker } : {}),
    ...(sink ? { sink } : {}),
  });
  const [date, setDate] = useState('');
  const [over, setOver] = useState(false);
  const id = useId();
  const running = ingest.status === 'running';
  const start = (list: FileList | null) => {
    if (list && list.length > 0) ingest.start([...list], date || undefined);
  };
  return (
    <div
      className={`ws-ingest${over ? ' over' : ''}`}
      role="group"
      aria-label="Add many article files"
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        e.stopPropagation();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        if (e.dataTransfer.files.length === 0) return;
        e.preventDefault();
        e.stopPropagation();
        setOver(false);
        if (!running) start(e.dataTransfer.files);
      }}
    >
      <div className="ws-ingest-row">
        <label className="btn small ws-file-button" htmlFor={`${id}-files`}>
          Add files…
        </label>
        <input
          id={`${id}-files`}
          className="visually-hidden"
          type="file"
          multiple
          accept={ACCEPT}
          aria-label="Choose article files to add"
          disabled={running}
          onChange={(e) => {
            start(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
        <label className="ws-date">
          dated{' '}
          <input
            type="date"
            aria-label="Publication date of the added files"
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
          />
        </label>
      </div>
      <p className="hint ws-drop-hint">or drop .txt / .html files here</p>
      {ingest.status !== 'idle' && (
        <div className="ws-progress">
          <progress aria-label="Ingest progress" max={Math.max(1, ingest.total)} value={ingest.done} />
          {running && (
            <button type="button" className="btn small" onClick={ingest.cancel}>
              Cancel ingest
            </button>
          )}
        </div>
      )}
      <p className="ws-ingest-status" role="status" aria-live="polite">
        {ingest.status === 'running' && `Reading ${ingest.done} of ${ingest.total} files…`}
        {ingest.status === 'done' &&
          `Done: ${ingest.added} of ${ingest.total} files added${ingest.skipped.length ? `, ${ingest.skipped.length} skipped` : ''}.`}
        {ingest.status === 'cancelled' &&
          `Cancelled after ${ingest.done} of ${ingest.total} files (${ingest.added} added).`}
        {ingest.status === 'failed' && ingest.error}
      </p>
      {ingest.skipped.length > 0 && (
        <details className="ws-skipped">
          <summary>{ingest.skipped.length} skipped</summary>
          <ul>
            {ingest.skipped.slice(0, 200).map((s, i) => (
              <li key={`${i}-${s.name}`}>
                <strong>{s.name}</strong>: {s.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
