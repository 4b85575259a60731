/**
 * Capitalized runs: a sentence is cut into runs of capitalized words, with the connectors
 * that belong inside organization names and titles ("University of the Philippines",
 * "Democratic Republic of Congo", "de la Fuente"). Each run is then split by `segmentRun`.
 */
import { lexicon } from '../lexicon';
import { isWord } from '../match';
import type { Token } from '../tokens';
import type { Ctx } from './context';
import { isNamePart, joined } from './context';
import { descAt } from './descriptions';
import { formThroughOf, gazHits } from './forms';
import { segmentRun } from './segment';
import { titleAt } from './titles';

const nm = lexicon.names;
/** Longest capitalized run considered as one name or organization, in tokens. */
const MAX_RUN = 14;

/** How a run grows at j: its new end, and whether an organization head or title was added. */
interface Growth {
  j: number;
  head: boolean;
}

/** "King’s College London": a possessive inside an organization's name. */
function possessiveInName(ctx: Ctx, i: number, j: number): Growth | undefined {
  const cur = ctx.tokens[j] as Token;
  if (cur.cap && nm.orgHeads.has(cur.lower) && gazHits(ctx.tokens, i, j - i).length === 0)
    return { j: j + 1, head: true };
  return undefined;
}

/** "University of the Philippines", "Institute for the Study of War" */
function ofTheInName(ctx: Ctx, j: number): Growth | undefined {
  const { tokens, text } = ctx;
  const [prev, cur, after, third] = [tokens[j - 1], tokens[j], tokens[j + 1], tokens[j + 2]];
  if (!prev || !cur || !after || !third?.cap) return undefined;
  if (!nm.orgHeads.has(prev.lower) || !nm.ofPrepositions.has(cur.lower) || !isWord(tokens, j + 1, 'the'))
    return undefined;
  if (!joined(text, cur, after) || !joined(text, after, third)) return undefined;
  return { j: j + 3, head: nm.orgHeads.has(third.lower) };
}

/** "Democratic Republic of Congo", "Republic of the Congo": a gazetteer form with "of". */
function formOverOf(ctx: Ctx, i: number, j: number, b: number): Growth | undefined {
  const after = ctx.tokens[j + 1];
  if (!isWord(ctx.tokens, j, 'of') || !(after?.cap === true || isWord(ctx.tokens, j + 1, 'the')))
    return undefined;
  const end = formThroughOf(ctx, i, j, b);
  return end > 0 ? { j: end, head: false } : undefined;
}

/** "Bank of England"-like connectors after a head, and name particles: "de la Fuente", "van Dijk". */
function connectorInName(ctx: Ctx, j: number, sawHead: boolean): Growth | undefined {
  const { tokens, text } = ctx;
  const cur = tokens[j] as Token;
  const [after, third] = [tokens[j + 1], tokens[j + 2]];
  const particle = nm.particles.has(cur.lower);
  if (!(nm.connectors.has(cur.lower) && sawHead) && !particle) return undefined;
  // "de la Fuente", "van der Berg": two particles before the surname.
  const twoParticles = particle && !!after && nm.particles.has(after.lower) && !after.cap && !!third?.cap;
  if (twoParticles && joined(text, cur, after) && joined(text, after, third))
    return { j: j + 3, head: false };
  if (after && after.cap && joined(text, cur, after)) return { j: j + 2, head: nm.orgHeads.has(after.lower) };
  return undefined;
}

/** How the run [i, j) grows by the token at j, or undefined when it ends there. */
function growRun(ctx: Ctx, i: number, j: number, b: number, sawHead: boolean): Growth | undefined {
  const { tokens, text } = ctx;
  const prev = tokens[j - 1] as Token;
  const cur = tokens[j] as Token;
  if (prev.poss) return possessiveInName(ctx, i, j);
  if (!joined(text, prev, cur)) return undefined;
  if (isNamePart(cur)) return { j: j + 1, head: nm.orgHeads.has(cur.lower) || titleAt(tokens, j, b) > 0 };
  return ofTheInName(ctx, j) ?? formOverOf(ctx, i, j, b) ?? connectorInName(ctx, j, sawHead);
}

/** End of the capitalized run starting at token i (before b). */
function runEnd(ctx: Ctx, i: number, b: number): number {
  const t = ctx.tokens[i] as Token;
  let j = i + 1;
  let sawHead = nm.orgHeads.has(t.lower) || titleAt(ctx.tokens, i, b) > 0;
  // Names and organizations are short: cap the run (keeps per-run work bounded).
  while (j < b && j - i < MAX_RUN) {
    const g = growRun(ctx, i, j, b, sawHead);
    if (!g) break;
    j = g.j;
    if (g.head) sawHead = true;
  }
  return j;
}

/** Finds the mentions of sentence tokens [a, b): descriptions, then the capitalized runs. */
export function scanSentence(ctx: Ctx, a: number, b: number): void {
  let i = a;
  while (i < b) {
    if (!isNamePart(ctx.tokens[i] as Token)) {
      descAt(ctx, i, a, b);
      i++;
      continue;
    }
    const j = runEnd(ctx, i, b);
    segmentRun(ctx, i, j, a, b);
    i = j;
  }
}
