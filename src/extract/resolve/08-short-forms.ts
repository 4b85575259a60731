/**
 * Step 8. Short forms ("Kim", "Reeves") join the full name sharing their word, the nearest
 * one mentioned before when there are several; otherwise they make a cluster of their own.
 */
import type { Mention } from '../mentions';
import type { Cluster, ResolveCtx } from './context';
import { clusterNamed, normTok } from './context';

/** Mentions of each cluster so far, sorted, and the short forms added since (ascending). */
interface Order {
  sortedIdx: Map<Cluster, number[]>;
  lastShort: Map<Cluster, number>;
}

/** Index of the cluster's last mention before mention i (binary search), or -1. */
function lastBefore(order: Order, c: Cluster, i: number): number {
  const xs = order.sortedIdx.get(c) ?? [];
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) < i) lo = mid + 1;
    else hi = mid;
  }
  const fromSorted = lo > 0 ? (xs[lo - 1] ?? -1) : -1;
  const s = order.lastShort.get(c) ?? -1;
  return s < i ? Math.max(fromSorted, s) : fromSorted;
}

/** The nearest full name mentioned before mention i: no scan of every mention. */
function nearestBefore(order: Order, cands: readonly Cluster[], i: number): Cluster | undefined {
  if (cands.length === 1) return cands[0];
  let c: Cluster | undefined;
  let best = -1;
  for (const cand of cands) {
    const mi = lastBefore(order, cand, i);
    if (mi > best) {
      best = mi;
      c = cand;
    }
  }
  return c ?? cands[0];
}

export function shortForms(ctx: ResolveCtx): void {
  const order: Order = { sortedIdx: new Map(), lastShort: new Map() };
  for (const c of ctx.clusters)
    order.sortedIdx.set(
      c,
      [...c.mentionIdx].sort((x, y) => x - y),
    );
  /** Full-name clusters per token (fixed once the full names are clustered). */
  const multiByTok = new Map<string, Cluster[]>();
  for (const i of ctx.personIdx) {
    if (ctx.assign.has(i)) continue;
    const m = ctx.mentions[i] as Mention;
    const tok = normTok(m.nameTokens?.[0] ?? '');
    let cands = multiByTok.get(tok);
    if (!cands) {
      cands = (ctx.byToken.get(tok) ?? []).filter((c) => c.tokens.length >= 2).slice(-16);
      multiByTok.set(tok, cands);
    }
    const c =
      nearestBefore(order, cands, i) ?? clusterNamed(ctx, m.nameTokens?.join(' ') ?? m.surface, [tok]);
    c.mentionIdx.push(i);
    order.lastShort.set(c, i);
    ctx.assign.set(i, c);
  }
}
