/**
 * The keyboard path over the canvas: once it has focus, an arrow key moves the selection to
 * the visible neighbour lying that way (from a tie, from its source); with nothing selected it
 * starts on the actor with most ties. Escape clears the selection.
 */
import { useCallback } from 'react';
import type { NodeSingular } from 'cytoscape';
import { ARROW_KEYS, neighbourInDirection } from '../canvas/keyboard';
import type { CanvasHandle, Selection } from '../canvas/types';

/** The node a keyboard move starts from, or null when nothing is selected. */
function startNode(handle: CanvasHandle, selection: Selection | null): NodeSingular | null {
  if (!selection) return null;
  const cy = handle.cy;
  const node = cy.nodes().getElementById(selection.key);
  if (node.nonempty()) return node;
  const edge = cy.edges().getElementById(selection.key);
  return edge.nonempty() ? edge.source() : null;
}

/** A keydown handler for the canvas element. */
export function useCanvasKeys(
  handle: CanvasHandle | null,
  selection: Selection | null,
  select: (selection: Selection | null) => void,
): (e: React.KeyboardEvent) => void {
  return useCallback(
    (e: React.KeyboardEvent) => {
      if (!handle) return;
      if (e.key === 'Escape' && selection) {
        e.preventDefault();
        select(null);
        return;
      }
      const dir = ARROW_KEYS[e.key];
      if (!dir) return;
      e.preventDefault();
      const from = startNode(handle, selection);
      let next: string | undefined;
      if (!from)
        next = handle.cy
          .nodes(':visible')
          .max((n) => n.degree(false))
          .ele?.id();
      else {
        const around = from
          .neighborhood()
          .nodes(':visible')
          .map((n) => ({ key: n.id(), ...n.renderedPosition() }));
        next = neighbourInDirection(from.renderedPosition(), around, dir);
      }
      if (!next) return;
      select({ type: 'node', key: next });
      handle.center(next);
    },
    [handle, selection, select],
  );
}
