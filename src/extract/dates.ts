/**
 * Dates of ties, resolved with chrono-node against the publication date. Reported
 * events lean to the past ("on Thursday" is the last Thursday), expected ones to the
 * future. ISO output is as precise as the text: 2024, 2024-04, 2024-04-11.
 */
import * as chrono from 'chrono-node';

const pad = (n: number): string => String(n).padStart(2, '0');
const BARE_YEAR = /\b(?:in|since|during|by|from|until|of|early|late|mid-)\s?((?:1[89]|20)\d\d)\b/i;

/** Parses the date of the event described in `sentence`. */
const cache = new Map<string, string | undefined>();

export function eventDate(
  sentence: string,
  published: string | undefined,
  future: boolean,
): string | undefined {
  const key = `${published ?? ''}|${future ? 1 : 0}|${sentence}`;
  if (cache.has(key)) return cache.get(key);
  if (cache.size > 2000) cache.clear();
  const d = parseDate(sentence, published, future);
  cache.set(key, d);
  return d;
}

/** Cheap pre-check: only sentences with a date-like word go to chrono. */
const DATEISH =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s\d|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:last|this|next|past|previous|coming)\s(?:week|month|year|spring|summer|autumn|fall|winter)|\b(?:yesterday|today|tomorrow|tonight)\b|\b(?:1[89]|20)\d\d\b|\b\d{1,2}\/\d{1,2}/i;

function parseDate(text: string, published: string | undefined, future: boolean): string | undefined {
  let sentence = text;
  const hit = DATEISH.exec(sentence);
  if (!hit) return undefined;
  // chrono's cost grows with the text: parse a window around the first date-like word.
  if (sentence.length > 160) {
    const from = Math.max(0, hit.index - 40);
    sentence = sentence.slice(from, hit.index + hit[0].length + 60);
  }
  if (sentence.length > 1500) return undefined;
  const ref = published ? new Date(`${published}T12:00:00Z`) : undefined;
  let results: chrono.ParsedResult[];
  try {
    results = ref
      ? chrono.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: future })
      : chrono.parse(sentence);
  } catch {
    results = [];
  }
  for (const r of results) {
    const c = r.start;
    if (!ref && !c.isCertain('year')) continue;
    const d = c.date();
    let y = d.getUTCFullYear();
    let mo = d.getUTCMonth() + 1;
    let day = d.getUTCDate();
    const dayCertain = c.isCertain('day') || c.isCertain('weekday');
    if (ref && !future) {
      if (c.isCertain('weekday') && !c.isCertain('day') && d.getTime() > ref.getTime() + 36e5 * 12) {
        const back = new Date(d.getTime() - 7 * 864e5);
        y = back.getUTCFullYear();
        mo = back.getUTCMonth() + 1;
        day = back.getUTCDate();
      } else if (c.isCertain('month') && !c.isCertain('year') && d.getTime() > ref.getTime()) y -= 1;
    }
    if (dayCertain) return `${y}-${pad(mo)}-${pad(day)}`;
    if (c.isCertain('month')) return `${y}-${pad(mo)}`;
    if (c.isCertain('year')) return `${y}`;
  }
  const bare = BARE_YEAR.exec(sentence);
  return bare?.[1];
}
