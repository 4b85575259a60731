import { describe, expect, it } from 'vitest';
import { actorsOf, docOf } from '../helpers';

const person = (text: string, label: string) =>
  [...docOf(text).actors.values()].find((a) => a.label === label && a.mentions > 0);

describe('names in context', () => {
  it('keeps a hyphenated given name whole although its first part is an office holder alias', () => {
    const doc = docOf('A Kazakh team led by deputy energy minister Yunus-Aslan Temirov flew to Baku.');
    const labels = [...doc.actors.values()].map((a) => a.label);
    expect(labels).toContain('Yunus-Aslan Temirov');
    expect(labels).not.toContain('Bangladesh');
    expect(labels).not.toContain('Muhammad Yunus');
  });

  it('keeps an Al- prefix inside a name and an organization name', () => {
    const labels = actorsOf(
      'Omani envoy Khalid Al-Rawahi met Qatari officials. Nora Saleh works at the Al-Noor Institute for Gulf Studies.',
    );
    expect(labels).toContain('Khalid Al-Rawahi:leader');
    expect(labels).toContain('Al-Noor Institute for Gulf Studies:organization');
  });

  it('gives no state to an analyst from the headquarters of an institution the text does not name', () => {
    const a = person(
      'Omar Haddad, a senior fellow at the International Crisis Group, said Chile had gained influence in Peru.',
      'Omar Haddad',
    );
    expect(a?.kind).toBe('analyst');
    expect(a?.country).toBeUndefined();
  });

  it('reads an ambiguous capital as the state when the state is named before', () => {
    expect(actorsOf('Belgium recalled its envoy. Brussels said the move was final.')).toContain(
      'Belgium:state',
    );
  });
});

describe('ambiguous state names in an article about states', () => {
  it('reads a bare ambiguous name as the state when the article names other states', () => {
    expect(actorsOf('Syria and Iraq drifted apart.\n\nJordan will not take sides.')).toContain(
      'Jordan:state',
    );
  });

  it('reads an ambiguous name followed by a surname as a first name', () => {
    expect(actorsOf('Syria and Iraq drifted apart. Chad Morris, a coach, was fired.')).not.toContain(
      'Chad:state',
    );
  });
});
