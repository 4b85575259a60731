/** Step 11. Definite descriptions: "the Russian president" -> that country's leader in the text. */
import type { Actor } from '../doc';
import type { Mention } from '../mentions';
import type { ResolveCtx } from './context';
import { ensureState } from './context';

/** The leader of the state who best fits the head ("president"), most mentioned first. */
function bestLeader(ctx: ResolveCtx, m: Mention): Actor | undefined {
  let best: Actor | undefined;
  let bestScore = -1;
  for (const a of ctx.actors.values()) {
    if (a.kind !== 'leader' || a.country !== m.titleCountry) continue;
    const score =
      (a.role?.toLowerCase().includes(m.descHead ?? '\u0000') ? 100 : 0) + a.mentions + (a.role ? 1 : 0);
    if (score > bestScore) {
      best = a;
      bestScore = score;
    }
  }
  return best;
}

export function descriptions(ctx: ResolveCtx): void {
  const memo = new Map<string, string | undefined>();
  ctx.mentions.forEach((m, i) => {
    if (m.type !== 'desc' || !m.titleCountry) return;
    const memoKey = `${m.titleCountry}\u0000${m.descHead ?? ''}`;
    if (memo.has(memoKey)) {
      ctx.keyOf[i] = memo.get(memoKey);
      return;
    }
    ctx.keyOf[i] = bestLeader(ctx, m)?.key ?? ensureState(ctx, m.titleCountry);
    memo.set(memoKey, ctx.keyOf[i]);
  });
}
