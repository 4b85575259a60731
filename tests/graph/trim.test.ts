import { describe, expect, it } from 'vitest';
import { SPACES, oneLine, trimEndOf, trimOf } from '../../src/graph/trim';

describe('linear trimming', () => {
  it('trims runs of the given characters, as the regexes it replaces did', () => {
    expect(trimEndOf('Top stories: .!|', `${SPACES}:.!|`)).toBe('Top stories');
    expect(trimOf('--a-b--', '-')).toBe('a-b');
    expect(trimOf('----', '-')).toBe('');
    expect(trimEndOf('LONDON —\u00a0', `${SPACES}—–:-`)).toBe('LONDON');
    for (const s of ['a \u3000\t', ' \u2028x\ufeff']) expect(trimOf(s, SPACES)).toBe(s.trim());
  });

  it('joins lines by single spaces, blank lines dropped', () => {
    expect(oneLine('  first \n\n  second\r\n third  ')).toBe('first second third');
    expect(oneLine('one')).toBe('one');
  });

  it('takes a long run of the trimmed character followed by something else', () => {
    const s = `${'-'.repeat(200_000)}x${'-'.repeat(200_000)}`;
    expect(trimOf(s, '-')).toBe('x');
  });
});
