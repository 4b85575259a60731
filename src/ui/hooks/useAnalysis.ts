/**
 * The workbench state of the page: size-by, colour-by and the focus on top actors (in the
 * URL, see `analysisState.ts`), the metric values they need (computed in a worker for large
 * graphs), and the graph the canvas draws: the top actors of a large graph, or all of it.
 */
import { useEffect, useMemo, useState } from 'react';
import type { MetricName } from '../../graph/analysis';
import { degrees, subgraph, topActors } from '../../graph/analysis';
import type { EntenteGraph } from '../../graph/types';
import type { Appearance } from '../canvas/appearance';
import { heavy, metricValues } from '../lib/analysisClient';
import type { AnalysisView } from '../lib/analysisState';
import { FOCUS_MIN_ACTORS, parseAnalysis, serializeAnalysis } from '../lib/analysisState';

export interface Analysis {
  view: AnalysisView;
  setView: React.Dispatch<React.SetStateAction<AnalysisView>>;
  /** The graph to draw: `graph`, or its top actors and the ties among them. */
  shown: EntenteGraph;
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

/** Country of each actor: its `country`, or its own key for a state; '' when unknown. */
function countries(graph: EntenteGraph): Map<string, string> {
  const out = new Map<string, string>();
  graph.forEachNode((key, a) => out.set(key, a.country ?? (a.kind === 'state' ? key : '')));
  return out;
}

export function useAnalysis(graph: EntenteGraph): Analysis {
  const [view, setView] = useState<AnalysisView>(() => parseAnalysis(window.location.search));
  useEffect(() => {
    const search = serializeAnalysis(view, window.location.search);
    if (search === window.location.search) return;
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
  }, [view]);
  const size: MetricName = view.size;
  const values = useComputed(graph, size, (g) => metricValues(g, size));
  const community = useComputed(graph, view.color === 'community' ? 'community' : null, (g) =>
    heavy(g, 'community'),
  );
  const focused = view.top !== null && graph.order > FOCUS_MIN_ACTORS;
  const top = view.top;
  // The focus ranks by the size metric; degree stands in while a heavier one is computed.
  const byDegree = useMemo(() => (focused ? degrees(graph) : null), [graph, focused]);
  const ranking = focused ? (values ?? byDegree) : null;
  const shown = useMemo(
    () => (ranking && top !== null ? subgraph(graph, topActors(ranking, top)) : graph),
    [graph, ranking, top],
  );
  const groups = useMemo(
    () => (view.color === 'country' ? countries(graph) : view.color === 'community' ? community : null),
    [graph, view.color, community],
  );
  const appearance = useMemo(() => ({ sizes: values, groups }), [values, groups]);
  return { view, setView, shown, focused, computing: values === null, appearance };
}
