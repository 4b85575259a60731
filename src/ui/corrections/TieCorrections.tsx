/** "Correct this tie" (delete, reverse, change type) and the details of a deleted tie. */
import { useId, useState } from 'react';
import { evidenceId } from '../../graph/build';
import { tieKey } from '../../graph/keys';
import type { Evidence, RelationType } from '../../graph/types';
import { UNDIRECTED_TYPES } from '../../graph/types';
import type { DeletedTie } from '../../workspace/corrections';
import { deleteTieOp, tieRef } from '../../workspace/corrections';
import type { Selection } from '../canvas/types';
import { labelOf } from '../lib/graphQueries';
import { TypeSelect } from './selects';
import type { CorrectionTools } from './useCorrectionTools';

export interface TieCorrectionsProps {
  tie: string;
  tools: CorrectionTools;
  onSelect: (selection: Selection) => void;
}

export function TieCorrections({ tie, tools, onSelect }: TieCorrectionsProps) {
  const id = useId();
  const ref = tieRef(tools.graph, tie);
  const [type, setType] = useState<RelationType>(ref.type);
  const directed = !UNDIRECTED_TYPES.has(ref.type);
  return (
    <details className="correct-box">
      <summary>Correct this tie…</summary>
      <div className="correct-row">
        <button
          type="button"
          className="btn small danger"
          onClick={() => tools.apply(deleteTieOp(tools.graph, tie))}
        >
          Delete this tie
        </button>
        <button
          type="button"
          className="btn small"
          disabled={!directed}
          title={directed ? undefined : 'An alliance has no direction'}
          onClick={() => {
            tools.apply({ op: 'reverse-tie', tie: ref });
            onSelect({ type: 'edge', key: tieKey(ref.type, ref.target, ref.source) });
          }}
        >
          Reverse direction
        </button>
      </div>
      <div className="correct-row">
        <label htmlFor={`${id}-type`}>Type</label>
        <TypeSelect id={`${id}-type`} value={type} onChange={setType} />
        <button
          type="button"
          className="btn small"
          disabled={type === ref.type}
          onClick={() => {
            tools.apply({ op: 'set-tie-type', tie: ref, type });
            onSelect({ type: 'edge', key: tieKey(type, ref.source, ref.target) });
          }}
        >
          Change type
        </button>
      </div>
    </details>
  );
}

export interface DeletedTieDetailsProps {
  deleted: DeletedTie;
  tools: CorrectionTools;
  renderEvidence: (ev: Evidence) => React.ReactNode;
}

/** A tie a correction deleted: its evidence, the evidence that arrived since marked overridden. */
export function DeletedTieDetails({ deleted, tools, renderEvidence }: DeletedTieDetailsProps) {
  const { attrs } = deleted;
  const label = (k: string) => labelOf(tools.graph, k);
  const late = new Set(deleted.overridden.map(evidenceId));
  const arrow = UNDIRECTED_TYPES.has(attrs.type) ? ' — ' : ' → ';
  return (
    <div className="edge-details deleted-tie">
      <p className="eyebrow">
        <span className={`rel-tag rel-${attrs.type}`}>{attrs.type}</span>
        <span className="status-tag corrected-tag">deleted by a correction</span>
      </p>
      <h3 className="entity-title">
        {label(deleted.source)}
        {arrow}
        {label(deleted.target)}
      </h3>
      <p className="correction-note" data-testid="deleted-note">
        You deleted this tie; it stays deleted whatever the articles say.
        {deleted.overridden.length > 0 &&
          ` ${deleted.overridden.length} evidence item${deleted.overridden.length > 1 ? 's' : ''} arrived after the deletion and ${deleted.overridden.length > 1 ? 'are' : 'is'} overridden.`}
      </p>
      <button type="button" className="btn small" onClick={() => tools.revert(deleted.by, true)}>
        Restore this tie
      </button>
      <h4 className="subhead">
        Evidence <span className="count">{attrs.evidence.length}</span>
      </h4>
      <ol className="evidence-list">
        {attrs.evidence.map((ev, i) => (
          <li key={`${evidenceId(ev)}:${i}`} className={late.has(evidenceId(ev)) ? 'overridden' : undefined}>
            {late.has(evidenceId(ev)) && <span className="status-tag overridden-tag">overridden</span>}
            {renderEvidence(ev)}
          </li>
        ))}
      </ol>
    </div>
  );
}
