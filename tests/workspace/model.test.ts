import { describe, expect, it } from 'vitest';
import {
  addArticle,
  addArticles,
  articleFromResult,
  emptyWorkspace,
  removeArticle,
  workspaceGraph,
} from '../../src/workspace/model';
import { tieKey } from '../../src/graph/keys';
import { ADA, ALPHA, BETA, GAMMA, result } from './fixtures';

const one = result(
  'one',
  [ALPHA, BETA, ADA],
  [
    {
      type: 'alliance',
      source: 'ALP',
      target: 'BET',
      sentence: 'Alphaland and Betaland deepened their partnership.',
    },
    {
      type: 'affiliation',
      source: 'person:ada-stone',
      target: 'ALP',
      sentence: 'Ada Stone is the Alphan foreign minister.',
    },
  ],
  { title: 'Partners', source: 'https://news.example/one', date: '2024-03-02' },
);
const two = result(
  'two',
  [{ ...ALPHA, aliases: ['the Alphan government'] }, BETA, GAMMA],
  [
    {
      type: 'alliance',
      source: 'BET',
      target: 'ALP',
      sentence: 'Betaland said its alliance with Alphaland holds.',
    },
    {
      type: 'visit',
      source: 'GAM',
      target: 'BET',
      sentence: 'Gammaland sent its envoy to Betaland in May.',
      date: '2024-05',
    },
  ],
  { title: 'Envoys', source: 'two.txt', date: '2024-05-20' },
);

describe('workspace merge', () => {
  it('makes one node of the same actor across articles, with aliases and mentions merged', () => {
    const ws = addArticle(addArticle(emptyWorkspace(), one), two);
    const g = workspaceGraph(ws);
    expect(g.order).toBe(4);
    expect(g.filterNodes((_k, a) => a.label === 'Alphaland')).toEqual(['ALP']);
    const alp = g.getNodeAttributes('ALP');
    expect(alp.aliases).toEqual(['Alphan', 'the Alphan government']);
    expect(alp.mentions).toBe(2);
  });

  it('keeps each evidence item with its article, and lists article metadata', () => {
    const ws = addArticle(addArticle(emptyWorkspace(), one), two);
    const g = workspaceGraph(ws);
    const alliance = g.getEdgeAttributes(tieKey('alliance', 'ALP', 'BET'));
    expect(alliance.weight).toBe(2);
    expect(alliance.evidence.map((e) => [e.article, e.text])).toEqual([
      ['one', 'Alphaland and Betaland deepened their partnership.'],
      ['two', 'Betaland said its alliance with Alphaland holds.'],
    ]);
    expect(g.getAttribute('articles')).toEqual([
      { id: 'one', title: 'Partners', source: 'https://news.example/one', date: '2024-03-02' },
      { id: 'two', title: 'Envoys', source: 'two.txt', date: '2024-05-20' },
    ]);
  });

  it('stamps the tie date on evidence so it survives merging', () => {
    const a = articleFromResult(two, '2024-06-01T00:00:00.000Z');
    const visit = a.graph.edges.find((e) => e.attributes?.type === 'visit');
    expect(visit?.attributes?.evidence[0]).toMatchObject({ article: 'two', date: '2024-05' });
  });

  it('does not touch the input workspace or the loader result', () => {
    const ws = addArticle(emptyWorkspace(), one);
    const before = structuredClone(ws);
    const resultBefore = one.graph.export();
    const next = addArticle(ws, two);
    expect(ws).toEqual(before);
    expect(one.graph.export()).toEqual(resultBefore);
    expect(
      one.graph.getEdgeAttributes(tieKey('alliance', 'ALP', 'BET')).evidence[0]?.article,
    ).toBeUndefined();
    expect(next.articles).toHaveLength(2);
  });

  it('replaces an article added again under the same id instead of duplicating it', () => {
    const ws = addArticle(addArticle(emptyWorkspace(), one), two);
    const again = addArticle(ws, { ...one, article: { ...one.article, title: 'Partners (updated)' } });
    expect(again.articles.map((a) => a.meta.id)).toEqual(['one', 'two']);
    expect(again.articles[0]?.meta.title).toBe('Partners (updated)');
    const g = workspaceGraph(again);
    expect(g.getEdgeAttribute(tieKey('alliance', 'ALP', 'BET'), 'weight')).toBe(2);
    expect(g.getNodeAttribute('ALP', 'mentions')).toBe(2);
  });

  it('merges only the chosen articles when asked', () => {
    const ws = addArticle(addArticle(emptyWorkspace(), one), two);
    const g = workspaceGraph(ws, { articles: ['two'] });
    expect(g.hasNode('person:ada-stone')).toBe(false);
    expect(g.getEdgeAttribute(tieKey('alliance', 'ALP', 'BET'), 'weight')).toBe(1);
    expect(g.getAttribute('articles')?.map((a) => a.id)).toEqual(['two']);
  });

  it('gives the same graph whether merged incrementally or from scratch', () => {
    const a = articleFromResult(one, 't');
    const b = articleFromResult(two, 't');
    const wsA = addArticles(emptyWorkspace(), [a]);
    workspaceGraph(wsA);
    const incremental = workspaceGraph(addArticles(wsA, [b])).export();
    workspaceGraph(addArticles(emptyWorkspace(), [b]));
    const scratch = workspaceGraph(addArticles(emptyWorkspace(), [a, b])).export();
    expect(incremental).toEqual(scratch);
    expect(workspaceGraph(wsA).size).toBe(2);
  });

  it('an appended article leaves the previous merged graph as it was (no evidence list shared)', () => {
    const three = result(
      'three',
      [BETA, GAMMA],
      [{ type: 'visit', source: 'GAM', target: 'BET', sentence: 'Gammaland visited Betaland.' }],
    );
    const ws = addArticles(emptyWorkspace(), [articleFromResult(one, 't'), articleFromResult(three, 't')]);
    const before = workspaceGraph(ws);
    const alliance = tieKey('alliance', 'ALP', 'BET');
    const after = workspaceGraph(addArticles(ws, [articleFromResult(two, 't')]));
    expect(after.getEdgeAttribute(alliance, 'evidence')).toHaveLength(2);
    expect(before.getEdgeAttribute(alliance, 'evidence').map((e) => e.article)).toEqual(['one']);
    expect(before.getEdgeAttribute(alliance, 'weight')).toBe(1);
  });
});

