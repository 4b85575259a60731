import { describe, expect, it } from 'vitest';
import { docOf } from '../helpers';

const actor = (text: string, label: string) =>
  [...docOf(text).actors.values()].find((a) => a.label === label);

describe('a person after a lower-case role, a possessive or "the …"', () => {
  it('reads "STATE’s minister for the X, Name," as a leader of that state', () => {
    const a = actor("Canada's minister for the Arctic, Lena Brooks, visited Nuuk last week.", 'Lena Brooks');
    expect(a?.kind).toBe('leader');
    expect(a?.country).toBe('CAN');
  });

  it('reads "STATE’s president, Name," as a leader of that state', () => {
    const a = actor("Ghana's president, Kofi Mensah, flew to Lagos.", 'Kofi Mensah');
    expect(a?.country).toBe('GHA');
    expect(a?.role).toBe('president');
  });

  it('reads "the … coordinator, Name," as a leader', () => {
    const a = actor(
      'Peru will send a team led by the Andean trade coordinator, Rosa Quispe, to La Paz.',
      'Rosa Quispe',
    );
    expect(a?.kind).toBe('leader');
  });

  it('takes no country from a verb phrase after the name', () => {
    const a = actor('Chilean envoy Marta Rojas, visited Lima last week.', 'Marta Rojas');
    expect(a?.country).toBe('CHL');
  });
});

describe('a prepositional phrase after ", Name," is no apposition', () => {
  it('takes no country from "…, Name, to CAPITAL"', () => {
    const a = actor(
      'Chile will send a team led by the trade coordinator, Rosa Diaz, to Lima this week.',
      'Rosa Diaz',
    );
    expect(a?.kind).toBe('leader');
    expect(a?.country).not.toBe('PER');
  });
});
