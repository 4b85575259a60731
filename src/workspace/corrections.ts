/**
 * Corrections: the analyst's fixes, an ordered log of operations applied AFTER the workspace
 * graph is derived (pure; the derived graph is never patched, a corrected copy is returned).
 *
 * Operations name actors by their stable keys and ties by (type, source, target). An actor
 * merged into another answers to the other's key in every later operation. An operation whose
 * target is gone (its article was removed, an earlier correction deleted it) is reported
 * inactive, never dropped: it acts again as soon as its target is back.
 *
 * Undo and redo move the log's cursor (entries past it are undone); each entry can also be
 * reverted on its own. A deleted tie stays deleted when new evidence arrives for it; the
 * evidence that arrived after the deletion is reported as overridden.
 */
import { addTie, evidenceId } from '../graph/build';
import { tieKey } from '../graph/keys';
import type { EntenteGraph, Evidence, NodeKind, RelationType, TieAttributes } from '../graph/types';
import { UNDIRECTED_TYPES } from '../graph/types';

/** A tie named by its type and (as the analyst saw them) its two ends. */
export interface TieRef {
  type: RelationType;
  source: string;
  target: string;
}

/** One operation of the analyst. */
export type CorrectionOp =
  | { op: 'merge-actors'; actor: string; into: string }
  | { op: 'rename-actor'; actor: string; label: string }
  | { op: 'set-kind'; actor: string; kind: NodeKind }
  | { op: 'set-country'; actor: string; country: string }
  | { op: 'delete-actor'; actor: string }
  | { op: 'delete-tie'; tie: TieRef; seen?: string[] }
  | { op: 'reverse-tie'; tie: TieRef }
  | { op: 'set-tie-type'; tie: TieRef; type: RelationType }
  | { op: 'add-tie'; tie: TieRef; note: string; evidence?: Evidence };

/** The names of the operations. */
export type CorrectionKind = CorrectionOp['op'];

/** An entry of the log: an operation, when it was made, what it said, whether it is reverted. */
export type Correction = CorrectionOp & {
  id: string;
  /** ISO timestamp. */
  at: string;
  /** What the analyst did, in words, written when it was done ("Renamed Kim to Kim Jong Un"). */
  what?: string;
  /** Reverted on its own (kept in the log, not applied). */
  reverted?: boolean;
};

/** The log: entries before `cursor` are done, the rest undone (redo brings them back). */
export interface CorrectionLog {
  entries: Correction[];
  cursor: number;
}

/** How an entry stands against the current graph. */
export type EntryState = 'active' | 'inactive' | 'undone' | 'reverted';
export interface EntryStatus {
  state: EntryState;
  /** Why an entry is inactive. */
  why?: string;
}

/** A tie a correction deleted, as the derived graph has it now. */
export interface DeletedTie {
  key: string;
  source: string;
  target: string;
  attrs: TieAttributes;
  /** Evidence that arrived after the deletion (it does not bring the tie back). */
  overridden: Evidence[];
  /** Id of the deleting entry. */
  by: string;
}

/** The graph with the log applied, and how every entry stands. */
export interface Corrected {
  /** The corrected graph (the derived graph itself when no entry is active). Read-only. */
  graph: EntenteGraph;
  status: ReadonlyMap<string, EntryStatus>;
  /** Ties deleted by corrections, by tie key. */
  deleted: ReadonlyMap<string, DeletedTie>;
  /** Actors merged away: old key -> key of the actor it now is. */
  merged: ReadonlyMap<string, string>;
}

/** An empty log. */
export const emptyLog = (): CorrectionLog => ({ entries: [], cursor: 0 });

/** Adds an entry at the cursor (the undone entries after it are forgotten). */
export function record(log: CorrectionLog, entry: Correction): CorrectionLog {
  return { entries: [...log.entries.slice(0, log.cursor), entry], cursor: log.cursor + 1 };
}

export const canUndo = (log: CorrectionLog): boolean => log.cursor > 0;
export const canRedo = (log: CorrectionLog): boolean => log.cursor < log.entries.length;

/** Undoes the last done entry (the same log when there is none). */
export const undo = (log: CorrectionLog): CorrectionLog =>
  canUndo(log) ? { ...log, cursor: log.cursor - 1 } : log;

/** Redoes the first undone entry (the same log when there is none). */
export const redo = (log: CorrectionLog): CorrectionLog =>
  canRedo(log) ? { ...log, cursor: log.cursor + 1 } : log;

/** Reverts (`reverted` true) or restores one entry on its own. */
export function setReverted(log: CorrectionLog, id: string, reverted: boolean): CorrectionLog {
  const entries = log.entries.map((e) => {
    if (e.id !== id || !!e.reverted === reverted) return e;
    const next = { ...e };
    if (reverted) next.reverted = true;
    else delete next.reverted;
    return next;
  });
  return { ...log, entries };
}

/** State while the log is applied. */
interface Ctx {
  g: EntenteGraph;
  merged: Map<string, string>;
  deleted: Map<string, DeletedTie>;
}

