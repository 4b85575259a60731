import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/extract/mentions';
import { splitSentences } from '../../../src/extract/sentences';
import { tokenize } from '../../../src/extract/tokens';
import { actorsOf } from '../helpers';

function mentions(text: string) {
  const { sentences } = splitSentences(text);
  const tokens = tokenize(text, sentences);
  return findMentions(text, tokens, sentences);
}

describe('mentions', () => {
  it('finds states by name, demonym, capital and possessive', () => {
    const ms = mentions('Indian troops and Pakistan’s army faced each other as Islamabad protested.');
    expect(ms.filter((m) => m.type === 'state').map((m) => [m.surface, m.iso3])).toEqual([
      ['Indian', 'IND'],
      ['Pakistan', 'PAK'],
      ['Islamabad', 'PAK'],
    ]);
  });

  it('reads titles and nationality before a name', () => {
    const ms = mentions('Turkish foreign minister Selim Arkan met his Brazilian counterpart Joao Prado.');
    const names = ms.filter((m) => m.type === 'name');
    expect(names.map((m) => m.surface)).toEqual(['Selim Arkan', 'Joao Prado']);
    expect(names[0]?.titles).toContain('foreign minister');
    expect(names[0]?.titleCountry).toBe('TUR');
    expect(names[1]?.titleCountry).toBe('BRA');
  });

  it('finds organizations by their head word without splitting out the state inside', () => {
    const ms = mentions('She is a fellow at the Centre for India and Global Affairs in Delhi.');
    expect(ms.some((m) => m.type === 'org' && m.surface === 'Centre for India and Global Affairs')).toBe(
      true,
    );
    expect(ms.some((m) => m.type === 'state' && m.surface === 'India')).toBe(false);
  });

  it('does not take sentence-initial function words or places for names', () => {
    const ms = mentions('The talks at Camp Ridge ended. But Monday brought news.');
    expect(ms.filter((m) => m.type === 'name').map((m) => m.surface)).toEqual([]);
  });

  it('marks definite descriptions of leaders', () => {
    const ms = mentions('Later the Argentine president flew home.');
    const d = ms.find((m) => m.type === 'desc');
    expect(d?.descHead).toBe('president');
    expect(d?.titleCountry).toBe('ARG');
  });
});

describe('a known form after a leading "The"', () => {
  it('reads "The UN Security Council" as the gazetteer body, not a new organization', () => {
    expect(actorsOf('The UN Security Council extended its arms embargo on Libya.')).toContain(
      'United Nations:organization',
    );
  });
});
