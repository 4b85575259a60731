/**
 * The workbench state of the page: size-by, colour-by and the focus on top actors (in the
 * URL, see `analysisState.ts`), the metric values they need (computed in a worker for large
 * graphs), and the graph the canvas draws: the top actors of a large graph, or all of it.
 */
import { useEffect, useMemo, useState } from 'react';
import type { MetricName } from '../../graph/analysis/basic';
import { degrees, topActors } from '../../graph/analysis/basic';
import { neighbourhood } from '../../graph/analysis/paths';
import { subgraph } from '../../graph/analysis/subgraph';
import type { EntenteGraph } from '../../graph/types';
import type { Appearance } from '../canvas/appearance';
import { heavy, metricValues } from '../lib/analysisClient';
import type { AnalysisView } from '../lib/analysisState';
import { FOCUS_MIN_ACTORS, parseAnalysis, serializeAnalysis } from '../lib/analysisState';
import type { NeighbourhoodView } from '../lib/neighbourhoodState';
import { parseNeighbourhood, serializeNeighbourhood } from '../lib/neighbourhoodState';

export interface Analysis {
  view: AnalysisView;
  setView: React.Dispatch<React.SetStateAction<AnalysisView>>;
  /** The graph to draw: `graph`, or its top actors and the ties among them. */
  shown: EntenteGraph;
  /** The neighbourhood focus, when its actor is in the graph. */
  hood: NeighbourhoodView | null;
  setHood: (hood: NeighbourhoodView | null) => void;
  /** Whether `shown` is the focus on top actors. */
  focused: boolean;
  /** Whether the size metric is still being computed. */
  computing: boolean;
  appearance: Appearance;
}

/** Values computed for one graph and one name; stale ones are ignored. */
interface Computed {
  graph: EntenteGraph;
  name: string;
  values: Map<string, number>;
}

/** Runs `compute` for (graph, name) and keeps its result (null while it runs, or when skipped). */
function useComputed(
  graph: EntenteGraph,
  name: string | null,
  compute: (g: EntenteGraph) => Promise<Map<string, number>>,
): Map<string, number> | null {
  const [done, setDone] = useState<Computed | null>(null);
  useEffect(() => {
    if (name === null) return;
    let live = true;
    compute(graph)
      .then((values) => {
        if (live) setDone({ graph, name, values });
      })
      .catch((e: unknown) => console.warn(`Could not compute ${name}:`, e));
    return () => {
      live = false;
    };
    // `compute` follows `name`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, name]);
  return done && done.graph === graph && done.name === name ? done.values : null;
}

/** Actors of a neighbourhood focus: within its hops of its actor, and next to expanded ones. */
function neighbourhoodKeys(graph: EntenteGraph, hood: NeighbourhoodView | null): Set<string> | null {
  if (!hood || !graph.hasNode(hood.key)) return null;
  const keys = new Set(neighbourhood(graph, hood.key, hood.hops).keys());
  for (const e of hood.expanded) for (const k of neighbourhood(graph, e, 1).keys()) keys.add(k);
  return keys;
}

/** Country of each actor: its `country`, or its own key for a state; '' when unknown. */
function countries(graph: EntenteGraph): Map<string, string> {
  const out = new Map<string, string>();
  graph.forEachNode((key, a) => out.set(key, a.country ?? (a.kind === 'state' ? key : '')));
  return out;
}

export function useAnalysis(graph: EntenteGraph): Analysis {
  const [view, setView] = useState<AnalysisView>(() => parseAnalysis(window.location.search));
  const [hood, setHood] = useState(() => parseNeighbourhood(window.location.search));
  useEffect(() => {
    const search = serializeNeighbourhood(hood, serializeAnalysis(view, window.location.search));
    if (search === window.location.search) return;
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
  }, [view, hood]);
  const size: MetricName = view.size;
  const values = useComputed(graph, size, (g) => metricValues(g, size));
  const community = useComputed(graph, view.color === 'community' ? 'community' : null, (g) =>
    heavy(g, 'community'),
  );
  const hoodKeys = useMemo(() => neighbourhoodKeys(graph, hood), [graph, hood]);
  const focused = !hoodKeys && view.top !== null && graph.order > FOCUS_MIN_ACTORS;
  const top = view.top;
  // The focus ranks by the size metric; degree stands in while a heavier one is computed.
  const byDegree = useMemo(() => (focused ? degrees(graph) : null), [graph, focused]);
  const ranking = focused ? (values ?? byDegree) : null;
  const shown = useMemo(
    () =>
      hoodKeys
        ? subgraph(graph, hoodKeys)
        : ranking && top !== null
          ? subgraph(graph, topActors(ranking, top))
          : graph,
    [graph, hoodKeys, ranking, top],
  );
  const groups = useMemo(
    () => (view.color === 'country' ? countries(graph) : view.color === 'community' ? community : null),
    [graph, view.color, community],
  );
  // Degree is the size nodes come with: no sizes to set then.
  const sizes = size === 'degree' ? null : values;
  const appearance = useMemo(() => ({ sizes, groups }), [sizes, groups]);
  return {
    view,
    setView,
    hood: hoodKeys ? hood : null,
    setHood,
    shown,
    focused,
    computing: values === null,
    appearance,
  };
}
