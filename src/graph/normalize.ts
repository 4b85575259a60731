/**
 * Text normalization shared by the whole app: node keys (`slug`), the gazetteer's form
 * matching (`normalizeSurface`, `stripAccents`), search in the explorer (`fold`) and the
 * loader's resolve step. Pure functions; no I/O.
 *
 * Keys keep the letters and digits of every script: Latin letters lose their accents
 * ("Ramón" -> "ramon", "Łódź" -> "lodz"); other scripts keep their marks ("Йемен",
 * "ガザ"), so two distinct names never share a key, and a name never gets an empty key.
 */

import { trimOf } from './trim';

const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032`\u00B4]/g;
const HYPHENS = /[\u2010-\u2013\u2212]/g;
const SPACES = /\s+/g;
const MARKS = /\p{M}/gu;
/** Marks on a Latin letter (after NFD): the accents keys and matching ignore. */
const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;
const UNDECOMPOSED: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Ø: 'O',
  ø: 'o',
  Đ: 'D',
  đ: 'd',
  ß: 'ss',
  Æ: 'Ae',
  æ: 'ae',
  Œ: 'Oe',
  œ: 'oe',
  ı: 'i',
};
const UNDECOMPOSED_RE = /[ŁØĐßÆŒı]/gi;
/** Apostrophes a key drops: "King's" -> "kings". */
const KEY_APOSTROPHES = /[’'\u02BC]/g;
/** Anything but a letter, a mark or a digit: a separator in a key. */
const KEY_SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

/** Normalizes typography only: NFC, straight apostrophes, ASCII hyphens, single spaces. */
export function normalizeSurface(surface: string): string {
  return surface.normalize('NFC').replace(APOSTROPHES, "'").replace(HYPHENS, '-').replace(SPACES, ' ').trim();
}

/** Removes accents and folds letters without a decomposition ("Łódź" -> "Lodz"). */
export function stripAccents(s: string): string {
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c] ?? c);
}

/** Folds case, accents and typography, for matching names typed by a user against labels. */
export function fold(s: string): string {
  return stripAccents(normalizeSurface(s).normalize('NFKD')).toLowerCase();
}

/**
 * Lower-case words joined with '-': Latin letters without accents, letters and digits of
 * other scripts kept as written (NFC). Empty when the name has no letter or digit.
 */
export function slug(name: string): string {
  const joined = name
    .normalize('NFKD')
    .replace(LATIN_MARKS, '$1')
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c] ?? c)
    .normalize('NFC')
    .toLowerCase()
    .replace(KEY_APOSTROPHES, '')
    .replace(KEY_SEPARATORS, '-');
  return trimOf(joined, '-');
}

/** FNV-1a (32-bit) of a string, as 8 hex digits. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The name part of a node key: its slug, or a short hash when the name has no letter or digit. */
export function keyName(name: string): string {
  return slug(name) || `h${hash(name)}`;
}
