import { describe, expect, it } from 'vitest';
import {
  gazetteer,
  isAbbreviation,
  normalizeSurface,
  stripAccents,
  type GazetteerHit,
  type StateEntry,
} from '../../src/extract/gazetteer';
import { actorKey } from '../../src/graph/keys';
import statesJson from '../../data/gazetteer/states.json';
import orgsJson from '../../data/gazetteer/organizations.json';
import holdersJson from '../../data/gazetteer/officeholders.json';
import titlesJson from '../../data/gazetteer/titles.json';
import placesJson from '../../data/gazetteer/places.json';

const gz = gazetteer();
const raw = (x: unknown): Record<string, unknown>[] => x as Record<string, unknown>[];

const isStringList = (v: unknown): boolean =>
  Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() === s && s.length > 0);

/** Checks a JSON record against the fields of its TypeScript type. */
function checkFields(
  rec: Record<string, unknown>,
  required: Record<string, 'string' | 'list'>,
  optional: Record<string, 'string' | 'list'>,
): string[] {
  const errors: string[] = [];
  const ok = (v: unknown, t: 'string' | 'list'): boolean =>
    t === 'string' ? typeof v === 'string' && v.trim().length > 0 : isStringList(v);
  for (const [k, t] of Object.entries(required)) if (!ok(rec[k], t)) errors.push(`${k} is not a ${t}`);
  for (const [k, t] of Object.entries(optional))
    if (k in rec && !ok(rec[k], t)) errors.push(`${k} is not a ${t}`);
  for (const k of Object.keys(rec))
    if (!(k in required) && !(k in optional)) errors.push(`unknown field ${k}`);
  return errors;
}

const stateHits = (surface: string): Extract<GazetteerHit, { kind: 'state' }>[] =>
  gz.lookup(surface).filter((h): h is Extract<GazetteerHit, { kind: 'state' }> => h.kind === 'state');
const isoOf = (surface: string): string[] => stateHits(surface).map((h) => h.iso3);
const formsOf = (s: StateEntry): string[] => [s.name, ...s.aliases, ...s.demonyms, ...s.capitals, ...s.seats];