describe('workspace removal', () => {
  const ws = addArticle(addArticle(emptyWorkspace(), one), two);

  it('removes the article evidence, the ties left bare and the actors left unmentioned', () => {
    const g = workspaceGraph(removeArticle(ws, 'two'));
    const alliance = g.getEdgeAttributes(tieKey('alliance', 'ALP', 'BET'));
    expect(alliance.evidence.map((e) => e.article)).toEqual(['one']);
    expect(alliance.weight).toBe(1);
    expect(g.hasEdge(tieKey('visit', 'GAM', 'BET'))).toBe(false);
    expect(g.hasNode('GAM')).toBe(false);
    expect(g.getNodeAttributes('ALP')).toMatchObject({ aliases: ['Alphan'], mentions: 1 });
    expect(g.getAttribute('articles')?.map((a) => a.id)).toEqual(['one']);
  });

  it('removing every article leaves an empty graph; removing an unknown id changes nothing', () => {
    expect(workspaceGraph(removeArticle(removeArticle(ws, 'one'), 'two')).order).toBe(0);
    expect(removeArticle(ws, 'nope')).toBe(ws);
  });

  it('derives: add then remove equals never added', () => {
    const base = addArticle(emptyWorkspace(), one, 't');
    const roundTrip = removeArticle(addArticle(base, two, 't'), 'two');
    workspaceGraph(addArticle(base, two, 't'));
    expect(workspaceGraph(roundTrip).export()).toEqual(
      workspaceGraph(addArticle(emptyWorkspace(), one, 't')).export(),
    );
  });
});
