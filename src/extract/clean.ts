/**
 * Stage 1, clean: removes boilerplate that must never become an actor (photo credits,
 * comment prompts, bylines, "Additional reporting by", datelines at the start, runs of
 * junk tokens) and normalizes whitespace. The result is the article text the explorer
 * shows; every later offset points into it. Line-based and linear in the input.
 */
import { lexicon } from './lexicon';
import { gazetteer } from './gazetteer';
import { splitSentences } from './sentences';
import { SPACES, trimEndOf } from '../graph/trim';

const lx = lexicon.clean;

/** Characters that are neither text nor layout: replaced by a space. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\v\f\u000e-\u001f\u007f\ufffd]/g;

/** Dateline with a dash or colon: "LONDON —", "WASHINGTON (Reuters) -", "KIGALI, Oct 6 (Reuters) -". */
const DATELINE_DASH =
  /^[A-Z][A-Z.'’-]+(?:[ ,]{1,2}[A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][a-z.]+(?: [A-Z][a-z.]+){0,2})?(?: \d{1,2})?(?: ?\([^()\n]{0,40}\))? ?(?:[—–:]|--?) ?/;
/** An agency tag opening a paragraph: "(Reuters) -", "(AP) —". */
const AGENCY_TAG = /^\([^()\n]{1,40}\) ?(?:[—–]|--?) ?/;
/** Dateline without a dash: "DUBAI Iran and China…". */
const DATELINE_BARE = /^([A-Z]{3,}(?: [A-Z]{3,}){0,2}) (?=[A-Z][a-z])/;

function words(line: string): string[] {
  return line.split(/\s+/).filter((w) => w.length > 0);
}

/** Up to `max` whitespace-separated words from the start of a line. */
function firstWords(line: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = line.length;
  while (i < n && out.length < max) {
    while (i < n && line.charCodeAt(i) <= 32) i++;
    const s = i;
    while (i < n && line.charCodeAt(i) > 32) i++;
    if (i > s) out.push(line.slice(s, i));
  }
  return out;
}

/** Whether some token repeats `min` times in a row; no allocation per token. */
function hasRepeatRun(line: string, min: number): boolean {
  let prevStart = -1;
  let prevLen = 0;
  let run = 1;
  let i = 0;
  const n = line.length;
  while (i < n) {
    while (i < n && line.charCodeAt(i) <= 32) i++;
    const s = i;
    while (i < n && line.charCodeAt(i) > 32) i++;
    const len = i - s;
    if (len === 0) break;
    if (
      prevStart >= 0 &&
      len === prevLen &&
      line.startsWith(line.slice(prevStart, prevStart + Math.min(len, 64)), s)
    ) {
      if (++run >= min) return true;
    } else run = 1;
    prevStart = s;
    prevLen = len;
  }
  return false;
}

/** Removes runs of one token repeated at least `junkRunMin` times ("api api api …"). */
export function dropJunkRuns(line: string): string {
  if (!hasRepeatRun(line, lx.junkRunMin)) return line;
  const toks = words(line);
  if (toks.length < lx.junkRunMin) return line;
  const out: string[] = [];
  let i = 0;
  while (i < toks.length) {
    let j = i + 1;
    const t = toks[i] ?? '';
    while (j < toks.length && toks[j] === t) j++;
    if (j - i < lx.junkRunMin) for (let k = i; k < j; k++) out.push(t);
    i = j;
  }
  if (out.length === toks.length) return line;
  // A long line of very few distinct tokens is junk as a whole.
  return out.join(' ');
}

function isJunkLine(line: string): boolean {
  if (line.length < 120 || !hasRepeatRun(line, 3)) return false;
  // Only the first 400 tokens are read: splitting a 5 MB line would allocate it all.
  const toks = firstWords(line, 400);
  if (toks.length < 30) return false;
  const distinct = new Set(toks.map((t) => t.toLowerCase()));
  return distinct.size <= 3;
}

/** Cuts a trailing photo credit from a line; returns the kept part. */
export function stripCredit(line: string): string {
  let cut = line.length;
  for (const m of lx.creditMarkers) {
    const i = line.indexOf(m);
    if (i < 0 || i >= cut) continue;
    const rest = line.slice(i + m.length).trim();
    if (m.startsWith('Credit')) {
      // "… agents. Credit Ashraf Shazly/Agence France-Presse — Getty Images"
      const before = line.slice(0, i).trimEnd();
      const atBoundary = before === '' || /[.!?”")]$/.test(before);
      if (!atBoundary || words(rest).length > 12 || !/^[A-Z]/.test(rest)) continue;
    } else if (m !== '©' && m !== '(c) ' && i > 0 && !/[.!?”")]\s*$/.test(line.slice(0, i))) continue;
    cut = i;
  }
  let kept = line.slice(0, cut).trimEnd();
  // "…in Beijing. Photo by X/Getty Images"
  for (const tail of lx.creditTails) {
    if (!kept.endsWith(tail)) continue;
    const head = kept.slice(0, kept.length - tail.length);
    if (head.length > 0 && /[\p{L}\p{N}]$/u.test(head)) continue;
    const lastStop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
    const segment = head.slice(lastStop + 1);
    if (
      words(segment).length <= 10 &&
      (segment.includes('/') || /\b(?:Photo|Picture|Image|Credit)/i.test(segment) || lastStop < 0)
    ) {
      kept = lastStop < 0 ? '' : head.slice(0, lastStop + 1).trimEnd();
    }
    break;
  }
  return kept;
}

function isByline(line: string): boolean {
  if (!/^By\s/.test(line)) return false;
  // "By Ana Ruiz, BBC Middle East correspondent": a name, then the writer's post.
  const comma = line.indexOf(',');
  if (comma > 0) {
    const name = words(line.slice(3, comma));
    const post = words(line.slice(comma + 1));
    if (
      name.length >= 1 &&
      name.length <= 4 &&
      name.every((w) => /^\p{Lu}/u.test(w)) &&
      post.length <= 8 &&
      post.some((w) => lx.bylineRoles.has(w.toLowerCase().replace(/[^a-z]/g, '')))
    )
      return true;
  }
  const ws = words(line).slice(1);
  if (ws.length === 0 || ws.length > 8) return false;
  return ws.every((w) => /^[A-Z]/.test(w) || w === 'and' || w === '&' || w === 'in');
}

function isBoilerplateLine(line: string): boolean {
  const lower = trimEndOf(line.toLowerCase(), `${SPACES}:.!|`);
  if (lx.lines.has(lower)) return true;
  // A footer that only names the outlet: "Le Monde", "© The Associated Press".
  if (
    lexicon.clean.publishers.has(
      lower.replace(/^(?:©|\(c\)) ?/, '').replace(/^(?:copyright )?(?:\d{4} )?/, ''),
    )
  )
    return true;
  for (const p of lx.linePrefixes) if (lower.startsWith(p)) return true;
  for (const c of lx.lineContains) if (lower.includes(c)) return true;
  return isByline(line) || isTimestamp(lower);
}

/**
 * Removes boilerplate from a line. A line of one sentence that looks like boilerplate
 * goes whole; in a line of several sentences (a whole article pasted as one paragraph)
 * only the sentences that look like boilerplate go ("… Ham Li contributed to this report.").
 */
export function dropBoilerplate(line: string): string {
  if (!isBoilerplateLine(line)) return line;
  const { sentences } = splitSentences(line);
  if (sentences.length < 2) return '';
  const kept = sentences.map((s) => line.slice(s.start, s.end)).filter((s) => !isBoilerplateLine(s));
  // The line as a whole is boilerplate although no sentence of it is: drop it all.
  return kept.length === sentences.length ? '' : kept.join(' ');
}

/** "Posted Mon 6 Oct 2025 at 5:31pm, updated …": a short stamp line with a date or time. */
function isTimestamp(lower: string): boolean {
  // Cheapest test first: nearly every line fails on its first word.
  let prefix = false;
  for (const p of lx.timestampPrefixes) {
    if (!lower.startsWith(p)) continue;
    const c = lower.charCodeAt(p.length);
    if (c === 32 || c === 58 || c === 9) prefix = true;
  }
  return prefix && /\d/.test(lower) && firstWords(lower, 17).length <= 16;
}

/** "(AP)" → "ap": the agency named in a tag, without brackets or what follows them. */
function agencyName(tag: string): string {
  const open = tag.startsWith('(') ? tag.slice(1) : tag;
  const close = open.indexOf(')');
  return (close < 0 ? open : open.slice(0, close)).toLowerCase();
}

/** Strips a dateline ("LONDON —", "DUBAI ") from the start of an opening paragraph. */
export function stripDateline(line: string): string {
  const tag = AGENCY_TAG.exec(line);
  if (tag && tag[0].length < line.length && lexicon.clean.publishers.has(agencyName(tag[0])))
    return line.slice(tag[0].length);
  const dash = DATELINE_DASH.exec(line);
  if (dash && dash[0].length < line.length && /[—–:-]/.test(dash[0])) {
    const head = trimEndOf(dash[0], `${SPACES}—–:-`);
    // Keep a real sentence start such as "US-China talks:"; datelines are all capitals.
    if (head.replace(/[^A-Z]/gi, '').length >= 3) return line.slice(dash[0].length);
  }
  const bare = DATELINE_BARE.exec(line);
  if (bare?.[1]) {
    // An all-capitals place ("CAIRO", "DUBAI") is a dateline; an acronym ("NATO", "UN") is not.
    const first = bare[1].split(' ')[0] ?? '';
    const gz = gazetteer();
    const hits = [...gz.lookup(first), ...gz.lookup(bare[1])];
    if (first.length > 3 && !hits.some((h) => h.kind === 'organization')) return line.slice(bare[0].length);
  }
  return line;
}

/**
 * Cleans an article's text. Paragraphs come out separated by a blank line; the first
 * line stays first (it is usually the headline).
 */
export function cleanText(raw: string): string {
  const text = raw
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, ' ')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
  const out: string[] = [];
  let opening = 0;
  for (const rawLine of text.split('\n')) {
    let line = rawLine.replace(/[ \t]+/g, ' ').trim();
    if (!line) continue;
    if (isJunkLine(line)) continue;
    line = dropJunkRuns(line);
    if (line) line = dropBoilerplate(line);
    if (!line) continue;
    line = stripCredit(line);
    if (!line) continue;
    if (opening < 4) {
      opening++;
      line = stripDateline(line);
    }
    if (line) out.push(line);
  }
  return out.join('\n\n');
}
