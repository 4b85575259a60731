/** Secondary filters: node kinds, isolated nodes, and the layout picker. */
import type { NodeKind } from '../../graph/types';
import { NODE_KINDS } from '../../graph/types';
import type { LayoutName } from '../canvas/types';
import { LAYOUTS, MAX_MIN_EVIDENCE, parseMinEvidence } from '../lib/urlState';

const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric by degree',
  circle: 'Circle',
  grid: 'Grid',
};

export interface ViewControlsProps {
  kinds: Record<NodeKind, boolean>;
  kindCounts: Record<NodeKind, number>;
  hideIsolated: boolean;
  minEvidence: number;
  layout: LayoutName;
  onToggleKind: (kind: NodeKind) => void;
  onHideIsolated: (hide: boolean) => void;
  onMinEvidence: (min: number) => void;
  onLayout: (layout: LayoutName) => void;
}

export function ViewControls(p: ViewControlsProps) {
  return (
    <div className="view-controls">
      <div className="kind-toggles" role="group" aria-label="Actor kinds">
        {NODE_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            className="kind-toggle"
            aria-pressed={p.kinds[k]}
            aria-label={`${k}s`}
            onClick={() => p.onToggleKind(k)}
          >
            <span aria-hidden="true">
              {k}s <span className="count">{p.kindCounts[k]}</span>
            </span>
          </button>
        ))}
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={p.hideIsolated}
          onChange={(e) => p.onHideIsolated(e.target.checked)}
        />
        Hide isolated
      </label>
      <label className="select min-evidence" title="Show only ties backed by at least this many sentences">
        <span>Min. evidence</span>
        <input
          type="number"
          min={1}
          max={MAX_MIN_EVIDENCE}
          step={1}
          value={p.minEvidence}
          aria-label="Minimum evidence per tie"
          onChange={(e) => p.onMinEvidence(parseMinEvidence(e.target.value))}
        />
      </label>
      <label className="select">
        <span>Layout</span>
        <select value={p.layout} onChange={(e) => p.onLayout(e.target.value as LayoutName)}>
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {LAYOUT_LABELS[l]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