/** The key an actor answers to now (following merges). */
export function resolve(merged: ReadonlyMap<string, string>, key: string): string {
  let k = key;
  for (let hops = 0; hops < 1000 && merged.has(k); hops++) k = merged.get(k) ?? k;
  return k;
}

const labelIn = (g: EntenteGraph, key: string): string =>
  g.hasNode(key) ? g.getNodeAttribute(key, 'label') : key;

/** Marks an actor or a tie as corrected, with a note appended to its `correction`. */
function markNode(g: EntenteGraph, key: string, note: string): void {
  const old = g.getNodeAttribute(key, 'correction');
  g.mergeNodeAttributes(key, { corrected: true, correction: old ? `${old}; ${note}` : note });
}
function markEdge(g: EntenteGraph, key: string, note: string): void {
  const old = g.getEdgeAttribute(key, 'correction');
  g.mergeEdgeAttributes(key, { corrected: true, correction: old ? `${old}; ${note}` : note });
}

/**
 * Adds a tie to the corrected copy, with the correction's note. The derived graph is not
 * touched: {@link addTie} never grows an evidence list the copy shares with it.
 */
function addTieTo(
  g: EntenteGraph,
  type: RelationType,
  source: string,
  target: string,
  from: Pick<TieAttributes, 'evidence' | 'date' | 'status' | 'correction'>,
): string | undefined {
  const extra: { date?: string; status?: TieAttributes['status'] } = {};
  if (from.date) extra.date = from.date;
  if (from.status) extra.status = from.status;
  const added = addTie(g, type, source, target, from.evidence, extra);
  if (added && from.correction) markEdge(g, added, from.correction);
  return added;
}

/** The key of a tie reference, its ends resolved through merges. */
function refKey(ctx: Ctx, ref: TieRef): { key: string; source: string; target: string } {
  const source = resolve(ctx.merged, ref.source);
  const target = resolve(ctx.merged, ref.target);
  return { key: tieKey(ref.type, source, target), source, target };
}

const missingActor = (key: string): EntryStatus => ({
  state: 'inactive',
  why: `the actor ${key} is not in the graph`,
});
const MISSING_TIE: EntryStatus = { state: 'inactive', why: 'the tie is not in the graph' };
const ACTIVE: EntryStatus = { state: 'active' };

function mergeActors(ctx: Ctx, from: string, into: string): EntryStatus {
  const { g } = ctx;
  const a = resolve(ctx.merged, from);
  const b = resolve(ctx.merged, into);
  if (!g.hasNode(a)) return missingActor(a);
  if (!g.hasNode(b)) return missingActor(b);
  if (a === b) return { state: 'inactive', why: 'the two actors are already one' };
  const A = g.getNodeAttributes(a);
  const B = g.getNodeAttributes(b);
  const aliases = [...new Set([...B.aliases, A.label, ...A.aliases])].filter((x) => x && x !== B.label);
  const patch: Partial<typeof B> = { aliases, mentions: B.mentions + A.mentions };
  if (!B.role && A.role) patch.role = A.role;
  if (!B.country && A.country && A.country !== b) patch.country = A.country;
  g.mergeNodeAttributes(b, patch);
  const note = `${A.label} merged into ${B.label}`;
  g.forEachEdge(a, (key, attrs, s, t) => {
    const [s2, t2] = [s === a ? b : s, t === a ? b : t];
    if (s2 !== t2) addTieTo(g, attrs.type, s2, t2, { ...attrs, correction: note });
  });
  if (A.kind === 'state')
    g.forEachNode((k, attrs) => {
      if (attrs.country === a) g.mergeNodeAttributes(k, { country: b });
    });
  g.dropNode(a);
  ctx.merged.set(a, b);
  markNode(g, b, note);
  return ACTIVE;
}

function deleteTie(ctx: Ctx, entry: Correction & { op: 'delete-tie' }): EntryStatus {
  const { key } = refKey(ctx, entry.tie);
  if (!ctx.g.hasEdge(key)) return MISSING_TIE;
  const attrs = ctx.g.getEdgeAttributes(key);
  const seen = new Set(entry.seen ?? []);
  const overridden = entry.seen ? attrs.evidence.filter((e) => !seen.has(evidenceId(e))) : [];
  const [source, target] = [ctx.g.source(key), ctx.g.target(key)];
  ctx.deleted.set(key, { key, source, target, attrs, overridden, by: entry.id });
  ctx.g.dropEdge(key);
  return ACTIVE;
}

/** Replaces a tie by another of `type` from `source` to `target`, keeping its evidence. */
function moveTie(ctx: Ctx, ref: TieRef, type: RelationType, reverse: boolean, note: string): EntryStatus {
  const { key, source, target } = refKey(ctx, ref);
  if (!ctx.g.hasEdge(key)) return MISSING_TIE;
  const attrs = ctx.g.getEdgeAttributes(key);
  const { correction: old, status, ...rest } = attrs;
  ctx.g.dropEdge(key);
  const correction = old ? `${old}; ${note}` : note;
  const keep = type === ref.type && status ? { status } : {};
  const [s, t] = reverse ? [target, source] : [source, target];
  addTieTo(ctx.g, type, s, t, { ...rest, ...keep, correction });
  return ACTIVE;
}

