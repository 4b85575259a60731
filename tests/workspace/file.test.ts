/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-call -- the tests corrupt the file into shapes no type allows */
import { describe, expect, it } from 'vitest';
import { createGraph, upsertActor } from '../../src/graph/build';
import { exportWorkspace, importWorkspace } from '../../src/workspace/file';
import { addArticle, emptyWorkspace, workspaceGraph } from '../../src/workspace/model';
import type { Workspace } from '../../src/workspace/types';
import { WorkspaceImportError } from '../../src/workspace/types';
import { ALPHA, BETA, GAMMA, result } from './fixtures';

const ws: Workspace = addArticle(
  addArticle(
    emptyWorkspace(),
    result(
      'one',
      [ALPHA, BETA],
      [{ type: 'alliance', source: 'ALP', target: 'BET', sentence: 'Alphaland and Betaland are allies.' }],
      {
        date: '2024-01-02',
      },
    ),
    '2024-01-03T00:00:00.000Z',
  ),
  result(
    'two',
    [BETA, GAMMA],
    [
      {
        type: 'sanction',
        source: 'BET',
        target: 'GAM',
        sentence: 'Betaland sanctioned Gammaland.',
        date: '2024-02',
      },
    ],
  ),
  '2024-02-03T00:00:00.000Z',
);

/** Imports `text` the way the UI does: on error, the current workspace stays. */
function tryImport(current: Workspace, text: string): { ws: Workspace; error?: string } {
  try {
    return { ws: importWorkspace(text) };
  } catch (err) {
    if (!(err instanceof WorkspaceImportError)) throw err;
    return { ws: current, error: err.message };
  }
}

function mutate(f: (file: Record<string, any>) => void): string {
  const file = JSON.parse(exportWorkspace(ws)) as Record<string, any>;
  f(file);
  return JSON.stringify(file);
}

