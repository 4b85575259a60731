/**
 * The workbench panels' part of the URL, so that a reload or a shared link restores them:
 * the path finder (`?pathfrom=A&pathto=B&weigh=evidence&alt=2`: its two actors, evidence
 * weighting, and which alternative is shown) and the top actors table
 * (`?rank=pagerank&rankkind=leader`: its sort and kind filter). Defaults are not written.
 */
import type { MetricName } from '../../graph/analysis/basic';
import { METRICS } from '../../graph/analysis/basic';
import type { NodeKind } from '../../graph/types';
import { NODE_KINDS } from '../../graph/types';

/** A path asked for: its two actors' keys, the weighting, and the path shown (0: the shortest). */
export interface PathQuery {
  from: string;
  to: string;
  byEvidence: boolean;
  chosen: number;
}

/** The top actors table's sort and kind filter. */
export interface RankQuery {
  by: MetricName;
  kind: NodeKind | 'all';
}

const PATH_KEYS = ['pathfrom', 'pathto', 'weigh', 'alt'];
const RANK_KEYS = ['rank', 'rankkind'];

/** `q` as a query string, commas and colons (common in actor keys) left readable. */
function written(q: URLSearchParams): string {
  const s = q.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return s ? `?${s}` : '';
}

/** The path of a query string, or null when it names no two actors. */
export function parsePathQuery(search: string): PathQuery | null {
  const q = new URLSearchParams(search);
  const from = q.get('pathfrom');
  const to = q.get('pathto');
  if (!from || !to) return null;
  const alt = Number(q.get('alt') ?? '0');
  return {
    from,
    to,
    byEvidence: q.get('weigh') === 'evidence',
    chosen: Number.isInteger(alt) && alt > 0 ? alt : 0,
  };
}

/** Writes the path into `base` (none: removes it), keeping the other parameters. */
export function serializePathQuery(p: PathQuery | null, base = ''): string {
  const q = new URLSearchParams(base);
  for (const k of PATH_KEYS) q.delete(k);
  if (p) {
    q.set('pathfrom', p.from);
    q.set('pathto', p.to);
    if (p.byEvidence) q.set('weigh', 'evidence');
    if (p.chosen > 0) q.set('alt', String(p.chosen));
  }
  return written(q);
}

/** The table's sort and filter of a query string; unknown values give the defaults. */
export function parseRankQuery(search: string): RankQuery {
  const q = new URLSearchParams(search);
  const by = q.get('rank');
  const kind = q.get('rankkind');
  return {
    by: by && (METRICS as readonly string[]).includes(by) ? (by as MetricName) : 'degree',
    kind: kind && (NODE_KINDS as readonly string[]).includes(kind) ? (kind as NodeKind) : 'all',
  };
}

/** Writes the table's sort and filter into `base`, keeping the other parameters. */
export function serializeRankQuery(r: RankQuery, base = ''): string {
  const q = new URLSearchParams(base);
  for (const k of RANK_KEYS) q.delete(k);
  if (r.by !== 'degree') q.set('rank', r.by);
  if (r.kind !== 'all') q.set('rankkind', r.kind);
  return written(q);
}
