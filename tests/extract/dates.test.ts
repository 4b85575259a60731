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

describe('dates in years 0000-0099', () => {
  it('keeps a publication year below 100 (Date.UTC would give 1900-1999)', () => {
    expect(eventDate('They signed a pact last month.', '0099-06-01', false)).toBe('0099-05');
    expect(eventDate('The envoy arrived on Thursday.', '0050-03-05', false)).toMatch(/^0050-0[23]-\d\d$/);
    expect(eventDate('She visited Lima in November.', '0001-03-05', false)).toBe('0000-11');
    expect(eventDate('The summit is due next year.', '0099-03-05', true)).toBe('0100');
  });
});