function addAnalystTie(ctx: Ctx, entry: Correction & { op: 'add-tie' }): EntryStatus {
  const { source, target } = refKey(ctx, entry.tie);
  if (!ctx.g.hasNode(source)) return missingActor(source);
  if (!ctx.g.hasNode(target)) return missingActor(target);
  if (source === target) return { state: 'inactive', why: 'a tie needs two different actors' };
  const note = entry.note ? `added by the analyst: ${entry.note}` : 'added by the analyst';
  const evidence = entry.evidence ? [entry.evidence] : [];
  addTieTo(ctx.g, entry.tie.type, source, target, { evidence, correction: note });
  return ACTIVE;
}

/** Applies one actor operation (rename, kind, country, delete). */
function actorOp(ctx: Ctx, entry: Correction): EntryStatus {
  if (!('actor' in entry)) return ACTIVE;
  const { g } = ctx;
  const key = resolve(ctx.merged, entry.actor);
  if (!g.hasNode(key)) return missingActor(key);
  const a = { ...g.getNodeAttributes(key) };
  switch (entry.op) {
    case 'rename-actor': {
      const aliases = a.aliases.includes(a.label) ? a.aliases : [...a.aliases, a.label];
      g.mergeNodeAttributes(key, { label: entry.label, aliases: aliases.filter((x) => x !== entry.label) });
      markNode(g, key, `renamed from ${a.label}`);
      break;
    }
    case 'set-kind':
      g.setNodeAttribute(key, 'kind', entry.kind);
      markNode(g, key, `kind changed from ${a.kind} to ${entry.kind}`);
      break;
    case 'set-country': {
      const country = entry.country && resolve(ctx.merged, entry.country);
      if (country) g.setNodeAttribute(key, 'country', country);
      else g.removeNodeAttribute(key, 'country');
      markNode(g, key, country ? `country set to ${labelIn(g, country)}` : 'country removed');
      break;
    }
    case 'delete-actor':
      g.dropNode(key);
      break;
    case 'merge-actors':
      return mergeActors(ctx, entry.actor, entry.into);
  }
  return ACTIVE;
}

/** Applies one entry to the corrected copy; says how it stands. */
function applyOne(ctx: Ctx, entry: Correction): EntryStatus {
  switch (entry.op) {
    case 'delete-tie':
      return deleteTie(ctx, entry);
    case 'reverse-tie':
      if (UNDIRECTED_TYPES.has(entry.tie.type))
        return { state: 'inactive', why: `an ${entry.tie.type} has no direction` };
      return moveTie(ctx, entry.tie, entry.tie.type, true, 'direction reversed');
    case 'set-tie-type':
      return moveTie(
        ctx,
        entry.tie,
        entry.type,
        false,
        `type changed from ${entry.tie.type} to ${entry.type}`,
      );
    case 'add-tie':
      return addAnalystTie(ctx, entry);
    default:
      return actorOp(ctx, entry);
  }
}

const memo = new WeakMap<EntenteGraph, WeakMap<CorrectionLog, Corrected>>();

/**
 * The derived graph with the log applied (a corrected copy; `graph` is untouched). Entries
 * before the cursor and not reverted apply in order. Memoized per (graph, log) objects.
 */
export function applyCorrections(graph: EntenteGraph, log: CorrectionLog | undefined): Corrected {
  const lg = log ?? emptyLog();
  const cached = memo.get(graph)?.get(lg);
  if (cached) return cached;
  const status = new Map<string, EntryStatus>();
  const live = lg.entries.slice(0, lg.cursor).some((e) => !e.reverted);
  const ctx: Ctx = { g: live ? graph.copy() : graph, merged: new Map(), deleted: new Map() };
  lg.entries.forEach((e, i) => {
    if (i >= lg.cursor) status.set(e.id, { state: 'undone' });
    else if (e.reverted) status.set(e.id, { state: 'reverted' });
    else status.set(e.id, applyOne(ctx, e));
  });
  const out: Corrected = { graph: ctx.g, status, deleted: ctx.deleted, merged: ctx.merged };
  let perGraph = memo.get(graph);
  if (!perGraph) memo.set(graph, (perGraph = new WeakMap()));
  perGraph.set(lg, out);
  return out;
}

/** The reference of the tie `key` of `graph` (its type and ends). */
export function tieRef(graph: EntenteGraph, key: string): TieRef {
  return { type: graph.getEdgeAttribute(key, 'type'), source: graph.source(key), target: graph.target(key) };
}

/** The operation deleting the tie `key` of `graph`, remembering the evidence it had then. */
export function deleteTieOp(graph: EntenteGraph, key: string): CorrectionOp {
  return {
    op: 'delete-tie',
    tie: tieRef(graph, key),
    seen: graph.getEdgeAttribute(key, 'evidence').map(evidenceId),
  };
}
