/**
 * The workbench's part of the URL: `?size=pagerank&color=community&top=150`. `top` is the
 * focus cut-off: graphs with more than {@link FOCUS_MIN_ACTORS} actors open on their top
 * `top` actors by the size metric; `top=all` shows everything. Defaults are not written.
 */
import type { MetricName } from '../../graph/analysis/basic';
import { METRICS } from '../../graph/analysis/basic';

export const COLOR_BYS = ['kind', 'community', 'country'] as const;
export type ColorBy = (typeof COLOR_BYS)[number];

/** Graphs with more actors than this open focused on their top actors. */
export const FOCUS_MIN_ACTORS = 500;
/** Default focus cut-off. */
export const DEFAULT_TOP = 150;

export interface AnalysisView {
  size: MetricName;
  color: ColorBy;
  /** Focus cut-off, or null for "show all". */
  top: number | null;
}

export const defaultAnalysis = (): AnalysisView => ({ size: 'degree', color: 'kind', top: DEFAULT_TOP });

/** Reads the workbench parameters of a query string; unknown values are ignored. */
export function parseAnalysis(search: string): AnalysisView {
  const q = new URLSearchParams(search);
  const v = defaultAnalysis();
  const size = q.get('size');
  if (size && (METRICS as readonly string[]).includes(size)) v.size = size as MetricName;
  const color = q.get('color');
  if (color && (COLOR_BYS as readonly string[]).includes(color)) v.color = color as ColorBy;
  const top = q.get('top');
  if (top === 'all') v.top = null;
  else if (top && /^\d+$/.test(top) && Number(top) > 0) v.top = Number(top);
  return v;
}

/** Writes the workbench parameters into `base` (a query string), keeping the others. */
export function serializeAnalysis(v: AnalysisView, base = ''): string {
  const q = new URLSearchParams(base);
  for (const k of ['size', 'color', 'top']) q.delete(k);
  if (v.size !== 'degree') q.set('size', v.size);
  if (v.color !== 'kind') q.set('color', v.color);
  if (v.top !== DEFAULT_TOP) q.set('top', v.top === null ? 'all' : String(v.top));
  const s = q.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return s ? `?${s}` : '';
}
