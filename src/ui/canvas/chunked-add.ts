/**
 * Adding a large placed graph to the visible Cytoscape instance without freezing the page:
 * the elements go in a few hundred at a time, one task each (nodes first, so every edge finds
 * its ends), with the viewport fitted to the final picture from the first chunk on.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { Point } from './layout';

/** Elements added per task: a chunk's style and bounds cost stays well under 200 ms. */
export const ADD_CHUNK = 250;

/** Graphs with more elements than this are added in chunks. */
export const CHUNKED_ADD_MIN = 2 * ADD_CHUNK;

/** Lets the browser draw and handle input before the next chunk. */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * Sets zoom and pan so that points (model units) fit in the view with `padding` px around,
 * as `cy.fit` would once they are drawn.
 */
export function fitPoints(cy: Core, points: Iterable<Point>, padding: number): void {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  if (!(x2 >= x1 && y2 >= y1)) return;
  const w = Math.max(1, cy.width() - 2 * padding);
  const h = Math.max(1, cy.height() - 2 * padding);
  const raw = Math.min(w / Math.max(1, x2 - x1), h / Math.max(1, y2 - y1));
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), raw));
  cy.viewport({
    zoom,
    pan: { x: cy.width() / 2 - (zoom * (x1 + x2)) / 2, y: cy.height() / 2 - (zoom * (y1 + y2)) / 2 },
  });
}

/**
 * Removes the drawn elements and adds `defs` in chunks of {@link ADD_CHUNK}, one task each.
 * Stops (resolving false) as soon as `current()` turns false: a newer graph has taken over.
 */
export async function addInChunks(
  cy: Core,
  defs: readonly ElementDefinition[],
  current: () => boolean,
): Promise<boolean> {
  cy.batch(() => {
    cy.elements().remove();
  });
  for (let i = 0; i < defs.length; i += ADD_CHUNK) {
    if (i > 0) await nextTask();
    if (!current()) return false;
    cy.batch(() => {
      cy.add(defs.slice(i, i + ADD_CHUNK));
    });
  }
  return true;
}
