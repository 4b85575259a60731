/**
 * "How is A connected to B": two actor pickers, the shortest path (by hops or by evidence)
 * and its next-shortest alternatives, each hop listed with the sentence behind it.
 */
import { useId, useMemo, useState } from 'react';
import { alternativePaths } from '../../graph/analysis/alternatives';
import { pathTies } from '../../graph/analysis/paths';
import type { EntenteGraph, Evidence } from '../../graph/types';

export interface PathFinderProps {
  graph: EntenteGraph;
  /** The chosen path's actors and ties, to highlight (null clears). */
  onPath: (path: { nodes: string[]; edges: string[] } | null) => void;
  onEvidence: (ev: Evidence) => void;
}

/** Most suggestions a picker lists (a datalist of thousands of actors is slow to render). */
const MAX_SUGGESTIONS = 30;

/** Actor labels containing `typed` (case-insensitive), those starting with it first. */
function suggestions(graph: EntenteGraph, typed: string): string[] {
  const t = typed.trim().toLowerCase();
  const out: string[] = [];
  const later: string[] = [];
  graph.forEachNode((k, a) => {
    const l = a.label || k;
    const i = l.toLowerCase().indexOf(t);
    if (i === 0) out.push(l);
    else if (i > 0) later.push(l);
  });
  return [...out.sort(), ...later.sort()].slice(0, MAX_SUGGESTIONS);
}

/** Actor key for what was typed: a key, or a label (case-insensitive). */
function keyFor(graph: EntenteGraph, labels: Map<string, string>, typed: string): string | undefined {
  const t = typed.trim();
  if (graph.hasNode(t)) return t;
  return labels.get(t.toLowerCase());
}

export function PathFinder({ graph, onPath, onEvidence }: PathFinderProps) {
  const id = useId();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  /** What the picker being typed in holds: its suggestions follow it. */
  const [typing, setTyping] = useState('');
  const [byEvidence, setByEvidence] = useState(false);
  const [result, setResult] = useState<{ paths: string[][]; chosen: number } | null>(null);
  const labels = useMemo(
    () => new Map(graph.mapNodes((k, a) => [(a.label || k).toLowerCase(), k] as const)),
    [graph],
  );
  const labelOf = (k: string) => graph.getNodeAttribute(k, 'label') || k;
  const choose = (paths: string[][], chosen: number) => {
    setResult({ paths, chosen });
    const path = paths[chosen];
    onPath(path ? { nodes: path, edges: pathTies(graph, path).flat() } : null);
  };
  const find = () => {
    const a = keyFor(graph, labels, from);
    const b = keyFor(graph, labels, to);
    choose(a && b ? alternativePaths(graph, a, b, byEvidence) : [], 0);
  };
  const path = result?.paths[result.chosen];
  return (
    <section className="panel path-finder" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="panel-title">
        How are they connected?
      </h2>
      <form
        className="path-form"
        onSubmit={(e) => {
          e.preventDefault();
          find();
        }}
      >
        <datalist id={`${id}-actors`}>
          {suggestions(graph, typing).map((l) => (
            <option key={l} value={l} />
          ))}
        </datalist>
        <label>
          <span>From</span>
          <input
            list={`${id}-actors`}
            value={from}
            onFocus={() => setTyping(from)}
            onChange={(e) => {
              setFrom(e.target.value);
              setTyping(e.target.value);
            }}
          />
        </label>
        <label>
          <span>To</span>
          <input
            list={`${id}-actors`}
            value={to}
            onFocus={() => setTyping(to)}
            onChange={(e) => {
              setTo(e.target.value);
              setTyping(e.target.value);
            }}
          />
        </label>
        <label className="check">
          <input type="checkbox" checked={byEvidence} onChange={(e) => setByEvidence(e.target.checked)} />
          Prefer well-attested ties
        </label>
        <button type="submit" className="btn">
          Find path
        </button>
        {result && (
          <button
            type="button"
            className="btn"
            onClick={() => {
              setResult(null);
              onPath(null);
            }}
          >
            Clear
          </button>
        )}
      </form>
      {result && !path && <p role="status">These two actors are not connected.</p>}
      {result && result.paths.length > 1 && (
        <div role="group" aria-label="Paths">
          {result.paths.map((p, i) => (
            <button
              key={p.join('>')}
              type="button"
              className="btn"
              aria-pressed={i === result.chosen}
              onClick={() => choose(result.paths, i)}
            >
              {i === 0 ? 'Shortest' : `Alternative ${i}`} ({p.length - 1} hops)
            </button>
          ))}
        </div>
      )}
      {path && <PathHops graph={graph} path={path} labelOf={labelOf} onEvidence={onEvidence} />}
    </section>
  );
}

/** The hops of a path, each with its ties' types and the first sentence behind them. */
function PathHops(p: {
  graph: EntenteGraph;
  path: string[];
  labelOf: (k: string) => string;
  onEvidence: (ev: Evidence) => void;
}) {
  const ties = pathTies(p.graph, p.path);
  return (
    <ol className="path-hops" aria-label="Path">
      {ties.map((edges, i) => {
        const a = p.path[i] ?? '';
        const b = p.path[i + 1] ?? '';
        const first = edges[0];
        const ev = first ? p.graph.getEdgeAttribute(first, 'evidence')[0] : undefined;
        const types = [...new Set(edges.map((e) => p.graph.getEdgeAttribute(e, 'type')))].join(', ');
        return (
          <li key={`${a}>${b}`}>
            <strong>{p.labelOf(a)}</strong> — {types} — <strong>{p.labelOf(b)}</strong>
            {ev && (
              <blockquote>
                <button type="button" className="link evidence-link" onClick={() => p.onEvidence(ev)}>
                  {ev.text}
                </button>
              </blockquote>
            )}
          </li>
        );
      })}
    </ol>
  );
}
