/**
 * Splits a capitalized run ("Chinese Foreign Minister Wang Yi", "European Union and
 * Turkey", "Stimson Center") into mentions: gazetteer forms, titles, organizations named
 * by their head word, and names. The steps are tried in order at each position.
 */
import { gazetteer } from '../gazetteer';
import { lexicon } from '../lexicon';
import { fw, isWord, union } from '../match';
import { startsForm } from '../memo';
import type { Token } from '../tokens';
import type { Ctx } from './context';
import { base, emit, isNamePart } from './context';
import type { GazAt } from './forms';
import { gazAt, gazHits } from './forms';
import {
  eventLabel,
  hasOrgHead,
  hitToMention,
  isGeo,
  ministryAfter,
  trailingOrg,
  trailingOrgWord,
} from './organizations';
import { wordsOf } from './phrases';
import { isHonorific, titleAt, titlePrefix } from './titles';
import type { Mention } from './types';

const nm = lexicon.names;

/** A run [i, j) being split; `p` is the position reached. */
interface Run {
  ctx: Ctx;
  i: number;
  j: number;
  sentStart: number;
  sentEnd: number;
  p: number;
  titles: string[];
  honorific: boolean;
  /** The state of the last state form in the run ("Chinese" in "Chinese Foreign Minister"). */
  runCountry?: string;
  /** Per-run memo: gazetteer hits and titles starting at each token. */
  gz: (GazAt | null)[];
  tt: number[];
}

/** What a step did: moved on (`next`), or ended the run (`stop`); undefined when it did not apply. */
type Outcome = 'next' | 'stop' | undefined;

function gazAtM(run: Run, q: number): GazAt | undefined {
  let r = run.gz[q - run.i];
  if (r === undefined) {
    r = gazAt(run.ctx.tokens, run.ctx.text, q, run.j) ?? null;
    run.gz[q - run.i] = r;
  }
  return r ?? undefined;
}

function titleAtM(run: Run, q: number): number {
  let r = run.tt[q - run.i];
  if (r === undefined) {
    r = titleAt(run.ctx.tokens, q, run.j);
    run.tt[q - run.i] = r;
  }
  return r;
}

const isStopword = (tokens: readonly Token[], k: number): boolean => nm.stopwords.has(tokens[k]?.lower ?? '');

/** Leading stopwords ("The", "But", "In") never start a name. */
function skipLeadingStopwords(run: Run): void {
  const { tokens } = run.ctx;
  while (run.p < run.j && isStopword(tokens, run.p) && titleAtM(run, run.p) === 0 && !gazAtM(run, run.p))
    run.p++;
}

/** Connectors between parts of a run ("European Union and Turkey"). */
function skipConnector(run: Run): Outcome {
  if (isNamePart(run.ctx.tokens[run.p] as Token)) return undefined;
  run.p++;
  return 'next';
}

/** "The UN Security Council": a known form after a leading stopword ("The UN" is one too). */
function skipStopwordBeforeForm(run: Run): Outcome {
  const { tokens } = run.ctx;
  const { p, j } = run;
  if (
    j - p > 2 &&
    isStopword(tokens, p) &&
    startsForm(tokens[p + 1]?.text ?? '') &&
    j - p - 1 <= gazetteer().maxTokens &&
    gazHits(tokens, p + 1, j - p - 1).length > 0
  ) {
    run.p++;
    return 'next';
  }
  return undefined;
}

/** Words a name never ends with: "Mr Brown and Mr Blair", "Treasury Under Secretary". */
const NAME_ENDS_NEVER = union(
  fw.conjunctions,
  fw.prepositions,
  fw.articles,
  fw.determiners,
  fw.demonstratives,
);

/** The end of tokens [p, q) without its trailing function words (at least one token is kept). */
function withoutTrailingFunctionWords(tokens: readonly Token[], p: number, q: number): number {
  let end = q;
  while (end > p + 1 && NAME_ENDS_NEVER.has(tokens[end - 1]?.lower ?? '')) end--;
  return end;
}

