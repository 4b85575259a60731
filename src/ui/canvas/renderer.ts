/**
 * Renderer choice: Cytoscape's 2D canvas renderer or its WebGL mode
 * (`renderer: { name: 'canvas', webgl: true }`, Cytoscape 3.31+).
 */

/** With `auto`, graphs with at least this many elements (nodes + edges) use WebGL. */
export const WEBGL_THRESHOLD = 6000;

/** Whether this environment can create a WebGL2 context (false outside browsers). */
export function webglAvailable(): boolean {
  if (typeof document === 'undefined') return false;
  try {
    const canvas = document.createElement('canvas');
    return !!canvas.getContext('webgl2');
  } catch {
    return false;
  }
}

/** The renderer to use for a request and graph size. */
export function chooseRenderer(
  requested: 'canvas' | 'webgl' | 'auto',
  elementCount: number,
  canWebgl: boolean = webglAvailable(),
): 'canvas' | 'webgl' {
  if (requested === 'canvas' || !canWebgl) return 'canvas';
  if (requested === 'webgl') return 'webgl';
  return elementCount >= WEBGL_THRESHOLD ? 'webgl' : 'canvas';
}
