import { describe, expect, it } from 'vitest';
import { docOf } from '../helpers';

const actor = (text: string, label: string) =>
  [...docOf(text).actors.values()].find((a) => a.label === label);
const labels = (text: string) =>
  [...docOf(text).actors.values()].filter((a) => a.mentions > 0).map((a) => a.label);

describe('person spans and roles after the name', () => {
  it('reads "Name, STATE’s minister of state for …" after "sanctions on" as a leader of that state', () => {
    const a = actor(
      'The European Union imposed sanctions on Tomas Ferreira, Angola’s minister of state for mining.',
      'Tomas Ferreira',
    );
    expect(a?.kind).toBe('leader');
    expect(a?.country).toBe('AGO');
  });

  it('reads "Name, LEADER’s senior adviser, visited X" as the adviser visiting, not the leader', () => {
    const text = 'Lena Marsh, Macron’s senior adviser for Asia, visited Hanoi in May.';
    const a = actor(text, 'Lena Marsh');
    expect(a?.kind).toBe('leader');
    expect(a?.country).toBe('FRA');
  });

  it('reads "Name, a senior fellow at the …-based X, said" as an analyst', () => {
    const a = actor(
      'Pablo Ortiz, a senior fellow at the Lima-based Pan-Andean Dialogue, said the talks had failed.',
      'Pablo Ortiz',
    );
    expect(a?.kind).toBe('analyst');
  });

  it('keeps particles such as "de la" inside a name', () => {
    expect(labels('Foreign Minister Ana María de la Cruz said the talks had failed.')).toContain(
      'Ana María de la Cruz',
    );
  });

  it('keeps a surname that is also an organization’s short name inside the person’s name', () => {
    const ls = labels('Defence Minister Olga Petrenko Wagner said the deal was final.');
    expect(ls).toContain('Olga Petrenko Wagner');
    expect(ls).not.toContain('Wagner Group');
  });
});

describe('titles that put the portfolio first', () => {
  it('reads "Foreign Affairs Cabinet Secretary Name" as a leader, not an organization', () => {
    const text = 'Foreign Affairs Cabinet Secretary Amina Odhiambo will travel to Kampala next week.';
    expect(actor(text, 'Amina Odhiambo')?.kind).toBe('leader');
    expect(labels(text).some((l) => l.includes('Cabinet'))).toBe(false);
  });
});

describe('regions inside an apposition', () => {
  it('reads "director of the Middle East and North Africa programme at a think tank" as an analyst', () => {
    const text =
      'Omar Saleh, director of the Middle East and West Africa programme at the Chatham House think tank, said the talks had failed.';
    expect(actor(text, 'Omar Saleh')?.kind).toBe('analyst');
  });
});

describe('a possessive state before a title', () => {
  it('gives "STATE’s President Name" that state', () => {
    expect(actor("Bolivia's President Luis Arce thanked Peru.", 'Luis Arce')?.country).toBe('BOL');
    expect(actor("The Philippines' President Ana Cruz met Xi.", 'Ana Cruz')?.country).toBe('PHL');
  });
});
