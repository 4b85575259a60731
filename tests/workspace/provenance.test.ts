import { describe, expect, it } from 'vitest';
import { groupEvidenceByArticle, tiesPerArticle } from '../../src/workspace/provenance';
import { addArticle, emptyWorkspace, workspaceGraph } from '../../src/workspace/model';
import { tieKey } from '../../src/graph/keys';
import { ALPHA, BETA, GAMMA, result } from './fixtures';

describe('provenance', () => {
  const metas = [
    { id: 'one', title: 'First', source: 'one.txt', date: '2024-01-01' },
    { id: 'two', title: 'Second' },
  ];

  it('groups evidence by article, in article order, unknown last', () => {
    const ev = (article: string | undefined, start: number) => ({
      text: 't',
      start,
      end: start + 1,
      ...(article ? { article } : {}),
    });
    const groups = groupEvidenceByArticle(
      [ev('two', 0), ev(undefined, 5), ev('one', 1), ev('two', 2), ev('gone', 3)],
      metas,
    );
    expect(groups.map((g) => [g.article.title, g.evidence.map((e) => e.start)])).toEqual([
      ['First', [1]],
      ['Second', [0, 2]],
      ['Unknown article', [5]],
      ['Unknown article', [3]],
    ]);
    expect(groups[0]?.article).toEqual(metas[0]);
  });

  it('counts the ties each article supports in a merged graph', () => {
    const ws = addArticle(
      addArticle(
        emptyWorkspace(),
        result(
          'one',
          [ALPHA, BETA],
          [
            {
              type: 'alliance',
              source: 'ALP',
              target: 'BET',
              sentence: 'Alphaland and Betaland are allies.',
            },
          ],
        ),
      ),
      result(
        'two',
        [ALPHA, BETA, GAMMA],
        [
          { type: 'alliance', source: 'BET', target: 'ALP', sentence: 'Betaland backs Alphaland.' },
          { type: 'visit', source: 'GAM', target: 'ALP', sentence: 'Gammaland visited Alphaland.' },
        ],
      ),
    );
    const g = workspaceGraph(ws);
    expect(tiesPerArticle(g)).toEqual(
      new Map([
        ['one', 1],
        ['two', 2],
      ]),
    );
    const grouped = groupEvidenceByArticle(
      g.getEdgeAttribute(tieKey('alliance', 'ALP', 'BET'), 'evidence'),
      g.getAttribute('articles'),
    );
    expect(grouped.map((x) => [x.article.id, x.evidence.length])).toEqual([
      ['one', 1],
      ['two', 1],
    ]);
  });
});
