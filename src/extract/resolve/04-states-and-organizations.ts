/** Step 4. States by ISO code; organizations by gazetteer key or name. */
import { actorKey } from '../../graph/keys';
import { slug } from '../../graph/normalize';
import type { Actor } from '../doc';
import { gazetteer } from '../gazetteer';
import type { Mention } from '../mentions';
import type { ResolveCtx } from './context';
import { ensureState } from './context';

function newOrganization(m: Mention, key: string, name: string): Actor {
  const a: Actor = {
    key,
    label: name,
    kind: 'organization',
    aliases: new Set(),
    mentions: 0,
    affiliations: new Set(),
  };
  if (m.orgType) a.orgType = m.orgType;
  const o = m.orgKey ? gazetteer().organizations.get(m.orgKey) : undefined;
  if (o?.country) a.country = o.country;
  else if (m.iso3) a.country = m.iso3;
  return a;
}

/** The organization's key, its actor added if new; undefined for a name without letters. */
function organizationKey(ctx: ResolveCtx, m: Mention): string | undefined {
  const name = m.orgName ?? m.surface;
  const key = m.orgKey ?? actorKey('organization', name);
  if (!slug(name)) return undefined;
  if (!ctx.actors.has(key)) ctx.actors.set(key, newOrganization(m, key, name));
  return key;
}

export function statesAndOrganizations(ctx: ResolveCtx): void {
  ctx.mentions.forEach((m, i) => {
    if (ctx.dropped.has(i)) return;
    if (m.type === 'state' && m.iso3) {
      if (ensureState(ctx, m.iso3)) ctx.keyOf[i] = m.iso3;
    } else if (m.type === 'org') {
      const key = organizationKey(ctx, m);
      if (key) ctx.keyOf[i] = key;
    }
  });
}
