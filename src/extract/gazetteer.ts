/**
 * World gazetteer: states (names, short forms, demonyms, capitals, seats of power),
 * intergovernmental and other well-known organizations, well-known office holders and
 * titles. All names live in `data/gazetteer/*.json`; this module only indexes them.
 * Static JSON imports keep it usable in Node, in the browser and in a Web Worker.
 *
 * Ambiguity: an entry may list in `ambiguous` those of its own forms that often mean
 * something else in English news ("Georgia" the US state, "Jordan" or "Chad" as first
 * names, "Congo" which one, "Washington" the person). Their hits carry `ambiguous: true`;
 * the loader should accept them only with supporting context (a title, a demonym, a
 * second mention by an unambiguous form, a sentence about states). A form indexed for two
 * different states is always marked ambiguous in both (tested).
 *
 * Matching, in order:
 * 1. exact, after normalizing typography (curly apostrophes, Unicode hyphens, spaces);
 * 2. the same with accents removed ("Elysee" finds "Élysée", "Turkiye" finds "Türkiye");
 * 3. case-folded, only for surfaces that do not start with a lower-case letter (so
 *    "NORTH KOREA" matches but "turkey" and "china" do not), and never for
 *    abbreviations: "US", "U.S.", "WHO" and "G7" match only as written.
 */
import statesData from '../../data/gazetteer/states.json';
import orgsData from '../../data/gazetteer/organizations.json';
import holdersData from '../../data/gazetteer/officeholders.json';
import titlesData from '../../data/gazetteer/titles.json';
import placesData from '../../data/gazetteer/places.json';
import { normalizeSurface, stripAccents } from '../graph/normalize';

export interface StateEntry {
  /** ISO 3166 alpha-3: the node key (Kosovo uses the customary user-assigned "XKX"). */
  iso3: string;
  /** Canonical short name: "North Korea". */
  name: string;
  /** Official names, short forms, abbreviations and former names: "DPRK", "U.S.", "Burma". */
  aliases: string[];
  /** Adjectival / demonym forms, with plural people forms: "North Korean", "Saudis". */
  demonyms: string[];
  capitals: string[];
  /** Seats of power used for the government: "Kremlin", "White House". */
  seats: string[];
  /** Forms of this entry (from any list above, or the name) that need context. */
  ambiguous?: string[];
  /** Absent means a UN member state. */
  status?: 'observer' | 'partially-recognized' | 'territory';
}

export interface OrganizationEntry {
  /** Node key, `org:` + slug of the name (`actorKey('organization', name)`). */
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
  /** Key of the organization this one is an organ or agency of ("org:united-nations"). */
  parent?: string;
  /** Forms of this entry that need context ("Quad", "Crisis Group"). */
  ambiguous?: string[];
}

export interface OfficeHolderEntry {
  name: string;
  aliases: string[];
  /** ISO3 of the state, or an organization key, they act for. */
  country: string;
  /** The best-known office held in 2000–2026, lower case: "president", "foreign minister". */
  role: string;
  /**
   * Full forms of this entry shared with another person ("King Abdullah"). Bare surnames
   * that are ambiguous in world news ("May", "Brown", "Clinton") are left out instead:
   * the loader resolves them to a full name given earlier in the article.
   */
  ambiguous?: string[];
}

/** What a surface form may refer to. `ambiguous` marks a form that needs context. */
export type GazetteerHit =
  | {
      kind: 'state';
      iso3: string;
      form: 'name' | 'alias' | 'demonym' | 'capital' | 'seat';
      ambiguous?: true;
    }
  | { kind: 'organization'; key: string; form: 'name' | 'alias' | 'demonym'; ambiguous?: true }
  | { kind: 'person'; name: string; form: 'name' | 'alias'; ambiguous?: true };

export interface Titles {
  /** Titles of people who act for a state or an intergovernmental body. */
  leader: readonly string[];
  /** Titles of quoted experts who do not act for a state. */
  analyst: readonly string[];
  /** Titles whose kind depends on the institution ("director" of the CIA vs of a think tank). */
  contextual: readonly string[];
  /** Words that may precede a title without changing its kind: "former", "acting", "deputy". */
  modifiers: readonly string[];
  /** Honorifics that may precede a name: "Mr", "Mr.", "Dr", "Sir". Case as written. */
  honorifics: readonly string[];
}

