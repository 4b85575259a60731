/**
 * Input gate of the loader: decodes bytes, refuses what is not an article (empty, binary,
 * too large) with one line that says what is wrong and what to do, and sniffs HTML.
 * Pure: no fs, runs in Node, in the browser and in a Web Worker.
 */
import { InputError } from './types';

/** Largest input accepted for one article, in bytes (or UTF-16 units for strings): 10 MiB. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** Share of control characters above which text counts as binary. */
const MAX_CONTROL_RATIO = 0.01;
/** Share of U+FFFD replacement characters above which text counts as binary. */
const MAX_REPLACEMENT_RATIO = 0.05;
/** Share of bytes >= 0x80 above which invalid UTF-8 is not taken for latin-1 text. */
const MAX_HIGH_BYTE_RATIO = 0.3;

/** The text of an input and how its bytes were read. */
export interface DecodedInput {
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, or `string` when given text. */
  encoding: string;
  /** Bytes that were not valid UTF-8 and were decoded as U+FFFD (0 or absent when none). */
  replaced?: number;
}

const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;

/** The error for input over `limit`; `size` when it is known (a stream stops reading at the limit). */
export function tooLarge(size: number | undefined, limit = MAX_INPUT_BYTES): InputError {
  const is = size === undefined ? 'the input is larger than' : `the input is ${mb(size)}, over`;
  return new InputError(
    `${is} the ${mb(limit)} limit for one article: split it into several files (a directory of files merges into one graph)`,
  );
}

const binaryError = (): InputError =>
  new InputError(
    'the input looks binary, not text: give a news article as plain text (.txt) or HTML (.html), not a PDF, image or archive',
  );

/**
 * Counts what makes a string look binary: NUL, other control characters (except tab,
 * newlines and form feed) and U+FFFD replacement characters left by a failed decoding.
 */
export function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32) {
      if (c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    } else if (c === 127 || (c >= 0x80 && c <= 0x9f)) control++;
    else if (c === 0xfffd) replacement++;
  }
  return control / text.length > MAX_CONTROL_RATIO || replacement / text.length > MAX_REPLACEMENT_RATIO;
}

/** Length of the well-formed UTF-8 sequence at `i` (2 to 4), or 0 when there is none. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > bytes.length) return 0;
  const b1 = bytes[i + 1] ?? 0;
  // Second-byte ranges that exclude overlong forms, surrogates and code points past U+10FFFF.
  const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  if (b1 < lo || b1 > hi) return 0;
  for (let k = 2; k < n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return n;
}

/** Counts well-formed multi-byte UTF-8 sequences and the bytes that belong to none. */
export function utf8Stats(bytes: Uint8Array): { sequences: number; invalid: number } {
  let sequences = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    if ((bytes[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(bytes, i);
    if (n > 0) sequences++;
    else invalid++;
    i += Math.max(n, 1);
  }
  return { sequences, invalid };
}

/**
 * Decodes bytes: a BOM selects UTF-8 or UTF-16; otherwise UTF-8. Bytes that are not valid
 * UTF-8 become U+FFFD (counted in `replaced`) when the text also holds valid UTF-8
 * characters; text with no UTF-8 character at all is read as windows-1252 (latin-1).
 * Throws {@link InputError} for binary data or input over `limit` bytes.
 */
export function decodeBytes(bytes: Uint8Array, limit = MAX_INPUT_BYTES): DecodedInput {
  if (bytes.length > limit) throw tooLarge(bytes.length, limit);
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decodeUtf8(bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (bytes.includes(0)) throw binaryError();
  const { sequences, invalid } = utf8Stats(bytes);
  if (invalid === 0 || sequences > 0) return decodeUtf8(bytes, invalid);
  let high = 0;
  for (const b of bytes) if (b >= 0x80) high++;
  if (high / bytes.length > MAX_HIGH_BYTE_RATIO) throw binaryError();
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}

function decodeUtf8(bytes: Uint8Array, invalid = utf8Stats(bytes).invalid): DecodedInput {
  const text = new TextDecoder('utf-8').decode(bytes);
  return invalid > 0 ? { text, encoding: 'utf-8', replaced: invalid } : { text, encoding: 'utf-8' };
}

/**
 * Decodes and checks an input: returns its text, or throws {@link InputError} with one line
 * saying what is wrong and what to do, for empty or whitespace-only input, binary data, or
 * input over `limit` (default {@link MAX_INPUT_BYTES}). Nothing is truncated silently.
 */
export function checkInput(input: string | Uint8Array, limit = MAX_INPUT_BYTES): string {
  let text: string;
  if (typeof input === 'string') {
    if (input.length > limit) throw tooLarge(input.length, limit);
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else text = decodeBytes(input, limit).text;
  if (looksBinary(text)) throw binaryError();
  if (text.trim().length === 0) {
    throw new InputError(
      'the input is empty (no text, or only whitespace): give a news article as plain text or HTML',
    );
  }
  return text;
}

const HTML_START =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--(?:[^-]|-(?!->))*-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;
const HTML_TAG =
  /<\/?(?:[pa]|div|span|br|h[1-6]|article|section|main|header|footer|nav|script|style|meta|link|title|li|ul|ol|table|tr|td|figure|figcaption|img|em|strong|[bi]|blockquote)\b[^<>]*>/gi;

/**
 * Sniffs whether a text is HTML: a doctype, `<html>`, `<head>` or `<body>` at the start, or
 * at least two common HTML tags in its first 64 KB.
 */
export function isHtml(text: string): boolean {
  const head = text.slice(0, 65536);
  if (HTML_START.test(head)) return true;
  let tags = 0;
  for (const _ of head.matchAll(HTML_TAG)) if (++tags >= 2) return true;
  return false;
}

/**
 * Checks a publication date: `YYYY-MM-DD` and a real calendar day. Returns it, or throws
 * {@link InputError} with what to give instead.
 */
export function checkDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  // Not Date.UTC: it maps years 0-99 to 1900-1999.
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  if (!m || t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) {
    throw new InputError(
      `bad date "${date}": give the publication date as a real calendar day, YYYY-MM-DD (e.g. 2024-03-15)`,
    );
  }
  return date;
}
