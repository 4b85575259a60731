/**
 * Mounts the Cytoscape adapter in a container and keeps it in step with React state:
 * a new graph re-runs the layout; filter, layout and theme changes go through
 * `handle.update`; the selection through `handle.select`.
 */
import { useEffect, useRef, useState } from 'react';
import type { EntenteGraph } from '../../graph/types';
import { createCanvas, createWorkerLayoutRunner } from '../canvas';
import type { Appearance } from '../canvas/appearance';
import type { CanvasFilter, CanvasHandle, LayoutName, Selection } from '../canvas/types';

declare global {
  interface Window {
    /** The running page's Cytoscape instance, for tests and debugging. */
    cy?: CanvasHandle['cy'];
  }
}

export interface CanvasState {
  graph: EntenteGraph | null;
  filter: CanvasFilter;
  layout: LayoutName;
  dark: boolean;
  selection: Selection | null;
  onSelect: (selection: Selection | null) => void;
  /** The adapter threw while creating or updating the canvas. */
  onError: (error: Error) => void;
  /** A large graph's layout started (true) or was drawn (false); it runs in a worker. */
  onLayoutState?: (running: boolean) => void;
  /** A graph was drawn: its layout applied and all its elements added. */
  onDrawn?: (graph: EntenteGraph) => void;
  /** Size-by and colour-by. */
  appearance?: Appearance;
}

export function useCanvas(
  container: React.RefObject<HTMLElement | null>,
  s: CanvasState,
): CanvasHandle | null {
  const [handle, setHandle] = useState<CanvasHandle | null>(null);
  const onSelect = useRef(s.onSelect);
  const onError = useRef(s.onError);
  const onLayoutState = useRef(s.onLayoutState);
  const onDrawn = useRef(s.onDrawn);
  const applied = useRef<Partial<CanvasState>>({});
  useEffect(() => {
    onSelect.current = s.onSelect;
    onError.current = s.onError;
    onLayoutState.current = s.onLayoutState;
    onDrawn.current = s.onDrawn;
  });
  const fail = (e: unknown) => onError.current(e instanceof Error ? e : new Error(String(e)));

  // Create once the first graph is there; destroy on unmount.
  const ready = s.graph !== null;
  useEffect(() => {
    const el = container.current;
    if (!ready || !el || !s.graph) return;
    let h: CanvasHandle;
    // Large graphs are laid out in a worker, started on first need and stopped with the canvas.
    const runner = typeof Worker === 'undefined' ? undefined : createWorkerLayoutRunner();
    try {
      h = createCanvas({
        container: el,
        graph: s.graph,
        filter: s.filter,
        layout: s.layout,
        dark: s.dark,
        onSelect: (sel) => onSelect.current(sel),
        onLayoutState: (running) => onLayoutState.current?.(running),
        onDrawn: (graph) => onDrawn.current?.(graph),
        ...(runner ? { layoutRunner: runner.run } : {}),
      });
    } catch (e) {
      runner?.dispose();
      fail(e);
      return;
    }
    applied.current = { graph: s.graph, filter: s.filter, layout: s.layout, dark: s.dark };
    if (s.selection) h.select(s.selection);
    window.cy = h.cy;
    // The adapter is an external object created here; state makes the page re-render with it.
    setHandle(h);
    return () => {
      h.destroy();
      runner?.dispose();
      onLayoutState.current?.(false);
      if (window.cy === h.cy) delete window.cy;
      setHandle(null);
    };
    // Later changes are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, container]);

  useEffect(() => {
    if (!handle) return;
    const patch: Parameters<CanvasHandle['update']>[0] = {};
    const last = applied.current;
    if (s.graph && s.graph !== last.graph) patch.graph = s.graph;
    if (s.filter !== last.filter) patch.filter = s.filter;
    if (s.layout !== last.layout) patch.layout = s.layout;
    if (s.dark !== last.dark) patch.dark = s.dark;
    if (Object.keys(patch).length === 0) return;
    try {
      handle.update(patch);
      applied.current = { graph: s.graph, filter: s.filter, layout: s.layout, dark: s.dark };
    } catch (e) {
      fail(e);
    }
  }, [handle, s.graph, s.filter, s.layout, s.dark]);

  useEffect(() => {
    handle?.select(s.selection);
  }, [handle, s.selection]);

  useEffect(() => {
    if (handle && s.appearance) handle.setAppearance(s.appearance);
  }, [handle, s.appearance]);

  return handle;
}
