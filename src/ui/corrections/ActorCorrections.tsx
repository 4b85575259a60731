/** "Correct this actor": rename, kind, country, merge, add a tie, delete. */
import { useId, useMemo, useState } from 'react';
import type { NodeKind, RelationType } from '../../graph/types';
import { NODE_KINDS } from '../../graph/types';
import type { Selection } from '../canvas/types';
import { KeySelect, TypeSelect } from './selects';
import type { CorrectionTools } from './useCorrectionTools';

export interface ActorCorrectionsProps {
  actor: string;
  tools: CorrectionTools;
  onSelect: (selection: Selection) => void;
}

const byLabel = (a: [string, string], b: [string, string]): number =>
  a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]);

/** The box; its forms (with their lists of every actor) are built only while it is open. */
export function ActorCorrections(props: ActorCorrectionsProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className="correct-box" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Correct this actor…</summary>
      {open && <ActorForms {...props} />}
    </details>
  );
}

function ActorForms({ actor, tools, onSelect }: ActorCorrectionsProps) {
  const { graph, apply } = tools;
  const a = graph.getNodeAttributes(actor);
  const id = useId();
  const others = useMemo(() => {
    const out: [string, string][] = [];
    graph.forEachNode((k, x) => {
      if (k !== actor) out.push([k, x.label]);
    });
    return out.sort(byLabel);
  }, [graph, actor]);
  const states = useMemo(
    () => others.filter(([k]) => graph.getNodeAttribute(k, 'kind') === 'state'),
    [others, graph],
  );
  const [name, setName] = useState(a.label);
  const [kind, setKind] = useState<NodeKind>(a.kind);
  const [country, setCountry] = useState(a.country ?? '');
  const [into, setInto] = useState('');
  return (
    <>
      <form
        className="correct-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && name.trim() !== a.label)
            apply({ op: 'rename-actor', actor, label: name.trim() });
        }}
      >
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <button type="submit" className="btn small">
          Rename
        </button>
      </form>
      <div className="correct-row">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.currentTarget.value as NodeKind)}>
          {NODE_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
        <button
          type="button"
          className="btn small"
          disabled={kind === a.kind}
          onClick={() => apply({ op: 'set-kind', actor, kind })}
        >
          Change kind
        </button>
      </div>
      <div className="correct-row">
        <label htmlFor={`${id}-country`}>Country</label>
        <KeySelect
          id={`${id}-country`}
          value={country}
          choices={states}
          none="(none)"
          onChange={setCountry}
        />
        <button
          type="button"
          className="btn small"
          disabled={country === (a.country ?? '')}
          onClick={() => apply({ op: 'set-country', actor, country })}
        >
          Set country
        </button>
      </div>
      <div className="correct-row">
        <label htmlFor={`${id}-into`}>Merge into</label>
        <KeySelect
          id={`${id}-into`}
          value={into}
          choices={others}
          none="(choose an actor)"
          onChange={setInto}
        />
        <button
          type="button"
          className="btn small"
          disabled={!into}
          onClick={() => {
            apply({ op: 'merge-actors', actor, into });
            onSelect({ type: 'node', key: into });
          }}
        >
          Merge
        </button>
      </div>
      <AddTie actor={actor} others={others} tools={tools} />
      <div className="correct-row">
        <button
          type="button"
          className="btn small danger"
          onClick={() => apply({ op: 'delete-actor', actor })}
        >
          Delete this actor
        </button>
      </div>
    </>
  );
}

/** Adds a tie from this actor, with a note and, optionally, the sentence shown in the article panel. */
function AddTie({
  actor,
  others,
  tools,
}: {
  actor: string;
  others: [string, string][];
  tools: CorrectionTools;
}) {
  const id = useId();
  const [type, setType] = useState<RelationType>('alliance');
  const [target, setTarget] = useState('');
  const [note, setNote] = useState('');
  const [useSentence, setUseSentence] = useState(false);
  const sentence = tools.sentence;
  return (
    <fieldset className="correct-add">
      <legend>Add a tie from this actor</legend>
      <div className="correct-row">
        <label htmlFor={`${id}-type`}>Type</label>
        <TypeSelect id={`${id}-type`} value={type} onChange={setType} />
        <label htmlFor={`${id}-to`}>to</label>
        <KeySelect
          id={`${id}-to`}
          value={target}
          choices={others}
          none="(choose an actor)"
          onChange={setTarget}
        />
      </div>
      <div className="correct-row">
        <label htmlFor={`${id}-note`}>Note</label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      </div>
      <div className="correct-row">
        <input
          id={`${id}-sentence`}
          type="checkbox"
          disabled={!sentence}
          checked={useSentence && !!sentence}
          onChange={(e) => setUseSentence(e.currentTarget.checked)}
        />
        <label htmlFor={`${id}-sentence`}>
          {sentence
            ? `Use the sentence shown in the article as evidence: “${sentence.text.slice(0, 80)}${sentence.text.length > 80 ? '…' : ''}”`
            : 'Show a sentence in the article panel to use it as evidence'}
        </label>
      </div>
      <button
        type="button"
        className="btn small"
        disabled={!target}
        onClick={() => {
          const tie = { type, source: actor, target };
          tools.apply(
            useSentence && sentence
              ? { op: 'add-tie', tie, note, evidence: sentence }
              : { op: 'add-tie', tie, note },
          );
          setNote('');
        }}
      >
        Add tie
      </button>
    </fieldset>
  );
}
