/** A small invented graph covering every kind and relation type, with a parallel pair. */
import { addTie, createGraph, upsertActor } from '../../../src/graph/build';
import type { EntenteGraph } from '../../../src/graph/types';

const ev = (n: number, article = 'a1') => [
  { text: `Sentence ${n}.`, start: n * 10, end: n * 10 + 9, article },
];

export function smallGraph(): EntenteGraph {
  const g = createGraph({
    articles: [
      { id: 'a1', title: 'One' },
      { id: 'a2', title: 'Two' },
    ],
  });
  upsertActor(g, 'AAA', { label: 'Arland', kind: 'state', mentions: 5 });
  upsertActor(g, 'BBB', { label: 'Borovia', kind: 'state', mentions: 4 });
  upsertActor(g, 'CCC', { label: 'Calvar', kind: 'state', mentions: 1 });
  upsertActor(g, 'person:ana-ortiz', { label: 'Ana Ortiz', kind: 'leader', country: 'AAA', mentions: 3 });
  upsertActor(g, 'person:bo-lind', { label: 'Bo Lind', kind: 'analyst', mentions: 2 });
  upsertActor(g, 'org:union-of-seas', { label: 'Union of Seas', kind: 'organization', mentions: 1 });
  upsertActor(g, 'person:lone-voice', { label: 'Lone Voice', kind: 'analyst', mentions: 1 });
  addTie(g, 'alliance', 'BBB', 'AAA', ev(1), { date: '2024-04' });
  addTie(g, 'visit', 'person:ana-ortiz', 'BBB', ev(2, 'a2'), { date: '2024-05-02' });
  addTie(g, 'sanction', 'AAA', 'CCC', [...ev(3), ...ev(4, 'a2')]);
  addTie(g, 'quote', 'person:bo-lind', 'AAA', ev(5), { date: '2023' });
  addTie(g, 'affiliation', 'person:ana-ortiz', 'AAA', ev(6));
  addTie(g, 'affiliation', 'BBB', 'org:union-of-seas', ev(7, 'a2'));
  // A second tie between the same pair as the alliance: parallel edges.
  addTie(g, 'sanction', 'BBB', 'AAA', ev(8), { date: '2022-01-10', status: 'lifted' });
  return g;
}
