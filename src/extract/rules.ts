/**
 * The loader's rule catalogue: every rule id ("quote/inverted-cue") with the plain-words
 * reason the explorer shows ("why this tie: …"). The reasons are data, one file a relation
 * kind in data/rules/ (kind.json for the rules that type actors); the extractors stamp the
 * ids on each tie they find, resolve stamps a kind rule on the actor it typed.
 */
import alliance from '../../data/rules/alliance.json';
import visit from '../../data/rules/visit.json';
import sanction from '../../data/rules/sanction.json';
import quote from '../../data/rules/quote.json';
import affiliation from '../../data/rules/affiliation.json';
import kind from '../../data/rules/kind.json';

const REASONS: ReadonlyMap<string, string> = new Map(
  [alliance, visit, sanction, quote, affiliation, kind].flatMap((file) =>
    Object.entries(file as Record<string, string>),
  ),
);

/** Every known rule id. */
export const RULE_IDS: readonly string[] = [...REASONS.keys()];

/** The plain-words reason for a rule id, or undefined for an unknown id. */
export function ruleReason(id: string): string | undefined {
  return REASONS.get(id);
}
