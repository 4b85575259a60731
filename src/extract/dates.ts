/**
 * Dates of ties, resolved against the publication date. Reported events lean to the
 * past ("on Thursday" is the last Thursday), expected ones to the future. ISO output is
 * as precise as the text: 2024, 2024-04, 2024-04-11.
 *
 * The common one-word forms (weekdays, month names, "last month", bare years) are read
 * directly; anything richer ("March 3, 2021", "3/4") goes to chrono-node, on a short
 * window around the date-like words (chrono's cost grows with the text).
 */
import * as chrono from 'chrono-node';
import { BoundedCache } from './memo';

const pad = (n: number): string => String(n).padStart(2, '0');
/** A year as ISO 8601 writes it: four digits, so that year 99 is `0099`. */
const year4 = (y: number): string => (y >= 0 && y < 1000 ? String(y).padStart(4, '0') : String(y));
/** Midnight UTC of a day; unlike `Date.UTC`, years 0-99 stay years 0-99 (not 1900-1999). */
const utcDay = (y: number, month: number, day: number): Date => {
  const d = new Date(0);
  d.setUTCFullYear(y, month, day);
  return d;
};
const DAY = 864e5;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Cheap pre-check: only sentences with a date-like word are parsed. */
const DATEISH =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s\d|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:last|this|next|past|previous|coming)\s(?:week|month|year)|\b(?:yesterday|today|tomorrow|tonight)\b|\b(?:1[89]|20)\d\d\b|\b\d{1,2}\/\d{1,2}/i;
const WEEKDAY = /\b(?:on |last |this |next )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const MONTH_ALONE =
  /\b(?:in |since |during |until |by |early |late |mid-)(january|february|march|april|may|june|july|august|september|october|november|december)\b(?! \d| of \d)/i;
const MONTH_YEAR =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december),? ((?:1[89]|20)\d\d)\b/i;
const RELATIVE =
  /\b(last|this|next|past|previous|coming) (week|month|year)\b|\b(yesterday|today|tonight|tomorrow)\b/i;
const BARE_YEAR = /\b(?:in|since|during|by|from|until|of|early|late|mid-)\s?((?:1[89]|20)\d\d)\b/i;
const FULL_DATE =
  /\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}\b|\b\d{1,2}\/\d{1,2}/i;

const iso = (d: Date, precision: 'day' | 'month' | 'year'): string => {
  const y = year4(d.getUTCFullYear());
  if (precision === 'year') return `${y}`;
  if (precision === 'month') return `${y}-${pad(d.getUTCMonth() + 1)}`;
  return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** The one-word forms, or undefined when the sentence needs chrono. */
function quick(sentence: string, ref: Date, future: boolean): string | undefined {
  if (FULL_DATE.test(sentence)) return undefined;
  const my = MONTH_YEAR.exec(sentence);
  if (my?.[1] && my[2]) return `${my[2]}-${pad(MONTHS.indexOf(my[1].toLowerCase()) + 1)}`;
  const wd = WEEKDAY.exec(sentence);
  if (wd?.[1]) {
    const target = WEEKDAYS.indexOf(wd[1].toLowerCase());
    const cur = ref.getUTCDay();
    const back = (cur - target + 7) % 7;
    const fwd = (target - cur + 7) % 7;
    return iso(new Date(ref.getTime() + (future ? fwd : -back) * DAY), 'day');
  }
  const rel = RELATIVE.exec(sentence);
  if (rel) {
    const word = (rel[1] ?? '').toLowerCase();
    const unit = (rel[2] ?? '').toLowerCase();
    const single = (rel[3] ?? '').toLowerCase();
    if (single)
      return iso(
        new Date(ref.getTime() + (single === 'yesterday' ? -1 : single === 'tomorrow' ? 1 : 0) * DAY),
        'day',
      );
    const step = word === 'this' ? 0 : word === 'next' || word === 'coming' ? 1 : -1;
    if (unit === 'week') return iso(new Date(ref.getTime() + step * 7 * DAY), 'month');
    if (unit === 'month') return iso(utcDay(ref.getUTCFullYear(), ref.getUTCMonth() + step, 1), 'month');
    return year4(ref.getUTCFullYear() + step);
  }
  const mo = MONTH_ALONE.exec(sentence);
  if (mo?.[1]) {
    const m = MONTHS.indexOf(mo[1].toLowerCase());
    let y = ref.getUTCFullYear();
    if (!future && m > ref.getUTCMonth()) y--;
    if (future && m < ref.getUTCMonth()) y++;
    return `${year4(y)}-${pad(m + 1)}`;
  }
  const bare = BARE_YEAR.exec(sentence);
  return bare?.[1];
}

function viaChrono(
  text: string,
  hitIndex: number,
  hitLength: number,
  ref: Date | undefined,
  future: boolean,
): string | undefined {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, hitIndex - 12)));
  const end = text.indexOf(' ', Math.min(text.length, hitIndex + hitLength + 12));
  const window = text.slice(from, end < 0 ? text.length : end);
  let results: chrono.ParsedResult[];
  try {
    results = ref
      ? chrono.parse(window, { instant: ref, timezone: 0 }, { forwardDate: future })
      : chrono.parse(window);
  } catch {
    return undefined;
  }
  for (const r of results) {
    const c = r.start;
    if (!ref && !c.isCertain('year')) continue;
    let d = c.date();
    if (ref && !future && !c.isCertain('year') && d.getTime() > ref.getTime() + DAY / 2) {
      d = utcDay(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate());
    }
    if (c.isCertain('day') || c.isCertain('weekday')) return iso(d, 'day');
    if (c.isCertain('month')) return iso(d, 'month');
    if (c.isCertain('year')) return iso(d, 'year');
  }
  return undefined;
}

/** Sentences repeat across a corpus (datelines, boilerplate); long ones are not kept. */
const cache = new BoundedCache<string | undefined>({
  maxKeyLength: 2000,
  maxEntries: 5000,
  maxKeyChars: 1_000_000,
});

/** Parses the date of the event described in `sentence`. */
export function eventDate(
  sentence: string,
  published: string | undefined,
  future: boolean,
): string | undefined {
  const key = `${published ?? ''}|${future ? 1 : 0}|${sentence}`;
  return cache.get(key, () => parseDate(sentence, published, future));
}

function parseDate(sentence: string, published: string | undefined, future: boolean): string | undefined {
  const hit = DATEISH.exec(sentence);
  if (!hit) return undefined;
  const ref = published ? new Date(`${published}T12:00:00Z`) : undefined;
  if (ref && !Number.isNaN(ref.getTime())) {
    const q = quick(sentence, ref, future);
    if (q) return q;
  } else {
    // Without a publication date only absolute dates can be read.
    const bare = BARE_YEAR.exec(sentence);
    if (!FULL_DATE.test(sentence) || !/\b(?:1[89]|20)\d\d\b/.test(sentence)) return bare?.[1];
  }
  return viaChrono(sentence, hit.index, hit[0].length, ref, future) ?? BARE_YEAR.exec(sentence)?.[1];
}
