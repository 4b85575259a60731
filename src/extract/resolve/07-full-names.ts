/**
 * Step 7. Full names (two tokens or more), longest first: each joins the cluster of the
 * same name, or of a longer full name that holds it ("Kim Jong" in "Kim Jong Un").
 */
import type { Mention } from '../mentions';
import type { Cluster, ResolveCtx } from './context';
import { clusterNamed, normTok } from './context';

/** Whether `small` is a contiguous run of `big`. */
function isSub(small: readonly string[], big: readonly string[]): boolean {
  if (small.length > big.length) return false;
  for (let s = 0; s + small.length <= big.length; s++) {
    let ok = true;
    for (let k = 0; k < small.length; k++) if (big[s + k] !== small[k]) ok = false;
    if (ok) return true;
  }
  return false;
}

/**
 * A longer full name holding `toks`, among the latest clusters sharing its first token.
 * Bounded: real articles have a handful; a pathological text with thousands stays linear.
 */
function findSuper(ctx: ResolveCtx, toks: readonly string[]): Cluster | undefined {
  const list = ctx.byToken.get(toks[0] ?? '') ?? [];
  for (let k = list.length - 1; k >= Math.max(0, list.length - 16); k--) {
    const x = list[k] as Cluster;
    if (isSub(toks, x.tokens)) return x;
  }
  return undefined;
}

export function fullNames(ctx: ResolveCtx): void {
  const { mentions } = ctx;
  const len = (i: number): number => mentions[i]?.nameTokens?.length ?? 0;
  const multi = ctx.personIdx.filter((i) => len(i) >= 2);
  multi.sort((a, b) => len(b) - len(a));
  for (const i of multi) {
    const m = mentions[i] as Mention;
    const toks = (m.nameTokens ?? []).map(normTok);
    const name = (m.nameTokens ?? []).join(' ');
    const c = ctx.byName.get(name.toLowerCase()) ?? findSuper(ctx, toks) ?? clusterNamed(ctx, name, toks);
    c.mentionIdx.push(i);
    ctx.assign.set(i, c);
  }
}
