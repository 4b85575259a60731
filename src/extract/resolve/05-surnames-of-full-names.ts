/**
 * Step 5. A bare surname that is an office holder's alias ("Vance") belongs to a full name
 * the article gives ("Peter Vance") rather than to the office holder.
 */
import type { Mention } from '../mentions';
import type { ResolveCtx } from './context';
import { normTok } from './context';

function fullNameTokens(mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions)
    if (m.type === 'name' && (m.nameTokens?.length ?? 0) >= 2)
      for (const t of m.nameTokens ?? []) out.add(normTok(t));
  return out;
}

export function surnamesOfFullNames(ctx: ResolveCtx): void {
  const full = fullNameTokens(ctx.mentions);
  for (const m of ctx.mentions)
    if (
      m.type === 'person' &&
      m.personName &&
      m.t1 - m.t0 === 1 &&
      full.has(normTok(m.surface)) &&
      !m.personName.split(/\s+/).every((t) => full.has(normTok(t)))
    ) {
      m.type = 'name';
      m.nameTokens = [m.surface];
      delete m.personName;
    }
}
