/** The pickers the correction forms share: an actor (or state) picker and a tie-type picker. */
import type { RelationType } from '../../graph/types';
import { RELATION_TYPES } from '../../graph/types';

/** A `<select>` of `[key, label]` choices, led by an empty choice that reads `none`. */
export function KeySelect(p: {
  id: string;
  value: string;
  choices: readonly (readonly [string, string])[];
  none: string;
  onChange: (key: string) => void;
}) {
  return (
    <select id={p.id} value={p.value} onChange={(e) => p.onChange(e.currentTarget.value)}>
      <option value="">{p.none}</option>
      {p.choices.map(([k, l]) => (
        <option key={k} value={k}>
          {l}
        </option>
      ))}
    </select>
  );
}

/** A `<select>` of the relation types. */
export function TypeSelect(p: { id: string; value: RelationType; onChange: (type: RelationType) => void }) {
  return (
    <select id={p.id} value={p.value} onChange={(e) => p.onChange(e.currentTarget.value as RelationType)}>
      {RELATION_TYPES.map((t) => (
        <option key={t}>{t}</option>
      ))}
    </select>
  );
}
