/** The main filter: one toggle per relation type, with its tie count. */
import type { RelationType } from '../../graph/types';
import { RELATION_TYPES } from '../../graph/types';

export interface RelationBarProps {
  enabled: Record<RelationType, boolean>;
  counts: Record<RelationType, number>;
  /** Line color per type, from the canvas palette. */
  colors?: Partial<Record<RelationType, string>>;
  onToggle: (type: RelationType) => void;
}

export function RelationBar({ enabled, counts, colors, onToggle }: RelationBarProps) {
  return (
    <div className="relation-bar" role="group" aria-label="Relation types">
      {RELATION_TYPES.map((t) => (
        <button
          key={t}
          type="button"
          className={`relation-toggle${counts[t] === 0 ? ' empty' : ''}`}
          aria-pressed={enabled[t]}
          aria-label={t}
          title={`${enabled[t] ? 'Hide' : 'Show'} ${t} ties (${counts[t]})`}
          onClick={() => onToggle(t)}
        >
          <span className="swatch" aria-hidden="true" style={{ background: colors?.[t] ?? 'currentColor' }} />
          <span className="relation-name" aria-hidden="true">
            {t}
          </span>
          <span className="count" aria-hidden="true">
            {counts[t]}
          </span>
        </button>
      ))}
    </div>
  );
}
