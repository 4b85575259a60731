/** Step 3. Ambiguous forms take the reading that the rest of the text names ("Brussels" -> EU). */
import type { ResolveCtx } from './context';
import { asOrganization } from './context';

export function namedReadings(ctx: ResolveCtx): void {
  const named = new Set<string>();
  for (const m of ctx.mentions) if (!m.alt) named.add(m.type === 'state' ? (m.iso3 ?? '') : (m.orgKey ?? ''));
  for (const m of ctx.mentions) {
    const alt = m.alt?.find((h) => h.kind === 'organization' && named.has(h.key));
    if (alt?.kind === 'organization' && m.type === 'state' && !named.has(m.iso3 ?? '')) {
      asOrganization(m, alt.key);
    }
  }
}
