/** Hand-built loader results for workspace tests (texts written for these tests). */
import { addTie, createGraph, upsertActor } from '../../src/graph/build';
import type { ExtractResult } from '../../src/extract/types';
import type { EntenteGraph, Evidence, TieAttributes } from '../../src/graph/types';

export interface FixtureTie {
  type: TieAttributes['type'];
  source: string;
  target: string;
  sentence: string;
  date?: string;
}

export interface FixtureActor {
  key: string;
  label: string;
  kind: 'state' | 'leader' | 'analyst' | 'organization';
  aliases?: string[];
  role?: string;
}

/** A result whose text is the tie sentences, one per line; evidence offsets point into it. */
export function result(
  id: string,
  actors: FixtureActor[],
  ties: FixtureTie[],
  meta: { title?: string; source?: string; date?: string } = {},
): ExtractResult {
  const text = ties.map((t) => t.sentence).join('\n');
  const graph: EntenteGraph = createGraph();
  const article = { id, title: meta.title ?? `Article ${id}`, ...meta };
  graph.setAttribute('articles', [article]);
  for (const a of actors) {
    const { key, ...attrs } = a;
    upsertActor(graph, key, { ...attrs, mentions: 1 });
  }
  let at = 0;
  const mentions: ExtractResult['mentions'] = [];
  for (const t of ties) {
    const ev: Evidence = { text: t.sentence, start: at, end: at + t.sentence.length };
    addTie(graph, t.type, t.source, t.target, [ev], t.date ? { date: t.date } : {});
    mentions.push({ start: at, end: at + 1, node: t.source });
    at += t.sentence.length + 1;
  }
  return { graph, text, article, mentions, warnings: [] };
}

export const ALPHA: FixtureActor = { key: 'ALP', label: 'Alphaland', kind: 'state', aliases: ['Alphan'] };
export const BETA: FixtureActor = { key: 'BET', label: 'Betaland', kind: 'state', aliases: ['Betan'] };
export const GAMMA: FixtureActor = { key: 'GAM', label: 'Gammaland', kind: 'state' };
export const ADA: FixtureActor = {
  key: 'person:ada-stone',
  label: 'Ada Stone',
  kind: 'leader',
  aliases: ['Stone'],
  role: 'foreign minister',
};
