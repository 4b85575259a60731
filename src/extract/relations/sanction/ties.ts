/** Sanction ties: every imposer against every target, with the sentence's date and status. */
import type { TieStatus } from '../../../graph/types';
import { eventDate } from '../../dates';
import type { Doc } from '../../doc';
import { lexicon } from '../../lexicon';
import type { FoundTie } from '../types';
import { sentenceSpan } from '../util';

const lx = lexicon.sanction;

/** "lifted", "threatened": the status a word before the cue in its clause gives. */
export function statusOf(doc: Doc, a: number, k: number): TieStatus | undefined {
  for (let q = Math.max(a, k - 8); q < k; q++) {
    const w = doc.tokens[q]?.lower ?? '';
    if (lx.lift.has(w)) return 'lifted';
    if (lx.threat.has(w)) return 'threatened';
  }
  return undefined;
}

export interface Measure {
  imposers: readonly string[];
  targets: readonly string[];
  status: TieStatus | undefined;
  /** The ids of the rules that found the imposers and the targets (data/rules/sanction.json). */
  rule: readonly string[];
}

export function pushTies(doc: Doc, si: number, m: Measure, out: FoundTie[]): void {
  const s = doc.sentences[si];
  const date = s ? eventDate(doc.text.slice(s.start, s.end), doc.date, m.status === 'threatened') : undefined;
  for (const i of m.imposers)
    for (const tg of m.targets) {
      if (i === tg) continue;
      const tie: FoundTie = {
        type: 'sanction',
        source: i,
        target: tg,
        ...sentenceSpan(doc, si),
        rule: [...m.rule],
      };
      if (m.status) tie.status = m.status;
      if (date) tie.date = date;
      out.push(tie);
    }
}

/**
 * The status of a pair follows its latest event: sanctions lifted and later reimposed
 * are in force. Every tie of the pair takes the status of the last one in the text.
 */
export function latestStatus(ties: FoundTie[]): FoundTie[] {
  const last = new Map<string, FoundTie>();
  for (const t of ties) {
    const id = `${t.source}|${t.target}`;
    const prev = last.get(id);
    if (!prev || t.start >= prev.start) last.set(id, t);
  }
  return ties.map((t) => {
    const latest = last.get(`${t.source}|${t.target}`);
    if (!latest || latest === t || latest.status === t.status) return t;
    const copy: FoundTie = { ...t };
    if (latest.status) copy.status = latest.status;
    else delete copy.status;
    return copy;
  });
}
