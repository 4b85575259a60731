/** Turning visitors and a host into visit ties, with their date and status. */
import type { TieStatus } from '../../../graph/types';
import { eventDate } from '../../dates';
import type { Doc } from '../../doc';
import { stateOf } from '../../doc';
import type { FoundTie } from '../types';
import { sentenceSpan } from '../util';

/** What a visit step found in sentence si, ready to become ties. */
export interface VisitFind {
  visitors: readonly string[];
  host: string | undefined;
  status?: TieStatus | undefined;
  /** The ids of the rules that found it (reasons in data/rules/visit.json). */
  rule: readonly string[];
}

/** One tie per visitor from elsewhere: no one visits their own state. */
export function emit(doc: Doc, si: number, f: VisitFind, out: FoundTie[]): void {
  const { visitors, host, status } = f;
  if (!host || !visitors.some((v) => v !== host && stateOf(doc, v) !== host)) return;
  const s = doc.sentences[si];
  const date = s ? eventDate(doc.text.slice(s.start, s.end), doc.date, status === 'planned') : undefined;
  for (const v of visitors) {
    if (v === host || stateOf(doc, v) === host) continue;
    const tie: FoundTie = {
      type: 'visit',
      source: v,
      target: host,
      ...sentenceSpan(doc, si),
      rule: [...f.rule],
    };
    if (status) tie.status = status;
    if (date) tie.date = date;
    out.push(tie);
  }
}
