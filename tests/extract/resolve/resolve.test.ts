import { describe, expect, it } from 'vitest';
import { docOf } from '../helpers';

describe('resolve', () => {
  it('merges capitals, demonyms and names into one state', () => {
    const doc = docOf('Ankara said Turkish forces left. Turkey denied it.');
    const tur = doc.actors.get('TUR');
    expect(tur?.mentions).toBe(3);
    expect([...(tur?.aliases ?? [])].sort()).toEqual(['Ankara', 'Turkish']);
  });

  it('resolves short forms and honorifics to the full name', () => {
    const doc = docOf(
      'Finance minister Rosa Quintero visited Lima. Ms. Quintero said the talks went well. Quintero left.',
    );
    const people = [...doc.actors.values()].filter((a) => a.kind === 'leader');
    expect(people.map((a) => a.label)).toEqual(['Rosa Quintero']);
    expect(people[0]?.mentions).toBe(3);
  });

  it('types experts at think tanks and universities as analysts, with their country', () => {
    const doc = docOf(
      'Arjun Rao, a senior fellow at the Delhi Policy Institute, said the deal was fragile. Meera Shah, a professor at Lahore University in Islamabad, agreed.',
    );
    const rao = [...doc.actors.values()].find((a) => a.label === 'Arjun Rao');
    const shah = [...doc.actors.values()].find((a) => a.label === 'Meera Shah');
    expect(rao?.kind).toBe('analyst');
    expect(shah?.kind).toBe('analyst');
    expect(shah?.country).toBe('PAK');
    expect([...(rao?.affiliations ?? [])]).toContain('org:delhi-policy-institute');
  });

  it('types officials as leaders, a former diplomat at a think tank as analyst', () => {
    const doc = docOf(
      'Brazilian trade minister Paulo Reis arrived. Ana Costa, a former Argentine diplomat and now director of the Southern Cone Institute, said she was hopeful.',
    );
    expect([...doc.actors.values()].find((a) => a.label === 'Paulo Reis')?.kind).toBe('leader');
    expect([...doc.actors.values()].find((a) => a.label === 'Paulo Reis')?.country).toBe('BRA');
    const costa = [...doc.actors.values()].find((a) => a.label === 'Ana Costa');
    expect(costa?.kind).toBe('analyst');
    expect(costa?.country).toBe('ARG');
  });

  it('resolves "the <demonym> president" to that country’s leader', () => {
    const doc = docOf(
      'Pakistani President Imran Qadir met envoys. Later the Pakistani president left for Ankara.',
    );
    const desc = doc.mentions.find((m) => m.type === 'desc');
    expect(doc.actors.get(desc?.key ?? '')?.label).toBe('Imran Qadir');
  });

  it('makes no person of anonymous sources or untitled capitalized words', () => {
    const doc = docOf('Experts said the ceasefire held. Officials in Ankara agreed. Analysts were unsure.');
    expect([...doc.actors.values()].filter((a) => a.kind === 'leader' || a.kind === 'analyst')).toEqual([]);
  });
});

describe('forms shared by two states', () => {
  it('reads "Congo" and "Congolese" as the Congo the text names plainly', () => {
    const doc = docOf(
      'Rwanda and the Democratic Republic of Congo signed a deal. "Peace is near," Congolese Foreign Minister Ana Mbala said. Congo will hold talks next week.',
    );
    const states = [...doc.actors.values()].filter((a) => a.kind === 'state').map((a) => a.key);
    expect(states).not.toContain('COG');
    expect([...doc.actors.values()].find((a) => a.label === 'Ana Mbala')?.country).toBe('COD');
    const brazza = docOf('Gabon and the Republic of Congo signed a deal. Congo will hold talks next week.');
    expect([...brazza.actors.values()].map((a) => a.key)).not.toContain('COD');
  });

  it('reads a bare "Congo" as the more populous Democratic Republic when nothing else decides', () => {
    const doc = docOf('Angola and Zambia will meet Congo in Luanda next week.');
    expect([...doc.actors.keys()]).toContain('COD');
  });
});
