/** Find an actor by any alias: an ARIA combobox with a listbox of matches. */
import { useId, useMemo, useState } from 'react';
import type { EntenteGraph } from '../../graph/types';
import { searchActors } from '../lib/graphQueries';

export interface SearchBoxProps {
  graph: EntenteGraph;
  onPick: (key: string) => void;
}

export function SearchBox({ graph, onPick }: SearchBoxProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const hits = useMemo(() => searchActors(graph, query), [graph, query]);
  const expanded = open && query.trim().length > 0;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    onPick(hit.key);
    setQuery(hit.label);
    setOpen(false);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (hits.length ? (a + 1) % hits.length : 0));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (hits.length ? (a - 1 + hits.length) % hits.length : 0));
    } else if (e.key === 'Enter') {
      if (expanded) {
        e.preventDefault();
        pick(active);
      }
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label="Find an actor"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits[active] ? optionId(active) : undefined}
        placeholder="Find an actor…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul id={listId} role="listbox" aria-label="Matching actors" className="search-list" hidden={!expanded}>
        {expanded && hits.length === 0 && (
          <li className="search-empty" role="presentation">
            No actor matches “{query}”
          </li>
        )}
        {expanded &&
          hits.map((h, i) => (
            <li
              key={h.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="search-option"
              onMouseDown={(e) => {
                e.preventDefault();
                pick(i);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="search-label">{h.label}</span>
              {h.via && <span className="search-via">“{h.via}”</span>}
              <span className={`kind-tag kind-${h.kind}`}>{h.kind}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
