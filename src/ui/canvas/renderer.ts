/**
 * Renderer choice: Cytoscape's 2D canvas renderer or its WebGL mode
 * (`renderer: { name: 'canvas', webgl: true }`, Cytoscape 3.31+).
 *
 * Rule for `auto` (from `npm run bench:ui`): WebGL only pays off on a real GPU and on large
 * graphs. With a software WebGL implementation (SwiftShader, llvmpipe: what a browser falls
 * back to without a GPU) the bench measured it several times slower than the 2D canvas for
 * first draw, filter toggles and exports, so `auto` uses WebGL only when the context is
 * hardware-accelerated and the graph has at least {@link WEBGL_THRESHOLD} elements.
 */

/** With `auto`, graphs with at least this many elements (nodes + edges) may use WebGL. */
export const WEBGL_THRESHOLD = 6000;

/** What WebGL this browser offers. */
export type WebglSupport = 'hardware' | 'software' | 'none';

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Probes WebGL2 support (`none` outside browsers). */
export function webglSupport(): WebglSupport {
  if (typeof document === 'undefined') return 'none';
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE_GL.test(name) ? 'software' : 'hardware';
  } catch {
    return 'none';
  }
}

/** The renderer to use for a request and graph size. An explicit `webgl` is honoured when WebGL exists. */
export function chooseRenderer(
  requested: 'canvas' | 'webgl' | 'auto',
  elementCount: number,
  support: WebglSupport = webglSupport(),
): 'canvas' | 'webgl' {
  if (requested === 'canvas' || support === 'none') return 'canvas';
  if (requested === 'webgl') return 'webgl';
  return support === 'hardware' && elementCount >= WEBGL_THRESHOLD ? 'webgl' : 'canvas';
}
