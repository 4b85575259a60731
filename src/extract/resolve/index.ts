/**
 * Stage 4, resolve: one actor per real-world actor. States by ISO code (names,
 * demonyms, capitals, seats); organizations by gazetteer key or name; people by
 * clustering a full name with its later short forms ("Kim", "Mr. Reeves"), typed as
 * leader or analyst from their titles and appositions; definite descriptions ("the
 * Russian president") resolve to the leader of that country mentioned in the text.
 *
 * The steps run in the order of their numbers; each reads and extends a shared context.
 */
import type { Doc } from '../doc';
import type { Mention } from '../mentions';
import type { Paragraph, Sentence } from '../sentences';
import type { Token } from '../tokens';
import { sharedStateForms } from './01-shared-state-forms';
import { contextualStates } from './02-contextual-states';
import { namedReadings } from './03-named-readings';
import { statesAndOrganizations } from './04-states-and-organizations';
import { surnamesOfFullNames } from './05-surnames-of-full-names';
import { officeHolders } from './06-office-holders';
import { fullNames } from './07-full-names';
import { shortForms } from './08-short-forms';
import { people } from './09-people';
import { placeSurnames } from './10-place-surnames';
import { descriptions } from './11-descriptions';
import { buildDocument } from './12-document';
import type { ResolveCtx } from './context';
import { createContext } from './context';

export { sentenceTokenRanges } from './context';

/** The steps, in order. */
const STEPS: readonly ((ctx: ResolveCtx) => void)[] = [
  sharedStateForms,
  contextualStates,
  namedReadings,
  statesAndOrganizations,
  surnamesOfFullNames,
  officeHolders,
  fullNames,
  shortForms,
  people,
  placeSurnames,
  descriptions,
];

/** Resolves mentions into actors and returns the document model. */
export function resolve(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  tokens: Token[],
  mentions: Mention[],
  date?: string,
): Doc {
  const ctx = createContext(text, sentences, tokens, mentions);
  for (const step of STEPS) step(ctx);
  return buildDocument(ctx, paragraphs, date);
}
