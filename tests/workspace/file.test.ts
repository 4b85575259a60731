/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return -- the tests corrupt the file into shapes no type allows */
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
    ['a missing version', mutate((f) => delete f.version), /no valid version number \(found a undefined\)/],
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