describe('states.json', () => {
  it('has the types of StateEntry', () => {
    for (const rec of raw(statesJson)) {
      const errors = checkFields(
        rec,
        {
          iso3: 'string',
          name: 'string',
          aliases: 'list',
          demonyms: 'list',
          capitals: 'list',
          seats: 'list',
        },
        { ambiguous: 'list', status: 'string' },
      );
      if ('status' in rec) expect(['observer', 'partially-recognized', 'territory']).toContain(rec.status);
      expect(errors, String(rec.name)).toEqual([]);
    }
  });

  it('gives every state a unique ISO 3166 alpha-3 code and a name', () => {
    const codes = new Set<string>();
    for (const s of gz.states.values()) {
      expect(s.iso3).toMatch(/^[A-Z]{3}$/);
      expect(s.name.length).toBeGreaterThan(0);
      codes.add(s.iso3);
    }
    expect(codes.size).toBe(raw(statesJson).length);
  });

  it('covers every UN member state, the observers and the usual disputed entities', () => {
    const members = [...gz.states.values()].filter((s) => !s.status);
    expect(members).toHaveLength(193);
    for (const code of ['VAT', 'PSE', 'TWN', 'XKX', 'ESH']) expect(gz.states.has(code), code).toBe(true);
  });

  it('lists as ambiguous only forms the entry has, without duplicates', () => {
    for (const s of gz.states.values()) {
      const forms = formsOf(s);
      for (const a of s.ambiguous ?? []) expect(forms, `${s.name}: ${a}`).toContain(a);
      const seen = new Set<string>();
      for (const f of forms) {
        expect(seen.has(f), `${s.name} repeats ${f}`).toBe(false);
        seen.add(f);
      }
    }
  });

  it('maps no surface form to two different states unless both mark it ambiguous', () => {
    // Group forms by each of the three lookup keys: exact, accent-free, case-folded.
    const groups = new Map<string, { iso3: string; ambiguous: boolean }[]>();
    for (const s of gz.states.values()) {
      const amb = new Set(s.ambiguous ?? []);
      for (const f of formsOf(s)) {
        const n = normalizeSurface(f);
        const keys = [`e:${n}`, `l:${stripAccents(n)}`];
        if (!isAbbreviation(n)) keys.push(`f:${stripAccents(n).toLowerCase()}`);
        for (const k of keys) {
          const list = groups.get(k) ?? [];
          list.push({ iso3: s.iso3, ambiguous: amb.has(f) });
          groups.set(k, list);
        }
      }
    }
    const clashes: string[] = [];
    for (const [k, list] of groups) {
      if (new Set(list.map((x) => x.iso3)).size > 1 && list.some((x) => !x.ambiguous))
        clashes.push(`${k} -> ${list.map((x) => x.iso3).join(',')}`);
    }
    expect(clashes).toEqual([]);
  });

  it('resolves names, abbreviations, demonyms, capitals and seats of power', () => {
    const cases: [string, string][] = [
      ['United States', 'USA'],
      ['US', 'USA'],
      ['U.S.', 'USA'],
      ['Americans', 'USA'],
      ['White House', 'USA'],
      ['UK', 'GBR'],
      ['U.K.', 'GBR'],
      ['Britons', 'GBR'],
      ['Downing Street', 'GBR'],
      ['DPRK', 'PRK'],
      ['North Korean', 'PRK'],
      ['Pyongyang', 'PRK'],
      ['ROK', 'KOR'],
      ['Kremlin', 'RUS'],
      ['Kyiv', 'UKR'],
      ['Kiev', 'UKR'],
      ['Türkiye', 'TUR'],
      ['Turkiye', 'TUR'],
      ['Élysée', 'FRA'],
      ['Elysee', 'FRA'],
      ['Quai d’Orsay', 'FRA'],
      ["Côte d'Ivoire", 'CIV'],
      ['Côte d’Ivoire', 'CIV'],
      ['Cote d‘Ivoire', 'CIV'],
      ['Zhongnanhai', 'CHN'],
      ['PRC', 'CHN'],
      ['Saudis', 'SAU'],
      ['Emirati', 'ARE'],
      ['UAE', 'ARE'],
      ['DRC', 'COD'],
      ['Burma', 'MMR'],
      ['Swaziland', 'SWZ'],
      ['Czechia', 'CZE'],
      ['Holy See', 'VAT'],
      ['NORTH KOREA', 'PRK'],
      ['The Netherlands', 'NLD'],
      ['Guinea-Bissau', 'GNB'],
      ['Guinea\u2011Bissau', 'GNB'],
      ['Timor\u00A0Leste', 'TLS'],
      ['Sino', 'CHN'],
    ];
    for (const [surface, iso3] of cases) expect(isoOf(surface), surface).toEqual([iso3]);
  });

  it('keeps abbreviations exact-case and ignores lower-case common words', () => {
    for (const s of ['us', 'Us', 'u.s.', 'uk', 'Dprk', 'turkey', 'china', 'chad', 'jordan'])
      expect(isoOf(s), s).toEqual([]);
    expect(isoOf('Turkey')).toEqual(['TUR']);
  });

  it('does not treat bare "Korean" or "European" as a state', () => {
    expect(isoOf('Korean')).toEqual([]);
    expect(isoOf('Koreans')).toEqual([]);
    expect(isoOf('European')).toEqual([]);
  });

  it('marks ambiguous forms so that the loader can require context', () => {
    for (const s of ['Georgia', 'Jordan', 'Chad', 'Niger', 'Guinea', 'Dominica', 'Washington', 'Congo']) {
      const hits = stateHits(s);
      expect(hits.length, s).toBeGreaterThan(0);
      expect(
        hits.every((h) => h.ambiguous === true),
        s,
      ).toBe(true);
    }
    expect(new Set(isoOf('Congo'))).toEqual(new Set(['COD', 'COG']));
    expect(stateHits('Nigeria')[0]?.ambiguous).toBeUndefined();
    expect(stateHits('Tbilisi')[0]?.ambiguous).toBeUndefined();
  });
});