/** The rest of the run is an organization named by its head word ("Stimson Center"); -1 if not. */
function headOfOrganization(run: Run): number {
  const { tokens } = run.ctx;
  const { p, j } = run;
  const head = hasOrgHead(tokens, p, j);
  if (head < 0) return -1;
  if (j - p <= gazetteer().maxTokens && gazHits(tokens, p, j - p).length > 0) return -1;
  // The head must lie beyond a known form at p ("European Union and Turkey" is two actors).
  const known = gazAtM(run, p);
  if (known && head < p + known.n) return -1;
  // "King’s College London": a title with a possessive inside an organization's name.
  const possTitle = !!tokens[p]?.poss && head > p;
  if (titleAtM(run, p) !== 0 && !possTitle) return -1;
  return isGeo(tokens, p, j) ? -1 : head;
}

/** An organization named by its head word: "Stimson Center", "US Forces Japan". */
function organizationByHead(run: Run): Outcome {
  const head = headOfOrganization(run);
  if (head < 0) return undefined;
  const { ctx } = run;
  // "What I Go To School For": a head word before a function word is no organization.
  const end = withoutTrailingFunctionWords(ctx.tokens, run.p, run.j);
  if (end < run.j && end - run.p < 2) {
    run.p = run.j;
    return 'stop';
  }
  const m: Mention = { ...base(ctx, run.p, end), type: 'org', titles: [], formerTitles: [] };
  m.orgName = m.surface;
  const h = (ctx.tokens[head] as Token).lower;
  m.orgType = nm.researchHeads.has(h) ? 'think-tank' : nm.mediaHeads.has(h) ? 'media' : 'other';
  const first = gazAtM(run, run.p)?.hit;
  if (first?.kind === 'state' && first.form !== 'seat') m.iso3 = first.iso3;
  else if (run.runCountry) m.iso3 = run.runCountry;
  emit(ctx, m);
  trailingOrg(ctx, ctx.out.length - 1, run.sentEnd);
  return 'stop';
}

/** Emits the gazetteer form g at p: a state, an organization or an office holder. */
function emitForm(run: Run, g: GazAt & Required<Pick<GazAt, 'hit'>>): Outcome {
  const { ctx } = run;
  const m = hitToMention(g.hit, base(ctx, run.p, run.p + g.n));
  if (g.alt) m.alt = g.alt;
  if (m.type === 'person') {
    m.titles.push(...run.titles);
    m.honorific = run.honorific;
    if (run.runCountry) m.titleCountry = run.runCountry;
    titlePrefix(ctx, run.p - run.titles.length, run.sentStart, m);
  }
  emit(ctx, m);
  if (m.type === 'state') {
    run.runCountry = m.iso3;
    if (ministryAfter(ctx, ctx.out.length - 1, run.sentEnd)) return 'stop';
    if (m.poss) return 'stop';
  }
  if (m.type === 'org') trailingOrg(ctx, ctx.out.length - 1, run.sentEnd);
  run.p += g.n;
  return 'next';
}

/** A gazetteer form at p; places and event labels ("the Minsk accords") are skipped. */
function knownForm(run: Run): Outcome {
  const g = gazAtM(run, run.p);
  if (!g) return undefined;
  const label =
    g.hit?.kind === 'state' &&
    (g.hit.form === 'name' || g.hit.form === 'capital') &&
    eventLabel(run.ctx, run.p, run.p + g.n);
  if (g.place || label) {
    run.p += g.n;
    return 'next';
  }
  return g.hit ? emitForm(run, { ...g, hit: g.hit }) : undefined;
}

/** A title at p ("Foreign Minister", "Mr"): kept for the name that follows. */
function title(run: Run): Outcome {
  const tn = titleAtM(run, run.p);
  if (tn === 0) return undefined;
  const phrase = wordsOf(run.ctx.tokens, run.p, run.p + tn);
  if (isHonorific(phrase)) run.honorific = true;
  run.titles.push(phrase);
  run.p += tn;
  return 'next';
}

