/**
 * 1,000 corrections drawn (seeded) from a graph for the workspace benchmark: every kind of
 * operation, on actors and ties picked across the graph (some of which earlier entries
 * delete or merge away, so that inactive entries are part of the cost).
 */
import { mulberry32 as rng } from '../src/graph/random';
import { NODE_KINDS, RELATION_TYPES } from '../src/graph/types';
import type { EntenteGraph } from '../src/graph/types';
import type { CorrectionLog, CorrectionOp } from '../src/workspace/corrections';
import { deleteTieOp, emptyLog, record, tieRef } from '../src/workspace/corrections';

/** `n` corrections on `graph`, in one log (cursor at the end). */
export function benchCorrections(graph: EntenteGraph, n = 1000, seed = 7): CorrectionLog {
  const rand = rng(seed);
  const nodes = graph.nodes();
  const edges = graph.edges();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const ops: ((i: number) => CorrectionOp)[] = [
    () => ({ op: 'merge-actors', actor: pick(nodes), into: pick(nodes) }),
    (i) => ({ op: 'rename-actor', actor: pick(nodes), label: `Renamed ${i}` }),
    () => ({ op: 'set-kind', actor: pick(nodes), kind: pick(NODE_KINDS) }),
    () => ({ op: 'set-country', actor: pick(nodes), country: pick(nodes) }),
    () => ({ op: 'delete-actor', actor: pick(nodes) }),
    () => deleteTieOp(graph, pick(edges)),
    () => ({ op: 'reverse-tie', tie: tieRef(graph, pick(edges)) }),
    () => ({ op: 'set-tie-type', tie: tieRef(graph, pick(edges)), type: pick(RELATION_TYPES) }),
    (i) => ({
      op: 'add-tie',
      tie: { type: pick(RELATION_TYPES), source: pick(nodes), target: pick(nodes) },
      note: `note ${i}`,
    }),
  ];
  let log = emptyLog();
  for (let i = 0; i < n; i++) {
    const op = pick(ops)(i);
    log = record(log, { ...op, id: `bench-${i}`, at: '2026-01-01T00:00:00.000Z' });
  }
  return log;
}