describe('places.json', () => {
  it('names places that are not actors and never a state name', () => {
    expect(isStringList(placesJson)).toBe(true);
    const stateNames = new Set([...gz.states.values()].map((s) => s.name.toLowerCase()));
    for (const p of placesJson) expect(stateNames.has(p.toLowerCase()), p).toBe(false);
    expect(gz.isNonActorPlace('South China Sea')).toBe(true);
    expect(gz.isNonActorPlace('latin america')).toBe(true);
    expect(gz.isNonActorPlace('China')).toBe(false);
    expect(gz.maxTokens).toBeGreaterThanOrEqual(4);
    // Loaders scan up to maxTokens words per capitalized token: keep forms short.
    expect(gz.maxTokens).toBeLessThanOrEqual(10);
  });
});

describe('organizations.json', () => {
  const types = [
    'intergovernmental',
    'ministry',
    'think-tank',
    'university',
    'party',
    'media',
    'armed-group',
    'other',
  ];

  it('has the types of OrganizationEntry and keys from actorKey', () => {
    const keys = new Set<string>();
    for (const rec of raw(orgsJson)) {
      const errors = checkFields(
        rec,
        { key: 'string', name: 'string', aliases: 'list', demonyms: 'list', type: 'string' },
        { country: 'string', parent: 'string', ambiguous: 'list' },
      );
      expect(errors, String(rec.name)).toEqual([]);
      expect(types).toContain(rec.type);
      expect(rec.key).toBe(actorKey('organization', String(rec.name)));
      expect(keys.has(String(rec.key)), String(rec.key)).toBe(false);
      keys.add(String(rec.key));
    }
  });

  it('points countries and parents at real entries and lists own ambiguous forms', () => {
    for (const o of gz.organizations.values()) {
      if (o.country) expect(gz.states.has(o.country), `${o.name}: ${o.country}`).toBe(true);
      if (o.parent) expect(gz.organizations.has(o.parent), `${o.name}: ${o.parent}`).toBe(true);
      for (const a of o.ambiguous ?? []) expect([o.name, ...o.aliases, ...o.demonyms], a).toContain(a);
    }
  });

  it('resolves intergovernmental bodies by name and abbreviation', () => {
    const orgKey = (s: string): string[] =>
      gz.lookup(s).flatMap((h) => (h.kind === 'organization' ? [h.key] : []));
    expect(orgKey('UN')).toEqual(['org:united-nations']);
    expect(orgKey('U.N.')).toEqual(['org:united-nations']);
    expect(orgKey('UN Security Council')).toEqual(['org:united-nations']);
    expect(orgKey('EU')).toEqual(['org:european-union']);
    expect(orgKey('un')).toEqual([]);
    expect(orgKey('NATO')).toEqual(['org:nato']);
    expect(orgKey('Nato')).toEqual(['org:nato']);
    expect(orgKey('Security Council')).toEqual(['org:united-nations']);
    expect(orgKey('IAEA')).toEqual(['org:international-atomic-energy-agency']);
    expect(orgKey('OPEC+')).toEqual(['org:opec-plus']);
    expect(orgKey('Médecins Sans Frontières')).toEqual(['org:medecins-sans-frontieres']);
    expect(orgKey('Medecins Sans Frontieres')).toEqual(['org:medecins-sans-frontieres']);
    expect(orgKey('who')).toEqual([]);
  });

  it('knows news agencies and photo agencies as media', () => {
    for (const s of ['Reuters', 'AFP', 'AP', 'Xinhua', 'KCNA', 'TASS', 'Yonhap', 'Getty Images']) {
      const hit = gz.lookup(s).find((h) => h.kind === 'organization');
      expect(hit && hit.kind === 'organization' && gz.organizations.get(hit.key)?.type, s).toBe('media');
    }
  });

  it('knows widely quoted think tanks with their country', () => {
    const cases: [string, string][] = [
      ['Brookings', 'USA'],
      ['Chatham House', 'GBR'],
      ['Lowy Institute', 'AUS'],
      ['Asan Institute', 'KOR'],
      ['Center for China and Globalization', 'CHN'],
    ];
    for (const [s, country] of cases) {
      const hit = gz.lookup(s).find((h) => h.kind === 'organization');
      const o = hit?.kind === 'organization' ? gz.organizations.get(hit.key) : undefined;
      expect(o?.type, s).toBe('think-tank');
      expect(o?.country, s).toBe(country);
    }
  });
});