describe('workspace file', () => {
  it('round-trips every article and gives the same merged graph', () => {
    const back = importWorkspace(exportWorkspace(ws));
    expect(back).toEqual(ws);
    expect(workspaceGraph(back).export()).toEqual(workspaceGraph(ws).export());
  });

  it('accepts a byte-order mark', () => {
    expect(importWorkspace('\uFEFF' + exportWorkspace(ws)).articles).toHaveLength(2);
  });

  const bad: [string, string, RegExp][] = [
    [
      'malformed JSON',
      '{"format": "entente-workspace", "version": 1, "articles": [',
      /not valid JSON.*Export workspace/,
    ],
    ['an empty file', '', /not valid JSON/],
    ['a JSON array', '[1, 2]', /holds an array, not an Entente workspace/],
    ['a JSON string', '"hello"', /holds a string, not an Entente workspace/],
    [
      'a plain graphology export',
      JSON.stringify(createGraph().export()),
      /graph \(graphology JSON\), not an Entente workspace/,
    ],
    ['a random JSON object', '{"name": "entente", "private": true}', /not an Entente workspace.*no "format"/],
    [
      'another format',
      '{"format": "gexf", "version": 1, "articles": []}',
      /"gexf" file, not an Entente workspace/,
    ],
    [
      'a future version',
      mutate((f) => (f.version = 2)),
      /newer Entente \(workspace version 2; this one reads version 1\)\. Update Entente/,
    ],
    ['an old version', mutate((f) => (f.version = 0)), /version 0 is not supported/],
    ['a missing version', mutate((f) => delete f.version), /no valid version number \(found nothing\)/],
    [
      'articles not a list',
      mutate((f) => (f.articles = {})),
      /articles must be an array \(found an object\)/,
    ],
    [
      'a missing title',
      mutate((f) => delete f.articles[1].meta.title),
      /articles\[1\]\.meta\.title must be a string/,
    ],
    ['an empty id', mutate((f) => (f.articles[0].meta.id = '')), /articles\[0\]\.meta\.id must not be empty/],
    [
      'a repeated id',
      mutate((f) => (f.articles[1] = f.articles[0])),
      /articles\[1\] repeats the id "one" of articles\[0\]/,
    ],
    [
      'an unknown node kind',
      mutate((f) => (f.articles[0].graph.nodes[0].attributes.kind = 'city')),
      /nodes\[0\]\.attributes\.kind must be one of state, leader/,
    ],
    [
      'an unknown relation',
      mutate((f) => (f.articles[1].graph.edges[0].attributes.type = 'war')),
      /edges\[0\]\.attributes\.type must be one of alliance/,
    ],
    [
      'a dangling edge',
      mutate((f) => (f.articles[0].graph.edges[0].target = 'XXX')),
      /target "XXX" is not a node of this article/,
    ],
    [
      'a negative offset',
      mutate((f) => (f.articles[0].graph.edges[0].attributes.evidence[0].start = -1)),
      /evidence\[0\]\.start must be a whole number/,
    ],
    [
      'evidence from another article',
      mutate((f) => (f.articles[0].graph.edges[0].attributes.evidence[0].article = 'two')),
      /sits in article "one"/,
    ],
    ['missing text', mutate((f) => delete f.articles[0].text), /articles\[0\]\.text must be a string/],
  ];

  const EV0 = 'articles[0].graph.edges[0].attributes.evidence[0]';
  const esc = (s: string): string => s.replace(/[.[\]]/g, (c) => `\\${c}`);
  /** Issue 14, point 8: files that are well formed but inconsistent. */
  const inconsistent: [string, string, RegExp][] = [
    [
      'evidence beyond the text',
      mutate((f) => (f.articles[0].graph.edges[0].attributes.evidence[0].end = 5000)),
      new RegExp(`${esc(EV0)}\\.end \\(5000\\) lies beyond the article text \\(34 characters\\)`),
    ],
    [
      'a reversed evidence span',
      mutate((f) => Object.assign(f.articles[0].graph.edges[0].attributes.evidence[0], { start: 9, end: 3 })),
      new RegExp(`${esc(EV0)} ends \\(3\\) before it starts \\(9\\)`),
    ],
    [
      'a mention beyond the text',
      mutate((f) => (f.articles[1].mentions[0].end = 31)),
      /articles\[1\]\.mentions\[0\]\.end \(31\) lies beyond the article text \(30 characters\)/,
    ],
    [
      'a reversed mention',
      mutate((f) => Object.assign(f.articles[1].mentions[0], { start: 4, end: 2 })),
      /articles\[1\]\.mentions\[0\] ends \(2\) before it starts \(4\)/,
    ],
    [
      'a mention of a missing node',
      mutate((f) => (f.articles[1].mentions[0].node = 'XXX')),
      /articles\[1\]\.mentions\[0\]\.node "XXX" is not a node of this article/,
    ],
    [
      'evidence text that differs from the text at its offsets',
      mutate(
        (f) =>
          (f.articles[0].graph.edges[0].attributes.evidence[0].text = 'Alphaland and Betaland are foes.'),
      ),
      new RegExp(`${esc(EV0)}\\.text differs from the article text at 0–34`),
    ],
    [
      'a weight that is not the evidence count',
      mutate((f) => (f.articles[1].graph.edges[0].attributes.weight = 3)),
      /articles\[1\]\.graph\.edges\[0\]\.attributes\.weight is 3 but the tie has 1 evidence items/,
    ],
    [
      'two edges for one (type, source, target)',
      mutate((f) => f.articles[1].graph.edges.push({ ...f.articles[1].graph.edges[0], key: 'other' })),
      /articles\[1\]\.graph\.edges\[1\] repeats the sanction tie BET - GAM of articles\[1\]\.graph\.edges\[0\]/,
    ],
    [
      'two alliance edges, one written backwards',
      mutate((f) => {
        const e = f.articles[0].graph.edges[0];
        f.articles[0].graph.edges.push({ ...e, key: 'back', source: e.target, target: e.source });
      }),
      /articles\[0\]\.graph\.edges\[1\] repeats the alliance tie/,
    ],
    [
      'an undirected visit',
      mutate((f) => {
        const e = f.articles[1].graph.edges[0];
        e.attributes.type = 'visit';
        e.undirected = true;
      }),
      /articles\[1\]\.graph\.edges\[0\]\.undirected must not be true: a visit tie points from source to target/,
    ],
    [
      'a directed alliance',
      mutate((f) => delete f.articles[0].graph.edges[0].undirected),
      /articles\[0\]\.graph\.edges\[0\]\.undirected must be true: an alliance tie has no direction/,
    ],
    [
      'articles given as a string',
      mutate((f) => (f.articles = 'one, two')),
      /articles must be an array \(found a string\)/,
    ],
    [
      'a graph whose articles are a string',
      mutate((f) => (f.articles[0].graph.attributes.articles = 'one')),
      /articles\[0\]\.graph\.attributes\.articles must be an array \(found a string\)/,
    ],
    [
      'a bad day',
      mutate((f) => (f.articles[0].meta.date = '2023-02-29')),
      /articles\[0\]\.meta\.date must be an ISO date.*"2023-02-29"/,
    ],
    [
      'a bad month in evidence',
      mutate((f) => (f.articles[1].graph.edges[0].attributes.evidence[0].date = '2024-13')),
      /articles\[1\]\.graph\.edges\[0\]\.attributes\.evidence\[0\]\.date must be an ISO date/,
    ],
    [
      'an unknown attribute 10,000 levels deep',
      mutate((f) => (f.articles[0].graph.nodes[0].attributes.extra = '@DEEP@')).replace(
        '"@DEEP@"',
        '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
      ),
      /articles\[0\]\.graph\.nodes\[0\]\.attributes\.extra nests deeper than 32 levels/,
    ],
    [
      'an unknown attribute 33 levels deep',
      mutate((f) => (f.articles[1].meta.extra = JSON.parse('['.repeat(33) + ']'.repeat(33)))),
      /articles\[1\]\.meta\.extra nests deeper than 32 levels/,
    ],
    [
      'an unknown attribute of 20,000 values',
      mutate((f) => (f.articles[0].graph.edges[0].attributes.evidence[0].extra = Array(20_000).fill(1))),
      new RegExp(`${esc(EV0)}\\.extra holds more than 10000 values`),
    ],
    [
      'an unknown attribute of 2 MB',
      mutate((f) => (f.articles[0].extra = { note: 'x'.repeat(2_000_000) })),
      /articles\[0\]\.extra holds more than 1000000 characters/,
    ],
  ];
  bad.push(...inconsistent);

  it('accepts unknown attributes of bounded depth and size, and years 0000 to 0099', () => {
    const text = mutate((f) => {
      f.articles[0].meta.note = { a: [1, { b: 'c' }] };
      f.articles[0].meta.date = '0099-06-01';
      f.articles[1].graph.edges[0].attributes.evidence[0].date = '0000-02-29';
      f.articles[1].graph.nodes[0].attributes.extra = JSON.parse('['.repeat(32) + ']'.repeat(32));
    });
    const back = importWorkspace(text);
    expect(back.articles[0]!.meta.date).toBe('0099-06-01');
    expect((back.articles[0]!.meta as unknown as { note: unknown }).note).toEqual({ a: [1, { b: 'c' }] });
  });

  it.each(bad)(
    'rejects %s with a clear message and leaves the workspace untouched',
    (_name, text, message) => {
      const before = structuredClone(ws);
      const graphBefore = workspaceGraph(ws).export();
      const out = tryImport(ws, text);
      expect(out.error).toMatch(message);
      expect(out.ws).toBe(ws);
      expect(ws).toEqual(before);
      expect(workspaceGraph(ws).export()).toEqual(graphBefore);
    },
  );

  it('throws WorkspaceImportError, never a raw error', () => {
    expect(() => importWorkspace('nope')).toThrow(WorkspaceImportError);
    const g = createGraph();
    upsertActor(g, 'ALP', { label: 'Alphaland', kind: 'state' });
    expect(() => importWorkspace(JSON.stringify(g.export()))).toThrow(WorkspaceImportError);
  });
});
