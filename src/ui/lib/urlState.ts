/**
 * The view state that lives in the URL query string, so that a reload or a shared link
 * reproduces the view: `?off=quote,affiliation&kinds=state,leader&isolated=0&min=2&layout=grid&sel=n:CHN`.
 * Only values that differ from the defaults are written.
 */
import type { NodeKind, RelationType } from '../../graph/types';
import { NODE_KINDS, RELATION_TYPES } from '../../graph/types';
import type { CanvasFilter, LayoutName, Selection } from '../canvas/types';

export const LAYOUTS: readonly LayoutName[] = ['fcose', 'concentric', 'circle', 'grid'];

/** Everything the URL remembers. */
export interface ViewState {
  relations: Record<RelationType, boolean>;
  kinds: Record<NodeKind, boolean>;
  hideIsolated: boolean;
  /** Ties need at least this many evidence items to be shown (1: all). */
  minEvidence: number;
  layout: LayoutName;
  selection: Selection | null;
}

const allOn = <K extends string>(keys: readonly K[]): Record<K, boolean> =>
  Object.fromEntries(keys.map((k) => [k, true])) as Record<K, boolean>;

/** The view a fresh page starts with: everything visible, fcose, nothing selected. */
export function defaultView(): ViewState {
  return {
    relations: allOn(RELATION_TYPES),
    kinds: allOn(NODE_KINDS),
    hideIsolated: false,
    minEvidence: 1,
    layout: 'fcose',
    selection: null,
  };
}

const list = (v: string | null): string[] =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Reads a query string (with or without `?`); unknown values are ignored. */
export function parseView(search: string): ViewState {
  const q = new URLSearchParams(search);
  const view = defaultView();
  for (const t of list(q.get('off'))) if (t in view.relations) view.relations[t as RelationType] = false;
  if (q.has('kinds')) {
    const shown = new Set(list(q.get('kinds')));
    for (const k of NODE_KINDS) view.kinds[k] = shown.has(k);
  }
  view.hideIsolated = q.get('isolated') === '0';
  view.minEvidence = parseMinEvidence(q.get('min'));
  const layout = q.get('layout');
  if (layout && (LAYOUTS as readonly string[]).includes(layout)) view.layout = layout as LayoutName;
  const sel = q.get('sel');
  if (sel?.startsWith('n:') && sel.length > 2) view.selection = { type: 'node', key: sel.slice(2) };
  else if (sel?.startsWith('e:') && sel.length > 2) view.selection = { type: 'edge', key: sel.slice(2) };
  return view;
}

/**
 * Writes the view into a query string, keeping unrelated parameters of `base`.
 * Returns '' or a string starting with '?'.
 */
export function serializeView(view: ViewState, base = ''): string {
  const q = new URLSearchParams(base);
  for (const k of ['off', 'kinds', 'isolated', 'min', 'layout', 'sel']) q.delete(k);
  const off = RELATION_TYPES.filter((t) => !view.relations[t]);
  if (off.length) q.set('off', off.join(','));
  const kinds = NODE_KINDS.filter((k) => view.kinds[k]);
  if (kinds.length < NODE_KINDS.length) q.set('kinds', kinds.join(','));
  if (view.hideIsolated) q.set('isolated', '0');
  if (view.minEvidence > 1) q.set('min', String(view.minEvidence));
  if (view.layout !== 'fcose') q.set('layout', view.layout);
  if (view.selection) q.set('sel', `${view.selection.type === 'node' ? 'n' : 'e'}:${view.selection.key}`);
  const s = q.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return s ? `?${s}` : '';
}

/** The canvas filter for a view (the workspace may add date/article bounds on top). */
export function toFilter(view: ViewState): CanvasFilter {
  return {
    relations: { ...view.relations },
    kinds: { ...view.kinds },
    hideIsolated: view.hideIsolated,
    minEvidence: view.minEvidence,
  };
}

/** Highest minimum-evidence setting the page accepts. */
export const MAX_MIN_EVIDENCE = 99;

/** A minimum-evidence setting from text: a whole number from 1 to {@link MAX_MIN_EVIDENCE}, else 1. */
export function parseMinEvidence(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_MIN_EVIDENCE) : 1;
}
