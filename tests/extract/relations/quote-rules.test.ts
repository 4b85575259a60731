/** Quote rule ids, the registry's declared dependencies, and bounded look-backs (work counted, not timed). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FoundTie, RelationExtractor } from '../../../src/extract/relations';
import { orderByDependencies, RELATION_EXTRACTORS, runRelations } from '../../../src/extract/relations';
import { quote, runQuote } from '../../../src/extract/relations/quote';
import { sanction } from '../../../src/extract/relations/sanction';
import { ruleReason } from '../../../src/extract/rules';
import { extractGraph } from '../../../src/extract';
import { docOf } from '../helpers';

const BIO =
  'Lina Haddad, a researcher at the Beirut Policy Institute, said Syria and Iraq were drifting apart.';

/** The rule ids of the quote ties whose target is `target`. */
function rulesTo(text: string, target: string): string[][] {
  const doc = docOf(text);
  return runQuote(doc)
    .ties.filter((t) => doc.actors.get(t.target)?.label === target)
    .map((t) => t.rule ?? []);
}

describe('quote rule ids', () => {
  it('names the rule that found the words, the speaker and the target', () => {
    expect(rulesTo(BIO, 'Syria')).toEqual([
      ['quote/reported-speech', 'quote/subject-before-clause', 'quote/named-in-words'],
    ]);
    const inverted = `${BIO}\n\n“Jordan will not take sides,” said Haddad.`;
    expect(rulesTo(inverted, 'Jordan')).toEqual([
      ['quote/quote-before-cue', 'quote/inverted-cue', 'quote/named-in-words'],
    ]);
    const pronoun = `${BIO}\n\nShe said Turkey knows it.`;
    expect(rulesTo(pronoun, 'Turkey')).toEqual([
      ['quote/reported-speech', 'quote/pronoun-speaker', 'quote/named-in-words'],
    ]);
    const colon = `${BIO}\n\nHaddad said: “Egypt is watching.”`;
    expect(rulesTo(colon, 'Egypt')).toEqual([['quote/cue-colon-quote', 'quote/named-in-words']]);
    const continued = `${BIO}\n\n“Jordan will not take sides,” Haddad said.\n\n“Qatar, on the other hand, is a broker.”`;
    expect(rulesTo(continued, 'Qatar')).toEqual([['quote/paragraph-continues', 'quote/named-in-words']]);
  });

  it('gives every quote tie of the default article rule ids that have a reason', () => {
    const raw = readFileSync(join(import.meta.dirname, '../../../data/china-north-korea-russia.txt'), 'utf8');
    const g = extractGraph(raw, { date: '2024-04-12' }).graph;
    const ids = g
      .filterEdges((_e, a) => a.type === 'quote')
      .flatMap((e) =>
        (g.getEdgeAttribute(e, 'evidence') as { rule?: string[] }[]).map((ev) => ev.rule ?? []),
      );
    expect(ids.length).toBeGreaterThan(0);
    for (const rule of ids) {
      expect(rule.length).toBeGreaterThanOrEqual(2);
      for (const id of rule) expect(ruleReason(id), id).toBeTruthy();
    }
  });
});

describe('declared dependencies', () => {
  it('runs quote after sanction, wherever it is listed', () => {
    const order = orderByDependencies([quote, sanction]).map((x) => x.type);
    expect(order).toEqual(['sanction', 'quote']);
    const all = RELATION_EXTRACTORS.map((x) => x.type);
    expect(all.indexOf('sanction')).toBeLessThan(all.indexOf('quote'));
  });

  it('hands each kind the ties of the kinds before it, and refuses a cycle', () => {
    const seen: string[][] = [];
    const fake = (type: 'alliance' | 'visit', after: ('alliance' | 'visit')[]): RelationExtractor => ({
      type,
      after,
      extract: (_doc, earlier) => {
        seen.push([type, ...(earlier ? [...earlier.keys()] : [])]);
        return [{ type, source: 'a', target: 'b', start: 0, end: 1 }];
      },
    });
    const ties = runRelations(
      docOf('Nothing here.'),
      orderByDependencies([fake('visit', ['alliance']), fake('alliance', [])]),
    );
    expect(seen).toEqual([['alliance'], ['visit', 'alliance']]);
    expect(ties.map((t) => t.type)).toEqual(['alliance', 'visit']);
    expect(() => orderByDependencies([fake('visit', ['alliance']), fake('alliance', ['visit'])])).toThrow(
      /cycle/,
    );
  });

  it('reads "the sanctions" through the ties handed over, not by running sanction itself', () => {
    const text =
      'On Thursday Canada imposed sanctions on an Iranian oil broker. China called the sanctions “unlawful”.';
    const doc = docOf(text);
    const label = (t: FoundTie): string =>
      `${doc.actors.get(t.source)?.label} -> ${doc.actors.get(t.target)?.label}`;
    const without = runQuote(doc).ties.map(label);
    const withSanctions = runQuote(doc, new Map([['sanction', sanction.extract(doc)]])).ties.map(label);
    // Without the sanction ties, the words fall back on the parties of the sentence before.
    expect(without).toContain('China -> Iran');
    expect(withSanctions).toEqual(['China -> Canada']);
  });
});

describe('bounded look-backs (work counted, not timed)', () => {
  const steps = (unit: string, n: number): number => runQuote(docOf(unit.repeat(n))).steps;
  const families: Record<string, string> = {
    'speaker acts without target (borrow from the same speaker)': 'Vladimir Putin said it was good. ',
    'the ministry said, after a meeting (last organization)':
      'Leaders of France and Germany met in Paris on Monday. The ministry said it was good.\n\n',
    'pronoun speakers (nearest person)': 'Vladimir Putin spoke in Moscow. He said it was good.\n\n',
  };
  for (const [name, unit] of Object.entries(families))
    it(`grows linearly: ${name}`, () => {
      const small = steps(unit, 200);
      const large = steps(unit, 800);
      expect(small).toBeGreaterThan(0);
      // Linear work gives 4x at 4x input (+ a log factor for binary searches); a scan over all earlier acts gives 16x.
      expect(large / small).toBeLessThan(5);
    });
});
