/**
 * Step 1. Forms two states share ("Congo", "Congolese") take the one the text names plainly
 * ("Democratic Republic of Congo", "Kinshasa"), titles included ("Congolese Foreign
 * Minister X"). Without such a name the gazetteer's first reading stays.
 */
import type { Mention } from '../mentions';
import type { ResolveCtx } from './context';

/** States named by a form that means only them. */
function plainlyNamedStates(mentions: readonly Mention[]): Set<string> {
  const plainly = new Set<string>();
  for (const m of mentions) if (m.type === 'state' && m.iso3 && !m.ambiguous && !m.alt) plainly.add(m.iso3);
  return plainly;
}

/** Picks the state reading of one shared form; notes in `remap` the readings it replaces. */
function pickSharedReading(m: Mention, plainly: Set<string>, remap: Map<string, string>): void {
  if (m.type !== 'state' || !m.iso3 || !m.alt) return;
  const cands = [m.iso3];
  for (const h of m.alt) if (h.kind === 'state') cands.push(h.iso3);
  const named = cands.filter((c) => plainly.has(c));
  // Named plainly: that one; else the gazetteer's first (more common) reading.
  const pick = named.length === 1 ? named[0] : named.length === 0 ? m.iso3 : undefined;
  if (pick === undefined) return;
  if (named.length) for (const c of cands) if (c !== pick) remap.set(c, pick);
  m.iso3 = pick;
  const rest = m.alt.filter((h) => h.kind !== 'state');
  if (rest.length) m.alt = rest;
  else delete m.alt;
}

export function sharedStateForms(ctx: ResolveCtx): void {
  const { mentions } = ctx;
  const plainly = plainlyNamedStates(mentions);
  const remap = new Map<string, string>();
  for (const m of mentions) pickSharedReading(m, plainly, remap);
  if (!remap.size) return;
  for (const m of mentions) {
    const to = m.titleCountry ? remap.get(m.titleCountry) : undefined;
    if (to && m.titleCountry && !plainly.has(m.titleCountry)) m.titleCountry = to;
  }
}
