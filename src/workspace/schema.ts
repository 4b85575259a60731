/**
 * Schemas of the workspace's own records: an article (in the workspace file and in
 * IndexedDB), the stored article order, the view and the ingest journal. Each `parse…`
 * function refuses with the first bad path ({@link Invalid}) and changes nothing.
 *
 * Adding a record kind (e.g. the corrections log): write its schema here, add it to
 * {@link RECORDS}, and read it with {@link parseRecord}.
 */
import * as v from 'valibot';
import {
  ArticleMetaSchema,
  bounded,
  checkGraphConsistency,
  count,
  Invalid,
  isoDate,
  list,
  nonEmptyString,
  parseAt,
  record,
  SerializedGraphSchema,
  string,
} from '../graph/schema';
import { isPackedMentions, unpackMentions } from '../graph/mentions';
import type { MentionSpan } from '../graph/types';
import type { WorkspaceArticle, WorkspaceView } from './types';
import { parseCorrections } from './correctionsSchema';

export const MentionSchema = record({ start: count, end: count, node: nonEmptyString });

export const WorkspaceArticleSchema = record({
  meta: ArticleMetaSchema,
  text: string,
  graph: SerializedGraphSchema,
  mentions: list(MentionSchema),
  addedAt: string,
});

/** The order of the stored articles (IndexedDB `state/order`). */
export const OrderSchema = record({ version: count, ids: list(string) });
export type Order = v.InferOutput<typeof OrderSchema>;

const bound = v.union([v.literal(''), isoDate], (i) => `must be an ISO date (found ${typeof i.input})`);
/** The view kept with the workspace (IndexedDB `state/view`). */
export const ViewSchema = record({
  hiddenArticles: v.optional(list(string)),
  dateRange: v.optional(record({ from: v.optional(bound), to: v.optional(bound) })),
  stripOpen: v.optional(v.boolean()),
  app: v.optional(bounded),
});

/**
 * A multi-file ingest under way (IndexedDB `state/ingest`): files in all, files handled,
 * articles stored. Deleted when the ingest ends; still there after a reload that cut it.
 */
export const IngestJournalSchema = record({ total: count, done: count, added: count, startedAt: string });
export type IngestJournal = v.InferOutput<typeof IngestJournalSchema>;

type Agrees<S, T> = S extends T ? true : never;
export const schemasAgree: [
  Agrees<v.InferOutput<typeof MentionSchema>, MentionSpan>,
  Agrees<v.InferOutput<typeof ViewSchema>, WorkspaceView>,
] = [true, true];

/** Every span lies inside `text`, in order; evidence text equals the text at its offsets. */
function checkAgainstText(a: v.InferOutput<typeof WorkspaceArticleSchema>, path: string): void {
  const len = a.text.length;
  const span = (s: { start: number; end: number }, p: string): void => {
    if (s.end < s.start) throw new Invalid(`${p} ends (${s.end}) before it starts (${s.start})`);
    if (s.end > len)
      throw new Invalid(`${p}.end (${s.end}) lies beyond the article text (${len} characters)`);
  };
  a.graph.edges.forEach((e, i) =>
    e.attributes.evidence.forEach((ev, j) => {
      const p = `${path}.graph.edges[${i}].attributes.evidence[${j}]`;
      span(ev, p);
      if (a.text.slice(ev.start, ev.end) !== ev.text)
        throw new Invalid(`${p}.text differs from the article text at ${ev.start}–${ev.end}`);
    }),
  );
  const nodes = new Set(a.graph.nodes.map((n) => n.key));
  a.mentions.forEach((m, i) => {
    const p = `${path}.mentions[${i}]`;
    span(m, p);
    if (!nodes.has(m.node)) throw new Invalid(`${p}.node "${m.node}" is not a node of this article`);
  });
}

/** A stored record's packed mentions (src/workspace/store.ts) as the mention list the schema reads. */
function withMentionList(value: unknown, path: string): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const m = (value as { mentions?: unknown }).mentions;
  if (!isPackedMentions(m)) return value;
  if (m.spans.length % 3 !== 0)
    throw new Invalid(`${path}.mentions.spans holds ${m.spans.length} numbers, not triples`);
  return { ...value, mentions: unpackMentions(m) };
}

/** Reads one workspace article at `path` (a file entry or an IndexedDB record). */
export function parseArticle(value: unknown, path: string): WorkspaceArticle {
  const a = parseAt(WorkspaceArticleSchema, withMentionList(value, path), path);
  checkGraphConsistency(a.graph, `${path}.graph`, { article: a.meta.id });
  checkAgainstText(a, path);
  return a as unknown as WorkspaceArticle;
}

/** Every record kind read from storage or files, by name. */
export const RECORDS = {
  article: parseArticle,
  order: (value: unknown, path: string): Order => parseAt(OrderSchema, value, path),
  view: (value: unknown, path: string): WorkspaceView => parseAt(ViewSchema, value, path),
  ingest: (value: unknown, path: string): IngestJournal => parseAt(IngestJournalSchema, value, path),
  /** The corrections log: bad entries are skipped (and said), see ./correctionsSchema. */
  corrections: parseCorrections,
} as const;

/** Reads a record of kind `kind` at `path`, or throws {@link Invalid}. */
export function parseRecord<K extends keyof typeof RECORDS>(
  kind: K,
  value: unknown,
  path: string,
): ReturnType<(typeof RECORDS)[K]> {
  return RECORDS[kind](value, path) as ReturnType<(typeof RECORDS)[K]>;
}
