/**
 * Adding a large placed graph to the visible Cytoscape instance without freezing the page:
 * the elements go in a few hundred at a time, one task each (nodes first, so every edge finds
 * its ends), with the viewport fitted to the final picture from the first chunk on.
 */
import type cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import type { Point } from './layout';

/** Most elements added per task: a chunk's style and bounds cost stays well under 200 ms. */
export const ADD_CHUNK = 250;

/**
 * Graphs with more elements than this are added in chunks. The focus on a big graph's top
 * 150 actors (about 450 elements, every one labelled) froze the page for 0.3 s added at once.
 */
export const CHUNKED_ADD_MIN = 240;

/**
 * Elements per chunk for a graph of `n`: about a dozen chunks, from 100 (a small graph's
 * elements are labelled, so dearer to draw) to {@link ADD_CHUNK}.
 */
export const chunkSize = (n: number): number => Math.min(ADD_CHUNK, Math.max(100, Math.ceil(n / 12)));

/**
 * Computes the style of `eles` now, in the current task. Cytoscape computes a changed style
 * lazily, in the next frame, where it adds to drawing the whole graph: done here, each chunk's
 * style costs its own task instead. (`cleanStyle` is Cytoscape's own, not in its typings.)
 */
export function styleNow(eles: object): void {
  (eles as unknown as { cleanStyle?: () => void }).cleanStyle?.();
}

/**
 * Resolves in a new task after the next frame (or after 100 ms where frames do not come, as
 * in a hidden tab): work done then is drawn before more is started.
 */
export const afterNextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, 100);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(done);
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
 * Removes the drawn elements and adds `defs` in chunks (see {@link chunkSize}), one task
 * each, waiting for a frame in between (`wait`): each frame then draws one more chunk.
 * Stops (resolving false) as soon as `current()` turns false: a newer graph has taken over.
 */
export async function addInChunks(
  cy: Core,
  defs: readonly ElementDefinition[],
  current: () => boolean,
  wait: () => Promise<void> = afterNextFrame,
): Promise<boolean> {
  cy.batch(() => {
    cy.elements().remove();
  });
  const size = chunkSize(defs.length);
  for (let i = 0; i < defs.length; i += size) {
    if (i > 0) await wait();
    if (!current()) return false;
    let added: cytoscape.CollectionReturnValue | undefined;
    cy.batch(() => {
      added = cy.add(defs.slice(i, i + size));
    });
    if (added) styleNow(added);
  }
  return true;
}