export interface Gazetteer {
  states: ReadonlyMap<string, StateEntry>;
  organizations: ReadonlyMap<string, OrganizationEntry>;
  officeHolders: readonly OfficeHolderEntry[];
  /** Title words and phrases, lower case, per kind of person they imply. */
  titles: Titles;
  /**
   * Everything a surface form may refer to. Matching is exact on the form as written
   * (so "US" and "us" differ), then accent-insensitive, then case-folded for surfaces
   * that start with a capital (see the module comment).
   */
  lookup(surface: string): readonly GazetteerHit[];
  /**
   * Whether a surface is a place that is NOT a state actor although it contains a state
   * form: "South China Sea", "Latin America", "Northern Ireland", "Lake Chad". A loader
   * that matches the longest form first should skip these spans.
   */
  isNonActorPlace(surface: string): boolean;
  /**
   * Whether some indexed form or non-actor place starts with this token (accent- and
   * case-insensitive): a loader can skip n-grams whose first token starts nothing.
   */
  startsForm(token: string): boolean;
  /** The largest number of space-separated tokens of any indexed form (places included). */
  maxTokens: number;
}

export { normalizeSurface, stripAccents };

/**
 * Abbreviations match only as written: one token that has a dot ("U.S.") or at least two
 * capitals or digits and no run of lower-case letters ("US", "DPRK", "BiH", "G7").
 */
export function isAbbreviation(form: string): boolean {
  if (/\s/.test(form)) return false;
  if (form.includes('.')) return true;
  const caps = form.match(/[A-Z0-9]/g)?.length ?? 0;
  return caps >= 2 && /[A-Z]/.test(form) && !/[a-z]{2}/.test(form);
}

