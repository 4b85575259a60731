/** Neighbourhood focus controls: focus on the selected actor at 1, 2 or 3 hops, expand, Back. */
import type { NeighbourhoodView } from '../lib/neighbourhoodState';
import { HOPS } from '../lib/neighbourhoodState';

export interface NeighbourhoodBarProps {
  focus: NeighbourhoodView | null;
  /** The selected actor (focus or expand target), if any. */
  selected: string | null;
  labelOf: (key: string) => string;
  onChange: (focus: NeighbourhoodView | null) => void;
}

export function NeighbourhoodBar({ focus, selected, labelOf, onChange }: NeighbourhoodBarProps) {
  if (!focus) {
    if (!selected) return null;
    return (
      <div className="focus-banner" role="group" aria-label="Neighbourhood">
        <button
          type="button"
          className="btn"
          onClick={() => onChange({ key: selected, hops: 1, expanded: [] })}
        >
          Focus on {labelOf(selected)}
        </button>
      </div>
    );
  }
  const canExpand = selected !== null && selected !== focus.key && !focus.expanded.includes(selected);
  return (
    <div className="focus-banner" role="group" aria-label="Neighbourhood">
      <span>Neighbourhood of {labelOf(focus.key)}:</span>
      <label className="select">
        <span>Hops</span>
        <select
          value={focus.hops}
          onChange={(e) => onChange({ ...focus, hops: Number(e.target.value) as 1 | 2 | 3 })}
        >
          {HOPS.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </select>
      </label>
      {canExpand && (
        <button
          type="button"
          className="btn"
          onClick={() => onChange({ ...focus, expanded: [...focus.expanded, selected] })}
        >
          Expand {labelOf(selected)}
        </button>
      )}
      <button type="button" className="btn" onClick={() => onChange(null)}>
        Back
      </button>
    </div>
  );
}