/** Whether token r continues the name begun at p (no gazetteer form starts there, with exceptions). */
function inName(run: Run, r: number): boolean {
  // A surname that is also a place ("Marcos Lima") stays in the name.
  const g = gazAtM(run, r);
  if (!g) return true;
  // So does an office holder's bare surname after another given name ("Peter Vance"),
  // and an organization's ambiguous short name ("Anna Wagner").
  const h = g.hit;
  if (!h || r + g.n !== run.j) return false;
  if (h.kind === 'state') return h.form === 'capital' || h.form === 'name';
  if (h.kind === 'organization') return h.ambiguous === true && g.n === 1 && r > run.p;
  return h.form === 'alias' && g.n === 1;
}

/** The end of the name begun at p: the next gazetteer form or title, less trailing function words. */
function nameEnd(run: Run, p: number): number {
  const { tokens } = run.ctx;
  let q = p + 1;
  while (q < run.j && inName(run, q) && titleAtM(run, q) === 0) q++;
  return withoutTrailingFunctionWords(tokens, p, q);
}

/** A name: up to the next gazetteer form or title; an organization when a word like "party" follows. */
function name(run: Run): Outcome {
  const { ctx, p } = run;
  const q = nameEnd(run, p);
  const nameToks = ctx.tokens.slice(p, q);
  run.p = q;
  if (isGeo(ctx.tokens, p, q) || nameToks.every((x) => nm.stopwords.has(x.lower))) return 'next';
  const m: Mention = {
    ...base(ctx, p, q),
    type: 'name',
    titles: [...run.titles],
    formerTitles: [],
    nameTokens: nameToks.map((x) => x.text),
    honorific: run.honorific,
  };
  if (run.runCountry) m.titleCountry = run.runCountry;
  titlePrefix(ctx, p, run.sentStart, m);
  if (!trailingOrgWord(ctx, q, run.sentEnd)) {
    emit(ctx, m);
    return 'next';
  }
  m.type = 'org';
  m.orgName = m.surface;
  m.orgType = 'other';
  if (run.runCountry) m.iso3 = run.runCountry;
  emit(ctx, m);
  trailingOrg(ctx, ctx.out.length - 1, run.sentEnd);
  return 'stop';
}

/** "Labour MP for Sleaford and North Hykeham": the words after a member's "for" name a constituency. */
function constituency(run: Run): Outcome {
  const { tokens } = run.ctx;
  const { p } = run;
  if (!isWord(tokens, p - 1, 'for') || !nm.constituencyRoles.has(tokens[p - 2]?.lower ?? ''))
    return undefined;
  run.p = run.j;
  return 'stop';
}

/**
 * "Given James Bond's pedigree", "Producers Barbara Broccoli and …": a sentence's first word
 * that the text also writes in lower case opens no name of three words or more. A two-word
 * name keeps it ("Bill Clinton", where the text has "the bill").
 */
function sentenceOpener(run: Run): Outcome {
  const { ctx, p } = run;
  const t = ctx.tokens[p];
  if (p !== run.sentStart || !t || !ctx.lowerWords.has(t.lower)) return undefined;
  if (nameEnd(run, p) - p < 3) return undefined;
  run.p = p + 1;
  return 'next';
}

/** The steps tried at each position of a run, in order; `name` always applies. */
const RUN_STEPS: readonly ((run: Run) => Outcome)[] = [
  constituency,
  skipConnector,
  skipStopwordBeforeForm,
  organizationByHead,
  knownForm,
  title,
  sentenceOpener,
  name,
];

export function segmentRun(ctx: Ctx, i: number, j: number, sentStart: number, sentEnd: number): void {
  const run: Run = { ctx, i, j, sentStart, sentEnd, p: i, titles: [], honorific: false, gz: [], tt: [] };
  skipLeadingStopwords(run);
  while (run.p < run.j) {
    for (const step of RUN_STEPS) {
      const r = step(run);
      if (r === 'stop') return;
      if (r === 'next') break;
    }
  }
}
