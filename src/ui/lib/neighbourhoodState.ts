/**
 * Neighbourhood focus in the URL: `?focus=KEY&hops=2&expand=K1,K2` shows only the actors
 * within `hops` ties of KEY, plus the direct neighbours of each expanded actor.
 */
export interface NeighbourhoodView {
  key: string;
  hops: 1 | 2 | 3;
  expanded: string[];
}

export const HOPS = [1, 2, 3] as const;

/** The neighbourhood focus of a query string, or null. */
export function parseNeighbourhood(search: string): NeighbourhoodView | null {
  const q = new URLSearchParams(search);
  const key = q.get('focus');
  if (!key) return null;
  const h = Number(q.get('hops') ?? '1');
  const hops = (HOPS as readonly number[]).includes(h) ? (h as 1 | 2 | 3) : 1;
  const expanded = (q.get('expand') ?? '').split(',').filter(Boolean);
  return { key, hops, expanded };
}

/** Writes the focus into `base`, keeping the other parameters. */
export function serializeNeighbourhood(v: NeighbourhoodView | null, base = ''): string {
  const q = new URLSearchParams(base);
  for (const k of ['focus', 'hops', 'expand']) q.delete(k);
  if (v) {
    q.set('focus', v.key);
    if (v.hops !== 1) q.set('hops', String(v.hops));
    if (v.expanded.length) q.set('expand', v.expanded.join(','));
  }
  const s = q.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return s ? `?${s}` : '';
}
