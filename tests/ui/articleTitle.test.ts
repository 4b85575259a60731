import { describe, expect, it } from 'vitest';
import { defaultTitle, FALLBACK_TITLE, MAX_TITLE } from '../../src/ui/lib/articleTitle';

describe('defaultTitle', () => {
  it('takes a short first line, skipping blank lines and squeezing spaces', () => {
    expect(defaultTitle('\n\n  Leaders  meet in Hanoi \nThe two leaders met on Monday.')).toBe(
      'Leaders meet in Hanoi',
    );
  });

  it('never cuts a long first line: a paragraph is not a title', () => {
    const para = `${'The minister said the talks went well and that more would follow. '.repeat(3)}`;
    expect(para.trim().length).toBeGreaterThan(MAX_TITLE);
    expect(defaultTitle(`${para}\nSecond line`)).toBe(FALLBACK_TITLE);
  });

  it('falls back for empty text', () => {
    expect(defaultTitle('  \n \n')).toBe(FALLBACK_TITLE);
  });
});
