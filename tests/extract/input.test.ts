import { describe, expect, it } from 'vitest';
import {
  checkDate,
  checkInput,
  decodeBytes,
  isHtml,
  looksBinary,
  MAX_INPUT_BYTES,
  utf8Stats,
} from '../../src/extract/input';
import { InputError } from '../../src/extract/types';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Expects `f` to throw an InputError whose single-line message matches `re`. */
function expectInputError(f: () => unknown, re: RegExp): void {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(InputError);
  const msg = (err as Error).message;
  expect(msg).toMatch(re);
  expect(msg).not.toContain('\n');
}

describe('checkInput', () => {
  it('returns plain text unchanged', () => {
    expect(checkInput('The minister visited Paris.\n\nShe said so.')).toBe(
      'The minister visited Paris.\n\nShe said so.',
    );
  });

  it('refuses empty and whitespace-only input with what to do', () => {
    expectInputError(() => checkInput(''), /empty.*give a news article/);
    expectInputError(() => checkInput(' \n\t \r\n'), /empty/);
    expectInputError(() => checkInput(new Uint8Array()), /empty/);
  });

  it('refuses binary data: NUL bytes, control characters, replacement characters', () => {
    expectInputError(() => checkInput(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3])), /binary/);
    expectInputError(() => checkInput('text\u0000more'), /binary/);
    expectInputError(() => checkInput('abc\u0001\u0002\u0003\u0004def'), /binary/);
    expectInputError(() => checkInput('ab\uFFFD\uFFFD\uFFFDcd'), /binary/);
  });

  it('refuses input over the size limit instead of truncating it', () => {
    expectInputError(() => checkInput('a'.repeat(101), 100), /over the 0\.0 MB limit.*split it/);
    expectInputError(() => checkInput(new Uint8Array(2048).fill(0x61), 1024), /limit/);
    expect(checkInput('a'.repeat(100), 100)).toHaveLength(100);
    expect(MAX_INPUT_BYTES).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('strips a UTF-8 byte-order mark from bytes and from strings', () => {
    expect(checkInput(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hé')]))).toBe('Hé');
    expect(checkInput('\uFEFFHello')).toBe('Hello');
  });
});

describe('decodeBytes', () => {
  it('reads UTF-8', () => {
    expect(decodeBytes(utf8('Zürich – “quoted”'))).toEqual({ text: 'Zürich – “quoted”', encoding: 'utf-8' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0]);
    expect(decodeBytes(le)).toEqual({ text: 'Hi', encoding: 'utf-16le' });
    const be = new Uint8Array([0xfe, 0xff, 0, 0x48, 0, 0x69]);
    expect(decodeBytes(be)).toEqual({ text: 'Hi', encoding: 'utf-16be' });
  });

  it('falls back to latin-1 for text that is not valid UTF-8', () => {
    const bytes = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' in S'), 0xe3, ...utf8('o Paulo')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Café in São Paulo', encoding: 'windows-1252' });
  });

  it('replaces the invalid bytes of a UTF-8 text and counts them', () => {
    const stray = new Uint8Array([...utf8('Paris “said” a'), 0xff, ...utf8(' word.')]);
    expect(decodeBytes(stray)).toEqual({
      text: 'Paris “said” a\uFFFD word.',
      encoding: 'utf-8',
      replaced: 1,
    });
    // A cut quotation mark: two bytes of three, in a text with other UTF-8 characters.
    const cut = new Uint8Array([...utf8('Zürich '), 0xe2, 0x80, ...utf8(' talks.')]);
    expect(decodeBytes(cut)).toEqual({ text: 'Zürich \uFFFD talks.', encoding: 'utf-8', replaced: 2 });
    expect(checkInput(stray)).toBe('Paris “said” a\uFFFD word.');
  });

  it('counts overlong forms, surrogates and truncated sequences as invalid', () => {
    expect(utf8Stats(utf8('é😀中'))).toEqual({ sequences: 3, invalid: 0 });
    expect(utf8Stats(new Uint8Array([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf0, 0x9f]))).toEqual({
      sequences: 0,
      invalid: 7,
    });
  });

  it('calls invalid UTF-8 that is mostly high bytes binary', () => {
    expectInputError(() => decodeBytes(new Uint8Array([0xc3, 0x28, 0xff, 0xfe, 0x80, 0x81, 0x61])), /binary/);
  });
});

describe('looksBinary', () => {
  it('accepts tabs, newlines and form feeds', () => {
    expect(looksBinary('a\tb\nc\r\nd\fe')).toBe(false);
    expect(looksBinary('')).toBe(false);
  });
});

describe('isHtml', () => {
  it('recognizes documents and fragments', () => {
    expect(isHtml('<!DOCTYPE html><html><body>x</body></html>')).toBe(true);
    expect(isHtml('  <!-- saved page --> <html lang="en">')).toBe(true);
    expect(isHtml('<p>One.</p>\n<p>Two.</p>')).toBe(true);
    expect(isHtml('<div class="story"><a href="/x">link</a></div>')).toBe(true);
  });

  it('does not take plain text with a stray angle bracket for HTML', () => {
    expect(isHtml('Growth was <3% while exports rose.\n\nThe minister said a > b.')).toBe(false);
    expect(isHtml('He wrote <b> once.')).toBe(false);
  });
});

describe('checkDate', () => {
  it('accepts real calendar days', () => {
    expect(checkDate('2024-02-29')).toBe('2024-02-29');
    expect(checkDate('2017-01-13')).toBe('2017-01-13');
    expect(checkDate('0099-06-01')).toBe('0099-06-01');
    expect(checkDate('0000-02-29')).toBe('0000-02-29');
  });

  it('refuses malformed and impossible dates with an example', () => {
    for (const d of [
      '2023-02-29',
      '0099-02-29',
      '0100-02-29',
      '2024-13-01',
      '2024-04-31',
      '24-01-01',
      '2024/01/01',
      'yesterday',
      '',
    ]) {
      expectInputError(() => checkDate(d), /bad date.*YYYY-MM-DD/);
    }
  });
});
