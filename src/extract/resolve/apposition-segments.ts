/** What the mentions inside an apposition's segments say: employers, research, a country. */
import { lexicon } from '../lexicon';
import { inSet } from '../match';
import type { Mention } from '../mentions';
import { phraseAt } from '../mentions';
import type { ResolveCtx } from './context';
import { officeHolderCountry } from './context';
import type { PersonFacts } from './facts';
import { isResearchBody } from './facts';

const nm = lexicon.names;

/** "a China expert", "Korea studies": a state naming a field of expertise (plurals too). */
function namesAField(ctx: ResolveCtx, om: Mention): boolean {
  const next = ctx.tokens[om.t1];
  if (!next) return false;
  if (inSet(ctx.tokens, om.t1, nm.expertiseHeads)) return true;
  return next.lower.endsWith('s') && nm.expertiseHeads.has(next.lower.slice(0, -1));
}

/** A state in the apposition: the person's country, unless it names a field or a plain name. */
function stateFact(ctx: ResolveCtx, om: Mention, f: PersonFacts): void {
  if (!om.iso3) return;
  if (namesAField(ctx, om) || om.form === 'name' || om.form === 'alias') {
    if (om.poss) f.apposCountry ??= om.iso3;
    return;
  }
  f.apposCountry ??= om.iso3;
}

/** One mention inside a segment; true when it is an organization the person belongs to. */
function mentionFact(ctx: ResolveCtx, oi: number, om: Mention, f: PersonFacts): boolean {
  if (om.type === 'org') {
    const key = ctx.keyOf[oi];
    if (!key) return false;
    f.orgs.add(key);
    if (isResearchBody(ctx, key)) f.research = true;
    return true;
  }
  if (om.type === 'state') stateFact(ctx, om, f);
  // "Macron's senior adviser": the employer's country.
  else if (om.type === 'person' && om.poss && om.personName)
    f.apposCountry ??= officeHolderCountry(om.personName);
  return false;
}

/** Reads every segment; true when one names an organization the person belongs to. */
export function segmentFacts(ctx: ResolveCtx, segs: readonly [number, number][], f: PersonFacts): boolean {
  let segOrg = false;
  for (const [a, b] of segs) {
    for (let k = a; k < b; k++) {
      const oi = ctx.tokOwner[k] ?? -1;
      const om = oi >= 0 ? ctx.mentions[oi] : undefined;
      if (!om) {
        if (phraseAt(ctx.tokens, k, b, nm.thinkTankNouns) > 0) f.research = true;
        continue;
      }
      k = om.t1 - 1;
      if (mentionFact(ctx, oi, om, f)) segOrg = true;
    }
  }
  return segOrg;
}
