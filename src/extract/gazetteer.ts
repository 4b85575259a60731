/**
 * World gazetteer: states (names, short forms, demonyms, capitals, seats of power),
 * intergovernmental and other well-known organizations, well-known office holders and
 * titles. All names live in `data/gazetteer/*.json`; this module only indexes them.
 * Static JSON imports keep it usable in Node, in the browser and in a Web Worker.
 */
import statesData from '../../data/gazetteer/states.json';
import orgsData from '../../data/gazetteer/organizations.json';
import holdersData from '../../data/gazetteer/officeholders.json';
import titlesData from '../../data/gazetteer/titles.json';

export interface StateEntry {
  /** ISO 3166 alpha-3: the node key. */
  iso3: string;
  /** Canonical short name: "North Korea". */
  name: string;
  /** Official names, short forms and abbreviations: "DPRK", "U.S.". */
  aliases: string[];
  /** Adjectival / demonym forms: "North Korean". */
  demonyms: string[];
  capitals: string[];
  /** Seats of power used for the government: "Kremlin", "White House". */
  seats: string[];
}

export interface OrganizationEntry {
  /** Node key, `org:` + slug of the name. */
  key: string;
  name: string;
  aliases: string[];
  /** Adjectival forms ("European" is NOT one: it would swallow "European Council"). */
  demonyms: string[];
  type:
    | 'intergovernmental'
    | 'ministry'
    | 'think-tank'
    | 'university'
    | 'party'
    | 'media'
    | 'armed-group'
    | 'other';
  /** ISO3 of the state it belongs to, when national. */
  country?: string;
}

export interface OfficeHolderEntry {
  name: string;
  aliases: string[];
  /** ISO3 of the state, or an organization key, they act for. */
  country: string;
  role: string;
}

/** What a surface form may refer to. */
export type GazetteerHit =
  | { kind: 'state'; iso3: string; form: 'name' | 'alias' | 'demonym' | 'capital' | 'seat' }
  | { kind: 'organization'; key: string; form: 'name' | 'alias' | 'demonym' }
  | { kind: 'person'; name: string; form: 'name' | 'alias' };

export interface Gazetteer {
  states: ReadonlyMap<string, StateEntry>;
  organizations: ReadonlyMap<string, OrganizationEntry>;
  officeHolders: readonly OfficeHolderEntry[];
  /** Title words and phrases, lower case, per kind of person they imply. */
  titles: { leader: readonly string[]; analyst: readonly string[] };
  /**
   * Everything a surface form may refer to. Matching is exact on the form as written
   * (so "US" and "us" differ), then on a case-folded form for multi-letter names.
   */
  lookup(surface: string): readonly GazetteerHit[];
  /** The largest number of space-separated tokens of any indexed form. */
  maxTokens: number;
}

function build(): Gazetteer {
  const states = new Map<string, StateEntry>();
  const organizations = new Map<string, OrganizationEntry>();
  const exact = new Map<string, GazetteerHit[]>();
  const folded = new Map<string, GazetteerHit[]>();
  let maxTokens = 1;
  const add = (form: string, hit: GazetteerHit): void => {
    const f = form.trim();
    if (!f) return;
    maxTokens = Math.max(maxTokens, f.split(/\s+/).length);
    const push = (m: Map<string, GazetteerHit[]>, k: string): void => {
      const list = m.get(k);
      if (list) list.push(hit);
      else m.set(k, [hit]);
    };
    push(exact, f);
    // Abbreviations (all caps, short) only match as written.
    if (!/^[A-Z.]{2,6}$/.test(f)) push(folded, f.toLowerCase());
  };
  for (const s of statesData as StateEntry[]) {
    states.set(s.iso3, s);
    add(s.name, { kind: 'state', iso3: s.iso3, form: 'name' });
    for (const a of s.aliases) add(a, { kind: 'state', iso3: s.iso3, form: 'alias' });
    for (const a of s.demonyms) add(a, { kind: 'state', iso3: s.iso3, form: 'demonym' });
    for (const a of s.capitals) add(a, { kind: 'state', iso3: s.iso3, form: 'capital' });
    for (const a of s.seats) add(a, { kind: 'state', iso3: s.iso3, form: 'seat' });
  }
  for (const o of orgsData as OrganizationEntry[]) {
    organizations.set(o.key, o);
    add(o.name, { kind: 'organization', key: o.key, form: 'name' });
    for (const a of o.aliases) add(a, { kind: 'organization', key: o.key, form: 'alias' });
    for (const a of o.demonyms) add(a, { kind: 'organization', key: o.key, form: 'demonym' });
  }
  const officeHolders = holdersData as OfficeHolderEntry[];
  for (const p of officeHolders) {
    add(p.name, { kind: 'person', name: p.name, form: 'name' });
    for (const a of p.aliases) add(a, { kind: 'person', name: p.name, form: 'alias' });
  }
  const titles = titlesData;
  return {
    states,
    organizations,
    officeHolders,
    titles,
    maxTokens,
    lookup(surface: string): readonly GazetteerHit[] {
      return exact.get(surface) ?? folded.get(surface.toLowerCase()) ?? [];
    },
  };
}

let cached: Gazetteer | undefined;
/** The gazetteer, built once on first use. */
export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}
