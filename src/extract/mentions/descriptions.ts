/** Definite descriptions: "the Russian president", "the 40-year-old North Korean dictator" (no name follows). */
import { lexicon } from '../lexicon';
import { isWord } from '../match';
import type { Ctx } from './context';
import { base, emit } from './context';
import { phraseAt, wordsOf } from './phrases';
import type { Mention } from './types';

/** How far back from the head a description's demonym and "the" may stand. */
const MAX_LOOKBACK = 5;

/** The state of the demonym between "the" and the head at i, or undefined without one. */
function describedState(ctx: Ctx, i: number, a: number): string | undefined {
  const { tokens } = ctx;
  let country: string | undefined;
  for (let k = i - 1; k >= Math.max(a, i - MAX_LOOKBACK); k--) {
    const own = ctx.owner[k] ?? -1;
    if (own >= 0) {
      const om = ctx.out[own] as Mention;
      if (om.type !== 'state' || om.form !== 'demonym') return undefined;
      country ??= om.iso3;
      k = om.t0;
      continue;
    }
    if (isWord(tokens, k, 'the')) return country;
    if (tokens[k]?.cap) return undefined;
  }
  return undefined;
}

/** Emits a description mention when the head at token i follows "the" and a demonym. */
export function descAt(ctx: Ctx, i: number, a: number, b: number): void {
  const { tokens } = ctx;
  const n = phraseAt(tokens, i, b, lexicon.names.descriptionHeads);
  if (n === 0) return;
  const next = tokens[i + n];
  if (next?.cap && next.sent === tokens[i]?.sent) return; // a name follows: a title, not a description
  const country = describedState(ctx, i, a);
  if (!country) return;
  const m: Mention = {
    ...base(ctx, i, i + n),
    type: 'desc',
    titles: [],
    formerTitles: [],
    descHead: wordsOf(tokens, i, i + n),
    titleCountry: country,
  };
  emit(ctx, m);
}
