import { describe, expect, it } from 'vitest';
import { eventDate } from '../../src/extract/dates';

describe('dates', () => {
  it('resolves weekdays to the past for reported events', () => {
    expect(eventDate('The envoy arrived on Thursday.', '2021-03-05', false)).toBe('2021-03-04');
    expect(eventDate('The envoy arrived on Saturday.', '2021-03-05', false)).toBe('2021-02-27');
  });

  it('resolves months without a year to the last one', () => {
    expect(eventDate('She visited Lima in November.', '2021-03-05', false)).toBe('2020-11');
    expect(eventDate('She will visit Lima in November.', '2021-03-05', true)).toBe('2021-11');
  });

  it('reads bare years and gives nothing when there is no date', () => {
    expect(eventDate('In 1994, the council imposed an embargo.', '2021-03-05', false)).toBe('1994');
    expect(eventDate('The envoy arrived.', '2021-03-05', false)).toBeUndefined();
  });
});

describe('dates (richer forms)', () => {
  it('reads relative and full dates', () => {
    expect(eventDate('They signed a pact last month.', '2021-03-05', false)).toBe('2021-02');
    expect(eventDate('The summit is due next year.', '2021-03-05', true)).toBe('2022');
    expect(eventDate('Talks were held on March 3, 2019 in Oslo.', '2021-03-05', false)).toBe('2019-03-03');
    expect(eventDate('He met her in September 2004.', '2021-03-05', false)).toBe('2004-09');
  });
});
