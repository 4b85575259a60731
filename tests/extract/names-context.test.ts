import { describe, expect, it } from 'vitest';
import { actorsOf, docOf } from './helpers';

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

  it('still splits compounds of actors ("Peru-Chile", "UK-led")', () => {
    expect(actorsOf('The Peru-Chile talks and UK-led patrols resumed.')).toEqual([
      'Chile:state',
      'Peru:state',
      'United Kingdom:state',
    ]);
  });

  it('keeps an Al- prefix inside a name and an organization name', () => {
    const labels = actorsOf(
      'Omani envoy Khalid Al-Rawahi met Qatari officials. Nora Saleh works at the Al-Noor Institute for Gulf Studies.',
    );
    expect(labels).toContain('Khalid Al-Rawahi:leader');
    expect(labels).toContain('Al-Noor Institute for Gulf Studies:organization');
  });

  it('reads "University of the X" as one organization and types its professor as an analyst', () => {
    const labels = actorsOf('Professor Lina Okafor of the University of the Gambia said Dakar erred.');
    expect(labels).toContain('University of the Gambia:organization');
    expect(labels).toContain('Lina Okafor:analyst');
    expect(labels).not.toContain('University:organization');
  });

  it('gives no state to an analyst from the headquarters of an institution the text does not name', () => {
    const a = person(
      'Omar Haddad, a senior fellow at the International Crisis Group, said Chile had gained influence in Peru.',
      'Omar Haddad',
    );
    expect(a?.kind).toBe('analyst');
    expect(a?.country).toBeUndefined();
    expect(
      actorsOf('Omar Haddad, a senior fellow at the International Crisis Group, said Chile had won.'),
    ).not.toContain('Belgium:state');
  });

  it('reads an ambiguous capital as a location, its organization, or the state by context', () => {
    expect(actorsOf('The Kenyan president spoke about Sudan in Brussels on Friday.')).not.toContain(
      'Belgium:state',
    );
    expect(actorsOf('Brussels fined a Korean carmaker on Friday.')).toContain('European Union:organization');
    expect(actorsOf('Belgium recalled its envoy. Brussels said the move was final.')).toContain(
      'Belgium:state',
    );
  });

  it('needs context for ambiguous state names ("Jordan", "Georgia")', () => {
    expect(actorsOf('Jordan scored 30 points for the Bulls on Sunday.')).toEqual([]);
    expect(actorsOf('Georgia and Armenia signed a border deal.')).toContain('Georgia:state');
    expect(actorsOf("Jordan's king met the Iraqi premier.")).toContain('Jordan:state');
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

describe('possessives inside names and shared office-holder forms', () => {
  it('reads "King’s College London" as one organization, not a king', () => {
    const labels = actorsOf(
      'Mia Lund, a lecturer at King’s College London, said Norway and Chile were close.',
    );
    expect(labels).toContain('King’s College London:organization');
    expect(labels).not.toContain('College London:organization');
  });

  it('picks the office holder of the possessive state for a shared form', () => {
    expect(actorsOf("Jordan's King Abdullah met Oman's sultan.")).toContain('King Abdullah II:leader');
  });
});
