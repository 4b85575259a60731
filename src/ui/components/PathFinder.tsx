/**
 * "How is A connected to B": two actor pickers, the shortest path (by hops or by evidence)
 * and its next-shortest alternatives, each hop listed with the sentence behind it. The path
 * asked for is in the URL (see workbenchUrl.ts): a reload finds and shows it again.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { alternativePaths } from '../../graph/analysis/alternatives';
import { pathTies } from '../../graph/analysis/paths';
import type { EntenteGraph, Evidence } from '../../graph/types';
import { useUrlMirror } from '../hooks/useUrlMirror';
import type { PathQuery } from '../lib/workbenchUrl';
import { parsePathQuery, serializePathQuery } from '../lib/workbenchUrl';

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

/** The paths between the asked actors (null when either is not in the graph). */
function pathsFor(graph: EntenteGraph, asked: PathQuery | null): string[][] | null {
  if (!asked || !graph.hasNode(asked.from) || !graph.hasNode(asked.to)) return null;
  return alternativePaths(graph, asked.from, asked.to, asked.byEvidence);
}

export function PathFinder({ graph, onPath, onEvidence }: PathFinderProps) {
  const id = useId();
  /** The path asked for (by Find, or by the URL); the URL follows it. */
  const [asked, setAsked] = useState<PathQuery | null>(() => parsePathQuery(window.location.search));
  useUrlMirror(asked, serializePathQuery);
  const labelOf = (k: string) => (graph.hasNode(k) ? graph.getNodeAttribute(k, 'label') || k : k);
  /** What was typed in each picker; null until typed in (then the asked actor's label shows). */
  const [typedFrom, setFrom] = useState<string | null>(null);
  const [typedTo, setTo] = useState<string | null>(null);
  const from = typedFrom ?? (asked ? labelOf(asked.from) : '');
  const to = typedTo ?? (asked ? labelOf(asked.to) : '');
  /** What the picker being typed in holds: its suggestions follow it. */
  const [typing, setTyping] = useState('');
  const [byEvidence, setByEvidence] = useState(asked?.byEvidence ?? false);
  /** Typed names that name no actor. */
  const [unknown, setUnknown] = useState(false);
  const labels = useMemo(
    () => new Map(graph.mapNodes((k, a) => [(a.label || k).toLowerCase(), k] as const)),
    [graph],
  );
  const paths = useMemo(() => pathsFor(graph, asked), [graph, asked]);
  const chosen = paths ? Math.min(asked?.chosen ?? 0, Math.max(paths.length - 1, 0)) : 0;
  const path = paths?.[chosen];
  const shown = useMemo(
    () => (path ? { nodes: path, edges: pathTies(graph, path).flat() } : null),
    [graph, path],
  );
  useEffect(() => onPath(shown), [onPath, shown]);
  const find = () => {
    const a = keyFor(graph, labels, from);
    const b = keyFor(graph, labels, to);
    setUnknown(!a || !b);
    setAsked(a && b ? { from: a, to: b, byEvidence, chosen: 0 } : null);
  };
  const clear = () => {
    setFrom(from);
    setTo(to);
    setUnknown(false);
    setAsked(null);
  };
  const answered = unknown || (paths !== null && !path);
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
        {(asked || unknown) && (
          <button type="button" className="btn" onClick={clear}>
            Clear
          </button>
        )}
      </form>
      {answered && <p role="status">These two actors are not connected.</p>}
      {asked && paths && paths.length > 1 && (
        <div role="group" aria-label="Paths">
          {paths.map((p, i) => (
            <button
              key={p.join('>')}
              type="button"
              className="btn"
              aria-pressed={i === chosen}
              onClick={() => setAsked({ ...asked, chosen: i })}
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
