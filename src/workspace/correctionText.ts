/** Corrections in words, for the corrections panel and the log's `what` (pure). */
import type { Correction, CorrectionOp, EntryStatus, TieRef } from './corrections';

/** A label for an actor key (its label in the graph, else the key). */
export type LabelOf = (key: string) => string;

const arrow = (t: TieRef, label: LabelOf): string =>
  `${t.type} ${label(t.source)} ${t.type === 'alliance' ? '—' : '→'} ${label(t.target)}`;

/** What an operation does, in words ("Renamed Kim to Kim Jong Un"). */
export function describeOp(op: CorrectionOp, label: LabelOf): string {
  switch (op.op) {
    case 'merge-actors':
      return `Merged ${label(op.actor)} into ${label(op.into)}`;
    case 'rename-actor':
      return `Renamed ${label(op.actor)} to ${op.label}`;
    case 'set-kind':
      return `Made ${label(op.actor)} a${/^[aeiou]/.test(op.kind) ? 'n' : ''} ${op.kind}`;
    case 'set-country':
      return op.country
        ? `Set the country of ${label(op.actor)} to ${label(op.country)}`
        : `Removed the country of ${label(op.actor)}`;
    case 'delete-actor':
      return `Deleted ${label(op.actor)}`;
    case 'delete-tie':
      return `Deleted the tie ${arrow(op.tie, label)}`;
    case 'reverse-tie':
      return `Reversed the tie ${arrow(op.tie, label)}`;
    case 'set-tie-type':
      return `Changed the tie ${arrow(op.tie, label)} to ${op.type}`;
    case 'add-tie':
      return `Added the tie ${arrow(op.tie, label)}${op.note ? ` (${op.note})` : ''}`;
  }
}

/** The entry's words: as written when it was made, else from the operation. */
export const entryText = (entry: Correction, label: LabelOf): string =>
  entry.what ?? describeOp(entry, label);

/** How an entry stands, in words. */
export function statusText(s: EntryStatus | undefined): string {
  switch (s?.state) {
    case 'inactive':
      return `inactive: ${s.why ?? 'its target is gone'}`;
    case 'undone':
      return 'undone';
    case 'reverted':
      return 'reverted';
    default:
      return 'applied';
  }
}
