/**
 * The workspace's date range and article filter in the URL (`?from=2024-01&to=2024-06&hide=a,b`),
 * next to the view parameters of src/ui/lib/urlState.ts: a shared link or a reload reproduces
 * them. The URL wins over the saved workspace view when the page opens.
 */
import { useEffect, useRef } from 'react';
import type { WorkspaceView } from '../../workspace/types';

const KEYS = ['from', 'to', 'hide'] as const;

/** The URL's date range and hidden articles, applied on top of `view`. */
export function viewFromUrl(search: string, view: WorkspaceView): WorkspaceView {
  const q = new URLSearchParams(search);
  if (!KEYS.some((k) => q.has(k))) return view;
  const next: WorkspaceView = { ...view };
  const from = q.get('from') ?? undefined;
  const to = q.get('to') ?? undefined;
  if (from || to) next.dateRange = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  else delete next.dateRange;
  const hide = (q.get('hide') ?? '').split(',').filter(Boolean);
  if (hide.length) next.hiddenArticles = hide;
  else delete next.hiddenArticles;
  return next;
}

/** `base` with the workspace view's parameters written (and absent ones removed). */
export function urlWithView(base: string, view: WorkspaceView): string {
  const q = new URLSearchParams(base);
  for (const k of KEYS) q.delete(k);
  if (view.dateRange?.from) q.set('from', view.dateRange.from);
  if (view.dateRange?.to) q.set('to', view.dateRange.to);
  if (view.hiddenArticles?.length) q.set('hide', view.hiddenArticles.join(','));
  const s = q.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return s ? `?${s}` : '';
}

/** Reads the URL into the workspace view once it is ready, then mirrors the view into the URL. */
export function useWorkspaceUrl(
  ready: boolean,
  view: WorkspaceView,
  setView: (update: (view: WorkspaceView) => WorkspaceView) => void,
): void {
  const read = useRef(false);
  useEffect(() => {
    if (!ready || read.current) return;
    read.current = true;
    const search = window.location.search;
    setView((v) => viewFromUrl(search, v));
  }, [ready, setView]);
  useEffect(() => {
    if (!read.current) return;
    const search = urlWithView(window.location.search, view);
    if (search === window.location.search) return;
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
  }, [view]);
}
