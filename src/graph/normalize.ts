/**
 * Text normalization shared by the whole app: node keys (`slug`), the gazetteer's form
 * matching (`normalizeSurface`, `stripAccents`), search in the explorer (`fold`) and the
 * loader's resolve step. Pure functions; no I/O.
 */

const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032`\u00B4]/g;
const HYPHENS = /[\u2010-\u2013\u2212]/g;
const SPACES = /\s+/g;
const MARKS = /\p{M}/gu;
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

/** Lower-cases, strips accents and punctuation, joins words with '-'. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
