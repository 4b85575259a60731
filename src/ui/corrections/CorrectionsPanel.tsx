/** The corrections panel: undo, redo, and every correction in order, each revertible alone. */
import './corrections.css';
import type { Selection } from '../canvas/types';
import type { Correction } from '../../workspace/corrections';
import { tieKey } from '../../graph/keys';
import { entryText, statusText } from '../../workspace/correctionText';
import { labelOf } from '../lib/graphQueries';
import type { CorrectionTools } from './useCorrectionTools';

export interface CorrectionsPanelProps {
  tools: CorrectionTools;
  onSelect: (selection: Selection) => void;
}

/** What selecting an entry shows: its actor or its tie (a deleted tie keeps its details). */
function targetOf(e: Correction): Selection | null {
  if ('tie' in e) return { type: 'edge', key: tieKey(e.tie.type, e.tie.source, e.tie.target) };
  if (e.op === 'merge-actors') return { type: 'node', key: e.into };
  return e.op === 'delete-actor' ? null : { type: 'node', key: e.actor };
}

export function CorrectionsPanel({ tools, onSelect }: CorrectionsPanelProps) {
  const { log, status } = tools;
  const label = (k: string) => labelOf(tools.graph, k);
  return (
    <section className="panel corrections" aria-labelledby="corrections-heading">
      <div className="corrections-head">
        <h2 id="corrections-heading" className="panel-title">
          Corrections <span className="count">{log.entries.length}</span>
        </h2>
        <button
          type="button"
          className="btn small"
          disabled={!tools.canUndo}
          onClick={tools.undo}
          aria-keyshortcuts="Control+Z"
        >
          Undo
        </button>
        <button
          type="button"
          className="btn small"
          disabled={!tools.canRedo}
          onClick={tools.redo}
          aria-keyshortcuts="Control+Shift+Z"
        >
          Redo
        </button>
      </div>
      <div className="corrections-body">
        {log.entries.length === 0 ? (
          <p className="hint">No corrections yet. Select an actor or a tie and use “Correct…” to fix it.</p>
        ) : (
          <ol className="corrections-list">
            {log.entries.map((e) => {
              const s = status.get(e.id);
              const state = s?.state ?? 'active';
              const text = entryText(e, label);
              const target = targetOf(e);
              return (
                <li key={e.id} className={`correction correction-${state}`} data-state={state}>
                  {target ? (
                    <button type="button" className="link correction-text" onClick={() => onSelect(target)}>
                      {text}
                    </button>
                  ) : (
                    <span className="correction-text">{text}</span>
                  )}
                  <span className="correction-state">{statusText(s)}</span>
                  {state !== 'undone' && (
                    <button
                      type="button"
                      className="btn small"
                      aria-label={`${e.reverted ? 'Restore' : 'Revert'} “${text}”`}
                      onClick={() => tools.revert(e.id, !e.reverted)}
                    >
                      {e.reverted ? 'Restore' : 'Revert'}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </section>
  );
}
