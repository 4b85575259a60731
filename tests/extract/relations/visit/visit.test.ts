/** Visit ties with statuses, dates and lists; one-sentence cases live in tests/extract/cases/visit.jsonl. */
import { describe, expect, it } from 'vitest';
import { visit } from '../../../../src/extract/relations/visit';
import { docOf, edges } from '../../helpers';

describe('visit', () => {
  it('marks expected visits as planned and dates reported ones in the past', () => {
    const doc = docOf(
      'Italian Prime Minister Luca Bassi is expected to visit Tunisia next month.',
      '2022-05-10',
    );
    const [tie] = visit.extract(doc);
    expect(tie?.status).toBe('planned');
    const doc2 = docOf('Italian Prime Minister Luca Bassi visited Tunis on Thursday.', '2022-05-10');
    expect(visit.extract(doc2)[0]?.date).toBe('2022-05-05');
  });
});

describe('visits to lists and inside relative clauses', () => {
  it('makes one visit per place of a list', () => {
    const text = 'Chilean President Elena Rojas will travel to Lima, Quito and Bogota next week.';
    expect(edges(visit, text).filter((e) => e.startsWith('Elena'))).toEqual([
      'Elena Rojas -> Colombia',
      'Elena Rojas -> Ecuador',
      'Elena Rojas -> Peru',
    ]);
  });
});

describe('talks at an arrival place, and "and then"', () => {
  it('reads "travelled to A and then B" as two visits', () => {
    const text = 'Omani Foreign Minister Said Harthy travelled to Tehran and then Riyadh.';
    expect(edges(visit, text).filter((e) => e.startsWith('Said'))).toEqual([
      'Said Harthy -> Iran',
      'Said Harthy -> Saudi Arabia',
    ]);
  });
});
