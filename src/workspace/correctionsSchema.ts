/**
 * Schema of the corrections log (IndexedDB `state/corrections` and the workspace file's
 * `corrections`). Entries are read one by one: a bad entry is reported and skipped, the
 * others are kept (the cursor counts only the entries kept).
 */
import * as v from 'valibot';
import {
  boolean,
  count,
  EvidenceSchema,
  Invalid,
  list,
  NodeKindSchema,
  nonEmptyString,
  parseAt,
  record,
  RelationTypeSchema,
  string,
} from '../graph/schema';
import type { Correction, CorrectionLog } from './corrections';

const TieRefSchema = record({ type: RelationTypeSchema, source: nonEmptyString, target: nonEmptyString });

const common = {
  id: nonEmptyString,
  at: string,
  what: v.optional(string),
  reverted: v.optional(boolean),
};
const op = <const T extends string>(name: T) => v.literal(name);

export const CorrectionSchema = v.variant(
  'op',
  [
    record({ ...common, op: op('merge-actors'), actor: nonEmptyString, into: nonEmptyString }),
    record({ ...common, op: op('rename-actor'), actor: nonEmptyString, label: nonEmptyString }),
    record({ ...common, op: op('set-kind'), actor: nonEmptyString, kind: NodeKindSchema }),
    record({ ...common, op: op('set-country'), actor: nonEmptyString, country: string }),
    record({ ...common, op: op('delete-actor'), actor: nonEmptyString }),
    record({ ...common, op: op('delete-tie'), tie: TieRefSchema, seen: v.optional(list(string)) }),
    record({ ...common, op: op('reverse-tie'), tie: TieRefSchema }),
    record({ ...common, op: op('set-tie-type'), tie: TieRefSchema, type: RelationTypeSchema }),
    record({
      ...common,
      op: op('add-tie'),
      tie: TieRefSchema,
      note: string,
      evidence: v.optional(EvidenceSchema),
    }),
  ],
  (i) =>
    `must be one of merge-actors, rename-actor, set-kind, set-country, delete-actor, delete-tie, reverse-tie, set-tie-type, add-tie (found ${JSON.stringify(i.input) ?? 'nothing'})`,
);

const LogShape = record({ entries: list(v.unknown()), cursor: v.optional(count) });

/** A log read leniently: the entries that passed, and why the others were skipped. */
export interface ParsedLog {
  log: CorrectionLog;
  skipped: string[];
}

/** Reads a corrections log at `path`; throws {@link Invalid} only when it is not a log at all. */
export function parseCorrections(value: unknown, path: string): ParsedLog {
  const shape = parseAt(LogShape, value, path);
  const cursor = Math.min(shape.cursor ?? shape.entries.length, shape.entries.length);
  const entries: Correction[] = [];
  const skipped: string[] = [];
  const ids = new Set<string>();
  let kept = 0;
  shape.entries.forEach((raw, i) => {
    try {
      const entry = parseAt(CorrectionSchema, raw, `${path}.entries[${i}]`) as Correction;
      if (ids.has(entry.id)) throw new Invalid(`${path}.entries[${i}] repeats the id "${entry.id}"`);
      ids.add(entry.id);
      entries.push(entry);
      if (i < cursor) kept++;
    } catch (e) {
      if (!(e instanceof Invalid)) throw e;
      skipped.push(e.message);
    }
  });
  return { log: { entries, cursor: kept }, skipped };
}

/**
 * A corrections file for the CLI: a workspace file (its `corrections`) or a bare log
 * (`{ "entries": [...], "cursor": n }`). Throws {@link Invalid} when it is neither.
 */
export function readCorrectionsFile(text: string): ParsedLog {
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new Invalid(`is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const r = root as { format?: unknown; corrections?: unknown } | null;
  if (r && typeof r === 'object' && r.format === 'entente-workspace') {
    if (r.corrections === undefined) return { log: { entries: [], cursor: 0 }, skipped: [] };
    return parseCorrections(r.corrections, 'corrections');
  }
  return parseCorrections(root, 'corrections');
}
