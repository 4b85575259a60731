/**
 * Stable keys. States use ISO 3166 alpha-3 ("CHN"); everything else a normalized name
 * ("person:kim-jong-un", "org:united-nations"), so that the same actor found in two
 * articles becomes one node. Names keep the letters of every script (see ./normalize).
 */
import { keyName, slug } from './normalize';
import type { NodeKind, RelationType } from './types';
import { UNDIRECTED_TYPES } from './types';

export { slug };

/** Key of an actor. `iso3` must be given for states. */
export function actorKey(kind: NodeKind, name: string, iso3?: string): string {
  if (kind === 'state') {
    if (!iso3) throw new Error(`actorKey: state "${name}" needs an ISO 3166 alpha-3 code`);
    return iso3.toUpperCase();
  }
  const prefix = kind === 'organization' ? 'org' : 'person';
  return `${prefix}:${keyName(name)}`;
}

/** Key of the single edge per (type, source, target); undirected types sort their ends. */
export function tieKey(type: RelationType, source: string, target: string): string {
  if (UNDIRECTED_TYPES.has(type)) {
    const [a, b] = source < target ? [source, target] : [target, source];
    return `${type}:${a}--${b}`;
  }
  return `${type}:${source}->${target}`;
}