describe('officeholders.json', () => {
  it('has the types of OfficeHolderEntry, lower-case roles and known countries', () => {
    const names = new Set<string>();
    for (const rec of raw(holdersJson)) {
      const errors = checkFields(
        rec,
        { name: 'string', aliases: 'list', country: 'string', role: 'string' },
        { ambiguous: 'list' },
      );
      expect(errors, String(rec.name)).toEqual([]);
      const country = String(rec.country);
      expect(gz.states.has(country) || gz.organizations.has(country), `${String(rec.name)}: ${country}`).toBe(
        true,
      );
      expect(rec.role).toBe(String(rec.role).toLowerCase());
      expect(names.has(String(rec.name)), String(rec.name)).toBe(false);
      names.add(String(rec.name));
    }
  });

  it('maps no alias to two people unless both mark it ambiguous', () => {
    const owners = new Map<string, { name: string; ambiguous: boolean }[]>();
    for (const p of gz.officeHolders) {
      const amb = new Set(p.ambiguous ?? []);
      for (const f of [p.name, ...p.aliases]) {
        const k = stripAccents(normalizeSurface(f));
        owners.set(k, [...(owners.get(k) ?? []), { name: p.name, ambiguous: amb.has(f) }]);
      }
    }
    const clashes = [...owners].filter(
      ([, l]) => new Set(l.map((x) => x.name)).size > 1 && l.some((x) => !x.ambiguous),
    );
    expect(clashes.map(([k]) => k)).toEqual([]);
  });

  it('resolves well-known leaders by name and unambiguous surname', () => {
    const person = (s: string): string[] =>
      gz.lookup(s).flatMap((h) => (h.kind === 'person' ? [h.name] : []));
    expect(person('Xi Jinping')).toEqual(['Xi Jinping']);
    expect(person('Putin')).toEqual(['Vladimir Putin']);
    expect(person('Kim Jong-un')).toEqual(['Kim Jong Un']);
    expect(person('Sergey Lavrov')).toEqual(['Sergei Lavrov']);
    expect(person('Recep Tayyip Erdoğan')).toEqual(['Recep Tayyip Erdogan']);
    expect(person('Erdogan')).toEqual(['Recep Tayyip Erdogan']);
    expect(person('Zelenskyy')).toEqual(['Volodymyr Zelensky']);
    expect(person('Francois Hollande')).toEqual(['François Hollande']);
    expect(person('Kim')).toEqual([]);
  });

  it('leaves out bare surnames that are ambiguous and marks shared full forms', () => {
    for (const s of ['Clinton', 'May', 'Brown', 'Johnson', 'Kim', 'Castro'])
      expect(
        gz.lookup(s).filter((h) => h.kind === 'person'),
        s,
      ).toEqual([]);
    for (const p of gz.officeHolders)
      for (const a of p.ambiguous ?? []) expect(a.includes(' '), `${p.name}: ${a}`).toBe(true);
    const kings = gz.lookup('King Abdullah').filter((h) => h.kind === 'person');
    expect(kings).toHaveLength(2);
    expect(kings.every((h) => h.ambiguous)).toBe(true);
  });

  it('covers the heads of the G20 states and the big international bodies', () => {
    const countries = new Set(gz.officeHolders.map((p) => p.country));
    for (const c of [
      'ARG',
      'AUS',
      'BRA',
      'CAN',
      'CHN',
      'FRA',
      'DEU',
      'IND',
      'IDN',
      'ITA',
      'JPN',
      'KOR',
      'MEX',
    ])
      expect(countries.has(c), c).toBe(true);
    for (const c of [
      'RUS',
      'SAU',
      'ZAF',
      'TUR',
      'GBR',
      'USA',
      'org:united-nations',
      'org:nato',
      'org:european-commission',
    ])
      expect(countries.has(c), c).toBe(true);
  });
});

