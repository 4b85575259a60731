/** A small, realistic-looking invented graph for screenshots of the canvas. */
import { addTie, createGraph, upsertActor } from '../../src/graph/build';
import type { EntenteGraph, NodeKind, RelationType, TieStatus } from '../../src/graph/types';

const ACTORS: [string, string, NodeKind, string?][] = [
  ['USA', 'United States', 'state'],
  ['CHN', 'China', 'state'],
  ['RUS', 'Russia', 'state'],
  ['IRN', 'Iran', 'state'],
  ['IND', 'India', 'state'],
  ['DEU', 'Germany', 'state'],
  ['FRA', 'France', 'state'],
  ['UKR', 'Ukraine', 'state'],
  ['org:european-union', 'European Union', 'organization'],
  ['org:united-nations', 'United Nations', 'organization'],
  ['org:shanghai-cooperation-organisation', 'Shanghai Cooperation Organisation', 'organization'],
  ['person:alma-reyes', 'Alma Reyes', 'leader', 'USA'],
  ['person:wen-hao', 'Wen Hao', 'leader', 'CHN'],
  ['person:pavel-orlov', 'Pavel Orlov', 'leader', 'RUS'],
  ['person:mira-schenk', 'Mira Schenk', 'leader', 'DEU'],
  ['person:luc-garnier', 'Luc Garnier', 'leader', 'FRA'],
  ['person:darya-koval', 'Darya Koval', 'leader', 'UKR'],
  ['person:samuel-okafor', 'Samuel Okafor', 'analyst'],
  ['person:ines-duarte', 'Inês Duarte', 'analyst'],
  ['person:kenji-mori', 'Kenji Mori', 'analyst'],
];

const TIES: [RelationType, string, string, string?, TieStatus?][] = [
  ['alliance', 'CHN', 'RUS', '2024-05'],
  ['alliance', 'RUS', 'IRN', '2024-01'],
  ['alliance', 'DEU', 'FRA'],
  ['alliance', 'USA', 'DEU'],
  ['alliance', 'UKR', 'org:european-union'],
  ['visit', 'person:pavel-orlov', 'CHN', '2024-05-16'],
  ['visit', 'person:wen-hao', 'RUS', '2025-03', 'planned'],
  ['visit', 'person:alma-reyes', 'IND', '2024-09-02'],
  ['visit', 'person:luc-garnier', 'UKR', '2024-02-24'],
  ['visit', 'person:mira-schenk', 'CHN', '2024-04-14'],
  ['sanction', 'USA', 'RUS', '2024-02'],
  ['sanction', 'org:european-union', 'RUS', '2024-06-24'],
  ['sanction', 'USA', 'IRN', undefined, 'threatened'],
  ['sanction', 'RUS', 'USA', '2024-03'],
  ['sanction', 'USA', 'CHN', '2023-10', 'lifted'],
  ['quote', 'person:samuel-okafor', 'CHN'],
  ['quote', 'person:samuel-okafor', 'RUS'],
  ['quote', 'person:ines-duarte', 'org:european-union'],
  ['quote', 'person:kenji-mori', 'USA'],
  ['quote', 'person:kenji-mori', 'CHN'],
  ['quote', 'person:wen-hao', 'USA'],
  ['quote', 'person:pavel-orlov', 'org:united-nations'],
  ['affiliation', 'person:alma-reyes', 'USA'],
  ['affiliation', 'person:wen-hao', 'CHN'],
  ['affiliation', 'person:pavel-orlov', 'RUS'],
  ['affiliation', 'person:mira-schenk', 'DEU'],
  ['affiliation', 'person:luc-garnier', 'FRA'],
  ['affiliation', 'person:darya-koval', 'UKR'],
  ['affiliation', 'CHN', 'org:shanghai-cooperation-organisation'],
  ['affiliation', 'RUS', 'org:shanghai-cooperation-organisation'],
  ['affiliation', 'IND', 'org:shanghai-cooperation-organisation'],
  ['affiliation', 'DEU', 'org:european-union'],
  ['affiliation', 'FRA', 'org:european-union'],
];

/** The demo graph (20 actors, 33 ties, parallel ties between USA–RUS and CHN–RUS). */
export function demoGraph(): EntenteGraph {
  const g = createGraph({ articles: [{ id: 'demo', title: 'Demo' }] });
  for (const [key, label, kind, country] of ACTORS) {
    upsertActor(g, key, { label, kind, mentions: 1 + (label.length % 5), ...(country ? { country } : {}) });
  }
  TIES.forEach(([type, s, t, date, status], i) => {
    const evidence = Array.from({ length: 1 + (i % 3) }, (_, j) => ({
      text: 'Demo sentence.',
      start: i * 100 + j * 20,
      end: i * 100 + j * 20 + 14,
      article: 'demo',
    }));
    addTie(g, type, s, t, evidence, { ...(date ? { date } : {}), ...(status ? { status } : {}) });
  });
  return g;
}
