/** Step 10. A place that is a person's surname, used as a speaker or with an honorific ("Lima told"). */
import { lexicon } from '../lexicon';
import { inSet } from '../match';
import type { Mention } from '../mentions';
import type { ResolveCtx } from './context';
import { normTok } from './context';

const nm = lexicon.names;

/** A one-word state name or capital followed by a speech verb or after an honorific. */
function usedAsPerson(ctx: ResolveCtx, m: Mention): boolean {
  if (m.type !== 'state' || (m.form !== 'capital' && m.form !== 'name') || m.t1 - m.t0 !== 1) return false;
  const next = ctx.tokens[m.t1];
  const speaks = !!next && lexicon.speech.verbs.has(next.lower) && ctx.text.slice(m.end, next.start) === ' ';
  return speaks || inSet(ctx.tokens, m.t0 - 1, nm.honorifics.words);
}

export function placeSurnames(ctx: ResolveCtx): void {
  ctx.mentions.forEach((m, i) => {
    if (!usedAsPerson(ctx, m)) return;
    // Clusters by token (all of a cluster's mentions share one key): no scan of every cluster.
    for (const c of ctx.byToken.get(normTok(m.surface)) ?? []) {
      const key = ctx.keyOf[c.mentionIdx[0] ?? -1];
      if (key && c.tokens.length >= 2) {
        ctx.keyOf[i] = key;
        return;
      }
    }
  });
}