describe('titles.json', () => {
  it('holds lower-case, unique titles per list and honorifics as written', () => {
    const t = titlesJson as Record<string, unknown>;
    for (const list of ['leader', 'analyst', 'contextual', 'modifiers'] as const) {
      const v = t[list] ?? [];
      expect(isStringList(v), list).toBe(true);
      const items = v as string[];
      for (const x of items) expect(x, list).toBe(x.toLowerCase());
      expect(new Set(items).size, list).toBe(items.length);
    }
    expect(isStringList(t.honorifics)).toBe(true);
    expect(new Set(gz.titles.honorifics).size).toBe(gz.titles.honorifics.length);
    expect(Object.keys(t).sort()).toEqual(['analyst', 'contextual', 'honorifics', 'leader', 'modifiers']);
    expect(gz.titles.leader).toContain('president');
    expect(gz.titles.leader).toContain('foreign minister');
    expect(gz.titles.analyst).toContain('senior fellow');
    expect(gz.titles.contextual).toContain('director');
    expect(gz.titles.honorifics).toContain('Mr.');
  });
});

describe('all entries', () => {
  it('map no surface form to two different actors unless each marks it ambiguous', () => {
    const groups = new Map<string, { target: string; ambiguous: boolean }[]>();
    const index = (target: string, forms: string[], ambiguous: string[] | undefined): void => {
      const amb = new Set(ambiguous ?? []);
      for (const f of forms) {
        const n = normalizeSurface(f);
        const keys = [`e:${n}`, `l:${stripAccents(n)}`];
        if (!isAbbreviation(n)) keys.push(`f:${stripAccents(n).toLowerCase()}`);
        for (const k of keys) groups.set(k, [...(groups.get(k) ?? []), { target, ambiguous: amb.has(f) }]);
      }
    };
    for (const s of gz.states.values()) index(s.iso3, formsOf(s), s.ambiguous);
    for (const o of gz.organizations.values())
      index(o.key, [o.name, ...o.aliases, ...o.demonyms], o.ambiguous);
    for (const p of gz.officeHolders) index(`person:${p.name}`, [p.name, ...p.aliases], p.ambiguous);
    const clashes = [...groups]
      .filter(([, l]) => new Set(l.map((x) => x.target)).size > 1 && l.some((x) => !x.ambiguous))
      .map(([k, l]) => `${k} -> ${l.map((x) => x.target).join(',')}`);
    expect(clashes).toEqual([]);
  });
});

describe('lookup', () => {
  it('finds every indexed form as written, with curly apostrophes and in capitals', () => {
    const targetOf = (h: GazetteerHit): string =>
      h.kind === 'state' ? h.iso3 : h.kind === 'organization' ? h.key : `person:${h.name}`;
    const misses: string[] = [];
    const expectHit = (surface: string, target: string): void => {
      if (!gz.lookup(surface).some((h) => targetOf(h) === target)) misses.push(`${surface} -> ${target}`);
    };
    const check = (forms: string[], target: string): void => {
      for (const f of forms) {
        expectHit(f, target);
        if (f.includes("'")) expectHit(f.replaceAll("'", '’'), target);
        if (!isAbbreviation(f) && /^\p{Lu}/u.test(f)) expectHit(f.toUpperCase(), target);
      }
    };
    for (const s of gz.states.values()) check(formsOf(s), s.iso3);
    for (const o of gz.organizations.values()) check([o.name, ...o.aliases, ...o.demonyms], o.key);
    for (const p of gz.officeHolders) check([p.name, ...p.aliases], `person:${p.name}`);
    expect(misses).toEqual([]);
  });
});

describe('startsForm', () => {
  it('tells whether a token can start an indexed form', () => {
    for (const t of ['North', 'north', 'NORTH', 'Côte', 'Cote', 'South', 'U.S.', 'Kim', 'Lake'])
      expect(gz.startsForm(t), t).toBe(true);
    for (const t of ['Xyzzy', 'However', 'Thursday']) expect(gz.startsForm(t), t).toBe(false);
  });
});

describe('gazetteer()', () => {
  it('is built once', () => {
    expect(gazetteer()).toBe(gz);
  });
});
