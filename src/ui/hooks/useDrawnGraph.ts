/**
 * What the header and toolbar describe: the graph on the canvas. While a new graph is laid
 * out (seconds, for thousands of actors) the previous one stays drawn, and so do its title
 * and counts; they switch when the canvas reports the new graph drawn.
 */
import { useCallback, useState } from 'react';
import type { EntenteGraph } from '../../graph/types';

export interface DrawnGraph<M> {
  /** The graph the header describes: the drawn one while a newer one is on its way. */
  graph: EntenteGraph;
  /** The article records that go with it. */
  metas: M;
  /** Pass to the canvas (`onDrawn`). */
  onDrawn: (graph: EntenteGraph) => void;
}

/**
 * `graph` and `metas` as they are now, or, while the canvas still shows an older graph, that
 * graph and the records it had last. `onCanvas` is false when the canvas has no graph to draw
 * (nothing loaded): the current values are then described at once.
 */
export function useDrawnGraph<M>(graph: EntenteGraph, metas: M, onCanvas: boolean): DrawnGraph<M> {
  const [seen, setSeen] = useState<{ graph: EntenteGraph; metas: M }[]>([]);
  const [drawn, setDrawn] = useState<EntenteGraph | null>(null);
  if (!seen.some((s) => s.graph === graph && s.metas === metas)) {
    // Remembers what each graph came with, keeping only the drawn one's entry besides.
    setSeen((list) => [...list.filter((s) => s.graph === drawn && s.graph !== graph), { graph, metas }]);
  }
  const onDrawn = useCallback((g: EntenteGraph) => setDrawn(g), []);
  const old = onCanvas && drawn !== null && drawn !== graph ? seen.find((s) => s.graph === drawn) : undefined;
  return old ? { ...old, onDrawn } : { graph, metas, onDrawn };
}
