/**
 * Step 6. Office holders of the gazetteer become clusters of their own; name mentions are
 * listed for the next steps.
 */
import type { Mention } from '../mentions';
import type { Cluster, ResolveCtx } from './context';
import { addCluster, holderIndex, normTok } from './context';

/** "Jordan’s King Abdullah": of two office holders sharing a form, the one of the title's state. */
function holderOfTitleState(ctx: ResolveCtx, m: Mention): void {
  if (!m.personName || !m.alt) return;
  const pi = ctx.tokOwner[m.t0 - 1] ?? -1;
  const pm = pi >= 0 ? ctx.mentions[pi] : undefined;
  const want = m.titleCountry ?? (pm?.type === 'state' && pm.poss ? pm.iso3 : undefined);
  const own = holderIndex().get(m.personName);
  if (want && own?.country !== want)
    for (const h of m.alt)
      if (h.kind === 'person' && holderIndex().get(h.name)?.country === want) m.personName = h.name;
}

function holderCluster(ctx: ResolveCtx, personName: string): Cluster {
  let c = ctx.byName.get(personName.toLowerCase());
  if (!c) {
    const holder = holderIndex().get(personName);
    c = { name: personName, tokens: personName.split(/\s+/).map(normTok), mentionIdx: [], evidence: true };
    if (holder) c.gaz = { country: holder.country, role: holder.role };
    ctx.byName.set(personName.toLowerCase(), c);
    addCluster(ctx, c);
  }
  return c;
}

export function officeHolders(ctx: ResolveCtx): void {
  ctx.mentions.forEach((m, i) => {
    if (m.type === 'person' && m.personName) {
      holderOfTitleState(ctx, m);
      holderCluster(ctx, m.personName).mentionIdx.push(i);
    } else if (m.type === 'name') ctx.personIdx.push(i);
  });
}
