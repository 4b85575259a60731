/**
 * Seeded synthetic Entente graphs for the UI benchmark: a preferential-attachment network
 * (a few hubs, many leaves) with every actor kind and relation type, parallel ties and dates.
 */
import { addTie, createGraph, upsertActor } from '../../src/graph/build';
import type { EntenteGraph, NodeKind, RelationType } from '../../src/graph/types';
import { seededRandom } from '../../src/ui/canvas/layout';

const KINDS: NodeKind[] = ['state', 'leader', 'leader', 'analyst', 'organization'];
const TYPES: RelationType[] = ['alliance', 'visit', 'visit', 'sanction', 'quote', 'quote', 'affiliation'];

/** A graph with `nodes` actors and (about) `edges` ties, the same for the same arguments. */
export function syntheticGraph(nodes: number, edges: number, seed = 1): EntenteGraph {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const g = createGraph({
    articles: [
      { id: 'bench-1', title: 'Synthetic 1' },
      { id: 'bench-2', title: 'Synthetic 2' },
    ],
  });
  const keys: string[] = [];
  for (let i = 0; i < nodes; i++) {
    const kind = i < nodes / 10 ? 'state' : pick(KINDS);
    const key = `${kind}:${i}`;
    upsertActor(g, key, {
      label: `${kind[0]?.toUpperCase()}${kind.slice(1)} ${i}`,
      kind,
      mentions: 1 + Math.floor(rand() * 9),
    });
    keys.push(key);
  }
  // Endpoint pool for preferential attachment: every tie adds both ends again.
  const pool: string[] = [...keys];
  let guard = 0;
  while (g.size < edges && guard++ < edges * 20) {
    const source = rand() < 0.5 ? pick(keys) : pick(pool);
    const target = pick(pool);
    if (source === target) continue;
    const type = pick(TYPES);
    const month = 1 + Math.floor(rand() * 12);
    const dated = rand() < 0.7;
    const article = rand() < 0.5 ? 'bench-1' : 'bench-2';
    const start = Math.floor(rand() * 10000);
    const key = addTie(
      g,
      type,
      source,
      target,
      [{ text: 'Synthetic sentence.', start, end: start + 19, article }],
      dated ? { date: `2024-${String(month).padStart(2, '0')}` } : {},
    );
    if (key) pool.push(source, target);
  }
  return g;
}
