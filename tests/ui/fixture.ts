/** A small invented graph and article for the panel tests. */
import type { ExtractResult } from '../../src/extract/types';
import { addTie, createGraph, upsertActor } from '../../src/graph/build';
import { tieKey } from '../../src/graph/keys';

export const TEXT =
  'Ruritania and Borduria signed a defence pact. ' +
  'Ruritanian minister Alma Vell travelled to Borduria on Monday. ' +
  'Analyst Tomas Krell said the pact was "a marriage of convenience".';

const s1 = { start: 0, end: 45 };
const s2 = { start: 46, end: 108 };
const s3 = { start: 109, end: TEXT.length };

export const ALLIANCE = tieKey('alliance', 'RUR', 'BOR');
export const VISIT = tieKey('visit', 'person:alma-vell', 'BOR');
export const QUOTE = tieKey('quote', 'person:tomas-krell', 'RUR');

/** The fixture as the loader would return it. */
export function fixture(): ExtractResult {
  const g = createGraph({ articles: [{ id: 'fx', title: 'Pact signed' }] });
  upsertActor(g, 'RUR', { label: 'Ruritania', kind: 'state', aliases: ['Ruritanian'], mentions: 2 });
  upsertActor(g, 'BOR', { label: 'Borduria', kind: 'state', mentions: 2 });
  upsertActor(g, 'person:alma-vell', {
    label: 'Alma Vell',
    kind: 'leader',
    role: 'minister',
    country: 'RUR',
    aliases: ['Vell'],
    mentions: 1,
  });
  upsertActor(g, 'person:tomas-krell', { label: 'Tomas Krell', kind: 'analyst', mentions: 1 });
  addTie(g, 'alliance', 'RUR', 'BOR', [{ text: TEXT.slice(s1.start, s1.end), ...s1, article: 'fx' }]);
  addTie(
    g,
    'visit',
    'person:alma-vell',
    'BOR',
    [{ text: TEXT.slice(s2.start, s2.end), ...s2, article: 'fx' }],
    {
      date: '2024-03-04',
    },
  );
  addTie(g, 'quote', 'person:tomas-krell', 'RUR', [
    { text: TEXT.slice(s3.start, s3.end), ...s3, article: 'fx', quote: 'a marriage of convenience' },
  ]);
  const mention = (word: string, node: string, from = 0) => {
    const start = TEXT.indexOf(word, from);
    return { start, end: start + word.length, node };
  };
  return {
    graph: g,
    text: TEXT,
    article: { id: 'fx', title: 'Pact signed' },
    mentions: [
      mention('Ruritania', 'RUR'),
      mention('Borduria', 'BOR'),
      mention('Ruritanian', 'RUR', 46),
      mention('Alma Vell', 'person:alma-vell'),
      mention('Borduria', 'BOR', 60),
      mention('Tomas Krell', 'person:tomas-krell'),
    ],
    warnings: [],
  };
}
