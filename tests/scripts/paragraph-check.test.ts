import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { splitOutsideQuotes } from '../../scripts/paragraph-check.mjs';

const split = splitOutsideQuotes as (text: string) => string;

describe('paragraph-check splitOutsideQuotes', () => {
  it('splits at sentence ends outside quotations', () => {
    expect(split('Peru erred. Chile won.').split('\n\n')).toEqual(['Peru erred.', 'Chile won.']);
  });

  it('never splits inside a quotation', () => {
    expect(split('"Peru erred. Chile won," he said. It rained.').split('\n\n')).toEqual([
      '"Peru erred. Chile won," he said.',
      'It rained.',
    ]);
  });

  it('a straight quote closed by a curly one ends the quotation', () => {
    const text = '"Peru erred. Chile won.” Lima said. "We agree. It is true," he said. It rained.';
    expect(split(text).split('\n\n')).toEqual([
      '"Peru erred. Chile won.”',
      'Lima said.',
      '"We agree. It is true," he said.',
      'It rained.',
    ]);
  });
});
