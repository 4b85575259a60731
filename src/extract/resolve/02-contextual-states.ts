/**
 * Step 2. Forms that need context ("Georgia", "Jordan", "Washington", "Brussels") stand for
 * a state only when the article also names it plainly, or the mention is possessive, or its
 * sentence names another state plainly. Otherwise they take their organization reading
 * ("Brussels said" -> the EU), or none when only a location ("in Brussels").
 */
import { fw, inSet } from '../match';
import type { Mention } from '../mentions';
import type { ResolveCtx } from './context';
import { asOrganization } from './context';

interface PlainStates {
  /** States the article names plainly. */
  all: Set<string>;
  /** Per sentence, the states, office holders and intergovernmental bodies it names. */
  bySent: Map<number, Set<string>>;
}

function collectPlainStates(mentions: readonly Mention[]): PlainStates {
  const all = new Set<string>();
  const bySent = new Map<number, Set<string>>();
  const note = (sent: number, key: string): void => {
    let s = bySent.get(sent);
    if (!s) bySent.set(sent, (s = new Set()));
    s.add(key);
  };
  for (const m of mentions) {
    if (m.type === 'state' && m.iso3 && !m.ambiguous && !m.alt) {
      all.add(m.iso3);
      note(m.sent, m.iso3);
    }
    // Office holders and intergovernmental bodies also make a sentence about states.
    if (m.type === 'person' && m.personName) note(m.sent, `person:${m.personName}`);
    if (m.type === 'org' && m.orgKey && !m.alt && m.orgType === 'intergovernmental') note(m.sent, m.orgKey);
  }
  return { all, bySent };
}

/** "Jordan Peterson": a capitalized word follows the form, so it is a first name. */
function isFirstName(ctx: ResolveCtx, m: Mention): boolean {
  const next = ctx.tokens[m.t1];
  const last = ctx.tokens[m.t1 - 1];
  return !!next && !!last && next.cap && !last.poss && ctx.text.slice(last.end, next.start) === ' ';
}

/** Adds to `plain.all` the ambiguous state forms their context supports. */
function acceptSupportedForms(ctx: ResolveCtx, plain: PlainStates): void {
  // An article about states (two others named plainly) reads a bare "Jordan" as the state.
  const geopolitical = plain.all.size >= 2;
  for (const m of ctx.mentions) {
    if (m.type !== 'state' || !m.ambiguous || !m.iso3 || m.alt || isFirstName(ctx, m)) continue;
    // Counts, not scans: one giant sentence must not make this quadratic.
    const sentSet = plain.bySent.get(m.sent);
    const others = !!sentSet && sentSet.size - +sentSet.has(m.iso3) > 0;
    const otherStates = plain.all.size - +plain.all.has(m.iso3) >= 2;
    if (m.poss || others || (geopolitical && otherStates)) plain.all.add(m.iso3);
  }
}

/** Unsupported forms: their organization reading, or nothing when only a location. */
function readUnsupportedForms(ctx: ResolveCtx, plainStates: Set<string>): void {
  const { mentions, tokens } = ctx;
  const namedOrgs = new Set(mentions.filter((m) => m.type === 'org' && !m.alt).map((m) => m.orgKey ?? ''));
  mentions.forEach((m, i) => {
    if (m.type !== 'state' || !m.ambiguous || !m.iso3 || plainStates.has(m.iso3)) return;
    const org = m.alt?.find((h) => h.kind === 'organization');
    const located = inSet(tokens, m.t0 - 1, fw.placePrepositions);
    if (org?.kind === 'organization' && (namedOrgs.has(org.key) || !located)) asOrganization(m, org.key);
    else ctx.dropped.add(i);
  });
}

export function contextualStates(ctx: ResolveCtx): void {
  const plain = collectPlainStates(ctx.mentions);
  acceptSupportedForms(ctx, plain);
  readUnsupportedForms(ctx, plain.all);
}