const startsLowerCase = (s: string): boolean => {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(s);
};
const firstToken = (s: string): string => {
  const i = s.indexOf(' ');
  return i < 0 ? s : s.slice(0, i);
};
/** Printable ASCII words separated by single spaces, without a backtick: already normalized. */
const PLAIN = /^[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*$/;
const NONE: readonly GazetteerHit[] = [];
/**
 * Plain ASCII is already normalized and has no accents: these skip Unicode normalization,
 * which costs most of the gazetteer's start-up (nearly every form is plain).
 */
const normalForm = (s: string): string => (PLAIN.test(s) ? s : normalizeSurface(s));
/** Plain ASCII as it is; anything else normalized and without accents. */
const bareForm = (s: string): string => (PLAIN.test(s) ? s : stripAccents(normalizeSurface(s)));

/** The form indexes `lookup` reads, filled while the gazetteer is built. */
interface FormIndex {
  exact: Map<string, GazetteerHit[]>;
  loose: Map<string, GazetteerHit[]>;
  folded: Map<string, GazetteerHit[]>;
  /** First tokens of the folded keys: most surfaces are rejected on their first word. */
  foldedFirst: Set<string>;
  /** First tokens (accent- and case-folded) of every form and non-actor place. */
  anyFirst: Set<string>;
  maxTokens: number;
}

const newIndex = (): FormIndex => ({
  exact: new Map(),
  loose: new Map(),
  folded: new Map(),
  foldedFirst: new Set(),
  anyFirst: new Set(),
  maxTokens: 1,
});

const targetOf = (h: GazetteerHit): string =>
  h.kind === 'state' ? h.iso3 : h.kind === 'organization' ? h.key : `person:${h.name}`;

/** Adds `hit` under `k`, once per target. */
function push(m: Map<string, GazetteerHit[]>, k: string, hit: GazetteerHit): void {
  const list = m.get(k);
  if (!list) m.set(k, [hit]);
  else if (!list.some((h) => targetOf(h) === targetOf(hit))) list.push(hit);
}

/** Notes a normalized form's length in tokens and its first token. */
function countTokens(ix: FormIndex, f: string): void {
  ix.maxTokens = Math.max(ix.maxTokens, f.split(' ').length);
  ix.anyFirst.add(bareForm(firstToken(f)).toLowerCase());
}

/** Indexes one form: exact, accent-free, and case-folded unless an abbreviation. */
function addForm(ix: FormIndex, form: string, hit: GazetteerHit): void {
  const f = normalForm(form);
  if (!f) return;
  countTokens(ix, f);
  const bare = bareForm(f);
  push(ix.exact, f, hit);
  push(ix.loose, bare, hit);
  if (!isAbbreviation(f)) {
    const key = bare.toLowerCase();
    push(ix.folded, key, hit);
    ix.foldedFirst.add(firstToken(key));
  }
}

/** `{ ambiguous: true }` when the entry lists `form` among the forms that need context. */
function ambiguity(entry: { ambiguous?: readonly string[] }): (form: string) => { ambiguous?: true } {
  if (!entry.ambiguous?.length) return () => ({});
  const amb = new Set(entry.ambiguous.map(normalForm));
  return (form) => (amb.has(normalForm(form)) ? { ambiguous: true as const } : {});
}

function indexStates(ix: FormIndex): Map<string, StateEntry> {
  const states = new Map<string, StateEntry>();
  for (const s of statesData as StateEntry[]) {
    states.set(s.iso3, s);
    const amb = ambiguity(s);
    const put = (form: string, kind: 'name' | 'alias' | 'demonym' | 'capital' | 'seat'): void =>
      addForm(ix, form, { kind: 'state', iso3: s.iso3, form: kind, ...amb(form) });
    put(s.name, 'name');
    for (const a of s.aliases) put(a, 'alias');
    for (const a of s.demonyms) put(a, 'demonym');
    for (const a of s.capitals) put(a, 'capital');
    for (const a of s.seats) put(a, 'seat');
  }
  return states;
}

function indexOrganizations(ix: FormIndex): Map<string, OrganizationEntry> {
  const organizations = new Map<string, OrganizationEntry>();
  for (const o of orgsData as OrganizationEntry[]) {
    organizations.set(o.key, o);
    const amb = ambiguity(o);
    const put = (form: string, kind: 'name' | 'alias' | 'demonym'): void =>
      addForm(ix, form, { kind: 'organization', key: o.key, form: kind, ...amb(form) });
    put(o.name, 'name');
    for (const a of o.aliases) put(a, 'alias');
    for (const a of o.demonyms) put(a, 'demonym');
  }
  return organizations;
}

function indexOfficeHolders(ix: FormIndex): OfficeHolderEntry[] {
  const officeHolders = holdersData as OfficeHolderEntry[];
  for (const p of officeHolders) {
    const amb = ambiguity(p);
    const put = (form: string, kind: 'name' | 'alias'): void =>
      addForm(ix, form, { kind: 'person', name: p.name, form: kind, ...amb(form) });
    put(p.name, 'name');
    for (const a of p.aliases) put(a, 'alias');
  }
  return officeHolders;
}

/** Non-actor places, accent- and case-folded ("south china sea"). */
function indexPlaces(ix: FormIndex): Set<string> {
  const places = new Set<string>();
  for (const p of placesData) {
    const f = normalForm(p);
    countTokens(ix, f);
    places.add(bareForm(f).toLowerCase());
  }
  return places;
}

function readTitles(): Titles {
  const t = titlesData as Partial<Titles> & Pick<Titles, 'leader' | 'analyst'>;
  return {
    leader: t.leader,
    analyst: t.analyst,
    contextual: t.contextual ?? [],
    modifiers: t.modifiers ?? [],
    honorifics: t.honorifics ?? [],
  };
}

/** Exact, then normalized, then accent-free, then case-folded (see the module comment). */
function lookupIn(ix: FormIndex, surface: string): readonly GazetteerHit[] {
  const hit = ix.exact.get(surface);
  if (hit) return hit;
  // Fast path: plain ASCII needs no typographic normalization and has no accents.
  let n = surface;
  let bare = surface;
  if (!PLAIN.test(surface)) {
    n = normalizeSurface(surface);
    const normalizedHit = ix.exact.get(n);
    if (normalizedHit) return normalizedHit;
    bare = stripAccents(n);
  }
  const looseHit = ix.loose.get(bare);
  if (looseHit) return looseHit;
  if (startsLowerCase(n) || !ix.foldedFirst.has(firstToken(bare).toLowerCase())) return NONE;
  return ix.folded.get(bare.toLowerCase()) ?? NONE;
}

function build(): Gazetteer {
  const ix = newIndex();
  // Indexing order matters: a form's hits keep the order states, organizations, people.
  const states = indexStates(ix);
  const organizations = indexOrganizations(ix);
  const officeHolders = indexOfficeHolders(ix);
  const places = indexPlaces(ix);
  return {
    states,
    organizations,
    officeHolders,
    titles: readTitles(),
    maxTokens: ix.maxTokens,
    lookup: (surface) => lookupIn(ix, surface),
    startsForm: (token) => ix.anyFirst.has(firstToken(bareForm(token)).toLowerCase()),
    isNonActorPlace: (surface) => places.has(bareForm(surface).toLowerCase()),
  };
}

let cached: Gazetteer | undefined;
/** The gazetteer, built once on first use. */
export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}
