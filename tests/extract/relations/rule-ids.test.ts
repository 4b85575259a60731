import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { affiliation } from '../../../src/extract/relations/affiliation';
import { alliance } from '../../../src/extract/relations/alliance';
import { sanction } from '../../../src/extract/relations/sanction';
import { visit } from '../../../src/extract/relations/visit';
import type { RelationExtractor } from '../../../src/extract/relations';
import { ruleReason } from '../../../src/extract/rules';
import { docOf } from '../helpers';

/** [a rule id one of the ties must carry, text, extractor] */
const CASES: [string, string, RelationExtractor][] = [
  ['alliance/between', 'The partnership between Brazil and Argentina is growing.', alliance],
  ['alliance/cue-with-partner', 'Turkey’s growing friendship with Azerbaijan worries Armenia.', alliance],
  ['alliance/joint-subject', 'Germany, France and Italy vowed to deepen defence cooperation.', alliance],
  ['alliance/hyphenated-pair', 'The Kenya-Uganda pact was signed in March.', alliance],
  [
    'alliance/two-countries',
    'Vietnam hosted a delegation from Laos. The two countries signed a friendship treaty.',
    alliance,
  ],
  ['alliance/member-of-bloc', 'Sweden joined NATO in 2024.', alliance],
  ['visit/visit-to', 'Hopes rose during a visit to Nairobi by Tanzanian President Grace Mushi.', visit],
  ['visit/travel-verb', 'Brazilian President Marcos Lima visited Buenos Aires in May.', visit],
  ['visit/sent-envoy', 'Indian Prime Minister Ravi Kumar has dispatched a senior envoy to Kathmandu.', visit],
  [
    'visit/met-in-place',
    'At a meeting in Ankara on Tuesday, Pakistani foreign minister Omar Baig and his Turkish counterpart Selim Arkan signed a deal.',
    visit,
  ],
  ['sanction/imposed-on', 'The European Union imposed sanctions on Belarus in 2021.', sanction],
  ['sanction/imposing-verb', 'The European Union imposed sanctions on Belarus in 2021.', sanction],
  ['sanction/imposer-before-noun', 'Venezuela has struggled under US, EU and Canadian sanctions.', sanction],
  [
    'sanction/under-sanctions',
    'Cuba remains under American sanctions over its ties with Venezuela.',
    sanction,
  ],
  [
    'affiliation/country-of-person',
    'Brazilian President Marcos Lima visited Buenos Aires in May.',
    affiliation,
  ],
];

describe('rule ids of alliance, visit, sanction and affiliation ties', () => {
  it.each(CASES)('%s: %s', (rule, text, ex) => {
    const ties = ex.extract(docOf(text));
    expect(ties.length).toBeGreaterThan(0);
    for (const t of ties) {
      // Every tie names the rules that found it, each of its own kind, each with a reason.
      expect(t.rule?.length).toBeGreaterThan(0);
      for (const id of t.rule ?? []) {
        expect(id.startsWith(`${ex.type}/`)).toBe(true);
        expect(ruleReason(id), id).toBeTruthy();
      }
    }
    expect(ties.flatMap((t) => t.rule ?? [])).toContain(rule);
  });

  it.each(['alliance', 'visit', 'sanction', 'affiliation'])(
    '%s: every reason names a rule the code uses',
    (kind) => {
      const dir = join('src/extract/relations', kind);
      const code = readdirSync(dir)
        .map((f) => readFileSync(join(dir, f), 'utf8'))
        .join('\n');
      const ids = Object.keys(JSON.parse(readFileSync(`data/rules/${kind}.json`, 'utf8')) as object);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(code, id).toContain(`'${id}'`);
    },
  );
});
